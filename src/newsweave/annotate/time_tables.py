"""Time words per language, as data: month and weekday names, relative words, "last"/"next" markers.

`times.py` builds its patterns from these tables; add a language by adding its entries here.
Keys are lower case; matching is case-insensitive. Languages without an entry fall back to English.
"""

from __future__ import annotations

# Month names and common abbreviations -> month number.
MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "fr": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "juil": 7, "sept": 9, "oct": 10,
        "nov": 11, "déc": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12, "jan": 1,
        "feb": 2, "okt": 10, "dez": 12,
    },
    "ar": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
        "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
        "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
        "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    },
    "tr": {
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
        "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    "nl": {
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    "ru": {
        "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3, "апрель": 4, "апреля": 4,
        "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7, "июля": 7, "август": 8, "августа": 8,
        "сентябрь": 9, "сентября": 9, "октябрь": 10, "октября": 10, "ноябрь": 11, "ноября": 11,
        "декабрь": 12, "декабря": 12, "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6,
        "июле": 7, "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
    },
    "pl": {
        "styczeń": 1, "stycznia": 1, "styczniu": 1, "luty": 2, "lutego": 2, "lutym": 2, "marzec": 3, "marca": 3,
        "marcu": 3, "kwiecień": 4, "kwietnia": 4, "kwietniu": 4, "maj": 5, "maja": 5, "maju": 5, "czerwiec": 6,
        "czerwca": 6, "czerwcu": 6, "lipiec": 7, "lipca": 7, "lipcu": 7, "sierpień": 8, "sierpnia": 8,
        "sierpniu": 8, "wrzesień": 9, "września": 9, "wrześniu": 9, "październik": 10, "października": 10,
        "październiku": 10, "listopad": 11, "listopada": 11, "listopadzie": 11, "grudzień": 12, "grudnia": 12,
        "grudniu": 12,
    },
    "uk": {
        "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
        "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12, "січень": 1, "лютий": 2,
        "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7, "серпень": 8, "вересень": 9,
        "жовтень": 10, "листопад": 11, "грудень": 12,
    },
}

