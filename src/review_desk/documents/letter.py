"""The GB/T 9704-2012 letter format (信函格式) drawn with reportlab on a fixed line grid.

Geometry (all from the standard): A4; 天头 37 mm; 订口 28 mm; 版心 156 × 225 mm; body in
16 pt 仿宋 on 22 lines of 28 characters (line pitch 225/22 mm, character pitch 156/28 mm);
title 22 pt 小标宋 centred, two lines below the last element above it; in the letter
format the issuing body is printed in red 小标宋 centred with its top 30 mm from the top
edge, a red double rule (thick over thin) 4 mm below it and a red double rule (thin over
thick) 20 mm above the bottom edge, both 170 mm long, and the first page shows no page
number; page numbers "— N —" in 14 pt 宋体 with their top 7 mm below the type area, odd
pages right and even pages left, one character in from the edge; the date in Arabic
numerals with four characters' space on the right and the issuing body centred over it.

Every text line's glyph box (font size tall, from the font's descent) starts at the top
of its grid band, so the first line's glyphs start exactly at the 37 mm margin; lines of
a paragraph but its last are justified to the full 156 mm.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from review_desk.documents.fonts import FontSet

MM = 72 / 25.4
PAGE_W, PAGE_H = A4
TOP = 37 * MM
LEFT = 28 * MM
BODY_W = 156 * MM
BODY_H = 225 * MM
LINES = 22
CHARS = 28
PITCH = BODY_H / LINES
CELL = BODY_W / CHARS
BODY_SIZE = 16.0
TITLE_SIZE = 22.0
PAGE_NO_SIZE = 14.0
ISSUER_TOP = 30 * MM
ISSUER_MAX_SIZE = 26.0
RULE_GAP = 4 * MM
RULE_LEN = 170 * MM
BOTTOM_RULE = 20 * MM
PAGE_NO_GAP = 7 * MM
RED = Color(0.902, 0.0, 0.071)  # the red of official letterheads (#E60012)

ROLE_OF_KIND = {"title": "xiaobiaosong", "heading": "hei", "heading2": "kai"}
# 禁则 (避头尾): characters that may not start a line, and ones that may not end it
NO_START = frozenset("，。、；：？！）》」』”’】〕〉］｝〗…—～%‰·,.;:?!)]}")
NO_END = frozenset("（《「『“‘【〔〈［｛〖([{")


@dataclass(frozen=True)
class Para:
    """A block of a letter: its text and how it sits on the grid."""

    text: str
    kind: str = "body"  # body | title | blank | heading | heading2 | signature | date | pagebreak
    indent: int = 2  # first-line indent in characters
    hang: int = 0  # indent of the other lines in characters


@dataclass(frozen=True)
class Letter:
    """One letter: the issuing body of its letterhead ("" for none: plain paper or
    pre-printed letterhead) and the blocks below it, in order."""

    blocks: tuple[Para, ...]
    where: str  # names the letter in errors (e.g. 立案通知 第0012号 张三)
    letterhead: str = ""


# ASCII marks that join letters and digits into one run: 3.5, GB/T, 50180-2018, 10:30
JOINERS = frozenset(".-/:")


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _joins(ch: str, before: str) -> bool:
    """Whether `ch` continues the run of ASCII letters and digits ending `before`."""
    last = before[-1]
    if _word_char(ch):
        return _word_char(last) or (
            last in JOINERS and len(before) > 1 and _word_char(before[-2]))
    return ch in JOINERS and _word_char(last)


def clusters(text: str) -> list[str]:
    """The pieces a line may break between: a CJK character, or a whole run of ASCII
    letters and digits with the marks joining them (a 流水号 "16", "3.5" or a standard
    number "GB50180-2018" is never split), with the 禁则 applied — closing punctuation
    holds on to what precedes it and opening punctuation to what follows, so no line
    starts with "）" or ends with "（"."""
    out: list[str] = []
    glue_next = False
    for ch in text:
        if out and (glue_next or ch in NO_START or (ch.isascii() and _joins(ch, out[-1]))):
            out[-1] += ch
        else:
            out.append(ch)
        glue_next = ch in NO_END
    return out


class LetterWriter:
    """Draws letters onto a canvas; several letters may share one canvas (the combined
    file), each starting on a new page with its own page numbers."""

    def __init__(self, canvas: Canvas, fonts: FontSet) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.issuer = ""
        self.line = 0
        self.page = 0
        self.sheets = 0  # pages in the canvas so far (all letters, blank pages too)
        self.where = ""

    # --- measuring -----------------------------------------------------------------

    def _width(self, text: str, role: str, size: float) -> float:
        """Natural advance width of `text` (no character spacing)."""
        width: float = self.fonts.remember(
            ("width", text, role, size),
            lambda: self.fonts.width(text, role, size, self.where))
        return width

    def _descent(self, role: str, size: float) -> float:
        face = self.fonts.fonts[role].font.face
        return float(face.descent) * size / 1000.0

    def wrap(self, text: str, role: str, size: float, first: float, rest: float
             ) -> list[str]:
        """Lines of `text` on the grid: `first` and `rest` are the usable widths.

        A body character takes one grid cell (156 mm / 28: the 16 pt glyphs sit a hair
        closer than their size, as on Word's character grid), so 28 fit a full line;
        lines break between `clusters` only.
        """
        lines: list[str] = self.fonts.remember(
            ("wrap", text, role, size, first, rest),
            lambda: self._wrap(text, role, size, first, rest))
        return lines

    def _wrap(self, text: str, role: str, size: float, first: float, rest: float
              ) -> list[str]:
        spacing = CELL - BODY_SIZE if size == BODY_SIZE else 0.0
        table = self.fonts.table(role)
        glyph = self.fonts.glyph
        where = self.where

        def advance(piece: str) -> float:
            total = 0.0
            for ch in piece:
                total += (table.get(ch) or glyph(ch, role, where))[1]
            return total * size + spacing * len(piece)

        lines: list[str] = []
        current = ""
        width = 0.0
        limit = first
        for piece in clusters(text):
            step = advance(piece)
            if current and width + step > limit + 0.01:
                lines.append(current)
                current, width, limit = "", 0.0, rest
            while width + step > limit + 0.01 and len(piece) > 1:
                # a piece longer than a whole line (a very long Latin run): cut it
                cut = len(piece) - 1
                while cut > 1 and width + advance(piece[:cut]) > limit + 0.01:
                    cut -= 1
                lines.append(current + piece[:cut])
                current, width, limit = "", 0.0, rest
                piece = piece[cut:]
                step = advance(piece)
            current += piece
            width += step
        if current or not lines:
            lines.append(current)
        return lines

    # --- pages ---------------------------------------------------------------------

    def _baseline(self, line: int, role: str, size: float) -> float:
        top = PAGE_H - TOP - line * PITCH
        return top - size - self._descent(role, size)

    def _finish_page(self) -> None:
        if self.page >= 2:
            label = f"— {self.page} —"
            size = PAGE_NO_SIZE
            width = self._width(label, "song", size)
            x = LEFT + BODY_W - size - width if self.page % 2 else LEFT + size
            top = PAGE_H - TOP - BODY_H - PAGE_NO_GAP
            self._draw_runs(label, "song", size, x, top - size - self._descent("song", size),
                            0.0)
        self.canvas.showPage()
        self.sheets += 1

    def blank_page(self) -> None:
        """An empty page (the back of a letter's last sheet in a printed stack)."""
        self.canvas.showPage()
        self.sheets += 1

    def _new_page(self) -> None:
        self._finish_page()
        self.page += 1
        self.line = 0

    def _ensure_line(self) -> None:
        if self.line >= LINES:
            self._new_page()

    def _letterhead(self) -> None:
        if not self.issuer:
            self.line = 0
            return
        c = self.canvas
        size = ISSUER_MAX_SIZE
        width = self._width(self.issuer, "xiaobiaosong", size)
        if width > BODY_W:
            size = size * BODY_W / width
            width = self._width(self.issuer, "xiaobiaosong", size)
        c.setFillColor(RED)
        baseline = PAGE_H - ISSUER_TOP - size - self._descent("xiaobiaosong", size)
        self._draw_runs(self.issuer, "xiaobiaosong", size, (PAGE_W - width) / 2, baseline, 0.0)
        rule_top = PAGE_H - ISSUER_TOP - size - RULE_GAP
        x0, x1 = (PAGE_W - RULE_LEN) / 2, (PAGE_W + RULE_LEN) / 2
        c.setStrokeColor(RED)
        c.setLineWidth(2.0)
        c.line(x0, rule_top - 1.0, x1, rule_top - 1.0)  # thick over …
        c.setLineWidth(0.75)
        c.line(x0, rule_top - 3.9, x1, rule_top - 3.9)  # … thin
        bottom = BOTTOM_RULE
        c.setLineWidth(0.75)
        c.line(x0, bottom + 3.9, x1, bottom + 3.9)  # thin over …
        c.setLineWidth(2.0)
        c.line(x0, bottom + 1.0, x1, bottom + 1.0)  # … thick
        c.setFillColorRGB(0, 0, 0)
        # the first grid line whose band starts below the rule, then two blank lines
        rule_bottom = rule_top - 4.3
        line = 0
        while PAGE_H - TOP - line * PITCH > rule_bottom + 0.01:
            line += 1
        self.line = line + 2

    # --- drawing -------------------------------------------------------------------

    def _draw_runs(self, text: str, role: str, size: float, x: float, baseline: float,
                   spacing: float) -> None:
        t = self.canvas.beginText(x, baseline)
        t.setCharSpace(spacing)
        for name, run in self.fonts.runs(text, role, self.where):
            t.setFont(name, size)
            t.textOut(run)
        self.canvas.drawText(t)

    def _draw_line(self, text: str, role: str, size: float, x: float, width: float,
                   justify: bool) -> None:
        self._ensure_line()
        natural = self._width(text, role, size)
        gaps = max(len(text) - 1, 1)
        spacing = (width - natural) / gaps if justify else CELL - size
        if size != BODY_SIZE and not justify:
            spacing = 0.0
        self._draw_runs(text, role, size, x, self._baseline(self.line, role, size), spacing)
        self.line += 1

    def _body(self, para: Para, role: str = "fangsong", tail: int = 0) -> None:
        """A paragraph; `tail` lines (blank lines, signature, date) must follow it on the
        page of its last lines, so the signature is never alone on a page."""
        first = BODY_W - para.indent * CELL
        rest = BODY_W - para.hang * CELL
        lines = self.wrap(para.text, role, BODY_SIZE, first, rest)
        self._ensure_line()
        room = LINES - self.line
        keep = min(len(lines), 2)  # GB/T 9704 §7.3.5.4: body lines go with the signature
        break_at = (len(lines) - keep
                    if tail and len(lines) <= room < len(lines) + tail else None)
        for i, text in enumerate(lines):
            if i == break_at:
                self._new_page()
            indent = para.indent if i == 0 else para.hang
            last = i == len(lines) - 1
            self._draw_line(text, role, BODY_SIZE, LEFT + indent * CELL,
                            BODY_W - indent * CELL, justify=not last)

    def _centered(self, text: str, role: str, size: float) -> None:
        for line in self.wrap(text, role, size, BODY_W, BODY_W):
            width = self._width(line, role, size)
            self._draw_line(line, role, size, LEFT + (BODY_W - width) / 2, width, False)

    def _date_and_signature(self, signature: str, date_text: str) -> None:
        spacing = CELL - BODY_SIZE
        date_w = self._width(date_text, "fangsong", BODY_SIZE) + spacing * (len(date_text) - 1)
        right = LEFT + BODY_W - 4 * CELL
        centre = right - date_w / 2
        if signature:
            sig_w = (self._width(signature, "fangsong", BODY_SIZE)
                     + spacing * (len(signature) - 1))
            x = max(LEFT, min(centre - sig_w / 2, LEFT + BODY_W - sig_w))
            self._draw_line(signature, "fangsong", BODY_SIZE, x, sig_w, False)
        self._draw_line(date_text, "fangsong", BODY_SIZE, right - date_w, date_w, False)

    def draw(self, letter: Letter) -> int:
        """Draw one letter from a fresh page; returns its page count."""
        self.where = letter.where
        self.issuer = letter.letterhead
        self.page = 1
        self._letterhead()
        blocks = list(letter.blocks)
        i = 0
        while i < len(blocks):
            para = blocks[i]
            if para.kind == "title":
                self._centered(para.text, "xiaobiaosong", TITLE_SIZE)
            elif para.kind == "blank":
                self._ensure_line()
                self.line += 1
            elif para.kind in ("heading", "heading2"):
                role = "hei" if para.kind == "heading" else "kai"
                self._body(Para(para.text, indent=para.indent, hang=para.hang), role=role,
                           tail=_closing_lines(blocks, i + 1))
            elif para.kind == "signature":
                date_text = ""
                if i + 1 < len(blocks) and blocks[i + 1].kind == "date":
                    date_text = blocks[i + 1].text
                    i += 1
                if self.line + 2 > LINES:
                    self._new_page()
                self._date_and_signature(para.text, date_text)
            elif para.kind == "pagebreak":
                if self.line > 0:
                    self._new_page()
            elif para.kind == "date":
                self._date_and_signature("", para.text)
            else:
                self._body(para, tail=_closing_lines(blocks, i + 1))
            i += 1
        pages = self.page
        self._finish_page()
        return pages


def _closing_lines(blocks: list[Para], start: int) -> int:
    """The grid lines of the blank lines, signature and date from `start`, if that is
    what follows (else 0)."""
    lines = 0
    i = start
    while i < len(blocks) and blocks[i].kind == "blank":
        lines += 1
        i += 1
    if i < len(blocks) and blocks[i].kind == "signature":
        return lines + (2 if i + 1 < len(blocks) and blocks[i + 1].kind == "date" else 1)
    if i < len(blocks) and blocks[i].kind == "date":
        return lines + 1
    return 0


def letter_texts(letter: Letter) -> Iterator[tuple[str, str]]:
    """(font role, text) of everything a letter draws (page numbers aside)."""
    yield "xiaobiaosong", letter.letterhead
    for para in letter.blocks:
        yield ROLE_OF_KIND.get(para.kind, "fangsong"), para.text


def check_letter(letter: Letter, fonts: FontSet) -> None:
    """Raise MissingGlyphError before drawing if a character has no glyph anywhere."""
    for role, text in letter_texts(letter):
        fonts.check(text, role, letter.where)
