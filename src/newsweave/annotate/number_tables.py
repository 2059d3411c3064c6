"""Number words per language, as data: how digits group, number words, vague counts, qualifiers, exclusions.

`numbers.py` builds its patterns from these tables. Keys are lower case; matching is case-insensitive.
Languages without an entry fall back to the "default" entry (or to English for word lists).

Conventions (documented once, here):
- A vague plural ("dozens", "des dizaines", "عشرات") is `about`, with `value` = `low` = the smallest count the
  word allows (dozens: 24, hundreds: 200) and `high` = the largest before the next word takes over (99, 999).
- An approximate singular ("a dozen", "une soixantaine", "una veintena") is `about`, low = high = value.
- A prefix qualifier ("at least 53") keeps low = high = value: the bound it states is in `qualifier`.
- A range ("between 6,000 and 10,000") is `range` with value = low (the conservative figure, as ACLED codes).
"""

from __future__ import annotations

# --- digits -----------------------------------------------------------------------------------------

# Characters that group thousands ("1,014", "3 373", "2.379"); a group needs exactly three digits.
GROUP_SEPARATORS: dict[str, str] = {
    "en": ",\u00a0\u202f\u2009",
    "fr": " .\u00a0\u202f\u2009",
    "default": ".,\u00a0\u202f\u2009",
    "ru": " .\u00a0\u202f\u2009",
    "uk": " .\u00a0\u202f\u2009",
    "pl": " .\u00a0\u202f\u2009",
}
# The decimal mark: "1.5 million" in English, "1,5 millions" in French.
DECIMAL_MARK: dict[str, str] = {"en": ".", "ar": ".", "default": ","}

# Eastern Arabic and Persian digits, and the Arabic separators, mapped one-to-one (offsets stay valid).
DIGIT_MAP: dict[str, str] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
}

# Words after a number that multiply it ("1.5 million", "3 Millionen", "5 mil").
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000},
    "fr": {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 10**9, "milliards": 10**9},
    "es": {"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000, "mil millones": 10**9},
    "de": {"tausend": 1_000, "million": 1_000_000, "millionen": 1_000_000, "mio.": 1_000_000,
           "milliarde": 10**9, "milliarden": 10**9},
    "ar": {"ألف": 1_000, "آلاف": 1_000, "الف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000,
           "مليار": 10**9},
    # Turkish case endings on the scale word: "66 bini geçti" (passed 66,000), "3 bin'e", "2 milyonu"
    "tr": {"bin": 1_000, "milyon": 1_000_000, "milyar": 10**9, "bini": 1_000, "binin": 1_000, "bine": 1_000,
           "binde": 1_000, "binden": 1_000, "milyonu": 1_000_000, "milyona": 1_000_000, "milyonun": 1_000_000},
    "it": {"mila": 1_000, "milione": 1_000_000, "milioni": 1_000_000, "miliardi": 10**9},
    "nl": {"duizend": 1_000, "miljoen": 1_000_000, "miljard": 10**9},
    "pt": {"mil": 1_000, "milhão": 1_000_000, "milhões": 1_000_000, "bilhão": 10**9},
    "ru": {"тыс.": 1_000, "тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000, "млн": 1_000_000,
           "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000, "млрд": 10**9},
    "uk": {"тис.": 1_000, "тисяч": 1_000, "тисячі": 1_000, "млн": 1_000_000, "мільйонів": 1_000_000,
           "мільйона": 1_000_000, "млрд": 10**9},
    "pl": {"tys.": 1_000, "tysiąc": 1_000, "tysiące": 1_000, "tysięcy": 1_000, "mln": 1_000_000,
           "milion": 1_000_000, "miliony": 1_000_000, "milionów": 1_000_000, "mld": 10**9},
}

# --- number words -----------------------------------------------------------------------------------

# Languages whose number words text2num reads; their tables below only find the words.
TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "es", "de", "it", "nl", "pt"})

