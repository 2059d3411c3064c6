"""Extract: what one article states, as article-level events and attributed claims.

`extract(article, annotations)` reads the sentences, numbers, dates, places and entities that `annotate`
found and returns the article's events (e0 is the lede's, `main=True`) and one `Claim` per fact, each with
the sentence that carries it (`span`, `quote`), the value's own offsets (`value_span`) and who said it.

How the parts fit (one module each, rules in per-language tables `tables_*.py`):
- `figures`: counts of people tied to the nearest casualty word of their clause; parts of totals carry a
  normalised `group` ("46 civilians and 7 troops" -> civilians 46, soldiers 7);
- `event_figures`: the figures read over the event (people added to a count, a lone hurt victim who is the dead, a
  sentence's parts summed);
- `attribution`: the source of each claim, as the article names it (conventions in that module);
- `sentences`: each sentence read once (figures, dates, sources, happening words) for the steps below;
- `segment`: which happening each sentence is about; `dates` and `date_choice`: when each happened;
- `actors`: perpetrators with their certainty, and the victims' role.
Ids: events f"{article.id}:e{n}", claims f"{article.id}:c{n}", in reading order. Each event gets one `type`
claim (from `newsweave.taxonomy`), at most one `date` and one `location` claim (the most precise place its
sentences name first), its perpetrator/victim claims and its figure claims. Events other than the main one
are kept only when they carry a figure; history without figures gives no event. A lede that sums several
happenings ("in separate shootings across the city") followed by one specific happening's figures becomes an event
of its own. Counts only the title states go to the main event for the fields its text lacks, with the title in
`headline`, span (0, 0) and an empty quote (the contract's quote is text[span]; the title is not in `text`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsweave.annotate.numbers import find_quantities
from newsweave.annotate.times import find_times
from newsweave.extract.actors import perpetrators, victims
from newsweave.extract.attribution import source_at
from newsweave.extract.date_choice import anchor_weekdays, drop_aftermath, fallback_date, text_date
from newsweave.extract.event_figures import event_figures
from newsweave.extract.figures import FigureMention, find_figures, implied_death, implied_hurt, is_single, tells_death
from newsweave.extract.segment import is_roundup, segment
from newsweave.extract.sentences import Sentence, bare_sentences, read_sentences, sentence_cues, within
from newsweave.extract.tables import LanguageTable, compile_any, table_for
from newsweave.models import Annotations, Article, ArticleEvent, Claim, ClaimValue, Place
from newsweave.place_headline import headline_place, with_headline
from newsweave.places import event_place

__all__ = ["extract", "title_figures"]

OPENING = 10  # sentences after a round-up lede searched for one specific happening's figures


def extract(article: Article, annotations: Annotations) -> tuple[tuple[ArticleEvent, ...], tuple[Claim, ...]]:
    """The article's events (main first) and every claim it makes, each claim tied to one event."""
    table = table_for(article.language)
    sentences = read_sentences(article, annotations, table)
    sentences, roundup = _set_roundup_aside(article.text, sentences, article.language or "en")
    cues = [sentence_cues(article.text, s, table) for s in sentences]
    sentences, cues = anchor_weekdays(article.text, sentences, cues, table)
    sentences, cues = drop_aftermath(article.text, sentences, cues, table)
    groups = segment(cues)
    kept = [(k, [sentences[i] for i in members]) for k, members in enumerate(groups)]
    kept = [(k, chosen) for k, chosen in kept if k == 0 or any(s.figures for s in chosen)]
    if roundup is not None:
        kept.append((len(groups), [roundup]))
    types = classify_events([_type_text(article.text, chosen) for _, chosen in kept], article.language or "en")
    builder = _Builder(article, annotations, table)
    for (k, chosen), typed in zip(kept, types, strict=True):
        builder.add_event(chosen, k == 0, typed)
    return tuple(builder.events), tuple(builder.claims)


