"""Two programs open the same schema-3 file at once: the second waits for the first's
upgrade (hearing why) and opens the upgraded file, instead of finding it "locked".

Both are real processes. The upgrader is held still in the middle of its backup copy
(as a slow disk would hold it), or after the migration before its VACUUM, until the
test lets it go, so nothing depends on timing;
the waiter's SQLite busy timeout is cut to 0.3 s, so waiting past it shows that it is
the upgrade lock, not SQLite's patience, that keeps it from failing.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from review_desk.store.migrations import PAGE_SIZE, SCHEMA_VERSION
from tests.unit.test_migration_v3 import v3_file

UPGRADER = """
import sys, time
from pathlib import Path
from review_desk.desk import Desk
from review_desk.store import compaction, migration_backup

path, copying, go = map(Path, sys.argv[1:4])
real = migration_backup.connect_raw
real_after_steps = compaction.after_steps


def hold():
    copying.write_text("held")
    while not go.exists():
        time.sleep(0.02)


class HeldCopy:
    # the file's side of the backup copy, stopping after its first page until `go`
    def __init__(self, conn):
        self.conn = conn

    def backup(self, target):
        def held(status, remaining, total):
            if not copying.exists():
                hold()
        self.conn.backup(target, pages=1, progress=held)

    def close(self):
        self.conn.close()


def connect(where, *args, **kwargs):
    conn = real(where, *args, **kwargs)
    return HeldCopy(conn) if Path(where) == path else conn


def held_before_vacuum(raw, *rest):
    hold()
    real_after_steps(raw, *rest)


if sys.argv[4] == "copy":
    migration_backup.connect_raw = connect
else:  # migrated, its write lock let go, about to VACUUM
    compaction.after_steps = held_before_vacuum
with Desk.open(path) as desk:
    print(len(desk.list_ids()), flush=True)
"""

WAITER = """
import json, sys
from pathlib import Path
from review_desk.store import engine

engine.BUSY_TIMEOUT_MS = 300  # what would make it fail fast on SQLite's write lock
engine.connect_raw.__defaults__ = (False, False, 0.3)
from review_desk.desk import Desk
from review_desk.errors import SessionFileError
from review_desk.store.session_file import open_session_file

path, patience = Path(sys.argv[1]), float(sys.argv[2])


def tell(notice):
    print(json.dumps({"waited": notice.waited_s, "pid": notice.holder.pid,
                      "message": notice.message, "zh": notice.message_zh},
                     ensure_ascii=False), flush=True)


try:
    desk = Desk(open_session_file(path, tell, patience))
except SessionFileError as error:
    print(json.dumps({"error": type(error).__name__, "message": error.message}), flush=True)
    sys.exit(2)
with desk:
    with desk.store.reading() as conn:
        version = conn.exec_driver_sql("PRAGMA user_version").scalar()
    print(json.dumps({"version": version, "count": len(desk.list_ids())}), flush=True)
"""


def lines_of(stream: IO[str]) -> queue.Queue[str]:
    """The lines a child writes, as they come (a reader thread: never blocks the test),
    then "" at the end."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put("")

    threading.Thread(target=read, daemon=True).start()
    return lines


def next_line(lines: queue.Queue[str], child: subprocess.Popen[str]) -> str:
    try:
        return lines.get(timeout=120)
    except queue.Empty:
        child.kill()
        pytest.fail("the child said nothing for two minutes")


class Upgrader:
    """A process upgrading the file, held in its backup copy (or before its VACUUM)
    until `let_go`."""

    def __init__(self, path: Path, where: str = "copy") -> None:
        self.copying = path.with_name("copying")
        self.go = path.with_name("go")
        self.child = subprocess.Popen([sys.executable, "-c", UPGRADER, str(path),
                                       str(self.copying), str(self.go), where],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True)
        deadline = time.monotonic() + 120
        while not self.copying.exists():
            assert self.child.poll() is None, self.child.communicate()
            assert time.monotonic() < deadline, "the upgrade never started its copy"
            time.sleep(0.02)

    def let_go(self) -> int:
        """Let the upgrade finish; how many proposals the upgraded file showed it."""
        self.go.write_text("go")
        out, err = self.child.communicate(timeout=300)
        assert self.child.returncode == 0, err
        return int(out)

    def close(self) -> None:
        """Let it go and wait for it, whatever the test did."""
        self.go.write_text("go")
        with self.child:
            self.child.communicate(timeout=300)


