"""Rules as data for `places`: per-language words that are not places, direction phrases, region cues.

Every table is keyed by ISO 639-1 language; `places` falls back to the union of all tables for a
language it does not know. Phrases are written lowercase, as a reader would type them.
"""

from __future__ import annotations

# Capitalised words that collide with some village in GeoNames but are almost never a place in news.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        of date may june april august march friday monday tuesday wednesday thursday saturday sunday police mobile
        reading today tonight yesterday tomorrow the a an and or but he she they we it his her their this that
        these those there here then when where what who why how after before during while since until about
        according also however meanwhile officials official president governor sheriff mayor chief officer
        deputy detective sergeant captain lieutenant judge court county city state street avenue road
        drive lane boulevard highway north south east west northern southern eastern western central new
        old great little upper lower saint fort mount lake river beach park hill hills valley spring springs
        island islands bay harbor port center centre university college school hospital church airport station
        god christmas easter halloween man woman boy girl child children people victim victims suspect
        suspects family home house office department news report reports story video photo update breaking
        live said says told attack attacks army forces troops government ministry minister media television
        radio observatory coalition group union national international world independence liberty victory
        hope faith grace joy unity justice freedom welcome early late day night morning evening week weekend
        month year time man's last first second third next black white red green blue brown gold silver
        orange hunter baker miller carpenter turner cook mason march metro grand gulf
        """.split()
    ),
    "fr": frozenset(
        """
        le la les un une des de du et ou mais il elle ils elles nous on ce cette ces selon après avant
        pendant depuis lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai
        juin juillet août septembre octobre novembre décembre police gendarmerie armée état président
        ministre gouvernement ville province région nord sud est ouest centre aujourd'hui hier demain mobil
        """.split()
    ),
    "es": frozenset(
        """
        el la los las un una unos unas de del y o pero él ella ellos según después antes durante desde lunes
        martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
        septiembre octubre noviembre diciembre policía ejército estado presidente ministro gobierno ciudad
        provincia región norte sur este oeste centro hoy ayer mañana san sol alta
        """.split()
    ),
    "de": frozenset(
        """
        der die das ein eine einer und oder aber er sie es wir nach vor während seit laut montag dienstag
        mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september
        oktober november dezember polizei armee staat präsident minister regierung stadt provinz region norden
        gouverneur bürgermeister kanzler kanzlerin sturm stein wall drug stärke dingen
        länder namen name rest mitte tor küche gerät kitas klar böse
        süden osten westen heute gestern morgen brand
        """.split()
    ),
    "tr": frozenset(
        """
        bir ve ile ama o bu şu göre sonra önce sırasında pazartesi salı çarşamba perşembe cuma cumartesi
        pazar ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık polis ordu devlet
        başkan bakan hükümet kent şehir il bölge kuzey güney doğu batı bugün dün yarın
        türk kara adalet son gül kum
        """.split()
    ),
    "ar": frozenset(
        """
        في من على إلى الى عن مع بعد قبل خلال منذ حسب وفق قال قالت أن ان إن هذا هذه ذلك تلك التي الذي الذين
        أول لأول الأول الاول جديد الجديد كبير الكبير مصدر مصادر وزارة الصحة
        يوم اليوم أمس غدا الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء الخميس شرطة الشرطة الجيش الدولة
        الحكومة رئيس وزير مدينة محافظة ريف شمال جنوب شرق غرب وسط عدد بين كما حيث
        جديدة جديده الجديدة دولة بن سنة خبر الخبر كامل عالية طراز وكيل بأنه عين سلطات يشير منا هزة أمان
        """.split()
    ),
    "it": frozenset(
        """
        il lo la i gli le un una di del della dei e o ma lui lei loro secondo dopo prima durante da lunedì
        martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio
        agosto settembre ottobre novembre dicembre polizia carabinieri esercito stato presidente ministro governo
        città provincia regione nord sud est ovest centro oggi ieri domani tempi amen
        """.split()
    ),
    "pt": frozenset(
        """
        o a os as um uma de do da dos das e ou mas ele ela eles segundo após antes durante desde segunda terça
        quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro outubro
        novembro dezembro polícia exército estado presidente ministro governo cidade província região norte sul
        leste oeste centro hoje ontem amanhã
        """.split()
    ),
    "ru": frozenset(
        """
        в во на и или но он она они по после до во время понедельник вторник среда среду четверг пятница
        пятницу суббота субботу воскресенье января февраля марта апреля мая июня июля августа сентября октября
        ноября декабря полиция полиции армия государство президент министр правительство город области
        регион север юг восток запад центр сегодня вчера завтра мвд мчс
        """.split()
    ),
    "pl": frozenset(
        """
        w we na i lub ale on ona oni według po przed podczas od poniedziałek wtorek środa środę czwartek piątek
        sobota sobotę niedziela niedzielę stycznia lutego marca kwietnia maja czerwca lipca sierpnia września
        października listopada grudnia policja policji wojsko państwo prezydent minister rząd miasto województwo
        region północ południe wschód zachód centrum dziś dzisiaj wczoraj jutro boże tańca soli
        """.split()
    ),
}

# Words of an organisation's name that tie it to the place it names ("Puyallup Police Department").
INSTITUTION_WORDS: frozenset[str] = frozenset(
    """
    police department sheriff sheriff's county city town council hospital university college school airport
    court prison jail office fire municipality municipal province governorate police polizei policía
    hôpital hospital université universidad universität mairie ayuntamiento belediyesi valiliği
    """.split()
)

# Street words after or before a name: "Arlington Avenue" and "rue de Paris" are streets, not towns.
STREET_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("Avenue", "Ave", "Street", "St", "Road", "Rd", "Drive", "Dr", "Boulevard", "Blvd", "Lane", "Ln",
           "Way", "Court", "Ct", "Place", "Pl", "Parkway", "Pkwy", "Highway", "Hwy", "Pike", "Terrace",
           "Circle", "Trail", "Square", "Bridge", "Park", "High School", "Elementary", "Middle School",
           "Apartments", "Mall", "neighborhood", "neighbourhood", "Hospital", "Medical Center"),
    "de": ("Straße", "Strasse", "Allee", "Platz", "Weg", "Brücke"),
    "fr": (),
    "es": (),
    "tr": ("Caddesi", "Sokak", "Sokağı", "Bulvarı", "Meydanı", "Köprüsü"),
    "ar": (),
}  # fmt: skip
STREET_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("rue", "avenue", "boulevard", "place", "quai", "allée", "impasse", "chemin", "route", "pont"),
    "es": ("calle", "avenida", "plaza", "paseo", "carretera", "puente"),
    "de": (),
    "tr": (),
    "ar": ("شارع", "ساحة", "جسر", "طريق"),
    "it": ("via", "viale", "piazza", "corso", "largo", "ponte", "strada"),
    "pt": ("rua", "avenida", "praça", "largo", "estrada", "ponte", "travessa"),
    "ru": ("улица", "улице", "улицы", "проспект", "проспекте", "площадь", "площади", "переулок", "мост"),
    "pl": ("ulica", "ulicy", "ul.", "aleja", "alei", "al.", "plac", "placu", "most", "moście"),
}  # fmt: skip

# A word before a lone name that makes it a street without a street word ("a house on Winthrop near Clarita",
# "traveling on Boston"): a town after it takes a possessive ("on Detroit's west side").
STREET_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("on",),
    "fr": (),
    "es": (),
    "de": (),
    "tr": (),
    "ar": (),
}  # fmt: skip

# A country named as the owner of an organisation is not where something happened: "the US military said",
# "France 24", "l'armée de la France", "ABD ordusu". Words right after (en, tr) or right before the country.
OWNER_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("military", "army", "forces", "troops", "soldiers", "navy", "air force", "officials", "official",
           "government", "administration", "embassy", "consulate", "ambassador", "envoy", "president",
           "authorities", "intelligence", "command", "central command", "state department", "defense",
           "defence", "special forces", "marines", "media", "spokesman", "spokeswoman", "coalition", "led",
           "backed", "24"),
    "fr": ("24",),
    "es": ("24",),
    "de": ("24",),
    "tr": ("ordusu", "askerleri", "hükümeti", "büyükelçiliği", "yetkilileri", "güçleri"),
    "ar": (),
}  # fmt: skip
OWNER_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("armée de", "armée du", "forces de", "gouvernement de", "ambassade de", "ambassade du", "président de",
           "autorités de", "armée des", "ambassade des"),
    "es": ("ejército de", "fuerzas de", "gobierno de", "embajada de", "presidente de", "autoridades de",
           "ejército del", "gobierno del"),
    "de": ("regierung von", "botschaft von", "armee von", "streitkräfte von"),
    "tr": (),
    "ar": ("جيش", "حكومة", "سفارة", "قوات", "رئيس"),
    "it": ("esercito di", "forze di", "governo di", "ambasciata di", "presidente di", "autorità di"),
    "pt": ("exército de", "forças de", "governo de", "embaixada de", "presidente de", "autoridades de"),
    "ru": ("армия", "армии", "правительство", "посольство", "президент", "власти"),
    "pl": ("armia", "armii", "rząd", "rządu", "ambasada", "ambasady", "prezydent", "władze", "władz"),
}  # fmt: skip

# Where a person lives, not where the event happened: "Michael Carter, 23, of Fontaine", "originaire de Lyon".
# English "of" counts only after a person's name or age (see `place_text.residence`).
RESIDENCE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("resident of", "residents of", "native of", "lives in", "lived in", "living in", "who lives in",
           "hometown of", "resides in", "resided in"),
    "fr": ("originaire de", "originaires de", "habitant de", "habitante de", "habitants de", "domicilié à",
           "domiciliée à", "résidant à", "résidente de", "vivant à", "natif de"),
    "es": ("vecino de", "vecina de", "vecinos de", "residente en", "residentes en", "originario de",
           "originaria de", "natural de", "oriundo de", "oriunda de", "que vivía en"),
    "de": ("wohnhaft in", "stammt aus", "stammte aus", "wohnte in", "lebte in"),
    "tr": ("doğumlu", "ikamet eden", "yaşayan"),
    "ar": ("من سكان", "من أهالي", "ابن مدينة", "المقيم في"),
    "it": ("residente a", "residenti a", "originario di", "originaria di", "originari di", "nato a", "nata a",
           "abitante di", "che viveva a"),
    "pt": ("morador de", "moradora de", "moradores de", "residente em", "natural de", "nascido em", "nascida em",
           "que vivia em"),
    "ru": ("житель", "жительница", "жители", "уроженец", "уроженка", "проживающий в", "проживавший в"),
    "pl": ("mieszkaniec", "mieszkanka", "mieszkańcy", "pochodzący z", "pochodząca z", "zamieszkały w",
           "zamieszkała w", "urodzony w", "urodzona w"),
}  # fmt: skip

# What a page appends to its headline before the site's name: "Victim identified - WOWK 13 Charleston".
HEADLINE_SEPARATORS: dict[str, tuple[str, ...]] = {
    "en": ("|", " - ", " – ", " — ", " : ", " :: "),
    "fr": ("|", " - ", " – ", " — ", " :: "),  # "Attentat : trois morts" keeps its colon
    "es": ("|", " - ", " – ", " — ", " :: "),
    "de": ("|", " - ", " – ", " — ", " :: "),
    "tr": ("|", " - ", " – ", " — ", " :: "),
    "ar": ("|", " - ", " – ", " — ", " :: "),
}  # fmt: skip

# A headline's town followed by one of these is where someone lives ("Athens man wounded in drive-by"): the
# scene only when the headline names no other town.
HEADLINE_RESIDENT_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "child",
           "toddler", "baby", "dad", "father", "mom", "mother", "son", "daughter", "couple", "family", "resident",
           "residents", "native", "student", "students", "youth", "teenagers", "children"),
    "fr": ("habitant", "habitante", "habitants", "originaire"),
    "es": ("vecino", "vecina", "vecinos"),
    "de": ("einwohner", "einwohnerin", "bewohner"),
    "tr": ("sakini", "doğumlu"),
    "ar": (),
}  # fmt: skip

# A headline's town followed by one of these names the scene as plainly as "in" does ("Teen Charged In Deadly
# Florida City Shooting" under a "MIAMI (CBSMiami) –" dateline): the dateline is then the newsroom's city.
HEADLINE_SCENE_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("shooting", "shootings", "shootout", "stabbing", "stabbings", "murder", "murders", "homicide",
           "homicides", "slaying", "slayings", "killing", "killings", "standoff", "massacre", "rampage"),
    "fr": (),
    "es": (),
    "de": (),
    "tr": (),
    "ar": (),
}  # fmt: skip

# A headline's name followed by one of these is a county or township ("shot in Burke Co."), not the town.
HEADLINE_COUNTY_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("co.", "co", "county", "township", "twp.", "twp", "parish", "borough"),
    "fr": (),
    "es": (),
    "de": ("kreis", "landkreis"),
    "tr": (),
    "ar": (),
}  # fmt: skip

# Where the wounded were treated or a suspect was held, not where the event happened.
AFTERMATH_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("hospital in", "hospital at", "medical center in", "taken to", "transported to", "airlifted to",
           "flown to", "rushed to", "office in", "jail in", "arrested in", "booked into", "arraigned in",
           "court in", "morgue in", "prison in"),
    "fr": ("hôpital de", "transporté à", "transportée à", "transportés à", "évacué vers", "évacués vers",
           "hospitalisé à", "hospitalisée à", "interpellé à", "arrêté à", "tribunal de"),
    "es": ("hospital de", "trasladado a", "trasladada a", "trasladados a", "hospitalizado en", "detenido en",
           "tribunal de"),
    "de": ("krankenhaus in", "klinik in", "gebracht nach", "festgenommen in", "geflogen nach", "gericht in"),
    "tr": ("hastanesine", "hastanesinde", "kaldırıldı"),
    "ar": ("مستشفى", "نقل إلى", "نقلوا إلى"),
    "it": ("ospedale di", "ospedale a", "trasportato a", "trasportata a", "trasportati a", "ricoverato a",
           "ricoverata a", "ricoverati a", "arrestato a", "tribunale di", "carcere di"),
    "pt": ("hospital de", "hospital em", "levado para", "levada para", "levados para", "transferido para",
           "internado em", "preso em", "tribunal de"),
    "ru": ("больницу", "больнице", "госпитализирован в", "доставлен в", "доставлены в", "задержан в", "суд"),
    "pl": ("szpitala w", "szpitalu w", "przewieziony do", "przewiezieni do", "przetransportowany do",
           "zatrzymany w", "sąd w", "sądu w"),
}  # fmt: skip

# Parts of a town named by their direction ("West Side", "East End"): GeoNames keeps them as other towns' aliases.
AREA_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("west side", "east side", "north side", "south side", "westside", "eastside", "northside",
           "southside", "east end", "west end", "north end", "south end", "downtown", "uptown", "midtown",
           "far south side", "far north side", "near west side", "near north side", "lower east side",
           "northeast", "northwest", "southeast", "southwest"),
    "fr": ("centre ville", "centre-ville", "rive gauche", "rive droite"),
    "es": ("zona norte", "zona sur", "zona oeste", "zona este", "centro histórico"),
    "de": ("innenstadt", "altstadt", "nordstadt", "südstadt", "weststadt", "oststadt"),
    "tr": ("merkez",),
    "ar": ("وسط المدينة",),
}  # fmt: skip

# A town's own services name it: "Murray police", "Cameron Police Chief", "la police de Lyon", "شرطة دمشق".
LOCAL_SERVICE_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("police", "sheriff", "fire department", "fire rescue", "city council", "mayor", "pd"),
    "fr": (),
    "es": (),
    "de": ("polizei", "feuerwehr"),
    "tr": ("emniyet", "valiliği", "belediyesi", "jandarma"),
    "ar": (),
}  # fmt: skip
LOCAL_SERVICE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("police of", "mayor of"),
    "fr": ("police de", "gendarmerie de", "mairie de", "préfecture de", "maire de", "pompiers de"),
    "es": ("policía de", "ayuntamiento de", "alcaldía de", "alcalde de", "bomberos de"),
    "de": ("polizei in", "stadt", "gemeinde", "bürgermeister von"),
    "tr": (),
    "ar": ("شرطة", "بلدية", "محافظ"),
    "it": ("polizia di", "questura di", "comune di", "sindaco di", "prefettura di", "vigili del fuoco di",
           "carabinieri di"),
    "pt": ("polícia de", "prefeitura de", "câmara de", "prefeito de", "bombeiros de"),
    "ru": ("полиция", "мэр", "мэрия", "администрация", "губернатор"),
    "pl": ("policja w", "policji w", "prezydent miasta", "burmistrz", "straż pożarna w", "komenda policji w"),
}  # fmt: skip

# Words an entity may add around a place name and still be that place ("South Los Angeles", "Hama province").
NAME_FRAME_WORDS: frozenset[str] = frozenset(
    """
    the north south east west northern southern eastern western central northeast northwest southeast
    southwest greater downtown upper lower city county province governorate state region district
    nord sud est ouest norte sur este oeste nördlich südlich provinz stadt ville provincia ciudad
    gouvernorat wilaya ili kenti
    """.split()
)

# Words after which a name is a place: "in Stein" is a town, a bare "Stein" a stone (German capitalises nouns).
LOCATIVE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("in", "at", "near", "from", "to", "outside", "around", "across", "into", "toward", "towards",
           "downtown", "suburban", "via", "through"),
    "fr": ("à", "a", "au", "aux", "en", "près", "depuis", "vers", "dans", "sur", "par"),
    "es": ("en", "desde", "a", "al", "hacia", "cerca", "por", "hasta"),
    "de": ("in", "im", "nach", "aus", "bei", "von", "vom", "nahe", "ab", "bis", "über", "um"),
    "tr": (),
    "ar": ("في", "من", "إلى", "الى", "قرب", "نحو", "داخل", "بمدينة", "مدينة", "بلدة", "محافظة"),
    "it": ("a", "ad", "in", "nel", "nella", "da", "dal", "dalla", "presso", "vicino", "verso", "per", "tra", "fra"),
    "pt": ("em", "no", "na", "de", "do", "da", "para", "perto", "junto", "até", "entre"),
    "ru": ("в", "во", "на", "из", "под", "около", "близ", "возле", "у"),
    "pl": ("w", "we", "na", "z", "ze", "do", "pod", "koło", "obok", "niedaleko", "przy"),
    "nl": ("in", "bij", "nabij", "naar", "uit", "vanuit", "te", "rond", "buiten"),
    "uk": ("в", "у", "на", "з", "із", "зі", "під", "біля", "поблизу", "до"),
}  # fmt: skip
ARABIC_LOCATIVE_CLITICS: tuple[str, ...] = ("ب", "وب", "لل")

# Number words open sentences ("Sixteen people were killed"); GeoNames lists some as alternate town names.
NUMBER_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
        thousand thousands dozen dozens
        """.split()
    ),
    "fr": frozenset(
        """
        un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt
        trente quarante cinquante soixante cent cents mille dizaine dizaines centaine centaines
        """.split()
    ),
    "es": frozenset(
        """
        uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis
        veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil decena decenas
        """.split()
    ),
    "de": frozenset(
        """
        eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig
        sechzig hundert tausend dutzend dutzende
        """.split()
    ),
    "tr": frozenset("bir iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli yüz bin düzinelerce".split()),
    "ar": frozenset("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات".split()),
    "it": frozenset(
        "uno una due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento mille decine "
        "centinaia".split()
    ),
    "pt": frozenset(
        "um uma dois duas três quatro cinco seis sete oito nove dez onze doze vinte trinta cem mil dezenas "
        "centenas".split()
    ),
    "ru": frozenset("один два три четыре пять шесть семь восемь девять десять сто тысяча десятки сотни".split()),
    "pl": frozenset(
        "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć sto tysiąc dziesiątki setki "
        "kilkanaście kilkadziesiąt".split()
    ),
}

