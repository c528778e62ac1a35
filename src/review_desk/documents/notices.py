"""The wording of the printed notices, as letters laid out by `documents.letter`.

立案通知 goes to every proposer of an accepted case and of each merged member (saying
which case it joined); 不予立案告知 gives the reason and where the text was passed on;
交办函 goes to every unit with its cases as an attachment. Collective proposals are
addressed to the body; co-signers who declined get no notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from review_desk.documents.letter import Letter, Para
from review_desk.documents.model import (
    MERGE_LEAD,
    MERGE_MEMBER,
    AcceptanceNotice,
    Case,
    RejectionNotice,
    SessionHeader,
    UnitSheet,
    chinese_date,
)

ACCEPT_TITLE = "提案立案通知"
REJECT_TITLE = "提案不予立案告知"
THANKS = "感谢您对政协提案工作的支持。"


@dataclass(frozen=True)
class LetterOptions:
    """What the notices say beyond the session's data."""

    issuer: str  # the issuing body (letterhead and signature)
    issue_date: date
    adjust_window: str = "5个工作日"  # the window for asking to adjust an assignment


def _you(case_kind: str, position: int) -> str:
    if case_kind == "collective":
        return "你单位"
    if case_kind == "joint":
        return "您领衔" if position == 0 else "您联名"
    return "您"


def _units_sentence(case: Case) -> str:
    if not case.units:
        return "承办单位另行通知"
    return f"交由{case.units_text()}办理"


def acceptance_letter(notice: AcceptanceNotice, header: SessionHeader,
                      options: LetterOptions) -> Letter:
    """立案通知 to one proposer."""
    case = notice.case
    who = notice.recipient
    number = f"提案号为{case.case_no}" if case.case_no else "提案号另行通知"
    opening = (f"{_you(case.kind, who.position)}提出的《{case.title}》"
               f"（流水号：{case.intake_no}），经{header.meeting}提案审查委员会审查，")
    if case.merge_role == MERGE_MEMBER:
        body = (opening + f"与{case.lead_case_no}提案《{case.lead_title}》"
                f"反映的问题相同或相近，予以立案并入该提案并案办理，{number}，"
                f"{_units_sentence(case)}。承办单位将对并案的每件提案分别答复。")
    else:
        body = opening + f"予以立案，{number}，{_units_sentence(case)}。"
        if case.merge_role == MERGE_LEAD:
            others = "、".join(n for n in case.group_case_nos[1:] if n)
            if others:
                body += f"该提案与{others}提案并案办理。"
    blocks = [Para(ACCEPT_TITLE, "title"), Para("", "blank"),
              Para(f"{who.salutation}：", indent=0), Para(body)]
    if case.deadline:
        blocks.append(Para(f"按照有关规定，承办单位应于{chinese_date(case.deadline)}前"
                           "办理完毕并答复提案人。"))
    if case.key:
        blocks.append(Para("该提案已列为重点提案候选，将加强督办。"))
    blocks += [Para(THANKS), Para("", "blank"), Para(options.issuer, "signature"),
               Para(chinese_date(options.issue_date), "date")]
    return Letter(tuple(blocks), f"立案通知 {case.label} {who.name}")


def _passed_on(disposition: str) -> str:
    if not disposition:
        return ""
    if disposition.startswith("转为") or disposition.startswith("转"):
        return f"根据有关规定，已{disposition}，送有关部门研究参考。"
    if disposition.startswith("退回"):
        return "现予退回。"
    return f"处理方式：{disposition}。"


def rejection_letter(notice: RejectionNotice, header: SessionHeader,
                     options: LetterOptions) -> Letter:
    """不予立案告知 to one proposer."""
    item = notice.item
    who = notice.recipient
    body = (f"{_you(item.kind, who.position)}提出的《{item.title}》（流水号：{item.intake_no}），"
            f"经{header.meeting}提案审查委员会审查，因“{item.reason}”，不予立案。"
            f"{_passed_on(item.disposition)}")
    blocks = [Para(REJECT_TITLE, "title"), Para("", "blank"),
              Para(f"{who.salutation}：", indent=0), Para(body),
              Para("感谢您对政协提案工作的支持，欢迎继续提出提案。"), Para("", "blank"),
              Para(options.issuer, "signature"), Para(chinese_date(options.issue_date), "date")]
    return Letter(tuple(blocks), f"不予立案告知 流水号{item.intake_no} {who.name}")


def _role_counts(sheet: UnitSheet) -> str:
    parts = [f"{label}{n}件" for role, label in
             (("lead", "主办"), ("joint", "会办"), ("assist", "协办"), ("split", "分办"))
             if (n := sheet.count(role))]
    return "、".join(parts)


def unit_letter(sheet: UnitSheet, header: SessionHeader, options: LetterOptions) -> Letter:
    """交办函 to one unit, its cases listed in the attachment."""
    deadline = sheet.deadline
    when = f"于{chinese_date(deadline)}前" if deadline else "按规定时限"
    attachment = f"{header.meeting}交由{sheet.unit.name}办理的提案清单"
    body = (f"{header.meeting}期间，委员和各参加单位提出的提案经提案审查委员会审查立案。"
            f"现将{len(sheet.rows)}件提案交由你单位办理，其中{_role_counts(sheet)}。"
            f"请认真研究办理，{when}办理完毕并答复提案人；会办、协办单位请在主办单位答复前"
            "将办理意见送主办单位。")
    adjust = (f"如对交办有异议，请于收到本函之日起{options.adjust_window}内向"
              f"{options.issuer}提出，逾期视为接受交办。")
    blocks = [Para(f"关于交办{header.meeting}提案的函", "title"), Para("", "blank"),
              Para(f"{sheet.unit.name}：", indent=0), Para(body), Para(adjust),
              Para("", "blank"), Para(f"附件：{attachment}", indent=2, hang=5),
              Para("", "blank"), Para(options.issuer, "signature"),
              Para(chinese_date(options.issue_date), "date"),
              Para("", "pagebreak"), Para("附件", "heading", indent=0), Para("", "blank"),
              Para(attachment, "title"), Para("", "blank")]
    for row in sheet.rows:
        case = row.case
        notes = [row.role_label]
        if case.merge_role:
            notes.append(case.merge_role)
        if case.key:
            notes.append("重点")
        if case.deadline and case.deadline != deadline:
            notes.append(f"{chinese_date(case.deadline)}前")
        blocks.append(Para(f"{row.seq}．{case.label}　{case.title}（{'，'.join(notes)}）",
                           indent=0, hang=2))
    return Letter(tuple(blocks), f"交办函 {sheet.unit.name}")