# Word parts that make up number words. A token is a number word when it is made only of these parts
# (joined directly or by hyphens): "fifty-three", "dreiundfünfzig", "cinquantatré", "drieënvijftig".
NUMBER_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
           "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
           "million", "billion"),
    "fr": ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
           "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante",
           "cinquante", "soixante", "cent", "cents", "mille", "million", "millions", "et"),
    "es": ("uno", "una", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce", "trece", "catorce", "quince", "dieciséis", "dieciseis", "diecisiete", "dieciocho",
           "diecinueve", "veinte", "veintiuno", "veintiún", "veintidós", "veintitrés", "veinticuatro",
           "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta", "cuarenta",
           "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento", "doscientos",
           "doscientas", "trescientos", "trescientas", "cuatrocientos", "quinientos", "seiscientos",
           "setecientos", "ochocientos", "novecientos", "mil", "millón", "millones"),
    "de": ("eins", "ein", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sech", "sieben", "sieb", "acht",
           "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
           "achtzig", "neunzig", "hundert", "tausend", "und", "million", "millionen"),
    "it": ("uno", "una", "un", "due", "tre", "tré", "quattro", "cinque", "sei", "sette", "otto", "nove",
           "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette",
           "diciotto", "diciannove", "venti", "vent", "trenta", "trent", "quaranta", "quarant", "cinquanta",
           "cinquant", "sessanta", "sessant", "settanta", "settant", "ottanta", "ottant", "novanta",
           "novant", "cento", "mille", "mila", "milione", "milioni"),
    "nl": ("een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
           "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
           "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
           "honderd", "duizend", "en", "ën", "miljoen"),
    "pt": ("um", "uma", "dois", "duas", "três", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove",
           "dez", "onze", "doze", "treze", "catorze", "quatorze", "quinze", "dezesseis", "dezasseis",
           "dezessete", "dezoito", "dezenove", "vinte", "trinta", "quarenta", "cinquenta", "sessenta",
           "setenta", "oitenta", "noventa", "cem", "cento", "duzentos", "duzentas", "trezentos",
           "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos", "mil",
           "milhão", "milhões"),
}

# Words that join number words inside one number ("one hundred and twenty", "veinte y uno").
NUMBER_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and",), "fr": ("et",), "es": ("y",), "de": ("und",), "it": (), "nl": ("en",), "pt": ("e",),
    "ar": (), "tr": (),
    "ru": (),
    "pl": (),
}

# Number words that are also articles or pronouns: never a number on their own.
ALONE_NOT_A_NUMBER: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "fr": frozenset({"un", "une", "et", "cent"}),
    "es": frozenset({"un", "una", "uno", "y", "ciento"}),
    "de": frozenset({"ein", "eine", "und", "sech", "sieb"}),
    "it": frozenset({"un", "una", "uno", "vent", "trent", "cento"}),
    "nl": frozenset({"een", "en", "ën"}),
    "pt": frozenset({"um", "uma", "e", "cento"}),
    "ar": frozenset({"أحد", "إحدى", "ست"}),
    "tr": frozenset({"bir"}),
    "ru": frozenset({"одна", "одно", "один", "одного", "одной", "сто"}),
    "pl": frozenset({"jeden", "jedna", "jedno", "jednego", "jednej", "jedną", "sto"}),
}

# Words before "one" that make it a pronoun ("no one", "the one who").
ONE_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "no-"),
}

# Languages whose dotted and dotless i lower-case differently ("İki" -> "iki", "I" -> "ı").
TURKIC_CASE = frozenset({"tr", "az"})
# Languages that write a big number as scaled parts: "16 bin 563" (16,563), "2 milyon 300 bin" (2,300,000).
# Mexican and Central American Spanish writes them so too: "2 mil 153 personas" (2,153), "30 mil 798".
SCALED_PARTS = frozenset({"tr", "az", "es"})

