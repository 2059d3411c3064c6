"""Event dates and sentences, round 6: a sentence goes on after "p.m." or "Ave." when a weekday, a month or a
lower-case word follows ("at 10:30 a.m. | Monday in Clare"), and after a quote when a lower-case word follows.

GVA reports are read from ../shared at test time (found by a substring of their text); sentences in languages
without data are written here.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate import _sentences
from newsweave.annotate.times import find_times
from newsweave.extract.dates import happening
from newsweave.extract.segment import overlaps
from newsweave.extract.tables import table_for
from newsweave.models import Span, TimeExpr
from realtext import dates_of, gva_report, gva_sentence, main_date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@cache
def _texts(path: str) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as f:
        return tuple(json.loads(line)["text"] for line in f)


def _gva_line(data_dir: Path, needle: str) -> str:
    """The line of a GVA report that holds `needle` (a paragraph: several sentences at most)."""
    for text in _texts(str(data_dir / "gva" / "documents.jsonl")):
        if needle in text:
            at = text.index(needle)
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            return text[start : end if end >= 0 else len(text)]
    pytest.skip(f"{needle!r} not in the GVA documents")


def _gva_sentence(data_dir: Path, opening: str, needle: str) -> str:
    """The GVA sentence that opens with `opening` and holds `needle` (up to the full stop after it)."""
    line = _gva_line(data_dir, needle)
    start = line.rindex(opening, 0, line.index(needle) + 1)
    end = re.search(r"[.!?](?=\s|$)", line[line.index(needle) + len(needle) :])
    return line[start : line.index(needle) + len(needle) + (end.end() if end else 0)]


def _cut_after(text: str, *marks: str) -> list[Span]:
    """Sentence spans as spaCy gives them: cut after each mark (and at the end)."""
    spans, start = [], 0
    for mark in marks:
        end = text.index(mark, start) + len(mark)
        spans.append((start, end))
        start = end + 1
    return [*spans, (start, len(text))]


def _pieces(text: str, spans: list[Span], language: str = "en") -> list[str]:
    return [text[a:b] for a, b in _sentences(text, spans, language)]


# --- a sentence goes on after an abbreviation -------------------------------------------------------------------


def test_a_weekday_after_a_m_goes_on_the_sentence(data_dir: Path) -> None:
    line = _gva_line(data_dir, "The shooting happened at around 10:30 a.m. Monday in Clare")
    pieces = _pieces(line, _cut_after(line, "10:30 a.m."))
    assert pieces[0].startswith("The shooting happened at around 10:30 a.m. Monday in Clare")


def test_a_weekday_after_p_m_in_a_lede(data_dir: Path) -> None:
    line = _gva_line(data_dir, "The shooting was reported about 10:12 p.m. Wednesday in the 9500 block")
    pieces = _pieces(line, _cut_after(line, "10:12 p.m."))
    assert pieces[0].endswith("Wednesday in the 9500 block of MacArthur Boulevard.")


def test_a_street_abbreviation_before_a_lower_case_word(data_dir: Path) -> None:
    line = _gva_line(data_dir, "at a home on Hays Ave. in Mount Oliver")
    pieces = _pieces(line, _cut_after(line, "Hays Ave."))
    assert any("Hays Ave. in Mount Oliver" in p for p in pieces)


def test_a_new_sentence_after_p_m_stays_apart(data_dir: Path) -> None:
    line = _gva_line(data_dir, "Police were called to the home on Parsons Avenue about 6:30 p.m.")
    pieces = _pieces(line, _cut_after(line, "6:30 p.m."))
    assert pieces[0].endswith("about 6:30 p.m.")
    assert pieces[1].startswith("The boy's sister")


def test_she_said_after_a_quote_goes_on_it(data_dir: Path) -> None:
    line = _gva_line(data_dir, "I need to know what's going on!” she said")
    at = line.index("going on!”") + len("going on!”")
    pieces = _pieces(line, [(0, at), (at + 1, len(line))])
    assert len(pieces) == 1


def test_a_lower_case_piece_after_a_plain_full_stop_stays_apart() -> None:
    text = "He ran home. and then nothing happened."  # a lower-case word's full stop ends the sentence
    assert len(_pieces(text, _cut_after(text, "home."))) == 2


def test_a_link_after_a_cut_stays_apart(data_dir: Path) -> None:
    line = _gva_line(data_dir, "Police and Ten Point Coalition on the scene.")
    if "pic.twitter.com" not in line:
        pytest.skip("the tweet's link is on another line")
    cut = line.index("on the scene.") + len("on the scene.")
    assert len(_pieces(line, [(0, cut), (cut + 1, len(line))])) >= 2


def test_a_line_break_still_cuts(data_dir: Path) -> None:
    text = "Shot at 10 p.m.\nMonday night vigil planned"
    assert len(_pieces(text, [(0, len(text))])) == 2


@pytest.mark.parametrize(
    ("language", "text", "mark"),
    [
        ("es", "El ataque ocurrió a las 10 p.m. sábado en la Av. Juárez.", "10 p.m."),
        ("de", "Der Mann wurde in der Hauptstr. am Freitag angegriffen.", "Hauptstr."),
        ("fr", "Les tirs ont eu lieu av. de la République vendredi soir.", "av."),
    ],
)  # fmt: skip
def test_other_languages_go_on_after_their_abbreviations(language: str, text: str, mark: str) -> None:
    assert len(_pieces(text, _cut_after(text, mark), language)) == 1


@given(st.sampled_from(WEEKDAYS), st.integers(1, 12), st.sampled_from(("a.m.", "p.m.", "A.M.")))
@settings(max_examples=40, deadline=None)
def test_any_time_then_a_weekday_is_one_sentence(weekday: str, hour: int, half: str) -> None:
    text = f"A man was shot about {hour} {half} {weekday} in the 100 block. Police said nothing else."
    spans = _cut_after(text, half, "100 block.")
    assert _pieces(text, spans) == [
        f"A man was shot about {hour} {half} {weekday} in the 100 block.",
        "Police said nothing else.",
    ]


# --- a date that opens its sentence dates the clause after its comma --------------------------------------------

EN = table_for("en")


def test_on_nov_14_police_obtained_a_warrant_is_aftermath(data_dir: Path) -> None:
    sentence = _gva_sentence(data_dir, "On Nov. 14", "obtained an arrest warrant for first-degree murder")
    assert dates_of(sentence, date(2016, 12, 1)) == [("Nov. 14", False, False)]


def test_a_fronted_time_and_day_before_officers_responded_is_the_happening(data_dir: Path) -> None:
    sentence = _gva_sentence(data_dir, "About 8:30 p.m. Nov. 11", "officers responded to a call for a shooting")
    assert dates_of(sentence, date(2016, 12, 1)) == [("Nov. 11", True, True)]


def test_a_fronted_date_before_police_said_reads_past_the_speech_verb() -> None:
    sentence = "Early Sunday, police said, a man was shot outside a bar."  # written here: the rule's guard
    assert dates_of(sentence, date(2016, 12, 1)) == [("Sunday", True, True)]


def test_a_date_after_its_own_verb_is_not_fronted() -> None:
    sentence = "He was arraigned Monday, when prosecutors said he shot the man."
    assert dates_of(sentence, date(2016, 12, 1)) == [("Monday", False, False)]


@pytest.mark.parametrize(
    ("language", "sentence", "tied"),
    [
        ("fr", "Vendredi soir, un homme a été tué par balle à Marseille.", True),
        ("fr", "Vendredi, la police a arrêté un suspect.", False),
        ("es", "El sábado, un joven fue asesinado en Monterrey.", True),
        ("es", "El sábado, la policía informó que el detenido fue liberado.", False),
    ],
)  # fmt: skip
def test_fronted_dates_in_other_languages(language: str, sentence: str, tied: bool) -> None:
    times = find_times(sentence, language, date(2016, 6, 15))
    assert len(times) == 1
    assert happening(sentence, (0, len(sentence)), times[0], table_for(language)) is tied


# --- a "when" clause after the date ---------------------------------------------------------------------------


def test_the_night_of_a_date_when_deputies_opened_fire(data_dir: Path) -> None:
    sentence = _gva_sentence(data_dir, "Stafford, a Marksville", "Nov. 3, 2015, when he and another deputy opened fire")
    assert dates_of(sentence, date(2017, 3, 20)) == [("Nov. 3, 2015", True, True)]


# --- a period start between the happening word and the date --------------------------------------------------


def test_a_party_going_on_since_friday_night_does_not_date_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "had been going on at the house since Friday night")
    assert dates_of(sentence, date(2015, 4, 18)) == [("Friday night", False, False)]


# --- a passive report of the happening ------------------------------------------------------------------------


def test_the_shooting_that_was_reported_tuesday_night_dates_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "in connection with the shooting that was reported at Tuesday night")
    assert dates_of(sentence, date(2017, 3, 11)) == [("Friday morning", False, False), ("Tuesday night", True, True)]


# --- page stamps and recovery ---------------------------------------------------------------------------------


def test_last_updated_with_a_clock_time_is_a_stamp(data_dir: Path) -> None:
    line = _gva_line(data_dir, "Last updated at 10:39 a.m. on Sunday, Nov. 27")
    assert dates_of(line, date(2016, 11, 25)) == [("Sunday, Nov. 27", False, False)]


def test_an_update_heading_is_a_stamp(data_dir: Path) -> None:
    line = _gva_line(data_dir, "UPDATE @ 4:29 p.m. (Nov. 2)")
    assert dates_of(line.strip(), date(2015, 11, 2)) == [("Nov. 2", False, False)]


@pytest.mark.parametrize(
    "needle",
    [
        "boy is recovering Monday morning after being shot in the head",
        "fighting for her life tonight",
        "confirmed Romero was captured Saturday in Sinaloa",
    ],
)
def test_recovery_and_capture_date_the_aftermath(data_dir: Path, needle: str) -> None:
    line = _gva_line(data_dir, needle)
    sentence = next(s for s in re.split(r"(?<=[.!?])\s+", line) if needle in s)
    dates = dates_of(sentence, date(2016, 9, 11))
    assert dates and not dates[0][1]


def test_recovering_after_being_shot_thursday_still_dates_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "are recovering after being shot Thursday in northeast Baltimore")
    assert dates_of(sentence, date(2016, 9, 11)) == [("Thursday", True, True)]


def test_an_embedded_tweets_signature_date_is_a_stamp(data_dir: Path) -> None:
    line = _gva_line(data_dir, "— David Schuman (@david_schuman) January 23, 2016")
    tweet = line[line.rindex("—", 0, line.index("(@david_schuman)")) :]
    assert dates_of(tweet.strip(), date(2016, 1, 26)) == [("January 23, 2016", False, False)]


def test_details_not_available_friday_date_no_happening(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Details of the arrests, however, were not available Friday")
    assert dates_of(sentence, date(2017, 1, 27)) == [("Friday", False, False)]


def test_since_a_time_friday_night_opens_a_period_not_the_happening(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Since 10 p.m. Friday night, 11 people have been shot")
    assert dates_of(sentence, date(2016, 7, 23)) == [("Friday night", False, False)]


def test_shootings_since_a_date_long_ago_do_not_date_this_one(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "people died in the U.S. since Aug. 1, 1966")
    assert dates_of(sentence, date(2016, 9, 8)) == [("Aug. 1, 1966", False, False)]


def test_an_investigation_underway_wednesday_dates_no_happening(data_dir: Path) -> None:
    line = _gva_line(data_dir, "An investigation was underway Wednesday into the possibly gang-related killing")
    sentence = line[line.index("An investigation") : line.index(".", line.index("San Marcos")) + 1]
    assert dates_of(sentence, date(2016, 10, 26)) == [("Wednesday", False, False)]


# --- a vague night and the day before it are one happening ------------------------------------------------------


def test_overnight_and_thursday_night_are_one_night(data_dir: Path) -> None:
    report = gva_report(data_dir, "075630e67290e8941ca0242fafe43789")
    text = report.text
    assert "gas station overnight" in text and "at the gas station Thursday night" in text
    times = find_times(text, "en", date(2016, 11, 11))
    overnight = next(t for t in times if t.text == "overnight")
    thursday = next(t for t in times if t.text == "Thursday night")
    wednesday = TimeExpr((0, 9), "Wednesday", "2016-11-09", "day", True)
    assert overlaps(overnight, thursday) and overlaps(thursday, overnight)
    assert not overlaps(overnight, wednesday)
    assert main_date(report) == "2016-11-10"


# --- bullets inside a line ------------------------------------------------------------------------------------


def test_a_bullet_inside_a_line_starts_a_sentence(data_dir: Path) -> None:
    line = _gva_line(data_dir, "Message: * A friend wanted you to see this item from WRAL.com")
    pieces = _pieces(line, [(0, len(line))])
    assert pieces[0] == "Message:" and pieces[1].startswith("A friend wanted you to see this item")


def test_an_asterisk_inside_words_is_no_bullet() -> None:
    text = "The suspect, who shouted a * word at officers, was shot in the leg."
    assert _pieces(text, [(0, len(text))]) == [text]


# --- guards found by reading what the rules above broke ---------------------------------------------------------


def test_the_june_29_gunfight_is_the_happening_even_after_captured(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Trung Le was captured days after the June 29 gunfight.")
    assert dates_of(sentence, date(2015, 4, 8)) == [("June 29", True, True)]


def test_on_friday_police_said_dates_the_statement(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "On Friday, police said a fifth victim was discovered")
    assert [(text, tied) for text, _, tied in dates_of(sentence, date(2015, 4, 2))] == [("Friday", False)]


def test_a_subject_before_the_date_makes_it_no_fronted_date(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Malijah Grant died April 18, two days after she was shot")
    # round 8: "two days after she was shot" is April 16, the shooting's day
    assert dates_of(sentence, date(2015, 5, 20)) == [("April 18", True, False), ("two days after", True, True)]


def test_a_state_in_a_fronted_clause_dates_nothing(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Late Sunday evening, the little girl was rushed to Le Bonheur")
    assert dates_of(sentence, date(2016, 5, 19)) == [("Sunday evening", True, True)]


def test_no_arrests_had_been_reported_is_no_report_of_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "but no arrests had been reported as of Thursday morning")
    assert [(text, tied) for text, _, tied in dates_of(sentence, date(2016, 8, 11))] == [("Thursday morning", False)]