# Month names that are also common words: they count only next to a day number or a year.
AMBIGUOUS_MONTHS: dict[str, frozenset[str]] = {
    "en": frozenset({"may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "apr", "feb"}),
    "fr": frozenset({"mars", "mai"}),
    "tr": frozenset({"ekim", "mart", "ocak"}),
    "ar": frozenset({"آب", "اب", "أيار"}),
    "de": frozenset({"jan", "feb", "okt", "dez"}),
    "pl": frozenset({"maj", "maja", "listopad"}),  # "Maja" is a name, "listopad" a falling of leaves
}

# Languages that capitalise month names: there a lower-case ambiguous name ("may") is not a month.
CAPITALISED_MONTHS = frozenset({"en", "de"})

# Weekday names -> 0 (Monday) .. 6 (Sunday).
WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    "es": {
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    },
    "de": {
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
        "sonnabend": 5, "sonntag": 6,
    },
    "ar": {
        "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
        "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    },
    "tr": {
        "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6,
    },
    "it": {
        "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6,
    },
    "nl": {
        "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    },
    "pt": {
        "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
        "sábado": 5, "domingo": 6, "segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4,
    },
    "ru": {
        "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
        "субботу": 5, "суббота": 5, "воскресенье": 6, "понедельника": 0, "вторника": 1, "среды": 2,
        "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6,
    },
    "pl": {
        "poniedziałek": 0, "poniedziałku": 0, "wtorek": 1, "wtorku": 1, "środa": 2, "środę": 2, "środy": 2,
        "czwartek": 3, "czwartku": 3, "piątek": 4, "piątku": 4, "sobota": 5, "sobotę": 5, "soboty": 5,
        "niedziela": 6, "niedzielę": 6, "niedzieli": 6,
    },
    "uk": {
        "понеділок": 0, "вівторок": 1, "середу": 2, "середа": 2, "четвер": 3, "п'ятницю": 4, "п’ятницю": 4,
        "п'ятниця": 4, "п’ятниця": 4, "суботу": 5, "субота": 5, "неділю": 6, "неділя": 6,
    },
}

# Weekday names that are also common words: they count only with a marker ("on", "last", "günü").
AMBIGUOUS_WEEKDAYS: dict[str, frozenset[str]] = {
    "tr": frozenset({"pazar"}),
    "es": frozenset({"domingo"}),
    "pt": frozenset({"segunda", "terça", "quarta", "quinta", "sexta", "domingo"}),
}

# Words just before a weekday that make it any such day, not a date ("fans on a given Sunday", "every Sunday").
GENERIC_WEEKDAY: dict[str, tuple[str, ...]] = {
    "en": ("a given", "any", "every", "each", "a typical", "a normal"),
}

# Words just before a weekday that make it one ("on Friday", "el viernes", "am Freitag", "يوم الجمعة").
WEEKDAY_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("on", "late on", "early on", "since", "by", "until"),
    "fr": ("le", "ce", "depuis"),
    "es": ("el", "este", "desde el"),
    "de": ("am", "seit", "vom", "bis"),
    "ar": ("يوم", "مساء", "صباح", "ليل", "فجر"),
    "tr": (),
    "it": ("il", "lo", "la", "da"),
    "nl": ("op", "afgelopen", "sinds"),
    "pt": ("na", "no", "nesta", "neste", "desde"),
    "ru": ("в", "во", "с"),
    "uk": ("в", "у", "з"),
    "pl": ("w", "we", "od", "z", "do"),
}

# "last Friday" / "vendredi dernier": the most recent such day strictly before publication.
LAST_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("last", "this past", "past"),
    "fr": (),
    "es": ("el pasado",),
    "de": ("letzten", "vergangenen", "letzter", "vergangener", "am vergangenen", "am letzten"),
    "ar": (),
    "tr": ("geçen", "geçtiğimiz"),
    "it": ("lo scorso", "scorso"),
    "nl": ("vorige", "afgelopen"),
    "pt": ("no último", "na última", "no passado", "na passada"),
    "ru": ("в прошлую", "в прошлый", "в прошлое", "в минувшую", "в минувший", "в минувшее"),
    "uk": ("минулого", "минулої", "в минулу", "у минулу", "в минулий", "у минулий", "минулу", "минулий"),
    "pl": ("w ubiegły", "w ubiegłą", "w zeszły", "w zeszłą", "w miniony", "w minioną", "w ostatni",
           "w ostatnią", "ubiegły", "ubiegłą", "zeszły", "zeszłą", "miniony", "minioną"),
}
LAST_AFTER: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("dernier",),
    "es": ("pasado",),
    "de": (),
    "ar": ("الماضي", "الماضية", "الفائت", "الفائتة"),
    "tr": (),
    "it": ("scorso",),
    "nl": (),
    "pt": ("passado", "passada"),
}
# "next Friday": the first such day after publication.
NEXT_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("next", "this coming"),
    "fr": (),
    "es": ("el próximo", "próximo"),
    "de": ("nächsten", "kommenden", "am nächsten", "am kommenden"),
    "ar": (),
    "tr": ("gelecek", "önümüzdeki"),
    "it": ("il prossimo", "prossimo"),
    "nl": ("volgende", "aanstaande"),
    "pt": ("na próxima", "no próximo"),
    "ru": ("в следующую", "в следующий", "в следующее"),
    "pl": ("w przyszły", "w przyszłą", "w najbliższy", "w najbliższą"),
}
NEXT_AFTER: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("prochain",),
    "es": ("próximo", "que viene"),
    "de": (),
    "ar": ("المقبل", "المقبلة", "القادم", "القادمة"),
    "tr": (),
    "it": ("prossimo",),
    "nl": (),
    "pt": ("que vem",),
}

# Parts of the day that may follow a weekday and belong to it ("Thursday night", "vendredi soir").
DAY_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("night", "evening", "morning", "afternoon"),
    "fr": ("soir", "matin", "après-midi", "soirée", "nuit"),
    "es": ("por la noche", "por la mañana", "por la tarde", "noche"),
    "de": ("abend", "morgen", "nachmittag", "nacht", "früh"),
    "ar": ("مساء", "صباحا", "ليلا"),
    "tr": ("günü", "gecesi", "akşamı", "sabahı", "öğleden sonra"),
    "it": ("sera", "mattina", "notte", "pomeriggio"),
    "nl": ("avond", "ochtend", "nacht", "middag"),
    "pt": ("à noite", "de manhã", "à tarde"),
    "ru": ("вечером", "утром", "ночью", "днём", "днем"),
    "uk": ("ввечері", "вранці", "вночі", "вдень"),
    "pl": ("wieczorem", "rano", "w nocy", "po południu", "nad ranem"),
}

# Parts of the day written as one word with the weekday ("Freitagabend", "vrijdagavond").
GLUED_DAY_PARTS: dict[str, tuple[str, ...]] = {
    "de": ("abend", "morgen", "vormittag", "nachmittag", "nacht", "früh", "mittag"),
    "nl": ("avond", "ochtend", "middag", "nacht", "morgen"),
}

