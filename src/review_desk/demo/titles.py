"""Titles (案由) in the style 关于……的提案, built from a topic's phrasings."""

from __future__ import annotations

import random
from dataclasses import dataclass

from review_desk.demo.sampling import pick, sample
from review_desk.demo.topics import Topic

_ADVERBS = ("", "", "", "进一步", "切实", "持续", "着力")
_LEADING = ("加快", "持续", "进一步", "着力", "切实", "全面", "深入", "多措并举", "高质量", "坚持",
            "巩固", "抢抓", "打通", "破解")
_MEANS = ("多措并举", "以数字化赋能", "以改革创新", "综合施策", "统筹城乡资源", "聚焦群众急难愁盼",
          "以系统思维", "坚持问题导向", "以“小切口”")
# Verb patterns by what the noun names: an activity, a system, an industry, or a thing.
_ACTIVITY_ENDS = ("治理", "建设", "保护", "管理", "利用", "服务", "改造", "整治", "发展", "防治",
                  "监管", "保障", "转型", "传承", "化解", "培育", "招引", "融合", "结算", "振兴",
                  "革命", "照护", "改革", "工作", "调解", "援助", "养老", "教育", "办学", "化")
_SYSTEM_ENDS = ("体系", "机制", "制度", "网络", "政策", "环境", "布局", "网")
_INDUSTRY_ENDS = ("产业", "经济", "业", "企业", "市场")
_ACTIVITY_FORMS = ("加强{n}", "进一步加强{n}", "推进{n}", "做好{n}工作", "重视{n}工作",
                   "提升{n}水平", "推动{n}提质增效", "规范{n}", "提升{n}质效")
_SYSTEM_FORMS = ("完善{n}", "优化{n}", "健全{n}", "进一步完善{n}", "加快构建{n}")
_INDUSTRY_FORMS = ("推动{n}高质量发展", "加快发展{n}", "培育壮大{n}", "促进{n}健康发展",
                   "支持{n}发展")
_THING_FORMS = ("做好{n}相关工作", "重视{n}问题", "加强{n}工作", "推进{n}工作")
_TAILS = (("", "相关问题"), ("", "存在的问题及对策"), ("", "工作"), ("补齐", "短板弱项"),
          ("", "现状与对策"))
_GOALS: dict[str, tuple[str, ...]] = {
    "经济建设": ("经济高质量发展", "增强发展新动能", "打造一流营商环境", "建设现代化产业体系"),
    "政治建设": ("推进市域治理现代化", "建设法治江川", "发展全过程人民民主", "建设平安江川"),
    "文化建设": ("建设文化强市", "提升城市文化软实力", "丰富群众精神文化生活"),
    "社会建设": ("增进民生福祉", "提升群众获得感幸福感", "办好民生实事", "建设幸福江川"),
    "生态文明建设": ("建设美丽江川", "绿色低碳发展", "打好污染防治攻坚战"),
}


@dataclass(frozen=True)
class Focus:
    """What one proposal is about: a topic, one of its nouns and some key phrases."""

    topic: Topic
    noun: str
    keys: tuple[str, ...]


def pick_focus(rng: random.Random, topic: Topic) -> Focus:
    """Choose the noun and two or three key phrases a proposal on `topic` uses."""
    count = min(len(topic.keys), pick(rng, (2, 2, 3)))
    keys = tuple(sample(rng, topic.keys, count))
    return Focus(topic=topic, noun=pick(rng, topic.nouns), keys=keys)


def category_goals(category: str) -> tuple[str, ...]:
    """Aims a proposal of this category serves (used in titles and text)."""
    return _GOALS.get(category, ("推动全市高质量发展",))


def _with_adverb(rng: random.Random, core: str) -> str:
    if core.startswith(_LEADING):
        return core
    return pick(rng, _ADVERBS) + core


def _verb_noun(rng: random.Random, noun: str) -> str:
    forms: tuple[str, ...]
    if noun.endswith(_SYSTEM_ENDS):
        forms = _SYSTEM_FORMS
    elif noun.endswith(_INDUSTRY_ENDS):
        forms = _INDUSTRY_FORMS
    elif noun.endswith(_ACTIVITY_ENDS):
        forms = _ACTIVITY_FORMS
    else:
        forms = _THING_FORMS
    place = "我市" if rng.random() < 0.25 and not noun.startswith("“") else ""
    return pick(rng, forms).format(n=place + noun).replace("工作工作", "工作")


def make_title(rng: random.Random, focus: Focus, suggestion: bool = False) -> str:
    """A title: 关于{…}的提案 (or 的建议 when `suggestion`), from varied forms."""
    topic = focus.topic
    core = pick(rng, topic.cores)
    form = rng.random()
    if form < 0.28:
        middle = _with_adverb(rng, core)
    elif form < 0.50:
        middle = _verb_noun(rng, focus.noun)
    elif form < 0.62:
        head, tail = pick(rng, _TAILS)
        if focus.noun.endswith(tail[-2:]):
            head, tail = "", "相关问题"
        middle = head + ("我市" if rng.random() < 0.5 else "") + focus.noun + tail
    elif form < 0.77:
        means = pick(rng, _MEANS)
        middle = core if core.startswith(("多措并举", "坚持")) else means + core
    elif form < 0.89:
        others = [c for c in topic.cores if c != core]
        second = pick(rng, others) if others else _verb_noun(rng, focus.noun)
        middle = f"{core}、{second}"
    else:
        goal = pick(rng, category_goals(topic.category))
        middle = f"{core}助力{goal}"
    ending = "的建议" if suggestion else "的提案"
    return f"关于{middle}{ending}"
