"""Proposal bodies (情况/分析, 存在问题, 具体建议) and archive summaries."""

from __future__ import annotations

import random

from review_desk.demo.sampling import pick, sample
from review_desk.demo.titles import Focus, category_goals

_ORDINALS = "一二三四五六七八九十"
_CITIES = ("杭州", "深圳", "成都", "苏州", "宁波", "厦门", "青岛", "南京", "合肥", "长沙", "无锡")
_AREAS = ("江城区", "川东区", "临江区", "青山区", "凤鸣区", "梅溪县")

_OPENERS = (
    "近年来，我市高度重视{noun}工作，{lead}等部门出台了一系列政策措施，取得了积极成效。",
    "近年来，在市委、市政府的坚强领导下，我市{noun}工作稳步推进，{key}等方面有了明显改善。",
    "随着经济社会的快速发展和人民群众需求的不断升级，{noun}日益成为社会关注的热点问题。",
    "党的二十大和二十届三中全会对{noun}作出了重要部署，省委、省政府也相继出台了配套政策。",
    "{noun}是{goal}的重要内容，也是市委、市政府近年来着力推进的一项重点工作。",
)
_CATEGORY_LINES: dict[str, tuple[str, ...]] = {
    "经济建设": ("{noun}是推动我市经济高质量发展的重要抓手，"
             "对于稳增长、调结构、促转型具有重要意义。",
             "当前，各地围绕{noun}的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。"),
    "政治建设": ("{noun}是推进市域治理现代化的重要内容，"
             "关系到党委政府的公信力和群众的满意度。",
             "做好{noun}工作，是坚持以人民为中心发展思想的具体体现。"),
    "文化建设": ("{noun}是建设文化强市的重要内容，"
             "对于满足人民群众精神文化需求、增强城市软实力具有重要意义。",
             "我市历史悠久、文化底蕴深厚，做好{noun}工作具有得天独厚的条件。"),
    "社会建设": ("{noun}关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。",
             "做好{noun}工作，是践行以人民为中心发展思想、办好民生实事的重要内容。"),
    "生态文明建设": ("{noun}是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。",
               "良好生态环境是最普惠的民生福祉，做好{noun}工作是建设美丽江川的必然要求。"),
}
_FACTS = (
    "据调研，截至{y1}年底，全市{key}相关工作的覆盖率约为{p}%，与先进城市相比仍有差距。",
    "据不完全统计，近三年来市政协委员围绕{noun}提出提案{n}件，社会关注度持续较高。",
    "{y1}年，市12345政务服务便民热线受理涉及{key}的群众诉求{m}件，同比增长{p}%。",
    "笔者在调研中走访了{k}个街道（乡镇）和{n}家单位，发现{key}问题在部分区域较为突出。",
    "从调研情况看，全市{noun}总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。",
    "{city}等地在{key}方面已经探索出较为成熟的经验做法，值得我市学习借鉴。",
    "{y1}年市政府工作报告明确提出要加强{noun}，并将其列入年度重点工作。",
)
_ANALYSIS = (
    "从全国来看，{noun}已进入提质增效的新阶段，各地纷纷出台新举措，形成了你追我赶的态势。",
    "分析原因，既有历史欠账较多、基础相对薄弱的客观因素，也有思想认识不到位、工作推进不够有力的主观因素。",
    "随着人口结构变化和城镇化深入推进，群众对{key}的需求日益多样化、个性化。",
    "总体来看，我市{noun}已经打下了较好基础，但对照高质量发展的要求，仍有不少短板需要补齐。",
    "今年是“十五五”规划的开局之年，做好{noun}工作具有特殊重要的意义。",
)
_KEY_LINES = (
    "其中，{key}问题尤为群众关注。",
    "特别是在{key}方面，仍有较大的提升空间。",
    "{key}已成为衡量{noun}水平的重要指标。",
    "群众对{key}的意见和建议较为集中。",
)
_PROBLEM_INTROS = (
    "但从调研情况看，仍存在以下问题：",
    "当前，我市{noun}仍存在一些短板和不足，主要表现在：",
    "经调研发现，主要存在以下几个方面的问题：",
    "与群众期盼相比，我市{noun}还存在不少问题：",
)
_GENERIC_PROBLEMS = (
    "部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象",
    "资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高",
    "专业人才队伍建设滞后，基层工作力量相对薄弱",
    "政策宣传解读不到位，群众对{key}相关政策的知晓率不高",
    "考核评价和监督机制不完善，部分政策措施落实不到位",
    "城乡、区域之间发展不平衡，农村和偏远地区短板较为明显",
    "信息化建设相对滞后，数据共享和智慧化管理水平不高",
)
_PROBLEM_MORE = (
    "。据反映，这一问题在{area}等地尤为突出",
    "。调研中，不少群众和企业对此反映较多",
    "。究其原因，主要是相关配套政策不够完善、责任落实不够到位",
    "。部分基层干部对此认识不足，存在等靠要思想",
    "。这一问题已多年存在，至今未得到根本解决",
)
_PROBLEM_TAILS = (
    "，群众对此反映较为强烈",
    "，影响了政策效果的发挥",
    "，在一定程度上制约了{noun}的健康发展",
    "，亟待加以解决",
    "，与高质量发展的要求还不相适应",
    "，给群众生产生活带来诸多不便",
    "，相关工作的整体成效因此打了折扣",
)
_SUGGESTION_INTROS = (
    "为此，建议：",
    "对此，提出如下建议：",
    "为进一步做好{noun}工作，建议：",
    "针对上述问题，建议从以下几个方面着力：",
)
_GENERIC_MEASURES = (
    "加强统筹协调。建议由{lead}牵头，会同{joints}建立联席会议制度，定期研究解决{noun}中的重点难点问题",
    "加大资金投入。将{noun}相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与",
    "强化人才支撑。加强{key}相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍",
    "加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传{key}相关政策，营造全社会共同关注的良好氛围",
    "强化督查考核。将{noun}纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效",
    "借鉴先进经验。学习{city}等地在{key}方面的成功做法，结合我市实际探索创新",
    "强化数字赋能。运用大数据、物联网等信息化手段，提升{noun}的精细化、智能化管理水平",
)
_MEASURE_TAILS = (
    "，力争用两到三年时间取得明显成效",
    "，并定期向社会公布进展情况",
    "，切实解决群众“急难愁盼”问题",
    "，形成可复制可推广的经验做法",
    "。可先选择{area}等条件较好的区域开展试点，成熟后在全市推广",
    "。建议由{lead}牵头制定具体实施方案，明确时间表和路线图",
)
_MEASURE_MORE = (
    "。同时，要加强部门之间的沟通协作，形成工作合力",
    "。对工作成效明显的区县和单位给予表彰奖励",
    "。要充分听取群众和企业的意见，提高政策的针对性和可操作性",
    "。建立健全工作台账，实行清单化管理、项目化推进",
    "。加强与周边城市的交流合作，实现资源共享、优势互补",
    "。相关部门要主动作为，及时研究解决推进中遇到的困难和问题",
)
_CLOSINGS = (
    "通过以上措施，推动我市{noun}再上新台阶，不断增强人民群众的获得感、幸福感、安全感。",
    "希望有关部门高度重视，认真研究采纳，切实推动{noun}取得实效。",
    "以上建议，供有关部门研究参考。",
)


