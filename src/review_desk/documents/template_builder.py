"""Build the default Word templates with python-docx: 交办单, 提案目录, 审查情况汇总, and
the wording of the PDF notices (立案通知, 不予立案告知, 交办函).

Run `python -m review_desk.documents.template_builder [FOLDER]` to rebuild them into
`src/review_desk/resources/templates/` (or FOLDER). The secretariat edits copies of them
in Word (`review-desk templates` copies them into the user templates folder); the
placeholders are docxtpl (Jinja) tags with Chinese names, listed in `PLACEHOLDERS.md`
next to the templates.

Page setup follows GB/T 9704-2012: A4, margins 37/35/28/26 mm (top, bottom, inside,
outside), body 3号仿宋 (16 pt) on Word's document grid of 22 lines × 28 characters,
title 2号小标宋 (22 pt) centred, headings 黑体, page numbers "— N —" in 4号宋体 (14 pt)
7 mm below the type area, odd pages right, even left; the signature centred over the
date, which stands four characters in from the right (set when rendering, see
`word_finish`). The 交办单 is one section per unit: each unit starts on an odd page
with its own page numbers, so the combined file prints as a stack.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from review_desk.documents.word_page_setup import (
    AFTER_TBL_CELL_MAR,
    BODY_FONT,
    TABLE_CELL_MARGIN_TWIPS,
    TABLE_CELL_PAD_TWIPS,
    TITLE_FONT,
    add_styles,
    page_setup,
    set_fonts,
    set_properties,
    stack_section,
)

SHEET = "assignment_sheet.docx"
CATALOGUE = "catalogue.docx"
SUMMARY = "summary.docx"
ACCEPT_NOTICE = "acceptance_notice.docx"
REJECT_NOTICE = "rejection_notice.docx"
UNIT_LETTER = "unit_letter.docx"
NOTICE_FILES = (ACCEPT_NOTICE, REJECT_NOTICE, UNIT_LETTER)
TEMPLATE_FILES = (SHEET, CATALOGUE, SUMMARY, *NOTICE_FILES)
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "templates"
# 交办单 columns (mm, 156 in all): 序号, 重点, 承办方式 (its header in two lines), 提案号（主）
# and dates (12月31日) on one line in 五号, even where digits fall back to a wide font
# (DejaVu Sans: 0.64 em); the rest to 案由 and 其他承办单位 (a unit a line: 市商务局（会办）
# whole)
SHEET_COLUMNS_MM = (9.5, 30, 30, 13, 10, 32, 22, 9.5)

def _new(landscape: bool = False) -> DocumentObject:
    doc = Document()
    add_styles(doc)
    page_setup(doc, landscape)
    body = doc.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    return doc


def _p(doc: DocumentObject, text: str, style: str = "正文") -> Paragraph:
    return doc.add_paragraph(text, style=style)


def _tag(doc: DocumentObject, text: str) -> Paragraph:
    """A paragraph holding only a template tag (removed when rendered)."""
    return doc.add_paragraph(text, style="模板标记")


def _page_break(doc: DocumentObject) -> None:
    doc.add_paragraph(style="模板标记").add_run().add_break(WD_BREAK.PAGE)


def _section_break(doc: DocumentObject) -> None:
    """A tiny paragraph closing a section like the document's last one (same footers,
    odd-page start, numbers from 1)."""
    body_sect = doc.sections[0]._sectPr
    stack_section(body_sect)
    paragraph = doc.add_paragraph(style="分节")
    paragraph._p.get_or_add_pPr().append(copy.deepcopy(body_sect))


def _keep(*paragraphs: Paragraph) -> None:
    for paragraph in paragraphs:
        paragraph.paragraph_format.keep_with_next = True


def _cell(doc: DocumentObject, table: Table, row: int, col: int, text: str,
          style: str) -> None:
    cell = table.cell(row, col)
    cell.paragraphs[0].text = text
    cell.paragraphs[0].style = doc.styles[style]


def _header_repeat(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def _loop_table(doc: DocumentObject, heads: Sequence[str], cells: Sequence[str],
                loop: str, widths_mm: Sequence[float]) -> Table:
    """A table: a header row, then one row repeated by a `{%tr for %}` loop."""
    table: Table = doc.add_table(rows=4, cols=len(heads))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):  # the schema's order
        margin = OxmlElement(f"w:{side}")
        vertical = side in ("top", "bottom")  # text clear of the rules above and below
        margin.set(qn("w:w"), str(TABLE_CELL_PAD_TWIPS if vertical else TABLE_CELL_MARGIN_TWIPS))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, *AFTER_TBL_CELL_MAR)
    # a row is never split across pages
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for col, (head, cell, width) in enumerate(zip(heads, cells, widths_mm, strict=True)):
        _cell(doc, table, 0, col, head, "表头")
        _cell(doc, table, 2, col, cell, "表格文字")
        for row in range(4):
            table.cell(row, col).width = Mm(width)
    grid = table._tbl.tblGrid
    for col_el, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col_el.set(qn("w:w"), str(round(width / 25.4 * 1440)))
    table._tbl.tblPr.get_or_add_tblLayout().set(qn("w:type"), "fixed")
    _cell(doc, table, 1, 0, f"{{%tr for {loop} %}}", "表格文字")
    _cell(doc, table, 3, 0, "{%tr endfor %}", "表格文字")
    _header_repeat(table)
    return table


def build_sheet() -> DocumentObject:
    """交办单: per unit a cover letter, signed and dated, then the table of its cases;
    one section per unit (odd-page start, page numbers from 1)."""
    doc = _new()
    _tag(doc, "{%p for 单 in 交办单 %}")
    _p(doc, "{{ 会议 }}提案交办单", "公文标题")
    _p(doc, "", "称呼")
    _p(doc, "{{ 单.单位 }}：", "称呼")
    _p(doc, "{{ 会议 }}期间，委员和各参加单位提出的提案经提案审查委员会审查立案。现将"
            "{{ 单.件数 }}件提案交由你单位办理（{{ 单.承办情况 }}），清单如下。请认真研究办理，"
            "{{ 单.期限要求 }}办理完毕并答复提案人；会办、协办单位请在主办单位答复前将"
            "办理意见送主办单位。")
    last = _p(doc, "如对交办有异议，请于收到本交办单之日起{{ 调整期限 }}内向{{ 发文机关 }}"
                   "提出，逾期视为接受交办。")
    blank = _p(doc, "", "称呼")
    signature = _p(doc, "{{ 发文机关 }}", "落款")
    _keep(last, blank, signature)
    _p(doc, "{{ 日期 }}", "成文日期")
    _p(doc, "", "称呼")
    _loop_table(
        doc,
        ("序号", "提案号", "案由", "提案人", "承办\n方式", "其他承办单位", "办理期限", "重点"),
        ("{{ 件.序号 }}", "{{ 件.提案号 }}{{ 件.并案说明 }}", "{{ 件.案由 }}",
         "{{ 件.提案人 }}", "{{ 件.承办方式 }}", "{{ 件.其他承办单位分行 }}",
         "{{ 件.期限 }}", "{{ 件.重点 }}"),
        "件 in 单.提案", SHEET_COLUMNS_MM)
    _tag(doc, "{%p if not loop.last %}")
    _section_break(doc)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    return doc


def build_catalogue() -> DocumentObject:
    """提案目录: every accepted case in case-number order, grouped by category."""
    doc = _new()
    _p(doc, "{{ 会议 }}提案目录", "公文标题")
    _p(doc, "（共{{ 总件数 }}件）", "公文标题").runs[0].font.size = Pt(16)
    _tag(doc, "{%p for 类 in 类别 %}")
    _p(doc, "{{ 类.序号 }}、{{ 类.名称 }}（{{ 类.件数 }}件）", "一级标题")
    _loop_table(doc, ("提案号", "案由", "提案人", "承办单位"),
                ("{{ 件.提案号 }}{{ 件.并案说明 }}", "{{ 件.案由 }}", "{{ 件.提案人 }}",
                 "{{ 件.承办单位 }}"),
                "件 in 类.提案", (26, 66, 26, 38))
    _tag(doc, "{%p endfor %}")
    _p(doc, "", "称呼")
    _p(doc, "{{ 类别口径 }}", "注释")
    return doc


def build_summary() -> DocumentObject:
    """审查情况汇总: counts by outcome, category, 界别 and unit, merge groups, not accepted."""
    doc = _new()
    _p(doc, "{{ 会议 }}提案审查情况汇总", "公文标题")
    _p(doc, "", "称呼")
    _p(doc, "{{ 会议 }}共收到提案{{ 汇总.收到 }}件。经提案审查委员会审查，立案{{ 汇总.立案 }}件"
            "（含并案{{ 汇总.并案组数 }}组{{ 汇总.并案件数 }}件），不予立案{{ 汇总.不予立案 }}件，"
            "撤案{{ 汇总.撤案 }}件，尚待审查{{ 汇总.待审 }}件；重点提案候选{{ 汇总.重点 }}件。")
    sections = (
        ("一、按审查结果", ("审查结果", "件数"), ("{{ 行.结果 }}", "{{ 行.件数 }}"),
         "行 in 按结果", (80, 40)),
        ("二、按提案类别", ("类别", "收到", "立案", "并案", "不予立案", "撤案", "待审"),
         ("{{ 行.类别 }}", "{{ 行.收到 }}", "{{ 行.立案 }}", "{{ 行.并案 }}",
          "{{ 行.不予立案 }}", "{{ 行.撤案 }}", "{{ 行.待审 }}"),
         "行 in 按类别", (36, 20, 20, 20, 20, 20, 20)),
        ("三、按界别（第一提案人）", ("界别", "件数"), ("{{ 行.界别 }}", "{{ 行.件数 }}"),
         "行 in 按界别", (80, 40)),
        ("四、按承办单位", ("承办单位", "主办", "会办", "协办", "分办", "合计"),
         ("{{ 行.单位 }}", "{{ 行.主办 }}", "{{ 行.会办 }}", "{{ 行.协办 }}", "{{ 行.分办 }}",
          "{{ 行.合计 }}"), "行 in 按单位", (56, 20, 20, 20, 20, 20)),
        ("五、并案情况", ("主并提案", "案由", "被并提案"),
         ("{{ 行.主并提案号 }}", "{{ 行.案由 }}", "{{ 行.被并提案 }}"), "行 in 并案组",
         (26, 64, 66)),
        ("六、不予立案提案", ("序号", "流水号", "案由", "提案人", "理由", "处理方式"),
         ("{{ 行.序号 }}", "{{ 行.流水号 }}", "{{ 行.案由 }}", "{{ 行.提案人 }}",
          "{{ 行.理由 }}{% if 行.说明 %}（说明：{{ 行.说明 }}）{% endif %}", "{{ 行.处理方式 }}"),
         "行 in 不予立案", (10, 16, 40, 24, 38, 28)),
        ("七、重点提案候选", ("序号", "提案号", "案由", "提案人", "主办单位", "领办", "督办"),
         ("{{ 行.序号 }}", "{{ 行.提案号 }}", "{{ 行.案由 }}", "{{ 行.提案人 }}",
          "{{ 行.主办单位 }}", "{{ 行.领办 }}", "{{ 行.督办 }}"), "行 in 重点提案",
         (10, 22, 46, 22, 24, 16, 16)),
    )
    for heading, heads, cells, loop, widths in sections:
        _p(doc, "", "称呼")
        _keep(_p(doc, heading, "一级标题"))
        _loop_table(doc, heads, cells, loop, widths)
        if loop == "行 in 按类别":
            _p(doc, "{{ 类别口径 }}", "注释")
    _keep(_p(doc, "", "称呼"), _p(doc, "{{ 发文机关 }}", "落款"))
    _p(doc, "{{ 日期 }}", "成文日期")
    return doc


def _notice(doc_title: str) -> DocumentObject:
    """A notice template: the letter styles the PDF layout reads (see notice_templates)."""
    doc = _new()
    add = doc.styles.add_style
    for name, font, size in (("发文机关标志", TITLE_FONT, 22),
                             ("附件说明", BODY_FONT, 16), ("清单", BODY_FONT, 16),
                             ("二级标题", "楷体", 16)):
        style = add(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(size)
        set_fonts(style, font)
    head = doc.styles["发文机关标志"]
    head.font.color.rgb = RGBColor(0xE6, 0x00, 0x12)
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.paragraph_format.space_after = Pt(29)
    for name, left, first in (("附件说明", 5, -3), ("清单", 2, -2)):
        pf = doc.styles[name].paragraph_format
        pf.left_indent, pf.first_line_indent = Pt(16 * left), Pt(16 * first)
    doc.core_properties.subject = doc_title
    _p(doc, "{{ 发文机关 }}", "发文机关标志")
    return doc


def _closing(doc: DocumentObject, thanks: str) -> None:
    _keep(_p(doc, thanks), _p(doc, "", "称呼"), _p(doc, "{{ 发文机关 }}", "落款"))
    _p(doc, "{{ 日期 }}", "成文日期")


def build_acceptance_notice() -> DocumentObject:
    """立案通知: to one proposer of an accepted case or of a merged member."""
    doc = _notice("立案通知")
    _p(doc, "提案立案通知", "公文标题")
    _p(doc, "", "称呼")
    _p(doc, "{{ 称呼 }}：", "称呼")
    _p(doc, "{{ 提出人 }}提出的《{{ 件.案由 }}》（流水号：{{ 件.流水号 }}），经{{ 会议 }}提案审查"
            "委员会审查，{% if 件.被并 %}与{{ 件.主并提案号 }}提案《{{ 件.主并案由 }}》反映的问题"
            "相同或相近，予以立案并入该提案并案办理{% else %}予以立案{% endif %}，"
            "{% if 件.提案号 %}提案号为{{ 件.提案号 }}{% else %}提案号另行通知{% endif %}，"
            "{% if 件.承办单位 %}交由{{ 件.承办单位 }}办理{% else %}承办单位另行通知{% endif %}。"
            "{% if 件.被并 %}承办单位将对并案的每件提案分别答复。{% endif %}"
            "{% if 件.主并 and 件.其他并案号 %}"
            "该提案与{{ 件.其他并案号 }}提案并案办理。{% endif %}")
    _tag(doc, "{%p if 件.办理期限 %}")
    _p(doc, "按照有关规定，承办单位应于{{ 件.办理期限 }}前办理完毕并答复提案人。")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if 件.重点 %}")
    _p(doc, "该提案已列为重点提案候选，将加强督办。")
    _tag(doc, "{%p endif %}")
    _closing(doc, "感谢{{ 敬称 }}对政协提案工作的支持。")
    return doc


def build_rejection_notice() -> DocumentObject:
    """不予立案告知: the reason, and where the text was passed on."""
    doc = _notice("不予立案告知")
    _p(doc, "提案不予立案告知", "公文标题")
    _p(doc, "", "称呼")
    _p(doc, "{{ 称呼 }}：", "称呼")
    _p(doc, "{{ 提出人 }}提出的《{{ 件.案由 }}》（流水号：{{ 件.流水号 }}），经{{ 会议 }}提案审查"
            "委员会审查，因“{{ 件.理由 }}”，不予立案。"
            "{% if 件.说明 %}具体说明：{{ 件.说明 }}。{% endif %}{% if 件.转出 %}根据有关规定，"
            "已{{ 件.处理方式 }}，送有关部门研究参考。{% elif 件.退回 %}现予退回。"
            "{% elif 件.处理方式 %}处理方式：{{ 件.处理方式 }}。{% endif %}")
    _closing(doc, "感谢{{ 敬称 }}对政协提案工作的支持，欢迎继续提出提案。")
    return doc


def build_unit_letter() -> DocumentObject:
    """交办函: to one unit, its cases listed in the attachment."""
    doc = _notice("交办函")
    _p(doc, "关于交办{{ 会议 }}提案的函", "公文标题")
    _p(doc, "", "称呼")
    _p(doc, "{{ 单.单位 }}：", "称呼")
    _p(doc, "{{ 会议 }}期间，委员和各参加单位提出的提案经提案审查委员会审查立案。现将"
            "{{ 单.件数 }}件提案交由你单位办理，其中{{ 单.承办情况 }}。请认真研究办理，"
            "{{ 单.期限要求 }}办理完毕并答复提案人；会办、协办单位请在主办单位答复前将办理意见"
            "送主办单位。")
    _p(doc, "如对交办有异议，请于收到本函之日起{{ 调整期限 }}内向{{ 发文机关 }}提出，"
            "逾期视为接受交办。")
    _p(doc, "", "称呼")
    _p(doc, "附件：{{ 会议 }}交由{{ 单.单位 }}办理的提案清单", "附件说明")
    _p(doc, "", "称呼")
    _p(doc, "{{ 发文机关 }}", "落款")
    _p(doc, "{{ 日期 }}", "成文日期")
    _page_break(doc)
    _p(doc, "附件", "一级标题")
    _p(doc, "", "称呼")
    _p(doc, "{{ 会议 }}交由{{ 单.单位 }}办理的提案清单", "公文标题")
    _p(doc, "", "称呼")
    _tag(doc, "{%p for 件 in 单.提案 %}")
    _p(doc, "{{ 件.序号 }}．{{ 件.编号 }}　{{ 件.案由 }}（{{ 件.备注 }}）", "清单")
    _tag(doc, "{%p endfor %}")
    return doc


TITLES = {"assignment_sheet.docx": "提案交办单", "catalogue.docx": "提案目录",
          "summary.docx": "提案审查情况汇总", "acceptance_notice.docx": "提案立案通知",
          "rejection_notice.docx": "提案不予立案告知", "unit_letter.docx": "提案交办函"}

BUILDERS = {SHEET: build_sheet, CATALOGUE: build_catalogue, SUMMARY: build_summary,
            ACCEPT_NOTICE: build_acceptance_notice, REJECT_NOTICE: build_rejection_notice,
            UNIT_LETTER: build_unit_letter}


def build_all(folder: Path = DEFAULT_FOLDER) -> list[Path]:
    """Write every default template into `folder`; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, build in BUILDERS.items():
        doc = build()
        set_properties(doc, TITLES[name], "", None)
        path = folder / name
        doc.save(str(path))
        out.append(path)
    return out


if __name__ == "__main__":  # pragma: no cover - the rebuild script
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    for written in build_all(target):
        print(written)
