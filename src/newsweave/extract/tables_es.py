"""Spanish cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"«»“”]{2,90})"

TABLE = LanguageTable(
    no_group_after=("personas", "otros", "otras", "han", "más"),
    casualty={
        "killed": (
            # "el número de muertos por la explosión ... ascendió a nueve": the cue ends right before the count
            r"(?:número|cifra) (?:de|del|de los) (?:muertos?|fallecidos?|víctimas mortales)[^.;]{0,120}?"
            r" (?:ascendió|aumentó|subió|se elevó|se levantó|pasó)(?: de [\w.]+)? a",  # "subió de siete a once"
            # fatally wounded is a death, not a wound: "herido de muerte", "resultó muerto", "mortalmente herida"
            r"(?:herid|lesionad)[oa]s? (?:de muerte|mortalmente)",
            r"mortalmente (?:herid|lesionad)[oa]s?",
            r"result(?:ó|aron) muert[oa]s?",
            r"muertos?",
            r"muertas?",
            r"(?:la|las) muertes? de",  # "causó la muerte de 16 personas" (not "31 muertes de 2011")
            r"murieron",
            r"murió",
            r"fallecidos?",
            r"fallecieron",
            r"asesinad[oa]s?",
            r"vidas",
            r"cadáveres",
            r"cuerpos",
            r"víctimas mortales",
            r"perdieron la vida",
            r"mataron",
            r"matando",
            r"balance",
        ),
        "injured": (r"heridos?", r"heridas?", r"hiriendo", r"lesionad[oa]s?", r"hospitalizad[oa]s?"),
        "kidnapped": (
            r"secuestrad[oa]s?",
            r"raptad[oa]s?",
            r"rehenes(?! (?:fueron |han sido )?(?:liberad|puest))",
            r"secuestrando",
        ),
        "released": (r"liberad[oa]s?", r"puest[oa]s? en libertad"),
        "missing": (r"desaparecid[oa]s?",),
        "arrested": (r"detenid[oa]s?", r"arrestad[oa]s?", r"capturad[oa]s?"),
        "displaced": (r"desplazad[oa]s?", r"huyeron", r"evacuad[oa]s?", r"damnificad[oa]s?"),
        "affected": (r"afectad[oa]s?",),
    },
    qualifiers={
        "at_least": (r"al menos", r"por lo menos"),
        "more_than": (r"más de",),
        "about": (r"unos", r"unas", r"alrededor de", r"cerca de", r"casi", r"aproximadamente"),
        "at_most": (r"como máximo",),
        "up_to": (r"hasta",),
    },
    stages={
        "initial": (r"inicial", r"inicialmente", r"preliminar", r"primer balance"),
        "revised": (r"revisad[oa]", r"ascendió a", r"elevó", r"nuevo balance"),
    },
    groups={
        "soldiers": (r"soldados?", r"militares", r"tropas"),
        "civilians": (r"civiles", r"civil", r"ciudadanos", r"vecinos"),
        "children": (r"niños", r"niñas", r"menores"),
        "women": (r"mujeres",),
        "police": (r"policías?", r"agentes", r"guardias civiles"),
        "militants": (
            r"yihadistas?",
            r"combatientes",
            r"insurgentes",
            r"rebeldes",
            r"terroristas",
            r"guerrilleros",
            r"milicianos",
        ),
    },
    parts=(r"entre ellos", r"entre ellas", r"incluidos", r"incluidas", r"de los cuales", r"de ellos"),
    not_counts_after=(
        # animals are no casualties: "al menos 30 monos fallecieron"
        r"(?:monos|simios|perros|gatos|caballos|vacas|ovejas|cabras|aves|pájaros|peces|cerdos|reses|gallinas)",
        r"años",
        r"meses",
        r"días",
        r"horas",
        r"%",
        r"por ciento",
        r"km",
        r"kilómetros",
        r"metros",
        r"veces",
        r"dólares",
        r"euros",
        r"animales",  # animals are no casualties
        r"kilos",
        r"kilogramos",
        r"gramos",
        r"toneladas",
        r"litros",
        r"pesos",  # amounts, not people
        # cases, infections, recoveries: an epidemic's counts are not its dead ("7.711 casos y 170 muertos")
        r"casos",
        r"contagios",
        r"positivos",
        r"recuperad[oa]s",
        r"(?:se )?(?:han |ha )?(?:curado|recuperado|contagiado)s?\b",
    ),
    not_counts_before=(
        r"de edad",
        r"en",
        r"desde",
        r"(?:levantó|elevó|aumentó|subió|ascendió|pasó|creció|pasando) de",  # "subió de siete a once": the old toll
    ),
    # "fue asesinado", and a singular relative subject: "un usuario ..., quien murió en el lugar"
    singular_before=(
        r"(?:fue|ha sido|resultó) (?:\w+ ){0,2}",
        r"quien ",
        r"(?:^|(?<=[.,;:] )|(?<=\by ))(?:un|una) [\w-]+ (?:[\w-]+ )?",  # "Un hombre murió baleado": a singular subject
    ),
    singular_after=(r"(?:a )?(?:un|una) ",),
    roles=(
        r"buscadores de trufas",
        r"fieles",
        r"estudiantes",
        r"campesinos",
        r"agricultores",
        r"pescadores",
        r"pasajeros",
        r"periodistas",
        r"manifestantes",
        r"civiles",
    ),
    activities={r"buscando trufas|recog\w+ trufas": "buscadores de trufas", r"rezando": "fieles"},
    # links opening a source's clause ("y la policía informó"): no part of its name
    # words telling a lone hurt person apart from the dead of the same report ("also", "another", "survived"): kept
    # injured, not read as the one who died (`event_figures._lone_hurt_is_the_dead`)
    told_apart=(r"también", r"otr[oa]", r"segund[oa]", r"sobrevivió", r"sobreviviente"),
    source_leading=(("mientras", "y", "pero", "donde", "cuando"), ()),
    source_follows=(
        r"según(?! (?:el|la|lo|los|las) cual(?:es)?\b)",  # "según la cual" names no one
        r"de acuerdo con",
        r"de acuerdo a",
        r"citando a",
        r"según (?:inform|dij|indic|señal|confirm|precis)(?:ó|o|aron|eron)",  # "según informaron fuentes"
    ),
    source_precedes=(),
    speech_verbs=(
        # with a clitic before the verb: "X le dijo a Wafa que ..." (the one told follows)
        r"(?:le|les) (?:dijo|dijeron|informó|informaron|confirmó|confirmaron|señaló|indicó|aseguró|explicó)",
        # the present in headlines: "Tres heridos en un tiroteo, dice la policía"
        r"dice",
        r"dicen",
        r"afirma",
        r"informa",
        r"asegura",
        r"señala",
        r"dijeron",
        r"informaron",
        r"señalaron",
        r"indicaron",
        r"anunciaron",
        r"afirmaron",
        r"confirm(?:ó|aron)",
        r"dijo",
        r"informó",
        r"señaló",
        r"indicó",
        r"anunció",
        r"afirmó",
        r"declaró",
        r"precisó",
        r"explicó",
        r"reportó",
        r"aseguró",
        # compound tenses: "El gobierno regional había informado de 12 muertos"
        r"(?:ha|había|han|habían) "
        r"(?:dicho|informado|señalado|indicado|anunciado|afirmado|confirmado|declarado|precisado)",
    ),
    source_anaphora=(
        r"la misma fuente",
        r"la ONG",
        r"el comunicado",
        r"la organización",
        r"el organismo",
        r"la institución",
        r"ella",
        r"él",
    ),
    perpetrator={
        "attributed": (rf"atribuid[oa] (?:a|al) {_ACTOR}",),
        "claimed": (rf"reivindicad[oa] por {_ACTOR}", rf"{_ACTOR} reivindicó"),
        "blamed": (rf"culp(?:ó|aron|an) (?:a|al) {_ACTOR}",),
        "suspected": (rf"presuntos? {_ACTOR}", rf"sospechos[oa]s? de ser {_ACTOR}"),
        "stated": (rf"\bpor (?:el |la |los |las )?{_ACTOR}",),
    },
    armed_groups=(
        r"Estado Islámico",
        r"EI",
        r"Daesh",
        r"al Qaeda",
        r"Boko Haram",
        r"talibanes",
        r"yihadistas?",
        r"terroristas",
        r"rebeldes",
        r"guerrilla",
        r"FARC",
        r"ELN",
        r"Sendero Luminoso",
        r"Clan del Golfo",
        r"cártel(?: de| del)? \w+",
        r"disidencias?(?: de las FARC)?",
        r"Hamás",
        r"Hezbolá",
        r"hutíes",
        r"Al Shabab",
        r"sicarios",
        r"hombres armados",
        r"grupo armado",
    ),
    actor_noise=(r"^(?:el|la|los|las|un|una|unos) ", r" \([^)]*\)", r"^grupo ", r" grupo$"),
    new_event=(
        r"unos días (?:después|antes)",
        r"el año pasado",
        r"un año antes",
        r"mientras tanto",
        r"por otra parte",
        r"en otro incidente",
        r"otra operación",
        r"un ataque similar",
        r"desde entonces",
        r"en \d{4}",
    ),
    back_reference=(r"este (?:primer )?ataque", r"el ataque", r"la operación", r"las víctimas de este"),
    event_words=(
        r"ataques?",
        r"asalto",
        r"emboscada",
        r"atentado",
        r"explosión",
        r"tiroteo",
        r"operación",
        r"secuestro",
    ),
    weekdays=(r"lunes", r"martes", r"miércoles", r"jueves", r"viernes", r"sábado", r"domingo"),
    actor_stops=(
        "en",
        "a",
        "al",
        "que",
        "quien",
        "durante",
        "tras",
        "cerca",
        "y",
        "ha",
        "han",
        "fue",
        "para",
        "contra",
        "con",
    ),
    conjunctions=("y", "o", "pero", "e"),
    asides=(r"en su mayoría", r"la mayoría"),
    close_nouns=(r"muertos?", r"cuerpos", r"vidas", r"balance", r"víctimas?"),  # not "heridos": also a participle
    singular_aux=(r"fue", r"ha", r"es"),
    clause_words=(r"mientras", r"cuando", r"después", r"antes", r"pero", r"aunque"),
    # a link to another story: "Lea también: ..."
    link_labels=(r"lea también:", r"le puede interesar:", r"más información:", r"te puede interesar:"),
    # "un padre y sus dos hijos": the person named before the count of kin is one more
    one_and_kin_before=(
        r"(?:un|una|el|la|su) (?:[\w-]+ ){0,2}?(?:hombre|mujer|padre|madre|esposo|esposa|marido|hijo|hija|abuela"
        r"|abuelo) y (?:sus)",
    ),
    # a subject that names nobody: the verb after it counts no one
    negated_subjects=(r"nadie más", r"ningún otro", r"ninguna otra", r"ninguno de"),
    negations=(r"no", r"ningún", r"ninguna", r"nadie"),
    stamp_words=(r"publicado", r"actualizado"),
    # what follows a happening: "detenido el domingo", "una audiencia el viernes" date the aftermath
    aftermath=(
        r"detenid[oa]s?",
        r"arrestad[oa]s?",
        r"imputad[oa]s?",
        r"juicio",
        r"tribunal",
        r"audiencia",
        r"funeral(?:es)?",
        r"sepelio",
        r"velorio",
    ),
    # where a source's name ends when no comma does: «Según fuentes policiales tres personas murieron»
    source_stops=(
        r"\d+",
        r"murieron",
        r"murió",
        r"fallecieron",
        r"falleció",
        r"fueron",
        r"resultaron",
        r"resultó",
        r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|decenas|cientos)",
        r"al menos",
        r"más de",
    ),
)
