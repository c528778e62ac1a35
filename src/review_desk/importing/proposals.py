"""One row's fields (from a sheet, a CSV line, a database row or a Word form) turned into
a ProposalRecord, with what is wrong noted on the row's report.

Checks that need the session (known categories, 界别, members, duplicates) are in
checks.py; here only the row itself is judged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from review_desk.importing.cells import (
    is_excel_error,
    one_line,
    split_people,
    split_units,
    text_of,
)
from review_desk.importing.dates import iso, parse_date
from review_desk.importing.model import ImportOptions, RowReport
from review_desk.importing.sections import Sections, split_text
from review_desk.review.records import PersonRecord, ProposalRecord

TEXT_FIELDS = ("background", "problems", "suggestions")
FIELD_ZH = {"title": "案由", "background": "情况分析", "problems": "存在问题",
            "suggestions": "具体建议", "body": "提案内容", "proposer": "提案人",
            "category": "类别", "submitted_at": "提交时间", "intake_no": "流水号",
            "sector": "界别", "kind": "提案方式", "cosigners": "联名人",
            "suggested_units": "建议承办单位", "collective_name": "集体名称",
            "work_unit": "工作单位", "phone": "联系电话", "address": "通讯地址",
            "contact": "联系人", "plenary": "大会/平时"}
_COLLECTIVE_WORDS = ("集体", "党派", "团体", "界别", "专委会", "专门委员会", "组织")
MAX_TITLE = 200


def _kind(raw: str) -> str | None:
    if not raw:
        return None
    if raw in ("individual", "joint", "collective"):
        return raw
    if "联名" in raw or "附议" in raw:
        return "joint"
    if any(word in raw for word in _COLLECTIVE_WORDS):
        return "collective"
    if "个人" in raw or raw == "委员":
        return "individual"
    return None


# endings that always mean a body, and looser ones trusted only on longer names
_BODY_ENDINGS = ("界别", "工会", "科协", "妇联", "工商联", "侨联", "台联", "文联", "社科联", "残联",
                 "团市委", "团委", "委员会", "委会", "党组", "支部")
_LONG_BODY_ENDINGS = ("界", "组", "社", "协会", "学会", "市委", "省委", "区委", "县委", "总会",
                      "联合会")


def looks_like_body(name: str) -> bool:
    """Whether a proposer's name is a body (民盟市委会, 市科协), not a person."""
    if "·" in name or len(name) < 3:
        return False
    return name.endswith(_BODY_ENDINGS) or "政协" in name or (
        len(name) > 4 and name.endswith(_LONG_BODY_ENDINGS))


def _plenary(raw: str) -> bool | None:
    if not raw:
        return True
    if "平时" in raw or "闭会" in raw:
        return False
    if "大会" in raw or "会议期间" in raw or raw in ("是", "会中"):
        return True
    return None


def _texts(values: Mapping[str, object]) -> Sections:
    sections = values.get("_sections")
    if isinstance(sections, Sections):
        return sections
    given = {f: text_of(values.get(f)) for f in TEXT_FIELDS}
    body = text_of(values.get("body"))
    if body and not any(given.values()):
        return split_text(body)
    if body:
        given["background"] = "\n".join(t for t in (body, given["background"]) if t)
    return Sections(given["background"], given["problems"], given["suggestions"], True)


def _check_cells(values: Mapping[str, object], report: RowReport) -> bool:
    ok = True
    for name, value in values.items():
        if is_excel_error(value):
            zh = FIELD_ZH.get(name, name)
            report.add("error", "cell_error", f"{name} holds the Excel error {value}.",
                       f"“{zh}”单元格是 Excel 错误值 {value}，请修正公式。", name)
            ok = False
    return ok


def _too_long(report: RowReport, name: str, text: str, cap: int) -> bool:
    if len(text) <= cap:
        return False
    zh = FIELD_ZH.get(name, name)
    report.add("error", "text_too_long",
               f"{name} has {len(text)} characters, over the cap of {cap}.",
               f"“{zh}”有 {len(text)} 字，超过上限 {cap} 字，请检查是否粘贴了多余内容。", name)
    return True


def _people(values: Mapping[str, object], report: RowReport) -> list[PersonRecord]:
    listed = split_people(values.get("proposer"))
    first = listed[0] if listed else None
    extra = values.get("_people")
    cosigners = list(extra) if isinstance(extra, list) else split_people(values.get("cosigners"))
    if first is None:
        if cosigners:
            first, cosigners = cosigners[0], cosigners[1:]
        else:
            return []
    first = replace(
        first,
        sector=one_line(values.get("sector")) or first.sector,
        work_unit=one_line(values.get("work_unit")) or first.work_unit,
        address=one_line(values.get("address")) or first.address,
        phone=one_line(values.get("phone")) or first.phone,
    )
    people = [first]
    for person in [*listed[1:], *cosigners]:
        same = next((i for i, p in enumerate(people) if p.name == person.name), None)
        if same is None:
            people.append(person)
            continue
        known = people[same]  # listed twice (a line and a table): keep what each adds
        people[same] = replace(known, sector=known.sector or person.sector,
                               work_unit=known.work_unit or person.work_unit,
                               address=known.address or person.address,
                               phone=known.phone or person.phone)
    return people


