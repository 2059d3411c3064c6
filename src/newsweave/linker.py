"""The pair score: how likely two article-level events are the same real-world happening.

A small logistic model over features anyone can read (embedding cosine, shared rare names and numbers, date,
place, type, actors, figures, publication gap, the street address and block, the stated ages, the headline's
words within one language, full names, the people named, and how large a toll both reports give (exactly,
or within a tenth for large ones); for reports published more than `FAR_DAYS` apart that a person's name, a
street block or the event's day ties together, the people named apart from the rest and how much further
apart; the names' overlap again when the events' days differ and when one outlet published both, whose city
template shares its words across shootings; the share of one headline's names the other report never gives;
one outlet's two reports dated days apart; whether both name people and none in common; whether two details or
more disagree; one town and one day), fitted by `scripts/train_linker.py` and stored in `data/linker.json`.

Names come from the title and the start of the text, without the people who tell the report (spokespeople,
reporters, photographers, officials: `without_roles`) and without the short lines that pages of other
headlines carry too (an outlet's video playlist, its photo credits: `short_lines`). A page whose body is
furniture has no say in the embedding cosine.

Two hard constraints can veto a link whatever the score: dates known to the day and more than `MAX_DAY_GAP`
days apart, or two towns of different names more than `MAX_KM` apart. They are off (`HARD_CONSTRAINTS`):
with today's extraction the event's date and place are wrong often enough that the vetoes cost more than
they save. Measured again on 2026-11-22 (the previous linker, vetoes switched on without retraining, GVA split by
SHA-1 of the incident id); B-cubed F1 on GVA dev / ECB+ test / MEANTIME / NewsWCL50:

    no veto                   0.912 / 0.948 / 0.949 / 0.947
    date veto only            0.901 / 0.948 / 0.937 / 0.947
    place veto only           0.901 / 0.871 / 0.933 / 0.760
    date and place vetoes     0.891 / 0.871 / 0.918 / 0.760

The date veto buys precision on GVA (0.965 -> 0.979) for more recall than it is worth (0.864 -> 0.834).
Date gap and distance still enter as features. Switch the vetoes on (and retrain) when extraction's dates
and places are reliable.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources

import numpy as np
from unidecode import unidecode

from newsweave.embed import USE_DIM, event_text
from newsweave.errors import ModelError
from newsweave.extract.tables import table_for
from newsweave.models import Article, ArticleEvent, Claim, Place
from newsweave.place_outlets import outlet_host
from newsweave.places import distance_km

MAX_DAY_GAP = 2
MAX_KM = 100.0
HARD_CONSTRAINTS = False
GIVEN_NAME_TABLES = ("dist.male.first", "dist.female.first")  # in the `names` package
FAR_DAYS = 14  # published further apart than this, a pair is a late follow-up or two events (see `features`)
RARE_DF = 30  # a name carried by at most this many events of the batch (or stream window) is rare
BODY_KEY_CHARS = 200
SHORT_LINE = 150  # lines up to this long may be furniture that pages of other headlines share ...
LINE_KEY = 50  # ... known by their first this many characters
NAME_CHARS = 1500  # names and numbers come from the title and the first part of the text
ACTOR_FIELDS = ("perpetrator", "victim")
FIGURE_FIELDS = ("killed", "injured", "kidnapped")

FEATURES = (
    "cosine", "no_cosine", "names_tfidf", "numbers_shared",
    "date_known", "date_gap", "place_known", "place_near", "place_km",
    "type_known", "same_type", "actors_known", "actors_overlap", "figures_match", "figures_clash",
    "published_known", "published_gap", "both_main", "one_main",
    "address_known", "address_match", "ages_known", "ages_match", "title_known", "title_tfidf",
    "figures_size", "full_names", "people", "far", "far_people", "far_gap", "names_apart",
    "same_outlet", "outlet_names", "headline_unmet", "outlet_days_apart", "people_known", "people_apart",
    "two_clashes", "same_day_town",
)

# Street addresses, per language: (pattern, group of the street name, group of the house number or 0). A
# coder tells two shootings of one city and week apart by where exactly and whom: the street and the block.
# House numbers count by the hundred (US "6100 block of" and "6132" are the same block).
ADDRESS_PATTERNS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "en": (
        (r"\b(\d{1,5})\s+block\s+of\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
         r"((?:\d+(?:st|nd|rd|th)|[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’-]*)?)",
         2, 1),
        (r"\b(\d{1,5})\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?((?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]+)"
         r"(?:\s+[A-Z][\w'’-]+)?)\s+"
         r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Way|Parkway|Pkwy|Highway|Hwy)\b",
         2, 1),
    ),
    "fr": ((r"\b(\d{1,4})(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route)\s+"
            r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?([A-ZÀ-Ý][\w'’-]+)", 2, 1),),
    "es": ((r"\b(?:calle|avenida|avda\.|paseo|plaza|carrera)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+)?"
            r"([A-ZÀ-Ý][\w-]+)(?:,?\s+(?:n(?:úmero|º|°|\.)\s*)?(\d{1,4}))?", 1, 2),),
    "de": ((r"\b([A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm))(?:\s+(\d{1,4}))?", 1, 2),),
    "tr": ((r"\b([A-ZÇĞİÖŞÜ][\wçğıöşü]+)\s+(?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı)(?:\s+No\s*[:.]?\s*(\d{1,4}))?",
            1, 2),),
    "ar": ((r"شارع\s+(?:ال)?(\S+)", 1, 0),),
}
# Stated ages of the people in the report ("16-year-old", "aged 16", "16 ans"): two reports naming a
# 13-year-old and a 16-year-old victim are two shootings, whatever else they share.
AGE_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (r"\b(\d{1,3})[- ](?:years?|yr)[- ]old\b", r"\baged (\d{1,3})\b", r"\b(\d{1,3})-year-olds?\b"),
    "fr": (r"\b(\d{1,3}) ans\b",),
    "es": (r"\b(\d{1,3}) años\b",),
    "de": (r"\b(\d{1,3})[- ]?[Jj]ährige", r"\b(\d{1,3}) Jahre alt\b"),
    "tr": (r"\b(\d{1,3}) yaşında",),
    "ar": (r"(\d{1,3})\s*(?:عاما|عامًا|عام|سنة)",),
}

# Words that, after a given name, make a place or an organisation of it ("Jackson Memorial", "Angeles Police",
# "Franklin County"), per language, lower case: such names recur across every shooting of a city.
NOT_SURNAMES: dict[str, frozenset[str]] = {
    "en": frozenset("police county memorial regional hospital medical center centre trauma park city street avenue "
                    "road school high university college news department office court church station heights "
                    "village township parish state valley beach lake river bridge square mall airport mount "
                    "springs falls hills creek boulevard drive parkway".split()),
    "fr": frozenset("police gendarmerie hôpital hopital centre ville rue avenue boulevard lycée collège école "
                    "université tribunal parquet préfecture mairie gare".split()),
    "es": frozenset("policía policia hospital centro ciudad calle avenida escuela universidad tribunal "
                    "fiscalía fiscalia ayuntamiento estación estacion".split()),
    "de": frozenset("polizei klinik klinikum krankenhaus zentrum stadt straße strasse schule universität "
                    "gericht staatsanwaltschaft bahnhof".split()),
    "tr": frozenset("polis hastanesi hastane merkezi şehir caddesi sokak okulu üniversitesi mahkemesi "
                    "valiliği".split()),
    "ar": frozenset(),
}

# Who tells a report rather than takes part in it: spokespeople, reporters, photographers, officials, judges,
# lawyers. Their names recur across every shooting of a city or an outlet's beat, so a name in such a role
# ("Sgt. Wayne Jefferson", "Alicia Smiley, an LMPD spokeswoman", "Sam Charles/Sun-Times", "By: Lynn Hulsey")
# is not evidence that two reports tell one happening. Per language, lower case, regex fragments: role words
# right before a name or in an apposition right after it, byline words opening a line, credit words before a
# colon. Officers and deputies are left out on purpose: they are often the victims.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("spokes(?:man|woman|person|people)", "reporters?", "correspondents?", "photographers?",
           "photojournalists?", "anchors?", "meteorologists?", "editors?", "columnists?", "writers?", "producers?",
           "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "chief", "superintendent", "supt",
           "sheriff", "undersheriff", "commissioner", "mayor", "coroner", "prosecutors?", "attorneys?",
           "lawyers?", "judge", "magistrate", "ald", "alderman", "alderwoman", "council(?:man|woman|member)",
           "gov", "governor", "sen", "senator", "rep", "congress(?:man|woman)", "pastor", "rev", "reverend",
           "bishop", "activists?", "det", "detective", "investigators?"),
    "fr": ("porte-parole", "journalistes?", "reporters?", "correspondante?s?", "photographes?", "maire",
           "préfète?", "procureure?", "procureur de la république", "juge", "avocate?s?", "commissaire",
           "capitaine", "lieutenant", "adjudant", "commandant", "député(?:e)?", "sénateur", "sénatrice",
           "ministre", "militante?s?"),
    "es": ("portavoz", "vocero", "vocera", "periodistas?", "reporter(?:o|a)s?", "corresponsal(?:es)?",
           "fotógraf(?:o|a)s?", "alcalde(?:sa)?", "fiscal(?:es)?", "juez(?:a)?", "abogad(?:o|a)s?",
           "comisari(?:o|a)", "capitán", "teniente", "sargento", "diputad(?:o|a)", "senador(?:a)?", "ministr(?:o|a)",
           "activistas?"),
    "de": ("sprecher(?:in)?", "polizeisprecher(?:in)?", "reporter(?:in)?", "korrespondent(?:in)?",
           "fotograf(?:in)?", "bürgermeister(?:in)?", "oberbürgermeister(?:in)?", "staatsanwalt", "staatsanwältin",
           "oberstaatsanwalt", "oberstaatsanwältin", "richter(?:in)?", "anwalt", "anwältin", "rechtsanwalt",
           "rechtsanwältin", "kommissar(?:in)?", "minister(?:in)?", "abgeordnete[rn]?"),
    "tr": ("sözcüsü", "muhabiri", "muhabirimiz", "valisi", "vali", "başkanı", "savcısı", "savcı", "hakim",
           "avukatı", "avukat", "bakanı", "milletvekili"),
    "ar": ("المتحدث", "الناطق", "مراسل", "محافظ", "وزير", "المدعي", "القاضي", "المحامي"),
}
# Ranks that victims hold too ("Deputy Brad Garafola was killed"): a ranked name is a teller only when a speech
# verb (the extraction tables' `speech_verbs`) follows it ("Officer Nicole Kirkwood said").
RANK_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("officer", "deputy", "trooper", "agent", "constable", "corporal", "cpl", "patrolman", "patrolwoman",
           "spokes(?:man|woman|person)"),
    "fr": ("gendarme", "policier", "policière", "agent"), "es": ("agente", "policía", "guardia"),
    "de": ("polizist(?:in)?", "beamter", "beamtin"), "tr": ("polis", "memuru", "komiser"), "ar": ("الشرطي",),
}
# Present-tense speech verbs of broadcast copy ("Sgt. X tells Channel 3"), beside the extraction tables' own.
MORE_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("tells", "talks", "explains", "adds", "confirms"), "fr": ("explique", "précise", "ajoute"),
    "es": ("explica", "dice", "afirma"), "de": ("erklärt", "sagt", "sagte"), "tr": ("dedi",), "ar": ("قال",),
}
BYLINE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "posted by", "reported by"), "fr": ("par",), "es": ("por",), "de": ("von",),
    "tr": (), "ar": ("بقلم",),
}
CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("photos?", "credit", "image", "video", "source", "photo credit"), "fr": ("photos?", "crédits?"),
    "es": ("fotos?", "crédito"), "de": ("fotos?", "bild"), "tr": ("fotoğraf", "foto"), "ar": ("تصوير",),
}

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME_RUN = re.compile(r"[^\W\d_][\w'’-]*\.?(?:[ \t]+[^\W\d_][\w'’-]*\.?)+")
_RUN_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_FULL_NAME = re.compile(r"(?=\b([^\W\d_][\w'’-]+)[ \t]+([^\W\d_][\w'’-]+))")


@dataclass(frozen=True)
class Profile:
    """What the linker needs to know about one article-level event, computed once."""

    id: str
    article: str
    main: bool
    vector: np.ndarray
    terms: frozenset[str]  # normalised capitalised words, and numbers prefixed with "#"
    type: str | None = None
    day: date | None = None
    day_precise: bool = False
    place: Place | None = None
    published: date | None = None
    actors: frozenset[str] = frozenset()
    figures: tuple[tuple[str, int], ...] = ()
    copies_of: str | None = None
    blocks: tuple[bool, bool] = (False, False)  # which embedding blocks the vector fills (see embed.py)
    addresses: frozenset[tuple[str, int]] = frozenset()  # (street, hundred block) from the name text
    ages: frozenset[int] = frozenset()  # stated ages of people in the name text
    title_terms: frozenset[str] = frozenset()  # the headline's words, lowercased, prefixed with "~"
    language: str | None = None
    title: str | None = None
    body_key: str = ""  # see `body_key`
    full_names: frozenset[str] = frozenset()  # two capitalised words in a row ("Omar Mateen"), prefixed "+"
    people: frozenset[str] = frozenset()  # the full names that start with a given name (see `people`)
    lines: frozenset[str] = frozenset()  # the short lines of the name text (see `short_lines`)
    furniture: bool = False  # a main event whose page body is furniture: its embedding says nothing
    outlet: str | None = None  # the publisher's host (`place_outlets.outlet_host`)
    headline_names: frozenset[str] = frozenset()  # see `headline_names`

    @property
    def far_keys(self) -> frozenset[str]:
        """What a late follow-up can be found by, at any publication gap: the people named, and the street
        address to the block ("@yaupon 188"); a main event's only."""
        blocks = {f"@{street} {block}" for street, block in self.addresses if block >= 0}
        return self.people | frozenset(blocks) if self.main else frozenset()

    @property
    def indexed(self) -> frozenset[str]:
        """Every term the batch's weights count and the rare-term candidates look up."""
        return self.terms | self.title_terms | self.full_names | self.people