# Fixed relative phrases -> (days before publication, precision).
# Precision "week": value is the Monday of the week; "month"/"year": offsets count in months/years.
RELATIVE: dict[str, dict[str, tuple[int, str]]] = {
    "en": {
        "today": (0, "day"), "this morning": (0, "day"), "this afternoon": (0, "day"),
        "this evening": (0, "day"), "tonight": (0, "day"), "earlier today": (0, "day"),
        "earlier in the day": (0, "day"), "later in the day": (0, "day"), "yesterday": (1, "day"),
        "last night": (1, "day"), "overnight": (0, "day"), "the day before yesterday": (2, "day"),
        "last week": (1, "week"), "this week": (0, "week"), "earlier this week": (0, "week"),
        "last month": (1, "month"), "this month": (0, "month"), "earlier this month": (0, "month"),
        "last year": (1, "year"), "this year": (0, "year"), "earlier this year": (0, "year"),
        "a day ago": (1, "day"), "a week ago": (1, "week"), "a month ago": (1, "month"),
        "a year ago": (1, "year"),
    },
    "fr": {
        "aujourd'hui": (0, "day"), "aujourd’hui": (0, "day"), "ce matin": (0, "day"),
        "cet après-midi": (0, "day"), "ce soir": (0, "day"), "plus tôt dans la journée": (0, "day"),
        "hier": (1, "day"), "hier soir": (1, "day"), "cette nuit": (1, "day"), "avant-hier": (2, "day"),
        "la semaine dernière": (1, "week"), "la semaine passée": (1, "week"), "cette semaine": (0, "week"),
        "le mois dernier": (1, "month"), "ce mois-ci": (0, "month"), "l'an dernier": (1, "year"),
        "l’an dernier": (1, "year"), "l'année dernière": (1, "year"), "l’année dernière": (1, "year"),
        "l'an passé": (1, "year"), "cette année": (0, "year"), "il y a un an": (1, "year"),
        "il y a une semaine": (1, "week"),
    },
    "es": {
        "hoy": (0, "day"), "esta mañana": (0, "day"), "esta tarde": (0, "day"), "esta noche": (0, "day"),
        "ayer": (1, "day"), "anoche": (1, "day"), "anteayer": (2, "day"), "antier": (2, "day"),
        "la semana pasada": (1, "week"), "esta semana": (0, "week"), "el mes pasado": (1, "month"),
        "este mes": (0, "month"), "el año pasado": (1, "year"), "este año": (0, "year"),
        "hace un año": (1, "year"), "hace una semana": (1, "week"), "esta madrugada": (0, "day"),
    },
    "de": {
        "heute": (0, "day"), "heute morgen": (0, "day"), "heute früh": (0, "day"), "heute abend": (0, "day"),
        "gestern": (1, "day"), "gestern abend": (1, "day"), "vorgestern": (2, "day"),
        "letzte woche": (1, "week"), "vergangene woche": (1, "week"), "vorige woche": (1, "week"),
        "diese woche": (0, "week"), "letzten monat": (1, "month"), "vergangenen monat": (1, "month"),
        "letztes jahr": (1, "year"), "vergangenes jahr": (1, "year"), "im vergangenen jahr": (1, "year"),
        "dieses jahr": (0, "year"), "vor einem jahr": (1, "year"), "vor einer woche": (1, "week"),
    },
    "ar": {
        "اليوم": (0, "day"), "صباح اليوم": (0, "day"), "مساء اليوم": (0, "day"), "أمس": (1, "day"),
        "الأمس": (1, "day"), "امس": (1, "day"),
        "بالأمس": (1, "day"), "وأمس": (1, "day"), "البارحة": (1, "day"), "أول أمس": (2, "day"),
        "الأسبوع الماضي": (1, "week"), "الاسبوع الماضي": (1, "week"), "هذا الأسبوع": (0, "week"),
        "الشهر الماضي": (1, "month"), "العام الماضي": (1, "year"), "السنة الماضية": (1, "year"),
        "هذا العام": (0, "year"), "قبل يومين": (2, "day"), "قبل أسبوعين": (2, "week"), "الليلة الماضية": (1, "day"),
        "ليلة أمس": (1, "day"),
    },
    "tr": {
        "bugün": (0, "day"), "bu sabah": (0, "day"), "bu akşam": (0, "day"), "dün": (1, "day"),
        "dün gece": (1, "day"), "dün akşam": (1, "day"), "evvelsi gün": (2, "day"),
        "geçen hafta": (1, "week"), "bu hafta": (0, "week"), "geçen ay": (1, "month"),
        "bu ay": (0, "month"), "geçen yıl": (1, "year"), "geçen sene": (1, "year"), "bu yıl": (0, "year"),
        "bir yıl önce": (1, "year"), "bir hafta önce": (1, "week"),
    },
    "it": {
        "oggi": (0, "day"), "stamattina": (0, "day"), "stasera": (0, "day"), "ieri": (1, "day"),
        "ieri sera": (1, "day"), "l'altro ieri": (2, "day"), "la settimana scorsa": (1, "week"),
        "il mese scorso": (1, "month"), "l'anno scorso": (1, "year"), "quest'anno": (0, "year"),
        "questa mattina": (0, "day"), "questa sera": (0, "day"), "ieri mattina": (1, "day"),
        "ieri pomeriggio": (1, "day"), "ieri notte": (1, "day"), "l'altroieri": (2, "day"),
        "la scorsa settimana": (1, "week"), "questa settimana": (0, "week"), "lo scorso anno": (1, "year"),
        "lo scorso mese": (1, "month"), "l’anno scorso": (1, "year"), "quest’anno": (0, "year"),
    },
    "nl": {
        "vandaag": (0, "day"), "vanochtend": (0, "day"), "vanavond": (0, "day"), "gisteren": (1, "day"),
        "gisteravond": (1, "day"), "eergisteren": (2, "day"), "vorige week": (1, "week"),
        "vorige maand": (1, "month"), "vorig jaar": (1, "year"), "dit jaar": (0, "year"),
    },
    "pt": {
        "hoje": (0, "day"), "esta manhã": (0, "day"), "ontem": (1, "day"), "anteontem": (2, "day"),
        "ontem à noite": (1, "day"), "na semana passada": (1, "week"), "no mês passado": (1, "month"),
        "no ano passado": (1, "year"), "este ano": (0, "year"), "nesta manhã": (0, "day"),
        "hoje de manhã": (0, "day"), "ontem de manhã": (1, "day"), "ontem à tarde": (1, "day"),
        "semana passada": (1, "week"), "esta semana": (0, "week"), "nesta semana": (0, "week"),
        "mês passado": (1, "month"), "ano passado": (1, "year"), "neste ano": (0, "year"),
    },
    "ru": {
        "сегодня": (0, "day"), "сегодня утром": (0, "day"), "вчера": (1, "day"), "вчера вечером": (1, "day"),
        "позавчера": (2, "day"), "на прошлой неделе": (1, "week"), "на этой неделе": (0, "week"),
        "в прошлом месяце": (1, "month"), "в прошлом году": (1, "year"), "в этом году": (0, "year"),
        "вчера утром": (1, "day"), "вчера днем": (1, "day"), "вчера днём": (1, "day"), "накануне": (1, "day"),
        "сегодня ночью": (0, "day"), "этой ночью": (0, "day"), "в минувшем году": (1, "year"),
        "прошлой ночью": (1, "day"), "минувшей ночью": (1, "day"),
    },
    "pl": {
        "dziś": (0, "day"), "dzisiaj": (0, "day"), "dziś rano": (0, "day"), "dzisiaj rano": (0, "day"),
        "wczoraj": (1, "day"), "wczoraj wieczorem": (1, "day"), "wczoraj rano": (1, "day"),
        "przedwczoraj": (2, "day"), "w zeszłym tygodniu": (1, "week"), "w ubiegłym tygodniu": (1, "week"),
        "w tym tygodniu": (0, "week"), "w zeszłym miesiącu": (1, "month"), "w ubiegłym miesiącu": (1, "month"),
        "w zeszłym roku": (1, "year"), "w ubiegłym roku": (1, "year"), "w tym roku": (0, "year"),
        "ubiegłej nocy": (1, "day"), "zeszłej nocy": (1, "day"), "minionej nocy": (1, "day"),
    },
    "uk": {
        "сьогодні": (0, "day"), "вчора": (1, "day"), "учора": (1, "day"), "позавчора": (2, "day"),
        "минулого тижня": (1, "week"), "цього тижня": (0, "week"), "минулого місяця": (1, "month"),
        "минулого року": (1, "year"), "цього року": (0, "year"), "напередодні": (1, "day"),
    },
}