# Languages whose number words this module reads itself (text2num does not know them): word -> value.
WORD_VALUES: dict[str, dict[str, int]] = {
    "ar": {
        "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
        "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "اربعة": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
        "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10,
        "عشر": 10, "أحد": 1, "إحدى": 1, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30,
        "أربعون": 40, "أربعين": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60,
        "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
        "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتين": 200, "مائتان": 200,
        "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
        "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
        "تسعمئة": 900, "تسعمائة": 900, "ألف": 1000, "الف": 1000, "آلاف": 1000, "ألفان": 2000,
        "ألفين": 2000, "مليون": 1_000_000, "ملايين": 1_000_000,
    },
    "tr": {
        "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
        "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70,
        "seksen": 80, "doksan": 90, "yüz": 100, "bin": 1000, "milyon": 1_000_000,
    },
    "ru": {
        "один": 1, "одна": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3,
        "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
        "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
        "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
        "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
        "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
        "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
        "ста": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
        "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "тысяча": 1000, "тысячи": 1000, "тысяч": 1000,
        "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000,
        "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
        "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "двумя": 2, "тремя": 3,
        "пятью": 5, "десятью": 10,
        # collective numerals count people: "двое погибших", "трое пострадавших", "пятерых задержанных"
        "двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5,
        "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
    },
    # Polish counts inflect by case and gender: nominative, the masculine-personal and the genitive forms
    "pl": {
        "jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "jednej": 1, "jedną": 1, "dwa": 2, "dwie": 2,
        "dwóch": 2, "dwoje": 2, "dwojga": 2, "dwaj": 2, "dwu": 2, "trzy": 3, "trzech": 3, "troje": 3, "trzej": 3,
        "cztery": 4, "czterech": 4, "czworo": 4, "czterej": 4, "pięć": 5, "pięciu": 5, "pięcioro": 5,
        "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9,
        "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "jedenastu": 11, "dwanaście": 12,
        "dwunastu": 12, "trzynaście": 13, "trzynastu": 13, "czternaście": 14, "czternastu": 14,
        "piętnaście": 15, "piętnastu": 15, "szesnaście": 16, "szesnastu": 16, "siedemnaście": 17,
        "siedemnastu": 17, "osiemnaście": 18, "osiemnastu": 18, "dziewiętnaście": 19, "dziewiętnastu": 19,
        "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "trzydziestu": 30, "czterdzieści": 40,
        "czterdziestu": 40, "pięćdziesiąt": 50, "pięćdziesięciu": 50, "sześćdziesiąt": 60,
        "sześćdziesięciu": 60, "siedemdziesiąt": 70, "siedemdziesięciu": 70, "osiemdziesiąt": 80,
        "osiemdziesięciu": 80, "dziewięćdziesiąt": 90, "dziewięćdziesięciu": 90, "sto": 100, "stu": 100,
        "dwieście": 200, "dwustu": 200, "trzysta": 300, "trzystu": 300, "czterysta": 400, "pięćset": 500,
        "tysiąc": 1000, "tysiące": 1000, "tysięcy": 1000, "milion": 1_000_000, "miliony": 1_000_000,
        "milionów": 1_000_000,
    },
    # Ukrainian: nominative and genitive forms, and the collective numerals that count people ("троє загиблих")
    "uk": {
        "один": 1, "одна": 1, "одного": 1, "однієї": 1, "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3,
        "чотири": 4, "чотирьох": 4, "шість": 6, "шести": 6, "шістьох": 6, "сім": 7, "семи": 7, "сімох": 7,
        "вісім": 8, "восьми": 8, "десять": 10, "десяти": 10, "одинадцять": 11, "дванадцять": 12,
        "тринадцять": 13, "чотирнадцять": 14, "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18,
        "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30, "сорок": 40, "сорока": 40, "сто": 100,
        "ста": 100, "двісті": 200, "триста": 300, "тисяча": 1000, "тисячі": 1000, "тисяч": 1000,
        "мільйон": 1_000_000, "мільйони": 1_000_000, "мільйонів": 1_000_000,
        "двоє": 2, "троє": 3, "четверо": 4, "шестеро": 6, "семеро": 7,
        "десятеро": 10,
        **{f"{stem}{a}{end}": value for a in ("'", "’", "ʼ") for stem, end, value in (
            ("п", "ять", 5), ("п", "яти", 5), ("п", "ятеро", 5), ("п", "ятьох", 5), ("дев", "ять", 9),
            ("дев", "яти", 9), ("дев", "ятеро", 9), ("п", "ятнадцять", 15), ("дев", "ятнадцять", 19),
            ("п", "ятдесят", 50), ("дев", "яносто", 90), ("п", "ятсот", 500))},
    },
}
# Clitics glued to the front of a word that do not change its value ("وخمسين" = "and fifty").
WORD_PREFIXES: dict[str, tuple[str, ...]] = {"ar": ("و",)}
# Values that multiply what comes before them instead of adding to it.
MULTIPLIERS = frozenset({100, 1000, 1_000_000})
# Words that multiply the number before them by twelve ("two dozen").
DOZEN_WORDS: dict[str, tuple[str, ...]] = {"en": ("dozen",), "de": ("dutzend",)}

# --- vague counts -----------------------------------------------------------------------------------

