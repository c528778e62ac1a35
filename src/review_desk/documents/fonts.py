"""Fonts by role for the PDF notices: find, check, register with reportlab.

GB/T 9704-2012 names five typefaces: 仿宋 (body), 宋体 (page numbers), 黑体 (一、
headings), 楷体 ((一) headings) and 小标宋 (title and issuing body). Each role is looked
up, in order, among the paths the user set, the Windows and macOS font folders and
fontconfig on Linux. A role with no real font falls back to an open CJK TrueType font
(AR PL UMing, AR PL UKai, WenQuanYi Zen Hei …) and says so in a warning that names the
substitute. With no CJK TrueType font at all, `FontMissingError` says what to install.

A character a role's font lacks (a name with 𠮷 U+20BB7, CJK Extension B) is drawn with
another font that has it: first the other role fonts, then any installed TrueType face
(`font_coverage`: fontconfig, or the font folders' character maps on Windows, where
SimSun-ExtB and MingLiU-ExtB are separate files). `FontSet.fallbacks` names each such
character and its font for the export summary; only a character no installed font has
raises `MissingGlyphError`.

reportlab embeds TrueType (glyf) fonts only: OpenType-CFF fonts (Noto/Source Han CJK)
are refused by reportlab and skipped here. Subsets are embedded, never the whole font.
"""

from __future__ import annotations

import functools
import hashlib
import mmap
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from review_desk.documents.errors import FontMissingError, MissingGlyphError
from review_desk.documents.font_copies import font_file_data
from review_desk.documents.font_discovery import (
    NEAR_ROLES,
    REAL_FAMILIES,
    REAL_FILES,
    FontFace,
    any_cjk_faces,
    faces_by_family,
    faces_by_file,
    installed_faces_with,
    open_faces,
)

ROLES = ("fangsong", "song", "hei", "kai", "xiaobiaosong")
ROLE_NAMES_ZH = {"fangsong": "仿宋", "song": "宋体", "hei": "黑体", "kai": "楷体",
                 "xiaobiaosong": "小标宋"}
# a role may be named in Chinese too (the CLI's --font 仿宋=PATH)
ROLE_ALIASES = {**{r: r for r in ROLES}, **{v: k for k, v in ROLE_NAMES_ZH.items()},
                "xbs": "xiaobiaosong"}
INSTALL_HINT = (
    "Install a Chinese TrueType font: on Debian/Ubuntu `apt-get install fonts-wqy-zenhei "
    "fonts-arphic-uming fonts-arphic-ukai`; on Windows the system fonts 仿宋/宋体/黑体/楷体 "
    "(simfang.ttf …) are found by themselves; or point to font files with --font ROLE=PATH.",
    "请安装中文 TrueType 字体：Debian/Ubuntu 执行 apt-get install fonts-wqy-zenhei "
    "fonts-arphic-uming fonts-arphic-ukai；Windows 自带的仿宋、宋体、黑体、楷体会被自动找到；"
    "也可用 --font 角色=字体文件 指定。",
)


@dataclass(frozen=True)
class RoleFont:
    """The font that serves one role, and whether it is a stand-in."""

    role: str
    face: FontFace
    reportlab_name: str
    substitute: bool

    @property
    def font(self) -> TTFont:
        """The registered reportlab font."""
        found = pdfmetrics.getFont(self.reportlab_name)
        assert isinstance(found, TTFont)
        return found


def _reportlab_name(face: FontFace) -> str:
    digest = hashlib.sha1(f"{face.path}|{face.index}".encode()).hexdigest()[:10]
    return f"RD-{digest}"


