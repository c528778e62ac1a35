"""The notices' wording comes from Word templates the secretariat edits."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from review_desk.desk import Desk
from review_desk.documents.errors import TemplateError
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.fonts import FontSet
from review_desk.documents.notice_templates import read_notice_template
from review_desk.documents.notices import _samples
from review_desk.documents.template_builder import (
    ACCEPT_NOTICE,
    REJECT_NOTICE,
    UNIT_LETTER,
    build_acceptance_notice,
)
from review_desk.documents.templates import TemplateSource, default_template_bytes
from tests.unit.test_documents_support import Reviewed

WHEN = date(2026, 2, 22)


def _edit(name: str, edits: list[tuple[str, str]], folder: Path) -> Path:
    """A copy of a default template with texts replaced (first occurrence each)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    with zipfile.ZipFile(io.BytesIO(default_template_bytes(name))) as zin, \
            zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                for old, new in edits:
                    assert old in xml, old
                    xml = xml.replace(old, new, 1)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    return target


def _export(reviewed: Reviewed, out: Path, templates: Path) -> list[Path]:
    opts = ExportOptions(what=("notices",), issue_date=WHEN, templates=templates)
    with Desk.open(reviewed.path) as desk:
        return export_documents(desk, out, opts).files


def _page_lines(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        rows: dict[float, list[tuple[float, str]]] = {}
        for ch in pdf.pages[0].chars:
            rows.setdefault(round(float(ch["top"]), 1), []).append((ch["x0"], ch["text"]))
        return ["".join(text for _x, text in sorted(rows[top])) for top in sorted(rows)]


def test_a_user_template_changes_the_pdf_wording(fonts: FontSet, reviewed: Reviewed,
                                                 tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _edit(ACCEPT_NOTICE, [("{{ 发文机关 }}", "测试市政协提案委员会办公室"),
                          ("提案立案通知", "提案立案通知书"),
                          ("感谢{{ 敬称 }}对政协提案工作的支持。",
                           "特此通知，请{{ 收件人.姓名 }}查收。")],
          user)
    _edit(UNIT_LETTER, [("逾期视为接受交办。", "逾期不再受理。")], user)
    _export(reviewed, tmp_path / "out", user)
    lines = _page_lines(tmp_path / "out" / "立案通知" / "第0001号 委员1.pdf")
    assert lines[0] == "测试市政协提案委员会办公室"  # the red letterhead
    assert "提案立案通知书" in lines
    text = "".join(lines)
    assert "特此通知，请委员1查收。" in text and "感谢您" not in text
    assert "政协测试市委员会提案委员会" in text  # the signature kept its placeholder
    letter = "".join(_page_lines(tmp_path / "out" / "交办函" / "001 市民政局.pdf"))
    assert "逾期不再受理。" in letter and "逾期视为接受交办" not in letter
    rejected = "".join(_page_lines(tmp_path / "out" / "不予立案告知" / "流水号4 委员4.pdf"))
    assert "感谢您对政协提案工作的支持，欢迎继续提出提案。" in rejected  # still the default


@pytest.mark.parametrize(("name", "old", "new", "placeholder"), [
    (ACCEPT_NOTICE, "{{ 件.案由 }}", "{{ 件.案由呀 }}", "案由呀"),
    (ACCEPT_NOTICE, "{{ 称呼 }}", "{{ 尊称 }}", "尊称"),
    (ACCEPT_NOTICE, "{%p endif %}", "（删去了结束标记）", "{%p if 件.办理期限 %}"),
    (REJECT_NOTICE, "{{ 件.理由 }}", "{{ 件.原因 }}", "原因"),
    (UNIT_LETTER, "{%p endfor %}", "{%p endif %}", "{%p for 件 in 单.提案 %}"),
    (UNIT_LETTER, "{{ 件.备注 }}", "{{ 件.备注 }", "{{ 件.备注 }"),
])
def test_a_broken_notice_template_is_named_and_nothing_is_written(
        reviewed: Reviewed, tmp_path: Path, name: str, old: str, new: str,
        placeholder: str) -> None:
    user = tmp_path / "templates"
    template = _edit(name, [(old, new)], user)
    with pytest.raises(TemplateError) as raised:
        _export(reviewed, tmp_path / "out", user)
    error = raised.value
    assert error.template == str(template)
    assert placeholder in error.placeholder or placeholder in error.message
    assert str(template) in error.message_zh
    assert not (tmp_path / "out").exists()


def test_paragraph_styles_and_indents_give_the_blocks() -> None:
    doc = build_acceptance_notice()
    doc.paragraphs[0]._element.getparent().remove(doc.paragraphs[0]._element)  # letterhead
    doc.add_paragraph("（一）{{ 件.类别 }}", style="二级标题")
    plain = doc.add_paragraph("　顶格{{ 件.提案号 }}", style="正文")
    plain.paragraph_format.first_line_indent = Pt(0)
    hanging = doc.add_paragraph("悬挂", style="Normal")
    hanging.paragraph_format.left_indent = Pt(48)
    hanging.paragraph_format.first_line_indent = Pt(-32)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    doc.save(buffer)
    source = TemplateSource("x.docx", "x.docx", buffer.getvalue())
    accept, _reject, _units = _samples()
    letter = read_notice_template(source, accept).letter(accept[0], "test")
    assert letter.letterhead == ""  # no 发文机关标志 paragraph: plain paper
    kinds = [(p.kind, p.text) for p in letter.blocks]
    assert kinds[0] == ("title", "提案立案通知") and kinds[1][0] == "blank"
    assert ("heading2", "（一）社会建设") in kinds
    assert next(p for p in letter.blocks if p.text == "　顶格第0001号").indent == 0
    assert [(p.indent, p.hang) for p in letter.blocks if p.text == "悬挂"] == [(1, 3)]
    body = next(p for p in letter.blocks if p.text.startswith("您领衔提出的"))
    assert (body.kind, body.indent) == ("body", 2)
    assert ("signature", "政协示例市委员会提案委员会") in kinds
    assert ("date", "2026年2月20日") in kinds
    assert letter.blocks[-1].kind == "pagebreak"


def test_a_template_with_a_table_is_refused(tmp_path: Path) -> None:
    doc = build_acceptance_notice()
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "{{ 件.案由 }}"
    buffer = io.BytesIO()
    doc.save(buffer)
    source = TemplateSource("t.docx", str(tmp_path / "t.docx"), buffer.getvalue())
    with pytest.raises(TemplateError, match="paragraphs only"):
        read_notice_template(source, _samples()[0])


def test_formatting_the_pdf_does_not_use_is_reported(fonts: FontSet, reviewed: Reviewed,
                                                     tmp_path: Path) -> None:
    user = tmp_path / "templates"
    # a clerk makes 予以立案 bold and red, and centres the closing thanks
    template = _edit(ACCEPT_NOTICE, [
        ("{{ 提出人 }}提出的", '{{ 提出人 }}提出的</w:t></w:r><w:r><w:rPr><w:b/>'
                           '<w:color w:val="FF0000"/></w:rPr><w:t>'),
        ("<w:keepNext/></w:pPr><w:r><w:t>感谢",
         "<w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>感谢")], user)
    opts = ExportOptions(what=("notices",), issue_date=WHEN, templates=user)
    with Desk.open(reviewed.path) as desk:
        result = export_documents(desk, tmp_path / "out", opts)
    reported = [w for w in result.warnings if str(template) in w]
    assert len(reported) == 2, result.warnings
    assert "加粗 bold" in reported[0] and "颜色 colour" in reported[0]
    assert "对齐 alignment (center)" in reported[1] and "感谢" in reported[1]
    with Desk.open(reviewed.path) as desk:  # the shipped templates: nothing to report
        plain = export_documents(desk, tmp_path / "plain", ExportOptions(
            what=("notices",), issue_date=WHEN, templates=tmp_path / "none"))
    assert not [w for w in plain.warnings if "模板" in w]
