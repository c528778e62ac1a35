"""The reviewer's 说明 of a rejection, printed right after the reason: in the 不予立案告知
(text read back with poppler's pdftotext, lines measured with pdfplumber) and in the
汇总's table (tests/unit/test_documents_word.py reads that row)."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from review_desk.desk import Desk
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.fonts import FontSet
from review_desk.documents.gather import gather_documents
from review_desk.documents.letter import NO_END, NO_START
from review_desk.documents.model import DocumentData, remark_clause
from review_desk.documents.notices import LetterOptions, rejection_letter
from review_desk.documents.pdf import letters_pdf
from review_desk.documents.template_builder import REJECT_NOTICE, SUMMARY
from tests.unit.test_documents_notice_templates import _edit
from tests.unit.test_documents_print import _lines, _text
from tests.unit.test_documents_support import REMARK, Reviewed

WHEN = date(2026, 2, 22)
ISSUER = "政协测试市委员会提案委员会"


def _pdftotext(path: Path) -> str:
    """The PDF's text as poppler reads it, whitespace and line ends removed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing: .ci/run installs poppler-utils")
        pytest.skip("apt-get install poppler-utils")
    done = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60)
    return re.sub(r"\s+", "", done.stdout)


def _data(reviewed: Reviewed) -> DocumentData:
    with Desk.open(reviewed.path) as desk, desk.store.reading() as conn:
        return gather_documents(conn)


def test_the_remark_follows_the_reason_and_is_absent_when_empty(
        fonts: FontSet, reviewed: Reviewed, tmp_path: Path) -> None:
    with Desk.open(reviewed.path) as desk:
        export_documents(desk, tmp_path, ExportOptions(what=("notices",), issue_date=WHEN))
    folder = tmp_path / "不予立案告知"
    with_remark = _pdftotext(folder / "流水号6 民盟测试市委会.pdf")
    assert (f"因“超越本级事权”，不予立案。具体说明：{REMARK}。"
            "根据有关规定，已转为委员来信，送有关部门研究参考。") in with_remark
    without = _pdftotext(folder / "流水号4 委员4.pdf")
    assert ("因“宣传推介具体作品或产品”，不予立案。根据有关规定，已转为意见和建议"
            in without)
    assert "说明" not in without
    combined = _pdftotext(tmp_path / "不予立案告知（合并打印）.pdf")
    assert combined.count(f"具体说明：{REMARK}。") == 1


def test_the_remark_wraps_by_the_line_breaking_rules(fonts: FontSet, reviewed: Reviewed,
                                                    tmp_path: Path) -> None:
    data = _data(reviewed)
    notice = next(n for n in data.rejection_notices if n.item.intake_no == 6)
    # remarks of every length, so each break position meets brackets, digits and Latin
    remarks = [f"{'经核实' * (n // 3)}{'该' * (n % 3)}{REMARK}" for n in range(28)]
    letters = [rejection_letter(replace(notice, item=replace(notice.item, remark=remark)),
                                data.header, LetterOptions(ISSUER, WHEN))
               for remark in remarks]
    path = tmp_path / "remarks.pdf"
    path.write_bytes(letters_pdf(letters, fonts, ISSUER, "remarks", combined=True))
    checked = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            body = [_text(line) for line in _lines(page) if line[0]["size"] == 16]
            for line, following in itertools.pairwise(body):
                assert following[0] not in NO_START, (line, following)
                assert line[-1] not in NO_END, (line, following)
                assert not (line[-1].isascii() and line[-1].isalnum()
                            and following[0].isascii() and following[0].isalnum()), \
                    (line, following)
                checked += 1
            # the standard number in the remark stays on one line
            assert all("GB50180-2018" in line for line in body if "GB" in line), body
    assert checked > 200
    text = _pdftotext(path)
    for remark in remarks:
        assert f"具体说明：{remark}。" in text


def test_a_remark_reads_as_one_clause() -> None:
    assert remark_clause("") == ""
    assert remark_clause("  已转有关部门研究。\n") == "已转有关部门研究"
    assert remark_clause("属个人诉求，\n 建议信访渠道反映；") == "属个人诉求，建议信访渠道反映"
    assert remark_clause("参照 GB 50180\n标准") == "参照GB 50180标准"
    assert remark_clause("见附件<1>&说明") == "见附件<1>&说明"


def test_markup_in_a_remark_is_printed_as_typed(reviewed: Reviewed) -> None:
    data = _data(reviewed)
    notice = next(n for n in data.rejection_notices if n.item.intake_no == 6)
    item = replace(notice.item, remark="见附件<1>&{{ x }}")
    letter = rejection_letter(replace(notice, item=item), data.header,
                              LetterOptions(ISSUER, WHEN))
    assert any("具体说明：见附件<1>&{{ x }}。" in para.text for para in letter.blocks)


def test_a_template_without_the_remark_is_reported_at_export(
        fonts: FontSet, reviewed: Reviewed, tmp_path: Path) -> None:
    """A clerk's copy made before 说明 existed: the export says what it leaves out."""
    user = tmp_path / "templates"
    notice = _edit(REJECT_NOTICE, [("{% if 件.说明 %}具体说明：{{ 件.说明 }}。{% endif %}", "")],
                   user)
    summary = _edit(SUMMARY, [("{% if 行.说明 %}（说明：{{ 行.说明 }}）{% endif %}", "")], user)
    opts = ExportOptions(what=("notices", "summary"), issue_date=WHEN, templates=user)
    with Desk.open(reviewed.path) as desk:
        warnings = export_documents(desk, tmp_path / "out", opts).warnings
    left_out = {w.split()[1]: w for w in warnings if "说明" in w}
    assert set(left_out) == {str(notice), str(summary)}, warnings
    assert "{{ 件.说明 }}" in left_out[str(notice)] and "1份不予立案告知" in left_out[str(notice)]
    assert "{{ 行.说明 }}" in left_out[str(summary)]
    printed = _pdftotext(tmp_path / "out" / "不予立案告知" / "流水号6 民盟测试市委会.pdf")
    assert "说明" not in printed
    with Desk.open(reviewed.path) as desk:  # the defaults print it: nothing to report
        defaults = replace(opts, templates=tmp_path / "none")
        again = export_documents(desk, tmp_path / "again", defaults)
    assert not [w for w in again.warnings if "说明" in w]