# Words that are names of other things everywhere ("Corona" is a town in California).
# Continents are not event locations, and GeoNames has villages named after them ("Asia", Philippines).
STOPWORDS_EVERYWHERE: frozenset[str] = frozenset(
    """
    corona covid coronavirus ebola omicron كورونا كوفيد корона korona بكورونا
    google
    asia europe africa oceania antarctica asie afrique océanie europa afrika asien ozeanien
    áfrica oceanía asya avrupa okyanusya آسيا أوروبا أفريقيا إفريقيا
    atlantic pacific caribbean mediterranean atlantique pacifique caraïbes atlántico pacífico caribe
    atlantik pazifik karibik mittelmeer
    """.split()
)

# Articles whose omission still names the same place ("Sukhnah" for "As Sukhnah"); not Spanish "El".
ARTICLES_OF_THE_SAME_NAME: frozenset[str] = frozenset(
    {"al", "as", "ad", "ash", "ar", "an", "at", "az", "adh", "ath", "es"}
)

# Lowercase words allowed inside a multi-word Latin name ("Deir ez-Zor", "Rio de Janeiro").
NAME_PARTICLES: frozenset[str] = frozenset(
    "de del della di da do dos das du des la le les el al as ad ash ar an az ez es et y e of on upon "
    "sur am im an der den bei ob van von zu ul".split()
)

