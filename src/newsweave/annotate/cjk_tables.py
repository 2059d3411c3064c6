"""Chinese and Japanese number and date words, as data for `cjk.py` (regular-expression fragments where noted)."""

from __future__ import annotations

DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
}  # fmt: skip
SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000}
# vague counts: written -> (low, high); "数十人" dozens, "上百人" about a hundred
VAGUE: dict[str, tuple[int, int]] = {
    "数十": (20, 90), "几十": (20, 90), "數十": (20, 90), "数百": (200, 900), "几百": (200, 900), "上百": (100, 190),
    "数千": (2000, 9000), "几千": (2000, 9000), "上千": (1000, 1900), "数万": (20_000, 90_000),
}  # fmt: skip
# after a count: "30多人", "十余名", "100余人" say more than that (regex, matched right after the number)
MORE_AFTER = r"[多余餘]+(?=[^\W\d]|$)"
# after a count and its classifier: "30人以上" (Japanese) at least 30, "30人左右" about 30 (regex -> qualifier)
QUALIFIERS_AFTER: dict[str, str] = {
    r"\s*(?:人|名|位|个|個)?\s*以上": "at_least",
    r"\s*(?:人|名|位|个|個)?\s*左右": "about",
}
# before a count: an ordinal ("第三", "第2"); a code or a fraction glued to it ("A55" a road, "11⁄2")
ORDINAL_BEFORE = ("第",)
NOT_COUNT_BEFORE = r"[A-Za-zＡ-Ｚａ-ｚ⁄/／]"
NOT_COUNT_GLUED = r"[A-Za-zＡ-Ｚａ-ｚ⁄/／]"
# after a count: it counts no people (regex, matched right after the number and any "多")
NOT_COUNT_AFTER = (
    r"\s*(?:年|月|日|号|號|时|時|点|點|分|秒|岁|歳|歲|周年|%|％|公里|千米|米|元|美元|欧元|日元|块|度|个月|天|小时|次|倍"
    r"|号线|层|楼|届|代|名单|亿元|万元)"
)
# a numeral in characters counts only before one of these (classifiers, casualty words): "三人", "两名", "十余架"
CLASSIFIER_AFTER = r"[多余餘]*(?:人|名|位|个|個|具|架|辆|輛|艘|户|戶|家|死|伤|傷|遇难|死亡|受伤|儿童|士兵|平民)"

WEEKDAYS: dict[str, int] = {
    **{f"{prefix}{day}": i for prefix in ("周", "週", "星期", "礼拜", "禮拜") for i, day in enumerate("一二三四五六")},
    **{f"{prefix}{day}": 6 for prefix in ("周", "週", "星期", "礼拜", "禮拜") for day in ("日", "天")},
    **{f"{day}曜日": i for i, day in enumerate("月火水木金土日")},
}
# days counted back from publication: "昨天" yesterday, "前天" the day before
RELATIVE_DAYS: dict[str, int] = {
    "昨天": 1, "昨日": 1, "昨晚": 1, "昨夜": 1, "昨天晚上": 1, "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0,
    "今天早上": 0, "今朝": 0, "前天": 2, "一昨日": 2, "前日": 2,
}  # fmt: skip