@dataclass(frozen=True)
class Linker:
    """Weights over FEATURES, a bias, and the clustering threshold on the linked probability."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    @cached_property
    def _weights(self) -> np.ndarray:
        """The weights as an array, made once: a stream scores dozens of pairs an event."""
        return np.asarray(self.weights, dtype=np.float64)

    def probability(self, features: np.ndarray) -> float:
        z = float(np.dot(self._weights, features)) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_linker() -> Linker:
    """The fitted model bundled in newsweave/data/linker.json."""
    try:
        raw = json.loads(resources.files("newsweave").joinpath("data/linker.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError) as err:
        raise ModelError(f"newsweave/data/linker.json is missing or broken ({err}); reinstall newsweave") from err
    return linker_from_dict(raw)


def linker_from_dict(raw: Mapping[str, object]) -> Linker:
    """A Linker from linker.json's content; features are matched by name, so old files fail loudly."""
    names = raw.get("features")
    weights = raw.get("weights")
    if not isinstance(names, list) or not isinstance(weights, list) or tuple(names) != FEATURES:
        raise ModelError("linker.json does not match this version's features; run scripts/train_linker.py")
    return Linker(tuple(float(w) for w in weights), float(str(raw["bias"])), float(str(raw["threshold"])))


# --- profiles -------------------------------------------------------------------------------------