# Articles stripped from the start of a name ("al-Sukhnah" -> "Sukhnah"). Arabic ones are transliteration
# noise; Romance ones only help match a name written without its article.
ARABIC_ARTICLES: tuple[str, ...] = (
    "al", "el", "as", "es", "ad", "ed", "ash", "esh", "ar", "er", "an", "en", "at", "et", "az", "ez", "adh", "ath",
)  # fmt: skip
ARTICLES: tuple[str, ...] = (*ARABIC_ARTICLES, "la", "le", "les", "los", "las", "il", "l")

# Arabic clitics glued before a name: "بحمص" (in Homs), "والسخنة" (and al-Sukhnah).
ARABIC_PREFIXES: tuple[str, ...] = ("وبال", "وال", "بال", "فال", "كال", "لل", "و", "ب", "ل", "ف", "ك")

# Words that mark the next or previous name as an admin-1 region (province, state, governorate).
ADMIN1_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("province of", "governorate of", "state of", "region of"),
    "fr": ("province de", "province d'", "gouvernorat de", "gouvernorat d'", "région de", "état de", "wilaya de"),
    "es": ("provincia de", "gobernación de", "estado de", "región de"),
    "de": ("provinz", "gouvernement", "bundesstaat", "region"),
    "tr": (),
    "ar": ("محافظة", "ولاية", "إقليم", "منطقة", "ريف"),
    "it": ("provincia di", "regione di", "stato di", "governatorato di"),
    "pt": ("província de", "estado de", "região de", "estado do"),
    "ru": ("область", "области", "провинция", "провинции", "регион", "края", "край", "штат", "штата"),
    "pl": ("prowincja", "prowincji", "województwo", "województwie", "obwód", "obwodzie", "stan", "stanie"),
}
ADMIN1_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("province", "governorate", "state", "region"),
    "fr": (),
    "es": (),
    "de": ("provinz",),
    "tr": ("ili", "vilayeti", "eyaleti", "bölgesi"),
    "ar": (),
}

