"""The wording of the PDF notices, read from Word templates the secretariat edits.

A notice template (``acceptance_notice.docx`` …, built by `template_builder`, overridden
by a file of the same name in the user templates folder) is an ordinary Word file whose
paragraphs are the letter: the issuing body (style 发文机关标志, drawn in red with the
red double rule), the title (公文标题), the salutation (称呼), body paragraphs (正文 or
any other style), headings (一级标题 黑体, 二级标题 楷体), the signature (落款) and
the date (成文日期); an empty paragraph is a blank grid line and a page break starts a
new page. Placeholders and ``{%p if/for %}`` paragraphs are the docxtpl language of the
Word templates and are checked the same way (`templates.check_template`).

Only the words come from Word: the GB/T 9704 layout (margins, grid, fonts, red rules,
page numbers) stays in `documents.letter`. First-line and hanging indents set in Word
(on the paragraph or its style) are honoured in whole characters.

Speed: the template is read once. docxtpl's own tag repair (`patch_xml`) turns the body
into Jinja over XML; each paragraph is then reduced to a marker and its text, so
rendering one notice is one small Jinja render and a split, not a .docx round trip.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jinja2
from docx.oxml.ns import qn

from review_desk.documents.errors import TemplateError
from review_desk.documents.letter import Letter, Para
from review_desk.documents.templates import TemplateSource, check_template, load, render_errors

TWIPS_PER_CHAR = 320  # a 16 pt character: 16 × 20 twips
_PARA = re.compile(r"<w:p[ >].*?</w:p>|<w:p/>", re.DOTALL)
_JINJA = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
_STYLE = re.compile(r'<w:pStyle w:val="([^"]*)"')
_IND = re.compile(r"<w:ind ([^>]*)/>")
_ATTR = re.compile(r'w:(\w+)="(-?\d+)"')
_PAGE_BREAK = re.compile(r'<w:br [^>]*w:type="page"[^>]*/>')
_HIDDEN = re.compile(r"<w:instrText[^>]*>.*?</w:instrText>|<w:del [^>]*>.*?</w:del>", re.DOTALL)
_LINE_BREAK = re.compile(r"<w:br(?: [^>]*)?/>|<w:cr/>")
_TAB = re.compile(r"<w:tab/>")
_XML_TAG = re.compile(r"<[^>]+>")
_MARK, _SEP = "\x1e", "\x1f"
_PPR = re.compile(r"<w:pPr>.*?</w:pPr>", re.DOTALL)
_RPR = re.compile(r"<w:rPr>(.*?)</w:rPr>", re.DOTALL)
_JC = re.compile(r'<w:jc w:val="(\w+)"')
# direct formatting a clerk may give a run in Word, which the PDF layout does not use
RUN_FORMATTING = {"b": "加粗 bold", "i": "倾斜 italic", "u": "下划线 underline",
                  "strike": "删除线 strikethrough", "color": "颜色 colour",
                  "sz": "字号 size", "highlight": "突出显示 highlight", "shd": "底纹 shading",
                  "rFonts": "字体 font", "vertAlign": "上下标 super/subscript",
                  "spacing": "字距 spacing"}

# paragraph style (by name, or a style based on it) -> block kind
KIND_BY_STYLE = {
    "发文机关标志": "letterhead", "发文机关": "letterhead",
    "公文标题": "title", "title": "title", "标题": "title",
    "一级标题": "heading", "heading 1": "heading", "标题 1": "heading",
    "二级标题": "heading2", "heading 2": "heading2", "标题 2": "heading2",
    "落款": "signature", "发文机关署名": "signature",
    "成文日期": "date", "日期": "date",
}
_DEFAULT_INDENT = {"body": 2, "heading": 2, "heading2": 2}


@dataclass(frozen=True)
class _Shape:
    """How one template paragraph sits in the letter."""

    kind: str  # letterhead | title | heading | heading2 | signature | date | body | pagebreak
    indent: int
    hang: int


class _Styles:
    """Paragraph styles of a template: kind and indents, following 'based on' links."""

    def __init__(self, document: Any) -> None:
        self._by_id: dict[str, Any] = {}
        for style in document.styles:
            self._by_id[style.style_id] = style
        self.default_id = next((s.style_id for s in document.styles
                                if s.type == 1 and s.element.get(qn("w:default")) == "1"),
                               "")

    def _chain(self, style_id: str) -> list[Any]:
        chain: list[Any] = []
        style = self._by_id.get(style_id or self.default_id)
        while style is not None and style not in chain:
            chain.append(style)
            style = style.base_style
        return chain

    def kind(self, style_id: str) -> str:
        for style in self._chain(style_id):
            kind = KIND_BY_STYLE.get((style.name or "").strip().lower()) or \
                KIND_BY_STYLE.get((style.name or "").strip())
            if kind:
                return kind
        return "body"

    def indents(self, style_id: str) -> dict[str, int]:
        """The w:ind attributes of the style chain, nearest style winning."""
        found: dict[str, int] = {}
        for style in reversed(self._chain(style_id)):
            ppr = style.element.find(qn("w:pPr"))
            ind = ppr.find(qn("w:ind")) if ppr is not None else None
            if ind is not None:
                found.update(_ind_attrs(ind.attrib.items()))
        return found


def _ind_attrs(items: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in items:
        name = key.rsplit("}", 1)[-1]
        if name in ("left", "start", "firstLine", "hanging", "leftChars", "startChars",
                    "firstLineChars", "hangingChars"):
            out[name.replace("start", "left")] = int(value)
    return out


def _chars(attrs: Mapping[str, int], name: str) -> float | None:
    """An indent in characters: the *Chars attribute (1/100 character) wins over twips."""
    if f"{name}Chars" in attrs:
        return attrs[f"{name}Chars"] / 100
    if name in attrs:
        return attrs[name] / TWIPS_PER_CHAR
    return None


def _shape(chunk: str, styles: _Styles) -> _Shape:
    found = _STYLE.search(chunk)
    style_id = found.group(1) if found else ""
    kind = styles.kind(style_id)
    if _PAGE_BREAK.search(chunk):
        kind = "pagebreak"
    attrs = styles.indents(style_id)
    direct = _IND.search(chunk)
    if direct:
        attrs.update(_ind_attrs(_ATTR.findall(direct.group(1))))
    left = _chars(attrs, "left")
    first = _chars(attrs, "firstLine")
    hanging = _chars(attrs, "hanging")
    if left is None and first is None and hanging is None:
        return _Shape(kind, _DEFAULT_INDENT.get(kind, 0), 0)
    rest = left or 0.0
    start = rest - hanging if hanging is not None else rest + (first or 0.0)
    return _Shape(kind, max(round(start), 0), max(round(rest), 0))


def _text(chunk: str) -> str:
    """A paragraph's text with its Jinja tags kept: XML dropped, entities decoded."""
    parts = _JINJA.split(chunk)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
            continue
        part = _PAGE_BREAK.sub("", _HIDDEN.sub("", part))
        part = _LINE_BREAK.sub("\n", _TAB.sub("\t", part))
        out.append(html.unescape(_XML_TAG.sub("", part)))
    return "".join(out)


