"""Boilerplate and wire-credit tables, per language, kept apart from the code that matches them.

Every phrase is a regular expression matched (case-insensitively) at the START of a line: a line is page
furniture when it opens like a newsletter box, an app banner, a share bar or a login prompt. The phrases are
written so that a reporter's sentence does not open that way; `clean` still refuses to drop long lines that
match none of them. Add a language by adding a key; no code changes.
"""

from __future__ import annotations

# --- page furniture, matched at the start of a line --------------------------------------------------

BOILERPLATE: dict[str, tuple[str, ...]] = {
    "en": (
        # newsletters, subscriptions, accounts
        r"sign (?:up|in)\b",
        r"subscribe (?:now|today|to (?:our|the)|for)\b",
        r"i subscribe$",
        r"already (?:a subscriber|have an account|registered)",
        r"(?:log|sign) in to (?:comment|post|reply|continue|read)",
        r"you must be (?:logged|signed) in",
        r"thank you for (?:registering|signing up|subscribing|reading)",
        r"welcome back\b",
        r"we have sent (?:you )?an? (?:verification|confirmation) email",
        r"if you do not receive the verification",
        r"by submitting your (?:registration|information|email)",
        r"we look forward to seeing you",
        r"oops, you haven't selected",
        r"get (?:breaking news )?(?:email )?(?:alerts|notifications)\b",
        r"get alerted\b",
        r"(?:close )?get email notifications",
        r"email notifications are only sent",
        r"your notification has been saved",
        r"there was a problem saving your notification",
        r"get (?:digital|unlimited|full) access",
        r"\d+ of \d+ (?:premium clicks|free articles)",
        r"sorry, this zip ?code",
        r"why are we asking this",
        r"you are the owner of this article",
        r"you must enter the characters",
        r"just one more thing\.*$",
        r"the summary of the .{0,40}week",
        r"\S+(?: \S+){0,3} (?:week|newsletter) invites you to",
        # apps, video players, live streams
        r"download (?:the|our) .{0,40}\bapp\b",
        r"get the .{0,30}\bapp\b",
        r"take (?:international )?news everywhere with you",
        r"please enable javascript",
        r"having trouble (?:viewing|watching|playing)",
        r"(?:hide|show) transcript",
        r"watch (?:live|this story|now|the (?:full )?video)\b",
        r"tune in to .{0,60}\bfor (?:the latest|more)\b",
        r"(?:listen|watch) to .{0,40} (?:radio|live) here",
        r"for more (?:\w+ ){0,3}news, listen to",
        # sharing and social
        r"share (?:this|on|via)\b",
        r"read or share this (?:story|article)",
        r"follow (?:us|\S+)(?: on)?\s*[:|]?\s*(?:facebook|twitter|instagram|x\b)",
        r"follow us\b",
        r"stay up to date, follow",
        r"join the conversation",
        r"like this: like",
        r"add a location to your tweets",
        r"when you tweet with a location",
        # related links and reading prompts
        r"report an error",
        r"submit a (?:news )?tip",
        # comments, cookies, ads, copyright
        r"(?:post|leave|add) a comment",
        r"comments? (?:are|have been) (?:closed|disabled)",
        r"(?:view|show|hide) comments",
        r"\d+ comments?$",
        r"we use cookies",
        r"this (?:web)?site uses cookies",
        r"accept (?:all )?cookies",
        r"cookie (?:policy|settings|preferences)",
        r"advertisement$",
        r"sponsored(?: content)?$",
        r"\(?\s*©\s*(?:\d{4}|copyright)",
        r"\(?copyright\s*(?:©|\(c\))?\s*\d{4}",
        r".{0,80}\ball rights reserved\b",
        r"text size$",
    ),
    "fr": (
        r"je m'abonne$",
        r"abonnez-vous\b",
        r"inscrivez-vous\b",
        r"recevez (?:notre|nos|la) (?:newsletter|lettre)",
        r"le résumé de la semaine",
        r"\S+(?: \S+){0,3} vous propose de revenir sur",
        r"emportez l'actualité",
        r"télécharge[zr]? l'application",
        r"suivez-nous\b",
        r"partage[rz]? (?:sur|cet article)\b",
        r"vous devez être connecté",
        r"connectez-vous pour (?:commenter|réagir)",
        r"nous utilisons des cookies",
        r"ce site utilise des cookies",
        r"accepter (?:les|tous les) cookies",
        r"regarde[rz]? (?:en direct|le direct|la vidéo)\b",
        r"publicité$",
        r"tous droits réservés\b",
    ),
    "es": (
        r"suscr[ií]bete\b",
        r"suscríbase\b",
        r"recibe (?:nuestro|nuestros|el) (?:boletín|newsletter)",
        r"síguenos\b",
        r"descarga (?:la|nuestra) app",
        r"compartir (?:en|este artículo)\b",
        r"inicia sesión para comentar",
        r"utilizamos cookies",
        r"este sitio (?:web )?utiliza cookies",
        r"aceptar (?:las |todas las )?cookies",
        r"ver en directo\b",
        r"publicidad$",
        r"todos los derechos reservados\b",
    ),
    "de": (
        r"jetzt abonnieren\b",
        r"abonnieren sie\b",
        r"newsletter abonnieren\b",
        r"melden sie sich (?:an|für)\b",
        r"folgen sie uns\b",
        r"laden sie (?:die|unsere) .{0,30}app\b",
        r"teilen (?:sie|auf)\b",
        r"wir verwenden cookies",
        r"diese (?:web)?seite verwendet cookies",
        r"cookies akzeptieren",
        r"(?:jetzt )?live (?:ansehen|sehen)\b",
        r"anzeige$",
        r"alle rechte vorbehalten\b",
    ),
    "ar": (
        r"اشترك\b",
        r"اشتركوا\b",
        r"سجل الدخول",
        r"تابعونا\b",
        r"تابعوا\b",
        r"(?:حمّل|حمل|تحميل|نزّل) تطبيق",
        r"شارك (?:على|هذا|المقال)",
        r"نستخدم ملفات (?:تعريف )?الارتباط",
        r"شاهد (?:البث المباشر|مباشر)",
        r"إعلان$",
        r"جميع الحقوق محفوظة",
    ),
    "tr": (
        r"abone ol\b",
        r"bültenimize abone",
        r"bizi takip edin\b",
        r"uygulamayı indirin\b",
        r"paylaş\s*:?$",
        r"yorum yapmak için giriş",
        r"çerez(?:ler)? kullan",
        r"canlı izle\b",
        r"reklam$",
        r"tüm hakları saklıdır\b",
    ),
}

