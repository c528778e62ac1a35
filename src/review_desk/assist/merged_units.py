"""The standard units a merged local bureau stands for.

Counties and many cities join departments into one bureau: 教育体育局 handles schools and
sport, 文化和旅游体育局 culture, tourism and sport, 科技和工业信息化局 science and industry,
农业农村和水利局 farming and water. Such a county has no 体育局, so a 全民健身 proposal is the
merged bureau's, and seeding the catalogue must not add the 体育局 it lacks. A bureau's name is
read as a chain of department words (教育 + 体育); only a name read whole, every character
part of a known word or a joining word (和, 与, 管理), stands for more than one unit; so
does a bureau with a second plaque in brackets (县教育局（县体育局）). A
name with anything else in it (教育工委, 某某服务中心) is left to the ordinary one-unit
mapping.
"""

from __future__ import annotations

import functools
import re

# department words as merged bureau names use them, with the standard unit each stands for
_WORDS: dict[str, str] = {
    "教育": "education", "教体": "education", "体育": "sport",
    "文化": "culture_tourism", "旅游": "culture_tourism", "文旅": "culture_tourism",
    "文物": "culture_tourism",
    "广播电视": "radio_tv", "广电": "radio_tv", "新闻出版": "radio_tv",
    "卫生健康": "health", "卫生": "health", "卫健": "health", "计划生育": "health",
    "科技": "science_technology", "科学技术": "science_technology",
    "工业": "industry_it", "信息化": "industry_it", "工业信息化": "industry_it",
    "经济": "industry_it", "工信": "industry_it",
    "商务": "commerce", "投资促进": "commerce",
    "发展改革": "development_reform", "发展": "development_reform", "改革": "development_reform",
    "发改": "development_reform",
    "水利": "water", "水务": "water",
    "农业农村": "agriculture_rural", "农业": "agriculture_rural", "农村": "agriculture_rural",
    "畜牧": "agriculture_rural",
    "林业": "forestry", "草原": "forestry",
    "自然资源": "natural_resources", "规划": "natural_resources", "国土资源": "natural_resources",
    "国土": "natural_resources",
    "住房": "housing_construction", "城乡建设": "housing_construction",
    "住房城乡建设": "housing_construction", "住建": "housing_construction",
    "城市管理": "city_management", "城管": "city_management",
    "综合执法": "city_management", "综合行政执法": "city_management",
    "交通运输": "transport", "交通": "transport",
    "生态环境": "ecology_environment", "环境保护": "ecology_environment",
    "环保": "ecology_environment",
    "人力资源": "human_resources", "社会保障": "human_resources",
    "民政": "civil_affairs", "退役军人事务": "veterans", "医疗保障": "healthcare_security",
    "应急": "emergency", "应急管理": "emergency",
    "市场监督": "market_regulation", "市场监管": "market_regulation",
    "粮食": "grain_reserves", "物资储备": "grain_reserves",
    "统计": "statistics", "财政": "finance", "审计": "audit", "司法": "justice",
    "民族": "ethnic_religious", "宗教": "ethnic_religious", "民族宗教": "ethnic_religious",
    "政务服务": "data_bureau", "数据": "data_bureau", "大数据": "data_bureau",
    "能源": "energy", "人民防空": "civil_defence", "人防": "civil_defence",
    "信访": "petitions", "外事": "foreign_affairs", "侨务": "foreign_affairs",
}
_JOINERS = ("和", "与", "、", "管理", "事务")
# a bureau of a government (not a 协会, 部 or 中心, which name other kinds of unit)
_SUFFIX = re.compile(r"(?:委员会|局|厅|委)$")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:自治州|自治县|市|省|区|县|州|盟|旗)")
_NOISE = re.compile(r"[\s“”\"'·]")
_PLAQUES = re.compile(r"[()（）]")  # 县教育局（县体育局）: one bureau, two plaques
_LONGEST = max(len(w) for w in (*_WORDS, *_JOINERS))


def _cores(name: str) -> list[str]:
    """The name without its ending, then without one more leading place at a time
    (灞桥区文化和旅游体育局 / 文化和旅游体育局; 城市管理局 is not a place)."""
    plain = _NOISE.sub("", name)
    if not _SUFFIX.search(plain):
        return []
    current = _SUFFIX.sub("", plain)
    out: list[str] = []
    while current and current not in out:
        out.append(current)
        current = _PLACE.sub("", current, count=1)
    return out


@functools.cache
def _read(core: str) -> tuple[str, ...] | None:
    """The units of a whole reading of `core` (the one with the fewest words), or None."""
    if not core:
        return ()
    best: tuple[str, ...] | None = None
    for size in range(min(_LONGEST, len(core)), 0, -1):
        head = core[:size]
        if head not in _WORDS and head not in _JOINERS:
            continue
        rest = _read(core[size:])
        if rest is None:
            continue
        reading = (_WORDS[head], *rest) if head in _WORDS else rest
        if best is None or len(reading) < len(best):
            best = reading
    return best


def _reading(name: str) -> tuple[str, ...]:
    for core in _cores(name):
        reading = _read(core)
        if reading:
            return reading
    return ()


def covered_keys(name: str) -> tuple[str, ...]:
    """The standard units a merged bureau's name joins (教育体育局: education, sport; a
    bureau with a second plaque, 县教育局（县体育局）, the same), in the order the name gives
    them; () when the name is not read whole or joins fewer than two."""
    plaques = [part for part in _PLAQUES.split(name) if part.strip()]
    keys = tuple(dict.fromkeys(k for part in plaques for k in _reading(part)))
    return keys if len(keys) >= 2 else ()
