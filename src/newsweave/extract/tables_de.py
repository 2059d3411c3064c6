"""German cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"„“”]{2,90})"

# The auxiliary of a verb bracket whose participle ends the clause far from the count ("Drei Menschen wurden am Dienstag
# bei einem Angriff auf eine Bar in Hanau getötet"): the auxiliary stands for the participle, no negation between
_BRACKET = r"(?:wurden|wurde|sind|ist|waren|war)(?=(?:\s+(?!nicht\b|niemand\b|keine?\b)[^\s.,;:!?]+){2,14}?\s+"
_BRACKET_KILLED = _BRACKET + r"(?:getötet|erschossen|ermordet|umgebracht|ums leben gekommen|tödlich verletzt)(?!\w))"
_BRACKET_INJURED = _BRACKET + r"(?<!tödlich\s)(?:verletzt|verwundet|angeschossen)(?!\w))"

TABLE = LanguageTable(
    no_group_after=("menschen", "personen", "weitere", "andere", "schwer", "wurden"),
    casualty={
        "killed": (
            _BRACKET_KILLED,
            r"getötet",
            r"tot",
            r"tote",
            r"toten",
            r"todesopfer",
            r"starben",
            r"starb",
            r"ums leben",
            r"kamen ums leben",
            r"leichen",
            r"ermordet",
            # shot, stabbed, beaten to death; "tödlich verletzt" (fatally injured) is a death, not an injury
            r"erschossen",
            r"erstochen",
            r"erschlagen",
            r"tödlich verletzt(?:e[nr]?)?",
            r"tödlich (?:verwundet|getroffen)(?:e[nr]?)?",  # fatally wounded, fatally hit
            # "Tödliche Verletzungen erlitt ein Fußgänger", "Ein Mann erlitt tödliche Verletzungen"
            r"tödliche (?:Verletzungen|Schussverletzungen|Stichverletzungen) (?:erlitt|erlitten)",
            r"(?:erlitt|erlitten) (?:dabei )?tödliche (?:Verletzungen|Schussverletzungen|Stichverletzungen)",
            r"tödlich verunglückt(?:e[nr]?)?",
            r"tötete",
            r"töteten",
            r"opfer",
        ),
        "injured": (
            _BRACKET_INJURED,
            r"verletzt",
            r"verletzte",
            r"verletzten",
            r"verwundet",
            r"verwundete",
            r"verwundeten",
        ),
        "kidnapped": (
            r"entführt",
            r"verschleppt",
            r"verschleppte",
            r"verschleppten",
            # freed hostages are released, not kidnapped
            r"geiseln(?! (?:wurden|sind)\b[^.]{0,40}?(?:freigelassen|befreit|freigekommen))",
            r"entführte",
            r"entführten",
        ),
        "released": (r"freigelassen", r"befreit", r"freigekommen"),
        "missing": (r"vermisst", r"vermisste", r"vermissten"),
        "arrested": (r"festgenommen", r"verhaftet", r"inhaftiert", r"in gewahrsam"),
        "displaced": (r"vertrieben", r"geflohen", r"flohen", r"evakuiert", r"obdachlos"),
        "affected": (r"betroffen", r"betroffene"),
    },
    qualifiers={
        "at_least": (r"mindestens", r"wenigstens"),
        "more_than": (r"mehr als", r"über"),
        "about": (r"etwa", r"rund", r"ungefähr", r"fast", r"knapp", r"zirka", r"ca\."),
        "at_most": (r"höchstens",),
        "up_to": (r"bis zu",),
    },
    stages={
        "initial": (r"ersten? angaben", r"vorläufige?n?"),
        "revised": (r"stieg auf", r"korrigiert", r"erhöhte sich auf"),
    },
    groups={
        "soldiers": (r"soldaten", r"soldat", r"militärs?", r"truppen"),
        "civilians": (r"zivilisten", r"zivilistinnen", r"bürger", r"bewohner", r"dorfbewohner"),
        "children": (r"kinder", r"kind", r"minderjährige"),
        "women": (r"frauen",),
        "police": (r"polizisten", r"polizist", r"beamte"),
        "militants": (r"dschihadisten", r"kämpfer", r"extremisten", r"rebellen", r"terroristen", r"aufständische"),
    },
    parts=(r"darunter", r"unter ihnen", r"davon"),
    not_counts_after=(
        # animals are no casualties
        r"(?:Affen|Hunde|Katzen|Pferde|Kühe|Rinder|Schafe|Ziegen|Vögel|Fische|Schweine|Hühner)",
        r"jahre",
        r"jahren",
        r"jährige[rn]?",
        r"monate",
        r"tage",
        r"stunden",
        r"%",
        r"prozent",
        r"km",
        r"kilometer",
        r"meter",
        r"mal",
        r"euro",
        r"uhr",
        r"(?:tote )?tiere",  # animals are no casualties: "mehr als 30 Tiere kamen ums Leben"
        r"kilo(?:gramm)?",
        r"tonnen",
        r"liter",
        r"dollar",  # amounts, not people
        # an epidemic's cases, infections and recoveries are not its dead ("78.546 Infizierte, 1769 Tote")
        r"fälle[n]?",
        r"(?:neu)?infektionen",
        r"(?:neu)?infizierte[n]?",
        r"genesene[n]?",
    ),
    # an age in brackets after a name: "Zusteller bei Kollision mit Radler (12) verletzt"
    age_apposition=((r"\w\s*\(",), (r"\)\w*",)),  # ")Okul": a word may follow with no space
    not_counts_before=(
        r"im jahr",
        r"seit",
        r"im alter von",
        r"(?:autobahn|bundesstraße|landesstraße|kreisstraße|staatsstraße|linie|gleis)",  # "auf der Autobahn 99"
        r"(?:stieg|gestiegen|erhöhte sich|kletterte|geklettert) von",  # "stieg von sieben auf elf": the old toll
    ),
    singular_before=(
        r"(?:wurde|ist) (?:\w+ ){0,2}",
        # "Ein 24-jähriger Mann wurde ... tödlich verletzt": a singular subject before the bracket's auxiliary
        r"(?:^|(?<=[.,;:] )|(?<=\bund ))(?:ein|eine) [\w-]+ (?:[\w-]+ )?(?=$)",
        # "Der 24-jährige Seat-Fahrer wurde ... verletzt": a definite singular (adjective in -e; a plural's is in -en)
        r"(?:^|(?<=[.,;:] )|(?<=\bund ))(?:der|die) [\w-]+e [\w-]+ (?=$)",
    ),
    singular_after=(r"(?:einen|eine|ein) ",),
    roles=(
        r"trüffelsammler",
        r"gläubige",
        r"schüler",
        r"studenten",
        r"bauern",
        r"fischer",
        r"passagiere",
        r"journalisten",
        r"demonstranten",
        r"zivilisten",
    ),
    activities={r"trüffel (?:suchten|sammelten)|trüffelsuche": "trüffelsammler", r"beteten": "gläubige"},
    # links opening a source's clause ("wie die Polizei mitteilte"), and what it gave before its name ("nach Angaben der
    # Polizei")
    # words telling a lone hurt person apart from the dead of the same report ("also", "another", "survived"): kept
    # injured, not read as the one who died (`event_figures._lone_hurt_is_the_dead`)
    told_apart=(r"ebenfalls", r"auch", r"zweite[nrs]?", r"weitere[nrs]?", r"überlebte", r"überlebt"),
    source_leading=(
        ("und", "aber", "wie", "wo", "da", "nachdem", "als"),
        (r"(?:nach\s+)?(?:Angaben|Berichten|Informationen|Aussagen)\s+(?=(?:der|des|von|eines|einer)\s)",),
    ),
    source_follows=(
        r"laut",
        r"nach(?= [\w-]+(?:angaben|informationen)(?!\w))",  # "nach Polizeiangaben"
        r"nach angaben (?:der|des|von)",
        # "wie die Polizei mitteilte", "da die Polizei berichtete", not a comparison ("war wie ein Turm der Kraft"): a
        # speech verb ends the clause
        r"(?:wie|da)(?= (?:die|der|das|ein|eine) [^,.;:]{1,60}?(?:mitteilten?|sagten?|berichteten?|meldeten?|erklärten?"
        r"|bestätigten?|angaben?|schrieben?|hieß)(?!\w))",
        r"unter berufung auf",
    ),
    source_precedes=(
        r"(?<!Berichten)(?<!Angaben) zufolge",
        # a compound names the source: "Polizeiangaben zufolge" (the police)
        r"(?<=\w{3}angaben) zufolge",
        r"(?<=\w{3}berichten) zufolge",
    ),  # "Berichten zufolge" names no one: reportedly
    speech_verbs=(
        r"sagte",
        r"teilte mit",
        r"teilten?",  # "teilte die Polizei mit": the particle closes the clause
        r"meldete",
        r"berichtete",
        r"erklärte",
        r"gab an",
        r"bestätigte",
        r"hieß es",
        r"mitteilte",
        r"mitteilten",
        r"sagten",
        r"berichteten",
        r"erklärten",
        r"bestätigten",
        r"angab",
    ),
    source_anaphora=(r"die gleiche quelle", r"die organisation", r"die ngo", r"sie", r"er"),
    perpetrator={
        "attributed": (
            rf"(?:zugeschrieben|zugerechnet) (?:wird )?(?:der|dem|den) {_ACTOR}",
            rf"{_ACTOR} zugeschrieben",
        ),
        "claimed": (
            rf"{_ACTOR} (?:bekannte|reklamierte) sich",
            rf"{_ACTOR} reklamierte (?:\w+ ){{1,3}}für sich",
            rf"bekannte sich (?!zu ){_ACTOR}",  # "zu dem Anschlag bekannte sich die Hamas"
        ),
        # "machte auf Twitter die Kurdenmiliz YPG dafür verantwortlich": a place or medium first is no actor
        "blamed": (rf"machte(?:n)? (?:(?:auf|in|im|bei|am) [\w-]+ )?{_ACTOR} verantwortlich",),
        # "verdächtige Islamisten" names a group; "den Verdächtigen" (the suspect, a noun) names no one, and neither
        # do "der mutmaßliche Täter", "am mutmaßlichen Tatort" (German capitalises every noun: no name by its case)
        "suspected": (
            rf"mutmaßliche?n? (?=islamist|dschihadist|extremist|terrorist|rebell|miliz|kämpfer|is-|taliban){_ACTOR}",
            rf"verdächtige?n? (?=islamist|dschihadist|extremist|terrorist|rebell|miliz|kämpfer|is-){_ACTOR}",
        ),
        "stated": (rf"\bvon (?:der |dem |den )?{_ACTOR}", rf"\bdurch (?:die |den |das )?{_ACTOR}"),
    },
    armed_groups=(
        r"Islamischer Staat",
        r"Islamischen Staat",
        r"IS",
        r"Daesh",
        r"al-Kaida",
        r"Boko Haram",
        r"Taliban",
        r"Hamas",
        r"Hisbollah",
        r"Huthi(?:-Rebellen)?",
        r"Al-Schabaab",
        r"PKK",
        r"Dschihadisten",
        r"Terroristen",
        r"Terrormiliz",
        r"Rebellen",
        r"Bewaffnete",
        r"Miliz",
    ),
    actor_noise=(
        r"^(?:der|die|das|dem|den|des|ein|eine|einer) ",
        r" \([^)]*\)",
        r"^terrormiliz ",
        r"^miliz ",
        r"^(?:zu|für) .*$",  # "Zu dem Anschlag bekannte sich ...": the deed, not the actor
    ),
    new_event=(
        r"wenige tage (?:nach|zuvor)",
        r"letztes jahr",
        r"im vergangenen jahr",
        r"vergangenes jahr",
        r"im vorjahr",
        r"vor einem jahr",
        r"ein jahr zuvor",
        r"unterdessen",
        r"indes",
        r"in einem anderen fall",
        r"ein ähnlicher angriff",
        r"seitdem",
        r"im \w+ \d{4}",
        r"\d{4}",
    ),
    back_reference=(r"dieser (?:erste )?angriff", r"der angriff", r"die opfer dieses"),
    event_words=(
        r"angriffe?",
        r"anschlag",
        r"hinterhalt",
        r"überfall",
        r"explosion",
        r"schüsse",
        r"einsatz",
        r"entführung",
    ),
    weekdays=(r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag", r"sonntag"),
    actor_stops=(
        "in",
        "im",
        "am",
        "an",
        "bei",
        "nach",
        "vor",
        "und",
        "der",
        "die",
        "das",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "mit",
        "gegen",
        "dafür",
        "für",
        "verübt",
        "getötet",
        "angegriffen",
        "entführt",
        "erschossen",
        "sei",
        "seien",
        "war",
        "ist",
    ),
    conjunctions=("und", "oder", "aber", "sowie"),
    close_nouns=(r"tote", r"toten", r"todesopfer", r"leichen", r"opfer", r"verletzte", r"verletzten"),
    singular_aux=(r"wurde", r"ist", r"hat"),
    clause_words=(r"während", r"als", r"nachdem", r"bevor", r"aber", r"weil"),
    # a link to another story: "Lesen Sie auch: ..."
    link_labels=(r"lesen sie auch:", r"mehr zum thema:", r"auch interessant:", r"siehe auch:"),
    # "ein Vater und seine zwei Kinder": the person named before the count of kin is one more
    one_and_kin_before=(
        r"(?:ein|eine|der|die|sein|seine|ihr|ihre) (?:[\w-]+ ){0,2}?(?:Mann|Frau|Vater|Mutter|Ehemann|Ehefrau|Sohn"
        r"|Tochter|Großmutter|Großvater) und (?:seine|ihre)",
    ),
    # a subject that names nobody: the verb after it counts no one
    negated_subjects=(r"niemand sonst", r"sonst niemand", r"keiner der", r"keine weiteren"),
    negations=(r"nicht", r"kein", r"keine", r"niemand"),
    stamp_words=(r"veröffentlicht", r"aktualisiert", r"stand"),
    # what follows a happening: "am Sonntag festgenommen", "der Prozess beginnt am Freitag"
    aftermath=(r"festgenommen", r"angeklagt", r"prozess", r"gericht", r"beerdigung", r"trauerfeier", r"haftbefehl"),
    # where a source's name ends when no comma does: «Laut Polizei kamen drei Menschen ums Leben»
    source_stops=(
        r"\d+",
        r"starben",
        r"starb",
        r"kamen",
        r"kam",
        r"wurde",
        r"gab es",
        r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|dutzende|hunderte)",
        r"mindestens",
        r"mehr als",
    ),
)
