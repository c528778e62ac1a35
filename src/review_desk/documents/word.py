"""The Word documents: template contexts built from the gathered data, then rendered.

The contexts are plain dicts with Chinese keys — the placeholders the secretariat types
in Word. `PLACEHOLDERS.md` beside the default templates lists them; `sample_contexts`
feeds the template check with every field present and every condition true once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from review_desk.documents.model import (
    MERGE_LEAD,
    MERGE_MEMBER,
    ROLE_LABELS,
    Case,
    DocumentData,
    SessionHeader,
    SheetRow,
    UnitSheet,
    chinese_date,
    remark_clause,
    short_date,
)

CHINESE_NUMERALS = "一二三四五六七八九十"
# how a 并案 that crosses categories is counted: stated in the 目录 and the 汇总 alike
CATEGORY_RULE = ("注：并案办理的提案（被并提案）计入主并提案所属类别，"
                 "提案目录与审查情况汇总同此口径。")
LISTED_EXCEPTIONS = 3  # a deadline shared by this many cases or fewer names them


@dataclass(frozen=True)
class WordOptions:
    """What the Word documents say beyond the session's data."""

    issuer: str
    issue_date: date
    adjust_window: str = "5个工作日"


def ordinal(n: int) -> str:
    """一 … 十, 十一 … 九十九: the numbering of headings."""
    if n <= 10:
        return CHINESE_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CHINESE_NUMERALS[tens - 1]
    return head + "十" + (CHINESE_NUMERALS[ones - 1] if ones else "")


def common(header: SessionHeader, options: WordOptions) -> dict[str, Any]:
    """The placeholders every template may use."""
    return {
        "会议": header.meeting, "委员会": header.committee, "简称": header.short_committee,
        "届": header.term, "次": header.session, "年度": header.year,
        "发文机关": options.issuer, "日期": chinese_date(options.issue_date),
        "交办日期": chinese_date(header.handover_date), "调整期限": options.adjust_window,
        "类别口径": CATEGORY_RULE,
    }


def merge_note(case: Case) -> str:
    """What follows a case number in a merge group, short: the lead "（主）" with its
    members below, a member "（并）" with its lead below."""
    if case.merge_role == MERGE_LEAD:
        others = "、".join(n for n in case.group_case_nos[1:] if n)
        return f"（主）\n并：{others}" if others else "（主）"
    if case.merge_role == MERGE_MEMBER:
        return f"（并）\n主：{case.lead_case_no}" if case.lead_case_no else "（并）"
    return ""


def deadline_terms(sheet: UnitSheet) -> str:
    """The cover letter's deadline, agreeing with the table: "于2026年5月20日前" when all
    cases share it, else each distinct deadline with its count, the common one first and
    the exceptions named by number ("分别于2026年5月20日前（13件）、2026年4月21日前
    （第0048号）")."""
    found = sheet.deadlines
    if not found:
        return "按规定时限"
    if len(found) == 1:
        return f"于{chinese_date(found[0][0])}前"
    parts = []
    for i, (when, rows) in enumerate(found):
        numbers = [row.case.label for row in rows]
        which = ("、".join(numbers) if i and len(numbers) <= LISTED_EXCEPTIONS
                 else f"{len(rows)}件")
        parts.append(f"{chinese_date(when)}前（{which}）")
    return "分别于" + "、".join(parts)


def case_fields(case: Case) -> dict[str, Any]:
    """A case in the templates' terms (the fields of `件`)."""
    return {
        "提案号": case.case_no, "流水号": case.intake_no, "案由": case.title,
        "类别": case.category, "提案人": case.proposers_label, "界别": case.sector,
        "并案标记": case.merge_role, "并案号": case.merged_numbers, "并案说明": merge_note(case),
        "承办单位": case.units_text(), "主办单位": case.lead_unit,
        "办理期限": chinese_date(case.deadline), "重点": "是" if case.key else "",
        "领办": case.lead_leader, "督办": case.supervise_leader,
    }


def _row(row: SheetRow, year: int) -> dict[str, Any]:
    fields = case_fields(row.case)
    fields.update({
        "序号": row.seq, "承办方式": row.role_label,
        "其他承办单位": "、".join(u.labelled for u in row.other_units),
        # one unit a line and the date without the session's year: narrow columns
        "其他承办单位分行": "\n".join(u.labelled for u in row.other_units),
        "期限": short_date(row.case.deadline, year),
    })
    return fields