# Phrase (regex) -> (value, low, high). All are qualifier `about`; see the module docstring.
VAGUE: dict[str, dict[str, tuple[int, int, int]]] = {
    "en": {
        r"tens of thousands": (20_000, 20_000, 99_999), r"hundreds of thousands": (200_000, 200_000, 999_999),
        r"dozens": (24, 24, 99), r"scores(?= of)": (40, 40, 99), r"hundreds": (200, 200, 999),
        r"thousands": (2_000, 2_000, 9_999), r"millions": (2_000_000, 2_000_000, 9_999_999),
        r"(?:a|one) dozen": (12, 12, 12), r"half a dozen": (6, 6, 6), r"a couple(?= of)": (2, 2, 2),
        r"a hundred": (100, 100, 100), r"a thousand": (1_000, 1_000, 1_000),
    },
    "fr": {
        r"(?:des|plusieurs) dizaines de milliers": (20_000, 20_000, 99_999),
        r"(?:des|plusieurs) centaines de milliers": (200_000, 200_000, 999_999),
        r"(?:des|plusieurs|quelques) dizaines": (20, 20, 99),
        r"(?:des|plusieurs|quelques) centaines": (200, 200, 999),
        r"(?:des|plusieurs|quelques) milliers": (2_000, 2_000, 9_999),
        r"des millions": (2 * 10**6, 2 * 10**6, 10**7 - 1),
        r"(?:des|plusieurs) douzaines": (24, 24, 99),
        r"une dizaine": (10, 10, 10), r"une douzaine": (12, 12, 12), r"une quinzaine": (15, 15, 15),
        r"une vingtaine": (20, 20, 20), r"une trentaine": (30, 30, 30), r"une quarantaine": (40, 40, 40),
        r"une cinquantaine": (50, 50, 50), r"une soixantaine": (60, 60, 60), r"une centaine": (100, 100, 100),
        r"un millier": (1_000, 1_000, 1_000), r"une demi-douzaine": (6, 6, 6),
    },
    "es": {
        r"decenas de miles": (20_000, 20_000, 99_999), r"cientos de miles": (200_000, 200_000, 999_999),
        r"decenas": (20, 20, 99), r"docenas": (24, 24, 99), r"(?:cientos|centenares)": (200, 200, 999),
        r"miles(?= de)": (2_000, 2_000, 9_999), r"millones(?= de)": (2 * 10**6, 2 * 10**6, 10**7 - 1),
        r"una decena": (10, 10, 10), r"una docena": (12, 12, 12), r"media docena": (6, 6, 6),
        r"una veintena": (20, 20, 20),
        r"una treintena": (30, 30, 30), r"un centenar": (100, 100, 100), r"un millar": (1_000, 1_000, 1_000),
    },
    "de": {
        r"zehntausende[n]?": (20_000, 20_000, 99_999), r"hunderttausende[n]?": (200_000, 200_000, 999_999),
        r"dutzende[n]?": (24, 24, 99), r"hunderte[n]?": (200, 200, 999), r"tausende[n]?": (2_000, 2_000, 9_999),
        r"ein dutzend": (12, 12, 12), r"ein halbes dutzend": (6, 6, 6), r"mehrere dutzend": (24, 24, 99),
    },
    "ar": {
        r"عشرات الآلاف": (20_000, 20_000, 99_999), r"مئات الآلاف": (200_000, 200_000, 999_999),
        r"(?:ال)?عشرات": (20, 20, 99), r"(?:ال)?مئات": (200, 200, 999), r"(?:ال)?آلاف": (2_000, 2_000, 9_999),
    },
    "tr": {
        r"on binlerce": (20_000, 20_000, 99_999), r"yüz binlerce": (200_000, 200_000, 999_999),
        r"onlarca": (20, 20, 99), r"düzinelerce": (24, 24, 99), r"yüzlerce": (200, 200, 999),
        r"binlerce": (2_000, 2_000, 9_999), r"bir düzine": (12, 12, 12),
    },
    "it": {
        r"decine di migliaia": (20_000, 20_000, 99_999), r"centinaia di migliaia": (200_000, 200_000, 999_999),
        r"decine": (20, 20, 99), r"centinaia": (200, 200, 999), r"migliaia": (2_000, 2_000, 9_999),
        r"una decina": (10, 10, 10), r"una dozzina": (12, 12, 12), r"una ventina": (20, 20, 20),
        r"una trentina": (30, 30, 30), r"una cinquantina": (50, 50, 50), r"un centinaio": (100, 100, 100),
        r"un migliaio": (1_000, 1_000, 1_000),
    },
    "nl": {
        r"tienduizenden": (20_000, 20_000, 99_999), r"tientallen": (20, 20, 99), r"honderden": (200, 200, 999),
        r"duizenden": (2_000, 2_000, 9_999), r"een tiental": (10, 10, 10), r"een dozijn": (12, 12, 12),
    },
    "pt": {
        r"dezenas de milhares": (20_000, 20_000, 99_999), r"centenas de milhares": (200_000, 200_000, 999_999),
        r"dezenas": (20, 20, 99), r"centenas": (200, 200, 999), r"milhares": (2_000, 2_000, 9_999),
        r"uma dezena": (10, 10, 10), r"uma dúzia": (12, 12, 12), r"uma centena": (100, 100, 100),
    },
    "ru": {
        r"десятки тысяч": (20_000, 20_000, 99_999), r"сотни тысяч": (200_000, 200_000, 999_999),
        r"(?:несколько )?десят(?:ки|ков|ков)": (20, 20, 99), r"(?:несколько )?сот(?:ни|ен)": (200, 200, 999),
        r"тысячи": (2_000, 2_000, 9_999), r"около десятка": (10, 10, 10), r"десяток": (10, 10, 10),
        r"более десятка": (10, 10, 10), r"(?:несколько|нескольких) десятков": (20, 20, 99),
        r"(?:несколько|нескольких) сотен": (200, 200, 999),
    },
    # "kilkanaście" (a dozen or so): eleven to nineteen; "kilkadziesiąt" (several tens): twenty to ninety-nine
    "pl": {
        r"dziesiątki tysięcy": (20_000, 20_000, 99_999), r"setki tysięcy": (200_000, 200_000, 999_999),
        r"dziesiąt(?:ki|ek)": (20, 20, 99), r"set(?:ki|ek)": (200, 200, 999), r"tysiące": (2_000, 2_000, 9_999),
        r"kilkanaści[eu]|kilkunastu": (11, 11, 19), r"kilkadziesiąt|kilkudziesięciu": (20, 20, 99),
        r"kilkaset|kilkuset": (200, 200, 999), r"kilka tysięcy|kilku tysięcy": (2_000, 2_000, 9_999),
        r"tuzin": (12, 12, 12),
    },
    "uk": {
        r"десятки тисяч": (20_000, 20_000, 99_999), r"десят(?:ки|ків)": (20, 20, 99), r"сотн(?:і|ень)": (200, 200, 999),
        r"тисячі": (2_000, 2_000, 9_999),
    },
}

