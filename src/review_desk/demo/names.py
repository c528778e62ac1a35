"""People: Chinese names, the members roster, work units, addresses and phones."""

from __future__ import annotations

import random
from itertools import accumulate

from review_desk.review.records import MemberRecord
from review_desk.review.standard_lists import SECTORS

# Surnames with rough relative frequencies (per mille of the population).
_SURNAMES = (
    "王72 李71 张68 刘54 陈45 杨31 黄22 赵21 吴20 周19 徐13 孙12 马12 朱11 胡11 郭10 何9 林9 "
    "高9 罗8 郑8 梁8 谢6 宋6 唐6 许6 韩5 冯5 邓5 曹5 彭5 曾5 肖5 田4 董4 潘4 袁4 蔡3 蒋3 "
    "余3 于3 杜3 叶3 程3 魏3 苏3 吕3 丁3 任3 卢2 姚2 沈2 钟2 姜2 崔2 谭2 陆2 范2 汪2 廖2 "
    "石2 金2 韦2 贾2 夏2 付2 方2 邹2 熊2 白2 孟2 秦2 邱2 侯2 江2 尹2 薛2 闫2 段2 雷2 龙1 "
    "黎1 史1 陶1 贺1 毛1 郝1 顾1 龚1 邵1 万1 覃1 武1 钱1 戴1 严1 欧阳1 上官1 司马1 诸葛1"
)
_SURNAME_PAIRS: tuple[tuple[str, int], ...] = tuple(
    (item.rstrip("0123456789"), int(item[len(item.rstrip("0123456789")) :]))
    for item in _SURNAMES.split()
)
_SURNAME_LIST: tuple[str, ...] = tuple(name for name, _ in _SURNAME_PAIRS)
_SURNAME_CUM: tuple[int, ...] = tuple(accumulate(weight for _, weight in _SURNAME_PAIRS))

# Given-name characters: (first, second) pools, masculine and feminine in style.
_GIVEN_POOLS: tuple[tuple[str, str], ...] = (
    (
        "建志国文明海永俊晓宏立德伟振子浩宇家博天嘉志鸿世金学春",
        "华国明平军强伟林峰涛辉东斌杰龙鹏宇轩豪成刚勇波生",
    ),
    (
        "秀丽晓玉春雅慧静思雨欣美婷佳诗海梦淑翠晨若紫嘉文",
        "英兰芳梅华琴娟燕婷丽琳萍霞怡涵萱洁颖敏瑶红玲凤",
    ),
)
_SINGLE = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华斌辉鹏宇浩琳颖慧欣怡宁健凯旭东彬蕾薇晶莉楠博鑫睿"
)

DISTRICTS: tuple[str, ...] = (
    "江城区", "川东区", "临江区", "青山区", "凤鸣区", "高新区", "梅溪县", "石桥县",
)
_ROADS = (
    "人民路", "解放大道", "建设路", "滨江路", "文化路", "新华路", "学府路", "长江路",
    "朝阳路", "和平路", "青年路", "光明路", "锦绣大道", "科创大道", "振兴路", "迎宾大道",
)
_STREETS = (
    "城南街道", "东湖街道", "西关街道", "北门街道", "江滨街道", "望江街道", "云台镇", "桃源镇",
)
_SCHOOLS = (
    "江川市第一中学", "江川市第二中学", "江川市实验中学", "江川外国语学校", "江川市第三中学",
    "江城区实验小学", "川东区第一小学", "临江区中心小学", "江川市第十二中学", "梅溪县第一中学",
)
_COLLEGES = ("经济管理学院", "法学院", "计算机学院", "化学化工学院", "文学院", "机械工程学院",
             "医学院", "马克思主义学院", "土木工程学院", "生命科学学院")
_BRANDS = ("鼎盛", "华信", "恒通", "瑞丰", "新源", "金桥", "宏达", "博远", "明德", "汇川",
           "天成", "永盛", "中联", "远航", "佳禾", "众鑫", "润泽", "同创", "启明", "嘉和")
_TRADES = ("科技有限公司", "实业集团有限公司", "建设集团有限公司", "食品股份有限公司",
           "物流有限公司", "新材料股份有限公司", "电子科技有限公司", "生物医药有限公司",
           "置业有限公司", "纺织有限公司", "机械制造有限公司", "环保科技有限公司")
_WARDS = ("心内科", "呼吸科", "儿科", "骨科", "神经内科", "急诊科", "肿瘤科", "妇产科", "康复科")