def _role_summary(sheet: UnitSheet) -> str:
    return "、".join(f"{label}{n}件" for role, label in ROLE_LABELS.items()
                    if (n := sheet.count(role)))


def sheet_entry(sheet: UnitSheet, year: int = 0) -> dict[str, Any]:
    """One unit's 交办单 in the template's terms; `year` is the session's (a row's 期限
    leaves it out)."""
    return {
        "单位": sheet.unit.name, "单位代码": sheet.unit.code, "件数": len(sheet.rows),
        "主办件数": sheet.count("lead"), "会办件数": sheet.count("joint"),
        "协办件数": sheet.count("assist"), "分办件数": sheet.count("split"),
        "承办情况": _role_summary(sheet), "办理期限": chinese_date(sheet.deadline),
        "期限要求": deadline_terms(sheet),
        "提案": [_row(row, year) for row in sheet.rows],
    }


def sheets_context(header: SessionHeader, sheets: Sequence[UnitSheet],
                   options: WordOptions) -> dict[str, Any]:
    """The 交办单 template's context: one or many units (the combined file)."""
    context = common(header, options)
    context["交办单"] = [sheet_entry(sheet, header.year) for sheet in sheets]
    return context


def catalogue_context(data: DocumentData, options: WordOptions) -> dict[str, Any]:
    """The 提案目录 template's context."""
    context = common(data.header, options)
    context["总件数"] = len(data.cases)
    context["类别"] = [
        {"序号": ordinal(i), "名称": group.name, "件数": len(group.cases),
         "提案": [case_fields(case) for case in group.cases]}
        for i, group in enumerate(data.catalogue, start=1)
    ]
    return context


def summary_context(data: DocumentData, options: WordOptions) -> dict[str, Any]:
    """The 审查情况汇总 template's context."""
    s = data.summary
    context = common(data.header, options)
    outcome = s.by_outcome
    merged_cases = sum(1 + len(g.members) for g in s.merged_groups)
    context["汇总"] = {
        "收到": s.received, "立案": outcome.get("accepted", 0) + outcome.get("merged", 0),
        "并案组数": len(s.merged_groups), "并案件数": merged_cases,
        "不予立案": outcome.get("rejected", 0), "撤案": outcome.get("withdrawn", 0),
        "待审": outcome.get("pending", 0), "重点": len(s.key_cases), "未编号": s.unnumbered,
    }
    labels = (("accepted", "立案（含主并）"), ("merged", "并案（被并）"),
              ("rejected", "不予立案"), ("withdrawn", "撤案"), ("pending", "待审"))
    context["按结果"] = [{"结果": label, "件数": outcome.get(key, 0)} for key, label in labels]
    context["按结果"].append({"结果": "合计", "件数": s.received})
    context["按类别"] = [
        {"类别": row.name, "收到": row.total, "立案": row.counts.get("accepted", 0),
         "并案": row.counts.get("merged", 0), "不予立案": row.counts.get("rejected", 0),
         "撤案": row.counts.get("withdrawn", 0), "待审": row.counts.get("pending", 0)}
        for row in s.by_category]
    context["按界别"] = [{"界别": row.name, "件数": row.total} for row in s.by_sector]
    context["按单位"] = [
        {"单位": row.name, "主办": row.counts.get("lead", 0), "会办": row.counts.get("joint", 0),
         "协办": row.counts.get("assist", 0), "分办": row.counts.get("split", 0),
         "合计": row.total} for row in s.by_unit]
    context["并案组"] = [
        {"主并提案号": g.lead.label, "案由": g.lead.title,
         "被并提案": "\n".join(f"{m.label}《{m.title}》（{m.proposers_label}）"
                           for m in g.members),
         "被并提案号": "、".join(m.label for m in g.members)}
        for g in s.merged_groups]
    context["不予立案"] = [
        {"序号": i, "流水号": item.intake_no, "案由": item.title, "提案人": item.proposers_label,
         "理由": item.reason, "说明": remark_clause(item.remark),
         "处理方式": item.disposition}
        for i, item in enumerate(s.not_accepted, start=1)]
    context["重点提案"] = [dict(case_fields(case), 序号=i)
                       for i, case in enumerate(s.key_cases, start=1)]
    return context