# --- qualifiers -------------------------------------------------------------------------------------

# Words just before a number -> qualifier.
QUALIFIERS_BEFORE: dict[str, dict[str, str]] = {
    "en": {
        "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
        "a minimum of": "at_least", "more than": "more_than", "over": "more_than", "upwards of": "more_than",
        "in excess of": "more_than", "nearly": "about", "almost": "about", "about": "about",
        "around": "about", "approximately": "about", "roughly": "about", "some": "about",
        "an estimated": "about", "close to": "about", "up to": "up_to", "as many as": "up_to",
        "at most": "at_most", "no more than": "at_most", "fewer than": "at_most", "less than": "at_most",
        "under": "at_most",
    },
    "fr": {
        "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least", "plus de": "more_than",
        "près de": "about", "environ": "about", "quelque": "about", "quelques": "about", "presque": "about",
        "jusqu'à": "up_to", "jusqu’à": "up_to", "au plus": "at_most", "moins de": "at_most",
        "pas plus de": "at_most",
    },
    "es": {
        "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least", "más de": "more_than",
        "cerca de": "about", "casi": "about", "unos": "about", "unas": "about", "alrededor de": "about",
        "aproximadamente": "about", "hasta": "up_to", "menos de": "at_most", "como máximo": "at_most",
    },
    "de": {
        "mindestens": "at_least", "wenigstens": "at_least", "mehr als": "more_than", "über": "more_than",
        "rund": "about", "etwa": "about", "fast": "about", "knapp": "about", "ungefähr": "about",
        "circa": "about", "ca.": "about", "annähernd": "about", "bis zu": "up_to", "weniger als": "at_most",
        "höchstens": "at_most",
    },
    "ar": {
        "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "أكثر من": "more_than", "اكثر من": "more_than",
        "نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about", "زهاء": "about",
        "ما يقارب": "about", "ما يقرب من": "about", "حتى": "up_to", "أقل من": "at_most",
    },
    "tr": {
        "en az": "at_least", "yaklaşık": "about", "neredeyse": "about", "en fazla": "at_most",
        "tahminen": "about",
    },
    "it": {
        "almeno": "at_least", "più di": "more_than", "oltre": "more_than", "circa": "about",
        "quasi": "about", "fino a": "up_to", "meno di": "at_most", "non meno di": "at_least",
        "come minimo": "at_least", "intorno a": "about", "all'incirca": "about", "al massimo": "at_most",
    },
    "nl": {
        "minstens": "at_least", "ten minste": "at_least", "meer dan": "more_than", "ruim": "more_than",
        "ongeveer": "about", "zo'n": "about", "circa": "about", "bijna": "about", "tot": "up_to",
        "minder dan": "at_most", "zeker": "at_least", "minimaal": "at_least", "zo’n": "about",
    },
    "pt": {
        "pelo menos": "at_least", "ao menos": "at_least", "mais de": "more_than", "cerca de": "about",
        "quase": "about", "aproximadamente": "about", "até": "up_to", "menos de": "at_most",
        "no mínimo": "at_least", "por volta de": "about", "perto de": "about", "no máximo": "at_most",
    },
    "ru": {
        "по меньшей мере": "at_least", "как минимум": "at_least", "не менее": "at_least", "более": "more_than",
        "свыше": "more_than", "больше": "more_than", "около": "about", "почти": "about", "примерно": "about",
        "порядка": "about", "до": "up_to", "менее": "at_most", "по крайней мере": "at_least",
        "приблизительно": "about", "не более": "at_most",
    },
    "pl": {
        "co najmniej": "at_least", "przynajmniej": "at_least", "nie mniej niż": "at_least", "ponad": "more_than",
        "więcej niż": "more_than", "przeszło": "more_than", "około": "about", "ok.": "about", "prawie": "about",
        "blisko": "about", "niemal": "about", "niemalże": "about", "mniej więcej": "about", "nawet": "up_to",
        "do": "up_to", "mniej niż": "at_most", "najwyżej": "at_most",
    },
    "uk": {
        "щонайменше": "at_least", "принаймні": "at_least", "не менше": "at_least", "понад": "more_than",
        "більше": "more_than", "близько": "about", "майже": "about", "приблизно": "about", "до": "up_to",
    },
}