# Work-unit templates by domain; {school} {college} {company} {district} {street} {ward}.
_WORK: dict[str, tuple[str, ...]] = {
    "edu": ("{school}校长", "{school}副校长", "{school}教师", "江川大学{college}教授",
            "江川大学{college}副院长", "江川职业技术学院副院长", "{district}实验幼儿园园长",
            "{district}教育局副局长"),
    "med": ("江川市第一人民医院{ward}主任", "江川市中医院副院长", "{district}人民医院院长",
            "江川市疾病预防控制中心主任医师", "{district}{street}社区卫生服务中心主任",
            "江川医学院附属医院{ward}教授", "江川市妇幼保健院副院长"),
    "biz": ("{company}董事长", "{company}总经理", "{company}副总经理", "江川农商银行副行长",
            "{company}党委书记", "{company}财务总监"),
    "sci": ("江川市农业科学院研究员", "江川大学{college}教授", "{company}总工程师",
            "江川市科学技术信息研究所所长", "江川大学{college}研究员"),
    "culture": ("江川市文化馆馆长", "江川市歌舞剧院副院长", "江川市美术家协会副主席",
                "江川市图书馆馆长", "江川市博物馆副馆长", "江川市书法家协会主席"),
    "socsci": ("中共江川市委党校教授", "江川市社会科学院研究员", "江川大学{college}教授",
               "江川市地方志办公室主任"),
    "gov": ("{district}政协主席", "{district}人民政府副区长", "{district}{street}党工委书记",
            "江川市人民政府参事", "{district}人大常委会副主任"),
    "law": ("江川{brand}律师事务所主任", "江川{brand}律师事务所律师", "江川大学法学院教授",
            "江川市公证处主任"),
    "agri": ("{district}{street}{brand}村党支部书记", "江川市{brand}种植专业合作社理事长",
             "江川市农业科学院研究员", "{district}农业技术推广中心高级农艺师"),
    "media": ("江川日报社副总编辑", "江川广播电视台主持人", "江川出版社编审", "江川融媒体中心记者"),
    "sport": ("江川市体育运动学校校长", "江川市游泳队教练", "江川市全民健身中心主任",
              "{school}体育教师"),
    "social": ("江川市社会福利院院长", "{district}{street}社区党委书记",
               "江川市{brand}公益服务中心主任", "江川市{brand}养老服务中心负责人"),
    "religion": ("江川市佛教协会会长", "江川市基督教两会主席", "江川市伊斯兰教协会副会长",
                 "江川市道教协会秘书长"),
    "ethnic": ("江川市民族中学校长", "{district}民族宗教事务局副局长", "{company}总经理"),
    "youth": ("团市委副书记", "{company}青年创业者", "江川市青年企业家协会会长"),
    "women": ("江川市妇联副主席", "{district}妇联主席", "{company}总经理"),
    "union": ("江川市总工会副主席", "{company}工会主席", "{company}高级技师"),
    "foreign": ("江川市人民政府外事办公室副主任", "江川外国语学校校长",
                "江川{brand}进出口有限公司总经理"),
    "taiwan": ("江川市台联副会长", "{company}总经理", "江川市台商协会秘书长"),
}

_SECTOR_DOMAINS: dict[str, tuple[str, ...]] = {
    "中国共产党": ("gov", "edu", "med", "biz"),
    "中国国民党革命委员会": ("law", "biz", "edu"),
    "中国民主同盟": ("edu", "culture", "sci"),
    "中国民主建国会": ("biz",),
    "中国民主促进会": ("edu", "culture", "media"),
    "中国农工民主党": ("med",),
    "中国致公党": ("biz", "foreign", "sci"),
    "九三学社": ("sci", "med", "edu"),
    "台湾民主自治同盟": ("taiwan", "biz"),
    "无党派人士": ("edu", "med", "sci", "law"),
    "共青团": ("youth",),
    "总工会": ("union",),
    "妇联": ("women",),
    "科协": ("sci",),
    "台联": ("taiwan",),
    "工商联": ("biz",),
    "文化艺术界": ("culture",),
    "科学技术界": ("sci",),
    "社会科学界": ("socsci",),
    "经济界": ("biz",),
    "农业界": ("agri",),
    "教育界": ("edu",),
    "体育界": ("sport",),
    "新闻出版界": ("media",),
    "医药卫生界": ("med",),
    "对外友好界": ("foreign",),
    "社会福利和社会保障界": ("social",),
    "少数民族界": ("ethnic",),
    "宗教界": ("religion",),
    "特邀人士": ("gov",),
}

# Relative sizes of the sectors in a city committee, in the order of SECTORS.
_SECTOR_WEIGHTS: tuple[float, ...] = (
    12, 3, 3.5, 3.5, 3, 3, 2, 3, 1, 4, 2, 2, 2, 2, 1, 5, 4, 4, 3, 9, 4, 5, 1.5, 2, 5, 1.5, 2,
    2, 2, 4,
)
_SECTOR_CUM: tuple[float, ...] = tuple(accumulate(_SECTOR_WEIGHTS))

_MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                    "151", "152", "155", "157", "158", "159", "180", "181", "182", "183",
                    "186", "187", "188", "189", "191", "193", "195", "198", "199")


def person_name(rng: random.Random) -> str:
    """A plausible Chinese name: a frequency-weighted surname and 1–2 given characters."""
    surname = rng.choices(_SURNAME_LIST, cum_weights=_SURNAME_CUM)[0]
    if rng.random() < 0.25:
        return surname + rng.choice(_SINGLE)
    first, second = _GIVEN_POOLS[rng.randrange(2)]
    return surname + rng.choice(first) + rng.choice(second)


def unique_names(rng: random.Random, count: int, taken: set[str] | None = None) -> list[str]:
    """`count` distinct names, none in `taken` (which is updated)."""
    seen = taken if taken is not None else set()
    names: list[str] = []
    while len(names) < count:
        name = person_name(rng)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def mobile_phone(rng: random.Random) -> str:
    """An 11-digit mobile number starting 13/15/18/19."""
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


def street_address(rng: random.Random) -> str:
    """A street address in 江川市."""
    return f"江川市{rng.choice(DISTRICTS)}{rng.choice(_ROADS)}{rng.randint(1, 399)}号"


def company_name(rng: random.Random) -> str:
    """A fictitious company of 江川."""
    return f"江川{rng.choice(_BRANDS)}{rng.choice(_TRADES)}"


def work_unit(rng: random.Random, sector: str) -> str:
    """A work unit and post consistent with the sector."""
    domain = rng.choice(_SECTOR_DOMAINS.get(sector, ("gov",)))
    template = rng.choice(_WORK[domain])
    return template.format(
        school=rng.choice(_SCHOOLS),
        college=rng.choice(_COLLEGES),
        company=company_name(rng),
        district=rng.choice(DISTRICTS),
        street=rng.choice(_STREETS),
        ward=rng.choice(_WARDS),
        brand=rng.choice(_BRANDS),
    )


def make_members(rng: random.Random, count: int) -> tuple[MemberRecord, ...]:
    """The members roster: `count` members with distinct names."""
    names = unique_names(rng, count)
    phones: set[str] = set()
    members: list[MemberRecord] = []
    for name in names:
        sector = rng.choices(SECTORS, cum_weights=_SECTOR_CUM)[0]
        phone = mobile_phone(rng)
        while phone in phones:
            phone = mobile_phone(rng)
        phones.add(phone)
        members.append(
            MemberRecord(
                name=name,
                sector=sector,
                work_unit=work_unit(rng, sector),
                address=street_address(rng),
                phone=phone,
            )
        )
    return tuple(members)


# Bodies that submit collective proposals, with the categories they usually write on.
COLLECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("民革市委会", ("政治建设", "社会建设")),
    ("民盟市委会", ("文化建设", "社会建设")),
    ("民建市委会", ("经济建设",)),
    ("民进市委会", ("文化建设", "社会建设")),
    ("农工党市委会", ("社会建设", "生态文明建设")),
    ("致公党市委会", ("经济建设",)),
    ("九三学社市委会", ("经济建设", "生态文明建设")),
    ("台盟市委会", ("经济建设",)),
    ("市工商联", ("经济建设",)),
    ("市政协经济委员会", ("经济建设",)),
    ("市政协教科卫体委员会", ("社会建设", "文化建设")),
    ("市政协社会和法制委员会", ("政治建设", "社会建设")),
    ("市政协农业和农村委员会", ("经济建设", "生态文明建设")),
    ("市政协人口资源环境委员会", ("生态文明建设",)),
    ("市政协文化文史和学习委员会", ("文化建设",)),
    ("教育界别", ("社会建设",)),
    ("医药卫生界别", ("社会建设",)),
    ("经济界别", ("经济建设",)),
    ("农业界别", ("经济建设", "生态文明建设")),
    ("市总工会", ("社会建设",)),
    ("市妇联", ("社会建设",)),
    ("团市委", ("社会建设", "经济建设")),
    ("市科协", ("经济建设", "文化建设")),
)


def pick_collective(rng: random.Random, category: str) -> str:
    """A body likely to write on `category` (sometimes any body)."""
    fitting = [name for name, categories in COLLECTIVES if category in categories]
    if fitting and rng.random() < 0.8:
        return rng.choice(fitting)
    return rng.choice(COLLECTIVES)[0]


def office_of(body: str) -> str:
    """The office a collective proposal's contact person works in."""
    if body.endswith("界别"):
        return "市政协委员联络委员会"
    if body.startswith("市政协"):
        return body + "办公室"
    return body + ("秘书处" if "委会" in body else "办公室")