# Words between a direction and a name that are not part of the name ("the city of", "de la ville de").
SETTLEMENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("the city of", "the town of", "the village of", "the province of", "the region of", "the city",
           "the town", "city of", "town of", "village of", "the", "downtown"),
    "fr": ("la ville de", "la ville d'", "la localité de", "la localité d'", "la province de",
           "la province d'", "la région de", "la région d'", "du village de", "la ville", "la", "le", "l'"),
    "es": ("la ciudad de", "la localidad de", "la provincia de", "la región de", "el pueblo de", "la", "el"),
    "de": ("der stadt", "des ortes", "der provinz", "der region", "des dorfes", "der", "des"),
    "tr": (),
    "ar": ("مدينة", "بلدة", "قرية", "منطقة", "محافظة"),
    "it": ("la città di", "il paese di", "il villaggio di", "la provincia di", "la regione di", "la città",
           "la", "il", "l'"),
    "pt": ("a cidade de", "a vila de", "a aldeia de", "a província de", "a região de", "o município de",
           "a cidade", "a", "o"),
    "ru": ("города", "город", "села", "село", "поселка", "посёлка", "деревни"),
    "pl": ("miasta", "miasto", "wsi", "wieś", "miejscowości", "miejscowość"),
}  # fmt: skip

# Relation phrases written before the name, by language: phrase -> English relation.
_COMPASS_EN = {
    "north": "north", "south": "south", "east": "east", "west": "west", "northeast": "northeast",
    "north-east": "northeast", "northwest": "northwest", "north-west": "northwest", "southeast": "southeast",
    "south-east": "southeast", "southwest": "southwest", "south-west": "southwest",
}  # fmt: skip


def _english_before() -> dict[str, str]:
    table = {f"{word} of": f"{canon} of" for word, canon in _COMPASS_EN.items()}
    table.update({f"to the {word} of": f"{canon} of" for word, canon in _COMPASS_EN.items()})
    table.update({f"in the {word} of": f"in the {canon} of" for word, canon in _COMPASS_EN.items()})
    table.update({f"in {word} of": f"in the {canon} of" for word, canon in _COMPASS_EN.items()})
    table.update({f"{word}ern": f"in the {canon} of" for word, canon in _COMPASS_EN.items() if "-" not in word})
    table.update(
        {
            "near": "near",
            "nearby": "near",
            "close to": "near",
            "outside": "outside",
            "outside of": "outside",
            "on the outskirts of": "outskirts of",
            "outskirts of": "outskirts of",
            "in the countryside of": "countryside of",
            "in the desert of": "desert of",
        }
    )
    return table


_FR_DIRS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "nord-est": "northeast",
    "nord-ouest": "northwest", "sud-est": "southeast", "sud-ouest": "southwest",
}  # fmt: skip
_ES_DIRS = {
    "norte": "north", "sur": "south", "este": "east", "oeste": "west", "noreste": "northeast",
    "nordeste": "northeast", "noroeste": "northwest", "sureste": "southeast", "sudeste": "southeast",
    "suroeste": "southwest", "sudoeste": "southwest",
}  # fmt: skip
_DE_DIRS = {
    "nördlich": "north", "südlich": "south", "östlich": "east", "westlich": "west", "nordöstlich": "northeast",
    "nordwestlich": "northwest", "südöstlich": "southeast", "südwestlich": "southwest",
}  # fmt: skip
_AR_DIRS = {
    "شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "شمال شرق": "northeast",
    "شمال غرب": "northwest", "جنوب شرق": "southeast", "جنوب غرب": "southwest", "شمال شرقي": "northeast",
    "شمال غربي": "northwest", "جنوب شرقي": "southeast", "جنوب غربي": "southwest", "شرقي": "east",
    "غربي": "west", "شمالي": "north", "جنوبي": "south",
}  # fmt: skip
_TR_DIRS = {
    "kuzeyinde": "north", "güneyinde": "south", "doğusunda": "east", "batısında": "west",
    "kuzeydoğusunda": "northeast", "kuzeybatısında": "northwest", "güneydoğusunda": "southeast",
    "güneybatısında": "southwest",
}  # fmt: skip


