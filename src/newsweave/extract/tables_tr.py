"""Turkish cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"“”]{2,90})"

TABLE = LanguageTable(
    no_group_after=("kişi", "kişinin", "kişiden"),
    casualty={
        "killed": (
            # fatally wounded is a death, not a wound: "ölümcül şekilde yaralandı", "ölümcül yara aldı"
            r"ölümcül (?:şekilde |biçimde )?(?:yaralandı|yaralanmıştı|yaralanmış|yaralanan)",
            r"ölümcül (?:yara|yaralar) al(?:dı|mıştı)",
            r"öldü",
            r"öldürüldü",
            # participles: "öldürülen oğlu", "kazada hayatını kaybeden 3 kişi", "ölen işçiler"
            r"öldürülen",
            r"öldürülmüş",
            r"hayatını kaybeden",
            r"yaşamını yitiren",
            r"ölen",
            r"hayatını kaybetti(?:ğini)?",
            r"öldüğünü",
            r"yaşamını yitirdi",
            r"can verdi",
            r"ölü",
            r"cesedi",
            r"cesetleri",
            r"ölü sayısı",
            r"öldüren",
            r"şehit oldu",
            r"ölmüştü",
            r"ölmüş",  # "15 kişi ölmüş, 8 kişi yaralanmıştı": a past told as heard
            r"hayatını kaybetmiş(?:ti)?",
        ),
        "injured": (
            r"yaralandığını",
            r"yaralandı",
            r"yaralı",
            r"yaralanan",
            r"yaraladı",
            r"yaralanmıştı",
            r"yaralanmış",
        ),
        "kidnapped": (
            r"kaçırıldı",
            r"kaçırılan",
            r"kaçırdı",
            r"rehin alındı",
            r"rehinel?e?r?(?!\w*(?: \w+)? serbest)",
        ),
        "released": (r"serbest bırakıldı", r"serbest bırakılan", r"kurtarıldı"),
        "missing": (r"kayıp", r"kayboldu"),
        "arrested": (
            r"gözaltına alındı",
            r"tutuklandı",
            # caught by a disease, not by the police: "koronavirüse (Kovid-19) yakalandı"
            r"(?<!virüse )(?<!Kovid-19'a )(?<!Covid-19'a )(?<!\(Kovid-19\) )(?<!\(Covid-19\) )(?<!hastalığa )yakalandı",
            r"gözaltına alınan",
        ),
        "displaced": (r"yerinden edildi", r"kaçtı", r"tahliye edildi", r"evsiz kaldı"),
        "affected": (r"etkilendi", r"etkilenen"),
    },
    qualifiers={
        "at_least": (r"en az",),
        "more_than": (r"(?:\S+ )?fazla", r"aşkın"),
        "about": (r"yaklaşık", r"civarında", r"kadar"),
        "at_most": (r"en fazla",),
        "up_to": (r"(?:\S+ )?kadar",),
    },
    stages={"initial": (r"ilk belirlemelere göre", r"ilk bilanço"), "revised": (r"yükseldi", r"çıktı")},
    groups={
        "soldiers": (r"asker", r"askerler", r"askeri personel"),
        "civilians": (r"sivil", r"siviller", r"vatandaş"),
        "children": (r"çocuk", r"çocuklar"),
        "women": (r"kadın", r"kadınlar"),
        "police": (r"polis", r"polisler", r"jandarma"),
        "militants": (r"militan", r"cihatçı", r"terörist", r"savaşçı"),
    },
    parts=(r"aralarında", r"bunlardan"),
    not_counts_after=(
        r"(?:hayvan|maymun|köpek|kedi|inek|koyun|keçi|kuş|balık|domuz|tavuk)",  # animals are no casualties
        r"yaşında",
        r"yıl",
        r"ay",
        r"gün",
        r"saat",
        r"%",
        r"km",
        r"kilometre",
        r"metre",
        r"kez",
        r"lira",
        r"dolar",
        r"kilo(?:gram)?",
        r"ton",  # amounts, not people
        r"vaka",  # an epidemic's cases are not its dead ("381 bin 621 vaka")
    ),
    not_counts_before=(r"yüzde",),
    # an age in brackets after a name: "Burak Can Sarıkaya (23) kazada öldü"
    age_apposition=((r"\w\s*\(",), (r"\)\w*",)),  # ")Okul": a word may follow with no space
    # one person named right before the cue: "bir kişi öldü", "bir genç kadın ölümcül şekilde yaralandı"
    singular_before=(
        r"(?<!\w)bir (?:[\w-]+ )?(?:kişi|adam|kadın|çocuk|genç|polis|asker|erkek|kız|bekçi|sürücü|öğrenci|vatandaş"
        r"|yolcu) (?:daha )?",
    ),
    singular_after=(r"bir ",),
    roles=(
        r"mantar toplayıcıları",
        r"cemaat",
        r"öğrenciler",
        r"çiftçiler",
        r"balıkçılar",
        r"yolcular",
        r"gazeteciler",
        r"siviller",
    ),
    activities={r"(?:mantar|trüf) topla\w*": "mantar toplayıcıları"},
    # links opening a source's clause ("Bu arada Valilik açıkladı"): no part of its name
    # words telling a lone hurt person apart from the dead of the same report ("also", "another", "survived"): kept
    # injured, not read as the one who died (`event_figures._lone_hurt_is_the_dead`)
    told_apart=(r"ayrıca", r"bir diğer", r"başka bir", r"ikinci", r"kurtuldu"),
    source_leading=(("bu arada", "ayrıca"), ()),
    source_follows=(),
    source_precedes=(
        r"(?:['’](?:[ey]e|[ey]a|ne|na|e|a))? göre",
        r"(?:['’]?n?[ıiuü]n) (?:açıklamasına|yaptığı açıklamaya|verilerine|bilgilere|raporuna) göre",
        r"(?:['’]?(?:dan|den|tan|ten)) yapılan (?:yazılı )?açıklamaya göre",  # "Valilikten yapılan açıklamaya göre"
    ),
    speech_verbs=(r"dedi", r"açıkladı", r"bildirdi", r"duyurdu", r"belirtti", r"ifade etti", r"aktardı"),
    source_anaphora=(r"aynı kaynak", r"kaynak", r"o"),
    perpetrator={
        "attributed": (rf"{_ACTOR} tarafından düzenlendiği", rf"{_ACTOR}(?:'|’)?(?:[ıiuü]n|n[ıiuü]n) üstlen"),
        "claimed": (rf"{_ACTOR}(?: (?:saldırıyı|eylemi|patlamayı|(?:saldırının )?sorumluluğunu))? üstlendi",),
        "blamed": (rf"{_ACTOR} sorumlu tutuldu",),
        # "saldırıyı IŞİD'in düzenlediğinden şüpheleniliyor": the deed between the actor and the suspicion
        "suspected": (
            rf"{_ACTOR}(?:'|’)?(?:[ıiuü]n|n[ıiuü]n)? (?:\w+ )?(?:düzenlediğinden|gerçekleştirdiğinden) şüphelen",
        ),
        "stated": (rf"{_ACTOR} tarafından",),
    },
    armed_groups=(
        r"IŞİD",
        r"DEAŞ",
        r"Daeş",
        r"İslam Devleti",
        r"PKK",
        r"PKK/YPG",
        r"YPG",
        r"FETÖ",
        r"Eş-Şebab",
        r"El Kaide",
        r"Taliban",
        r"terör örgütü",
        r"militanlar",
        r"teröristler",
    ),
    actor_noise=(r"^terör örgütü ", r" terör örgütü$", r"^(?:saldırıyı|eylemi|patlamayı) "),  # the object first
    new_event=(
        r"birkaç gün önce",
        r"geçen yıl",
        r"bir yıl önce",
        r"bu arada",
        r"ayrı bir olayda",
        r"benzer bir saldırı",
        r"o zamandan beri",
        r"\d{4} yılında",
    ),
    back_reference=(r"bu (?:ilk )?saldırı", r"saldırının kurbanları"),
    event_words=(r"saldırı", r"pusu", r"bombalı", r"patlama", r"baskın", r"operasyon", r"çatışma"),
    weekdays=(r"pazartesi", r"salı", r"çarşamba", r"perşembe", r"cuma", r"cumartesi", r"pazar"),
    actor_stops=("ve", "ile", "için", "sonra", "önce"),
    conjunctions=("ve", "veya", "ile", "ama"),
    close_nouns=(r"ölü", r"yaralı", r"cesetleri"),
    # "daha sonra": later; a count's own verb ends its clause ("vaka sayısı 66 bini geçti, 1218 kişi ... öldü")
    clause_words=(
        r"ancak",
        r"ama",
        r"iken",
        r"(?<!daha )sonra",
        r"(?<!daha )önce",
        r"geçti",
        r"aştı",
        r"buldu",
        r"ulaştı",
        r"yükseldi",
        r"arttı",
    ),
    # a link to another story: "İlgili haber: ..."
    link_labels=(r"ilgili haber(?:ler)?\s?:", r"ayrıca bakınız\s?:", r"bunlar da ilginizi çekebilir\s?:"),
    negations=(r"değil", r"hiç kimse"),
    stamp_words=(r"yayınlanma", r"güncelleme"),
    # what follows a happening: "pazar günü gözaltına alındı", "cenaze töreni cuma günü"
    aftermath=(r"gözaltına", r"tutuklan\w*", r"yakaland\w*", r"mahkeme\w*", r"cenaze\w*", r"iddianame\w*"),
)
