"""Checks against the open session: known categories and 界别, the members roster, and
duplicates (title + first proposer) in the session and within the sources."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import text

from review_desk.desk import Desk
from review_desk.importing.model import ImportOptions, RowReport
from review_desk.review.bundle_import import unit_names
from review_desk.review.records import (
    ArchiveCaseRecord,
    MemberRecord,
    PersonRecord,
    ProposalRecord,
    SessionInfo,
    UnitRecord,
)

# the short names people write for the parties and groups of the standard 界别 list
SECTOR_ALIASES = {
    "中共": "中国共产党", "民革": "中国国民党革命委员会", "民盟": "中国民主同盟",
    "民建": "中国民主建国会", "民进": "中国民主促进会", "农工党": "中国农工民主党",
    "农工": "中国农工民主党", "致公党": "中国致公党", "致公": "中国致公党", "九三": "九三学社",
    "台盟": "台湾民主自治同盟", "无党派": "无党派人士", "团委": "共青团", "工会": "总工会",
    "妇女联合会": "妇联", "科学技术协会": "科协", "工商业联合会": "工商联",
}


def norm_key(value: str) -> str:
    """A name or title compared loosely: width, spaces and closing punctuation ignored."""
    folded = unicodedata.normalize("NFKC", value)
    return re.sub(r"[\s。.“”\"'‘’《》]", "", folded)


def proposal_key(record: ProposalRecord) -> tuple[str, str]:
    """What makes two proposals the same: the title and the first proposer (or body)."""
    first = record.collective_name if record.kind == "collective" else (
        record.proposers[0].name if record.proposers else "")
    return norm_key(record.title), norm_key(first)


@dataclass(frozen=True)
class SessionContext:
    """What the checks need to know about the session being imported into."""

    info: SessionInfo = field(default_factory=lambda: SessionInfo("", "", "", 0))
    categories: tuple[str, ...] = ()
    sectors: frozenset[str] = frozenset()
    members: dict[str, MemberRecord] = field(default_factory=dict)
    proposal_keys: frozenset[tuple[str, str]] = frozenset()
    intake_nos: frozenset[int] = frozenset()
    unit_names: frozenset[str] = frozenset()
    archive_keys: frozenset[tuple[str, str, str]] = frozenset()
    list_names: dict[str, frozenset[str]] = field(default_factory=dict)


def context_from_desk(desk: Desk) -> SessionContext:
    """Read what the checks need from an open session."""
    info = desk.session_info()
    session = SessionInfo(str(info.get("committee", "")), str(info.get("term", "")),
                          str(info.get("session", "")), int(info.get("year") or 0),
                          info.get("handover_date"),
                          str(info.get("case_no_format") or "第{n:04d}号"))
    lists = {kind: frozenset(i.name for i in desk.list_items(kind))
             for kind in ("category", "sector", "reason", "disposition")}
    with desk.store.reading() as conn:
        members = {str(r[0]): MemberRecord(str(r[0]), str(r[1] or ""), str(r[2] or ""),
                                           str(r[3] or ""), str(r[4] or ""))
                   for r in conn.execute(text(
                       "SELECT name, sector, work_unit, address, phone FROM member "
                       "WHERE present"))}
        keys = frozenset(
            (norm_key(str(r[0])), norm_key(str(r[1] or "")))
            for r in conn.execute(text(
                "SELECT p.title, CASE WHEN p.kind = 'collective' THEN p.collective_name ELSE"
                " (SELECT name FROM proposer q WHERE q.proposal_id = p.id AND q.present"
                " AND q.role = 'first') END FROM proposal p WHERE p.present")))
        intakes = frozenset(int(r[0]) for r in conn.execute(
            text("SELECT intake_no FROM proposal WHERE present")))
        units = set(unit_names(conn))
        archive = frozenset((str(r[0]), str(r[1]), norm_key(str(r[2]))) for r in conn.execute(
            text("SELECT session_label, case_no, title FROM archive_case WHERE present")))
    return SessionContext(
        info=session, categories=tuple(i.name for i in desk.list_items("category")),
        sectors=lists["sector"], members=members, proposal_keys=keys, intake_nos=intakes,
        unit_names=frozenset(units), archive_keys=archive, list_names=lists)


def resolve_category(raw: str, categories: Iterable[str]) -> str | None:
    """The category a typed name means: exact, "经济建设类" for 经济建设, or a unique
    prefix such as "经济"."""
    names = list(categories)
    if raw in names:
        return raw
    key = norm_key(raw).removesuffix("类")
    hits = [c for c in names if key and (c == key or c in key or c.startswith(key))]
    return hits[0] if len(hits) == 1 else None


def resolve_sector(raw: str, sectors: frozenset[str]) -> str:
    """A 界别 as the session's list names it, when an alias or a width variant says so."""
    if not raw or raw in sectors:
        return raw
    folded = norm_key(raw)
    candidates = (folded, SECTOR_ALIASES.get(folded, ""), f"{folded}界",
                  folded.removesuffix("界别") + "界")
    return next((c for c in candidates if c in sectors), raw)


def _where(place: tuple[str, str]) -> tuple[str, str]:
    source, row = place
    return (f"{source} row {row}", f" {source} 第 {row} 行 ") if row else (
        source, f" {source} ")