# Reading prompts ("Read more:", "Related:", "Lire aussi"): furniture on a short line, but crawls glue them
# to real sentences, so `clean` drops a long line for these only when it is short (see clean.PROMPT_MAX).
PROMPTS: dict[str, tuple[str, ...]] = {
    "en": (
        r"click (?:here|on the button|to)\b",
        r"(?:read|see) (?:more|also|next|the full story)\b",
        r"(?:related|recommended|trending)(?: (?:stories|articles|news|videos|links|coverage))?\s*:",
        r"(?:more|popular|latest|top|related|recommended|trending) (?:stories|articles|videos|links|coverage)\s*:?$",
    ),
    "fr": (
        r"lire (?:aussi|la suite|plus)\b",
        r"à lire (?:aussi|également)\b",
        r"voir aussi\b",
    ),
    "es": (
        r"lee (?:también|más)\b",
        r"leer más\b",
        r"más información\s*:",
        r"te puede interesar\b",
    ),
    "de": (
        r"lesen sie (?:auch|mehr)\b",
        r"mehr zum thema\b",
        r"weiterlesen\b",
    ),
    "ar": (r"اقرأ (?:أيضا|أيضاً|المزيد)",),
    "tr": (
        r"(?:ayrıca|bunları da) okuyun\b",
        r"devamını oku\b",
        r"ilgili haberler\b",
    ),
}

# A line made only of these words (any language) is a share bar or a navigation fragment.
NAV_WORDS: frozenset[str] = frozenset(
    """
    facebook twitter x email e-mail print share pinterest google linkedin whatsapp reddit telegram more
    close comments comment tweet play copy link messenger instagram youtube tiktok home menu search
    partager imprimer fermer commentaires compartir imprimir cerrar comentarios teilen drucken schließen
    kommentare paylaş yazdır kapat yorumlar شارك طباعة إغلاق تعليقات
    """.split()
)

# --- wire agencies ------------------------------------------------------------------------------------

# Normalised agency name -> the ways reports write it. Short forms are matched as whole words, case-sensitively.
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "أ ف ب", "ا ف ب", "فرانس برس"),
    "Reuters": ("Reuters", "رويترز"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "dpa": ("dpa", "DPA", "د ب أ"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Anadolu": ("AA", "Anadolu", "Anadolu Agency", "Anadolu Ajansı", "الأناضول"),
    "Xinhua": ("Xinhua", "شينخوا"),
    "TASS": ("TASS",),
    "Interfax": ("Interfax",),
    "UPI": ("UPI",),
    "PTI": ("PTI",),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Kyodo": ("Kyodo",),
    "Yonhap": ("Yonhap",),
    "AAP": ("AAP",),
    "Europa Press": ("Europa Press",),
    "APA": ("APA",),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "SANA": ("SANA", "سانا"),
    "WAFA": ("WAFA", "وفا"),
    "IRNA": ("IRNA",),
    "DHA": ("DHA",),
    "IHA": ("İHA", "IHA"),
    "agencies": (
        "agencies",
        "news agencies",
        "wires",
        "agences",
        "agencias",
        "Agenturen",
        "ajanslar",
        "وكالات",
        "agenzie",
    ),
}

# How a standalone credit line opens ("With AFP", "avec AFP", "con EFE", "mit dpa"), per language.
CREDIT_LEADS: dict[str, tuple[str, ...]] = {
    "en": (
        "with inputs from",
        "with input from",
        "with reporting from",
        "additional reporting by",
        "reporting by",
        "with",
        "source:",
        "sources:",
        "via",
        "by",
    ),
    "fr": ("avec", "source :", "source:", "sources :", "d'après"),
    "es": ("con información de", "con", "fuente:", "fuentes:"),
    "de": ("mit material von", "mit", "quelle:", "quellen:"),
    "ar": ("المصدر:", "المصدر :", "مع", "-"),
    "tr": ("kaynak:", "ile"),
}

# Words joining several agencies in one credit ("AFP and Reuters", "AFP et AP", "dpa/AFP").
CREDIT_JOINERS: tuple[str, ...] = (",", "/", "&", "+", " and ", " et ", " y ", " und ", " ve ", " و", ";")

# A credit that trails its agency ("The Associated Press contributed to this report.").
CREDIT_TAILS: tuple[str, ...] = (
    r"contributed (?:to )?(?:this report|this story|reporting)",
    r"a contribué à cet article",
    r"contribuyó a este (?:informe|artículo)",
    r"hat zu diesem bericht beigetragen",
)
