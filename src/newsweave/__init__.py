"""newsweave: many news reports in, verified and cited events out.

    >>> import newsweave
    >>> result = newsweave.analyze(["report1.txt", "report2.html"])
    >>> newsweave.to_dict(result)["events"]

Importing newsweave loads nothing heavy: the pipeline and its models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsweave.errors import InputError, ModelError, NewsweaveError, StoreError
from newsweave.models import Article, ArticleEvent, Claim, Event, Result
from newsweave.options import Options

if TYPE_CHECKING:
    from newsweave.pipeline import analyze
    from newsweave.report import to_dict

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleEvent",
    "Claim",
    "Event",
    "InputError",
    "ModelError",
    "NewsweaveError",
    "Options",
    "Result",
    "StoreError",
    "__version__",
    "analyze",
    "to_dict",
]


def __getattr__(name: str) -> Any:
    """`analyze` and `to_dict` import the pipeline lazily, so `import newsweave` stays cheap."""
    if name == "analyze":
        from newsweave.pipeline import analyze

        return analyze
    if name == "to_dict":
        from newsweave.report import to_dict

        return to_dict
    raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
