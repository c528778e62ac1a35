"""The same file written by two processes at once never corrupts and loses nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from review_desk.desk import Desk

WORKER = """
import sys
from review_desk.desk import Desk
path, name, parity = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Desk.open(path, reviewer=name) as desk:
    ids = desk.list_ids()
    for round_ in range(3):
        for i, pid in enumerate(ids):
            if i % 2 == parity:
                desk.decisions.decide([pid], "accept" if round_ % 2 == 0 else "pending")
                desk.annotations.set_opinion(pid, f"{name} {round_}")
"""


def test_two_processes_writing_at_once(session_path: Path) -> None:
    with Desk.open(session_path) as desk:
        count = len(desk.list_ids())
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(session_path), name, str(parity)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, parity in (("甲", 0), ("乙", 1))
    ]
    for worker in workers:
        _out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
    conn = sqlite3.connect(session_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # both ran on this machine and path, so they share the device; the sequence stays gapless
    rows = conn.execute("SELECT device, min(seq), max(seq), count(*) FROM change"
                        " GROUP BY device").fetchall()
    assert all(lo == 1 and hi == n for _d, lo, hi, n in rows)
    actions = conn.execute(
        "SELECT reviewer, count(DISTINCT action_id) FROM change WHERE action LIKE 'decide%'"
        " OR action LIKE 'proposal.opinion' GROUP BY reviewer").fetchall()
    conn.close()
    per_worker = 3 * 2 * ((count + 1) // 2), 3 * 2 * (count // 2)
    assert sorted(n for _r, n in actions) == sorted(per_worker)
    with Desk.open(session_path) as desk:
        for pid in desk.list_ids():
            detail = desk.detail(pid)
            assert detail.row.status == "accepted"
            assert detail.opinion.endswith(" 2")