def profile(
    event: ArticleEvent,
    claims: Sequence[Claim],
    article: Article,
    vector: np.ndarray,
    furniture: bool = False,
    shared: Collection[str] = (),
) -> Profile:
    """The event's profile; `claims` may hold any claims, those of other events are ignored. `furniture`:
    the body is page furniture (`body_key` shared by pages of other headlines), so names come from the
    headline alone. `shared`: short lines that pages of other headlines carry too (a video playlist, a photo
    credit, a station's blurb), left out of the names."""
    own = [c for c in claims if c.event == event.id]
    text = (article.title or "") if furniture and event.main else _name_text(event, article, shared)
    text = without_roles(text, article.language)
    actors = frozenset(_norm(str(c.value)) for c in own if c.field in ACTOR_FIELDS and c.value)
    figures = tuple(sorted(_figures(own).items()))
    return Profile(
        id=event.id, article=article.id, main=event.main, vector=vector, terms=terms(text) | actors,
        type=None if event.type in ("", "other") else event.type, day=_day(event.date),
        day_precise=event.date_precision in (None, "day") and _day(event.date) is not None and
        len(event.date or "") >= 10, place=event.place, published=_day(article.published), actors=actors,
        figures=figures, copies_of=article.copies_of, blocks=filled_blocks(vector),
        addresses=addresses(text, article.language), ages=ages(text, article.language),
        title_terms=title_terms(article.title if event.main else None), language=article.language,
        title=article.title, body_key=body_key(article), full_names=full_names(text),
        people=people(text, article.language), lines=short_lines(article) if event.main else frozenset(),
        furniture=furniture and event.main, outlet=outlet_host(article.url),
        headline_names=headline_names(article.title if event.main else None, text),
    )