def _french_before() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, canon in _FR_DIRS.items():
        for prep in ("au", "à l'", "dans le", "dans l'"):
            joined = f"{prep}{word}" if prep.endswith("'") else f"{prep} {word}"
            inside = prep.startswith("dans")
            for de in ("de", "d'", "du", "des"):
                table[f"{joined} {de}"] = f"in the {canon} of" if inside else f"{canon} of"
    table.update(
        {
            "près de": "near",
            "près d'": "near",
            "non loin de": "near",
            "aux abords de": "near",
            "à proximité de": "near",
            "en périphérie de": "outskirts of",
            "dans la banlieue de": "outskirts of",
        }
    )
    return table


def _spanish_before() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, canon in _ES_DIRS.items():
        for prep, inside in (("al", False), ("en el", True)):
            for de in ("de", "del"):
                table[f"{prep} {word} {de}"] = f"in the {canon} of" if inside else f"{canon} of"
    table.update(
        {
            "cerca de": "near",
            "cerca del": "near",
            "en las afueras de": "outskirts of",
            "a las afueras de": "outskirts of",
        }
    )
    return table


def _german_before() -> dict[str, str]:
    table = {f"{word} von": f"{canon} of" for word, canon in _DE_DIRS.items()}
    table.update({word: f"{canon} of" for word, canon in _DE_DIRS.items()})
    table.update(
        {
            "nahe": "near",
            "in der nähe von": "near",
            "bei": "near",
            "nahe von": "near",
            "am rande von": "outskirts of",
            "außerhalb von": "outside",
        }
    )
    return table


def _arabic_before() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, canon in _AR_DIRS.items():
        table[word] = f"{canon} of"
        table[f"في {word}"] = f"in the {canon} of"
    table.update(
        {
            "قرب": "near",
            "بالقرب من": "near",
            "قرابة": "near",
            "بمحيط": "near",
            "في محيط": "near",
            "على أطراف": "outskirts of",
            "بريف": "countryside of",
            "في ريف": "countryside of",
        }
    )
    return table


_IT_DIRS = {
    "nord": "north", "sud": "south", "est": "east", "ovest": "west", "nord-est": "northeast", "nordest": "northeast",
    "nord-ovest": "northwest", "nordovest": "northwest", "sud-est": "southeast", "sudest": "southeast",
    "sud-ovest": "southwest", "sudovest": "southwest",
}  # fmt: skip
_PT_DIRS = {
    "norte": "north", "sul": "south", "leste": "east", "este": "east", "oeste": "west", "nordeste": "northeast",
    "noroeste": "northwest", "sudeste": "southeast", "sudoeste": "southwest",
}  # fmt: skip
# Russian and Polish: "к югу от" / "na południe od" (south of), "на юге" / "na południu" (in the south of)
_RU_DIRS = {
    ("северу", "севере"): "north", ("югу", "юге"): "south", ("востоку", "востоке"): "east",
    ("западу", "западе"): "west", ("северо-востоку", "северо-востоке"): "northeast",
    ("северо-западу", "северо-западе"): "northwest", ("юго-востоку", "юго-востоке"): "southeast",
    ("юго-западу", "юго-западе"): "southwest",
}  # fmt: skip
_PL_DIRS = {
    ("północ", "północy"): "north", ("południe", "południu"): "south", ("wschód", "wschodzie"): "east",
    ("zachód", "zachodzie"): "west", ("północny wschód", "północnym wschodzie"): "northeast",
    ("północny zachód", "północnym zachodzie"): "northwest",
    ("południowy wschód", "południowym wschodzie"): "southeast",
    ("południowy zachód", "południowym zachodzie"): "southwest",
}  # fmt: skip


def _italian_before() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, canon in _IT_DIRS.items():
        for de in ("di", "del", "della", "dell'", "dei"):
            table[f"a {word} {de}"] = f"{canon} of"
            table[f"nel {word} {de}"] = f"in the {canon} of"
    table.update(
        {
            "vicino a": "near",
            "nei pressi di": "near",
            "nelle vicinanze di": "near",
            "non lontano da": "near",
            "alla periferia di": "outskirts of",
            "nella periferia di": "outskirts of",
            "alle porte di": "outskirts of",
        }
    )
    return table


def _portuguese_before() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, canon in _PT_DIRS.items():
        for de in ("de", "do", "da", "dos"):
            table[f"ao {word} {de}"] = f"{canon} of"
            table[f"a {word} {de}"] = f"{canon} of"
            table[f"no {word} {de}"] = f"in the {canon} of"
    table.update(
        {
            "perto de": "near",
            "perto do": "near",
            "perto da": "near",
            "próximo a": "near",
            "próximo de": "near",
            "nos arredores de": "outskirts of",
            "na periferia de": "outskirts of",
        }
    )
    return table


def _declined(
    dirs: dict[tuple[str, str], str], towards: str, inside: str, others: dict[str, str]
) -> dict[str, str]:
    """Direction phrases of a language that declines the direction word: "к югу от" (towards, "south of") and
    "на юге" (inside, "in the south of") take two forms of it; `others` adds "near" and "outskirts" phrases."""
    table: dict[str, str] = {}
    for (towards_form, inside_form), canon in dirs.items():
        table[towards.format(towards_form)] = f"{canon} of"
        table[inside.format(inside_form)] = f"in the {canon} of"
    return table | others


def _russian_before() -> dict[str, str]:
    near = ("недалеко от", "неподалеку от", "неподалёку от", "близ", "возле", "около", "в окрестностях")
    outskirts = ("в пригороде", "на окраине")
    others = {w: "near" for w in near} | {w: "outskirts of" for w in outskirts}
    return _declined(_RU_DIRS, "к {} от", "на {}", others)


def _polish_before() -> dict[str, str]:
    near = ("w pobliżu", "niedaleko", "koło", "w okolicach")
    others = {w: "near" for w in near} | {w: "outskirts of" for w in ("na przedmieściach", "na obrzeżach")}
    return _declined(_PL_DIRS, "na {} od", "na {}", others)