# Words just after a number (and its noun, at most one word in between) -> qualifier (regex, anchored).
QUALIFIERS_AFTER: dict[str, dict[str, str]] = {
    "en": {r"\s+or more\b": "at_least", r"\s+or so\b": "about", r"-plus\b": "at_least"},
    "fr": {r"\s+au moins\b": "at_least", r"\s+environ\b": "about"},
    "es": {r"\s+al menos\b": "at_least", r"\s+o más\b": "at_least"},
    "de": {r"\s+oder mehr\b": "at_least"},
    "ar": {r"(?:\s+\w+)?\s+على الأقل": "at_least", r"(?:\s+\w+)?\s+على الاقل": "at_least"},
    "tr": {r"['’]?(?:den|dan|ten|tan)\s+fazla\b": "more_than", r"\s+civarında\b": "about",
           r"['’]?(?:ye|ya|e|a)\s+kadar\b": "up_to"},
    "it": {r"\s+o più\b": "at_least"},
    "nl": {r"\s+of meer\b": "at_least"},
    "pt": {r"\s+ou mais\b": "at_least"},
}

# Two numbers joined into a range: (word before the first number or "", joiner between them).
RANGES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("between", "and"), ("", "to"), ("", "or"), ("", "-"), ("", "–")),
    "fr": (("entre", "et"), ("", "à"), ("", "ou"), ("", "-"), ("", "–")),
    "es": (("entre", "y"), ("", "a"), ("", "o"), ("", "-"), ("", "–")),
    "de": (("zwischen", "und"), ("", "bis"), ("", "oder"), ("", "-"), ("", "–")),
    "ar": (("بين", "و"), ("", "إلى"), ("", "الى"), ("", "أو"), ("", "-")),
    "tr": (("", "ile"), ("", "ila"), ("", "veya"), ("", "-"), ("", "–")),
    "it": (("tra", "e"), ("fra", "e"), ("", "a"), ("", "o"), ("", "-")),
    "nl": (("tussen", "en"), ("", "tot"), ("", "of"), ("", "-")),
    "pt": (("entre", "e"), ("", "a"), ("", "ou"), ("", "-")),
    "ru": (("от", "до"), ("", "-"), ("", "–"), ("", "или")),
    "uk": (("від", "до"), ("", "-"), ("", "–"), ("", "або")),
    "pl": (("od", "do"), ("między", "a"), ("", "-"), ("", "–"), ("", "lub"), ("", "albo")),
}
# Words before a number that make "X to Y" a change over time, not a range ("rose from 36 to 53").
RANGE_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("from",), "fr": ("passé de", "passant de", "passée de"),
    "es": ("pasó de", "pasando de", "aumentó de", "subió de", "elevó de", "ascendió de", "levantó de", "creció de"),
    "de": ("stieg von",), "ar": ("ارتفع من",), "tr": (), "it": ("passato da", "salito da"), "nl": ("steeg van",),
    "pt": ("passou de", "subiu de"),
    "ru": ("выросло с", "возросло с"),
    "pl": ("wzrosła z", "wzrósł z", "wzrosło z"),
}