def filled_blocks(vector: np.ndarray) -> tuple[bool, bool]:
    """(USE block non-zero, e5 block non-zero): computed once per event, read for every pair."""
    return bool(np.any(vector[:USE_DIM])), bool(np.any(vector[USE_DIM:]))


def body_key(article: Article) -> str:
    """The start of the body: pages of different headlines that share it carry a sign-in form, a cookie or
    newsletter notice or a social-media wrapper instead of the report."""
    return " ".join(article.text[:BODY_KEY_CHARS].split())


def _name_text(event: ArticleEvent, article: Article, shared: Collection[str] = ()) -> str:
    if not event.main and event.sentences:
        return event_text(event, article)
    body = article.text[:NAME_CHARS]
    if shared:
        body = "\n".join(line for line in body.split("\n") if _line_key(line) not in shared)
    return f"{article.title or ''}\n{body}"


def short_lines(article: Article) -> frozenset[str]:
    """The short lines of a page's name text (`_line_key`): a line that pages of other headlines carry too is
    the outlet's furniture (a playlist of its other videos, a photo credit), not the report."""
    keys = (_line_key(line) for line in article.text[:NAME_CHARS].split("\n"))
    return frozenset(k for k in keys if k)


def _line_key(line: str) -> str:
    """The first LINE_KEY characters of a line of two words or more and at most SHORT_LINE characters, spaces
    collapsed ('' for other lines): a playlist's first item ends in a "Pause" button's label the same item
    lower in another page's list does not have."""
    key = " ".join(line.split())
    return key[:LINE_KEY] if " " in key and len(key) <= SHORT_LINE else ""


def terms(text: str) -> frozenset[str]:
    """Capitalised words (names, places, organisations in most scripts) and numbers: what tells events apart."""
    words = {_norm(w) for w in _WORD.findall(text) if w[0].isupper() and len(w) > 1}
    numbers = {"#" + re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}
    return frozenset(words | numbers)


