"""newsweave: many news reports in, verified and cited events out.

    >>> import newsweave
    >>> result = newsweave.analyze(["report1.txt", "report2.html"])
    >>> newsweave.to_dict(result)["events"]
"""

from newsweave.errors import InputError, ModelError, NewsweaveError, StoreError
from newsweave.models import Article, ArticleEvent, Claim, Event, Result
from newsweave.options import Options
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
