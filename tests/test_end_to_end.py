"""The product end to end, through the real `newsweave` command: real models, real SQLite, no mocks."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO

NEWSWEAVE = [sys.executable, "-m", "newsweave"]
TODAY = "2026-11-22"


def run(*args: str, stdin: bytes | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*NEWSWEAVE, *args], input=stdin, capture_output=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def seeds_json(seeds_dir: Path) -> dict[str, Any]:
    proc = run("analyze", *sorted(str(p) for p in seeds_dir.glob("*.txt")), "--format", "json", "--today", TODAY)
    assert proc.returncode == 0, proc.stderr.decode()
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def _by_origin(data: dict[str, Any], stem: str) -> dict[str, Any]:
    return next(a for a in data["articles"] if stem in a["origin"])


# --- issue: foundation ---------------------------------------------------------------------------


def test_seeds_give_both_articles_cleaned(seeds_json: dict[str, Any]) -> None:
    assert seeds_json["schema"] == "newsweave/1"
    assert len(seeds_json["articles"]) == 2
    france24 = _by_origin(seeds_json, "000_")
    assert "Download the France 24 app" in france24["removed"]
    assert "France 24 app" not in france24["text"]
    assert "AFP" in france24["credits"]
    assert "\u00a0" not in france24["text"]
    assert {a["language"] for a in seeds_json["articles"]} == {"en"}


def test_every_claim_quote_is_its_span_of_the_cleaned_text(seeds_json: dict[str, Any]) -> None:
    texts = {a["id"]: a["text"] for a in seeds_json["articles"]}
    assert seeds_json["claims"]
    for claim in seeds_json["claims"]:
        start, end = claim["span"]
        assert texts[claim["article"]][start:end] == claim["quote"]


def test_a_bad_input_is_named_on_one_line_and_the_batch_goes_on(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "cut.jsonl").write_text('{"id": "x1", "text": "A whole row about a flood in Lyon that kill', "utf-8")
    good = next(iter(sorted(seeds_dir.glob("*.txt"))))
    proc = run("analyze", str(tmp_path / "empty.txt"), str(good), str(tmp_path / "junk.txt"),
               str(tmp_path / "cut.jsonl"), "--format", "json", "--no-group", "--today", TODAY)
    assert proc.returncode == 1
    lines = proc.stderr.decode().strip().splitlines()
    for name in ("empty.txt", "junk.txt", "cut.jsonl"):
        assert sum(name in line for line in lines) == 1, lines
    data = json.loads(proc.stdout)
    assert len(data["articles"]) == 1
    assert {Path(e["input"].split(":")[0]).name for e in data["errors"]} == {"empty.txt", "junk.txt", "cut.jsonl"}


def test_a_language_without_rule_tables_is_read_and_named_once(tmp_path: Path, seeds_dir: Path) -> None:
    """A Romanian report (newsweave has no Romanian tables): read with the English rules, said on one line."""
    romanian = tmp_path / "kharkiv.txt"
    romanian.write_text(
        "Trei persoane au murit în urma bombardamentului asupra orașului Harkov sâmbătă, au anunțat autoritățile "
        "regionale. Alte nouă persoane au fost rănite, printre care doi copii. Salvatorii lucrează încă la locul "
        "atacului.",
        "utf-8",
    )
    good = next(iter(sorted(seeds_dir.glob("*.txt"))))
    proc = run("extract", str(romanian), str(good), "--today", TODAY)
    assert proc.returncode == 0, proc.stderr.decode()
    notes = [line for line in proc.stderr.decode().splitlines() if "note:" in line]
    assert len(notes) == 1 and "kharkiv.txt" in notes[0] and "(ro)" in notes[0], notes
    assert [a["language"] for a in json.loads(proc.stdout)] == ["ro", "en"]


def test_running_twice_on_a_store_adds_nothing_and_keeps_what_was_stored(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "n.db"
    seeds = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    first = run("ingest", *seeds, "--db", str(db))
    assert first.returncode == 0, first.stderr.decode()
    assert "2 new articles" in first.stderr.decode()
    (tmp_path / "bad.jsonl").write_text("{not json\n", "utf-8")
    second = run("ingest", *seeds, str(tmp_path / "bad.jsonl"), "--db", str(db))
    assert second.returncode == 1
    assert "0 new articles" in second.stderr.decode() and "2 articles in" in second.stderr.decode()


def test_stdin_jsonl_is_read(tmp_path: Path) -> None:
    rows = (REPO / "demo" / "reports" / "reports.jsonl").read_bytes()
    proc = run("analyze", "-", "--format", "json", "--no-group", "--today", TODAY, stdin=rows)
    assert proc.returncode == 0, proc.stderr.decode()
    assert {a["language"] for a in json.loads(proc.stdout)["articles"]} == {"en", "es", "fr"}


# --- issue: extraction ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_extract(seeds_dir: Path) -> list[dict[str, Any]]:
    proc = run("extract", *sorted(str(p) for p in seeds_dir.glob("*.txt")), "--today", TODAY)
    assert proc.returncode == 0, proc.stderr.decode()
    data: list[dict[str, Any]] = json.loads(proc.stdout)
    return data


def _claims(event: dict[str, Any], field: str) -> list[dict[str, Any]]:
    return [c for c in event["claims"] if c["field"] == field]


def _figures(events: list[dict[str, Any]]) -> set[tuple[str, int]]:
    return {(c["field"], c["value"]) for e in events for c in e["claims"] if isinstance(c["value"], int)}


def test_extract_finds_the_main_event_figures_with_their_sources(seeds_extract: list[dict[str, Any]]) -> None:
    afp = next(a for a in seeds_extract if "000_" in a["origin"])
    wire = next(a for a in seeds_extract if "001_" in a["origin"])
    main_afp = next(e for e in afp["events"] if e["main"])
    main_wire = next(e for e in wire["events"] if e["main"])
    killed_afp = _claims(main_afp, "killed")
    assert any(c["value"] == 53 and re.search("television", c["attributed_to"] or "", re.I) for c in killed_afp)
    assert any(c["value"] == 36 and c["qualifier"] == "initial" and "OSDH" in (c["attributed_to"] or "")
               + c["quote"] for c in killed_afp)
    groups = {(c["group"], c["value"]) for c in _claims(main_wire, "killed")}
    assert {("civilians", 46), ("soldiers", 7)} <= groups
    assert main_afp["date"] == "2023-02-17"


def test_extract_keeps_the_earlier_attack_and_the_raid_as_their_own_events(
    seeds_extract: list[dict[str, Any]],
) -> None:
    for article in seeds_extract:
        others = [e for e in article["events"] if not e["main"]]
        figures = _figures(others)
        assert ("killed", 16) in figures
        assert ("injured", 4) in figures
        assert ("released", 25) in figures
        main = [e for e in article["events"] if e["main"]]
        assert not {("killed", 16), ("injured", 4), ("released", 25)} & _figures(main)


# --- issue: grouping and reconciliation ----------------------------------------------------------


def test_both_seeds_share_one_reconciled_main_event(seeds_json: dict[str, Any]) -> None:
    ids = {a["id"] for a in seeds_json["articles"]}
    main = [e for e in seeds_json["events"] if set(e["main_in"]) == ids]
    assert len(main) == 1
    event = main[0]
    assert event["date"]["value"] == "2023-02-17"
    assert event["location"]["name"] == "As Sukhnah" and event["location"]["country"] == "SY"
    killed = next(f for f in event["figures"] if f["field"] == "killed")
    assert (killed["low"], killed["best"]) == (36, 53)
    assert killed["groups"].get("civilians") == 46 and killed["groups"].get("soldiers") == 7
    assert any(c["field"] == "location" for c in event["conflicts"])


def test_the_earlier_attack_and_the_raid_are_separate_events_citing_both_seeds(seeds_json: dict[str, Any]) -> None:
    ids = {a["id"] for a in seeds_json["articles"]}
    claims = {c["id"]: c for c in seeds_json["claims"]}

    def figure_values(event: dict[str, Any], field: str) -> set[int]:
        return {claims[c]["value"] for f in event["figures"] if f["field"] == field for c in f["claims"]}

    earlier = [e for e in seeds_json["events"] if 16 in figure_values(e, "killed")]
    raid = [e for e in seeds_json["events"] if 4 in figure_values(e, "injured")]
    assert len(earlier) == 1 and set(earlier[0]["articles"]) == ids and not earlier[0]["main_in"]
    assert len(raid) == 1 and set(raid[0]["articles"]) == ids and not raid[0]["main_in"]
    # "Homsi was killed …, four soldiers were injured": the one killed was no soldier
    assert "soldier" not in raid[0]["title"] and "one person" in raid[0]["title"]
    assert "53 truffle hunters" in seeds_json["events"][0]["title"]


def test_markdown_and_html_views(seeds_dir: Path, tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    md = run("analyze", *seeds, "--format", "md", "--today", TODAY)
    assert md.returncode == 0 and "53" in md.stdout.decode()
    page = tmp_path / "brief.html"
    html = run("analyze", *seeds, "--format", "html", "-o", str(page), "--today", TODAY)
    assert html.returncode == 0 and page.read_text("utf-8").lstrip().lower().startswith("<!doctype html")


# --- the README ----------------------------------------------------------------------------------


def test_readme_opens_with_the_two_commands_and_they_work() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text("utf-8")  # CI runs the second one: this very suite
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    demo = subprocess.run(["make", "demo", f"PYTHON={sys.executable}"], cwd=REPO, capture_output=True, timeout=900)
    assert demo.returncode == 0, demo.stderr.decode()[-2000:]
    assert "Cusco" in demo.stdout.decode()
