"""The store: SQLite behind one small interface, so a server-backed store can slot in later.

Articles are keyed by the hash of their cleaned text; extractions by that hash plus the extractor's
version; vectors by key and model name. Running twice on the same input adds nothing and recomputes
nothing. Migrations are numbered and applied in order (`PRAGMA user_version` holds the last one).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from newsweave.errors import StoreError
from newsweave.models import Article, ArticleEvent, Claim, Failure, Place

MIGRATIONS: tuple[str, ...] = (
    # m001: articles, extractions, vectors
    """
    CREATE TABLE articles (
        content_hash TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        published TEXT,
        added_at TEXT NOT NULL DEFAULT (datetime('now')),
        body TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE extractions (
        content_hash TEXT NOT NULL,
        version TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (content_hash, version)
    );
    CREATE TABLE vectors (
        key TEXT NOT NULL,
        model TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (key, model)
    );
    """,
    # m002: the inputs that failed, so a later export still shows them
    """
    CREATE TABLE failures (
        input TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (datetime('now')),
        PRIMARY KEY (input, kind)
    );
    """,
    # m003: the region each report is set in, by outlet host: a local outlet's home, learned over runs
    """
    CREATE TABLE outlet_regions (
        content_hash TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        country TEXT,
        admin1 TEXT
    );
    CREATE INDEX outlet_regions_host ON outlet_regions(host);
    """,
)

Extraction = tuple[tuple[ArticleEvent, ...], tuple[Claim, ...]]
# (content hash, outlet host, country, admin1): the region one report of a host is set in (None, None: unknown)
OutletRegion = tuple[str, str, str | None, str | None]


class Store(Protocol):
    """What the pipeline needs from a store; SQLiteStore is the default implementation."""

    def add_articles(self, articles: Sequence[Article]) -> int: ...
    def articles(self) -> list[Article]: ...
    def get_extraction(self, key: str, version: str) -> Extraction | None: ...
    def put_extraction(self, key: str, version: str, extraction: Extraction) -> None: ...
    def get_vectors(self, keys: Sequence[str], model: str) -> dict[str, np.ndarray]: ...
    def put_vectors(self, items: Mapping[str, np.ndarray], model: str) -> None: ...
    def add_failures(self, failures: Iterable[Failure]) -> None: ...
    def failures(self) -> list[Failure]: ...
    def put_outlet_regions(self, rows: Iterable[OutletRegion]) -> None: ...
    def outlet_regions(self) -> list[OutletRegion]: ...
    def close(self) -> None: ...


class SQLiteStore:
    """A SQLite file (or ":memory:"). Every write is its own transaction: a crash loses nothing stored."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}); check the --db path") from exc

    def _migrate(self) -> None:
        (current,) = self._db.execute("PRAGMA user_version").fetchone()
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path}: written by a newer newsweave (schema {current}); upgrade newsweave")
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self._db:
                self._db.executescript(f"BEGIN; {script} PRAGMA user_version = {number}; COMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # --- articles -------------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article]) -> int:
        """Insert the articles not stored yet; return how many were new. Known ones gain new origins."""
        new = 0
        with self._db:
            for article in articles:
                row = self._db.execute(
                    "SELECT body FROM articles WHERE content_hash = ?", (article.content_hash,)
                ).fetchone()
                if row is None:
                    self._db.execute(
                        "INSERT INTO articles (content_hash, id, published, body) VALUES (?, ?, ?, ?)",
                        (article.content_hash, article.id, article.published, _dumps(article)),
                    )
                    new += 1
                    continue
                stored = article_from_dict(json.loads(row[0]))
                origins = tuple(dict.fromkeys(stored.origins + article.origins))
                if origins != stored.origins:
                    merged = Article(**{**_shallow(stored), "origins": origins})
                    self._db.execute(
                        "UPDATE articles SET body = ? WHERE content_hash = ?",
                        (_dumps(merged), article.content_hash),
                    )
        return new

    def articles(self) -> list[Article]:
        rows = self._db.execute("SELECT body FROM articles ORDER BY rowid").fetchall()
        return [article_from_dict(json.loads(body)) for (body,) in rows]

    def count(self, table: str) -> int:
        if table not in {"articles", "extractions", "vectors", "failures", "outlet_regions"}:
            raise ValueError(table)
        return int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # --- extractions ----------------------------------------------------------------------------
    def get_extraction(self, key: str, version: str) -> Extraction | None:
        row = self._db.execute(
            "SELECT body FROM extractions WHERE content_hash = ? AND version = ?", (key, version)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        events = tuple(article_event_from_dict(d) for d in data["events"])
        claims = tuple(claim_from_dict(d) for d in data["claims"])
        return events, claims

    def put_extraction(self, key: str, version: str, extraction: Extraction) -> None:
        events, claims = extraction
        body = json.dumps({"events": [asdict(e) for e in events], "claims": [asdict(c) for c in claims]})
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO extractions (content_hash, version, body) VALUES (?, ?, ?)",
                (key, version, body),
            )

    # --- vectors --------------------------------------------------------------------------------
    def get_vectors(self, keys: Sequence[str], model: str) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for key in keys:
            row = self._db.execute(
                "SELECT vector FROM vectors WHERE key = ? AND model = ?", (key, model)
            ).fetchone()
            if row is not None:
                found[key] = np.frombuffer(row[0], dtype=np.float32).copy()
        return found

    def put_vectors(self, items: Mapping[str, np.ndarray], model: str) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors (key, model, dim, vector) VALUES (?, ?, ?, ?)",
                [
                    (key, model, int(vec.shape[0]), np.asarray(vec, dtype=np.float32).tobytes())
                    for key, vec in items.items()
                ],
            )

    # --- failures -------------------------------------------------------------------------------
    def add_failures(self, failures: Iterable[Failure]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO failures (input, kind, message) VALUES (?, ?, ?)",
                [(f.input, f.kind, f.message) for f in failures],
            )

    def failures(self) -> list[Failure]:
        rows = self._db.execute("SELECT input, kind, message FROM failures ORDER BY at, input").fetchall()
        return [Failure(*row) for row in rows]

    # --- outlet regions -------------------------------------------------------------------------
    def put_outlet_regions(self, rows: Iterable[OutletRegion]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO outlet_regions (content_hash, host, country, admin1) VALUES (?, ?, ?, ?)",
                list(rows),
            )

    def outlet_regions(self) -> list[OutletRegion]:
        rows = self._db.execute("SELECT content_hash, host, country, admin1 FROM outlet_regions ORDER BY rowid")
        return [(str(h), str(o), c, a) for h, o, c, a in rows.fetchall()]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- (de)serialisation of the data model ---------------------------------------------------------


