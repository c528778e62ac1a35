"""The packaged app's entry point (PyInstaller runs this file as `__main__`).

It does what `review-desk` (the console script) does, plus what a frozen app needs first:
- `multiprocessing.freeze_support()`: the document export starts worker processes
  ("spawn" on Windows and from the window); in a frozen app each worker is this same
  executable, and this call turns it into a worker instead of a second app.
- Windows' windowed executable has no console: sys.stdout and sys.stderr are None there,
  so printing (argparse's --version and --help among others) would fail. They go nowhere.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _no_console_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _no_console_streams()
    from review_desk.cli import main

    sys.exit(main())