def _short_names(table: bytes) -> bytes:
    """A font's 'name' table with only names 0–6 (copyright, family, style, id, full
    name, version, PostScript name), as font subsetters keep by default: reportlab
    copies the table into every subset, and some CJK fonts carry 20 KB of licence text
    there, more than the glyphs of a one-page notice."""
    try:
        fmt, count, offset = struct.unpack(">HHH", table[:6])
        records = [struct.unpack(">HHHHHH", table[6 + 12 * i:18 + 12 * i])
                   for i in range(count)]
    except struct.error:
        return table
    if fmt != 0:
        return table
    kept = [r for r in records if r[3] <= 6]
    storage = b""
    out = []
    for platform, encoding, language, name_id, length, start in kept:
        data = table[offset + start:offset + start + length]
        out.append(struct.pack(">HHHHHH", platform, encoding, language, name_id, len(data),
                               len(storage)))
        storage += data
    head = struct.pack(">HHH", 0, len(kept), 6 + 12 * len(kept))
    return head + b"".join(out) + storage


class _MappedFile:
    """A font file as reportlab's parser reads it (`name`, `read()`), mapped into memory
    instead of read: reportlab keeps the whole file (17–31 MB a CJK face, five faces in a
    national export) for as long as the font is registered, and only the pages of the
    tables it parses and of the glyphs it embeds are ever looked at. What is mapped is a
    private copy, never the user's file (`font_copies`)."""

    def __init__(self, path: str, index: int) -> None:
        self.name = path
        self._index = index

    def read(self) -> bytes | mmap.mmap:
        return font_file_data(self.name, self._index)


class GlyphSlices:
    """A font's glyf table as makeSubset reads it (`table[start:stop]`), sliced straight
    from the mapped copy of the font file: a copy of the whole table (20 MB for AR PL
    UMing, more for HanaMin) kept per font made the exporting process and every PDF
    worker ~70 MB larger."""

    def __init__(self, data: bytes | mmap.mmap, start: int, length: int) -> None:
        self._data = data
        self._start = start
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> bytes:
        start, stop, _ = key.indices(self._length)
        return self._data[self._start + start:self._start + max(start, stop)]


SHARED_SUBSETS: set[tuple[int, ...]] = set()  # registered by `pdf.seed_subsets`


def _shared_subsets_once(make: Callable[[list[int]], bytes]) -> Callable[[list[int]], bytes]:
    """makeSubset, remembering the shared first subsets that `pdf.seed_subsets` gives
    every notice: cut from the font once per process, and the same bytes object lets
    `pdf` reuse its compressed stream too."""
    made: dict[tuple[int, ...], bytes] = {}

    def make_subset(subset: list[int]) -> bytes:
        key = tuple(subset)
        if key not in SHARED_SUBSETS:
            return make(subset)
        found = made.get(key)
        if found is None:
            if len(made) >= 8:
                made.clear()
            found = made[key] = make(subset)
        return found

    return make_subset


@functools.cache
def _load(path: str, index: int, cjk: bool = True) -> TTFont | None:
    """Register a TrueType face with reportlab once; None if it is not usable (with
    `cjk`, a face without common Chinese is not usable either)."""
    face = FontFace("", Path(path), index)
    name = _reportlab_name(face)
    try:
        # asciiReadable off: subsets hold only the characters used (reportlab would put
        # all of ASCII into every file's first subset)
        font = TTFont(name, _MappedFile(path, index), subfontIndex=index,
                      asciiReadable=False)
    except (TTFError, OSError, ValueError, IndexError, struct.error):
        return None  # CFF outlines, damaged or missing file
    if cjk and ord("中") not in font.face.charToGlyph:
        return None
    # makeSubset reads whole tables for every subset of every file: the small ones are
    # kept once per font; glyf (megabytes) is read in slices of the mapped file.
    parsed = font.face
    read = functools.lru_cache(maxsize=None)(parsed.get_table)

    def table(tag: str) -> bytes | GlyphSlices:
        if tag == "glyf":
            data = parsed._ttf_data  # type: ignore[attr-defined]
            return GlyphSlices(data, *parsed.get_table_pos(tag))
        return _short_names(read(tag)) if tag == "name" else read(tag)

    parsed.get_table = functools.lru_cache(maxsize=None)(table)  # type: ignore[method-assign]
    font.face.makeSubset = _shared_subsets_once(  # type: ignore[method-assign,assignment]
        font.face.makeSubset)
    pdfmetrics.registerFont(font)
    return font