def _shallow(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def _dumps(obj: Any) -> str:
    return json.dumps(asdict(obj), ensure_ascii=False)


def _tuples(value: Any) -> Any:
    """JSON gives lists; the frozen model wants tuples (spans, id lists) so objects hash and compare."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def place_from_dict(data: Mapping[str, Any]) -> Place:
    return Place(**{k: data[k] for k in (f.name for f in fields(Place)) if k in data})


def article_from_dict(data: Mapping[str, Any]) -> Article:
    return Article(**{k: _tuples(v) for k, v in data.items() if k in _ARTICLE_FIELDS})


def claim_from_dict(data: Mapping[str, Any]) -> Claim:
    values = {k: _tuples(v) for k, v in data.items() if k in _CLAIM_FIELDS}
    if isinstance(data.get("value"), dict):
        values["value"] = place_from_dict(data["value"])
    return Claim(**values)


def article_event_from_dict(data: Mapping[str, Any]) -> ArticleEvent:
    values = {k: _tuples(v) for k, v in data.items() if k in _EVENT_FIELDS}
    if isinstance(data.get("place"), dict):
        values["place"] = place_from_dict(data["place"])
    return ArticleEvent(**values)


_ARTICLE_FIELDS = {f.name for f in fields(Article)}
_CLAIM_FIELDS = {f.name for f in fields(Claim)}
_EVENT_FIELDS = {f.name for f in fields(ArticleEvent)}
