"""Benchmark of the Qt desk at national scale (prints; asserts nothing).

    python3 benchmarks/ui_bench.py [FILE] [--proposals 6000] [--archive 100000] [--keys 200]

Without FILE (or when FILE does not exist) a demo session of the given size is created
first (about a minute at full size). The session is copied, so the decisions the
benchmark makes never touch FILE. Prints:

- start to an interactive window: `review-desk open FILE` in a fresh Python process
  (interpreter, imports, Qt, the window, opening the file) until the list shows the first
  proposal with its detail, painted;
- key press (J) to the next proposal shown: the detail loaded and the window painted;
- decision key (A) to the list updated: written to the file, the row fetched again and
  the list painted;
- decision key (A) while the assistance index is still being built after opening (p95);
- a 2-character search typed (as an input method commits it) to the list shown, with
  and without the typing pause the box waits for;
- a 1,000-proposal bulk decision, then Ctrl+Z of it: time to done, and the longest the
  UI thread stalled meanwhile (a 5 ms timer's late ticks);
- decide all shown (Ctrl+Shift+A): the statuses of every shown proposal read, on the UI
  thread, before its question;
- the archive tab at its full size (first page painted, then scrolling to the end).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGETS = {"start": 2.0, "next": 0.050, "decide": 0.050, "archive": 1.0, "search": 0.5,
           "bulk": 30.0, "stall": 0.100}
CHILD_FLAG = "--child-start"
SEARCH_PAUSE_MS = 300  # the search box waits for this pause in typing (ui/workspace.py)


def _line(what: str, seconds: float, target: float, extra: str = "") -> None:
    shown = f"{seconds * 1000:8.1f} ms" if target < 1 else f"{seconds:8.2f} s "
    goal = f"{target * 1000:.0f} ms" if target < 1 else f"{target:.0f} s"
    print(f"{what:<40}{shown}   (target < {goal}) {extra}", flush=True)


def _spread(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return (f"median of {len(samples)}; p95 {p95 * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms")


def _child_start(path: Path, started: float) -> int:
    """In a fresh process: `review-desk open FILE` exactly as the command runs it, until
    the window shows the first proposal with its detail, painted; then quit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings_dir = tempfile.mkdtemp(prefix="ui-bench-settings-")
    imported: list[float] = []

    def patch() -> None:  # called once the window's module is imported, before it is built
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication

        from review_desk.ui.main_window import MainWindow

        imported.append(time.time())
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        init = MainWindow.__init__

        def report(window: MainWindow) -> None:
            assert window.workspace is not None and window.workspace.detail.detail is not None
            window.repaint()
            ready = time.time()
            print(f"{ready - started:.4f} {imported[0] - started:.4f}", flush=True)
            QApplication.quit()

        def __init__(self: MainWindow, *args: object, **kwargs: object) -> None:
            init(self, *args, **kwargs)  # type: ignore[arg-type]
            self.session_opened.connect(lambda: QTimer.singleShot(0, lambda: report(self)))

        MainWindow.__init__ = __init__  # type: ignore[method-assign]

    from review_desk.cli import gui_cmds

    def open_window(file: Path | None, reviewer: str | None = None) -> int:
        import review_desk.ui.app as app

        patch()
        return int(app.run(file, reviewer))

    gui_cmds.open_window = open_window
    from review_desk.cli import main as cli_main

    return cli_main(["open", str(path), "--reviewer", "bench"])


