"""The national session the benchmarks measure, shared by sync_bench.py and server_bench.py:
a demo session made in a process of its own, or a copy of a file given."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path


def national_session(path: Path, proposals: int, archive: int, given: Path | None) -> None:
    """Write the session to measure at `path`: a copy of `given`, or a demo session of
    `proposals` proposals and `archive` archived cases (printing how long it took)."""
    if given is not None:
        shutil.copyfile(given, path)
        return
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "review_desk", "demo", str(path),
                    "--proposals", str(proposals), "--archive", str(archive)],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"demo session: {proposals} proposals, {archive} archived cases "
          f"({time.perf_counter() - started:.0f} s)")
