"""Japanese cue words for extraction (regular-expression fragments, matched inside runs of characters).

Japanese writes no spaces (`spaced=False`): `extract.cjk_figures` reads the counts ("少なくとも36人が死亡",
"3人がけが", "死者は12人に"), `extract.cjk_sources` the sources ("警察によると", "政府は…と発表した").
Counts are read by `annotate.cjk`, as Chinese ones are; "30人以上" (thirty or more) is read there as at least.
"""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable
from newsweave.extract.tables_zh import SOURCE_TRIM

# an actor's name: no punctuation and no particle inside ("カブールでイスラム国が" -> "イスラム国")
_ACTOR = r"(?P<actor>[^、。，,：:！!？?「」『』（）()はでにをがと\s]{2,20}?)"

TABLE = LanguageTable(
    casualty={
        "killed": (
            # "死者は12人": the cue before its count
            r"死者(?:数)?(?:は|が)?[^、。]{0,6}?(?=[0-9０-９一二三四五六七八九十百千])",
            r"死亡",
            r"死去",
            r"致命傷を負(?:った|い|う)",  # a fatal wound is a death: "致命傷を負った"
            r"亡くな(?:った|り|る)",
            r"殺害",
            r"殺され",
            r"射殺",
            r"犠牲",
            r"遺体",
            r"死者",
        ),
        "injured": (r"負傷者?", r"けが(?:人)?", r"怪我", r"重傷", r"軽傷", r"重軽傷", r"負傷"),
        "kidnapped": (r"拉致", r"誘拐", r"人質", r"連れ去られ"),
        "released": (r"解放", r"釈放", r"救出"),
        "missing": (r"行方不明",),
        "arrested": (r"逮捕", r"拘束", r"身柄を確保"),
        "displaced": (r"避難", r"家を失"),
    },
    qualifiers={
        "at_least": (r"少なくとも", r"最低"),
        "more_than": (r"超", r"を超える"),
        "about": (r"約", r"およそ", r"ほぼ", r"近く"),
        "at_most": (r"最大",),
        "up_to": (r"最大で",),
    },
    stages={"initial": (r"当初",), "revised": (r"に増え", r"に上った", r"に達した")},
    groups={
        "soldiers": (r"兵士", r"軍人", r"隊員"),
        "civilians": (r"民間人", r"住民", r"市民"),
        "children": (r"子ども", r"子供", r"児童", r"生徒"),
        "women": (r"女性",),
        "police": (r"警察官", r"警官"),
        "militants": (r"武装勢力", r"過激派", r"戦闘員"),
    },
    parts=(r"うち", r"このうち", r"含む"),
    # ages, dates, units, and counters of things ("3件", "2台", "5棟")
    not_counts_after=(
        r"歳",
        r"才",
        r"年",
        r"月",
        r"日",
        r"時",
        r"分",
        r"%",
        r"キロ",
        r"メートル",
        r"円",
        r"回",
        r"件",
        r"台",
        r"棟",
        r"機",
        r"隻",
    ),
    not_counts_before=(r"第",),
    singular_before=(),
    singular_after=(),
    roles=(r"記者", r"学生", r"乗客", r"観光客"),
    activities={},
    source_follows=(),
    # "警察によると": the source before the cue
    source_precedes=(r"によると", r"によれば", r"の発表では"),
    speech_verbs=(r"明らかにした", r"発表した", r"述べた", r"語った", r"伝えた", r"報じた", r"話した"),
    source_anaphora=(r"同省", r"同局", r"同氏", r"彼", r"彼女"),
    # "イスラム国が犯行声明を出した", "タリバンの犯行とみられる", "武装勢力による攻撃"
    perpetrator={
        "claimed": (rf"{_ACTOR}が[^。]{{0,20}}?犯行声明", rf"{_ACTOR}が[^。]{{0,20}}?(?:犯行|関与)を認め"),
        "blamed": (rf"{_ACTOR}の犯行と(?:断定|非難)", rf"{_ACTOR}による(?:犯行|攻撃|テロ)(?:だ)?と(?:非難|断定)"),
        "suspected": (rf"{_ACTOR}の犯行とみ", rf"{_ACTOR}が関与した(?:疑い|とみられ)", rf"{_ACTOR}の関与が疑われ"),
        "stated": (rf"{_ACTOR}による(?:攻撃|襲撃|銃撃|爆撃|空爆|砲撃|自爆テロ|テロ)",),
    },
    armed_groups=(r"イスラム国", r"タリバン", r"ハマス", r"ヒズボラ", r"アルカイダ", r"武装勢力"),
    # "過激派組織イスラム国": the kind of group before its name
    actor_noise=(r"^(?:イスラム)?(?:過激派|武装|テロ|反政府)?組織", r"^(?:イスラム)?過激派"),
    new_event=(r"昨年", r"以前にも", r"一方", r"\d{4}年"),
    back_reference=(r"この(?:攻撃|事件|爆発)", r"今回の(?:攻撃|事件|爆発)"),
    event_words=(r"攻撃", r"爆発", r"銃撃", r"空爆", r"砲撃", r"衝突", r"事故", r"地震", r"火災", r"テロ"),
    weekdays=tuple(f"{d}曜日?" for d in "月火水木金土日"),
    conjunctions=(r"と", r"、"),
    clause_words=(r"が、", r"ものの", r"後に"),
    negations=(r"いない", r"なかった", r"ない"),
    stamp_words=(r"配信", r"更新"),
    aftermath=(r"逮捕", r"裁判", r"葬儀"),
    spaced=False,
    killed_or_injured=(r"が?死傷",),  # "12人が死傷し、うち3人が死亡": 9 hurt
    source_trim=SOURCE_TRIM,
)
