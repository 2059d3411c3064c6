"""Dutch cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"«»“”]{2,90})"

TABLE = LanguageTable(
    no_group_after=("mensen", "personen", "anderen", "andere", "zijn"),
    casualty={
        "killed": (
            # "het dodental is opgelopen tot 12": the cue ends right before the count
            r"dodental[^.;]{0,60}? (?:is )?(?:opgelopen|gestegen) tot",
            r"gedood",
            # fatally wounded is a death, not a wound: "raakte dodelijk gewond", "is dodelijk gewond geraakt"
            r"(?:raakten? )?dodelijk (?:gewond|verwond|getroffen)(?: geraakt)?",
            r"doden",
            r"dode",
            r"dood",
            r"omgekomen",
            r"om het leven gekomen",
            r"kwamen om het leven",
            r"kwam om het leven",
            r"kwamen om",
            r"om het leven",  # "kwamen bij een aanval 15 mensen om het leven": the verb stands apart
            r"overleden",
            r"overleed",
            r"stierven",
            r"stierf",
            r"doodgeschoten",
            r"doodgestoken",
            r"vermoord",
            r"lichamen",
            r"slachtoffers",
        ),
        "injured": (r"gewond", r"gewonden", r"gewonde", r"raakten gewond", r"raakte gewond", r"verwond"),
        "kidnapped": (
            r"ontvoerd",
            r"ontvoerde",
            r"gegijzeld",
            r"gijzelaars(?! (?:zijn|werden) (?:vrijgelaten|bevrijd))",  # freed hostages: released
        ),
        "released": (r"vrijgelaten", r"bevrijd"),
        "missing": (r"vermist", r"vermisten", r"worden vermist"),
        "arrested": (r"gearresteerd", r"aangehouden", r"opgepakt", r"arrestaties"),
        "displaced": (r"geëvacueerd", r"ontheemd", r"op de vlucht geslagen", r"dakloos"),
        "affected": (r"getroffen",),
    },
    qualifiers={
        "at_least": (r"minstens", r"ten minste", r"zeker", r"minimaal"),
        "more_than": (r"meer dan", r"ruim"),
        "about": (r"ongeveer", r"zo'n", r"zo’n", r"circa", r"bijna", r"rond de"),
        "at_most": (r"hooguit", r"maximaal"),
        "up_to": (r"tot",),
    },
    stages={
        "initial": (r"aanvankelijk", r"eerste balans", r"voorlopig\w*"),
        "revised": (r"opgelopen tot", r"gestegen tot", r"bijgesteld"),
    },
    groups={
        "soldiers": (r"soldaten", r"militairen", r"troepen"),
        "civilians": (r"burgers", r"inwoners", r"dorpelingen"),
        "children": (r"kinderen", r"minderjarigen"),
        "women": (r"vrouwen",),
        "police": (r"agenten", r"politieagenten", r"politiemensen"),
        "militants": (r"jihadisten", r"strijders", r"opstandelingen", r"rebellen", r"terroristen", r"militieleden"),
    },
    parts=(r"onder wie", r"onder hen", r"waaronder", r"van wie"),
    not_counts_after=(
        # animals are no casualties
        r"(?:apen|honden|katten|paarden|koeien|schapen|geiten|vogels|vissen|varkens|kippen)",
        r"jaar",
        r"jarige",
        r"maanden",
        r"dagen",
        r"uur",
        r"%",
        r"procent",
        r"km",
        r"kilometer",
        r"meter",
        r"keer",
        r"euro",
        r"dieren",  # animals are no casualties
    ),
    not_counts_before=(r"in het jaar", r"sinds", r"op (?:\d+-)?jarige leeftijd"),
    singular_before=(r"(?:werd|is|raakte) (?:\w+ ){0,2}",),
    singular_after=(r"(?:een) ",),
    roles=(r"gelovigen", r"studenten", r"boeren", r"vissers", r"passagiers", r"journalisten", r"demonstranten"),
    activities={r"bidden|baden": "gelovigen"},
    # words telling a lone hurt person apart from the dead of the same report ("also", "another", "survived"): kept
    # injured, not read as the one who died (`event_figures._lone_hurt_is_the_dead`)
    told_apart=(r"ook", r"tweede", r"een andere?", r"overleefde"),
    source_follows=(
        r"volgens",
        r"aldus",
        r"(?:meldt|meldde|melden|zegt|zei|laat weten|liet weten|maakt bekend|maakte bekend)(?! dat)",
    ),
    source_precedes=(),
    # subject first only when a "dat" clause follows ("De politie meldt dat ..."); the inverted "..., meldt de
    # politie" names its speaker after the verb (source_follows)
    speech_verbs=(r"(?:zei|zegt|meldde|meldt|verklaarde|bevestigde|liet weten|maakte bekend)(?= dat)",),
    source_anaphora=(r"dezelfde bron", r"de organisatie", r"het ministerie", r"hij", r"zij"),
    perpetrator={
        "attributed": (rf"toegeschreven aan {_ACTOR}",),
        "claimed": (
            rf"{_ACTOR} (?:heeft|hebben|eiste|eisten) (?:de aanslag |de aanval )?opgeëist",
            rf"opgeëist door {_ACTOR}",
        ),  # fmt: skip
        "blamed": (rf"(?:beschuldigt|beschuldigde|beschuldigen) {_ACTOR} van",),
        "suspected": (rf"vermoedelijke? {_ACTOR}", rf"verdachte (?=jihadist|extremist|terrorist|rebel){_ACTOR}"),
        "stated": (rf"\bdoor (?:de |het |een )?{_ACTOR}",),
    },
    armed_groups=(
        r"Islamitische Staat",
        r"Daesh",
        r"al-Qaida",
        r"Boko Haram",
        r"Taliban",
        r"Hamas",
        r"Hezbollah",
        r"jihadisten",
        r"terroristen",
        r"rebellen",
        r"militie",
        r"gewapende mannen",
        r"schutters?",
    ),
    actor_noise=(r"^(?:de|het|een) ", r" \([^)]*\)", r"^groep ", r"^terreurgroep "),
    new_event=(r"enkele dagen (?:later|eerder)", r"vorig jaar", r"een jaar eerder", r"intussen", r"in \d{4}"),
    back_reference=(r"deze aanslag", r"de aanslag", r"de aanval", r"de schietpartij"),
    event_words=(r"aanslag", r"aanval", r"hinderlaag", r"explosie", r"schietpartij", r"ontvoering", r"operatie"),
    weekdays=(r"maandag", r"dinsdag", r"woensdag", r"donderdag", r"vrijdag", r"zaterdag", r"zondag"),
    actor_stops=(
        "in",
        "op",
        "bij",
        "die",
        "dat",
        "na",
        "voor",
        "tijdens",
        "en",
        "heeft",
        "hebben",
        "is",
        "zijn",
        "met",
    ),
    conjunctions=("en", "of", "maar"),
    asides=(r"voornamelijk", r"vooral", r"merendeels"),
    close_nouns=(r"doden", r"dode", r"lichamen", r"slachtoffers"),
    singular_aux=(r"is", r"werd", r"raakte"),
    clause_words=(r"terwijl", r"toen", r"nadat", r"maar", r"hoewel", r"waarbij"),
    link_labels=(r"lees ook:", r"lees meer:", r"zie ook:"),
    negated_subjects=(r"niemand anders", r"geen van", r"geen andere"),
    negations=(r"niet", r"geen", r"niemand"),
    stamp_words=(r"gepubliceerd", r"bijgewerkt"),
    aftermath=(r"gearresteerd", r"aangehouden", r"rechtszaak", r"rechtbank", r"uitvaart", r"begrafenis"),
    # "de" and "het" are articles here ("De politie meldt dat ..."), not prepositions
    not_speaker_start=("van", "aan", "op", "bij", "voor", "uit", "naar", "met", "door", "om", "dat", "en"),
    # where a source's name ends when no comma does: «Volgens de politie zijn drie mensen gedood»
    source_stops=(
        r"\d+",
        r"zijn",
        r"werd",
        r"werden",
        r"zouden",
        r"zou",
        r"kwamen",
        r"kwam",
        r"vielen",
        r"raakten?",
        r"gedood",
        r"omgekomen",
        r"gewond",
        r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|tientallen|honderden)",
        r"minstens",
        r"ten minste",
        # the finite verb right after the fronted source («Volgens de politie reed de bestuurder te hard»)
        r"(?:is|was|waren|heeft|hebben|had|hadden|wordt|worden|gaat|ging|gingen|kwam|reed|reden|schoot|schoten|stak"
        r"|vond|vonden|viel|moet|moest|kon|kan|zal|lijkt|leek|staat|stond|ligt|lag|zat|zaten|liep|vluchtte|vluchtten)",
    ),
)