_NUMBERS = (("{p}", 12, 78), ("{n}", 8, 46), ("{m}", 300, 9800), ("{k}", 5, 26))


def _fill(
    rng: random.Random, template: str, focus: Focus, lead: str, joints: str, year: int
) -> str:
    if "{" not in template:
        return template
    values: dict[str, object] = {"noun": focus.noun, "lead": lead, "joints": joints, "y1": year - 1}
    if "{key}" in template:
        values["key"] = pick(rng, focus.keys)
    if "{goal}" in template:
        values["goal"] = pick(rng, category_goals(focus.topic.category))
    if "{city}" in template:
        values["city"] = pick(rng, _CITIES)
    if "{area}" in template:
        values["area"] = pick(rng, _AREAS)
    for name, low, high in _NUMBERS:
        if name in template:
            values[name[1:-1]] = rng.randint(low, high)
    return template.format_map(values)


def _numbered(rng: random.Random, items: list[str]) -> str:
    style = rng.random()
    if style < 0.5:
        return "".join(f"{_ORDINALS[i]}是{item}。" for i, item in enumerate(items))
    if style < 0.8:
        return "\n".join(f"{i + 1}.{item}。" for i, item in enumerate(items))
    return "\n".join(f"（{_ORDINALS[i]}）{item}。" for i, item in enumerate(items))


def _section_length(parts: list[str]) -> int:
    return sum(len(part) + 3 for part in parts)