# --- exclusions: numbers that are never counts of people ----------------------------------------------

# Patterns masked before numbers are read: times, numeric dates, phone numbers, fractions.
MASKS: tuple[str, ...] = (
    r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}",  # (555) 123-4567
    r"(?<!\d)\d{3}-\d{4}(?!\d)",  # 555-1234
    r"\d{4}-\d{2}-\d{2}",  # ISO dates
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}",  # 17/02/2023, 17.02.2023
    r"\d+(?:/\d+)+",  # 9/11, 24/7, fractions
    r"(?<![\d.,])\d{1,2}[:h]\d{2}(?!\d)",  # 10:30, 10h30
)

# A number right after these (regex, anchored at the end of the text before it) is not a count.
EXCLUDE_BEFORE: dict[str, tuple[str, ...]] = {
    "all": (
        r"[$€£¥₺₹]\s*", r"%\s*", r"#\s*", r"\d[:/]", r"\bno\.\s*", r"\bnr\.\s*", r"\bn°\s*", r"\bn\.?º\s*",
    ),
    "en": (
        r"\b(?:us|a|c|hk|nz)\$\s*", r"\b(?:usd|eur|gbp)\s*", r"\bnumber\s+", r"\bno\s+",
        r"\b(?:route|highway|interstate|i-|flight|room|apartment|apt\.?|suite|unit|page|chapter|article|"
        r"section|resolution|aged?|ages|"
        r"channel|ch\.|level|category|magnitude|grade|phase|gate|terminal|platform|district|ward|precinct|"
        r"zone|code|bill|proposition|prop\.|act|title|model|version|news|fox|abc|cbs|nbc|wsb|kare|called|"
        r"dial(?:ed)?|call|station|sector|block|engine|ladder|squad|box|lot|exit|mile|marker|pier|bus|line|year|top|"
        r"score|scored|at|the age of|between the ages of)\s+",
    ),
    "fr": (r"\b(?:numéro|âgée?s? de|l'âge de|l’âge de|route|article|ligne|vol|chambre)\s+",),
    "es": (r"\b(?:número|edad de|ruta|artículo|línea|vuelo|a las)\s+",),
    "de": (r"\b(?:nummer|im alter von|alter von|linie|flug|artikel|um|gegen)\s+",),
    "ar": (r"(?:رقم|عمر|الساعة|بنسبة)\s+",),
    "tr": (r"(?:yüzde|saat|no|numaralı)\s+",),
    "it": (r"\b(?:numero|età di|alle|linea|volo)\s+",),
    "nl": (r"\b(?:nummer|leeftijd van|lijn|vlucht|om)\s+",),
    "pt": (r"\b(?:número|idade de|linha|voo|às)\s+",),
    "ru": (r"(?:№|номер|возрасте)\s*",),
    "uk": (r"(?:№|номер|віці)\s*",),
    "pl": (r"\b(?:nr\.?|numer|wieku|godz\.|o godzinie|linii|lotu|ulicy|ul\.)\s*",),
}

