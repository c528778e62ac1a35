"""The combined 交办单 as a printer gets it: converted by LibreOffice (blank pages kept),
pages counted and measured with pdfplumber.

LibreOffice finds the GB/T typefaces (仿宋, 宋体 …) by name; where they are not
installed, a fontconfig file private to the test maps them to the open CJK fonts the
PDF notices use too (what an office on Linux would set up), so the measured widths are
those of Chinese fonts rather than of DejaVu.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from review_desk.desk import Desk
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.gather import gather_documents
from tests.unit.test_documents_support import reviewed_session

MM = 72 / 25.4
WHEN = date(2026, 2, 22)
CELL = 156 * MM / 28
STAND_INS = {"仿宋": "AR PL UMing CN", "宋体": "AR PL UMing CN", "黑体": "WenQuanYi Zen Hei",
             "楷体": "AR PL UKai CN", "方正小标宋简体": "AR PL UMing CN"}
KEEP_BLANK_PAGES = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'


def _fontconfig(folder: Path) -> Path:
    aliases = "".join(
        f'<alias binding="same"><family>{name}</family><prefer><family>{font}</family>'
        f"</prefer></alias>" for name, font in STAND_INS.items())
    path = folder / "fonts.conf"
    path.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    '<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"{aliases}</fontconfig>", encoding="utf-8")
    return path


def convert(docx: Path, folder: Path) -> Path:
    """The PDF LibreOffice prints from `docx` (automatically inserted blank pages kept)."""
    soffice = shutil.which("soffice")
    if not soffice:
        if os.environ.get("CI"):
            pytest.fail("soffice is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed here")
    work = folder / "lo"
    work.mkdir(exist_ok=True)
    source = work / "in.docx"
    shutil.copy(docx, source)
    env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(work))}
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
         "--convert-to", KEEP_BLANK_PAGES, "--outdir", str(work), str(source)],
        capture_output=True, text=True, timeout=600, env=env)
    pdf = work / "in.pdf"
    assert pdf.is_file(), result.stdout + result.stderr
    return pdf


def _lines(page: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    rows: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for ch in page.chars:
        rows[round(ch["top"], 1)].append(ch)
    out = []
    for top in sorted(rows):
        chars = sorted(rows[top], key=lambda c: c["x0"])
        out.append(("".join(c["text"] for c in chars), chars))
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The combined 交办单 of the reviewed session through LibreOffice, and its units."""
    reviewed = reviewed_session(tmp_path_factory)
    folder = tmp_path_factory.mktemp("sheets")
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, folder / "out", ExportOptions(
            what=("sheets",), issue_date=WHEN, templates=folder / "none"))
        with desk.store.reading() as conn:
            units = [s.unit.name for s in gather_documents(conn).sheets]
    return convert(folder / "out" / "交办单（全部单位）.docx", folder), units


def test_each_unit_starts_on_an_odd_page_numbered_one(printed: tuple[Path, list[str]]) -> None:
    pdf_path, units = printed
    starts: list[int] = []
    with pdfplumber.open(pdf_path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            lines = _lines(page)
            if not lines:
                # a blank page is only ever the back of a unit's last sheet
                assert page.page_number % 2 == 0 and page.page_number + 1 <= pages
                continue
            texts = [t for t, _ in lines]
            salutation = next((t for t in texts if t.endswith("：") and t[:-1] in units), None)
            if salutation:
                starts.append(page.page_number)
                assert "— 1 —" in texts, page.page_number  # numbers restart per unit
            else:
                assert len(lines) > 1, f"page {page.page_number} holds only its number"
    assert len(starts) == len(units)
    assert all(n % 2 == 1 for n in starts), starts
    assert pages % 2 == 0 or starts[-1] == pages  # the stack ends on a full sheet or so


def test_page_numbers_sit_7mm_below_the_type_area(printed: tuple[Path, list[str]]) -> None:
    pdf_path, _ = printed
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            marks = [chars for text, chars in _lines(page) if text.startswith("—")]
            if not marks:
                continue
            (mark,) = marks
            assert mark[0]["top"] == pytest.approx((37 + 225 + 7) * MM, abs=0.5 * MM)
            number = int("".join(c["text"] for c in mark).strip("— "))
            if number % 2:  # odd pages right, even pages left, a character in
                assert mark[-1]["x1"] == pytest.approx(184 * MM - 14, abs=1.5 * MM)
            else:
                assert mark[0]["x0"] == pytest.approx(28 * MM + 14, abs=1.5 * MM)


def test_signature_centred_over_the_date(printed: tuple[Path, list[str]]) -> None:
    pdf_path, _ = printed
    seen = 0
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            lines = _lines(page)
            for (text, chars), (following, date_chars) in itertools.pairwise(lines):
                if following != "2026年2月22日":
                    continue
                assert text == "政协测试市委员会提案委员会"
                centre = (chars[0]["x0"] + chars[-1]["x1"]) / 2
                date_centre = (date_chars[0]["x0"] + date_chars[-1]["x1"]) / 2
                assert centre == pytest.approx(date_centre, abs=1 * MM)
                # the date about four characters in from the right edge of the type area
                assert date_chars[-1]["x1"] == pytest.approx(184 * MM - 4 * CELL, abs=CELL)
                seen += 1
    assert seen == 5


def test_table_columns_do_not_wrap(printed: tuple[Path, list[str]]) -> None:
    pdf_path, _ = printed
    with pdfplumber.open(pdf_path) as pdf:
        table_lines = [text for page in pdf.pages for text, chars in _lines(page)
                       if chars[0]["size"] == pytest.approx(10.5)]
    header = next(t for t in table_lines if t.startswith("序号"))
    assert "其他承办单位" in header and "办理期限" in header and header.endswith("重点")
    assert table_lines[table_lines.index(header) + 1] == "方式"  # 承办 / 方式, as set
    dates = [d for t in table_lines for d in re.findall(r"\d+月\d*日?", t)]
    assert dates and all(d.endswith("日") for d in dates), dates  # every date on one line
    assert not any("2026年" in t for t in table_lines)  # the session's year left out
    marked = [t for t in table_lines if "号（主）" in t or "号（并）" in t]
    assert marked  # the short 并案 mark stays beside its number
