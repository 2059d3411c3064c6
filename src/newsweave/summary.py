"""The words an editor reads first: an event's generated title and its extractive, cited brief.

The brief is 3 to 6 sentences taken verbatim from the reports, never rewritten, so every word can be traced to
an article: sentences that carry the most claims, stated by the most reports, with near-repeats skipped.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence

from newsweave.models import Actor, Article, ArticleEvent, Claim, Figure, LocationField, SummarySentence

MAX_SENTENCES = 6
MIN_SENTENCES = 3
DUPLICATE_JACCARD = 0.5  # token overlap above which a sentence repeats one already chosen
MAX_SENTENCE_CHARS = 500
MIN_SENTENCE_CHARS = 25
MAX_TITLE_CHARS = 110

# How a title names an event type (the taxonomy's leaf types; a known subtype wins), and a figure's verb.
TYPE_NOUNS = {
    "armed_clash": "clashes", "government_regains_territory": "government offensive",
    "non_state_actor_overtakes_territory": "takeover", "chemical_weapon": "chemical attack",
    "air_strike": "air strike", "suicide_bomb": "suicide bombing", "shelling": "shelling",
    "remote_explosive": "bombing", "grenade": "grenade attack", "sexual_violence": "sexual violence",
    "attack": "attack", "abduction": "abduction", "peaceful_protest": "protest", "protest_with_intervention": "protest",
    "excessive_force_against_protesters": "crackdown", "violent_demonstration": "riot", "mob_violence": "mob violence",
    "agreement": "agreement", "arrests": "arrests", "disrupted_weapons_use": "raid", "looting_property_destruction":
    "looting", "earthquake": "earthquake", "flood": "flood", "storm": "storm", "wildfire": "wildfire",
    "landslide": "landslide", "drought": "drought", "volcano": "eruption", "tsunami": "tsunami",
    "extreme_temperature": "heatwave", "air_accident": "plane crash", "rail_accident": "train crash",
    "road_accident": "road crash", "sea_accident": "boat accident", "industrial_accident": "industrial accident",
    "fire": "fire", "structural_collapse": "building collapse", "outbreak": "outbreak", "shooting": "shooting",
    "homicide": "killing", "robbery": "robbery", "organized_crime": "gang violence",
    # subtypes
    "ambush": "ambush", "massacre": "massacre", "drone": "drone strike", "car_bomb": "car bombing",
    "hurricane": "hurricane", "typhoon": "typhoon", "cyclone": "cyclone", "tornado": "tornado",
}
PLURAL_NOUNS = frozenset({"clashes", "arrests"})
FIGURE_VERBS = {"killed": "kill", "injured": "injure", "kidnapped": "abduct"}
PARTICIPLES = {"killed": "killed", "injured": "injured", "kidnapped": "abducted"}
# Types whose noun already names what the figure counts: "Abduction abducts 19" reads "19 civilians abducted".
OWN_FIGURE = {"abduction": "kidnapped", "homicide": "killed"}
GENERIC_VICTIMS = "people"


# --- title --------------------------------------------------------------------------------------------


def make_title(
    type_: str,
    subtype: str | None,
    figures: Sequence[Figure],
    actors: Sequence[Actor],
    location: LocationField | None,
    lede: str | None,
) -> str:
    """ "Islamic State attack kills 53 truffle hunters near As Sukhnah", or the lede when fields are thin."""
    named = subtype if subtype in TYPE_NOUNS else type_  # the type whose noun the title uses
    noun = TYPE_NOUNS.get(named, "")
    perpetrator = next((a.name for a in actors if a.role == "perpetrator"), None)
    subject = " ".join(w for w in (perpetrator, noun) if w)
    figure = next((f for f in figures if f.field in FIGURE_VERBS), None)
    if not noun or (figure is None and location is None):
        return _shorten(lede) if lede else (subject or "Untitled event").capitalize()
    if figure is not None and OWN_FIGURE.get(named) == figure.field:
        words = _own_figure(figure, actors, perpetrator)
    elif figure is not None:
        words = [subject[0].upper() + subject[1:]]
        verb = FIGURE_VERBS[figure.field] + ("" if noun in PLURAL_NOUNS else "s")
        words.append(f"{verb} {_count(figure.best, _victims(actors))}")
    else:
        words = [subject[0].upper() + subject[1:]]
    if location is not None:
        near = "near" if location.relation or location.place.precision == "town" else "in"
        words.append(f"{near} {location.place.name}")
    return _shorten(" ".join(words))


def _own_figure(figure: Figure, actors: Sequence[Actor], perpetrator: str | None) -> list[str]:
    """ "Islamic State abducts 19 civilians", or with no one to blame "19 civilians abducted"."""
    count = _count(figure.best, _victims(actors))
    if perpetrator:
        return [perpetrator[0].upper() + perpetrator[1:], f"{FIGURE_VERBS[figure.field]}s {count}"]
    return [count[0].upper() + count[1:], PARTICIPLES[figure.field]]


def _count(number: int, victims: str) -> str:
    if number != 1:
        return f"{number} {victims}"
    if victims == GENERIC_VICTIMS:
        return "one person"
    return "one " + (victims[:-1] if victims.endswith("s") and not victims.endswith("ss") else victims)


def _victims(actors: Sequence[Actor]) -> str:
    victim = next((a.name for a in actors if a.role == "victim"), None)
    if victim and len(victim.split()) <= 4 and victim[:1].islower():
        return victim
    return GENERIC_VICTIMS


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE_CHARS:
        return text.rstrip(".")
    cut = text[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


# --- brief --------------------------------------------------------------------------------------------


def summarize(
    members: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    support: Mapping[str, frozenset[str]],
    order: Mapping[str, int],
    keys: Mapping[str, Hashable] | None = None,
) -> tuple[SummarySentence, ...]:
    """3 to 6 verbatim sentences, best first, each with its claims and the articles that back it.

    With `keys` (claim id -> what it asserts), a sentence that asserts nothing the chosen ones do not is held
    back: four wordings of "53 were killed" tell an editor less than the date, the parts and who said so. Held
    back sentences fill in only when fewer than MIN_SENTENCES were found.
    """
    candidates = _candidates(members, claims, articles)
    main = {m.article for m in members if m.main}
    scored = sorted(
        candidates.items(),
        key=lambda item: (-_score(item[0], item[1], support, main), order.get(item[0][0], 0), item[0][1][0]),
    )
    chosen: list[SummarySentence] = []
    seen: list[set[str]] = []
    said: set[Hashable] = set()
    held: list[SummarySentence] = []
    for (article_id, span), claim_list in scored:
        text = articles[article_id].text[span[0]:span[1]].strip()
        words = _tokens(text)
        if not MIN_SENTENCE_CHARS <= len(text) <= MAX_SENTENCE_CHARS or _repeats(words, seen):
            continue
        backing = {article_id} | {a for c in claim_list for a in support.get(c.id, ())}
        ordered = tuple(sorted(backing, key=lambda a: order.get(a, 0)))
        sentence = SummarySentence(text, tuple(c.id for c in claim_list), ordered)
        asserts = {keys[c.id] for c in claim_list if c.id in keys} if keys else set()
        seen.append(words)
        if keys is not None and claim_list and asserts <= said:
            held.append(sentence)
            continue
        said |= asserts
        chosen.append(sentence)
        if len(chosen) == MAX_SENTENCES:
            break
    picked = chosen + held[: max(0, MIN_SENTENCES - len(chosen))]
    if len({m.article for m in members}) == 1:
        picked.sort(key=lambda s: _position(s, articles))  # one report: its own order ("the same source")
    return tuple(picked)


def _position(sentence: SummarySentence, articles: Mapping[str, Article]) -> int:
    for article_id in sentence.articles:
        article = articles.get(article_id)
        if article and sentence.text in article.text:
            return article.text.index(sentence.text)
    return 0


def _candidates(
    members: Sequence[ArticleEvent], claims: Sequence[Claim], articles: Mapping[str, Article]
) -> dict[tuple[str, tuple[int, int]], list[Claim]]:
    """Every sentence that carries a claim; the events' own sentences too when claims are few."""
    found: dict[tuple[str, tuple[int, int]], list[Claim]] = {}
    for claim in claims:
        if claim.article in articles:
            found.setdefault((claim.article, claim.span), []).append(claim)
    if len(found) < MIN_SENTENCES:
        for member in members:
            for span in member.sentences:
                if member.article in articles:
                    found.setdefault((member.article, span), [])
    return found


def _score(
    key: tuple[str, tuple[int, int]], claims: Sequence[Claim], support: Mapping[str, frozenset[str]], main: set[str]
) -> float:
    """Facts carried, reports agreeing, and a nudge for the main story's opening."""
    fields = len({c.field for c in claims})
    backing = len({a for c in claims for a in support.get(c.id, ())} - {key[0]})
    lede = 1.0 if key[1][0] < 400 else 0.0
    return 2.0 * fields + 1.5 * backing + (1.0 if key[0] in main else 0.0) + lede


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _repeats(words: set[str], seen: Sequence[set[str]]) -> bool:
    return any(jaccard(words, other) >= DUPLICATE_JACCARD for other in seen)