def _start_time(path: Path, runs: int) -> list[tuple[float, float]]:
    """Cold starts in fresh processes, with bytecode cached as an installed app has it
    (this environment sets PYTHONDONTWRITEBYTECODE; pip compiles on install)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="ui-bench-pyc-")
    out = []
    for run in range(runs + 1):
        started = time.time()
        done = subprocess.run([sys.executable, __file__, str(path), CHILD_FLAG, repr(started)],
                              capture_output=True, text=True, check=True, env=env)
        total, imports = (float(x) for x in done.stdout.split()[-2:])
        if run:  # the first run only writes the bytecode
            out.append((total, imports))
    return out


def _in_process(path: Path, keys: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from review_desk.ui.app import make_app, make_window
    from review_desk.ui.settings import Settings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="ui-bench-settings-"))
    # the starts above built the assistance index beside the file: gone, so the decisions
    # below are timed while it is built again, as on a file opened the first time
    index = path.with_name(path.name + ".assist")
    if index.is_dir():
        shutil.rmtree(index)
    elif index.exists():
        index.unlink()
    app = make_app()
    window = make_window(app, Settings(reviewer="bench"), reviewer="bench", language="zh_CN")
    window.resize(1366, 768)
    window.show()
    window.open_path(path)
    while window.workspace is None:
        app.processEvents()
        time.sleep(0.001)
    ws = window.workspace
    ws.table.setFocus()
    QApplication.processEvents()

    def settle() -> None:  # handle the key and paint what it changed (offscreen: raster)
        QApplication.processEvents()
        QApplication.processEvents()

    _while_indexing(window, settle)

    samples = []
    for _ in range(30):
        t0 = time.perf_counter()
        window.repaint()
        samples.append(time.perf_counter() - t0)
    floor = statistics.median(samples) * 1000
    print(f"{'floor: one full repaint of the window':<40}{floor:8.1f} ms",
          flush=True)

    # J: next proposal shown
    samples = []
    for _ in range(keys):
        before = ws.detail.proposal_id
        t0 = time.perf_counter()
        QTest.keyClick(ws.table, Qt.Key.Key_J)
        settle()
        samples.append(time.perf_counter() - t0)
        assert ws.detail.proposal_id != before
    _line("key J to the next proposal shown", statistics.median(samples), TARGETS["next"],
          _spread(samples))

    # A: decided, saved, the row fetched again and painted
    samples = []
    for _ in range(keys):
        row = ws.table.currentIndex().row()
        t0 = time.perf_counter()
        QTest.keyClick(ws.table, Qt.Key.Key_A)
        settle()
        samples.append(time.perf_counter() - t0)
        assert getattr(ws.model.row_data(row), "status", None) == "accepted"
        QTest.keyClick(ws.table, Qt.Key.Key_J)
        settle()
    _line("decision key A to the list updated", statistics.median(samples), TARGETS["decide"],
          _spread(samples))

    _search(window, settle)
    _bulk(window)
    _decide_all_statuses(window)

    # undo, as a reviewer does after a slip
    samples = []
    for _ in range(min(keys, 50)):
        t0 = time.perf_counter()
        QTest.keyClick(ws.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle()
        samples.append(time.perf_counter() - t0)
    _line("Ctrl+Z to the list updated", statistics.median(samples), TARGETS["decide"],
          _spread(samples))

    # the archive tab at full size
    archive = window.archive
    assert archive is not None
    t0 = time.perf_counter()
    window.tabs.setCurrentWidget(archive)
    settle()
    shown = time.perf_counter() - t0
    _line(f"archive tab shown ({archive.model.rowCount():,} rows)", shown, TARGETS["archive"])
    bar = archive.table.verticalScrollBar()
    samples = []
    for step in range(1, 101):
        t0 = time.perf_counter()
        bar.setValue(bar.maximum() * step // 100)
        settle()
        samples.append(time.perf_counter() - t0)
    _line("archive: one scroll step painted", statistics.median(samples), TARGETS["next"],
          _spread(samples))
    window.close()


def _while_indexing(window: Any, settle: Callable[[], None]) -> None:
    """A (then J) pressed while the assistance index builds in the background."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ws, assist = window.workspace, window.assist
    samples: list[float] = []
    while assist.busy and len(samples) < 500:
        t0 = time.perf_counter()
        QTest.keyClick(ws.table, Qt.Key.Key_A)
        settle()
        samples.append(time.perf_counter() - t0)
        QTest.keyClick(ws.table, Qt.Key.Key_J)
        settle()
    if len(samples) < 2:
        print("decision key A while indexing: the index was ready first", flush=True)
        return
    ordered = sorted(samples)
    _line("A to list updated, index building (p95)", ordered[int(len(ordered) * 0.95) - 1],
          TARGETS["decide"], f"median {statistics.median(samples) * 1000:.1f} ms of "
          f"{len(samples)}")
    while assist.busy:
        settle()
        time.sleep(0.01)


