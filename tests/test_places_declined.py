"""Place names in a case form after a locative preposition, in languages that decline them (ru, uk, pl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.places import find_places
from realtext import semeval_text


def places(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.place.name, m.place.country) for m in find_places(text, (), language) if m.place is not None]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Трое людей погибли в Киеве в пятницу.", "ru", ("Kyiv", "UA")),
        ("В результате взрыва в Москве погибли двое.", "ru", ("Moscow", "RU")),
        ("Троє людей загинули у Києві в п'ятницю.", "uk", ("Kyiv", "UA")),  # і/о alternate: Київ, Києві
        ("Вибух пролунав у Львові.", "uk", ("Lviv", "UA")),
        ("Ракету запустили зі Львова.", "uk", ("Lviv", "UA")),
        ("Trzy osoby zginęły w Kabulu.", "pl", ("Kabul", "AF")),
        ("W wyniku ataku w Warszawie zginęły dwie osoby.", "pl", ("Warsaw", "PL")),
    ],
)
def test_a_declined_town_after_a_locative_is_found(text: str, language: str, expected: tuple[str, str]) -> None:
    assert places(text, language) == [expected]


def test_a_guessed_nominative_needs_a_city_or_the_articles_region() -> None:
    """ "в Новый год" (on New Year's) is no Novi, Michigan: a small town read through a guessed nominative is
    dropped unless the article frames its region."""
    assert places("Трое людей погибли в Новый год.", "ru") == []


def test_a_lower_case_word_after_a_locative_is_no_candidate() -> None:
    assert places("Взрыв прогремел в среду, погибли двое.", "ru") == []


def test_english_is_untouched() -> None:
    """English does not decline place names: "in Kabul" is found by its own name, as before."""
    assert places("Three people were killed in Kabul on Friday.", "en") == [("Kabul", "AF")]


def test_a_real_polish_report_names_warsaw(data_dir: Path) -> None:
    text = semeval_text(data_dir, "1513485220", "Warszawie")
    assert ("Warsaw", "PL") in places(text, "pl")



def test_a_direction_phrase_keeps_a_small_town(data_dir: Path) -> None:
    """ "к северо-востоку от Гастона" in a real report of a shootout by Hagg Lake: the phrase names a place plainly
    enough, so the small town stands (Gaston, Oregon), where a bare "в Гастоне" would need a city."""
    text = semeval_text(data_dir, "1483801577ru", "к северо-востоку от Гастона")
    assert ("Gaston", "US") in places(text, "ru")
