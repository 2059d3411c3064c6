"""Language: which ISO 639-1 language an article is written in.

cld2 is fast and good on paragraphs; lingua is better on a headline-sized text. A language the input already
gave is kept when it is a valid code. Text that is neither (keyboard mashing, numbers only) is refused with
UnknownLanguage rather than guessed, so it never reaches the extractors of a language it is not in.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

import pycld2

from newsweave.errors import UnknownLanguage
from newsweave.models import Article
from newsweave.options import Options

# The languages news is detected among (lingua's names). Restricting the set makes short texts reliable.
NEWS_LANGUAGES: tuple[str, ...] = (
    "ENGLISH", "FRENCH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "DUTCH", "ARABIC", "TURKISH",
    "RUSSIAN", "UKRAINIAN", "POLISH", "PERSIAN", "URDU", "HINDI", "BENGALI", "CHINESE", "JAPANESE", "KOREAN",
    "INDONESIAN", "MALAY", "SWAHILI", "SOMALI", "HEBREW", "GREEK", "ROMANIAN", "HUNGARIAN", "CZECH", "SWEDISH",
    "VIETNAMESE", "THAI", "TAGALOG", "CATALAN", "DANISH", "FINNISH", "BOKMAL", "SERBIAN", "CROATIAN",
    "BULGARIAN",
)  # fmt: skip

# Every ISO 639-1 code, so a language given by the input can be checked without a table download.
ISO_639_1: frozenset[str] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
    ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik
    io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
    mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd
    se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi
    vo wa wo xh yi yo za zh zu
    """.split()
)

# cld2 and older tools use a few retired or regional codes.
_ALIASES: dict[str, str] = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "zh-hant": "zh", "nb": "no"}

SAMPLE_CHARS = 1000  # enough text to decide; keeps detection cheap on long pages
CHECK_CHARS = 1000  # the letter and vowel checks look at this much
SHORT_CHARS = 200  # below this, cld2 is unreliable and lingua decides
MIN_LETTERS = 12  # fewer letters than this carry no language
MIN_CONFIDENCE = 0.45  # lingua's confidence among NEWS_LANGUAGES needed to accept a guess alone
MIN_VOWELS = 0.30  # news in Latin script: 0.33-0.45 vowels among letters (de lowest); random letters 0.23
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_NOT_LATIN = re.compile(r"[^a-z]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def detect(article: Article, options: Options) -> Article:
    """Return the article with `language` set; raise UnknownLanguage when no language is credible."""
    given = normalise_code(article.language)
    if given:
        return dataclasses.replace(article, language=given)
    return dataclasses.replace(article, language=detect_text(article.text, article.origin))


def normalise_code(code: str | None) -> str | None:
    """'en', 'EN', 'en-US', 'en_GB', 'iw' -> an ISO 639-1 code; anything else -> None."""
    if not code:
        return None
    low = code.strip().lower().replace("_", "-")
    low = _ALIASES.get(low, low)
    base = _ALIASES.get(low.split("-")[0], low.split("-")[0])
    return base if base in ISO_639_1 else None


def detect_text(text: str, origin: str = "<text>") -> str:
    """Detect the language of a text: cld2 on paragraphs, lingua on short or unclear texts."""
    sample = text[:SAMPLE_CHARS]
    if _CONTROL.search(sample):
        sample = _CONTROL.sub("", sample)
    if _letter_weight(sample[:CHECK_CHARS]) < MIN_LETTERS:
        raise UnknownLanguage(origin, "too few letters to tell the language; give it in the input")
    if _looks_random(sample[:CHECK_CHARS]):
        raise UnknownLanguage(origin, "the letters look random (too few vowels for any language in Latin script)")
    reliable, code = _cld2(sample)
    if reliable and len(sample) >= SHORT_CHARS and code in _news_codes():
        return code
    guess, confidence = _lingua(sample)
    if guess and (confidence >= MIN_CONFIDENCE or (reliable and guess == code)):
        return guess
    raise UnknownLanguage(
        origin, f"no language detected with confidence (best guess {guess or code}, {confidence:.2f})"
    )


def _letter_weight(text: str) -> int:
    """Letters, with a CJK character counting as a word's worth (three letters)."""
    return sum(map(str.isalpha, text)) + 2 * len(_WIDE.findall(text))


def _looks_random(text: str) -> bool:
    """Keyboard mashing and random letters: Latin-script text with far fewer vowels than any language has."""
    latin = _NOT_LATIN.sub("", text.lower())
    if len(latin) < 40 or len(latin) < 0.8 * sum(map(str.isalpha, text)):
        return False
    return sum(map(latin.count, "aeiouy")) / len(latin) < MIN_VOWELS


def _cld2(text: str) -> tuple[bool, str | None]:
    try:
        reliable, _, details = pycld2.detect(text, bestEffort=True)
    except pycld2.error:
        return False, None
    return bool(reliable), normalise_code(details[0][1]) if details else None


def _lingua(text: str) -> tuple[str | None, float]:
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    top = values[0]
    return str(top.language.iso_code_639_1.name).lower(), float(top.value)


@lru_cache(maxsize=1)
def _news_codes() -> frozenset[str]:
    from lingua import Language

    return frozenset(_code(getattr(Language, name)) for name in NEWS_LANGUAGES)


def _code(language: Any) -> str:
    return normalise_code(str(language.iso_code_639_1.name)) or "und"


@lru_cache(maxsize=1)
def _detector() -> Any:
    """Built once, on first use: lingua's models load lazily, per language, as texts need them."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in NEWS_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()
