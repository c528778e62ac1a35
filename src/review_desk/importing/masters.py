"""Rows of the master lists and the archive turned into records: the members roster, the
handling-unit catalogue, and earlier sessions' cases with their units."""

from __future__ import annotations

import re
from collections.abc import Mapping

from review_desk.importing.cells import one_line, split_units, text_of
from review_desk.importing.dates import parse_date
from review_desk.importing.model import ImportOptions, RowReport
from review_desk.review.records import ArchiveCaseRecord, MemberRecord, UnitRecord

_INACTIVE = frozenset({"否", "无效", "停用", "撤销", "已撤销", "0", "false", "no", "n", "×"})
_YEAR = re.compile(r"(19|20)\d{2}")


def build_member(values: Mapping[str, object], report: RowReport) -> MemberRecord | None:
    """A roster entry; None (with the reason on the report) when it has no name."""
    name = one_line(values.get("name"))
    report.title = name
    if not name:
        report.add("error", "missing_name", "The name is missing.", "缺少姓名。", "name")
        return None
    record = MemberRecord(name=name, sector=one_line(values.get("sector")),
                          work_unit=one_line(values.get("work_unit")),
                          address=one_line(values.get("address")),
                          phone=one_line(values.get("phone")))
    if not record.sector:
        report.add("warning", "missing_sector", f"{name}: no 界别.", f"{name}没有界别。", "sector")
    return record


def build_unit(values: Mapping[str, object], report: RowReport) -> UnitRecord | None:
    """A catalogue entry; None when it has no name."""
    name = one_line(values.get("name"))
    report.title = name
    if not name:
        report.add("error", "missing_name", "The unit name is missing.", "缺少单位名称。", "name")
        return None
    active = one_line(values.get("active")).lower() not in _INACTIVE
    return UnitRecord(code=one_line(values.get("code")), name=name,
                      short_name=one_line(values.get("short_name")),
                      kind=one_line(values.get("kind")),
                      responsibilities=text_of(values.get("responsibilities")),
                      aliases=split_units(values.get("aliases")), active=active)


def _year(values: Mapping[str, object], options: ImportOptions) -> int | None:
    for name in ("year", "submitted_at", "session_label"):
        raw = values.get(name)
        if raw is None:
            continue
        if isinstance(raw, int | float) and 1949 < raw < 2200:
            return int(raw)
        moment = parse_date(raw) if name == "submitted_at" else None
        if moment is not None:
            return moment.year
        match = _YEAR.search(text_of(raw))
        if match:
            return int(match.group(0))
    return options.year


def build_archive_case(values: Mapping[str, object], report: RowReport,
                       options: ImportOptions) -> ArchiveCaseRecord | None:
    """An earlier session's case; None when it has no title or no year."""
    title = one_line(values.get("title"))
    report.title = title[:80]
    report.proposer = one_line(values.get("proposer"))
    year = _year(values, options)
    usable = True
    if not title:
        report.add("error", "missing_title", "The 案由 (title) is missing.", "缺少案由。", "title")
        usable = False
    if year is None:
        report.add("error", "missing_year", "No year (give a 年份 column or a date).",
                   "缺少年份（需要“年份”列或提交日期）。", "year")
        usable = False
    units = split_units(values.get("lead_unit"))
    joints = split_units(values.get("joint_units"))
    if len(units) > 1 and not joints:
        units, joints = units[:1], units[1:]
    if not units:
        report.add("warning", "missing_unit", "No handling unit.", "没有承办单位。", "lead_unit")
    if not usable or year is None:
        return None
    mode = "split" if "分办" in one_line(values.get("mode")) else "lead"
    label = one_line(values.get("session_label")) or f"{year}年"
    return ArchiveCaseRecord(
        session_label=label, year=year, case_no=one_line(values.get("case_no")), title=title,
        category=one_line(values.get("category")), proposer=report.proposer,
        summary=text_of(values.get("summary"))[:options.limits.max_text_chars],
        lead_unit=units[0] if units else "", joint_units=joints, mode=mode,
        merge_group=one_line(values.get("merge_group")))