def make_body(
    rng: random.Random,
    focus: Focus,
    lead: str,
    joints: tuple[str, ...],
    year: int,
    target: int,
) -> tuple[str, str, str]:
    """Background, problems and suggestions of about `target` characters in all."""
    topic = focus.topic
    joint_text = "、".join(joints) if joints else "相关部门"

    def fill(template: str) -> str:
        return _fill(rng, template, focus, lead, joint_text, year)

    category_lines = _CATEGORY_LINES.get(topic.category, _CATEGORY_LINES["社会建设"])
    background = [fill(pick(rng, _OPENERS)), fill(pick(rng, category_lines))]
    facts = [fill(text) for text in sample(rng, _FACTS, 4)]
    background.append(facts.pop())
    facts.insert(0, fill(pick(rng, _ANALYSIS)))
    key_lines = sample(rng, _KEY_LINES, len(focus.keys))
    for key, line in zip(focus.keys, key_lines, strict=True):
        background.append(line.format(key=key, noun=focus.noun))
    problems = [fill(text) for text in sample(rng, topic.problems, min(3, len(topic.problems)))]
    measures = list(sample(rng, topic.measures, min(3, len(topic.measures))))
    pools: dict[str, list[str]] = {
        "fact": facts,
        "problem": [fill(text) for text in sample(rng, _GENERIC_PROBLEMS, 3)],
        "measure": [m for m in topic.measures if m not in measures]
        + [fill(text) for text in sample(rng, _GENERIC_MEASURES, 3)],
    }
    # Per item: how many additions (a tail, then a further sentence) it has had.
    grown = {"problem": [0] * len(problems), "measure": [0] * len(measures)}
    items = {"problem": problems, "measure": measures}
    additions = {
        "problem": (_PROBLEM_TAILS, _PROBLEM_MORE),
        "measure": (_MEASURE_TAILS, _MEASURE_MORE),
    }
    decks: dict[tuple[str, int], list[str]] = {}

    size = sum(_section_length(part) for part in (background, problems, measures)) + 40
    kinds = ("fact", "problem", "measure", "grow-problem", "grow-measure", "grow-measure")
    while size < target:
        options = [
            kind for kind in kinds
            if (kind in pools and pools[kind] and len(items.get(kind, background)) < 6)
            or (kind.startswith("grow-") and min(grown[kind[5:]]) < 2)
        ]
        if not options:
            break
        kind = pick(rng, options)
        if kind == "fact":
            text = pools[kind].pop()
            background.insert(len(background) - len(focus.keys), text)
            size += len(text) + 3
        elif kind in pools:
            text = pools[kind].pop()
            items[kind].append(text)
            grown[kind].append(0)
            size += len(text) + 3
        else:
            section = kind[5:]
            counts = grown[section]
            level = min(counts)
            index = pick(rng, [i for i, c in enumerate(counts) if c == level])
            deck = decks.get((section, level))
            if not deck:
                source = additions[section][level]
                deck = decks[(section, level)] = sample(rng, source, len(source))
            text = fill(deck.pop())
            items[section][index] += text
            counts[index] += 1
            size += len(text)

    background_text = "".join(background)
    problems_text = fill(pick(rng, _PROBLEM_INTROS)) + "\n" + _numbered(rng, problems)
    intro = fill(pick(rng, _SUGGESTION_INTROS)) + "\n" if rng.random() < 0.7 else ""
    suggestions_text = intro + _numbered(rng, measures)
    if rng.random() < 0.5:
        suggestions_text += "\n" + fill(pick(rng, _CLOSINGS))
    return background_text, problems_text, suggestions_text


def make_summary(rng: random.Random, focus: Focus) -> str:
    """The suggestions of an archive case in 100–200 characters."""
    topic = focus.topic
    measures = sample(rng, topic.measures, min(len(topic.measures), pick(rng, (2, 3, 3))))
    extras = sample(rng, _GENERIC_MEASURES, 3)

    def joined() -> str:
        items = "；".join(f"{_ORDINALS[i]}是{m}" for i, m in enumerate(measures))
        return f"建议：{items}。"

    text = joined()
    while len(text) > 200 and len(measures) > 1:
        measures.pop()
        text = joined()
    while len(text) < 100 and extras:
        extra = extras.pop().split("。", 1)[1]
        measures.append(
            extra.format(
                noun=focus.noun, key=focus.keys[0], lead="有关部门", joints="相关部门",
                city=pick(rng, _CITIES),
            )
        )
        text = joined()
    return text if len(text) <= 200 else text[:199] + "。"