_NL_DIRS = {
    "noorden": "north", "zuiden": "south", "oosten": "east", "westen": "west", "noordoosten": "northeast",
    "noordwesten": "northwest", "zuidoosten": "southeast", "zuidwesten": "southwest",
}  # fmt: skip


def _dutch_before() -> dict[str, str]:
    table = {f"ten {word} van": f"{canon} of" for word, canon in _NL_DIRS.items()}
    table.update({f"in het {word} van": f"in the {canon} of" for word, canon in _NL_DIRS.items()})
    table.update({"nabij": "near", "vlakbij": "near", "in de buurt van": "near", "aan de rand van": "outskirts of"})
    return table


RELATIONS_BEFORE: dict[str, dict[str, str]] = {
    "en": _english_before(),
    "fr": _french_before(),
    "es": _spanish_before(),
    "de": _german_before(),
    "ar": _arabic_before(),
    "tr": {},
    "it": _italian_before(),
    "pt": _portuguese_before(),
    "ru": _russian_before(),
    "pl": _polish_before(),
    "nl": _dutch_before(),
}

# Words after a name that make it a settlement ("Azez ilçesinde": in the district of Azez); languages that put
# them before the name list them in SETTLEMENT_WORDS.
SETTLEMENT_AFTER: dict[str, tuple[str, ...]] = {
    "tr": ("ilçesi", "ilçesinde", "ilçesindeki", "kenti", "kentinde", "kentindeki", "şehrinde", "kasabasında",
           "köyünde", "köyündeki", "beldesinde"),
    "en": (),
    "fr": (),
    "es": (),
    "de": (),
    "ar": (),
}  # fmt: skip

# Turkish puts the relation after the name, behind a genitive suffix: "Suhne'nin güneydoğusunda".
RELATIONS_AFTER: dict[str, dict[str, str]] = {
    "tr": {
        **{word: f"{canon} of" for word, canon in _TR_DIRS.items()},
        "yakınlarında": "near", "yakınında": "near", "civarında": "near", "kırsalında": "countryside of",
    },
    "en": {},
    "fr": {},
    "es": {},
    "de": {},
    "ar": {},
}  # fmt: skip

# AP-style and postal abbreviations of US states as datelines write them ("PUYALLUP, Wash.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Oreg.": "OR",
    "Pa.": "PA", "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}  # fmt: skip

# Plural street words after a pair of names: "at Bourbon and Iberville streets" names two streets, not towns.
STREETS_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("streets", "avenues", "roads", "boulevards", "drives", "lanes", "highways", "Streets", "Avenues",
           "Roads", "hospitals"),
    "fr": (),
    "es": (),
    "de": ("Straßen",),
    "tr": ("caddeleri", "sokakları"),
    "ar": (),
}  # fmt: skip

# Words before a crossing of two streets: "the corner of Baltimore and McHenry", "l'angle de la rue".
CROSSING_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("corner of", "intersection of", "intersection at", "corners of", "crossroads of"),
    "fr": ("angle de", "l'angle de", "carrefour de", "croisement de"),
    "es": ("esquina de", "cruce de", "intersección de"),
    "de": ("ecke", "kreuzung"),
    "tr": ("kavşağı",),
    "ar": ("تقاطع",),
}  # fmt: skip

# Titles before a person's name ("Sheriff Lynn Sheffield", "Police Chief Lee Vance"): the names after them are
# people, whatever towns share them. Written as news writes them, capitalised (abbreviations with their period).
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("Sheriff", "Chief", "Officer", "Deputy", "Sgt.", "Sergeant", "Lt.", "Lieutenant", "Capt.", "Captain",
           "Det.", "Detective", "Mayor", "Judge", "Dr.", "Mr.", "Mrs.", "Ms.", "Gov.", "Governor", "Sen.",
           "Senator", "Rep.", "Coach", "Trooper", "Cpl.", "Corporal", "Spc.", "Pvt.", "Prosecutor", "Coroner",
           "Constable", "Marshal", "Pastor", "Rev.", "Reverend", "Commissioner", "Superintendent", "Principal"),
    "fr": ("M.", "Mme", "Mlle", "Me", "Dr", "maire", "préfet", "général", "colonel", "commissaire", "procureur"),
    "es": ("Sr.", "Sra.", "Dr.", "alcalde", "general", "coronel", "comisario", "fiscal", "juez", "jueza"),
    "de": ("Herr", "Frau", "Dr.", "Bürgermeister", "Polizeisprecher", "Staatsanwalt", "Richter", "General"),
    "tr": ("Vali", "Başkan", "Komiser", "Savcı", "Hakim", "Dr."),
    "ar": (),
    "it": ("sig.", "sig.ra", "dott.", "Dr.", "sindaco", "prefetto", "generale", "colonnello", "procuratore"),
    "pt": ("Sr.", "Sra.", "Dr.", "prefeito", "governador", "general", "coronel", "delegado", "promotor"),
    "ru": ("г-н", "г-жа", "губернатор", "мэр", "генерал", "полковник", "прокурор"),
    "pl": ("pan", "pani", "dr", "prezydent", "burmistrz", "wojewoda", "generał", "pułkownik", "prokurator"),
}  # fmt: skip

# Country names that CLDR (babel) does not list but news writes.
EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "Etats-Unis", "EEUU", "EE.UU.",
           "ABD", "أمريكا", "الولايات المتحدة الأمريكية"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Grande-Bretagne",
           "Gran Bretaña", "Großbritannien", "بريطانيا"),
    "CD": ("DRC", "DR Congo", "RDC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "CI": ("Ivory Coast",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "AE": ("UAE", "Emirates"),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
    "PS": ("Palestine", "Palestinian Territories", "فلسطين"),
    "SY": ("سورية",),
    "TR": ("Turkey", "Türkiye", "Turquie", "Turquía", "Türkei", "تركيا"),
    "NL": ("Holland",),
    "VA": ("Vatican",),
}  # fmt: skip

# Languages whose CLDR country names go into the index.
COUNTRY_NAME_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "de", "ar", "tr", "it", "pt", "nl", "ru")

# Generic suffixes of admin-1 names in GeoNames ("Diyarbakır Province", "Kano State").
ADMIN1_SUFFIXES: tuple[str, ...] = (" Province", " Governorate", " State", " Region", " Prefecture")
# Remainders that are not names: "Eastern Province" keeps its suffix.
ADMIN1_KEEP_SUFFIX: frozenset[str] = frozenset(
    "free eastern western northern southern central north south east west upper lower red sea coast capital".split()
)


def for_language(table: dict[str, tuple[str, ...]], language: str) -> tuple[str, ...]:
    """The entries of a per-language table; the union of all languages for one it does not list."""
    if language in table:
        return table[language]
    return tuple(sorted({entry for entries in table.values() for entry in entries}))


