"""How place names are compared: one key per spelling, one sound key per transliteration family.

"Al-Sokhna", "Soukhné", "Sokhne" and "al-Sukhnah" are one town written by four transliterators. The
gazetteer index and the text scanner both go through these functions, so the build script
(`scripts/build_gazetteer.py`) and the matcher never disagree. Changing them needs a rebuilt index:
bump KEY_VERSION.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from newsweave.place_tables import ARABIC_PREFIXES, ARTICLES, SAINT_SPELLINGS

KEY_VERSION = 1

_APOSTROPHES = re.compile(r"['’‘`ʼʻ´]")
_NON_WORD = re.compile(r"[^\w]+|_")
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_ARTICLE_SET = frozenset(ARTICLES)

# Transliteration noise folded by the sound key, per language of the writer; "" is the default.
_SOUND_REWRITES: dict[str, tuple[tuple[str, str], ...]] = {
    "": (("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("sh", "s"), ("ch", "s"),
         ("dj", "j"), ("ck", "k"), ("q", "k"), ("c", "k"), ("x", "h"), ("z", "s")),
    "de": (("sch", "s"), ("ch", "h"), ("dsch", "j"), ("tsch", "s")),
    "es": (("j", "h"),),
    "fr": (("ch", "s"), ("dj", "j")),
    "tr": (("c", "j"),),
}  # fmt: skip
_VOWELS = frozenset("aeiouyw")


def script_of(text: str) -> str:
    """The writing system of a name: latin, arabic, cyrillic or other."""
    if text.isascii():
        return "latin"
    for char in text:
        if not char.isalpha():
            continue
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
        if not unicodedata.name(char, "").startswith("LATIN"):
            return "other"
    return "latin"


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The exact-match key: casefolded, accents and apostrophes dropped, punctuation as single spaces."""
    script = script_of(name)
    if script == "arabic":
        folded = _ARABIC_MARKS.sub("", name).translate(_ARABIC_LETTERS)
    elif script == "latin":
        folded = unidecode(name).casefold()
    else:
        folded = name.casefold().replace("ё", "е")
    folded = _APOSTROPHES.sub("", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def vowel_frame(key: str) -> str:
    """The key with every vowel read as one ("azez" and "azaz" -> "azaz"): the sound key of a short name is too
    short to match on ("as"), its consonants in place are not."""
    return re.sub(r"[aeiouy]", "a", bare_key(key).replace(" ", "")) if script_of(key) == "latin" else ""


def bare_key(key: str) -> str:
    """The key without a leading article: "al sukhnah" -> "sukhnah", "السخنه" -> "سخنه"."""
    first, _, rest = key.partition(" ")
    if rest and first in _ARTICLE_SET and len(rest) >= 3:
        return rest
    if first.startswith("ال") and len(first) > 3:
        return key[2:]
    return key


def saint_variants(key: str) -> tuple[str, ...]:
    """The key with its leading saint's word written the other way ("st johns county" -> "saint johns county"):
    the gazetteer spells some names "Saint" and others "St.", and a text may write either."""
    first, _, rest = key.partition(" ")
    other = SAINT_SPELLINGS.get(first)
    return (f"{other} {rest}",) if other and rest else ()


def arabic_variants(key: str) -> tuple[str, ...]:
    """Keys of an Arabic word with its glued clitics removed: "بالسخنه" -> ("سخنه", "السخنه")."""
    variants = []
    for prefix in ARABIC_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            rest = key[len(prefix) :]
            variants.append(rest)
            if prefix.endswith("ال") or prefix == "لل":
                variants.append("ال" + rest.removeprefix("ل"))
    return tuple(dict.fromkeys(variants))


def sound_key(key: str, language: str = "") -> str:
    """A consonant skeleton that folds transliteration noise: kh/h, ou/u, e/a, doubled letters, hyphens."""
    if script_of(key) != "latin":
        return ""
    text = bare_key(key).replace(" ", "")
    for old, new in _SOUND_REWRITES.get(language, ()) + _SOUND_REWRITES[""]:
        text = text.replace(old, new)
    if len(text) > 2 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]
    head = "a" if text[:1] in _VOWELS else text[:1]
    skeleton = head + "".join(char for char in text[1:] if char not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", skeleton)
