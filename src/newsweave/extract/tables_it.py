"""Italian cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"«»“”]{2,90})"
# words after which an article still belongs to a source's name: prepositions, the cues and speech verbs before it
_IN_NAME_AFTER = (
    "secondo", "a", "di", "da", "in", "su", "per", "con", "tra", "e", "detto", "riferito", "dichiarato", "annunciato",
    "affermato", "precisato", "spiegato", "confermato", "noto", "comunicato", "riportato", "sapere", "riferisce",
    "dichiara", "annuncia", "afferma", "precisa", "spiega", "conferma", "riporta", "riferiscono", "riportano", "scrive",
    "citando", "quanto", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri", "oggi",
)  # fmt: skip
# a new noun phrase after a source's name opens the clause told: "Secondo la polizia il conducente era ubriaco"
_NEW_PHRASE = "".join(rf"(?<!\b{w} )" for w in _IN_NAME_AFTER) + r"(?<=\w )(?:il|lo|la|i|gli|le|un|uno|una)(?= \w)"

TABLE = LanguageTable(
    no_group_after=("persone", "altri", "altre", "sono"),
    casualty={
        "killed": (
            # "il bilancio delle vittime è salito a 12": the cue ends right before the count
            r"bilancio (?:delle vittime|dei morti)?[^.;]{0,80}? (?:è )?(?:salito|sale|aggiornato)(?: da [\w.]+)? a",
            r"uccis[oiae]",
            # fatally wounded is a death, not a wound: "ferito mortalmente", "ferita a morte"
            r"ferit[oiae] (?:mortalmente|a morte)",
            r"mortalmente ferit[oiae]",
            r"mort[oiae]",
            r"decedut[oiae]",
            r"deceduto",
            r"hanno perso la vita",
            r"ha perso la vita",
            r"perso la vita",
            r"vittime",
            r"cadaveri",
            r"corpi",
            r"morendo",
            r"muoiono",
            r"muore",
            r"uccidendo",
            r"sono morti",
            r"sono morte",
            r"ammazzat[oiae]",
            r"freddat[oiae]",
            r"giustiziat[oiae]",
        ),
        "injured": (r"ferit[oiae]", r"ferendo", r"ricoverat[oiae]", r"contus[oiae]"),
        "kidnapped": (
            r"rapit[oiae]",
            r"sequestrat[oiae]",
            r"ostaggi(?! (?:sono stati |sono state )?(?:liberat|rilasciat))",  # freed hostages: released
            r"presi in ostaggio",
            r"prese in ostaggio",
        ),
        "released": (r"liberat[oiae]", r"rilasciat[oiae]"),
        "missing": (r"dispers[oiae]", r"scompars[oiae]"),
        "arrested": (r"arrestat[oiae]", r"fermat[oiae]", r"detenut[oiae]", r"in manette"),
        "displaced": (r"sfollat[oiae]", r"evacuat[oiae]", r"senzatetto", r"sono fuggit[ie]"),
        "affected": (r"sinistrat[oiae]",),  # people hit by a disaster; not "colpito": also "shot"
    },
    qualifiers={
        "at_least": (r"almeno", r"non meno di", r"come minimo"),
        "more_than": (r"più di", r"oltre"),
        "about": (r"circa", r"quasi", r"intorno a", r"approssimativamente", r"un centinaio di"),
        "at_most": (r"al massimo", r"non più di"),
        "up_to": (r"fino a",),
    },
    stages={
        "initial": (r"iniziale", r"inizialmente", r"provvisorio", r"primo bilancio", r"bilancio provvisorio"),
        "revised": (r"rivist[oa]", r"salito a", r"aggiornato", r"nuovo bilancio", r"si è aggravato"),
    },
    groups={
        "soldiers": (r"soldati", r"militari", r"truppe"),
        "civilians": (r"civili", r"cittadini", r"abitanti", r"residenti"),
        "children": (r"bambini", r"bambine", r"minori", r"ragazzi"),
        "women": (r"donne",),
        "police": (r"poliziotti", r"agenti", r"carabinieri"),
        "militants": (
            r"jihadisti",
            r"combattenti",
            r"insorti",
            r"ribelli",
            r"terroristi",
            r"miliziani",
            r"assalitori",
        ),
    },
    parts=(r"tra cui", r"fra cui", r"tra loro", r"tra questi", r"di cui", r"compresi", r"incluse?", r"inclusi"),
    not_counts_after=(
        # animals are no casualties
        r"(?:animali|scimmie|cani|gatti|cavalli|mucche|pecore|capre|uccelli|pesci|maiali|galline)",
        # an epidemic's cases and recoveries are not its dead ("4.636 casi e 197 morti")
        r"casi\b",
        r"contagi\b",
        r"infezioni\b",
        r"positivi\b",
        r"guariti\b",
        r"guarite\b",
        r"chili\b",
        r"chilogrammi\b",
        r"tonnellate\b",
        r"anni",
        r"anno",
        r"mesi",
        r"giorni",
        r"ore",
        r"%",
        r"per cento",
        r"km",
        r"chilometri",
        r"metri",
        r"volte",
        r"euro",
        r"dollari",
    ),
    not_counts_before=(
        r"di età",
        r"età di",
        r"nel",
        r"dal",
        r"dalle",
        r"alle",
        r"(?:passat[oa]|salit[oa]|aumentat[oa]|cresciut[oa]) da",  # "è salito da sette a undici": the old toll
    ),
    singular_before=(r"(?:è stat[oa]|è|era stat[oa]|è rimast[oa]) (?:\w+ ){0,2}",),
    singular_after=(r"(?:un|una|uno) ",),
    roles=(
        r"cercatori di tartufi",
        r"fedeli",
        r"studenti",
        r"contadini",
        r"agricoltori",
        r"pescatori",
        r"passeggeri",
        r"giornalisti",
        r"manifestanti",
        r"civili",
    ),
    activities={r"cerc\w+ (?:i )?tartufi|raccogl\w+ (?:i )?tartufi": "cercatori di tartufi", r"preg\w+": "fedeli"},
    # links opening a source's clause ("mentre la polizia ha detto"): no part of its name
    # words telling a lone hurt person apart from the dead of the same report ("also", "another", "survived"): kept
    # injured, not read as the one who died (`event_figures._lone_hurt_is_the_dead`)
    told_apart=(r"anche", r"pure", r"un altro", r"un['’]altra", r"sopravvissut[oa]", r"è sopravvissut[oa]"),
    source_leading=(("mentre", "ma", "quando"), ()),
    source_follows=(
        # "secondo cui" (according to which) names no one, nor does a bare "secondo quanto riferito," (reportedly); a
        # source after "secondo quanto" is read by the longer cues below
        r"secondo(?! cui\b| quanto\b)",
        # the object pronoun first, the source after its verb: "Lo ha reso noto la questura", "L'ha confermato il
        # sindaco"
        r"(?:lo|l['’]) ?(?:ha|hanno|aveva|avevano) (?:detto|riferito|dichiarato|annunciato|affermato|precisato|spiegato"
        r"|confermato|reso noto|comunicato|riportato|fatto sapere)",
        r"lo (?:rende|rendono) noto",
        r"lo (?:riferisce|riferiscono|riporta|riportano|comunica|comunicano|annuncia|conferma|fa sapere|fanno sapere)",
        r"stando a",
        r"(?:stando a|secondo) quanto (?:riporta|riferisce|scrive|riferiscono|riportano)",  # the medium after
        r"a detta di",
        r"citando",
        r"come riferito da",
        r"secondo quanto (?:riferito|riportato|detto|appreso) (?:da|dal|dalla|dai|dalle)",
    ),
    source_precedes=(),
    speech_verbs=(
        r"(?:ha|hanno|aveva|avevano) (?:detto|riferito|dichiarato|annunciato|affermato|precisato|spiegato|"
        r"confermato|reso noto|comunicato|riportato|fatto sapere)",
        r"riferisce",
        r"dichiara",
        r"annuncia",
        r"afferma",
        r"precisa",
        r"spiega",
        r"conferma",
        r"riporta",
        r"fa sapere",
        r"fanno sapere",
        r"riferiscono",
        r"(?:rende|rendono) noto",
    ),
    source_anaphora=(
        r"la stessa fonte",
        r"l'ONG",
        r"l’ONG",
        r"l'organizzazione",
        r"il comunicato",
        r"lei",
        r"lui",
    ),
    perpetrator={
        "attributed": (rf"attribuit[oa] (?:a|al|alla|ai|agli|alle) {_ACTOR}",),
        "claimed": (
            rf"rivendicat[oa] (?:(?:dallo|dalla|dagli|dalle|dal|dai|da) |dall['’]){_ACTOR}",
            rf"{_ACTOR} (?:ha|hanno) rivendicato",
        ),
        # "ha incolpato l'Iran per l'attacco"; not "accusato di omicidio" (charged with a crime)
        "blamed": (
            rf"(?:accusat[oiae]|accusa|incolpat[oiae]|incolpa) (?:l['’])?{_ACTOR} (?:per|di|del|dell['’]|della) ?"
            r"(?:l['’])?(?:attacco|attentato|strage|massacro|esplosione|uccisione|agguato)",
        ),
        "suspected": (rf"sospetti {_ACTOR}", rf"presunt[oiae] {_ACTOR}"),
        "stated": (rf"\bda (?:un |una |alcuni |uomini )?{_ACTOR}", rf"\b(?:dallo|dalla|dagli|dalle|dal|dai) {_ACTOR}"),
    },
    armed_groups=(
        r"Stato islamico",
        r"Isis",
        r"Daesh",
        r"al-Qaeda",
        r"al Qaeda",
        r"Boko Haram",
        r"al-Shabaab",
        r"Hamas",
        r"Hezbollah",
        r"houthi",
        r"talebani",
        r"jihadisti",
        r"terroristi",
        r"ribelli",
        r"miliziani",
        r"uomini armati",
        r"gruppo armato",
        r"banditi",
        r"mafia",
        r"'ndrangheta",
        r"camorra",
    ),
    actor_noise=(
        r"^parte (?:di|del|dello|della|dei|degli|delle) ",  # "da parte di miliziani"
        r"^(?:dozzine|decine|centinaia|migliaia) di ",
        r"^(?:il|lo|la|i|gli|le|un|uno|una|dei|degli|delle) ",
        r"^l['’]",
        r" \([^)]*\)",
        r"^gruppo ",
        r" gruppo$",
    ),
    new_event=(
        r"alcuni giorni (?:dopo|prima)",
        r"lo scorso anno",
        r"l'anno scorso",
        r"un anno prima",
        r"nel frattempo",
        r"in un altro (?:episodio|incidente|attacco)",
        r"un attacco simile",
        r"da allora",
        r"nel \d{4}",
    ),
    back_reference=(r"quest[oa] (?:primo )?attacco", r"l'attacco", r"l’attacco", r"l'attentato", r"le vittime di"),
    event_words=(
        r"attacchi",
        r"attacco",
        r"assalto",
        r"agguato",
        r"imboscata",
        r"attentato",
        r"esplosione",
        r"sparatoria",
        r"operazione",
        r"rapimento",
        r"sequestro",
    ),
    weekdays=(r"lunedì", r"martedì", r"mercoledì", r"giovedì", r"venerdì", r"sabato", r"domenica"),
    actor_stops=(
        "in",
        "a",
        "al",
        "nel",
        "nella",
        "che",
        "durante",
        "dopo",
        "prima",
        "vicino",
        "e",
        "ha",
        "hanno",
        "è",
        "sono",
        "per",
        "contro",
        "con",
    ),
    conjunctions=("e", "o", "ma", "ed"),
    asides=(r"per lo più", r"in maggioranza", r"per la maggior parte"),
    close_nouns=(r"mort[oi]", r"corpi", r"cadaveri", r"vittime"),  # not "feriti": also a participle
    singular_aux=(r"è", r"ha", r"era"),
    clause_words=(
        r"mentre",
        r"quando",
        r"dopo che",
        r"prima che",
        r"ma",
        r"sebbene",
        r"anche se",
        r"in cui",
        r"nei quali",
    ),
    link_labels=(r"leggi anche:", r"leggi anche", r"potrebbe interessarti:", r"vedi anche:"),
    one_and_kin_before=(
        r"(?:un|una|il|la|suo|sua) (?:[\w-]+ ){0,2}?(?:uomo|donna|padre|madre|marito|moglie|figlio|figlia|nonna"
        r"|nonno) e (?:i suoi|le sue|i loro|le loro)",
    ),
    negated_subjects=(r"nessun altro", r"nessun'altra", r"nessuno de(?:i|gli|lle)"),
    negations=(r"non", r"nessun", r"nessuno", r"nessuna"),
    stamp_words=(r"pubblicato", r"aggiornato", r"modificato"),
    # "tre dei feriti", "due di loro": a part of the people already counted
    partitive_after=(
        r"di (?:loro|essi|esse)",
        r"(?:dei|degli|delle|tra i|fra i) (?:[\w-]+ ){0,2}?(?:feriti|ferite|vittime|"
        r"persone|passeggeri)",
    ),
    aftermath=(
        r"arrestat[oiae]", r"fermat[oiae]", r"processo", r"tribunale", r"udienza", r"funerali", r"esequie",
        r"indagat[oiae]",
    ),
    # where a source's name ends when no comma does: «Secondo fonti locali tre persone sono morte»
    source_stops=(
        r"\d+",
        r"sono",
        r"è",
        r"sarebbero",
        r"sarebbe",
        r"hanno",
        r"mort[oiae]",
        r"uccis[oiae]",
        r"ferit[oiae]",
        r"che",
        r"(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|decine|centinaia)",
        r"almeno",
        r"oltre",
        _NEW_PHRASE,
        # how it was said, after the speaker: "ha detto la polizia in una dichiarazione pubblicata online"
        r"in (?:una|un) (?:dichiarazione|nota|comunicato|conferenza stampa|intervista|post)",
    ),
    # words that open no speaker: "Lo ha reso noto la questura", "Stando a quanto riporta il Corriere"
    not_speaker_start=("lo", "quanto", "stando a quanto", "come", "che", "di", "da", r"l$"),  # "L'ha confermato X"
)