# "N days ago": (pattern with {n} for the count and {unit} for the unit, unit words -> (days, precision)).
AGO: dict[str, tuple[str, dict[str, tuple[int, str]]]] = {
    "en": ("{n} {unit} ago", {"days": (1, "day"), "weeks": (7, "week"), "months": (30, "month"),
                              "years": (365, "year")}),
    "fr": ("il y a {n} {unit}", {"jours": (1, "day"), "semaines": (7, "week"), "mois": (30, "month"),
                                 "ans": (365, "year")}),
    "es": ("hace {n} {unit}", {"días": (1, "day"), "dias": (1, "day"), "semanas": (7, "week"),
                               "meses": (30, "month"), "años": (365, "year")}),
    "de": ("vor {n} {unit}", {"tagen": (1, "day"), "wochen": (7, "week"), "monaten": (30, "month"),
                              "jahren": (365, "year")}),
    "tr": ("{n} {unit} önce", {"gün": (1, "day"), "hafta": (7, "week"), "ay": (30, "month"),
                               "yıl": (365, "year")}),
    "ar": ("قبل {n} {unit}", {"أيام": (1, "day"), "ايام": (1, "day"), "أسابيع": (7, "week"),
                              "أشهر": (30, "month"), "سنوات": (365, "year")}),
    "ru": ("{n} {unit} назад", {"дня": (1, "day"), "дней": (1, "day"), "недели": (7, "week"),
                                "недель": (7, "week"), "месяца": (30, "month"), "года": (365, "year"),
                                "лет": (365, "year")}),
    "it": ("{n} {unit} fa", {"giorni": (1, "day"), "settimane": (7, "week"), "mesi": (30, "month"),
                             "anni": (365, "year")}),
    "pt": ("há {n} {unit}", {"dias": (1, "day"), "semanas": (7, "week"), "meses": (30, "month"),
                             "anos": (365, "year")}),
    "nl": ("{n} {unit} geleden", {"dagen": (1, "day"), "weken": (7, "week"), "maanden": (30, "month"),
                                  "jaar": (365, "year")}),
    "uk": ("{n} {unit} тому", {"дні": (1, "day"), "днів": (1, "day"), "тижні": (7, "week"), "тижнів": (7, "week"),
                               "місяці": (30, "month"), "місяців": (30, "month"), "роки": (365, "year"),
                               "років": (365, "year")}),
    "pl": ("{n} {unit} temu", {"dni": (1, "day"), "tygodnie": (7, "week"), "tygodni": (7, "week"),
                               "miesiące": (30, "month"), "miesięcy": (30, "month"), "lata": (365, "year"),
                               "lat": (365, "year")}),
}