def _set_roundup_aside(text: str, sentences: list[Sentence], language: str) -> tuple[list[Sentence], Sentence | None]:
    """A lede that sums several happenings ("four killed in separate shootings across the city") followed, within
    `OPENING` sentences, by figures of one specific happening gives its totals to an event of its own: the main
    event is the specific one. The lede itself stays (its date and place still frame the main event)."""
    counted = [s for s in sentences if s.figures]
    if len(counted) < 2 or not is_roundup(text, counted[0].span, language):
        return sentences, None
    first, follow = counted[0], counted[1]
    if follow.index - first.index > OPENING or is_roundup(text, follow.span, language):
        return sentences, None
    sentences = list(sentences)
    sentences[first.index] = replace(first, figures=())
    return sentences, first


def _type_text(text: str, sentences: list[Sentence]) -> str:
    """What the event type is read from: its sentences with figures; with fewer than two, also those naming a
    happening (four in all, reading order); with none of either, its first two sentences."""
    chosen = [s for s in sentences if s.figures]
    if len(chosen) < 2:
        chosen += [s for s in sentences if s.event_word and not s.figures][: 4 - len(chosen)]
    return " ".join(text[s.span[0] : s.span[1]] for s in sorted(chosen or sentences[:2], key=lambda s: s.index))


