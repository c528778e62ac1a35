"""Font files as the PDF notices read them: a mapped private copy, never the user's file.

The fonts are mapped, not read, to keep the processes small (`fonts._MappedFile`). A
mapping of the user's own file is fragile: overwritten in place while mapped (`cp new.ttf
old.ttf`, a clerk replacing the file given with --font), reading a page past its new end
kills the whole process with SIGBUS, which Python cannot catch; and on Windows a mapped
file cannot be deleted or replaced while the app runs. So each font file is copied once,
when first loaded, into an anonymous temporary file that only this process sees — unlinked
at once on POSIX, deleted by Windows when its last handle closes (at exit, or a crash) —
and the copy is mapped. A temporary folder in RAM (tmpfs: /tmp on Debian 13, Fedora, Arch)
would hold every copy whole in memory, so then /var/tmp (on disk) takes them if it can.
When no copy can be made (temporary folder full, read-only or missing) the file is read
whole into memory instead, silently: it only costs memory.
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
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

# a copy per file content, shared by the faces of one .ttc while any of them is alive
_COPIES: weakref.WeakValueDictionary[tuple[str, int, int, int], mmap.mmap] = (
    weakref.WeakValueDictionary())
_LOCK = threading.Lock()
_CFF = b"OTTO"


_RAM_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


def in_memory(folder: str) -> bool:
    """Whether `folder` is on a filesystem held in RAM (Linux; False where unknown)."""
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    real = os.path.realpath(folder)
    best, kind = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in _RAM_FILESYSTEMS


def copy_folder() -> str | None:
    """Where the copies go: the temporary folder, or /var/tmp when that one is in RAM."""
    folder = tempfile.gettempdir()
    if in_memory(folder) and os.access("/var/tmp", os.W_OK) and not in_memory("/var/tmp"):
        return "/var/tmp"
    return None  # the temporary folder


def _copy_mapped(original: BinaryIO) -> mmap.mmap:
    """`original` copied into a temporary file only this process sees, mapped."""
    with tempfile.TemporaryFile(prefix="review-desk-font-", dir=copy_folder()) as copy:
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
