"""Which installed fonts have a glyph for a character: for the rare ones (CJK Extension B
such as 𠮷 U+20BB7) that the five role fonts lack.

On Linux fontconfig answers (`fc-list ':charset=20bb7'`), which also knows fonts outside
the usual folders. Elsewhere (Windows, where SimSun-ExtB ``simsunb.ttf`` and
MingLiU-ExtB ``mingliub.ttc`` are installed beside 宋体; macOS) the font folders are
scanned and each face's character map (``cmap``) is read: only that table, never the
outlines, so a folder of hundreds of fonts is read in a moment and only once.
"""

from __future__ import annotations

import functools
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

Face = tuple[str, int]  # (font file path, face index inside a .ttc)


def _u16(data: bytes, at: int) -> int:
    return int(struct.unpack_from(">H", data, at)[0])


def _u32(data: bytes, at: int) -> int:
    return int(struct.unpack_from(">I", data, at)[0])


def _face_offsets(handle: BinaryIO) -> list[int]:
    head = handle.read(12)
    if head[:4] == b"ttcf":
        count = _u32(head, 8)
        return list(struct.unpack(f">{count}I", handle.read(4 * count)))
    return [0]


def _cmap_ranges(handle: BinaryIO, offset: int) -> list[tuple[int, int]]:
    """The (first, last) code point ranges of one face's best Unicode cmap subtable."""
    handle.seek(offset)
    head = handle.read(12)
    tables = _u16(head, 4)
    directory = handle.read(16 * tables)
    cmap_at = None
    for i in range(tables):
        if directory[16 * i:16 * i + 4] == b"cmap":
            cmap_at = _u32(directory, 16 * i + 8)
            cmap_len = _u32(directory, 16 * i + 12)
    if cmap_at is None:
        return []
    handle.seek(cmap_at)
    cmap = handle.read(cmap_len)
    best: tuple[int, int] | None = None  # (rank, subtable offset): format 12 beats 4
    for i in range(_u16(cmap, 2)):
        platform, encoding = _u16(cmap, 4 + 8 * i), _u16(cmap, 6 + 8 * i)
        sub = _u32(cmap, 8 + 8 * i)
        fmt = _u16(cmap, sub)
        unicode = platform == 0 or (platform == 3 and encoding in (1, 10))
        if unicode and fmt in (4, 12):
            rank = 2 if fmt == 12 else 1
            if best is None or rank > best[0]:
                best = (rank, sub)
    if best is None:
        return []
    sub = best[1]
    ranges: list[tuple[int, int]] = []
    if _u16(cmap, sub) == 12:
        for g in range(_u32(cmap, sub + 12)):
            at = sub + 16 + 12 * g
            ranges.append((_u32(cmap, at), _u32(cmap, at + 4)))
        return ranges
    segments = _u16(cmap, sub + 6) // 2
    ends, starts = sub + 14, sub + 16 + 2 * segments
    for s in range(segments):
        first, last = _u16(cmap, starts + 2 * s), _u16(cmap, ends + 2 * s)
        if first != 0xFFFF:
            ranges.append((first, last))  # glyph 0 inside a range is rare; not checked
    return ranges


@functools.cache
def face_ranges(path: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Per face of a font file, its character ranges (empty for an unreadable file)."""
    try:
        with open(path, "rb") as handle:
            return tuple(tuple(_cmap_ranges(handle, offset))
                         for offset in _face_offsets(handle))
    except (OSError, struct.error, ValueError, IndexError):
        return ()


def covers(ranges: Iterable[tuple[int, int]], code: int) -> bool:
    """Whether `code` lies in one of the ranges."""
    return any(first <= code <= last for first, last in ranges)


def scan_folders(files: Iterable[Path], code: int) -> list[Face]:
    """Faces of these font files whose character map has `code`."""
    found: list[Face] = []
    for path in sorted(files):
        for index, ranges in enumerate(face_ranges(str(path))):
            if covers(ranges, code):
                found.append((str(path), index))
    return found


@functools.cache
def fontconfig_faces(code: int) -> tuple[Face, ...] | None:
    """TrueType faces fontconfig says have `code`; None when fontconfig is absent."""
    exe = shutil.which("fc-list")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, f":charset={code:x}", "-f",
                              "%{file}\t%{index}\t%{fontformat}\n"],
                             capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    faces = set()
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] in ("TrueType", ""):
            # one face per real file (Debian links fonts-japanese-mincho.ttf to one)
            real = str(Path(parts[0]).resolve())
            faces.add((real, int(parts[1]) if parts[1].isdigit() else 0))
    return tuple(sorted(faces))