def _usable(face: FontFace) -> bool:
    return _load(str(face.path), face.index) is not None


def _user_face(role: str, value: str | Path) -> FontFace:
    raw = str(value)
    path_text, _, index_text = raw.partition("#")
    path = Path(path_text).expanduser()
    face = FontFace(path.stem, path, int(index_text) if index_text.isdigit() else 0)
    if not path.is_file():
        raise FontMissingError(
            f"The font file set for {role} ({ROLE_NAMES_ZH[role]}) does not exist: {path}",
            f"为{ROLE_NAMES_ZH[role]}指定的字体文件不存在：{path}")
    if not _usable(face):
        raise FontMissingError(
            f"The font file set for {role} ({ROLE_NAMES_ZH[role]}) is not a Chinese TrueType "
            f"font reportlab can embed (OpenType-CFF fonts such as Noto CJK are not): {path}",
            f"为{ROLE_NAMES_ZH[role]}指定的字体不是可嵌入的中文 TrueType 字体"
            f"（Noto CJK 等 OpenType-CFF 字体不可用）：{path}")
    return face


class FontSet:
    """The fonts of every role, with the warnings about stand-ins."""

    def __init__(self, fonts: Mapping[str, RoleFont], warnings: Iterable[str]) -> None:
        self.fonts = dict(fonts)
        self.warnings = tuple(warnings)
        seen: dict[str, TTFont] = {}
        for role_font in self.fonts.values():
            seen.setdefault(role_font.reportlab_name, role_font.font)
        self._role_fonts = list(seen.items())
        self._cache: dict[str, dict[str, tuple[str, float]]] = {}
        # line breaks and font runs of texts seen before: notices repeat most of their
        # sentences, and the combined file draws every letter a second time
        self.memo: dict[tuple[object, ...], Any] = {}
        # characters drawn in a font other than their role's: char -> that font's label
        self.fallbacks: dict[str, str] = {}
        self._labels = {role_font.reportlab_name: role_font.face.family
                        for role_font in self.fonts.values()}

    def name(self, role: str) -> str:
        """The reportlab font name serving `role`."""
        return self.fonts[role].reportlab_name

    def glyph(self, ch: str, role: str, where: str) -> tuple[str, float]:
        """(font name, advance width at 1 pt) for one character in `role`."""
        table = self._cache.setdefault(role, {})
        found = table.get(ch)
        if found is None:
            primary = self.fonts[role]
            name = primary.reportlab_name
            if ord(ch) not in primary.font.face.charToGlyph and not ch.isspace():
                name = self._fallback(ch, where)
            found = (name, pdfmetrics.stringWidth(ch, name, 1.0))
            table[ch] = found
        return found

    def table(self, role: str) -> dict[str, tuple[str, float]]:
        """The characters of `role` looked up so far: char -> (font name, width at 1 pt);
        call `glyph` for one not in it yet."""
        return self._cache.setdefault(role, {})

    def width(self, text: str, role: str, size: float, where: str) -> float:
        """The natural advance width of `text` at `size` (no character spacing)."""
        table = self.table(role)
        total = 0.0
        for ch in text:
            found = table.get(ch) or self.glyph(ch, role, where)
            total += found[1]
        return total * size

    def remember(self, key: tuple[object, ...], make: Callable[[], Any]) -> Any:
        """`make()`, remembered under `key` (a bounded cache)."""
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) > 50_000:
                self.memo.clear()
            found = self.memo[key] = make()
        return found

    def runs(self, text: str, role: str, where: str) -> list[tuple[str, str]]:
        """Split `text` into (font name, run) so every character has a glyph: the role's
        font where it has one, another found font where not; else MissingGlyphError."""
        found: list[tuple[str, str]] = self.remember(
            ("runs", text, role), lambda: self._runs(text, role, where))
        return found

    def _runs(self, text: str, role: str, where: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        table = self.table(role)
        for ch in text:
            name = (table.get(ch) or self.glyph(ch, role, where))[0]
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def _fallback(self, ch: str, where: str) -> str:
        """Another font with a glyph for `ch`: a role font, else the first installed
        TrueType face that has it (found once per character and remembered);
        MissingGlyphError if none. Fallback faces found for earlier characters are not
        tried first: a PDF worker meets the characters in another order than the
        process that plans the export, and 𨭉 printed in HanaMinA in one file and in
        HanaMinB in the next (the summary naming only one)."""
        code = ord(ch)
        for name, font in self._role_fonts:
            if code in font.face.charToGlyph:
                self.fallbacks.setdefault(ch, self._labels.get(name, name))
                return name
        for face in installed_faces_with(code):
            found = _load(str(face.path), face.index, cjk=False)
            if found is not None and code in found.face.charToGlyph:
                name = _reportlab_name(face)
                family = getattr(found.face, "familyName", b"") or face.family
                label = family.decode("latin-1") if isinstance(family, bytes) else family
                self._labels[name] = label
                self.fallbacks.setdefault(ch, label)
                return name
        raise MissingGlyphError(ch, where)

    def label(self, name: str) -> str:
        """The family of a font by its reportlab name (for messages)."""
        return self._labels.get(name, name)

    def check(self, text: str, role: str, where: str) -> None:
        """Raise MissingGlyphError if some character of `text` has no glyph anywhere."""
        table = self.table(role)
        for ch in text:
            if ch not in table:
                self.glyph(ch, role, where)


def find_fonts(user_paths: Mapping[str, str | Path] | None = None) -> FontSet:
    """Find a font for every role (see the module docstring for the search order)."""
    user = {ROLE_ALIASES.get(k, k): v for k, v in (user_paths or {}).items()}
    unknown = sorted(set(user) - set(ROLES))
    if unknown:
        raise FontMissingError(
            f"Unknown font role {unknown[0]!r}; use one of {', '.join(ROLES)} "
            f"({'、'.join(ROLE_NAMES_ZH.values())}).",
            f"未知的字体角色“{unknown[0]}”，可用：{'、'.join(ROLE_NAMES_ZH.values())}。")
    real: dict[str, FontFace] = {}
    for role in ROLES:
        if role in user:
            real[role] = _user_face(role, user[role])
            continue
        for face in (*faces_by_file(REAL_FILES[role]), *faces_by_family(REAL_FAMILIES[role])):
            if _usable(face):
                real[role] = face
                break
    fonts: dict[str, RoleFont] = {}
    warnings: list[str] = []
    for role in ROLES:
        if role in real:
            face = real[role]
            fonts[role] = RoleFont(role, face, _reportlab_name(face), False)
            continue
        candidates = [real[near] for near in NEAR_ROLES[role] if near in real]
        candidates += open_faces(role) + any_cjk_faces()
        stand_in = next((f for f in candidates if _usable(f)), None)
        if stand_in is None:
            raise FontMissingError(
                f"No Chinese TrueType font found for the PDF notices. {INSTALL_HINT[0]}",
                f"没有找到可用于 PDF 通知的中文 TrueType 字体。{INSTALL_HINT[1]}")
        fonts[role] = RoleFont(role, stand_in, _reportlab_name(stand_in), True)
        warnings.append(
            f"没有找到{ROLE_NAMES_ZH[role]}字体，用 {stand_in.family}（{stand_in.path}）代替。"
            f" / No {role} font found; using {stand_in.family} ({stand_in.path}) instead.")
    return FontSet(fonts, warnings)
