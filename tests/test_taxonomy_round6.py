"""Round 6 of event typing: casualty counts written with a hedge and a nationality ('killing up to 40 Syrian
soldiers') still name the armed side killed, so the clash rule reads up to four words between verb and victims;
and a mission that hands authority over a region is a weak cue for a peaceful transfer of territory.

Real text is read at test time: CASE 2021 snippets of the dev half only (odd rows); nothing of CASE's held-out
half is read here.
"""

from __future__ import annotations

from pathlib import Path

from newsweave.taxonomy import classify_many, scorer


def _dev_snippet(data_dir: Path, words: str) -> str:
    path = data_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    found = [r[1] for i, r in enumerate(rows) if i % 2 == 1 and len(r) >= 3 and words in r[1]]
    assert len(found) == 1, words
    return found[0]


def test_hedged_count_of_soldiers_killed_is_a_clash(data_dir: Path) -> None:
    """Militants attacking troops is ACLED's armed clash, not an attack on civilians (CASE gold: ARMED_CLASH)."""
    text = _dev_snippet(data_dir, "killing up to 40 Syrian soldiers")
    scores = scorer.keyword_scores(text, "en")
    assert scores["armed_clash"] > scores["attack"]
    assert classify_many([text], ["en"], use_embeddings=False)[0][0] == "armed_clash"


def test_victims_five_words_away_are_not_read_as_the_killed() -> None:
    """The reach stays short: a noun five words after the verb is no longer its object."""
    assert "armed_clash" not in scorer.keyword_scores("They killed the man who had warned the soldiers.", "en")
    assert "armed_clash" in scorer.keyword_scores("They killed at least 12 Afghan soldiers.", "en")


def test_authority_handed_over_is_a_peaceful_transfer(data_dir: Path) -> None:
    """A mission handing authority over a region to a state is a non-violent transfer, even in a text that says
    the state 'regained control' (CASE gold: NON_VIOL_TERRIT_TRANSFER)."""
    text = _dev_snippet(data_dir, "handed authority over Eastern Slavonia")
    assert classify_many([text], ["en"], use_embeddings=False)[0][0] == "non_violent_transfer_of_territory"


def test_control_handed_over_alone_is_no_incident() -> None:
    """A weak cue: a company handed to an heir stays `other`."""
    text = "The founder handed control of the company to his son last year."
    assert classify_many([text], ["en"], use_embeddings=False)[0][0] == "other"
