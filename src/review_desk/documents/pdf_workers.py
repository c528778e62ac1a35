"""Worker processes that draw the notice PDFs of an export in parallel."""

from __future__ import annotations

import sys
import threading
from collections.abc import Mapping
from multiprocessing import get_context
from multiprocessing.context import BaseContext
from pathlib import Path

from review_desk.documents.fonts import FontSet, find_fonts
from review_desk.documents.letter import Letter
from review_desk.documents.pdf import letters_pdf, write_atomic


def mp_context() -> BaseContext:
    """fork where it is safe (Linux, a single thread: the workers inherit the loaded
    fonts), else spawn (Windows, macOS, or called from a UI worker thread)."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return get_context("fork")
    return get_context("spawn")


_WORKER_FONTS: FontSet | None = None


def worker_init(font_paths: Mapping[str, str]) -> None:
    """Find the fonts once per worker process."""
    global _WORKER_FONTS
    _WORKER_FONTS = find_fonts(font_paths)


def worker_write(batch: list[tuple[Path, list[Letter], str]], issuer: str,
                 seeds: dict[str, str]) -> list[str]:
    """Write a batch of one-letter PDFs; their sha256 digests, in order."""
    assert _WORKER_FONTS is not None
    return [write_atomic(path, letters_pdf(letters, _WORKER_FONTS, issuer, title, seeds))
            for path, letters, title in batch]
