"""Checking a session file's pages: SQLite's quick_check, one table at a time.

One table at a time, so that a window can show progress on a big file and a person can
stop it. Each table is checked with its indexes; together they cover every page that
holds data. Used before a sync pushes (a damaged file is never synced), after an import,
and by the window when it opens a file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# (stage, done, total), the shape of every progress callback of the core
Progress = Callable[[str, int, int], None]
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class IntegrityReport:
    """What a check of a session file found."""

    path: Path
    problems: tuple[str, ...]  # SQLite's own words, at most MAX_PROBLEMS
    tables: int
    seconds: float

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems

    def summary(self) -> str:
        """The first problems, in one line."""
        return "; ".join(self.problems[:3])


def check_pages(raw: sqlite3.Connection, path: Path,
                progress: Progress | None = None) -> IntegrityReport:
    """Run quick_check over every table of the file open on `raw`."""
    started = time.perf_counter()
    problems: list[str] = []
    try:
        names = [str(r[0]) for r in raw.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0"
            " ORDER BY name")]
    except sqlite3.DatabaseError as error:
        return IntegrityReport(path, (f"the list of tables cannot be read: {error}",), 0,
                               time.perf_counter() - started)
    names.insert(0, "sqlite_schema")
    for done, name in enumerate(names):
        if progress is not None:
            progress("check", done, len(names))
        try:
            rows = raw.execute(
                f"PRAGMA quick_check(\"{name.replace(chr(34), chr(34) * 2)}\")").fetchall()
        except sqlite3.DatabaseError as error:
            problems.append(f"{name}: {error}")
            continue
        problems.extend(f"{name}: {row[0]}" for row in rows if row[0] != "ok")
        if len(problems) >= MAX_PROBLEMS:
            break
    if progress is not None:
        progress("check", len(names), len(names))
    return IntegrityReport(path, tuple(problems[:MAX_PROBLEMS]), len(names),
                           time.perf_counter() - started)
