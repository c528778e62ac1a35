"""Notices an office prints and sends without touching them, measured from the PDFs
(pdfplumber glyph positions, pypdf resources): rare characters, 禁则 line breaking,
28 characters a line, signature never alone, combined files that print as a stack."""

from __future__ import annotations

import itertools
import os
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from review_desk.desk import Desk
from review_desk.documents import font_coverage, font_discovery
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.font_discovery import installed_faces_with
from review_desk.documents.fonts import FontSet, find_fonts
from review_desk.documents.gather import gather_documents
from review_desk.documents.letter import NO_END, NO_START, Letter, Para, clusters
from review_desk.documents.model import DocumentData, UnitPart
from review_desk.documents.notices import LetterOptions, acceptance_letter
from review_desk.documents.pdf import letters_pdf
from review_desk.review.records import PersonRecord, SessionBundle
from tests.unit.test_documents_support import Reviewed, review, reviewed_bundle

MM = 72 / 25.4
WHEN = date(2026, 2, 22)
RARE = "\U00020BB7"  # 𠮷, CJK Extension B
NO_GLYPH = "\U000F0001"  # Supplementary Private Use Area-A: in no installed font
ISSUER = "政协测试市委员会提案委员会"


def _data(path: Path) -> DocumentData:
    with Desk.open(path) as desk, desk.store.reading() as conn:
        return gather_documents(conn)


def _lines(page: Any) -> list[list[dict[str, Any]]]:
    rows: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for ch in page.chars:
        rows[round(ch["top"], 1)].append(ch)
    return [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]


def _text(line: list[dict[str, Any]]) -> str:
    return "".join(c["text"] for c in line)


def _renamed(bundle: SessionBundle, names: dict[int, str]) -> SessionBundle:
    """The bundle with the first proposer of some proposals (by index) renamed."""
    proposals = list(bundle.proposals)
    for index, name in names.items():
        p = proposals[index]
        if p.proposers:
            first = replace(p.proposers[0], name=name)
            proposals[index] = replace(p, proposers=(first, *p.proposers[1:]))
        else:
            contact = p.contact or PersonRecord("联系人")
            proposals[index] = replace(p, collective_name=name, contact=contact)
    return replace(bundle, proposals=tuple(proposals))


@pytest.fixture(scope="module")
def ext_b_font(fonts: FontSet) -> None:
    """An installed TrueType font with Extension B (fonts-hanazono; .ci/run installs it)."""
    if not installed_faces_with(ord(RARE)):
        if os.environ.get("CI"):
            pytest.fail("no installed font has U+20BB7: .ci/run installs fonts-hanazono")
        pytest.skip("apt-get install fonts-hanazono")


def _session(tmp_path: Path, names: dict[int, str]) -> Path:
    path = tmp_path / "rare.rdesk"
    with Desk.create(path, _renamed(reviewed_bundle(), names), reviewer="测试员") as desk:
        review(desk)
    return path


# --- rare characters --------------------------------------------------------------------


def test_extension_b_names_print_with_a_fallback_font_named_in_the_summary(
        ext_b_font: None, tmp_path: Path) -> None:
    # 张𠮷 proposes case 1 (accepted) and proposal 4 (not accepted)
    session = _session(tmp_path, {0: "张" + RARE, 3: "李" + RARE + "华"})
    out = tmp_path / "out"
    with Desk.open(session) as desk:
        result = export_documents(desk, out, ExportOptions(issue_date=WHEN, workers=1))
    assert not result.not_made
    (use,) = [u for u in result.fallbacks if u.character == RARE]
    assert use.code == "U+20BB7" and use.notices == 2 and "张" + RARE in use.example
    assert any(RARE in w and "U+20BB7" in w and use.font in w for w in result.warnings)
    with pdfplumber.open(out / "立案通知" / f"第0001号 张{RARE}.pdf") as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    rare = [c for c in chars if c["text"] == RARE]
    assert len(rare) == 1  # in the salutation: printed (and copied) as itself
    zhang = next(c for c in chars if c["text"] == "张")
    assert rare[0]["fontname"] != zhang["fontname"]  # another font for that character only
    assert use.font.split()[0].lower() in rare[0]["fontname"].lower()
    # every other file was written, Word included
    assert (out / "交办单（全部单位）.docx").is_file() and (out / "提案目录.docx").is_file()


