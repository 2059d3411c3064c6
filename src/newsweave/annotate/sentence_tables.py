"""Sentence rules as data, per language."""

from __future__ import annotations

# Abbreviated titles before a name: a sentence never ends on them ("said Detroit police Sgt. Ray Smith").
TITLES: dict[str, tuple[str, ...]] = {
    "en": ("Lt", "Sgt", "Gen", "Col", "Capt", "Cpl", "Det", "Insp", "Supt", "Cmdr", "Maj", "Rep", "Sen", "Gov",
           "Prof", "Mr", "Mrs", "Ms", "Rev", "Hon", "Lieut", "Sgt. Maj", "Adm", "Atty", "Dep"),
    "fr": ("M", "Mme", "Mgr", "Dr", "Pr", "Me", "Gal", "Col", "Cdt", "Lt"),
    "es": ("Sr", "Sra", "Dr", "Dra", "Gral", "Cnel", "Tte", "Cap", "Lic", "Ing"),
    "de": ("Dr", "Prof", "Hr", "Fr", "Gen", "Oberst", "Kpt"),
}

# Abbreviations a sentence goes on after ("shot at 10 p.m. Saturday in ...", "on Hays Ave. in Mount Oliver"):
# spaCy often cuts after them; the cut is undone when the next piece opens with a weekday or a month name (from
# `time_tables`) or a lower-case word. Matched case-insensitively, without the final full stop.
CONTINUED: dict[str, tuple[str, ...]] = {
    "en": ("a.m", "p.m", "Ave", "Av", "Rd", "Blvd", "St", "Twp", "Hwy", "Pkwy", "Ln", "Ct", "Pl", "Apt", "Ste"),
    "fr": ("av", "bd", "boul"),
    "es": ("a.m", "p.m", "Av", "Avda", "Col"),
    "de": ("Str", "ca", "Nr"),
}