def build_proposal(values: Mapping[str, object], report: RowReport,
                   options: ImportOptions) -> ProposalRecord | None:
    """The record for one row, or None when the row cannot become one (the reason is on
    the report)."""
    cap = options.limits.max_text_chars
    usable = _check_cells(values, report)
    title = one_line(values.get("title"))
    report.title = title[:80]
    if not title:
        report.add("error", "missing_title", "The 案由 (title) is missing.", "缺少案由。", "title")
        usable = False
    elif _too_long(report, "title", title, MAX_TITLE):
        usable = False
    sections = _texts(values)
    for name in TEXT_FIELDS:
        usable = not _too_long(report, name, getattr(sections, name), cap) and usable
    if not any(getattr(sections, n).strip() for n in TEXT_FIELDS):
        report.add("error", "empty_body", "The proposal has no text.", "提案内容为空。", "body")
        usable = False
    kind_text = one_line(values.get("kind"))
    kind = _kind(kind_text)
    if kind_text and kind is None:
        report.add("warning", "unknown_kind", f"Unknown kind {kind_text!r}; guessed from the "
                   "proposers.", f"提案方式“{kind_text}”无法识别，已按提案人推断。", "kind")
    people = _people(values, report)
    collective_name = one_line(values.get("collective_name"))
    single_body = len(people) == 1 and looks_like_body(people[0].name)
    if kind == "collective" or (kind is None and (collective_name or single_body)
                                and not people[1:]):
        kind = "collective"
        collective_name = collective_name or (people[0].name if people else "")
        people = []
    if kind is None:
        kind = "joint" if len(people) > 1 else "individual"
    if kind == "joint" and len(people) < 2:
        report.add("warning", "joint_without_cosigners", "Marked joint but no co-signers.",
                   "标为联名提案，但没有联名人。", "cosigners")
        kind = "individual"
    if kind == "individual" and len(people) > 1:
        kind = "joint"
    contact: PersonRecord | None = None
    if kind == "collective":
        if not collective_name:
            report.add("error", "missing_proposer", "A collective proposal needs its body.",
                       "集体提案缺少提案单位。", "collective_name")
            usable = False
        contact_name = one_line(values.get("contact"))
        if contact_name:
            contact = PersonRecord(name=contact_name, phone=one_line(values.get("phone")),
                                   address=one_line(values.get("address")),
                                   work_unit=one_line(values.get("work_unit")))
        report.proposer = collective_name
    elif not people:
        report.add("error", "missing_proposer", "The proposer is missing.", "缺少提案人。",
                   "proposer")
        usable = False
    else:
        report.proposer = people[0].name
    submitted = _submitted(values, report, options)
    plenary_text = one_line(values.get("plenary"))
    plenary = _plenary(plenary_text)
    if plenary is None:
        report.add("warning", "unknown_plenary", f"{plenary_text!r} is neither 大会 nor 平时; "
                   "taken as 大会.", f"“{plenary_text}”不是“大会”或“平时”，按大会提案处理。",
                   "plenary")
    intake_ok, intake = _intake(values, report)
    usable = usable and intake_ok
    category = one_line(values.get("category"))
    if not usable:
        return None
    return ProposalRecord(
        title=title, category=category, background=sections.background,
        problems=sections.problems, suggestions=sections.suggestions, submitted_at=submitted,
        kind=kind, proposers=tuple(people), plenary=plenary is not False,
        collective_name=collective_name if kind == "collective" else "", contact=contact,
        suggested_units=split_units(values.get("suggested_units")),
        intake_no=intake)


def _submitted(values: Mapping[str, object], report: RowReport, options: ImportOptions) -> str:
    raw = values.get("submitted_at")
    if raw is None or not text_of(raw):
        return ""
    moment = parse_date(raw, options.year)
    if moment is None:
        report.add("warning", "bad_date", f"{text_of(raw)!r} is not a date; left empty.",
                   f"提交时间“{text_of(raw)}”无法识别为日期，已留空。", "submitted_at")
        return ""
    return iso(moment)


def _intake(values: Mapping[str, object], report: RowReport) -> tuple[bool, int | None]:
    raw = text_of(values.get("intake_no"))
    if not raw:
        return True, None
    digits = raw.removeprefix("第").removesuffix("号").strip()
    if digits.isdigit() and 0 < int(digits) < 10_000_000:
        return True, int(digits)
    report.add("error", "bad_intake_no", f"Intake number {raw!r} is not a number.",
               f"流水号“{raw}”不是有效数字。", "intake_no")
    return False, None