# Demonym stems (en, fr, es, de, tr, ar) that frame a story in a country as its name does ("Syrian state TV").
# A word matches when it is a stem plus one of DEMONYM_ENDINGS ("syrienne", "syrischen").
DEMONYMS: dict[str, tuple[str, ...]] = {
    "SY": ("syrian", "syrien", "sirio", "siria", "syrisch", "suriyeli", "سوري"),
    "IQ": ("iraqi", "irakien", "iraqui", "irakisch", "irakli", "عراقي"),
    "AF": ("afghan", "afgano", "afghanisch", "afgan", "افغاني"),
    "UA": ("ukrainian", "ukrainien", "ucraniano", "ukrainisch", "ukraynali", "اوكراني"),
    "RU": ("russian", "russe", "ruso", "rusa", "russisch", "روسي"),
    "IL": ("israeli", "israelien", "israeli", "israelisch", "israilli", "اسرائيلي"),
    "PS": ("palestinian", "palestinien", "palestino", "palastinensisch", "filistinli", "فلسطيني"),
    "LB": ("lebanese", "libanais", "libanes", "libanesisch", "lubnanli", "لبناني"),
    "YE": ("yemeni", "yemenite", "yemeni", "jemenitisch", "yemenli", "يمني"),
    "SD": ("sudanese", "soudanais", "sudanes", "sudanesisch", "sudanli", "سوداني"),
    "SO": ("somali", "somalien", "somalisch", "somalili", "صومالي"),
    "NG": ("nigerian", "nigerian", "nigeriano", "nigerianisch", "nijeryali", "نيجيري"),
    "ML": ("malian", "malien", "maliense", "malisch", "malili"),
    "LY": ("libyan", "libyen", "libio", "libysch", "libyali", "ليبي"),
    "EG": ("egyptian", "egyptien", "egipcio", "agyptisch", "misirli", "مصري"),
    "TR": ("turkish", "turc", "turque", "turco", "turkisch", "تركي"),
    "IR": ("iranian", "iranien", "irani", "iranisch", "iranli", "ايراني"),
    "PK": ("pakistani", "pakistanais", "paquistani", "pakistanisch", "pakistanli", "باكستاني"),
    "MX": ("mexican", "mexicain", "mexicano", "mexikanisch", "meksikali", "مكسيكي"),
    "CO": ("colombian", "colombien", "colombiano", "kolumbianisch", "kolombiyali", "كولومبي"),
    "CD": ("congolese", "congolais", "congoleno", "kongolesisch", "كونغولي"),
    "ET": ("ethiopian", "ethiopien", "etiope", "athiopisch", "etiyopyali", "اثيوبي"),
    "KE": ("kenyan", "kenyan", "keniano", "kenianisch", "kenyali", "كيني"),
    "SA": ("saudi", "saoudien", "saudi", "saudisch", "suudi", "سعودي"),
    "HT": ("haitian", "haitien", "haitiano", "haitianisch", "haitili"),
    "VE": ("venezuelan", "venezuelien", "venezolano", "venezolanisch", "venezuelali", "فنزويلي"),
    "MM": ("burmese", "birman", "birmano", "myanmarisch", "myanmarli"),
    "BF": ("burkinabe",),
    "NE": ("nigerien", "nigerino", "nigrisch", "nijerli"),
    "CF": ("centrafricain", "centroafricano", "zentralafrikanisch"),
}
# Endings a demonym may add to its stem: "syrienNE", "syrischEN", "IraqiS", "السوريه" ("Russell" is no Russian).
DEMONYM_ENDINGS: frozenset[str] = frozenset("s e es n en er em ne nes a as o os ers ه ين ون يه يين".split()) | {""}


# --- round 5: more of what a name is when it is not the scene's town --------------------------------------

# Words after a place that make it where someone served, not where anything happened: "an Iraq war veteran".
SERVICE_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("veteran", "veterans", "vet", "vets", "war veteran", "war veterans", "war vet", "war vets"),
    "fr": (),
    "es": (),
    "de": ("-veteran", "-veteranen", "-kriegsveteran", "-kriegsveteranen"),
    "tr": ("gazisi", "gazileri"),
    "ar": (),
}  # fmt: skip

# A name before one of these is a part of some town ("the West Pullman neighborhood", "quartier" comes before in
# French): not a town of its own, even when the NER calls it a place.
NEIGHBOURHOOD_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("neighborhood", "neighbourhood", "neighborhoods", "subdivision"),
    "fr": (),
    "es": (),
    "de": (),
    "tr": ("mahallesi", "mahallesinde", "mahallesindeki"),
    "ar": (),
}  # fmt: skip
NEIGHBOURHOOD_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("block of", "blocks of", "block of north", "block of south", "block of east", "block of west",
           "block of n.", "block of s.", "block of e.", "block of w."),
    "fr": ("quartier de", "quartier du", "quartier des"),
    "es": ("barrio de", "colonia", "cuadra de"),
    "de": ("stadtteil", "ortsteil"),
    "tr": (),
    "ar": ("حي",),
}  # fmt: skip

# A name before one of these, after "taken to (a)", is where the wounded were treated ("flown to a Memphis
# hospital"), not the scene.
HOSPITAL_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("hospital", "hospitals", "area hospital", "medical center", "trauma center", "jail"),
    "fr": (),
    "es": (),
    "de": (),
    "tr": (),
    "ar": (),
}  # fmt: skip
ARTICLES_BEFORE_A_NOUN: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "the"),
    "fr": ("un", "une", "le", "la", "l'"),
    "es": ("un", "una", "el", "la"),
    "de": ("ein", "eine", "einen", "das", "die", "der", "ins"),
    "tr": ("bir",),
    "ar": (),
}  # fmt: skip

# A capitalised word before "'s" and one of these is a person ("Weston's girlfriend", "Hanna's death").
PERSON_POSSESSED: dict[str, tuple[str, ...]] = {
    "en": ("girlfriend", "boyfriend", "wife", "husband", "mother", "father", "mom", "dad", "son", "daughter",
           "brother", "sister", "cousin", "uncle", "aunt", "grandmother", "grandfather", "nephew", "niece",
           "fiancee", "fiancée", "fiance", "attorney", "lawyer", "funeral", "death", "killer", "shooter",
           "grandson", "granddaughter", "stepfather", "stepmother", "ex-girlfriend", "ex-boyfriend", "ex-wife",
           "ex-husband", "obituary"),
    "fr": (),
    "es": (),
    "de": (),
    "tr": (),
    "ar": (),
}  # fmt: skip

