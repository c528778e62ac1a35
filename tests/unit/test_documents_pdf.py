"""The PDF notices read back: text, embedded fonts, and the GB/T 9704 layout measured
from glyph positions (pdfplumber)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from review_desk.desk import Desk
from review_desk.documents import font_discovery
from review_desk.documents.errors import FontMissingError, MissingGlyphError, OutputExistsError
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.fonts import FontSet, find_fonts
from review_desk.documents.gather import gather_documents
from review_desk.documents.manifest import MANIFEST, read_manifest
from review_desk.documents.model import DocumentData, SheetRow, UnitSheet
from review_desk.documents.notices import LetterOptions, unit_letter
from review_desk.documents.pdf import letters_pdf
from tests.unit.test_documents_support import Reviewed, reviewed_session

MM = 72 / 25.4
WHEN = date(2026, 2, 22)


def _data(reviewed: Reviewed) -> DocumentData:
    with Desk.open(reviewed.path) as desk, desk.store.reading() as conn:
        return gather_documents(conn)


def _export(reviewed: Reviewed, out: Path, **options: Any) -> list[Path]:
    opts = ExportOptions(what=("notices",), issue_date=WHEN, **options)
    with Desk.open(reviewed.path) as desk:
        return export_documents(desk, out, opts).files


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join("".join(c["text"] for c in page.chars) for page in pdf.pages)


def _lines(page: Any) -> list[list[dict[str, Any]]]:
    """The page's text lines (glyphs grouped by their top), top to bottom."""
    rows: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for ch in page.chars:
        rows[round(ch["top"], 1)].append(ch)
    return [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]


# --- files and text -------------------------------------------------------------------


def test_one_pdf_per_recipient_and_a_combined_file(fonts: FontSet, reviewed: Reviewed,
                                                   tmp_path: Path) -> None:
    files = _export(reviewed, tmp_path / "out")
    names = {p.relative_to(tmp_path / "out").as_posix() for p in files}
    assert "立案通知/第0001号 委员1.pdf" in names
    assert "立案通知/第0003号 民盟测试市委会.pdf" in names
    assert "不予立案告知/流水号4 委员4.pdf" in names
    assert "交办函/001 市民政局.pdf" in names
    combined = {"立案通知（合并打印）.pdf", "不予立案告知（合并打印）.pdf",
                "交办函（合并打印）.pdf"}
    assert combined <= names
    data = _data(reviewed)
    assert len([n for n in names if n.startswith("立案通知/")]) == len(data.acceptance_notices)
    assert not any("附议11乙" in n for n in names)  # declined co-signer
    # the combined file: every notice, each from a new page, in the stable order
    with pdfplumber.open(tmp_path / "out" / "立案通知（合并打印）.pdf") as pdf:
        salutations = [line for page in pdf.pages for line in
                       ("".join(c["text"] for c in row) for row in _lines(page))
                       if line.endswith("：") and "提出的" not in line]
    assert salutations == [f"{n.recipient.salutation}：" for n in data.acceptance_notices]


