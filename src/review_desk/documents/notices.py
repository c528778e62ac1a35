"""The printed notices: each notice's placeholders, filled into its Word template.

立案通知 goes to every proposer of an accepted case and of each merged member (saying
which case it joined); 不予立案告知 gives the reason and where the text was passed on;
交办函 goes to every unit with its cases as an attachment. Collective proposals are
addressed to the body; co-signers who declined get no notice. The wording is in the
templates (`notice_templates`, listed in PLACEHOLDERS.md); this module only says what
each placeholder holds.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from review_desk.documents.letter import Letter
from review_desk.documents.model import (
    MERGE_LEAD,
    MERGE_MEMBER,
    AcceptanceNotice,
    Case,
    RejectionNotice,
    SessionHeader,
    UnitSheet,
    chinese_date,
    remark_clause,
)
from review_desk.documents.notice_templates import NoticeTemplate, read_notice_template
from review_desk.documents.sample import sample_data
from review_desk.documents.template_builder import ACCEPT_NOTICE, REJECT_NOTICE, UNIT_LETTER
from review_desk.documents.templates import (
    TemplateSource,
    default_template_bytes,
    find_template,
)
from review_desk.documents.word import WordOptions, case_fields, common, sheet_entry


@dataclass(frozen=True)
class LetterOptions:
    """What the notices say beyond the session's data."""

    issuer: str  # the issuing body (letterhead and signature)
    issue_date: date
    adjust_window: str = "5个工作日"  # the window for asking to adjust an assignment


def _common(header: SessionHeader, options: LetterOptions) -> dict[str, Any]:
    return common(header, WordOptions(options.issuer, options.issue_date,
                                      options.adjust_window))


def _you(case_kind: str, position: int) -> str:
    if case_kind == "collective":
        return "你单位"
    if case_kind == "joint":
        return "您领衔" if position == 0 else "您联名"
    return "您"


def _honorific(case_kind: str) -> str:
    """您, or 你单位 for a collective proposal (the body is addressed throughout)."""
    return "你单位" if case_kind == "collective" else "您"


def _recipient(notice: AcceptanceNotice | RejectionNotice) -> dict[str, Any]:
    who = notice.recipient
    return {"姓名": who.name, "称呼": who.salutation, "地址": who.address,
            "单位": who.work_unit, "联系人": who.contact}


def acceptance_context(notice: AcceptanceNotice, header: SessionHeader,
                       options: LetterOptions) -> dict[str, Any]:
    """The 立案通知 template's placeholders for one proposer."""
    case = notice.case
    fields = case_fields(case)
    own = case.case_no
    fields.update({
        "编号": case.label, "主并": case.merge_role == MERGE_LEAD,
        "被并": case.merge_role == MERGE_MEMBER, "主并提案号": case.lead_case_no,
        "主并案由": case.lead_title,
        "其他并案号": "、".join(n for n in case.group_case_nos if n and n != own),
    })
    context = _common(header, options)
    context.update({"收件人": _recipient(notice), "称呼": notice.recipient.salutation,
                    "提出人": _you(case.kind, notice.recipient.position),
                    "敬称": _honorific(case.kind), "件": fields})
    return context


def rejection_context(notice: RejectionNotice, header: SessionHeader,
                      options: LetterOptions) -> dict[str, Any]:
    """The 不予立案告知 template's placeholders for one proposer."""
    item = notice.item
    disposition = item.disposition
    context = _common(header, options)
    context.update({
        "收件人": _recipient(notice), "称呼": notice.recipient.salutation,
        "提出人": _you(item.kind, notice.recipient.position), "敬称": _honorific(item.kind),
        "件": {"流水号": item.intake_no, "案由": item.title, "类别": item.category,
              "提案人": item.proposers_label, "理由": item.reason,
              "说明": remark_clause(item.remark), "处理方式": disposition,
              "转出": disposition.startswith("转"), "退回": disposition.startswith("退回")},
    })
    return context