class _Builder:
    """Numbers events and claims in reading order while they are built."""

    def __init__(self, article: Article, annotations: Annotations, table: LanguageTable) -> None:
        self.article = article
        self.ann = annotations
        self.table = table
        self.events: list[ArticleEvent] = []
        self.claims: list[Claim] = []
        self.main_date: str | None = None

    def claim(self, event: str, field: str, value: ClaimValue, sentence: Sentence, **extra: object) -> str:
        cid = f"{self.article.id}:c{len(self.claims)}"
        a, b = sentence.span
        quote = self.article.text[a:b]
        where = extra.get("value_span")
        source = source_at(sentence.sources, where[0] if isinstance(where, tuple) else None)
        self.claims.append(
            Claim(cid, self.article.id, event, field, value, (a, b), quote, attributed_to=source, **extra)  # type: ignore[arg-type]
        )
        return cid

    def add_event(self, sentences: list[Sentence], main: bool, typed: tuple[str, str | None]) -> None:
        eid = f"{self.article.id}:e{len(self.events)}"
        first = len(self.claims)
        type_, subtype = typed
        anchor = next((s for s in sentences if s.figures), sentences[0] if sentences else None)
        if anchor is not None:
            self.claim(eid, "type", type_, anchor)
        date = self._date(eid, sentences, main)
        place = self._place(eid, sentences, main)
        self._actors(eid, sentences)
        counted = _counted_fields(sentences)
        for e in event_figures(self.article.text, sentences, self.table, self._deadly(sentences, main)):
            f = e.figure
            self.claim(
                eid,
                f.field,
                f.value,
                replace(e.sentence, span=e.span),
                qualifier=f.qualifier,
                group=ONE_PERSON if f.field in counted and is_single(f) else f.group,
                low=f.low,
                high=f.high,
                value_span=f.value_span,
            )
        if main:
            self._title_figures(eid, first)
            self._implied_death(eid, first, sentences)
            self._implied_hurt(eid, first, sentences)
        ids = tuple(c.id for c in self.claims[first:])
        self.events.append(
            ArticleEvent(
                eid,
                self.article.id,
                main,
                type_,
                subtype,
                date[0] if date else None,
                date[1] if date else None,
                place,
                ids,
                tuple(s.span for s in sentences),
            )
        )

    def _deadly(self, sentences: list[Sentence], main: bool) -> bool:
        """A death the event's sentences name with no count, or (main event) its headline tells of."""
        text = self.article.text
        if any(implied_death(text, s.span, self.table) for s in sentences):
            return True
        title = (self.article.title or "").strip()
        if not main or not title:
            return False
        language = self.article.language or "en"
        found = title_figures(title, language, self.article.published, self.table)
        return any(f.field == "killed" for f in found) or implied_death(title, (0, len(title)), self.table) is not None

    def _title_figures(self, eid: str, first: int) -> None:
        """Counts only the headline gives ("4 dead, 2 injured in ..."), for the fields the text's own main event
        lacks: never over the text's. Such a claim carries the title in `headline`, with the empty span (0, 0),
        an empty quote and no `value_span`, since the title is not in `text`."""
        title = (self.article.title or "").strip()
        if not title:
            return
        have = {c.field for c in self.claims[first:]}
        found = title_figures(title, self.article.language or "en", self.article.published, self.table)
        for f in found:
            if f.field in have or f.field == "injured" and not self._title_injured(title, f, found, have):
                continue
            cid = f"{self.article.id}:c{len(self.claims)}"
            self.claims.append(
                Claim(
                    cid,
                    self.article.id,
                    eid,
                    f.field,
                    f.value,
                    (0, 0),
                    "",
                    qualifier=f.qualifier,
                    group=f.group,
                    low=f.low,
                    high=f.high,
                    headline=title,
                )  # fmt: skip
            )

    def _implied_death(self, eid: str, first: int, sentences: list[Sentence]) -> None:
        """With no dead counted by the text or the headline, a death the event's sentences or the headline name
        ("a fatal shooting", "her son's shooting death") is at least one killed, a murder-suicide two
        (`figures.implied_death`)."""
        if any(c.field == "killed" for c in self.claims[first:]):
            return
        for s in sentences:
            if f := implied_death(self.article.text, s.span, self.table):
                self.claim(eid, "killed", f.value, s, qualifier=f.qualifier, value_span=f.value_span)
                return
        title = (self.article.title or "").strip()
        if title and (f := implied_death(title, (0, len(title)), self.table)):
            cid = f"{self.article.id}:c{len(self.claims)}"
            self.claims.append(Claim(cid, self.article.id, eid, "killed", f.value, (0, 0), "", qualifier=f.qualifier,
                                     headline=title))  # fmt: skip

    def _implied_hurt(self, eid: str, first: int, sentences: list[Sentence]) -> None:
        """With nobody counted, in a report whose text and headline tell of no death, a person told hit or hurt
        ("was struck ... and taken to a hospital") is at least one injured (`figures.implied_hurt`)."""
        title = (self.article.title or "").strip()
        text = self.article.text
        counted = any(c.field in ("killed", "injured") for c in self.claims[first:])
        if counted or tells_death(text, self.table) or tells_death(title, self.table):
            return
        for s in sentences:
            if f := implied_hurt(text, s.span, self.table):
                self.claim(eid, "injured", 1, s, qualifier=f.qualifier, value_span=f.value_span)
                return
        if title and (f := implied_hurt(title, (0, len(title)), self.table)):
            cid = f"{self.article.id}:c{len(self.claims)}"
            self.claims.append(Claim(cid, self.article.id, eid, "injured", 1, (0, 0), "", qualifier=f.qualifier,
                                     headline=title))  # fmt: skip

    def _title_injured(self, title: str, wounded: FigureMention, found: list[FigureMention], have: set[str]) -> bool:
        """A headline's wounded count stands when written as a number beside its own count of dead ("1 dead, 5
        injured"); else it may be the victim who died ("Teen shot ..." over a text that counts one dead, "Teen
        dead from gunshot wound", "girl dies after being wounded")."""
        if any(f.field == "killed" for f in found) and wounded.value_span != wounded.cue_span:
            return True
        return "killed" not in have and not compile_any(self.table.casualty["killed"]).search(title)

    def _date(self, eid: str, sentences: list[Sentence], main: bool) -> tuple[str, str] | None:
        t = text_date(self.article, self.ann, self.table, sentences, self.main_date, main)
        if t is None:  # the text does not date it: the main event gets a day it names, else the publication day
            return fallback_date(self.article, self.ann, self.table) if main else None
        holder = next((s for s in sentences if t in s.times), None) or next(
            s for s in bare_sentences(self.article, self.ann) if within(t.span, s.span)
        )
        self.claim(eid, "date", t.value, holder, value_span=t.span)
        if main:
            self.main_date = t.value
        return t.value, t.precision

    def _place(self, eid: str, sentences: list[Sentence], main: bool = False) -> Place | None:
        """The event's place (`newsweave.places.event_place`): the most precise its sentences name, first in
        reading order, skipping where people live and places outside the article's own region. The main
        event whose sentences name no place takes the article's (its dateline, or its home region's town)."""
        mentions = [(s, p) for s in sentences for p in self.ann.places if s.span[0] <= p.span[0] < s.span[1]]
        if not mentions and main:
            every = bare_sentences(self.article, self.ann)
            mentions = [(s, p) for s in every for p in self.ann.places if within(p.span, s.span)]
        language = self.article.language or "en"
        chosen = event_place(
            self.article.text, [p for _, p in mentions], self.ann.places, self.ann.entities, language, main
        )
        if main:  # the headline's town ("Man shot in Dexter") over a county, a state or a town named in passing
            headline = headline_place(
                self.article.title, self.article.text, self.ann.places, language, self.ann.home, self.ann.entities
            )
            chosen = with_headline(chosen, headline, self.article.text, self.ann.places, self.article.title, language)
            if chosen is not None and chosen is headline:
                cid = f"{self.article.id}:c{len(self.claims)}"
                self.claims.append(Claim(cid, self.article.id, eid, "location", chosen.place, (0, 0), "",
                                         relation=chosen.relation, headline=self.article.title))  # fmt: skip
                return chosen.place
        if chosen is None:
            return None
        holders = [s for s, p in mentions if p is chosen] or [
            s for s in bare_sentences(self.article, self.ann) if within(chosen.span, s.span)
        ]  # a dateline outside the event's sentences
        if not holders:
            return None
        s = holders[0]
        self.claim(eid, "location", chosen.place, s, relation=chosen.relation, value_span=chosen.span)
        return chosen.place

    def _actors(self, eid: str, sentences: list[Sentence]) -> None:
        seen: set[tuple[str, str]] = set()
        text = self.article.text
        for s in sentences:
            described = bool(s.figures or s.event_word)
            found = [
                a
                for a in perpetrators(text, s.span, self.table)
                if described or a.certainty != "stated" or a.names_the_act
            ]
            if s.figures:
                found += victims(text, s.span, self.table)
            for a in found:
                if (a.role, a.name.lower()) in seen:
                    continue
                seen.add((a.role, a.name.lower()))
                self.claim(eid, a.role, a.name, s, certainty=a.certainty, value_span=a.span)


