"""The fields each kind of source fills, the Chinese headers people use for them, and
mapping a header row onto fields."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

# field -> header variants (normalised: no spaces, no punctuation, no notes in brackets)
PROPOSAL_FIELDS: dict[str, tuple[str, ...]] = {
    "intake_no": ("流水号", "提案流水号", "收文号", "登记号", "编号", "提案编号"),
    "title": ("案由", "标题", "提案名称", "提案标题", "题目", "提案题目", "提案案由", "名称"),
    "category": ("类别", "提案类别", "分类", "提案分类", "所属类别", "类型类别"),
    "proposer": ("提案人", "第一提案人", "领衔人", "领衔提案人", "提案者", "提出人", "姓名",
                 "提案人姓名", "第一提案人姓名", "主提案人"),
    "cosigners": ("联名人", "附议人", "联名提案人", "附议提案人", "联署人", "联名委员",
                  "其他提案人", "联名"),
    "sector": ("界别", "所属界别", "提案人界别", "第一提案人界别", "委员界别"),
    "work_unit": ("工作单位", "单位", "单位职务", "工作单位及职务", "单位及职务", "工作单位职务"),
    "address": ("通讯地址", "地址", "联系地址", "通信地址"),
    "phone": ("联系电话", "电话", "手机", "手机号码", "联系方式", "电话号码", "移动电话"),
    "body": ("内容", "提案内容", "正文", "提案正文", "全文", "提案全文"),
    "background": ("情况分析", "案情分析", "背景", "现状", "情况", "背景情况", "现状分析",
                   "问题分析", "情况和分析"),
    "problems": ("存在问题", "问题", "主要问题", "存在的问题"),
    "suggestions": ("具体建议", "建议", "对策建议", "意见建议", "办法建议", "建议措施",
                    "对策", "主要建议"),
    "submitted_at": ("提交时间", "提交日期", "提案时间", "提案日期", "日期", "时间", "提交于",
                     "收到时间", "收文日期", "填报日期", "填写日期"),
    "kind": ("提案方式", "提案类型", "提案人类型", "类型", "提案形式", "提出方式"),
    "collective_name": ("集体名称", "提案单位", "党派团体", "提案集体", "集体提案单位"),
    "contact": ("联系人", "集体联系人"),
    "plenary": ("大会平时", "提交阶段", "提案性质", "会议期间", "大会或平时", "提出时段"),
    "suggested_units": ("建议承办单位", "承办单位", "建议办理单位", "建议交办单位",
                        "拟承办单位"),
}

MEMBER_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "委员姓名", "名字", "委员"),
    "sector": ("界别", "所属界别"),
    "work_unit": ("工作单位", "单位", "工作单位及职务", "单位职务", "单位及职务"),
    "address": ("通讯地址", "地址", "联系地址", "通信地址"),
    "phone": ("电话", "联系电话", "手机", "手机号码", "联系方式"),
}

UNIT_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("代码", "编码", "单位代码", "单位编码", "编号"),
    "name": ("单位名称", "名称", "承办单位", "单位", "单位全称", "全称"),
    "short_name": ("简称", "单位简称"),
    "kind": ("类型", "单位类型", "单位性质", "类别"),
    "responsibilities": ("职责", "主要职责", "职能", "职责范围"),
    "aliases": ("别名", "曾用名", "其他名称", "又称"),
    "active": ("状态", "是否有效", "有效"),
}

ARCHIVE_FIELDS: dict[str, tuple[str, ...]] = {
    "session_label": ("届次", "会议", "届别", "会次", "届次会议"),
    "year": ("年份", "年度", "年"),
    "case_no": ("提案号", "案号", "立案号", "编号"),
    "title": PROPOSAL_FIELDS["title"],
    "category": PROPOSAL_FIELDS["category"],
    "proposer": ("提案人", "第一提案人", "领衔人", "提案者", "提出人"),
    "summary": ("摘要", "主要建议", "内容摘要", "内容", "提案内容", "建议", "具体建议"),
    "lead_unit": ("主办单位", "承办单位", "主办"),
    "joint_units": ("会办单位", "协办单位", "会办", "协办", "会办协办单位"),
    "mode": ("办理方式", "交办方式", "方式"),
    "merge_group": ("并案", "并案组", "并案号", "合并"),
    "submitted_at": ("提交时间", "提交日期", "日期"),
}

LIST_FIELDS: dict[str, tuple[str, ...]] = {
    "categories": ("类别", "提案类别", "分类"),
    "sectors": ("界别",),
    "reasons": ("理由", "不予立案理由", "不立案理由", "原因"),
    "dispositions": ("处理方式", "去向", "处理意见", "转办方式"),
}

FIELDS_BY_KIND: dict[str, dict[str, tuple[str, ...]]] = {
    "proposals": PROPOSAL_FIELDS, "members": MEMBER_FIELDS, "units": UNIT_FIELDS,
    "archive": ARCHIVE_FIELDS, "lists": LIST_FIELDS,
}

# the fields without which a header row is not recognised as one
KEY_FIELDS: dict[str, frozenset[str]] = {
    "proposals": frozenset({"title"}), "members": frozenset({"name"}),
    "units": frozenset({"name"}), "archive": frozenset({"title"}), "lists": frozenset(),
}

_BRACKETS = re.compile(r"[（(\[【<《].*?[)）\]】>》]")
_DROP = re.compile(r"[\s\u3000:：*＊#＃/／、,，.．_\-—]+")


def normalise_header(text: object) -> str:
    """A header cell reduced to its words: "提案 类别（必填）：" -> "提案类别"."""
    value = unicodedata.normalize("NFKC", str(text or "")).strip()
    stripped = _BRACKETS.sub("", value)
    return _DROP.sub("", stripped or value)


def _lookup(fields: Mapping[str, Sequence[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, variants in fields.items():
        out.setdefault(name, name)
        for variant in variants:
            out.setdefault(normalise_header(variant), name)
    return out


def guess_field(header: object, fields: Mapping[str, Sequence[str]],
                exact_only: bool = False) -> str | None:
    """The field a header names: an exact variant, else the longest variant it ends with
    (Chinese headers put the head noun last), else the longest variant it contains."""
    key = normalise_header(header)
    if not key:
        return None
    table = _lookup(fields)
    if key in table or exact_only:
        return table.get(key)
    for test in (key.endswith, key.__contains__):
        best = max((v for v in table if len(v) >= 2 and test(v)), key=len, default="")
        if best:
            return table[best]
    return None


def map_headers(headers: Sequence[object], fields: Mapping[str, Sequence[str]],
                manual: Mapping[str, str] | None = None) -> dict[int, str]:
    """Column index -> field. A manual mapping (header -> field, or "" to ignore) comes
    first, then exact variants, then looser guesses; each field takes one column."""
    manual_norm = {normalise_header(k): v for k, v in (manual or {}).items()}
    keys = [normalise_header(h) for h in headers]
    out: dict[int, str] = {}
    taken: set[str] = set()

    def place(index: int, target: str | None) -> None:
        if target and target not in taken and index not in out:
            out[index] = target
            taken.add(target)

    for index, key in enumerate(keys):
        if key in manual_norm:
            out[index] = ""  # placeholder: decided by the manual mapping
            target = manual_norm[key]
            if target and target not in taken:
                out[index] = target
                taken.add(target)
    for exact_only in (True, False):
        for index, key in enumerate(keys):
            if key and index not in out:
                place(index, guess_field(key, fields, exact_only=exact_only))
    return {i: f for i, f in out.items() if f}
