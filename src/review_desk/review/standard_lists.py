"""The standard lists of DOMAIN.md, used for new sessions (editable later)."""

from __future__ import annotations

from review_desk.review.records import MasterLists

NATIONAL_CATEGORIES: tuple[str, ...] = (
    "经济建设",
    "政治建设",
    "文化建设",
    "社会建设",
    "生态文明建设",
)

NATIONAL_REASONS: tuple[str, ...] = (
    "涉及党和国家秘密",
    "国家明令禁止",
    "党员对党内组织、人事安排的意见",
    "民主党派成员反映本组织内部问题",
    "已进入诉讼或仲裁程序",
    "学术研讨",
    "为本人或亲属解决个人问题",
    "宣传推介具体作品或产品",
    "指名举报",
    "内容空泛、没有具体建议",
    "信访、涉诉事项",
    "涉及个人隐私和商业秘密",
    "超越本级事权",
)

DISPOSITIONS: tuple[str, ...] = (
    "转为意见和建议",
    "转为委员来信",
    "转为社情民意信息",
    "退回提案人",
)

SECTORS: tuple[str, ...] = (
    "中国共产党",
    "中国国民党革命委员会",
    "中国民主同盟",
    "中国民主建国会",
    "中国民主促进会",
    "中国农工民主党",
    "中国致公党",
    "九三学社",
    "台湾民主自治同盟",
    "无党派人士",
    "共青团",
    "总工会",
    "妇联",
    "科协",
    "台联",
    "工商联",
    "文化艺术界",
    "科学技术界",
    "社会科学界",
    "经济界",
    "农业界",
    "教育界",
    "体育界",
    "新闻出版界",
    "医药卫生界",
    "对外友好界",
    "社会福利和社会保障界",
    "少数民族界",
    "宗教界",
    "特邀人士",
)

STANDARD_LISTS = MasterLists(
    categories=NATIONAL_CATEGORIES,
    sectors=SECTORS,
    reasons=NATIONAL_REASONS,
    dispositions=DISPOSITIONS,
)
