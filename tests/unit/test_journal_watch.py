"""An open session notices what other processes wrote (the window polls this): the
touched proposals and fields, never its own actions, and a full refresh after a rebuild
elsewhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from review_desk.desk import Desk


def cli(*args: str | Path) -> None:
    done = subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "命令行",
                           *map(str, args)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_changes_of_another_process_are_seen(desk: Desk) -> None:
    ids = desk.list_ids()
    mark = desk.journal_mark()
    quiet, same = desk.changes_since(mark)
    assert same == mark and quiet.change_count == 0 and not quiet.entities
    cli("decide", desk.path, "2", "withdraw")
    cli("annotate", desk.path, "3", "--note", "命令行的备注", "--shared")
    changed, mark = desk.changes_since(mark)
    assert changed.action == "external" and not changed.everything
    assert ids[1] in changed.proposals and ("proposal", "status") in changed.fields
    assert changed.touches("note") and next(iter(changed.entities["note"])).startswith(ids[2])
    assert changed.change_count >= 2
    # the list the window re-reads shows the other process's decision
    assert desk.rows([ids[1]])[0].status == "withdrawn"
    # its own actions it broadcast itself: they are not reported again
    desk.decisions.decide([ids[0]], "accept")
    changed, mark = desk.changes_since(mark)
    assert changed.change_count == 0 and not changed.entities
    # nothing new: the same mark
    assert desk.changes_since(mark)[1] == mark


def test_a_rebuild_elsewhere_asks_for_a_full_refresh(desk: Desk) -> None:
    mark = desk.journal_mark()
    cli("rebuild", desk.path)
    changed, new_mark = desk.changes_since(mark)
    assert changed.everything and new_mark != mark
    changed, _ = desk.changes_since(new_mark)
    assert not changed.everything


def test_another_desk_in_this_process_counts_as_another_writer(session_path: Path) -> None:
    with Desk.open(session_path) as window, Desk.open(session_path) as script:
        mark = window.journal_mark()
        pid = script.list_ids()[4]
        script.annotations.set_opinion(pid, "脚本写的意见")
        changed, _ = window.changes_since(mark)
        assert changed.proposals == {pid} and changed.fields == {("proposal", "opinion")}