def test_fallback_font_found_by_scanning_font_files_without_fontconfig(
        ext_b_font: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows (SimSun-ExtB is a separate file): no fontconfig, so the font
    folders are scanned and each file's cmap read."""
    monkeypatch.setattr(font_coverage, "fontconfig_faces", lambda code: None)
    monkeypatch.setattr(font_discovery, "fontconfig_faces", lambda code: None)
    faces = installed_faces_with(ord(RARE))
    assert faces
    found = find_fonts()
    assert found.glyph(RARE, "fangsong", "test")[0] != found.name("fangsong")
    assert RARE in found.fallbacks


def test_a_characters_fallback_font_does_not_depend_on_those_met_before(
        ext_b_font: None) -> None:
    """A PDF worker meets the rare characters in another order than the process that
    planned the export: 𨭉 was printed in HanaMinB after 𡒄 (HanaMinB only) and in
    HanaMinA otherwise, so the same export differed from run to run."""
    only_one, in_both = "\U00021484", "\U00028B49"  # 𡒄, 𨭉
    first = [installed_faces_with(ord(ch)) for ch in (only_one, in_both)]
    if not (first[0] and first[1] and first[0][0].path != first[1][0].path
            and first[0][0] in first[1]):
        if os.environ.get("CI"):
            pytest.fail("fonts-hanazono (.ci/run) should have 𡒄 in HanaMinB only")
        pytest.skip("needs a font with both characters that is not the first for 𨭉")
    fresh = find_fonts().glyph(in_both, "fangsong", "test")[0]
    after = find_fonts()
    after.glyph(only_one, "fangsong", "test")
    assert after.glyph(in_both, "fangsong", "test")[0] == fresh


def test_a_character_no_font_has_skips_only_its_notices(fonts: FontSet, tmp_path: Path) -> None:
    assert not installed_faces_with(ord(NO_GLYPH))
    session = _session(tmp_path, {0: "王" + NO_GLYPH})
    out = tmp_path / "out"
    with Desk.open(session) as desk:
        result = export_documents(desk, out, ExportOptions(issue_date=WHEN, workers=1))
    (missing,) = result.not_made
    assert missing.where == f"立案通知 第0001号 王{NO_GLYPH}"
    assert "U+F0001" in missing.reason
    assert not missing.path.exists()
    assert any("U+F0001" in w and "not made" in w for w in result.warnings)
    data = _data(session)
    made = list((out / "立案通知").glob("*.pdf"))
    assert len(made) == len(data.acceptance_notices) - 1
    assert (out / "立案通知（合并打印）.pdf").is_file()
    assert (out / "交办单（全部单位）.docx").is_file()
    with pdfplumber.open(out / "交办函" / "001 市民政局.pdf") as pdf:
        assert pdf.pages  # the unit letter lists the title, not the name: it is made


# --- line breaking and the grid ---------------------------------------------------------


def _letters_with(data: DocumentData, titles: list[str], units: int = 1) -> list[Letter]:
    notice = data.acceptance_notices[0]
    extra = tuple(UnitPart(f"x{i}", f"测试市第{i + 1}综合行政执法和社会事务管理局", "joint")
                  for i in range(units - 1))
    options = LetterOptions(ISSUER, WHEN)
    return [acceptance_letter(
        replace(notice, case=replace(notice.case, title=title,
                                     units=notice.case.units[:1] + extra)),
        data.header, options) for title in titles]


def _mixed(data: DocumentData, units: list[int]) -> list[Letter]:
    """Letters of one page (one unit) and of two (ten units), in this order."""
    return [letter for n in units for letter in _letters_with(data, ["关于测试的提案"], n)]


def _pdf(tmp_path: Path, letters: list[Letter], fonts: FontSet, name: str,
         combined: bool = True) -> Path:
    path = tmp_path / name
    path.write_bytes(letters_pdf(letters, fonts, ISSUER, name, combined=combined))
    return path


def test_no_line_breaks_against_the_rules(fonts: FontSet, reviewed: Reviewed,
                                          tmp_path: Path) -> None:
    data = _data(reviewed.path)
    # titles of every length, so each break position meets digits and brackets
    titles = [f"关于{'推进' * (n // 2)}{'城' * (n % 2)}2026年（第16批）ABC12试点“三个一”工程"
              f"《实施方案》的提案" for n in range(30)]
    path = _pdf(tmp_path, _letters_with(data, titles), fonts, "breaks.pdf")
    checked = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            body = [_text(line) for line in _lines(page) if line[0]["size"] in (16, 22)]
            for line, following in itertools.pairwise(body):
                assert following[0] not in NO_START, (line, following)
                assert line[-1] not in NO_END, (line, following)
                assert not (line[-1].isascii() and line[-1].isalnum()
                            and following[0].isascii() and following[0].isalnum()), \
                    (line, following)
                checked += 1
    assert checked > 300


def test_joined_ascii_runs_are_never_split() -> None:
    pieces = clusters("增长3.5%，执行GB/T 9704-2012和GB50180-2018标准，10:30开会，见第1-3项/附件。")
    for run in ("3.5%，", "GB/T", "9704-2012", "GB50180-2018", "10:30", "1-3"):
        assert run in pieces, (run, pieces)
    assert "项" in pieces and "/" in pieces  # a slash after Chinese joins nothing


def test_full_lines_hold_28_characters(fonts: FontSet, reviewed: Reviewed,
                                       tmp_path: Path) -> None:
    letter = Letter((Para("提" * 200),), "test", "")
    path = _pdf(tmp_path, [letter], fonts, "grid.pdf", combined=False)
    with pdfplumber.open(path) as pdf:
        lines = [line for line in _lines(pdf.pages[0]) if line[0]["size"] == 16]
    assert [len(line) for line in lines] == [26, 28, 28, 28, 28, 28, 28, 6]
    for line in lines[1:-1]:
        assert line[0]["x0"] == pytest.approx(28 * MM, abs=0.3)
        assert line[-1]["x1"] == pytest.approx(184 * MM, abs=0.5)


# --- signature and printed stacks ------------------------------------------------------


def test_signature_and_date_never_alone_on_a_page(fonts: FontSet, reviewed: Reviewed,
                                                  tmp_path: Path) -> None:
    data = _data(reviewed.path)
    titles = ["关于" + "进一步加强和改进" * n + "的提案" for n in range(1, 9)]
    letters = _letters_with(data, titles, units=10)
    path = _pdf(tmp_path, letters, fonts, "signature.pdf")
    date_pages = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            texts = [_text(line) for line in _lines(page) if line[0]["size"] == 16]
            if "2026年2月22日" not in texts:
                continue
            date_pages += 1
            body = [t for t in texts if t not in ("2026年2月22日", ISSUER)]
            assert body, f"page {page.page_number}: signature and date alone"
        assert date_pages == len(letters)
        # the case the rule is about happens here: some letter runs onto a second page
        assert len(pdf.pages) > len(letters) + 1


def _starts(path: Path) -> tuple[list[int], list[int]]:
    """(1-based pages where a letter starts, pages with nothing on them)."""
    starts, blank = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines = _lines(page)
            if not lines:
                blank.append(page.page_number)
            elif _text(lines[0]) == ISSUER or _text(lines[0]).startswith("政协"):
                starts.append(page.page_number)
    return starts, blank


def test_combined_pdf_starts_every_letter_on_an_odd_page(fonts: FontSet, reviewed: Reviewed,
                                                         tmp_path: Path) -> None:
    data = _data(reviewed.path)
    letters = _mixed(data, [1, 10, 10, 1, 1, 10])
    path = _pdf(tmp_path, letters, fonts, "stack.pdf")
    starts, blank = _starts(path)
    assert len(starts) == len(letters)
    assert all(page % 2 == 1 for page in starts), starts
    assert blank and all(page + 1 in starts for page in blank)  # only backs of sheets
    assert any(b - a == 2 for a, b in itertools.pairwise(starts))  # a one-page letter
    # and the export's own combined files
    out = tmp_path / "out"
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, out, ExportOptions(what=("notices",), issue_date=WHEN))
    for name in ("立案通知（合并打印）.pdf", "交办函（合并打印）.pdf"):
        starts, blank = _starts(out / name)
        assert starts and all(page % 2 == 1 for page in starts), (name, starts)


def test_no_unused_standard_font_in_the_pdfs(fonts: FontSet, reviewed: Reviewed,
                                             tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, out, ExportOptions(what=("notices",), issue_date=WHEN))
    for path in out.rglob("*.pdf"):
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                descriptor = font.get_object().get("/FontDescriptor")
                assert descriptor is not None, (path, font.get_object()["/BaseFont"])
                assert "/FontFile2" in descriptor.get_object()
