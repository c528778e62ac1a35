"""PDF files of letters: one per recipient and one combined file for printing."""

from __future__ import annotations

import contextlib
import io
import os
import uuid
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from review_desk.documents.fonts import SHARED_SUBSETS, FontSet
from review_desk.documents.letter import (
    BODY_SIZE,
    PAGE_H,
    PAGE_W,
    Letter,
    LetterWriter,
    check_letter,
    letter_texts,
)
from review_desk.documents.manifest import digest

SHARED_CODES = 254  # at most a subset's 256 codes less notdef (0) and the space (32)
SEED_SHARE = 0.5  # a character in this share of the letters goes into the shared subset
_SEED_MIN = 32  # fewer such characters: too little to share
_DEFLATED: dict[bytes, bytes] = {}
_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return "".join(f"{unit:04X}" for unit in
                   (int.from_bytes(chr(code).encode("utf-16-be")[i:i + 2], "big")
                    for i in range(0, 4 if code > 0xFFFF else 2, 2)))


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (𠮷 U+20BB7) written as
    UTF-16 surrogate pairs: reportlab writes five hex digits, so copying or searching
    the PDF gave another character."""
    cmap: str = _REPORTLAB_TO_UNICODE(fontname, subset)
    for code in subset:
        if code > 0xFFFF:
            cmap = cmap.replace(f"> <{code:04X}>", f"> <{_utf16_hex(code)}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def subset_seeds(letters: Iterable[Letter], fonts: FontSet,
                 share: float = SEED_SHARE) -> dict[str, str]:
    """Per font, the characters to put into every file's first subset: those at least
    `share` of the letters use. Every file then embeds the same first subset, cut from
    the font and compressed once per process (`fonts.SHARED_SUBSETS`) instead of once
    per file; each file's other characters (names, titles) go into a small second one."""
    counts: dict[str, Counter[str]] = {}
    total = 0
    for letter in letters:
        total += 1
        used: dict[str, set[str]] = {}
        for role, text in letter_texts(letter):
            table = fonts.table(role)
            for ch in text:
                found = table.get(ch)
                if found is not None and ch != " ":
                    used.setdefault(found[0], set()).add(ch)
        for name, chars in used.items():
            counts.setdefault(name, Counter()).update(chars)
    seeds: dict[str, str] = {}
    for name, counter in sorted(counts.items()):
        common = sorted((ch for ch, n in counter.items() if n >= total * share),
                        key=lambda ch: (-counter[ch], ch))[:SHARED_CODES]
        if len(common) >= _SEED_MIN:
            seeds[name] = "".join(common)
    return seeds


def seed_subsets(canvas: Canvas, seeds: Mapping[str, str]) -> None:
    """Give the canvas's fonts their shared first subsets before anything is drawn, and
    close them: every other character goes into the next subset."""
    for name, chars in seeds.items():
        font = pdfmetrics.getFont(name)
        if not isinstance(font, TTFont):
            continue
        doc = canvas._doc  # type: ignore[attr-defined]
        font.splitString(chars, doc)
        state = font.state[doc]
        if state.nextCode <= 256 and len(state.subsets) == 1:
            state.nextCode = 256
            SHARED_SUBSETS.add(tuple(state.subsets[0]))


@contextlib.contextmanager
def _fast_deflate() -> Iterator[None]:
    """Deflate streams at zlib level 1 while saving a file, compressing a shared font
    subset once per process.

    Each notice embeds font subsets (~75 KB of CJK outlines before compression); at
    level 6 compressing them is a third of the time a one-page notice takes, at level 1
    the file is ~8 % larger and 10,000 notices come out minutes sooner. reportlab has no
    setting for the level, so its filter is swapped for the save and put back.
    """
    original = pdfdoc.PDFStreamFilterZCompress.encode

    def encode(_self: object, text: str | bytes) -> bytes:
        data = text.encode("utf-8") if isinstance(text, str) else text
        if len(data) < 16384:
            return zlib.compress(data, 1)
        found = _DEFLATED.get(data)  # the same bytes object each time: hashed once
        if found is None:
            if len(_DEFLATED) >= 8:
                _DEFLATED.clear()
            found = _DEFLATED[data] = zlib.compress(data, 1)
        return found

    pdfdoc.PDFStreamFilterZCompress.encode = encode  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        pdfdoc.PDFStreamFilterZCompress.encode = original  # type: ignore[method-assign]


def letters_pdf(letters: Sequence[Letter], fonts: FontSet, issuer: str, title: str,
                seeds: Mapping[str, str] | None = None, combined: bool = False) -> bytes:
    """The PDF of these letters, each from a new page (fonts embedded as subsets; `seeds`
    from `subset_seeds` make the first subset of each font the same in every file).
    `combined` (a file printed as one stack, double-sided): each letter starts on an
    odd page, after a blank page where needed."""
    for letter in letters:
        check_letter(letter, fonts)
    buffer = io.BytesIO()
    # the initial font is one of ours: reportlab would otherwise list Helvetica in every
    # page's resources, unused and not embedded (print shops' preflight flags it)
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=True,
                    pageCompression=1,
                    initialFontName=fonts.name("fangsong"),  # type: ignore[arg-type]
                    initialFontSize=BODY_SIZE)
    canvas.setTitle(title)
    canvas.setAuthor(issuer)
    canvas.setCreator("Review Desk (提案审查台)")
    seed_subsets(canvas, seeds or {})
    writer = LetterWriter(canvas, fonts)
    for letter in letters:
        if combined and writer.sheets % 2:
            writer.blank_page()
        writer.draw(letter)
    with _fast_deflate():
        canvas.save()
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> str:
    """Write a whole file under a temporary name, then rename it into place; returns
    the SHA-256 of the bytes (for the export's manifest)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return digest(data)
