"""Importing from another SQLite file, the master lists (roster, units, lists) and the
archive; mapping profiles; the small parsers (dates, sections, names, headers)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from review_desk.desk import Desk
from review_desk.importing import (
    HeaderError,
    ImportOptions,
    MappingProfile,
    MappingProfileError,
    WrongFileTypeError,
    apply_plan,
    context_from_desk,
    list_profiles,
    load_profile,
    read_source,
    save_profile,
)
from review_desk.importing.cells import split_people
from review_desk.importing.dates import parse_date
from review_desk.importing.fields import PROPOSAL_FIELDS, map_headers
from review_desk.importing.model import SourceKind
from review_desk.importing.plan import ImportPlan
from review_desk.importing.sections import split_text
from review_desk.review.records import ArchiveCaseRecord, MemberRecord, ProposalRecord, UnitRecord
from tests.unit.test_import_support import new_session


@pytest.fixture()
def session(tmp_path: Path) -> Path:
    return new_session(tmp_path / "s.rdesk", members=())


def _workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def _import(session: Path, sources: list[Path], kind: SourceKind | None = None,
            options: ImportOptions | None = None) -> ImportPlan:
    with Desk.open(session, reviewer="测试") as desk:
        plan = read_source(sources, kind, options, context_from_desk(desk))
        apply_plan(desk, plan, skip_errors=True)
        return plan


def test_sqlite_source_through_a_column_mapping(session: Path, tmp_path: Path) -> None:
    db = tmp_path / "submissions.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE log (id INTEGER)")
        conn.execute("CREATE TABLE tian (bh INTEGER, biaoti TEXT, tar TEXT, lb TEXT, nr TEXT,"
                     " sj TEXT)")
        conn.executemany("INSERT INTO tian VALUES (?, ?, ?, ?, ?, ?)", [
            (7, "关于甲的提案", "张伟", "社会建设", "情况分析：甲。\n具体建议：乙。", "2026-01-05"),
            (9, "关于乙的提案", "刘洋", "经济建设", "建议乙。", "20260106"),
        ])
    conn.close()
    with pytest.raises(HeaderError):
        _import(session, [db])
    mapping = {"bh": "intake_no", "biaoti": "title", "tar": "proposer", "lb": "category",
               "nr": "body", "sj": "submitted_at"}
    plan = _import(session, [db], options=ImportOptions(mapping=mapping))
    assert plan.rows[0].source == "submissions.db [tian]"
    with Desk.open(session) as desk:
        assert [(r.intake_no, r.title) for r in desk.rows(desk.list_ids())] == [
            (7, "关于甲的提案"), (9, "关于乙的提案")]
        assert desk.detail(desk.proposal_id(7)).suggestions == "乙。"
    fake = tmp_path / "fake.db"
    fake.write_bytes(b"this is not a database at all")
    with pytest.raises(WrongFileTypeError):
        _import(session, [fake], "sqlite")


def test_members_roster_units_catalogue_and_lists(session: Path, tmp_path: Path) -> None:
    roster = _workbook(tmp_path / "委员名单.xlsx", {"名单": [
        ("序号", "委员姓名", "界别", "工作单位及职务", "联系电话"),
        (1, "张伟", "民盟", "江川大学教授", 13800138000),
        (2, "李娜", "火星界", "", ""),
        (3, "张伟", "民盟", "江川大学教授", 13800138000),
        (4, None, "教育界", "", ""),
    ]})
    plan = _import(session, [roster], "members")
    assert [(r.severity, r.duplicate) for r in plan.rows] == [
        ("ok", False), ("warning", False), ("warning", True), ("error", False)]
    member = plan.rows[0].record
    assert isinstance(member, MemberRecord)
    assert (member.sector, member.phone) == ("中国民主同盟", "13800138000")
    units = _workbook(tmp_path / "单位.xlsx", {"承办单位": [
        ("单位代码", "单位名称", "简称", "类型", "别名", "是否有效"),
        ("U01", "市民政局", "民政局", "政府部门", "民政、市民政", "是"),
        ("U02", "市老干部局", "", "党委部门", "", "否"),
    ]})
    plan = _import(session, [units], "units")
    unit = plan.rows[1].record
    assert isinstance(unit, UnitRecord) and unit.active is False
    assert plan.rows[0].record.aliases == ("民政", "市民政")  # type: ignore[union-attr]
    lists = _workbook(tmp_path / "列表.xlsx", {
        "类别": [("提案类别",), ("经济建设",), ("乡村振兴",)],
        "不予立案理由": [("涉及个人隐私",), ("超越本级事权",)],
    })
    plan = _import(session, [lists], "lists")
    assert [(r.title, r.duplicate) for r in plan.rows] == [
        ("经济建设", True), ("乡村振兴", False), ("涉及个人隐私", False), ("超越本级事权", True)]
    with Desk.open(session) as desk:
        assert "乡村振兴" in [i.name for i in desk.list_items("category")]
        assert "涉及个人隐私" in [i.name for i in desk.list_items("reason")]
        assert {u.name for u in desk.unit_catalogue()} == {"市民政局", "市老干部局"}
    again = _import(session, [roster, ], "members")
    assert all(r.duplicate or r.severity == "error" for r in again.rows)


def test_archive_cases_with_their_units(session: Path, tmp_path: Path) -> None:
    archive = _workbook(tmp_path / "历年提案.xlsx", {"2024": [
        ("届次", "提案号", "案由", "类别", "提案人", "主办单位", "会办单位", "办理方式",
         "提交日期", "主要建议"),
        ("十四届三次", "第0012号", "关于甲的提案", "社会建设", "张伟", "市民政局",
         "市财政局、市卫健委", "主办", "2024-01-10", "建议甲。"),
        ("十四届三次", "第0013号", "关于乙的提案", "经济建设", "刘洋", "市发改委、市商务局", None,
         "分办", "2024-01-11", "建议乙。"),
        (None, "第0014号", "关于丙的提案", "经济建设", "陈静", None, None, None, None, None),
    ]})
    plan = _import(session, [archive], "archive")
    first, second, third = (r.record for r in plan.rows)
    assert isinstance(first, ArchiveCaseRecord) and first.year == 2024
    assert first.joint_units == ("市财政局", "市卫健委")
    assert isinstance(second, ArchiveCaseRecord) and second.mode == "split"
    assert (second.lead_unit, second.joint_units) == ("市发改委", ("市商务局",))
    assert third is None and plan.rows[2].severity == "error"
    again = _import(session, [archive], "archive")
    assert [r.duplicate for r in again.rows[:2]] == [True, True]


def test_mapping_profiles_round_trip_and_refuse_unknown_fields(tmp_path: Path) -> None:
    profile = MappingProfile("提案系统导出", mapping={"议题": "title", "序号": ""},
                             encoding="gbk", default_category="社会建设")
    path = save_profile(profile, tmp_path)
    assert path.parent == tmp_path
    assert load_profile("提案系统导出", tmp_path) == profile
    assert load_profile(str(path)) == profile
    assert list_profiles(tmp_path) == ["提案系统导出"]
    with pytest.raises(MappingProfileError):
        save_profile(MappingProfile("坏的", mapping={"议题": "标题"}), tmp_path)
    with pytest.raises(MappingProfileError):
        load_profile("没有这个", tmp_path)
    (tmp_path / "乱码.json").write_text("{not json", "utf-8")
    with pytest.raises(MappingProfileError):
        load_profile("乱码", tmp_path)


@pytest.mark.parametrize(("typed", "expected"), [
    ("2026-01-05", "2026-01-05 00:00"), ("2026/1/5", "2026-01-05 00:00"),
    ("2026.1.5", "2026-01-05 00:00"), ("2026年1月5日", "2026-01-05 00:00"),
    ("二〇二六年一月十五日", "2026-01-15 00:00"), ("20260105", "2026-01-05 00:00"),
    ("1月5日", "2026-01-05 00:00"), ("2026年1月5日 下午3时20分", "2026-01-05 15:20"),
    ("2026-01-05 09:30", "2026-01-05 09:30"), (46027, "2026-01-05 00:00"),
    ("2026-02-30", None), ("下周一", None),
    # day first, as some office systems export them (15/01/2026)
    ("15/01/2026", "2026-01-15 00:00"), ("15.01.2026", "2026-01-15 00:00"),
    ("5-1-2026", "2026-01-05 00:00"), ("03/04/2026", "2026-04-03 00:00"),
    ("15/01/2026 14:30", "2026-01-15 14:30"), ("01/15/2026", "2026-01-15 00:00"),
    ("32/01/2026", None), ("15/13/2026", None),
])
def test_dates_in_the_forms_people_type(typed: object, expected: str | None) -> None:
    moment = parse_date(typed, default_year=2026)
    assert (moment.strftime("%Y-%m-%d %H:%M") if moment else None) == expected


def test_sections_names_and_headers() -> None:
    sections = split_text("近年来发展很快。\n【存在问题】\n人才不足。\n【具体建议】建议引才。")
    assert (sections.background, sections.problems, sections.suggestions) == (
        "近年来发展很快。", "人才不足。", "建议引才。")
    people = split_people("李娜、王芳（教育界，江川大学）,刘洋(经济界)")
    assert [(p.name, p.sector, p.work_unit) for p in people] == [
        ("李娜", "", ""), ("王芳", "教育界", "江川大学"), ("刘洋", "经济界", "")]
    columns = map_headers(["提案人单位", "第一提案人姓名", "联名人姓名", "案由"], PROPOSAL_FIELDS,
                          {"联名人姓名": "cosigners"})
    assert columns == {0: "work_unit", 1: "proposer", 2: "cosigners", 3: "title"}


def test_a_body_named_as_proposer_makes_a_collective_proposal(session: Path,
                                                              tmp_path: Path) -> None:
    book = _workbook(tmp_path / "p.xlsx", {"提案": [
        ("案由", "提案人", "联系人", "类别", "内容"),
        ("关于甲的提案", "民盟江川市委会", "王敏", "社会建设", "建议甲。"),
        ("关于乙的提案", "市科协", None, "社会建设", "建议乙。"),
        ("关于丙的提案", "欧阳建国", None, "社会建设", "建议丙。"),
    ]})
    with Desk.open(session, reviewer="测试") as desk:
        plan = read_source([book], context=context_from_desk(desk))
    kinds = [(r.record.kind, r.record.collective_name) for r in plan.rows]  # type: ignore[union-attr]
    assert kinds == [("collective", "民盟江川市委会"), ("collective", "市科协"), ("individual", "")]
    assert plan.rows[0].record.contact.name == "王敏"  # type: ignore[union-attr]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_header_after_a_title_row_and_a_date_row(tmp_path: Path, suffix: str) -> None:
    """A real office export: a title row, a date row, then the headers; dates day first."""
    rows: list[list[object]] = [
        ["政协江川市第十四届委员会第五次会议提案汇总表"],
        ["导出时间：15/01/2026 10:32", "", "", "", "提案委员会办公室"],
        ["序号", "案由", "提案人", "界别", "类别", "提交时间", "提案内容"],
        [1, "关于加快发展社区养老服务的提案", "张伟", "中国民主同盟", "社会建设", "15/01/2026",
         "社区养老设施不足。建议增加床位。"]]
    source = tmp_path / f"export.{suffix}"
    if suffix == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        sheet.merge_cells("A1:G1")
        book.save(source)
    else:
        source.write_text("\n".join(",".join(str(c) for c in row) for row in rows),
                          encoding="utf-8")
    session = new_session(tmp_path / "s.rdesk")
    with Desk.open(session, reviewer="测试") as desk:
        plan = read_source([source], context=context_from_desk(desk))
    assert [(r.row, r.title, r.severity) for r in plan.rows] == [
        ("4", "关于加快发展社区养老服务的提案", "ok")]
    record = plan.rows[0].record
    assert isinstance(record, ProposalRecord)
    assert record.submitted_at == "2026-01-15T00:00:00"