# Small counts for "two days ago" (digits are read too).
AGO_COUNTS: dict[str, dict[str, int]] = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": 3, "few": 3},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "quelques": 3},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "unos": 3},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "einigen": 3},
    "tr": {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "birkaç": 3},
    "ar": {"ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "عدة": 3},
    "ru": {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "несколько": 3},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "alcuni": 3, "alcune": 3},
    "pt": {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "alguns": 3},
    "pl": {"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "kilka": 3},
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "enkele": 3, "een paar": 3},
    "uk": {"два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "кілька": 3},
}

# Prepositions that make a bare four-digit number a year ("in 2019", "en 2019", "im Jahr 2019", "عام 2019").
YEAR_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("in", "since", "in early", "in late", "in mid"),
    "fr": ("en", "depuis", "début", "fin"),
    "es": ("en", "desde", "en el año", "a principios de", "a finales de"),
    "de": ("im jahr", "im jahre", "seit", "anfang", "ende", "mitte"),
    "ar": ("عام", "العام", "سنة", "منذ", "في عام"),
    "tr": (),
    "it": ("nel", "dal", "nell'anno"),
    "nl": ("in", "sinds"),
    "pt": ("em", "desde"),
    "ru": ("в", "с", "к"),
    "uk": ("в", "у", "з"),
    "pl": ("w", "we", "od", "w roku"),
}
# Turkish marks the year with a case suffix: "2019'da", "2019 yılında".
YEAR_AFTER: dict[str, tuple[str, ...]] = {
    "tr": ("'da", "'de", "'ta", "'te", "’da", "’de", "’ta", "’te", " yılında", " yılı"),
}

# Prepositions that make a bare month name a month ("in February", "en février").
MONTH_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("in", "since", "early", "late", "mid", "in early", "in late", "in mid"),
    "fr": ("en", "depuis", "début", "fin", "mi"),
    "es": ("en", "desde", "a principios de", "a finales de"),
    "de": ("im", "seit", "anfang", "ende", "mitte"),
    "ar": ("في", "شهر", "منذ"),
    "tr": (),
    "it": ("a", "in", "da"),
    "nl": ("in", "sinds"),
    "pt": ("em", "desde"),
    "ru": ("в", "с"),
    "uk": ("в", "у", "з"),
    "pl": ("w", "we", "od", "do"),
}

# "January last year": a month followed by one of these words is in the year before publication.
LAST_YEAR_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("last year",),
    "fr": ("dernier", "de l'année dernière", "de l’année dernière", "l'an dernier", "l’an dernier"),
    "es": ("del año pasado", "pasado"),
    "de": ("letzten jahres", "vergangenen jahres"),
    "ar": ("من العام الماضي",),
    "tr": (),
    "it": ("dell'anno scorso", "dell’anno scorso", "scorso"),
    "pt": ("do ano passado", "passado"),
    "ru": ("прошлого года",),
    "pl": ("ubiegłego roku", "zeszłego roku"),
}

# Glue between a day and a month or year: "17 de febrero de 2023", "le 1er mars", "17. Februar".
DAY_SUFFIX = r"(?:st|nd|rd|th|er|ᵉʳ|º|°|\.)?"
DATE_GLUE: dict[str, str] = {
    "es": r"\s+de\s+|\s+",
    "pt": r"\s+de\s+|\s+",
    "default": r"\s+(?:of\s+)?",
}
YEAR_GLUE: dict[str, str] = {
    "en": r",?\s+(?:of\s+)?",  # "October of 2014"
    "es": r",?\s+(?:de\s+|del\s+)?",
    "pt": r",?\s+(?:de\s+)?",
    "default": r",?\s+",
}