def test_notice_wording(fonts: FontSet, reviewed: Reviewed, tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    out = tmp_path / "out"
    member = _text(out / "立案通知" / "第0003号 民盟测试市委会.pdf")
    assert "政协测试市委员会提案委员会" in member and "提案立案通知" in member
    assert "与第0002号提案《关于破解老旧小区停车难的提案》" in member
    assert "提案号为第0003号" in member and "市城市管理和综合执法局（主办）" in member
    assert "2026年2月22日" in member
    lead = _text(out / "立案通知" / "第0002号 附议2甲委员.pdf".replace("委员", ""))
    assert "您联名提出的" in lead and "该提案与第0003号、第0004号提案并案办理" in lead
    key = _text(out / "立案通知" / "第0001号 委员1.pdf")
    assert "2026年4月30日前" in key
    rejected = _text(out / "不予立案告知" / "流水号4 委员4.pdf")
    assert "因“宣传推介具体作品或产品”，不予立案" in rejected
    assert "已转为意见和建议，送有关部门研究参考" in rejected
    letter = _text(out / "交办函" / "001 市民政局.pdf")
    assert "现将5件提案交由你单位办理，其中主办1件、会办1件、协办3件" in letter
    for number in ("第0001号", "第0002号", "第0003号", "第0004号", "第0007号"):
        assert number in letter


def test_fonts_are_embedded_subsets(fonts: FontSet, reviewed: Reviewed,
                                    tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    for path in (tmp_path / "out").glob("*.pdf"):
        reader = PdfReader(path)
        seen = 0
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                if font["/BaseFont"] == "/Helvetica":
                    continue  # listed by every reportlab canvas, never used (NOTES.md)
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, (path, font["/BaseFont"])
                assert str(font["/BaseFont"])[7] == "+"  # a subset: ABCDEF+Name
                seen += 1
        assert seen


def test_existing_notices_are_not_overwritten(fonts: FontSet, reviewed: Reviewed,
                                              tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    with pytest.raises(OutputExistsError):
        _export(reviewed, tmp_path / "out")
    _export(reviewed, tmp_path / "out", overwrite=True)


def test_parallel_workers_write_the_same_files(fonts: FontSet, reviewed: Reviewed,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from review_desk.documents import export

    monkeypatch.setattr(export, "_PARALLEL_FROM", 1)
    monkeypatch.setattr(export, "_BATCH", 3)
    serial = _export(reviewed, tmp_path / "a", workers=1)
    parallel = _export(reviewed, tmp_path / "b", workers=2)
    assert sorted(p.relative_to(tmp_path / "a") for p in serial) == sorted(
        p.relative_to(tmp_path / "b") for p in parallel)
    for path in serial:
        twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
        assert path.read_bytes() == twin.read_bytes()  # invariant output: stable bytes


def test_cancel_leaves_only_whole_files(fonts: FontSet, reviewed: Reviewed,
                                        tmp_path: Path) -> None:
    from review_desk.documents.errors import ExportCancelled

    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    opts = ExportOptions(what=("notices",), issue_date=WHEN, workers=1)
    with Desk.open(reviewed.path) as desk, pytest.raises(ExportCancelled) as raised:
        export_documents(desk, tmp_path / "out", opts, cancel=cancel)
    written = [p for p in (tmp_path / "out").rglob("*")
               if p.is_file() and p.name != MANIFEST]
    assert len(written) == raised.value.written == 4
    # the manifest lists exactly the files written before the cancel (they are the export's)
    assert set(read_manifest(tmp_path / "out")) == {
        p.relative_to(tmp_path / "out").as_posix() for p in written}
    for path in written:
        assert len(PdfReader(path).pages) >= 1


# --- fonts -----------------------------------------------------------------------------


def test_missing_cjk_fonts_give_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_discovery, "fc_faces", lambda: ())
    monkeypatch.setattr(font_discovery, "file_index", lambda: {})
    with pytest.raises(FontMissingError) as raised:
        find_fonts()
    assert "fonts-wqy-zenhei" in raised.value.message
    assert "请安装中文 TrueType 字体" in raised.value.message_zh


def test_stand_in_fonts_are_named_in_a_warning(fonts: FontSet) -> None:
    for role, role_font in fonts.fonts.items():
        if role_font.substitute:
            assert any(str(role_font.face.path) in w and role_font.face.family in w
                       for w in fonts.warnings), role


def test_user_font_paths(fonts: FontSet, tmp_path: Path) -> None:
    face = fonts.fonts["fangsong"].face
    chosen = find_fonts({"仿宋": f"{face.path}#{face.index}"})
    assert not chosen.fonts["fangsong"].substitute
    assert not any("fangsong" in w for w in chosen.warnings)
    with pytest.raises(FontMissingError, match="does not exist"):
        find_fonts({"fangsong": tmp_path / "nothing.ttf"})
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"not a font")
    with pytest.raises(FontMissingError, match="TrueType"):
        find_fonts({"hei": fake})
    with pytest.raises(FontMissingError, match="Unknown font role"):
        find_fonts({"宋体加粗": fake})


def test_a_character_no_font_has_stops_the_export(fonts: FontSet, reviewed: Reviewed,
                                                  tmp_path: Path) -> None:
    data = _data(reviewed)
    sheet = data.sheets[0]
    odd = replace(sheet.rows[0].case, title="关于\U000f0001的提案")
    broken = UnitSheet(sheet.unit, (replace(sheet.rows[0], case=odd),))
    letter = unit_letter(broken, data.header, LetterOptions("测试机关", WHEN))
    with pytest.raises(MissingGlyphError) as raised:
        letters_pdf([letter], fonts, "测试机关", "x")
    assert "U+F0001" in raised.value.message and "市民政局" in raised.value.message


# --- layout, measured -------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_letter(fonts: FontSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 交办函 with 40 cases: a first page, then full pages of the case list."""
    reviewed = reviewed_session(tmp_path_factory)
    data = _data(reviewed)
    sheet = data.sheets[0]
    rows = tuple(SheetRow(i, replace(sheet.rows[i % len(sheet.rows)].case,
                                     title="关于进一步加强和改进城市社区养老服务设施建设管理的提案"),
                          "lead", ()) for i in range(1, 41))
    letter = unit_letter(UnitSheet(sheet.unit, rows), data.header,
                         LetterOptions("政协测试市委员会提案委员会", WHEN))
    path = tmp_path_factory.mktemp("layout") / "long.pdf"
    path.write_bytes(letters_pdf([letter], fonts, "政协测试市委员会提案委员会", "t"))
    return path


def _body(page: Any) -> list[list[dict[str, Any]]]:
    return [line for line in _lines(page) if line[0]["size"] == pytest.approx(16)]


def test_type_area_margins_and_sizes(long_letter: Path) -> None:
    with pdfplumber.open(long_letter) as pdf:
        assert len(pdf.pages) >= 4
        assert pdf.pages[0].width == pytest.approx(210 * MM, abs=0.5)
        assert pdf.pages[0].height == pytest.approx(297 * MM, abs=0.5)
        for page in pdf.pages[2:-1]:  # full continuation pages of the list
            body = _body(page)
            assert body[0][0]["top"] == pytest.approx(37 * MM, abs=1 * MM)  # 天头
            assert min(line[0]["x0"] for line in body) == pytest.approx(28 * MM, abs=1 * MM)
            # a line followed by a continuation line (hanging two characters) is justified
            cell = 156 * MM / 28
            justified = [line for line, after in itertools.pairwise(body)
                         if after[0]["x0"] == pytest.approx(28 * MM + 2 * cell, abs=0.5)]
            assert justified
            for line in justified:
                # 版心 156 mm wide: full lines end at 28 + 156 mm
                assert line[-1]["x1"] == pytest.approx(184 * MM, abs=1 * MM)
            assert {c["size"] for line in body for c in line} == {16}


def test_twenty_two_lines_of_28_characters(long_letter: Path) -> None:
    with pdfplumber.open(long_letter) as pdf:
        full = pdf.pages[2]
        body = _body(full)
        assert len(body) == 22
        tops = [line[0]["top"] for line in body]
        pitches = [b - a for a, b in itertools.pairwise(tops)]
        assert all(p == pytest.approx(225 * MM / 22, abs=0.3 * MM) for p in pitches)
        assert tops[-1] + 16 == pytest.approx(37 * MM + 225 * MM - 225 * MM / 22 + 16,
                                              abs=1 * MM)
        widest = max(body, key=len)
        cjk = [c for c in widest if ord(c["text"]) > 0x2E80]
        if len(cjk) == len(widest):  # a line of full-width characters only
            assert len(widest) == 28


def test_letterhead_title_and_page_numbers(long_letter: Path) -> None:
    with pdfplumber.open(long_letter) as pdf:
        first = pdf.pages[0]
        lines = _lines(first)
        issuer = lines[0]
        assert "".join(c["text"] for c in issuer) == "政协测试市委员会提案委员会"
        assert issuer[0]["top"] == pytest.approx(30 * MM, abs=1 * MM)
        assert issuer[0]["non_stroking_color"] not in ((0,), (0, 0, 0), None)  # red
        centre = (issuer[0]["x0"] + issuer[-1]["x1"]) / 2
        assert centre == pytest.approx(105 * MM, abs=1 * MM)
        rules = [line for line in first.lines if line["x1"] - line["x0"] > 160 * MM]
        assert len(rules) == 4  # a double rule under the issuer and one at the foot
        for rule in rules:
            assert rule["x1"] - rule["x0"] == pytest.approx(170 * MM, abs=0.5 * MM)
        title = next(line for line in lines if line[0]["size"] == pytest.approx(22))
        centre = (title[0]["x0"] + title[-1]["x1"]) / 2
        assert centre == pytest.approx(105 * MM, abs=1 * MM)
        assert not [c for c in first.chars if c["size"] == pytest.approx(14)]  # no number
        for number, page in enumerate(pdf.pages[1:], start=2):
            marks = [c for c in page.chars if c["size"] == pytest.approx(14)]
            text = "".join(c["text"] for c in marks)
            assert text == f"— {number} —"
            assert marks[0]["top"] == pytest.approx((37 + 225 + 7) * MM, abs=1 * MM)
            if number % 2:  # odd pages right, one character in
                assert marks[-1]["x1"] == pytest.approx(184 * MM - 14, abs=1 * MM)
            else:
                assert marks[0]["x0"] == pytest.approx(28 * MM + 14, abs=1 * MM)


def test_date_is_right_indented_four_characters(fonts: FontSet, reviewed: Reviewed,
                                                tmp_path: Path) -> None:
    _export(reviewed, tmp_path / "out")
    with pdfplumber.open(tmp_path / "out" / "立案通知" / "第0001号 委员1.pdf") as pdf:
        page = pdf.pages[0]
        assert len(pdf.pages) == 1
        date_line = next(line for line in _lines(page)
                         if "".join(c["text"] for c in line) == "2026年2月22日")
        assert date_line[-1]["x1"] == pytest.approx(184 * MM - 4 * 156 * MM / 28, abs=1 * MM)
        body = _body(page)
        assert body[0][0]["x0"] == pytest.approx(28 * MM, abs=1 * MM)  # the salutation
