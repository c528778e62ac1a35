"""The Word documents read back with python-docx, and the template rules."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table

from review_desk.desk import Desk
from review_desk.documents.errors import OutputExistsError, TemplateError
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.gather import gather_documents
from review_desk.documents.model import short_date
from review_desk.documents.template_builder import BUILDERS, CATALOGUE, SHEET, SUMMARY
from review_desk.documents.templates import default_template_bytes, find_template
from tests.unit.test_documents_support import REMARK, Reviewed

WHEN = date(2026, 2, 22)


def _export(reviewed: Reviewed, out: Path, **options: object) -> list[Path]:
    opts = ExportOptions(what=("sheets", "catalogue", "summary"), issue_date=WHEN,
                         templates=out.parent / "no-user-templates", **options)  # type: ignore[arg-type]
    with Desk.open(reviewed.path) as desk:
        return export_documents(desk, out, opts).files


def _rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows][1:]


def test_every_sheet_row_matches_the_session(reviewed: Reviewed, tmp_path: Path) -> None:
    files = _export(reviewed, tmp_path / "out")
    with Desk.open(reviewed.path) as desk, desk.store.reading() as conn:
        data = gather_documents(conn)
    assert len([f for f in files if f.parent.name == "交办单"]) == len(data.sheets)
    for sheet in data.sheets:
        path = tmp_path / "out" / "交办单" / f"{sheet.unit.position + 1:03d} {sheet.unit.name}.docx"
        doc = Document(str(path))
        assert any(p.text == f"{sheet.unit.name}：" for p in doc.paragraphs)
        (table,) = doc.tables
        rows = _rows(table)
        assert len(rows) == len(sheet.rows)
        for got, row in zip(rows, sheet.rows, strict=True):
            case = row.case
            seq, number, title, who, role, others, deadline, key = got
            assert seq == str(row.seq)
            mark = {"主并": "（主）", "被并": "（并）", "": ""}[case.merge_role]
            assert number.splitlines()[0] == case.case_no + mark
            if case.merge_role == "主并":  # the lead lists every member below it
                for other in case.group_case_nos:
                    assert other in number
            elif case.merge_role == "被并":  # a member names its lead
                assert number.splitlines()[1] == f"主：{case.lead_case_no}"
            assert (title, who, role) == (case.title, case.proposers_label, row.role_label)
            assert others == "\n".join(u.labelled for u in row.other_units)  # a unit a line
            assert deadline == short_date(case.deadline, 2026)
            assert key == ("是" if case.key else "")
    civil = Document(str(tmp_path / "out" / "交办单" / "001 市民政局.docx"))
    rows = _rows(civil.tables[0])
    assert rows[0][:5] == ["1", "第0001号", "关于加快发展社区养老服务的提案", "委员1", "主办"]
    assert rows[0][5:] == ["市财政局（会办）", "4月30日", "是"]  # the session's year left out
    assert rows[1][1] == "第0002号（主）\n并：第0003号、第0004号"
    assert rows[2][1] == "第0003号（并）\n主：第0002号"
    assert rows[1][4] == "协办" and rows[1][5] == "市城市管理和综合执法局（主办）"
    text = "\n".join(p.text for p in civil.paragraphs)
    assert "现将5件提案交由你单位办理（主办1件、会办1件、协办3件）" in text
    assert "2026年2月22日" in text and "政协测试市委员会提案委员会" in text


def test_combined_sheet_has_every_unit(reviewed: Reviewed, tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    doc = Document(str(tmp_path / "out" / "交办单（全部单位）.docx"))
    assert [len(t.rows) - 1 for t in doc.tables] == [5, 2, 3, 2, 2]
    salutations = [p.text for p in doc.paragraphs if p.text.endswith("：")]
    assert salutations == ["市民政局：", "市财政局：", "市城市管理和综合执法局：", "市教育局：",
                           "市卫生健康委员会："]


def test_unit_option_limits_the_sheets(reviewed: Reviewed, tmp_path: Path) -> None:
    files = _export(reviewed, tmp_path / "out", units=("市教育局",))
    names = sorted(p.name for p in files)
    assert names == ["004 市教育局.docx", "交办单（所选单位）.docx", "审查情况汇总.docx",
                     "提案目录.docx"]


def test_catalogue_and_summary(reviewed: Reviewed, tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    catalogue = Document(str(tmp_path / "out" / "提案目录.docx"))
    headings = [p.text for p in catalogue.paragraphs if "、" in p.text and "件）" in p.text]
    assert headings == ["一、经济建设（1件）", "二、社会建设（7件）"]
    numbers = [[r[0].splitlines()[0].split("（")[0] for r in _rows(t)]
               for t in catalogue.tables]
    assert numbers == [["第0006号"], ["第0001号", "第0002号", "第0003号", "第0004号",
                                     "第0005号", "第0007号", "第0008号"]]
    split = next(r for r in _rows(catalogue.tables[1]) if r[0] == "第0005号")
    assert split[3] == "市教育局（分办）、市卫生健康委员会（分办）"
    summary = Document(str(tmp_path / "out" / "审查情况汇总.docx"))
    body = "\n".join(p.text for p in summary.paragraphs)
    assert "共收到提案12件" in body and "立案8件（含并案1组3件）" in body
    assert "不予立案2件" in body and "撤案1件" in body
    outcome, categories, sectors, units, merged, rejected, key = summary.tables
    assert _rows(outcome)[-1] == ["合计", "12"]
    assert ["社会建设", "8", "5", "2", "0", "1", "0"] in _rows(categories)
    assert sum(int(r[1]) for r in _rows(sectors)) == 12
    assert ["市民政局", "1", "1", "3", "0", "5"] in _rows(units)
    assert _rows(merged)[0][0] == "第0002号"
    assert "第0003号" in _rows(merged)[0][2] and "第0004号" in _rows(merged)[0][2]
    assert _rows(rejected) == [
        ["1", "4", "关于发布个人作品推介会的提案", "委员4", "宣传推介具体作品或产品",
         "转为意见和建议"],
        ["2", "6", "关于修改上位法律的提案", "民盟测试市委会",
         f"超越本级事权（说明：{REMARK}）", "转为委员来信"]]
    assert [r[1] for r in _rows(key)] == ["第0001号"]


def test_existing_files_are_kept_unless_overwrite(reviewed: Reviewed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _export(reviewed, out)
    catalogue = out / "提案目录.docx"
    catalogue.write_bytes(b"mine")
    with pytest.raises(OutputExistsError) as raised:
        _export(reviewed, out)
    assert catalogue in raised.value.paths
    assert catalogue.read_bytes() == b"mine"
    _export(reviewed, out, overwrite=True)
    assert catalogue.read_bytes() != b"mine"
    assert not list(out.rglob("*.part"))


# --- templates ----------------------------------------------------------------------


def _edit_template(name: str, old: str, new: str, folder: Path) -> Path:
    """A copy of a default template with one text replaced (in the document XML)."""
    folder.mkdir(parents=True, exist_ok=True)
    source = io.BytesIO(default_template_bytes(name))
    target = folder / name
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                assert old in xml
                data = xml.replace(old, new, 1).encode("utf-8")
            zout.writestr(item, data)
    return target


def test_user_template_overrides_the_default(reviewed: Reviewed, tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _edit_template(CATALOGUE, "提案目录", "提案总目录（秘书处版）", user)
    opts = ExportOptions(what=("catalogue",), issue_date=WHEN, templates=user)
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, tmp_path / "out", opts)
    doc = Document(str(tmp_path / "out" / "提案目录.docx"))
    assert doc.paragraphs[0].text == "政协测试市十四届五次会议提案总目录（秘书处版）"
    assert find_template(SUMMARY, user).origin.startswith(SUMMARY)  # others stay default


@pytest.mark.parametrize(("name", "old", "new", "placeholder"), [
    (SHEET, "{{ 件.案由 }}", "{{ 件.案由呀 }}", "案由呀"),
    (SHEET, "{{ 会议 }}", "{{ 会期 }}", "会期"),
    (SHEET, "{%tr endfor %}", "（删去了结束标记）", "{%tr for 件 in 单.提案 %}"),
    (CATALOGUE, "{%p for 类 in 类别 %}", "（删去了循环）", "{%p endfor %}"),
    (CATALOGUE, "{%tr endfor %}", "{%tr endif %}", "{%tr for 件 in 类.提案 %}"),
    (SUMMARY, "{{ 汇总.收到 }}", "{{ 汇总.收到 }", "{{ 汇总.收到 }"),
])
def test_broken_template_names_template_and_placeholder(
        reviewed: Reviewed, tmp_path: Path, name: str, old: str, new: str,
        placeholder: str) -> None:
    user = tmp_path / "templates"
    template = _edit_template(name, old, new, user)
    kind = {SHEET: "sheets", CATALOGUE: "catalogue", SUMMARY: "summary"}[name]
    opts = ExportOptions(what=(kind,), issue_date=WHEN, templates=user)
    with Desk.open(reviewed.path) as desk, pytest.raises(TemplateError) as raised:
        export_documents(desk, tmp_path / "out", opts)
    error = raised.value
    assert error.template == str(template)
    assert placeholder in error.placeholder or placeholder in error.message
    assert str(template) in error.message_zh
    assert not (tmp_path / "out").exists()  # nothing written


def test_default_templates_come_from_the_package_and_match_the_builder() -> None:
    for name, build in BUILDERS.items():
        shipped = default_template_bytes(name)
        assert len(shipped) < 100_000
        buffer = io.BytesIO()
        build().save(buffer)
        with zipfile.ZipFile(io.BytesIO(shipped)) as a, zipfile.ZipFile(buffer) as b:
            for part in ("word/document.xml", "word/styles.xml", "word/footer1.xml"):
                assert a.read(part) == b.read(part), f"{name}: rebuild the templates"


def test_a_table_date_leaves_out_only_the_sessions_year() -> None:
    assert short_date(date(2026, 5, 20), 2026) == "5月20日"
    assert short_date(date(2027, 1, 15), 2026) == "2027年1月15日"
    assert short_date(None, 2026) == ""