# Numeric dates: day/month/year order when the first two numbers are both <= 12.
NUMERIC_ORDER: dict[str, str] = {"en": "mdy", "default": "dmy"}

# Words a few words before a date that make it the aftermath's, not the happening's ("remained in critical
# condition Friday", "was indicted Tuesday", "appeared in court Monday"); `extract.dates` adds the extract
# table's `aftermath` words (arrests, hearings, funerals) to these. Regular-expression fragments.
FOLLOW_UP: dict[str, tuple[str, ...]] = {
    "en": (
        r"remained", r"remains", r"critical condition", r"stable condition", r"indicted", r"jail", r"jailed",
        r"guilty", r"appeared", r"press conference", r"investigating", r"searching", r"sought",
        r"bond", r"bail", r"surgery", r"convicted", r"extradited", r"surrendered", r"turned himself in",
        r"behind bars", r"tracked down", r"at large",
        # statements: "told reporters on Tuesday", "said in a statement Tuesday", "told KTVB Sunday evening"
        r"told", r"said", r"statement", r"news conference", r"news release", r"press release", r"interview",
        # releases, custody, filings: "was released Tuesday", "no word on her condition Monday", "a warrant was
        # issued Monday", "papers filed Tuesday"
        r"released", r"condition", r"unclear", r"no word", r"custody", r"warrant", r"filed", r"ordered",
        r"sentencing", r"plea",
        # recovery and capture: "is recovering Monday morning", "fighting for her life tonight", "was captured
        # Saturday in Sinaloa"
        r"recovering", r"fighting for (?:his|her|their) li(?:fe|ves)", r"captured",
        # "details of the arrests were not available Friday", "was unavailable for comment Monday"
        r"not (?:immediately )?available", r"unavailable",
        # "an investigation was underway Wednesday into the killing", "a manhunt is under way Monday"
        r"underway", r"under way",
        # a state's time: "As of Wednesday afternoon, the GoFundMe page has raised"
        r"as of",
        # "during an earlier news briefing late Tuesday morning"
        r"briefing",
    ),
    "fr": (
        r"reste", r"restait", r"état critique", r"mise? en examen", r"écroué(?:e|s|es)?", r"condamné(?:e|s|es)?",
        r"comparu", r"conférence de presse", r"enquête", r"recherché(?:e|s|es)?",
        r"communiqué", r"a déclaré", r"a indiqué", r"a précisé", r"entretien",
        r"relâché(?:e|s|es)?", r"libéré(?:e|s|es)?", r"mandat d'arrêt", r"garde à vue", r"son état",
    ),
    "es": (
        r"permanece", r"permanecía", r"estado crítico", r"imputado", r"condenado", r"compareció",
        r"rueda de prensa", r"investiga", r"buscaba", r"detenido", r"arrestado", r"funeral",
        r"comunicado", r"declaró", r"dijo", r"informó", r"entrevista",
        r"liberad[oa]s?", r"orden de (?:arresto|captura)", r"custodia", r"estado de salud",
    ),
    "de": (
        r"befindet sich", r"kritischen zustand", r"angeklagt", r"verurteilt", r"untersuchungshaft",
        r"festgenommen", r"pressekonferenz", r"ermittelt", r"beerdigung", r"prozess",
        r"mitteilung", r"sagte", r"erklärte", r"interview",
        r"freigelassen", r"haftbefehl", r"gewahrsam", r"zustand",
    ),
    "ar": (
        r"اعتقال", r"اعتقل", r"محاكمة", r"المحكمة", r"جنازة", r"تشييع", r"مؤتمر صحفي", r"حالة حرجة", r"بيان",
        r"قال", r"صرح", r"أفرج", r"مذكرة اعتقال", r"حالته",
    ),
    "tr": (
        r"gözaltına", r"tutuklandı", r"mahkeme", r"cenaze", r"basın toplantısı", r"durumu kritik", r"açıklama",
        r"dedi", r"açıkladı", r"serbest bırakıldı", r"tutuklama kararı", r"durumu",
    ),
    "it": (
        r"condizioni critiche", r"arrestat[oiae]", r"condannat[oiae]", r"processo", r"conferenza stampa",
        r"indagin[ei]", r"ricercat[oiae]", r"comunicato", r"ha detto", r"ha dichiarato", r"ha riferito",
        r"intervista", r"rilasciat[oiae]", r"funerali",
    ),
    "pt": (
        r"estado grave", r"pres[oa]s?", r"condenad[oa]s?", r"julgamento", r"entrevista coletiva", r"investiga",
        r"procurad[oa]s?", r"comunicado", r"disse", r"afirmou", r"informou", r"entrevista", r"libertad[oa]s?",
        r"velório", r"enterro",
    ),
    "ru": (
        r"задержан\w*", r"арестован\w*", r"суд\w*", r"пресс-конференци\w+", r"расследовани\w+", r"заявил\w*",
        r"сообщил\w*", r"интервью", r"освобожден\w*", r"похорон\w*", r"в тяжелом состоянии",
    ),
    "pl": (
        r"zatrzyman\w*", r"aresztowan\w*", r"sąd\w*", r"konferencj\w+ prasow\w+", r"śledztw\w+",
        r"poinformował\w*", r"powiedział\w*", r"wywiad\w*", r"uwolnion\w*", r"pogrzeb\w*", r"w stanie ciężkim",
    ),
}