# A number right before these (regex, anchored at the start of the text after it) is not a count.
EXCLUDE_AFTER: dict[str, tuple[str, ...]] = {
    "all": (
        r"\s?%", r"\s?‰", r"[^\W\d_]", r"-[^\W\d_]", r"\s?°", r"\s?[$€£¥₺]", r"\s*(?:km|kg|mm|cm|m|ft|mph|"
        r"km/h|lbs?|gmt|utc)\b", r"[:h]\d\d", r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b)",
    ),
    "en": (
        r"\s+(?:percent|per cent|percentage points?|(?:us |u\.s\. )?dollars?|cents?|pounds?|euros?|"
        r"bucks|pesos|yuan|rupees|francs|rubles|roubles|shekels|lira|dinars|riyals|grams?|kilos?|kilograms?|"
        r"tons?|tonnes?|pounds?|litres?|liters?|gallons?|years?|yrs|months?|weeks?|days?|hours?|hrs|minutes?|mins|seconds?|miles?|kilomet(?:er|re)s?|"
        r"met(?:er|re)s?|feet|foot|inches|acres?|degrees?|block|o'clock|o’clock|times|shots|shot\s+(?:was\s+|had\s+been\s+)?(?:fired|rang|went)|rounds?|"
        r"bullets?|calib(?:er|re)|millimet(?:er|re)s?|square|votes?|points?|goals?|runs?|yards?|mph|"
        r"(?:of (?:dollars|euros|pounds))|(?:in the morning|in the afternoon|in the evening|at night)|news)\b",
        r"\s+(?:(?:north|south|east|west|[nsew]\.?)\s+)?[\w.]+\s+(?:street|st|avenue|ave|road|rd|boulevard|"
        r"blvd|drive|dr|lane|ln|way|court|ct|place|pl|parkway|pkwy|highway|hwy)\b",
    ),
    "fr": (
        r"\s+(?:pour cent|pourcent|euros?|dollars?|francs?|ans|an|années?|mois|jours?|semaines?|heures?|"
        r"minutes?|kilomètres?|mètres?|degrés?|balles?|voix|points?|(?:de |d')?(?:dollars|euros))\b",
    ),
    "es": (
        r"\s+(?:por ciento|euros?|dólares|dolares|pesos|años|año|meses|mes|días|dias|semanas|horas?|"
        r"minutos?|kilómetros|metros|grados|votos|puntos|de (?:dólares|euros|pesos))\b",
    ),
    "de": (
        r"\s+(?:prozent|euro|dollar|franken|jahre|jahren|jahr|jährige[nr]?|monate[n]?|tage[n]?|wochen|"
        r"stunden|minuten|kilometer|meter|grad|uhr|stimmen|punkte)\b",
    ),
    "ar": (
        r"\s+(?:بالمئة|بالمائة|في المئة|في المائة|دولار|دولارا|يورو|ليرة|دينار|عاما|عام|سنة|سنوات|أعوام|"
        r"أشهر|شهرا|يوما|أيام|ساعة|ساعات|دقيقة|دقائق|كيلومتر|كيلومترا|كلم|كم|مترا|متر|درجة)",
    ),
    "tr": (
        r"\s+(?:yaşında|yaşındaki|yaşlarında|yıl|yıllık|yılında|ay|aylık|gün|günlük|saat|dakika|"
        r"kilometre|metre|lira|dolar|avro|euro|derece|puan)",
    ),
    "it": (r"\s+(?:per cento|euro|dollari|anni|mesi|giorni|settimane|ore|minuti|chilometri|metri)\b",),
    "nl": (r"\s+(?:procent|euro|dollar|jaar|jarige|maanden|dagen|weken|uur|minuten|kilometer|meter)\b",),
    "pt": (r"\s+(?:por cento|euros?|dólares|reais|anos|meses|dias|semanas|horas|minutos|quilômetros|metros)\b",),
    "ru": (
        r"\s+(?:процент\w*|рубл\w*|доллар\w*|евро|лет|года?|году|месяц\w*|дн\w*|недел\w*|час\w*|минут\w*|"
        r"км|километр\w*|метр\w*|летн\w*)(?!\w)",
    ),
    "uk": (
        r"\s+(?:відсот\w*|гривень|гривні|долар\w*|євро|років|року|рік|місяц\w*|дн\w*|тижн\w*|годин\w*|"
        r"хвилин\w*|км|кілометр\w*|метр\w*|річн\w*)(?!\w)",
    ),
    "pl": (
        r"\s+(?:proc\.|procent\w*|złotych|zł|dolarów|euro|lat|lata|roku|rok|miesięcy|miesiące|dni|tygodni\w*|"
        r"godzin\w*|minut\w*|km|kilometr\w*|metr\w*|stopni\w*|letni\w*)(?!\w)",
    ),
}

# An age after a name: "John Smith, 23, of Chicago", "Smith (23)".
AGE_CONTEXTS: tuple[tuple[str, str], ...] = (
    (r"\b[A-Z][\w'’.-]*,\s*", r"^\s*(?:,|;|\)|\.(?:\s|$))"),
    (r"\b[A-Z][\w'’.-]*\s*\(\s*", r"^\s*\)"),
)

# Letters glued to the front of a number make it a code ("A320", "COVID-19", "F-16"); per language
# exceptions for conjunctions written as one letter ("و10" in Arabic).
GLUED_BEFORE: dict[str, str] = {
    "ar": r"(?:[^\W\d_]{2}|[^\W\d_وبلف])-?$",
    "default": r"[^\W\d_]-?$",
}

# Longer numbers written without grouping are phone numbers or identifiers, not counts.
MAX_BARE_DIGITS = 6

# Bare four-digit numbers in this range are years.
YEAR_RANGE: tuple[int, int] = (1800, 2100)
