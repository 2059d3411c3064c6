"""Views of a `Result`: the contract's JSON (`to_dict`), a Markdown brief and one self-contained HTML page.

Every view is a pure function of the Result, deterministic, and cites articles by their ids.
"""

from __future__ import annotations

from newsweave.report.html import to_html
from newsweave.report.json import to_dict
from newsweave.report.markdown import to_markdown

__all__ = ["to_dict", "to_html", "to_markdown"]
