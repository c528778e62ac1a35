"""Giving freed memory back to the operating system after a large build.

Building the index makes and frees many large temporary arrays; glibc keeps the freed
space in its heap, so the process's resident size stays near its peak and the next
large step (clustering) climbs on top of it. `malloc_trim` returns that space. On other
C libraries (Windows, macOS) this does nothing: their allocators return memory on their
own terms.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from typing import Any


@functools.cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release_memory() -> None:
    """Return freed heap memory to the operating system where the C library allows it."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