@pytest.fixture(params=["copy"])
def upgrading(tmp_path: Path, request: pytest.FixtureRequest
              ) -> Iterator[tuple[Path, Upgrader]]:
    path = v3_file(tmp_path / "会议 v3.rdesk")
    upgrader = Upgrader(path, request.param)
    try:
        yield path, upgrader
    finally:
        upgrader.close()


def waiter(path: Path, patience_s: float) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    child = subprocess.Popen([sys.executable, "-c", WAITER, str(path), str(patience_s)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    return child, lines_of(child.stdout)


@pytest.mark.parametrize("upgrading", ["copy", "vacuum"], indirect=True)
def test_a_second_program_waits_for_the_upgrade_then_opens_it(
        upgrading: tuple[Path, Upgrader]) -> None:
    path, upgrader = upgrading
    child, lines = waiter(path, patience_s=600)
    with child:
        opened, shown = _wait_and_open(child, lines, upgrader)
    assert child.returncode == 0
    assert opened == {"version": SCHEMA_VERSION, "count": shown}
    # one upgrade, one backup: the waiter found the file upgraded
    assert [p.name for p in path.parent.glob("*.bak")] == [f"{path.name}.v3.bak"]
    assert not list(path.parent.glob(".*partial"))
    check = sqlite3.connect(path)
    # the VACUUM ran: no open file of the waiter's stood in its way
    assert check.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    check.close()


def _wait_and_open(child: subprocess.Popen[str], lines: queue.Queue[str],
                   upgrader: Upgrader) -> tuple[dict[str, int], int]:
    """The waiter's notices while the upgrade is held, then what it opened."""
    notices = []
    while not notices or notices[-1]["waited"] < 1.5:  # five times its busy timeout
        notices.append(json.loads(next_line(lines, child)))
        assert "error" not in notices[-1], notices[-1]
    assert {n["pid"] for n in notices} == {upgrader.child.pid}
    assert f"PID {upgrader.child.pid}" in notices[-1]["message"]
    assert "another program" in notices[-1]["message"]
    assert "upgrading" in notices[-1]["message"]
    assert "正在把" in notices[-1]["zh"] and "升级" in notices[-1]["zh"]
    assert child.poll() is None  # still waiting, not failed
    shown = upgrader.let_go()
    opened = json.loads(next_line(lines, child))
    child.wait(timeout=120)
    return opened, shown


def test_an_upgrade_that_holds_on_past_the_patience_is_named(
        upgrading: tuple[Path, Upgrader]) -> None:
    path, upgrader = upgrading
    child, lines = waiter(path, patience_s=1.0)
    with child:
        said = [json.loads(next_line(lines, child))]
        while "error" not in said[-1]:
            said.append(json.loads(next_line(lines, child)))
    assert child.returncode == 2
    assert said[-1]["error"] == "UpgradeTakesTooLongError"
    message = said[-1]["message"]
    assert f"PID {upgrader.child.pid}" in message and "has been upgrading" in message
    assert "let it finish and open the file again" in message
    upgrader.let_go()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_the_command_line_says_why_it_waits(upgrading: tuple[Path, Upgrader]) -> None:
    path, upgrader = upgrading
    with subprocess.Popen([sys.executable, "-m", "review_desk", "--reviewer", "测试员",
                           "list", str(path), "--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stderr is not None
        errors = lines_of(child.stderr)
        said = [next_line(errors, child)]
        assert "正在把" in said[0]
        assert child.poll() is None
        shown = upgrader.let_go()
        out = child.stdout.read()
        while said[-1]:
            said.append(next_line(errors, child))
    assert child.returncode == 0, said
    assert "another program" in said[1] and f"PID {upgrader.child.pid}" in said[1]
    assert len(json.loads(out)) == shown