# A name right after one of these is the tail of a longer name the gazetteer lacks ("Mt. Oliver" is no Oliver).
NAME_HEAD_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("mt.", "ft.", "pt.", "mount", "fort", "port", "lake", "camp"),
    "fr": ("mont", "fort", "port", "lac", "camp"),
    "es": ("monte", "fuerte", "puerto", "lago", "campo"),
    "de": ("bad", "sankt", "st."),
    "tr": (),
    "ar": (),
}  # fmt: skip

# A county word written short after a name ("Burke Co.", "JACKSON CO., Fla."): read as the full word.
COUNTY_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "en": {"co": "county", "cnty": "county", "twp": "township"},
    "fr": {"dept": "departement"},
    "es": {"prov": "provincia"},
    "de": {"lkr": "landkreis"},
    "tr": {},
    "ar": {},
}  # fmt: skip

# US region abbreviations that name a place alone, without a town before them ("D.C. police", "Southwest D.C.").
STANDALONE_US_REGIONS: dict[str, str] = {"D.C.": "DC"}

# Short names a city's own press gives it that GeoNames lacks: name -> (country, admin-1 code, town name).
# "KC police", "a KCK man": Kansas City, Missouri and Kansas City, Kansas.
TOWN_NICKNAMES: dict[str, tuple[str, str, str]] = {
    "KC": ("US", "MO", "Kansas City"),
    "KCK": ("US", "KS", "Kansas City"),
}


# Case endings of the last word of a town name -> the nominative ending, tried in order when the written form is
# not in the gazetteer: "Кабуле" -> "Кабул", "Москве" -> "Москва", "Сирии" -> "Сирия", "Warszawie" -> "Warszawa",
# "Krakowie" -> "Kraków", "Bagdadzie" -> "Bagdad", "Kabulu" -> "Kabul", "Doniecka" -> "Donieck".
# Keys are name_key()s (lower case).
CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("е", ""), ("е", "а"), ("а", ""), ("у", ""), ("ом", ""), ("ой", "а"), ("и", "я"), ("и", "ь"), ("ы", "а"),
           ("ью", "ь"), ("ом", "о"), ("е", "й"), ("я", "й")),  # "в Сиднее", "из Шанхая": names in -й
    "uk": (("і", ""), ("і", "а"), ("а", ""), ("у", ""), ("ом", ""), ("ою", "а"),
           ("єві", "їв"), ("єва", "їв"), ("ові", "ів"), ("ова", "ів"),  # "у Києві", "зі Львова": і/о alternate
           ("ї", "й"), ("я", "й")),  # "у Сіднеї", "з Шанхая": names in -й
    "pl": (("owie", "ów"), ("dzie", "d"), ("ii", "ia"), ("ie", "a"), ("ie", ""), ("u", ""), ("y", "a"), ("i", "a"),
           ("em", ""), ("ą", "a"), ("a", "")),
}  # fmt: skip


# Countries whose towns are written natively in the Latin script with one settled spelling: a name the gazetteer
# does not know there ("Snowville", Utah, missing from cities500) is a town it lacks, not a transliteration of
# another ("Swanville", Maine). Sound matching (`places._by_sound`) is for names transliterated from another script
# or spelled many ways (Syria, Iraq, Mali, Afghanistan), so it skips these countries.
SETTLED_SPELLING_COUNTRIES: frozenset[str] = frozenset(
    "US CA GB IE AU NZ FR BE LU NL DE AT CH LI IT SM VA MT ES AD PT DK SE NO FI IS PL CZ SK HU SI HR EE LV LT".split()
)

# A saint's word at the head of a name, short <-> long ("St. Johns County" is "Saint Johns County" in the gazetteer,
# "St. Clair County" is not): name keys (lower case, no periods).
SAINT_SPELLINGS: dict[str, str] = {"st": "saint", "saint": "st", "ste": "sainte", "sainte": "ste"}

# The countries where a language is official or the main language of the press: a report written in it is more
# likely set there, a weak prior among namesakes ("ROMA –" in Italian is Rome by its Italian name, not Roma in
# Lesotho). English is left out: it is written about every country.
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("FR", "BE", "CH", "LU", "MC", "CA", "SN", "ML", "NE", "BF", "CI", "GN", "BJ", "TG", "CM", "TD", "CF", "CG",
           "CD", "GA", "DJ", "KM", "MG", "HT", "MA", "DZ", "TN"),
    "es": ("ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE", "BO", "CL", "AR",
           "UY", "PY", "GQ"),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "it": ("IT", "SM", "VA", "CH"),
    "pt": ("PT", "BR", "AO", "MZ", "GW", "CV", "ST", "TL"),
    "nl": ("NL", "BE", "SR"),
    "ru": ("RU", "BY", "KZ", "KG"),
    "uk": ("UA",),
    "pl": ("PL",),
    "tr": ("TR", "CY"),
    "ar": ("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD",
           "SY", "TN", "AE", "YE"),
}  # fmt: skip

# US cities whose datelines stand alone, without a state (AP style): "CHICAGO (AP) —". Any other bare dateline in a
# local outlet's report is a town of the outlet's own region (a Chicago site's "AUSTIN —" is its West Side).
STANDALONE_DATELINE_CITIES: tuple[str, ...] = (
    "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas", "Denver", "Detroit", "Honolulu",
    "Houston", "Indianapolis", "Las Vegas", "Los Angeles", "Miami", "Milwaukee", "Minneapolis", "New Orleans",
    "New York City", "Oklahoma City", "Philadelphia", "Phoenix", "Pittsburgh", "St. Louis", "Salt Lake City",
    "San Antonio", "San Diego", "San Francisco", "Seattle", "Washington",
)  # fmt: skip

# A town named as the middle of a wider area ("in Atlanta's northeastern suburbs", "the Houston area", "suburban
# Boynton", "Houston-area children", "la banlieue de Lyon"): a frame for the scene, not the scene itself; the event
# ranks it as a region. After the name (a possessive and up to two words may come between: "Atlanta's northeastern
# suburbs"), and before it.
VICINITY_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("area", "suburbs", "suburb", "outskirts", "metro area", "metropolitan area", "region", "vicinity"),
    "fr": (),
    "es": (),
    "de": ("umgebung", "umland"),
    "tr": ("çevresinde", "civarında", "yakınlarında"),
    "ar": (),
}  # fmt: skip
VICINITY_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("suburban", "greater", "outskirts of", "suburbs of", "outside of"),
    "fr": ("banlieue de", "banlieue d'", "région de", "environs de", "agglomération de", "périphérie de"),
    "es": ("afueras de", "periferia de", "área metropolitana de", "alrededores de", "cercanías de"),
    "de": ("großraum", "raum", "umgebung von", "umland von", "nähe von"),
    "tr": (),
    "ar": ("ضواحي", "محيط", "أطراف"),
}  # fmt: skip
