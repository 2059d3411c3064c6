"""The SQLite store: migrations, idempotent writes, nothing lost on re-open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from newsweave.errors import StoreError
from newsweave.models import Article, ArticleEvent, Claim, Failure, Place
from newsweave.store import MIGRATIONS, SQLiteStore


def _article(text: str, origin: str = "a.txt") -> Article:
    import hashlib

    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id="a" + digest[:8], origin=origin, text=text, content_hash=digest, origins=(origin,),
                   credits=("AFP",), removed=("Download the app",))


def test_migrations_run_once_and_record_the_version(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    SQLiteStore(path).close()
    with SQLiteStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_adding_the_same_article_twice_adds_nothing_but_keeps_every_origin(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    with SQLiteStore(path) as store:
        assert store.add_articles([_article("Text one.", "x.txt")]) == 1
    with SQLiteStore(path) as store:
        assert store.add_articles([_article("Text one.", "y.html")]) == 0
        (stored,) = store.articles()
    assert stored.origins == ("x.txt", "y.html")
    assert stored.credits == ("AFP",)


def test_extractions_round_trip_with_places_and_spans() -> None:
    place = Place(name="As Sukhnah", country="SY", admin1="Homs", lat=34.88, lon=38.87, geonameid=1, precision="town")
    event = ArticleEvent(id="a1:e0", article="a1", main=True, type="attack", date="2023-02-17",
                         date_precision="day", place=place, claims=("a1:c1",), sentences=((0, 10),))
    claim = Claim(id="a1:c1", article="a1", event="a1:e0", field="location", value=place, span=(0, 10),
                  quote="0123456789", relation="southeast of", value_span=(2, 4))
    with SQLiteStore() as store:
        store.put_extraction("h", "v1", ((event,), (claim,)))
        assert store.get_extraction("h", "v1") == ((event,), (claim,))
        assert store.get_extraction("h", "v2") is None


def test_vectors_are_cached_by_key_and_model() -> None:
    with SQLiteStore() as store:
        store.put_vectors({"k": np.arange(4, dtype=np.float32)}, "use")
        assert np.array_equal(store.get_vectors(["k", "missing"], "use")["k"], np.arange(4))
        assert store.get_vectors(["k"], "e5") == {}


def test_failures_are_kept() -> None:
    with SQLiteStore() as store:
        store.add_failures([Failure("bad.jsonl:3", "malformed", "bad.jsonl:3: truncated JSON")])
        assert store.failures()[0].kind == "malformed"


def test_a_store_that_is_not_sqlite_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"\x00not a database" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        SQLiteStore(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)
