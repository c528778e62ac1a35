"""GB/T 9704-2012 page setup and paragraph styles for the Word documents (python-docx):
A4 with 37/35/28/26 mm margins, 16 pt 仿宋 body 28 characters × 22 lines, page numbers
"— N —" 7 mm below the type area, odd pages right and even left; plus the file
properties a recipient sees. Used by `template_builder` and, when writing, `word_finish`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

BODY_FONT = "仿宋"
TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
TABLE_FONT = "宋体"
LINE = Pt(28.95)  # 225 mm / 22 lines
TYPE_AREA_W_TWIPS = round(156 / 25.4 * 1440)  # 8844
LINE_PITCH_TWIPS = round(225 / 25.4 * 1440 / 22)  # 580
# the character grid: 28 characters of 16 pt across 156 mm, as the extra pitch per
# character in 1/4096 pt (negative: 156 mm / 28 is a little under 16 pt)
CHAR_SPACE = round((TYPE_AREA_W_TWIPS / 20 / 28 - 16) * 4096)
# Word's footer distance runs from the page's bottom edge to the bottom of the footer
# line (14 pt exactly): its top then sits 7 mm below the type area (297 - 37 - 225 - 7)
FOOTER_MM = 297 - 37 - 225 - 7 - 14 * 25.4 / 72 - 1.0  # 1 mm: the glyphs' top in the line
TABLE_CELL_MARGIN_TWIPS = 45  # 0.8 mm each side
TABLE_CELL_PAD_TWIPS = 28  # 0.5 mm above and below the text of a cell
BODY_SPACING_TWENTIETHS = -5  # -0.25 pt: 28 × 15.75 pt = 441 pt ≤ 156 mm (442.2 pt)


def set_fonts(style_or_run: object, east_asia: str, ascii_font: str | None = None) -> None:
    """The style's fonts; digits and Latin letters in the Chinese font too (as official
    documents print them, half-width): widths then agree between Word and LibreOffice."""
    ascii_font = ascii_font or east_asia
    element = style_or_run._element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), ascii_font)
    fonts.set(qn("w:eastAsia"), east_asia)


# elements that follow w:spacing in a run's properties (Word wants schema order)
AFTER_RPR_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                      "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
                      "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish",
                      "w:oMath")
AFTER_PPR_SNAP = ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                   "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                   "w:sectPr", "w:pPrChange")
AFTER_TBL_CELL_MAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def char_spacing(style: Any, twentieths: int) -> None:
    """Character spacing of a style, in twentieths of a point (negative: condensed)."""
    rpr = style.element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.insert_element_before(spacing, *AFTER_RPR_SPACING)
    spacing.set(qn("w:val"), str(twentieths))


def add_styles(doc: DocumentObject) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    set_fonts(normal, BODY_FONT)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.widow_control = False
    # 28 characters of 16 pt across 156 mm: a quarter point closer than their size.
    # Done with character spacing rather than by snapping to the character grid: Word
    # squeezes characters into a grid cell narrower than they are, LibreOffice gives
    # each two cells (14 a line); spacing reads the same in Word, WPS and LibreOffice.
    char_spacing(normal, BODY_SPACING_TWENTIETHS)
    ppr = normal.element.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.insert_element_before(snap, *AFTER_PPR_SNAP)
    # no extra space between Chinese and digits: a date or a 流水号 is as wide as its
    # characters, in every program
    for name in ("w:autoSpaceDE", "w:autoSpaceDN"):
        auto = OxmlElement(name)
        auto.set(qn("w:val"), "0")
        ppr.insert_element_before(auto, "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                                  *AFTER_PPR_SNAP)

    def add(name: str, font: str, size: float, align: WD_ALIGN_PARAGRAPH | None = None,
            exact: bool = True) -> None:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        set_fonts(style, font)
        pf = style.paragraph_format
        if align is not None:
            pf.alignment = align
        if not exact:
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        pf.first_line_indent = Pt(0)

    add("公文标题", TITLE_FONT, 22, WD_ALIGN_PARAGRAPH.CENTER)
    add("一级标题", HEADING_FONT, 16)
    add("正文", BODY_FONT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY)
    doc.styles["正文"].paragraph_format.first_line_indent = Pt(32)
    add("称呼", BODY_FONT, 16)
    add("落款", BODY_FONT, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    add("成文日期", BODY_FONT, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    doc.styles["成文日期"].paragraph_format.right_indent = Pt(64)
    add("表格文字", TABLE_FONT, 10.5, exact=False)
    add("表头", HEADING_FONT, 10.5, WD_ALIGN_PARAGRAPH.CENTER, exact=False)
    add("模板标记", BODY_FONT, 10.5, exact=False)
    add("注释", BODY_FONT, 12, exact=False)
    add("页码", TABLE_FONT, 14)
    doc.styles["页码"].paragraph_format.line_spacing = Pt(14)
    add("分节", BODY_FONT, 1)
    doc.styles["分节"].paragraph_format.line_spacing = Pt(1)
    for name in ("公文标题", "表格文字", "表头", "注释", "页码", "分节"):
        char_spacing(doc.styles[name], 0)


def page_field(paragraph: Paragraph) -> None:
    """A PAGE field as "— N —"."""
    paragraph.add_run("— ")
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    num = OxmlElement("w:t")
    num.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, sep, num, end):
        run._r.append(element)
    paragraph.add_run(" —")


def set_grid(sect_pr: Any) -> None:
    """The GB/T 9704 document grid: 22 lines of 28 characters."""
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    grid.set(qn("w:charSpace"), str(CHAR_SPACE))


def stack_section(sect_pr: Any) -> None:
    """A section that starts on an odd page with page numbers from 1."""
    sect_pr.get_or_add_type().set(qn("w:val"), "oddPage")
    numbers = sect_pr.find(qn("w:pgNumType"))
    if numbers is None:
        numbers = OxmlElement("w:pgNumType")
        grid = sect_pr.find(qn("w:pgMar"))
        (grid.addnext if grid is not None else sect_pr.append)(numbers)
    numbers.set(qn("w:start"), "1")


def page_setup(doc: DocumentObject, landscape: bool = False) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (
        Mm(210), Mm(297))
    section.top_margin = Mm(37) if not landscape else Mm(28)
    section.bottom_margin = Mm(35) if not landscape else Mm(26)
    section.left_margin = Mm(28) if not landscape else Mm(37)
    section.right_margin = Mm(26) if not landscape else Mm(35)
    section.footer_distance = Mm(FOOTER_MM) if not landscape else Mm(19)
    set_grid(section._sectPr)
    doc.settings.odd_and_even_pages_header_footer = True
    odd = section.footer.paragraphs[0]
    odd.style = doc.styles["页码"]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(14)
    page_field(odd)
    even = section.even_page_footer.paragraphs[0]
    even.style = doc.styles["页码"]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    page_field(even)


def set_properties(doc: DocumentObject, title: str, author: str,
                   when: datetime | None) -> None:
    """File properties a recipient sees: the title in Chinese, the author (the issuing
    committee), created/modified `when` (fixed dates for the shipped templates), no
    "generated by python-docx", and no thumbnail (python-docx ships a blank one)."""
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    stamp = when or datetime(2026, 1, 1, tzinfo=UTC)
    props.created = props.modified = stamp
    props.revision = 1
    rels = doc.part.package.rels
    for key, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            rels.pop(key)
