"""Every setting in one typed object, with defaults readable in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Options:
    """How a run behaves. Pass one to `newsweave.analyze`; the CLI builds it from its flags."""

    # store
    db: str = ":memory:"  # SQLite path; ":memory:" for a one-shot run
    # ingest
    max_bytes: int = 20_000_000  # larger inputs are refused with InputTooLarge, not half-read
    fetch_timeout: float = 10.0  # seconds per URL
    follow_feeds: bool = True  # fetch the articles a feed links to
    # language
    min_chars: int = 20  # shorter texts are refused as empty
    # copies
    near_copy_threshold: float = 0.8  # estimated Jaccard on word 5-shingles
    # time: the reference day for dates when an article has no publication date
    today: date | None = None  # None: the CLI passes date.today(); the library never reads the clock
    # which stages run
    extract: bool = True
    group: bool = True
    # grouping
    time_window_days: int = 14
    batch_group_limit: int = 5000  # more article-level events than this are grouped as a stream (bounded memory)
    # output
    progress: bool = False  # show a progress bar (the CLI turns it on for terminals)