def _search(window: Any, settle: Callable[[], None]) -> None:
    """Two characters typed into the search box (an input method commits them) until the
    list shows what they find; then cleared."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    ws = window.workspace
    typed, queried = [], []
    for word in ("养老", "停车", "教育", "医疗", "乡村"):
        ws.search.setFocus()
        t0 = time.perf_counter()
        event = QInputMethodEvent()
        event.setCommitString(word)
        QApplication.sendEvent(ws.search, event)
        while ws.current_filter().search != word or ws._searched != word:
            settle()
        typed.append(time.perf_counter() - t0)
        count = ws.model.rowCount()
        ws.search.clear()
        ws._search()  # back to the whole list, not timed
        settle()
        ws.search.setText(word)
        t0 = time.perf_counter()
        ws._search()  # the query and the list alone, without the typing pause
        settle()
        queried.append(time.perf_counter() - t0)
        assert ws.model.rowCount() == count
        ws.search.clear()
        ws._search()
        settle()
    _line("2-character search typed to list shown", statistics.median(typed),
          TARGETS["search"], f"median of {len(typed)}, max {max(typed) * 1000:.0f} ms; "
          f"includes the {SEARCH_PAUSE_MS} ms typing pause")
    _line("2-character search: query to list shown", statistics.median(queried),
          TARGETS["search"], f"max {max(queried) * 1000:.0f} ms")
    ws.table.setFocus()


def _while_long(window: Any, start: Callable[[], None]) -> tuple[float, float, int]:
    """Run `start` (which hands long work to the worker) until the work is done: (time to
    done, the longest the UI thread did not answer meanwhile (a 5 ms timer's late
    ticks), ticks)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    session = window.session
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    t0 = time.perf_counter()
    ticks.append(t0)
    start()
    while session.writing_long or window.runner.busy:
        QApplication.processEvents()
        time.sleep(0.001)
    done = time.perf_counter() - t0
    timer.stop()
    stall = max(b - a for a, b in itertools.pairwise(ticks)) if len(ticks) > 1 \
        else done
    return done, stall, len(ticks)


def _bulk(window: Any, count: int = 1000) -> None:
    """A bulk decision over `count` pending proposals, then Ctrl+Z of it: time to done,
    and the longest the UI thread did not answer meanwhile."""
    now, session = window.current, window.session
    ids = session.desk.list_ids()
    pending = [r.id for r in session.desk.rows(ids) if r.status == "pending"][:count]
    done, stall, ticks = _while_long(
        window, lambda: now.review.decide("withdraw", pending, confirmed=True))
    _line(f"bulk of {len(pending):,} to done", done, TARGETS["bulk"])
    _line("longest UI-thread stall during the bulk", stall, TARGETS["stall"],
          f"{ticks} ticks of a 5 ms timer")
    done, stall, ticks = _while_long(window, lambda: now.undo_redo("undo"))
    _line(f"Ctrl+Z of the bulk of {len(pending):,} to done", done, TARGETS["bulk"])
    _line("longest UI-thread stall during its undo", stall, TARGETS["stall"],
          f"{ticks} ticks of a 5 ms timer")


def _decide_all_statuses(window: Any, runs: int = 9) -> None:
    """Ctrl+Shift+A reads the status of every shown proposal on the UI thread before it
    asks (which are merged, how many decisions it would replace): that read alone."""
    ws, review = window.workspace, window.current.review
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        review._statuses(list(ws.model.ids))
        samples.append(time.perf_counter() - t0)
    _line(f"decide all shown: {len(ws.model.ids):,} statuses read",
          statistics.median(samples), TARGETS["stall"], _spread(samples))


def main() -> int:
    """Run the benchmark."""
    if CHILD_FLAG in sys.argv:
        return _child_start(Path(sys.argv[1]), float(sys.argv[sys.argv.index(CHILD_FLAG) + 1]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="an existing session file to measure")
    parser.add_argument("--proposals", type=int, default=6000)
    parser.add_argument("--archive", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=200, help="key presses per measure")
    parser.add_argument("--starts", type=int, default=3, help="cold starts to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ui-bench-") as tmp:
        work = Path(tmp) / "session.rdesk"
        if args.file and Path(args.file).exists():
            shutil.copy(args.file, work)
        else:
            from review_desk.demo import generate
            from review_desk.desk import Desk

            print(f"creating a demo session: {args.proposals} proposals, "
                  f"{args.archive} archived cases …", flush=True)
            Desk.create(work, generate(proposals=args.proposals, archive=args.archive,
                                       seed=1)).close()
        size = work.stat().st_size / 2**20
        print(f"session: {work.name} ({size:.0f} MiB), Qt offscreen, 1366×768", flush=True)
        starts = _start_time(work, args.starts)
        best = min(starts)
        _line("start to an interactive window", statistics.median(t for t, _ in starts),
              TARGETS["start"],
              f"median of {len(starts)}; best {best[0]:.2f} s, of which Python and the "
              f"imports {best[1]:.2f} s")
        _in_process(work, args.keys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
