"""`review-desk export` end to end: a demo session, the CLI in a subprocess, LibreOffice
converting each kind of Word document, poppler rendering each kind of PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

ENV = {**os.environ, "REVIEW_DESK_REVIEWER": "秘书处"}


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "review_desk", *args], capture_output=True,
                            text=True, env=ENV, timeout=900)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing: .ci/run installs it")
    pytest.skip(f"{name} is not installed here")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A decided demo session exported with every document."""
    folder = tmp_path_factory.mktemp("cli")
    session = folder / "demo.rdesk"
    _cli("demo", str(session), "--proposals", "90", "--archive", "0", "--seed", "3")
    out = folder / "out"
    result = _cli("export", str(session), str(out), "--demo-review", "--date", "2026-02-22")
    assert "wrote" in result.stdout
    assert "交办单：" in result.stderr and "立案通知：" in result.stderr  # progress lines
    return out


def test_export_writes_every_kind(exported: Path) -> None:
    assert (exported / "提案目录.docx").is_file()
    assert (exported / "审查情况汇总.docx").is_file()
    assert (exported / "交办单（全部单位）.docx").is_file()
    assert list((exported / "交办单").glob("*.docx"))
    for folder in ("立案通知", "不予立案告知", "交办函"):
        assert list((exported / folder).glob("*.pdf")), folder
        assert (exported / f"{folder}（合并打印）.pdf").is_file()
    doc = Document(str(exported / "提案目录.docx"))
    assert doc.tables and len(doc.tables[0].rows) > 1


def test_export_refuses_to_overwrite(exported: Path) -> None:
    session = exported.parent / "demo.rdesk"
    result = _cli("export", str(session), str(exported), "--what", "catalogue", check=False)
    assert result.returncode == 2
    assert "--overwrite" in result.stderr and "提案目录.docx" in result.stderr
    _cli("export", str(session), str(exported), "--what", "catalogue", "--overwrite")


def test_export_one_unit_as_json(exported: Path, tmp_path: Path) -> None:
    session = exported.parent / "demo.rdesk"
    out = tmp_path / "one"
    result = _cli("export", str(session), str(out), "--what", "sheets", "--unit", "市民政局",
                  "--json")
    import json

    report = json.loads(result.stdout)
    assert report["counts"] == {"交办单": 2}
    names = sorted(Path(p).name for p in report["files"])
    assert names[1] == "交办单（所选单位）.docx" and names[0].endswith("市民政局.docx")
    bad = _cli("export", str(session), str(tmp_path / "x"), "--unit", "不存在的单位",
               check=False)
    assert bad.returncode == 2 and "不存在的单位" in bad.stderr


def test_a_remark_given_on_the_command_line_reaches_the_notice(exported: Path,
                                                               tmp_path: Path) -> None:
    import json

    session = tmp_path / "remark.rdesk"
    shutil.copy(exported.parent / "demo.rdesk", session)
    rejected = json.loads(_cli("list", str(session), "--status", "rejected", "--json").stdout)
    number = str(rejected[0]["intake_no"])
    reason = json.loads(_cli("show", str(session), number, "--json").stdout)["reason"]
    _cli("decide", str(session), number, "reject", "--reason", reason,
         "--remark", "所提问题已在2025年第3号提案中答复。")
    out = tmp_path / "out"
    _cli("export", str(session), str(out), "--what", "notices", "--date", "2026-02-22")
    (notice, *_) = sorted((out / "不予立案告知").glob(f"流水号{number} *.pdf"))
    text = subprocess.run([_tool("pdftotext"), str(notice), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert (f"因“{reason}”，不予立案。具体说明：所提问题已在2025年第3号提案中答复。"
            in "".join(text.split()))


def test_templates_command_copies_defaults(tmp_path: Path) -> None:
    result = _cli("templates", str(tmp_path / "mine"), "--copy")
    assert "copied" in result.stdout
    assert (tmp_path / "mine" / "assignment_sheet.docx").is_file()
    again = _cli("templates", str(tmp_path / "mine"), "--copy")
    assert "copied" not in again.stdout  # never overwrites


def test_libreoffice_converts_each_kind_of_word_document(exported: Path,
                                                         tmp_path: Path) -> None:
    soffice = _tool("soffice")
    sheet = sorted((exported / "交办单").glob("*.docx"))[0]
    sources = {"sheet.docx": sheet, "sheets.docx": exported / "交办单（全部单位）.docx",
               "catalogue.docx": exported / "提案目录.docx",
               "summary.docx": exported / "审查情况汇总.docx"}
    work = tmp_path / "lo"
    work.mkdir()
    for name, source in sources.items():
        shutil.copy(source, work / name)
    profile = (tmp_path / "profile").as_uri()  # a private profile: parallel runs collide
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *(str(work / n) for n in sources)],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in sources:
        pdf_path = tmp_path / "pdf" / name.replace(".docx", ".pdf")
        assert pdf_path.is_file(), result.stdout + result.stderr
        with pdfplumber.open(pdf_path) as pdf:
            assert pdf.pages
            text = pdf.pages[0].extract_text() or ""
        assert "政协江川市十四届五次会议" in text, name


def test_poppler_renders_each_kind_of_pdf(exported: Path, tmp_path: Path) -> None:
    pdftoppm = _tool("pdftoppm")
    for folder in ("立案通知", "不予立案告知", "交办函"):
        pdf_path = sorted((exported / folder).glob("*.pdf"))[0]
        target = tmp_path / folder
        subprocess.run([pdftoppm, "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf_path),
                        str(target)], check=True, capture_output=True, timeout=120)
        (png,) = tmp_path.glob(f"{folder}*.png")
        assert png.stat().st_size > 1000


def test_a_rare_character_no_longer_stops_the_export(tmp_path: Path) -> None:
    """张𠮷 (U+20BB7) prints with a fallback font, named in the summary; a character no
    installed font has leaves only its notice out (exit status 1, listed)."""
    from review_desk.desk import Desk
    from tests.unit.test_documents_print import NO_GLYPH, RARE, _renamed
    from tests.unit.test_documents_support import review, reviewed_bundle

    session = tmp_path / "rare.rdesk"
    bundle = _renamed(reviewed_bundle(), {0: "张" + RARE, 9: "赵" + NO_GLYPH})
    with Desk.create(session, bundle, reviewer="测试员") as desk:
        review(desk)
    result = _cli("export", str(session), str(tmp_path / "out"), "--date", "2026-02-22",
                  "--json", check=False)
    assert result.returncode == 1, result.stderr
    import json

    report = json.loads(result.stdout)
    assert [(u["character"], u["code"]) for u in report["fallbacks"]] == [(RARE, "U+20BB7")]
    (missing,) = report["not_made"]
    assert "U+F0001" in missing["reason"] and missing["notice"].endswith("赵" + NO_GLYPH)
    assert (tmp_path / "out" / "立案通知" / f"第0001号 张{RARE}.pdf").is_file()
    assert (tmp_path / "out" / "交办单（全部单位）.docx").is_file()
