"""Titles (案由) in the style 关于……的提案, built from a topic's phrasings."""

from __future__ import annotations

import random
from dataclasses import dataclass

from review_desk.demo.topics import Topic

_ADVERBS = ("", "", "", "进一步", "切实", "持续", "着力", "加快")
_LEADING = ("加快", "持续", "进一步", "着力", "切实", "全面", "深入", "多措并举", "高质量", "坚持",
            "巩固", "抢抓", "打通", "破解")
_MEANS = ("多措并举", "以数字化赋能", "以改革创新", "综合施策", "统筹城乡资源", "聚焦群众急难愁盼",
          "以系统思维", "坚持问题导向", "以“小切口”")
_VERB_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("加强", ("工作", "管理", "")),
    ("进一步加强", ("工作", "")),
    ("完善", ("体系", "机制", "政策", "")),
    ("优化", ("服务", "")),
    ("推进", ("建设", "工作", "")),
    ("提升", ("水平", "质效", "服务水平")),
    ("推动", ("高质量发展", "提质增效", "创新发展")),
    ("规范", ("管理", "")),
    ("做好", ("工作",)),
    ("重视", ("工作",)),
)
_TAILS = ("相关问题", "存在的问题及对策", "提质增效", "高质量发展", "建设", "工作", "短板弱项")
_GOALS: dict[str, tuple[str, ...]] = {
    "经济建设": ("推动经济高质量发展", "增强发展新动能", "打造一流营商环境", "建设现代化产业体系"),
    "政治建设": ("推进市域治理现代化", "建设法治江川", "发展全过程人民民主", "建设平安江川"),
    "文化建设": ("建设文化强市", "提升城市文化软实力", "丰富群众精神文化生活"),
    "社会建设": ("增进民生福祉", "提升群众获得感幸福感", "办好民生实事", "建设幸福江川"),
    "生态文明建设": ("建设美丽江川", "推动绿色低碳发展", "打好污染防治攻坚战"),
}


@dataclass(frozen=True)
class Focus:
    """What one proposal is about: a topic, one of its nouns and some key phrases."""

    topic: Topic
    noun: str
    keys: tuple[str, ...]


def pick_focus(rng: random.Random, topic: Topic) -> Focus:
    """Choose the noun and two or three key phrases a proposal on `topic` uses."""
    count = min(len(topic.keys), rng.choice((2, 2, 3)))
    return Focus(topic=topic, noun=rng.choice(topic.nouns), keys=tuple(rng.sample(topic.keys, count)))


def category_goals(category: str) -> tuple[str, ...]:
    """Aims a proposal of this category serves (used in titles and text)."""
    return _GOALS.get(category, ("推动全市高质量发展",))


def _with_adverb(rng: random.Random, core: str) -> str:
    if core.startswith(_LEADING):
        return core
    return rng.choice(_ADVERBS) + core


def _verb_noun(rng: random.Random, noun: str) -> str:
    verb, suffixes = rng.choice(_VERB_SUFFIXES)
    suffix = rng.choice(suffixes)
    if suffix and (noun.endswith(suffix) or noun.endswith(suffix[-2:])):
        suffix = ""
    place = "我市" if rng.random() < 0.25 and not noun.startswith("“") else ""
    return f"{verb}{place}{noun}{suffix}"


def make_title(rng: random.Random, focus: Focus, suggestion: bool = False) -> str:
    """A title: 关于{…}的提案 (or 的建议 when `suggestion`), from varied forms."""
    topic = focus.topic
    core = rng.choice(topic.cores)
    form = rng.random()
    if form < 0.28:
        middle = _with_adverb(rng, core)
    elif form < 0.50:
        middle = _verb_noun(rng, focus.noun)
    elif form < 0.62:
        tail = rng.choice(_TAILS)
        if focus.noun.endswith(tail[-2:]):
            tail = "相关问题"
        middle = ("我市" if rng.random() < 0.5 else "") + focus.noun + tail
    elif form < 0.77:
        means = rng.choice(_MEANS)
        middle = core if core.startswith(("多措并举", "坚持")) else means + core
    elif form < 0.89:
        others = [c for c in topic.cores if c != core]
        second = rng.choice(others) if others else _verb_noun(rng, focus.noun)
        middle = f"{core}、{second}"
    else:
        goal = rng.choice(category_goals(topic.category))
        middle = f"{core}助力{goal}"
    ending = "的建议" if suggestion else "的提案"
    return f"关于{middle}{ending}"