# Where follow-up words are looked for around a date: before it ("arrested Sunday"), and in languages whose
# verb may follow the date also right after it ("am Freitag angeklagt"); Turkish puts the verb last.
FOLLOW_UP_SIDES: dict[str, tuple[str, ...]] = {
    "de": ("before", "after"),
    "tr": ("after",),
    "default": ("before",),
}

# English may put the date between the subject and its verb ("prosecutors Wednesday filed a charge", "police Monday
# arrested a man"): these aftermath verbs right after a date (a space between, no comma: "on Sunday, said Lt. ..."
# still dates what was said) make it the aftermath's. Languages whose verb may follow the date read all of
# `FOLLOW_UP` there instead (`FOLLOW_UP_SIDES`).
FOLLOW_UP_RIGHT_AFTER: dict[str, tuple[str, ...]] = {
    "en": (
        r"arrested", r"charged", r"filed", r"indicted", r"arraigned", r"booked", r"sentenced", r"released",
        r"identified", r"announced", r"issued", r"ruled", r"named", r"confirmed",
        # "police on Sunday said", "Police on Tuesday provided additional details" (not "reported": "a call to MetroSafe
        # just before 1:30 p.m. Thursday reported a gunshot victim")
        r"said", r"told", r"provided", r"revealed", r"disclosed",
    ),
}

# Words that stamp the day a page was first posted ("Posted: Sunday, March 10, 2013"): a full date right after the
# first of them, earlier than the publication day the caller gave, is when the text was written (`times._posted`).
POSTED: dict[str, tuple[str, ...]] = {
    "en": ("posted", "published", "created", "first published"),
    "fr": ("publié le", "mis en ligne le", "publié"),
    "es": ("publicado el", "publicado"),
    "de": ("veröffentlicht am", "erstellt am"),
}

# A dateline that gives the release's own day in parentheses ("SAVANNAH, GA (August 2, 2015): ... early this
# morning", "WASHINGTON (Jan. 5, 2016) --"): a full date right after it, followed by ")", stamps the page like "Posted:"
# (`times._posted`). Regular expression matched at the start of the text (case-sensitive: datelines are capitals).
DATELINE_STAMP: dict[str, str] = {
    "en": r"\W*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,14}){0,2}\s*\(",
}

# A day counted from the day the sentence named just before ("on Thursday ... shot the day before"): phrase -> days.
ANTECEDENT: dict[str, dict[str, int]] = {
    "en": {
        "the day before": -1, "the previous day": -1, "a day earlier": -1, "the night before": -1,
        "the previous night": -1, "a night earlier": -1, "the next day": 1, "the following day": 1,
        "a day later": 1, "the next morning": 1, "the following morning": 1,
        # "arrested Thursday, a day after police discovered ...", "released Saturday hours after his son shot him":
        # the day of what follows "after" (`extract.dates.happening` ties it when a happening word opens that clause)
        "a day after": -1, "one day after": -1, "two days after": -2, "three days after": -3, "four days after": -4,
        "five days after": -5, "six days after": -6, "a week after": -7, "one week after": -7, "hours after": 0,
        "hours before": 0, "minutes after": 0, "minutes before": 0,
    },
    "fr": {"la veille": -1, "le lendemain": 1},
    "es": {"el día anterior": -1, "la noche anterior": -1, "al día siguiente": 1},
    "de": {"am vortag": -1, "am tag davor": -1, "am nächsten tag": 1, "am folgenden tag": 1},
    "it": {"il giorno prima": -1, "la sera prima": -1, "il giorno dopo": 1, "il giorno successivo": 1},
    "pt": {"no dia anterior": -1, "na véspera": -1, "no dia seguinte": 1},
    "ru": {"на следующий день": 1},
    "uk": {"наступного дня": 1},
    "pl": {"dzień wcześniej": -1, "poprzedniego dnia": -1, "następnego dnia": 1, "nazajutrz": 1},
    "tr": {"bir gün önce": -1, "ertesi gün": 1},
    "ar": {"في اليوم السابق": -1, "في اليوم التالي": 1},
    "nl": {"de dag ervoor": -1, "de volgende dag": 1, "een dag later": 1},
}