def _notes(case: Case, role_label: str, deadline: date | None) -> str:
    notes = [role_label]
    if case.merge_role:
        notes.append(case.merge_role)
    if case.key:
        notes.append("重点")
    if case.deadline and case.deadline != deadline:
        notes.append(f"{chinese_date(case.deadline)}前")
    return "，".join(notes)


def unit_letter_context(sheet: UnitSheet, header: SessionHeader,
                        options: LetterOptions) -> dict[str, Any]:
    """The 交办函 template's placeholders for one unit."""
    entry = sheet_entry(sheet)
    for fields, row in zip(entry["提案"], sheet.rows, strict=True):
        fields["编号"] = row.case.label
        fields["备注"] = _notes(row.case, row.role_label, sheet.deadline)
    context = _common(header, options)
    context["单"] = entry
    return context


@dataclass(frozen=True)
class NoticeTemplates:
    """The three notice templates, read and checked."""

    acceptance: NoticeTemplate
    rejection: NoticeTemplate
    unit: NoticeTemplate

    @property
    def unused(self) -> list[str]:
        """Formatting in the templates that the PDF notices do not show."""
        return [*self.acceptance.unused, *self.rejection.unused, *self.unit.unused]


def _samples() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Sample contexts with every placeholder present and every condition true once."""
    data = sample_data()
    options = LetterOptions(data.header.issuer, date(2026, 2, 20))
    notice = data.acceptance_notices[0]
    accept = [acceptance_context(replace(notice, case=case), data.header, options)
              for case in (*data.cases, replace(data.cases[0], case_no="", units=()))]
    rejected = data.rejection_notices[0]
    reject = [rejection_context(replace(rejected, item=replace(rejected.item, disposition=d)),
                                data.header, options) for d in ("转为委员来信", "退回", "其他", "")]
    units = [unit_letter_context(sheet, data.header, options) for sheet in data.sheets]
    return accept, reject, units


def read_notice_templates(sources: tuple[TemplateSource, TemplateSource, TemplateSource]
                          ) -> NoticeTemplates:
    """Read and check the three templates (acceptance, rejection, unit letter)."""
    accept, reject, units = _samples()
    return NoticeTemplates(read_notice_template(sources[0], accept),
                           read_notice_template(sources[1], reject),
                           read_notice_template(sources[2], units))


def load_notice_templates(folder: Path | None = None) -> NoticeTemplates:
    """The notice templates: the user's (in `folder`, else the user templates folder)
    where there are some, else the defaults."""
    return read_notice_templates((find_template(ACCEPT_NOTICE, folder),
                                  find_template(REJECT_NOTICE, folder),
                                  find_template(UNIT_LETTER, folder)))


@functools.cache
def default_notice_templates() -> NoticeTemplates:
    """The templates shipped with the package (read once per process)."""
    return read_notice_templates(tuple(  # type: ignore[arg-type]
        TemplateSource(name, f"{name}（默认模板 default）", default_template_bytes(name))
        for name in (ACCEPT_NOTICE, REJECT_NOTICE, UNIT_LETTER)))


def acceptance_letter(notice: AcceptanceNotice, header: SessionHeader,
                      options: LetterOptions, templates: NoticeTemplates | None = None
                      ) -> Letter:
    """立案通知 to one proposer."""
    template = (templates or default_notice_templates()).acceptance
    return template.letter(acceptance_context(notice, header, options),
                           f"立案通知 {notice.case.label} {notice.recipient.name}")


def rejection_letter(notice: RejectionNotice, header: SessionHeader,
                     options: LetterOptions, templates: NoticeTemplates | None = None
                     ) -> Letter:
    """不予立案告知 to one proposer."""
    template = (templates or default_notice_templates()).rejection
    return template.letter(rejection_context(notice, header, options),
                           f"不予立案告知 流水号{notice.item.intake_no} {notice.recipient.name}")


def unit_letter(sheet: UnitSheet, header: SessionHeader, options: LetterOptions,
                templates: NoticeTemplates | None = None) -> Letter:
    """交办函 to one unit, its cases listed in the attachment."""
    template = (templates or default_notice_templates()).unit
    return template.letter(unit_letter_context(sheet, header, options),
                           f"交办函 {sheet.unit.name}")