def full_names(text: str) -> frozenset[str]:
    """Two capitalised words in a row: a victim's or a suspect's full name ("Micah Johnson"), which two
    reports of one shooting share and two shootings of one city do not (common pairs such as "Police
    Department" weigh little by their document frequency)."""
    pairs = (m.groups() for m in _FULL_NAME.finditer(text))
    return frozenset(f"+{_norm(a)} {_norm(b)}" for a, b in pairs if a[0].isupper() and b[0].isupper())


def people(text: str, language: str | None = "en") -> frozenset[str]:
    """The full names that start with a given name, of two words the text never writes in lower case and
    the second no place or organisation word ("Gavin Long", not "Just One", "Miami Gardens" or "Jackson
    Memorial"): the victim or the suspect a trial months later names again, where places, hospitals and an
    outlet's own furniture recur across many shootings."""
    lower = {w.lower() for w in _WORD.findall(text) if w.islower()}
    lower |= NOT_SURNAMES.get((language or "en").split("-")[0], frozenset())
    names = given_names()
    found = set()
    for a, b in (m.groups() for m in _FULL_NAME.finditer(text)):
        last = _POSSESSIVE.sub("", b)
        if a[0].isupper() and b[0].isupper() and a.lower() not in lower and last.lower() not in lower:
            if _norm(a) in names:
                found.add(f"+{_norm(a)} {_norm(last)}")
    return frozenset(found)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of the US census tables the `names` package ships (MIT licence), lower case, loaded once.

    US names only: elsewhere fewer full names count as people, and the linker leans on its other evidence."""
    try:
        folder = resources.files("names")
    except ModuleNotFoundError as err:
        raise ModelError("the given-name table (package names) is not installed; reinstall newsweave") from err
    found = set()
    for table in GIVEN_NAME_TABLES:
        for line in (folder / table).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(_norm(line.split()[0]))
    return frozenset(found)


def without_roles(text: str, language: str | None = "en") -> str:
    """`text` with the names of people who tell it (spokespeople, reporters, officials: `ROLE_WORDS`, bylines,
    photo credits) blanked out, offsets kept: a city's police spokeswoman or an outlet's reporter names dozens
    of unrelated shootings, so only the names of those who take part should tie two reports together."""
    rules = _role_rules((language or "en").split("-")[0])
    spans = [span for run in _capitalised_runs(text) for span in _role_span(text, run, rules)]
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start] + " " * (end - start))
        last = end
    return "".join(out) + text[last:]


def _capitalised_runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of capitalised words joined by spaces ("Police Superintendent Garry McCarthy"); a full stop ends a
    run unless the word is short (an abbreviation: "Sgt.", "T.")."""
    run: list[tuple[int, int, str]] = []
    for m in _RUN_WORD.finditer(text):
        word = m.group()
        joined = bool(run) and not text[run[-1][1] : m.start()].strip(" \t") and (
            not run[-1][2].endswith(".") or len(run[-1][2]) <= 4)
        if word[0].isupper() and joined:
            run.append((m.start(), m.end(), word))
            continue
        if run:
            yield run
        run = [(m.start(), m.end(), word)] if word[0].isupper() else []
    if run:
        yield run


def _role_span(
    text: str, run: list[tuple[int, int, str]], rules: tuple[re.Pattern[str], ...]
) -> list[tuple[int, int]]:
    """The part of a run of capitalised words that names someone in a telling role, if any."""
    role, before, after, rank, ranked, speaks = rules
    titled = [k for k, (_, _, word) in enumerate(run) if role.fullmatch(word.rstrip("."))]
    if titled:
        rest = run[titled[-1] + 1 :]
        return [(rest[0][0], rest[-1][1])] if rest else []
    ranks = [k for k, (_, _, word) in enumerate(run) if rank.fullmatch(word.rstrip("."))]
    rest = run[ranks[-1] + 1 :] if ranks else run
    if not rest:
        return []
    start, end = rest[0][0], rest[-1][1]
    if ranks or ranked.search(text, max(0, start - 40), start):
        return [(start, end)] if speaks.match(text, end, end + 60) else []
    if before.search(text, max(0, start - 60), start) or (len(rest) > 1 and after.match(text, end, end + 80)):
        return [(start, end)]
    return []


@lru_cache(maxsize=16)
def _role_rules(language: str) -> tuple[re.Pattern[str], ...]:
    """(a role word, what ends right before a name in a role, what follows one, a rank word, what ends right
    before a ranked name, a speech verb right after a name) for `language`."""
    roles = "|".join(ROLE_WORDS.get(language, ROLE_WORDS["en"]))
    bylines = "|".join(BYLINE_WORDS.get(language, BYLINE_WORDS["en"])) or "(?!)"
    credits = "|".join(CREDIT_WORDS.get(language, CREDIT_WORDS["en"])) or "(?!)"
    flags = re.IGNORECASE
    role = re.compile(rf"(?:{roles})", flags)
    before = re.compile(rf"(?:(?<!\w)(?:{roles})\.?|(?:^|\n)[ \t]*(?:{bylines})[ \t]*:?|(?<!\w)(?:{credits})[ \t]*:)"
                        rf"[ \t]+$", flags)
    after = re.compile(rf"[ \t]*[/|]|,[ \t]+(?:(?!who\b|which\b|that\b|qui\b|que\b)[\w.'’-]+[ \t]+){{0,5}}?"
                       rf"(?:{roles})(?!\w)", flags)
    ranks = "|".join(RANK_WORDS.get(language, RANK_WORDS["en"]))
    verbs = "|".join(table_for(language).speech_verbs + MORE_SPEECH_VERBS.get(language, ()))
    rank = re.compile(rf"(?:{ranks})", flags)
    ranked = re.compile(rf"(?<!\w)(?:{ranks})\.?[ \t]+$", flags)
    speaks = re.compile(rf"[ \t]*,?[ \t]*(?:{verbs})(?!\w)", flags)
    return role, before, after, rank, ranked, speaks