# A night across two days ("late Thursday or early Friday", "overnight Saturday into Sunday", "la nuit de samedi à
# dimanche"): one expression whose day is the second, the one the night ends on (the small hours past midnight),
# when it is the day after the first. {wd1} and {wd2} stand for the weekday names; regular-expression fragments.
NIGHT_INTO: dict[str, str] = {
    "en": r"(?:(?:late|overnight)\s+)?(?:on\s+)?{wd1}(?:\s+(?:night|evening))?,?\s+(?:or|into)\s+"
    r"(?:early\s+)?(?:on\s+)?{wd2}(?:\s+morning)?",
    "fr": r"(?:dans\s+)?la\s+nuit\s+de\s+{wd1}\s+à\s+{wd2}",
    "es": r"(?:la\s+)?noche\s+del?\s+{wd1}\s+al?\s+{wd2}",
    "de": r"(?:in\s+der\s+)?nacht\s+(?:von\s+)?{wd1}\s+(?:auf|zum)\s+{wd2}",
}

# Holidays that name a day: the latest one at most `HOLIDAY_REACH` days before publication ("on New Year's Eve",
# "Thanksgiving night"); one further back (or ahead: "Halloween" in a report of October 30) stays unresolved.
# Fixed: name -> (month, day). Floating: name -> (month, weekday 0-6, nth; -1 the last). Easter: name -> days from
# Easter Sunday. Apostrophes match with or without "'" / "’". Bare names that are also common words stay out.
HOLIDAY_REACH = 31
FIXED_HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = {
    "en": {
        "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
        "christmas morning": (12, 25), "christmas night": (12, 25), "fourth of july": (7, 4),
        "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    },
    # the eve of a new year and of Christmas; a night named as the one into the new year ("Silvesternacht", "la notte
    # di Capodanno", "новогодняя ночь") is the day it ends on, as `NIGHT_INTO` reads a night across two days
    "fr": {
        "saint-sylvestre": (12, 31), "nuit de la saint-sylvestre": (1, 1), "réveillon du nouvel an": (12, 31),
        "jour de l'an": (1, 1), "nuit du nouvel an": (1, 1), "veille de noël": (12, 24), "jour de noël": (12, 25),
    },
    "es": {
        "nochevieja": (12, 31), "víspera de año nuevo": (12, 31), "víspera del año nuevo": (12, 31),
        "día de año nuevo": (1, 1), "nochebuena": (12, 24),
        "día de navidad": (12, 25),
    },
    "de": {
        "silvester": (12, 31), "silvesterabend": (12, 31), "silvesternacht": (1, 1), "neujahrsnacht": (1, 1),
        "neujahr": (1, 1), "neujahrstag": (1, 1), "neujahrsmorgen": (1, 1), "heiligabend": (12, 24),
        "heiligen abend": (12, 24),
    },
    "it": {
        "san silvestro": (12, 31), "notte di san silvestro": (1, 1), "notte di capodanno": (1, 1),
        "vigilia di capodanno": (12, 31),
        "vigilia di natale": (12, 24),
        "giorno di natale": (12, 25),
    },
    "pt": {
        "véspera de ano novo": (12, 31), "réveillon": (12, 31), "dia de ano novo": (1, 1), "véspera de natal": (12, 24),
        "dia de natal": (12, 25),
    },
    "nl": {"oudejaarsavond": (12, 31), "oudejaarsnacht": (1, 1), "nieuwjaarsdag": (1, 1), "kerstavond": (12, 24)},
    "ru": {
        "новогоднюю ночь": (1, 1), "новогодняя ночь": (1, 1), "новогодней ночи": (1, 1),
        "канун нового года": (12, 31), "день нового года": (1, 1), "новогоднее утро": (1, 1),
    },
    "uk": {"новорічну ніч": (1, 1), "новорічна ніч": (1, 1), "новорічної ночі": (1, 1)},
    # not "Sylwester", a first name and a show's ("Sylwester Marzeń"); not "Capodanno" alone: the party or the day
    "pl": {"noc sylwestrową": (1, 1), "nocy sylwestrowej": (1, 1), "sylwestrową noc": (1, 1)},
    "tr": {"yılbaşı gecesi": (1, 1), "yılbaşı akşamı": (12, 31)},
    "ar": {"ليلة رأس السنة": (1, 1), "عشية رأس السنة": (12, 31)},
}
FLOATING_HOLIDAYS: dict[str, dict[str, tuple[int, int, int]]] = {
    "en": {
        "thanksgiving day": (11, 3, 4), "thanksgiving night": (11, 3, 4),
        "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    },
}
EASTER_HOLIDAYS: dict[str, dict[str, int]] = {
    "en": {"easter sunday": 0, "easter": 0, "good friday": -2},
}