ONE_PERSON = "one person"  # the group of a person told one by one in an event whose text counts that field


NEAR_COUNT = 4  # sentences from the first person told one by one to the count that takes that person in


def _counted_fields(sentences: list[Sentence]) -> set[str]:
    """Fields an event's text counts with a written number close to the first person it tells one by one ("A woman
    died at the scene. (...) All four people died from gunshot wounds"): that person is one of those counted, a
    part, not a toll of one. A count far on is most often another story's (a city's weekend, a year's statistics)."""
    fields = set()
    for field in {f.field for s in sentences for f in s.figures}:
        single = next(
            (i for i, s in enumerate(sentences) if any(f.field == field and is_single(f) for f in s.figures)), None
        )
        counts = [
            i
            for i, s in enumerate(sentences)
            if any(f.field == field and f.group is None and not is_single(f) for f in s.figures)
        ]
        if single is not None and counts and counts[0] - single <= NEAR_COUNT:
            fields.add(field)
    return fields


def title_figures(title: str, language: str, published: str | None, table: LanguageTable) -> list[FigureMention]:
    """The counts of people a headline states, read as one sentence with the same tables as the text."""
    day = _day(published)
    quantities = find_quantities(title, language)
    times = find_times(title, language, day, None)
    return find_figures(title, (0, len(title)), quantities, times, table)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published.strip()[:10]) if published else None
    except ValueError:
        return None


def classify_events(texts: list[str], language: str) -> list[tuple[str, str | None]]:
    """Event types from the taxonomy stage, one batch per article; "other" when that stage is not installed."""
    try:
        from newsweave.taxonomy import classify_many
    except ImportError:
        return [("other", None) for _ in texts]
    return [(type_, subtype) for type_, subtype, _ in classify_many(texts, [language] * len(texts))]
