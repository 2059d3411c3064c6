"""Reconcile: what the sources together establish about one event, and where they disagree.

A group of article-level events (one per report) becomes one `Event`. The rules follow UCDP and ACLED practice:

- Figures (killed, injured, ...) get UCDP's low / best / high. `low` is the lowest figure any credible claim
  states, an initial count included (ACLED's conservative figure); `high` the highest; `best` the figure most
  reports lead with (a report's first count of more than one victim), then the one most reports state, then
  the latest, then the most sources, attributions and the most exact wording; last, the smaller count. A toll
  in a headline or lede outvotes reports that name one victim alone (a follow-up about one victim).
- Wounded who died: a death toll that rose after the first day's reports moves that many victims out of an
  injured count only those earlier reports give. A lone report of a death, against more reports as recent
  that count the wounded and tell of no death, is doubtful: killed best and low 0, its count the high. So is
  a death no headline or lede tells, against a lede as recent that counts the wounded (a brief's other
  story, a sidebar), and wounded no lede counts, against a lede that counts the dead (a city's day of
  shootings), unless told apart from the dead ("three others were wounded"). A lone wounded victim in a
  deadly event, never told apart from the dead ("another man was wounded", "in stable condition"), is the
  one who died: injured best and low 0.
- A part ("46 civilians", "7 soldiers") is never in conflict with its total; disjoint parts alone imply their
  sum (children and women cut across civilians, so they do not add). A lone victim ("one man was shot") is
  never a side of a conflict.
- A source's own revision (same canonical source, 36 in one report, 53 in a report of a later day) is an
  update: both claims stay, the older is `superseded`. Inside one report a smaller figure is a part or a lone
  victim, never a revision. A figure the text itself calls initial is superseded by any other, non-initial one.
  "Two of them", "4 of the injured" count a part of those already counted: kept as claims, never a group.
- Real disagreements become `conflicts` with the claims on each side: two sources that cannot both be right at
  the same time (53 vs 68 on the same day; a later lower toll), two dates at day precision, two towns more
  than 30 km apart each named by a report that does not name the other, opposite directions from one town,
  two named perpetrators.
- The date most reports back, on or before the first report; of days backed alike the latest (the nearest
  the first report: earlier ones are more often a prior incident or a misread weekday), but of two
  consecutive days the earlier (a night-time event is dated the next morning by some reports), unless the
  later is said with its small hours ("early Saturday morning").
- Copies of one wire story (`Article.copies_of`) count as one report.

Modules: `event` (the Event: date, actors, type, timeline, additions), `figures`, `places`, `context`
(claims' sources and reports), `rules` (the tables, per language), `related` (links between events, run
once over all of them: `relate(events)`).
"""

from __future__ import annotations

from newsweave.reconcile.context import resolve_names
from newsweave.reconcile.event import claim_key, precision_of, reconcile
from newsweave.reconcile.figures import group_of
from newsweave.reconcile.places import compass, name_skeleton, place_key
from newsweave.reconcile.related import relate

__all__ = ["claim_key", "compass", "group_of", "name_skeleton", "place_key", "precision_of", "reconcile",
           "relate", "resolve_names"]
