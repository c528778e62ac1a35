"""Safe, unique file names from unit and proposer names, on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# one path component: 255 bytes on Linux/macOS file systems; Chinese takes 3 bytes a
# character in UTF-8, so the byte limit bites first. Keep a margin for "（2）" and ".part".
MAX_NAME_BYTES = 180
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10)),
             "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}


def _truncate(stem: str, limit: int) -> str:
    encoded = stem.encode("utf-8")
    if len(encoded) <= limit:
        return stem
    return encoded[:limit].decode("utf-8", errors="ignore").rstrip(" .")


def safe_name(name: str, suffix: str = "", limit: int = MAX_NAME_BYTES) -> str:
    """A file name made from `name` that every common file system accepts.

    Path separators and characters Windows forbids become "_", runs of white space one
    space; leading and trailing dots and spaces go; Windows' reserved device names
    (CON, NUL, COM1 … also with an extension) get a "_" in front; the name is cut to
    `limit` UTF-8 bytes (at a character boundary) with the suffix kept.
    """
    text = unicodedata.normalize("NFC", name)
    text = re.sub(r"\s+", " ", text)
    text = _FORBIDDEN.sub("_", text).strip(" .")
    if not text:
        text = "_"
    if text.split(".")[0].upper().rstrip() in _RESERVED:
        text = "_" + text
    text = _truncate(text, limit - len(suffix.encode("utf-8")))
    return text + suffix


class NamePlan:
    """Hands out unique names within one export (case-insensitively, as on Windows)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def path(self, folder: Path, name: str, suffix: str) -> Path:
        """A unique, safe path in `folder` for a file called `name` + `suffix`."""
        base = safe_name(name, suffix)
        stem = base.removesuffix(suffix)
        candidate = folder / base
        n = 1
        while str(candidate).casefold() in self._taken:
            n += 1
            mark = f"（{n}）"
            room = MAX_NAME_BYTES - len((mark + suffix).encode("utf-8"))
            candidate = folder / (_truncate(stem, room) + mark + suffix)
        self._taken.add(str(candidate).casefold())
        return candidate
