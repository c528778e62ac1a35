"""Font files as the PDF notices read them: a mapped private copy, never the user's file.

The fonts are mapped, not read, to keep the processes small (`fonts._MappedFile`). A
mapping of the user's own file is fragile: overwritten in place while mapped (`cp new.ttf
old.ttf`, a clerk replacing the file given with --font), reading a page past its new end
kills the whole process with SIGBUS, which Python cannot catch; and on Windows a mapped
file cannot be deleted or replaced while the app runs. So each font file is copied once,
when first loaded, into an anonymous temporary file that only this process sees — unlinked
at once on POSIX, deleted by Windows when its last handle closes (at exit, or a crash) —
and the copy is mapped. When no copy can be made (temporary folder full, read-only or
missing) the file is read whole into memory instead, silently: it only costs memory.
"""

from __future__ import annotations

import logging
import mmap
import os
import shutil
import struct
import tempfile
import threading
import weakref
from typing import BinaryIO

log = logging.getLogger(__name__)

# a copy per file content, shared by the faces of one .ttc while any of them is alive
_COPIES: weakref.WeakValueDictionary[tuple[str, int, int, int], mmap.mmap] = (
    weakref.WeakValueDictionary())
_LOCK = threading.Lock()
_CFF = b"OTTO"


def _copy_mapped(original: BinaryIO) -> mmap.mmap:
    """`original` copied into a temporary file only this process sees, mapped."""
    with tempfile.TemporaryFile(prefix="review-desk-font-") as copy:
        # shutil's own chunks (64 KB on POSIX): written 1 MB at a time, Linux 6 keeps the
        # copy in large page-cache folios, and a mapping touches them whole (a 20 MB font
        # fully resident after a few hundred glyphs instead of 13 MB; +16 MB an export)
        shutil.copyfileobj(original, copy)
        copy.flush()
        # the mapping keeps its own handle: the copy lives until the mapping is closed
        return mmap.mmap(copy.fileno(), 0, access=mmap.ACCESS_READ)


def _sfnt_version(handle: BinaryIO, index: int) -> bytes:
    """The outline format tag of face `index` (b"OTTO": CFF), read from the file header."""
    head = handle.read(12)
    if head[:4] == b"ttcf":
        count = struct.unpack(">L", head[8:12])[0]
        if not 0 <= index < count:
            return b""
        handle.seek(12 + 4 * index)
        offset = struct.unpack(">L", handle.read(4))[0]
        handle.seek(offset)
        head = handle.read(4)
    handle.seek(0)
    return head[:4]


def font_file_data(path: str, index: int = 0) -> bytes | mmap.mmap:
    """The content of the font file at `path`, for reportlab's parser: a mapped private
    copy, else the file read whole. Raises OSError if the file cannot be read, ValueError
    for face `index` of CFF outlines (which reportlab refuses: no copy made for them)."""
    with open(path, "rb") as original, _LOCK:
        if _sfnt_version(original, index) == _CFF:
            raise ValueError(f"{path}: PostScript (CFF) outlines")
        info = os.fstat(original.fileno())
        key = (path, info.st_size, info.st_mtime_ns, info.st_ino)
        found = _COPIES.get(key)
        if found is not None:
            return found
        try:
            found = _copy_mapped(original)
        except (OSError, ValueError) as error:
            log.debug("no private copy of %s (%s): reading it whole", path, error)
            original.seek(0)
            return original.read()
        _COPIES[key] = found
        return found