def headline_names(title: str | None, text: str) -> frozenset[str]:
    """The names a headline gives: its capitalised words that the report never writes in lower case
    ("Ryanair", "Qatar", "Homewood"; not a title-case headline's "Killed"). Two stories of one company or one
    city on one day share their body's names; what each headline is about sets them apart."""
    if not title:
        return frozenset()
    lower = {w.lower() for w in _WORD.findall(text) if w.islower()}
    return frozenset(_norm(w) for w in _WORD.findall(title) if w[0].isupper() and len(w) > 1 and w.lower() not in lower)


def title_terms(title: str | None) -> frozenset[str]:
    """The headline's words of three letters or more: when a page's body is a sign-in form or a cookie
    notice, the headline is all a reader has to go on ("toddler", "groin", "dice game")."""
    return frozenset("~" + _norm(w) for w in _WORD.findall(title or "") if len(w) > 2)


def addresses(text: str, language: str | None) -> frozenset[tuple[str, int]]:
    """(street, house number rounded down to the hundred, -1 when none) for each street address found."""
    found = set()
    for pattern, street, number in _address_patterns(language or "en"):
        for m in pattern.finditer(text):
            digits = m.group(number) if number else None
            found.add((_norm(m.group(street)).split(" ")[0], int(digits) // 100 if digits else -1))
    return frozenset(found)


def ages(text: str, language: str | None) -> frozenset[int]:
    """Ages stated in the text, in years."""
    return frozenset(int(m.group(1)) for p in _age_patterns(language or "en") for m in p.finditer(text))


@lru_cache(maxsize=16)
def _address_patterns(language: str) -> tuple[tuple[re.Pattern[str], int, int], ...]:
    rules = ADDRESS_PATTERNS.get(language.split("-")[0], ())
    return tuple((re.compile(p), street, number) for p, street, number in rules)


@lru_cache(maxsize=16)
def _age_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in AGE_PATTERNS.get(language.split("-")[0], ()))


def _norm(name: str) -> str:
    return unidecode(name).lower().strip(" '’-.")


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _figures(claims: Iterable[Claim]) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in claims:
        if c.field in FIGURE_FIELDS and isinstance(c.value, int) and c.group is None:
            out[c.field] = max(out.get(c.field, 0), c.value)
    return out


# --- features -------------------------------------------------------------------------------------


class TermWeights:
    """Inverse document frequencies of terms, updated as events arrive (so a stream can use them too)."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        self._norms: dict[frozenset[str], float] = {}  # valid until the next `add` or `remove` ...
        self._idfs: dict[str, float] = {}  # ... and so are these

    def add(self, profile_terms: Iterable[str]) -> None:
        self.df.update(set(profile_terms))
        self.n += 1
        self._norms.clear()
        self._idfs.clear()

    def remove(self, profile_terms: Iterable[str]) -> None:
        """Forget one event's terms (a stream's expired events), so the counts stay bounded by the window."""
        for term in set(profile_terms):
            left = self.df[term] - 1
            if left > 0:
                self.df[term] = left
            else:
                del self.df[term]
        self.n -= 1
        self._norms.clear()
        self._idfs.clear()

    def idf(self, term: str) -> float:
        """Memoised like the norms: a pair's four overlaps and a stream event's dozens of pairs reread terms."""
        value = self._idfs.get(term)
        if value is None:
            value = self._idfs[term] = math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0
        return value

    def cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = a & b
        if not shared:
            return 0.0
        dot = sum(self.idf(t) ** 2 for t in shared)
        return dot / (self._norm(a) * self._norm(b))

    def _norm(self, bag: frozenset[str]) -> float:
        """Memoised: one event meets dozens of candidates under the same weights."""
        norm = self._norms.get(bag)
        if norm is None:
            norm = self._norms[bag] = math.sqrt(sum(self.idf(t) ** 2 for t in bag))
        return norm


def vetoed(a: Profile, b: Profile, hard: bool = HARD_CONSTRAINTS) -> bool:
    """The hard constraints: never the same happening, whatever the text says."""
    if a.article == b.article:
        return True
    if not hard:
        return False
    if a.day_precise and b.day_precise and a.day and b.day and abs((a.day - b.day).days) > MAX_DAY_GAP:
        return True
    return _far_apart(a.place, b.place)


def _far_apart(a: Place | None, b: Place | None) -> bool:
    """Two towns of different names, more than MAX_KM apart. Regions and countries are too coarse to veto,
    and two places of one name are one place resolved twice (Boston, MA and Boston, UK are rarer than a
    gazetteer's wrong pick)."""
    if a is None or b is None or a.precision != "town" or b.precision != "town" or _norm(a.name) == _norm(b.name):
        return False
    km = place_km(a, b)
    return km is not None and km > MAX_KM


def place_km(a: Place | None, b: Place | None) -> float | None:
    """Distance between two resolved places; None when either is unknown."""
    if a is None or b is None:
        return None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 0.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return _km(a.lat, a.lon, b.lat, b.lon)


@lru_cache(maxsize=65536)
def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float | None:
    """Memoised: a stream compares the same few thousand places again and again."""
    return distance_km(Place(name="", lat=lat1, lon=lon1), Place(name="", lat=lat2, lon=lon2))


def features(a: Profile, b: Profile, weights: TermWeights) -> np.ndarray:
    """The FEATURES of a pair, in order, each scaled to about [0, 1]."""
    comparable = (a.blocks[0] and b.blocks[0]) or (a.blocks[1] and b.blocks[1])
    cosine = float(np.dot(a.vector, b.vector)) if comparable and not (a.furniture or b.furniture) else 0.0
    numbers = len({t for t in a.terms & b.terms if t.startswith("#")})
    km = place_km(a.place, b.place)
    match, clash = _figure_agreement(a.figures, b.figures)
    full = weights.cosine(a.full_names, b.full_names)
    named = weights.cosine(a.people, b.people)
    names_tfidf = weights.cosine(a.terms, b.terms)
    return np.array([
        cosine, 0.0 if comparable else 1.0, names_tfidf, min(numbers, 3) / 3,
        *_gap(a.day, b.day), float(km is not None), float(km is not None and km <= 25.0),
        _log_scale(km or 0.0, 1000.0), *_same(a.type, b.type), *_overlap(a.actors, b.actors), match, clash,
        *_gap(a.published, b.published), float(a.main and b.main), float(a.main != b.main),
        *_shared(a.addresses, b.addresses), *_shared(a.ages, b.ages),
        *_titles(a, b, weights), _agreeing_size(a.figures, b.figures),
        full, named, *_far(a, b, named), names_tfidf if _days_apart(a, b) else 0.0,
        *_same_outlet(a, b, names_tfidf), _headlines_unmet(a, b, weights),
        float(a.outlet is not None and a.outlet == b.outlet and _days_apart(a, b)), *_people_apart(a, b),
        float(_clashes(a, b, clash, km) >= 2), float(_same_day_town(a, b)),
    ], dtype=np.float64)


def _same_day_town(a: Profile, b: Profile) -> bool:
    """Both events dated to one day and resolved to one town (not a region): local news covers a town's day in
    a few reports, which may share few words ("toddler", "2-year-old"); together, day and town say more than
    the date gap and the distance one by one."""
    if not same_day(a, b) or a.place is None or b.place is None or a.place.geonameid is None:
        return False
    return a.place.precision == b.place.precision == "town" and a.place.geonameid == b.place.geonameid


def _people_apart(a: Profile, b: Profile) -> tuple[float, float]:
    """(both name people, and none in common): two reports of one city's week that name different victims
    or suspects tell two shootings, whatever words their templates share."""
    known = bool(a.people) and bool(b.people)
    return float(known), float(known and not a.people & b.people)


def _clashes(a: Profile, b: Profile, figures_clash: float, km: float | None) -> int:
    """How many independent details two reports give differently: the event's day (two days or more apart),
    a toll (off by more than 2x), the stated ages, the street addresses, the town (more than 25 km apart).
    One may be an extraction slip; two rarely are, so the count says "two incidents" more surely than the
    features one by one (the model is additive: alone, it cannot tell two disagreements from one strong one)."""
    ages = bool(a.ages) and bool(b.ages) and not a.ages & b.ages
    streets = bool(a.addresses) and bool(b.addresses) and not a.addresses & b.addresses
    far = km is not None and km > 25.0
    return int(_days_apart(a, b)) + int(figures_clash > 0) + int(ages) + int(streets) + int(far)


def _same_outlet(a: Profile, b: Profile, names: float) -> tuple[float, float]:
    """(one publisher, and then the names' overlap): an outlet tells each shooting of its city in one template
    (its neighbourhoods, its police, its sign-off), so its reports share names whatever they report."""
    if a.outlet is None or a.outlet != b.outlet:
        return 0.0, 0.0
    return 1.0, names


def _headlines_unmet(a: Profile, b: Profile, weights: TermWeights) -> float:
    """The largest weighted share of one headline's names that the other report never mentions (0 unless both
    headlines give names): "Ryanair exercises options on five Boeing 737s" and "Airbus wins Qatar Airways
    order" are two stories of one trade show, "Man killed in Homewood shooting" and "Man sentenced for
    Homewood bar shooting" one. Names are written alike across languages, so this holds across them too."""
    if not a.headline_names or not b.headline_names:
        return 0.0
    return max(_unmet(a.headline_names, b.terms, weights), _unmet(b.headline_names, a.terms, weights))


def _unmet(names: frozenset[str], other: frozenset[str], weights: TermWeights) -> float:
    total = sum(weights.idf(t) ** 2 for t in names)
    return sum(weights.idf(t) ** 2 for t in names - other) / total


def _days_apart(a: Profile, b: Profile) -> bool:
    """Both events dated to the day, two days or more apart: a city's template stories ("16-year-old boy shot
    in North Lawndale") share their words across shootings of different days, so names count less then."""
    return a.day_precise and b.day_precise and a.day is not None and b.day is not None and \
        abs((a.day - b.day).days) >= 2


def _far(a: Profile, b: Profile, named: float) -> tuple[float, float, float]:
    """(published more than FAR_DAYS apart, then the people's names' overlap, and how much further apart, up
    to two years): a trial or a sentencing months later shares the city and the outlet's furniture with many
    shootings, so at that distance the names of the people involved should weigh most, and the more so the
    longer the gap (the model learns how much)."""
    if a.published is None or b.published is None:
        return 0.0, 0.0, 0.0
    gap = abs((a.published - b.published).days)
    if gap <= FAR_DAYS or not _tied(a, b):
        return 0.0, 0.0, 0.0
    return 1.0, named, _log_scale(gap - FAR_DAYS, 730.0)


def same_day(a: Profile, b: Profile) -> bool:
    """Both events are dated to the day, and to the same day."""
    return a.day_precise and b.day_precise and a.day is not None and a.day == b.day


def _tied(a: Profile, b: Profile) -> bool:
    """What makes a pair published weeks apart a candidate late follow-up (`cluster.candidate_pairs`): a
    person's name or a street block both main events give, or the same day both date the event to. Average
    link also scores the pairs no such tie found; for them the follow-up's allowance does not hold."""
    return same_day(a, b) or bool(a.far_keys & b.far_keys)


def _gap(a: date | None, b: date | None) -> tuple[float, float]:
    if a is None or b is None:
        return 0.0, 0.0
    return 1.0, _log_scale(abs((a - b).days), 30.0)


def _log_scale(value: float, top: float) -> float:
    return min(1.0, math.log1p(value) / math.log1p(top))


def _same(a: str | None, b: str | None) -> tuple[float, float]:
    if a is None or b is None:
        return 0.0, 0.0
    return 1.0, float(a == b)


def _overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    return 1.0, len(a & b) / len(a | b)


def _titles(a: Profile, b: Profile, weights: TermWeights) -> tuple[float, float]:
    """(both headlines known and in one language, their weighted word overlap); headlines in two languages
    share no words whatever they report, so they say nothing."""
    if not a.title_terms or not b.title_terms or a.language != b.language:
        return 0.0, 0.0
    return 1.0, weights.cosine(a.title_terms, b.title_terms)


def _shared(a: frozenset[Hashable], b: frozenset[Hashable]) -> tuple[float, float]:
    """(both known, any in common): two reports that both say where or how old, and agree or not."""
    if not a or not b:
        return 0.0, 0.0
    return 1.0, float(bool(a & b))


def _agreeing_size(a: Sequence[tuple[str, int]], b: Sequence[tuple[str, int]]) -> float:
    """The largest figure both give, log-scaled: "49 killed" in two reports names one massacre, "1 killed" fits
    a thousand shootings. Small figures agree exactly, large ones within a tenth ("49" and "50 killed": with
    or without the gunman)."""
    other = dict(b)
    agreeing = [min(value, other[name]) for name, value in a if name in other and _close(value, other[name])]
    return _log_scale(max(agreeing, default=0), 100.0)


def _close(a: int, b: int) -> bool:
    """The same figure as two reports give it: equal, or both ten or more and within a tenth."""
    return a > 0 and b > 0 and (a == b or (min(a, b) >= 10 and max(a, b) <= 1.1 * min(a, b)))


def _figure_agreement(a: Sequence[tuple[str, int]], b: Sequence[tuple[str, int]]) -> tuple[float, float]:
    """(1, 0) when a shared figure agrees within a ratio of 1.5, (0, 1) when one is off by more than 2x."""
    other = dict(b)
    match = clash = 0.0
    for name, value in a:
        if name in other:
            low, high = sorted((value, other[name]))
            ratio = (high + 1) / (low + 1)
            match = max(match, float(ratio <= 1.5))
            clash = max(clash, float(ratio > 2.0))
    return match, clash
