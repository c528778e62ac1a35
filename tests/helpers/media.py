"""Real read-only media and full disks for the tests: a small tmpfs, remounted read-only
or filled up. Mounting needs root (CI runs as root); where it cannot mount, a test fails
under CI and is skipped elsewhere."""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tmpfs(size_kib: int = 4096) -> Iterator[Path]:
    """A fresh tmpfs of `size_kib` KiB, unmounted afterwards."""
    point = Path(tempfile.mkdtemp(prefix="review-desk-media-"))
    done = _mount(["-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(point)])
    if done.returncode != 0:
        point.rmdir()
        message = f"cannot mount a tmpfs here ({done.stderr.strip()}); run as root"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)
        with contextlib.suppress(OSError):
            point.rmdir()


def remount_read_only(point: Path) -> None:
    """Make a mounted tmpfs read-only (as a write-protected USB stick)."""
    done = _mount(["-o", "remount,ro", str(point)])
    assert done.returncode == 0, done.stderr


def fill_up(point: Path) -> None:
    """Fill the file system at `point` until not one more byte fits."""
    fd = os.open(point / "filler.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for size in (1 << 16, 1 << 12, 1):
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError:
                pass
    finally:
        os.close(fd)