class ProposalChecks:
    """Checks proposals one by one, remembering what came earlier in the sources."""

    def __init__(self, context: SessionContext, options: ImportOptions) -> None:
        self.context = context
        self.options = options
        self._seen: dict[tuple[str, str], tuple[str, str]] = {}
        self._intakes: dict[int, tuple[str, str]] = {}

    def check(self, record: ProposalRecord, report: RowReport, section: str = ""
              ) -> ProposalRecord | None:
        """The record as it will be imported (category and 界别 resolved), or None."""
        ctx = self.context
        category = self._category(record.category, section, report)
        people = tuple(self._person(p, report, first=i == 0)
                       for i, p in enumerate(record.proposers))
        record = replace(record, category=record.category if category is None else category,
                         proposers=people)
        if record.contact is not None:
            record = replace(record, contact=self._person(record.contact, report, False))
        self._roster(record, report)
        key = proposal_key(record)
        where = (report.source, "" if report.row == "-" else report.row)
        if key in ctx.proposal_keys:
            report.duplicate = True
            report.add("warning", "duplicate", "Already in the session (same title and first "
                       "proposer); skipped.",
                       "会议文件中已有同一案由、同一第一提案人的提案，跳过。")
        elif key in self._seen:
            report.duplicate = True
            en, zh = _where(self._seen[key])
            report.add("warning", "duplicate", f"Same title and first proposer as {en}; "
                       "skipped.", f"与{zh}案由和第一提案人相同，跳过。")
        else:
            self._seen[key] = where
        if record.intake_no is not None and not report.duplicate:
            earlier = self._intakes.get(record.intake_no)
            if record.intake_no in ctx.intake_nos or earlier:
                en, zh = _where(earlier) if earlier else ("the session", "会议文件中的提案")
                report.add("error", "intake_taken",
                           f"Intake number {record.intake_no} is already used by {en}.",
                           f"流水号 {record.intake_no} 已被{zh}占用。", "intake_no")
            self._intakes[record.intake_no] = where
        return None if category is None else record

    def _category(self, raw: str, section: str, report: RowReport) -> str | None:
        categories = self.context.categories
        if raw:
            found = resolve_category(raw, categories)
            if found is None:
                report.add("error", "unknown_category",
                           f"Unknown category {raw!r}; known: {', '.join(categories)}.",
                           f"类别“{raw}”不在类别列表中（{'、'.join(categories)}）。", "category")
            return found
        for candidate in (section, self.options.default_category or ""):
            found = resolve_category(candidate, categories) if candidate else None
            if found:
                return found
        # many committees set the category during the review: the proposal is imported as
        # 未分类, and numbering and export ask for it later
        report.add("warning", "unclassified", "No category: imported as unclassified (未分类); "
                   "set it during the review, or pass a default category.",
                   "未填写类别：按“未分类”导入，可在审查中设定，或指定默认类别。", "category")
        return ""

    def _person(self, person: PersonRecord, report: RowReport, first: bool) -> PersonRecord:
        ctx = self.context
        member = ctx.members.get(person.name)
        sector = resolve_sector(person.sector, ctx.sectors)
        if member is not None:
            person = replace(person, sector=sector or member.sector,
                             work_unit=person.work_unit or member.work_unit,
                             address=person.address or member.address,
                             phone=person.phone or member.phone)
        else:
            person = replace(person, sector=sector)
        if person.sector and ctx.sectors and person.sector not in ctx.sectors:
            report.add("warning", "unknown_sector",
                       f"{person.name}: unknown 界别 {person.sector!r}.",
                       f"{person.name}的界别“{person.sector}”不在界别列表中。", "sector")
        elif first and not person.sector:
            report.add("warning", "missing_sector", f"{person.name}: no 界别.",
                       f"第一提案人{person.name}没有界别。", "sector")
        return person

    def _roster(self, record: ProposalRecord, report: RowReport) -> None:
        if not self.context.members:
            return
        missing = [p.name for p in record.proposers if p.name not in self.context.members]
        if missing:
            report.add("warning", "not_in_roster", f"Not in the members roster: "
                       f"{', '.join(missing)}.", f"不在委员名单中：{'、'.join(missing)}。",
                       "proposer")


def check_member(record: MemberRecord, report: RowReport, context: SessionContext,
                 seen: set[str]) -> MemberRecord:
    """A roster entry: its 界别 resolved; duplicates by name flagged."""
    record = replace(record, sector=resolve_sector(record.sector, context.sectors))
    if record.sector and context.sectors and record.sector not in context.sectors:
        report.add("warning", "unknown_sector", f"Unknown 界别 {record.sector!r}.",
                   f"界别“{record.sector}”不在界别列表中。", "sector")
    if record.name in context.members or record.name in seen:
        report.duplicate = True
        report.add("warning", "duplicate", "A member of this name is already listed; skipped.",
                   "已有同名委员，跳过。", "name")
    seen.add(record.name)
    return record


def check_unit(record: UnitRecord, report: RowReport, context: SessionContext,
               seen: set[str]) -> None:
    """A catalogue entry: duplicates by name or code flagged."""
    names = {record.name, record.code} - {""}
    if names & (context.unit_names | seen):
        report.duplicate = True
        report.add("warning", "duplicate", "A unit of this name or code is already listed; "
                   "skipped.", "已有同名或同代码的承办单位，跳过。", "name")
    seen.update(names)


def check_archive(record: ArchiveCaseRecord, report: RowReport, context: SessionContext,
                  seen: set[tuple[str, str, str]]) -> None:
    """An archived case: duplicates by session, case number and title flagged."""
    key = (record.session_label, record.case_no, norm_key(record.title))
    if key in context.archive_keys or key in seen:
        report.duplicate = True
        report.add("warning", "duplicate", "This case is already in the archive; skipped.",
                   "该案已在历史提案库中，跳过。")
    seen.add(key)
    if context.unit_names and record.lead_unit and record.lead_unit not in context.unit_names:
        report.add("warning", "unknown_unit", f"Unit {record.lead_unit!r} is not in the "
                   "catalogue (kept as written).", f"承办单位“{record.lead_unit}”不在单位名录中"
                   "（按原文保留）。", "lead_unit")
