"""The exceptions newsweave raises.

The library raises; the CLI translates these into one line on stderr in exactly one place.
Every error that concerns an input names it, so a user can find and fix that input.

    NewsweaveError
    ├── InputError            one input could not be read; the rest of the batch goes on
    │   ├── EmptyInput        nothing in it (0 bytes, or only whitespace/boilerplate)
    │   ├── BinaryInput       not text (NUL bytes, an image, an archive we do not read)
    │   ├── InputTooLarge     over Options.max_bytes
    │   ├── MalformedInput    truncated or invalid JSON/XML/WARC
    │   ├── FetchError        a URL timed out, refused, or answered with an error status
    │   └── UnknownLanguage   no language could be detected with confidence
    ├── StoreError            the database cannot be opened or migrated
    └── ModelError            a bundled model is missing or cannot be loaded
"""

from __future__ import annotations


class NewsweaveError(Exception):
    """Base class: catch this to handle every failure newsweave reports."""


class InputError(NewsweaveError):
    """One input could not be turned into an article."""

    kind = "input"

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class EmptyInput(InputError):
    kind = "empty"


class BinaryInput(InputError):
    kind = "binary"


class InputTooLarge(InputError):
    kind = "too_large"


class MalformedInput(InputError):
    kind = "malformed"


class FetchError(InputError):
    kind = "fetch"


class UnknownLanguage(InputError):
    kind = "unknown_language"


class StoreError(NewsweaveError):
    """The store cannot be opened, migrated or written; check the --db path."""


class ModelError(NewsweaveError):
    """A model that should ship inside an installed package is missing; reinstall newsweave."""
