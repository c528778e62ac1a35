"""Last touches on a rendered Word document, before it is saved: the file properties a
recipient sees, and the signature centred over the date as GB/T 9704 lays it out."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import datetime
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.text.paragraph import Paragraph

from review_desk.documents.word_page_setup import TYPE_AREA_W_TWIPS, set_properties

CHAR_TWIPS = TYPE_AREA_W_TWIPS / 28  # one grid character
_SIGNATURE = ("落款", "发文机关署名")
_DATE = ("成文日期", "日期")


def _chars(text: str) -> float:
    """Width in grid characters: full-width 1, half-width (digits, Latin) 1/2."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


class _Styles:
    def __init__(self, doc: DocumentObject) -> None:
        self.by_id = {s.style_id: s for s in doc.styles}

    def name(self, p: Any) -> str:
        ppr = p.find(qn("w:pPr"))
        found = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style = self.by_id.get(found.get(qn("w:val")) if found is not None else "")
        return str(style.name) if style is not None else ""

    def right_indent(self, p: Any) -> int:
        """The paragraph's right indent in twips (direct, else its styles')."""
        ppr = p.find(qn("w:pPr"))
        ind = ppr.find(qn("w:ind")) if ppr is not None else None
        if ind is not None and ind.get(qn("w:right")) is not None:
            return int(ind.get(qn("w:right")))
        style = self.by_id.get(ppr.find(qn("w:pStyle")).get(qn("w:val"))
                               if ppr is not None and ppr.find(qn("w:pStyle")) is not None
                               else "")
        while style is not None:
            indent = style.paragraph_format.right_indent
            if indent is not None:
                return int(indent.twips)
            style = style.base_style
        return 0


def centre_signatures(doc: DocumentObject) -> int:
    """Centre each signature (落款) over its date (成文日期), the date four characters
    in from the right: both on one centre tab stop, so the program that shows the file
    centres them itself whatever its fonts; a signature too long for that is set flush
    right. Returns how many pairs were set."""
    styles = _Styles(doc)
    paragraphs = list(doc.element.body.iter(qn("w:p")))
    done = 0
    for p, following in itertools.pairwise(paragraphs):
        if styles.name(p) not in _SIGNATURE or styles.name(following) not in _DATE:
            continue
        signature, date_text = _text(p).strip(), _text(following).strip()
        if not signature or not date_text:
            continue
        width = _text_width(p)
        centre = width - styles.right_indent(following) - _chars(date_text) / 2 * CHAR_TWIPS
        if centre + _chars(signature) / 2 * CHAR_TWIPS > width:
            continue  # too long to centre: stays flush right as its style says
        for paragraph in (p, following):
            _on_centre_tab(paragraph, round(centre))
        done += 1
    return done


def _text_width(p: Any) -> int:
    """The width between the margins of the section holding `p` (twips)."""
    section = p.getnext()
    while section is not None and section.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None \
            and section.tag != qn("w:sectPr"):
        section = section.getnext()
    if section is None:
        return TYPE_AREA_W_TWIPS
    sect_pr = section if section.tag == qn("w:sectPr") else \
        section.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    size, margins = sect_pr.find(qn("w:pgSz")), sect_pr.find(qn("w:pgMar"))
    if size is None or margins is None:
        return TYPE_AREA_W_TWIPS
    return int(size.get(qn("w:w"))) - int(margins.get(qn("w:left"))) \
        - int(margins.get(qn("w:right")))


def _on_centre_tab(p: Any, position: int) -> None:
    paragraph = Paragraph(p, None)  # type: ignore[arg-type]  # no story part needed
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.left_indent = fmt.right_indent = fmt.first_line_indent = Twips(0)
    fmt.tab_stops.add_tab_stop(Twips(position), WD_TAB_ALIGNMENT.CENTER)
    first = p.find(qn("w:r"))
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:tab"))
    if first is not None:
        first.addprevious(run)
    else:
        p.append(run)


def finish_word(doc: DocumentObject, title: str, author: str, when: datetime) -> None:
    """Properties (title, author, dates; no thumbnail) and centred signatures."""
    set_properties(doc, title, author, when)
    centre_signatures(doc)
