"""The Word files' layout read back from their XML (python-docx): document grid, page
number distance, sections of the combined 交办单, keep-with-next, rows that never split,
file properties, cover deadlines, category counts, 你单位."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn

from review_desk.desk import Desk
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.gather import gather_documents
from review_desk.documents.model import chinese_date
from review_desk.documents.word import CATEGORY_RULE
from tests.unit.test_documents_support import Reviewed

WHEN = date(2026, 2, 22)
TWIPS_PER_MM = 1440 / 25.4


def _export(reviewed: Reviewed, out: Path, what: tuple[str, ...] = ("sheets", "catalogue",
                                                                     "summary")) -> None:
    opts = ExportOptions(what=what, issue_date=WHEN, templates=out.parent / "none")
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, out, opts)


def _style_name(doc: object, p: object) -> str:
    ppr = p.find(qn("w:pPr"))  # type: ignore[attr-defined]
    found = ppr.find(qn("w:pStyle")) if ppr is not None else None
    if found is None:
        return ""
    return next(s.name for s in doc.styles  # type: ignore[attr-defined]
                if s.style_id == found.get(qn("w:val")))


def test_grid_page_number_distance_and_sections(reviewed: Reviewed, tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out", ("sheets",))
    doc = Document(str(tmp_path / "out" / "交办单（全部单位）.docx"))
    sections = doc.element.body.findall(f".//{qn('w:sectPr')}")
    assert len(sections) == 5  # one per unit
    for sect in sections:
        assert sect.find(qn("w:type")).get(qn("w:val")) == "oddPage"
        assert sect.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert len(sect.findall(qn("w:footerReference"))) == 2  # odd and even pages
        grid = sect.find(qn("w:docGrid"))
        assert grid.get(qn("w:type")) == "linesAndChars"
        # 22 lines in 225 mm, 28 characters of 16 pt (plus charSpace/4096 pt) in 156 mm
        assert int(grid.get(qn("w:linePitch"))) * 22 == round(225 * TWIPS_PER_MM, -1) \
            or abs(int(grid.get(qn("w:linePitch"))) * 22 - 225 * TWIPS_PER_MM) < 22
        pitch = 16 + int(grid.get(qn("w:charSpace"))) / 4096
        assert abs(pitch * 28 - 156 * 72 / 25.4) < 0.1
        margins = sect.find(qn("w:pgMar"))
        # the footer line (14 pt) ends this far from the bottom: its glyphs' top is 7 mm
        # below the type area, which ends 35 mm above the bottom edge
        footer_mm = int(margins.get(qn("w:footer"))) / TWIPS_PER_MM
        assert 35 - 7 - footer_mm - 14 * 25.4 / 72 == pytest.approx(1.0, abs=0.1)
    # Normal: 16 pt a quarter point closer, so 28 fit 156 mm in every program
    normal = doc.styles["Normal"].element
    assert normal.find(f"{qn('w:rPr')}/{qn('w:spacing')}").get(qn("w:val")) == "-5"
    assert 28 * (16 - 0.25) <= 156 * 72 / 25.4


def test_signature_kept_with_the_body_and_rows_never_split(reviewed: Reviewed,
                                                           tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    # the 交办单: last body paragraph, blank line, signature; the 汇总 ends with a table,
    # so there only the blank line and the signature
    for name, kept in (("交办单/001 市民政局.docx", 3), ("审查情况汇总.docx", 2)):
        doc = Document(str(tmp_path / "out" / name))
        body = list(doc.element.body.iter(qn("w:p")))
        signature = next(i for i, p in enumerate(body) if _style_name(doc, p) == "落款")
        assert _style_name(doc, body[signature + 1]) == "成文日期"
        for p in body[signature + 1 - kept:signature + 1]:
            pf = p.find(qn("w:pPr"))
            style = doc.styles[_style_name(doc, p)]
            direct = pf is not None and pf.find(qn("w:keepNext")) is not None
            assert direct or style.paragraph_format.keep_with_next, name
        for table in doc.tables:
            for row in table.rows:
                assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_file_properties(reviewed: Reviewed, tmp_path: Path) -> None:
    before = datetime.now(UTC) - timedelta(seconds=2)
    _export(reviewed, tmp_path / "out")
    for path, title in ((tmp_path / "out" / "提案目录.docx", "政协测试市十四届五次会议提案目录"),
                        (tmp_path / "out" / "交办单" / "001 市民政局.docx",
                         "政协测试市十四届五次会议提案交办单（市民政局）")):
        props = Document(str(path)).core_properties
        assert props.title == title
        assert props.author == "政协测试市委员会提案委员会"
        assert props.created >= before and props.modified >= before
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            core = z.read("docProps/core.xml").decode()
        assert "python-docx" not in core
        assert not [n for n in names if "thumbnail" in n]


def test_cover_deadline_agrees_with_the_table(reviewed: Reviewed, tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out", ("sheets",))
    with Desk.open(reviewed.path) as desk, desk.store.reading() as conn:
        data = gather_documents(conn)
    mixed = 0
    for sheet in data.sheets:
        doc = Document(str(tmp_path / "out" / "交办单" /
                           f"{sheet.unit.position + 1:03d} {sheet.unit.name}.docx"))
        cover = "".join(p.text for p in doc.paragraphs)
        rows = [[c.text for c in r.cells] for r in doc.tables[0].rows][1:]
        table_dates: dict[str, list[str]] = {}
        for row in rows:  # the table leaves the session's year out: 4月30日
            when = row[6] if "年" in row[6] else f"{data.header.year}年{row[6]}"
            table_dates.setdefault(when, []).append(row[1].split("（")[0])
        if len(table_dates) == 1:
            assert f"于{next(iter(table_dates))}前办理完毕" in cover
            continue
        mixed += 1
        for when, numbers in table_dates.items():
            said = f"{when}前（{len(numbers)}件）" in cover or \
                f"{when}前（{'、'.join(numbers)}）" in cover
            assert said, (when, numbers, cover)
    assert mixed  # 市民政局: case 1 has its own deadline (2026年4月30日)
    assert chinese_date(date(2026, 4, 30)) == "2026年4月30日"


def test_a_cross_category_merge_counts_alike_in_catalogue_and_summary(
        reviewed: Reviewed, tmp_path: Path) -> None:
    with Desk.open(reviewed.path) as desk:  # the member 第0004号 files under 文化建设
        desk.annotations.set_category([reviewed.ids[8]], "文化建设")
    _export(reviewed, tmp_path / "out", ("catalogue", "summary"))
    catalogue = Document(str(tmp_path / "out" / "提案目录.docx"))
    headings = {p.text.split("、", 1)[1].split("（")[0]: int(p.text.split("（")[1][:-2])
                for p in catalogue.paragraphs if "件）" in p.text and "、" in p.text}
    summary = Document(str(tmp_path / "out" / "审查情况汇总.docx"))
    by_category = {r.cells[0].text: int(r.cells[2].text) + int(r.cells[3].text)
                   for r in summary.tables[1].rows[1:]}
    for name, count in headings.items():
        assert by_category.get(name, 0) == count, (name, headings, by_category)
    assert "文化建设" not in headings or headings["文化建设"] == by_category["文化建设"]
    for doc in (catalogue, summary):
        assert CATEGORY_RULE in "\n".join(p.text for p in doc.paragraphs)


def test_collective_proposers_are_addressed_as_your_unit(reviewed: Reviewed,
                                                         tmp_path: Path) -> None:
    opts = ExportOptions(what=("notices",), issue_date=WHEN)
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, tmp_path / "out", opts)
    for path in (tmp_path / "out" / "立案通知" / "第0003号 民盟测试市委会.pdf",
                 tmp_path / "out" / "不予立案告知" / "流水号6 民盟测试市委会.pdf"):
        with pdfplumber.open(path) as pdf:
            text = "".join(page.extract_text() or "" for page in pdf.pages)
        assert "你单位" in text and "您" not in text, text