def _statements(between: str) -> str:
    """What stays of the XML between paragraphs: its Jinja statements ({%p …%} tags)."""
    return "".join(_JINJA.findall(between))


_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False,
                          keep_trailing_newline=True)


@dataclass(frozen=True)
class NoticeTemplate:
    """A notice template read once: a Jinja program over marked paragraphs."""

    source: TemplateSource
    program: jinja2.Template
    shapes: tuple[_Shape, ...]
    unused: tuple[str, ...] = ()  # formatting in the template the PDF does not show

    def letter(self, context: Mapping[str, Any], where: str) -> Letter:
        """The letter of one notice: the template rendered with `context`."""
        with render_errors(self.source):
            rendered = self.program.render(context)
        letterhead = ""
        blocks: list[Para] = []
        for piece in rendered.split(_MARK)[1:]:
            index, _, text = piece.partition(_SEP)
            shape = self.shapes[int(index)]
            if shape.kind == "letterhead":
                letterhead = letterhead or text.strip()
                continue
            if shape.kind == "pagebreak":
                blocks.append(Para("", "pagebreak"))
                if not text.strip():
                    continue
            for line in text.split("\n"):
                kind = shape.kind if line.strip() else "blank"
                if kind == "pagebreak":
                    kind = "body"
                blocks.append(Para(line.strip() if kind != "body" else line.rstrip(),
                                   kind, shape.indent, shape.hang))
        return Letter(tuple(blocks), where, letterhead)


def _unused_formatting(source: TemplateSource, chunk: str, shape: _Shape,
                       number: int) -> list[str]:
    """What a clerk set on this paragraph in Word that the PDF layout ignores: direct
    run formatting (bold, colour, size, font …) and an alignment other than the one its
    kind gets. Reported at export, so nothing is dropped silently."""
    found: list[str] = []
    runs = _PPR.sub("", chunk)
    for props in _RPR.findall(runs):
        for tag, label in RUN_FORMATTING.items():
            if re.search(rf"<w:{tag}[ />]", props) and label not in found:
                found.append(label)
    ppr = _PPR.search(chunk)
    jc = _JC.search(ppr.group(0)) if ppr else None
    if jc and shape.kind in ("body", "heading", "heading2") and \
            jc.group(1) not in ("both", "left", "start", "distribute"):
        found.append(f"对齐 alignment ({jc.group(1)})")
    if not found:
        return []
    text = re.sub(r"\s+", " ", _text(chunk)).strip()
    shown = text if len(text) <= 20 else text[:20] + "…"
    return [f"模板 {source.origin} 第{number}段“{shown}”：{'、'.join(found)} 在 PDF 中不使用"
            f"（版式按 GB/T 9704 由程序排定）。 / Template {source.origin}, paragraph {number}: "
            f"formatting the PDF notices do not use: {', '.join(found)}."]


def read_notice_template(source: TemplateSource,
                         samples: Sequence[Mapping[str, Any]]) -> NoticeTemplate:
    """Check a notice template against sample contexts (the first with every placeholder)
    and read it; `TemplateError` names the template and the tag or placeholder."""
    check_template(source, samples[0])
    template = load(source)
    template.init_docx()
    body = template.patch_xml(template.get_xml())
    if "<w:tbl>" in body or "<w:tbl " in body or "<w:txbxContent" in body:
        raise TemplateError(source.origin, "表格/文本框",
                            "a notice template holds paragraphs only (no tables or text "
                            "boxes): the PDF letter layout has none",
                            "通知模板只能由段落组成（不能有表格或文本框），PDF 信函版式不含这些")
    styles = _Styles(template.docx)
    shapes: list[_Shape] = []
    program: list[str] = []
    unused: list[str] = []
    position = 0
    for found in _PARA.finditer(body):
        program.append(_statements(body[position:found.start()]))
        chunk = found.group(0)
        program.append(f"{_MARK}{len(shapes)}{_SEP}{_text(chunk)}")
        shapes.append(_shape(chunk, styles))
        unused.extend(_unused_formatting(source, chunk, shapes[-1], len(shapes)))
        position = found.end()
    program.append(_statements(body[position:]))
    with render_errors(source):
        compiled = _ENV.from_string("".join(program))
    notice = NoticeTemplate(source, compiled, tuple(shapes), tuple(unused))
    for sample in samples:
        notice.letter(sample, source.name)
    return notice
