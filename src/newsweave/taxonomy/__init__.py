"""Event types and event typing.

`types` holds the taxonomy as data (read its docstring for how `type`, `subtype` and `parent` relate),
`tables` the per-language keyword tables (rules in `rules_en` and `rules_world`), `prototypes` the English
descriptions the embedding scorer compares against, and `scorer` the classifier itself.
"""

from newsweave.taxonomy.scorer import classify, classify_many
from newsweave.taxonomy.types import (
    ACLED_CATEGORIES,
    ALL_TYPES,
    CASE_TO_TYPE,
    CATEGORIES,
    TAXONOMY,
    is_type,
    parent,
    to_case,
)

__all__ = [
    "ACLED_CATEGORIES",
    "ALL_TYPES",
    "CASE_TO_TYPE",
    "CATEGORIES",
    "TAXONOMY",
    "classify",
    "classify_many",
    "is_type",
    "parent",
    "to_case",
]
