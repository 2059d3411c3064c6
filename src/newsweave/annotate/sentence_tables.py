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
