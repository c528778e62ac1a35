"""Building the assistance index in a child process, for the window.

A build of a large session (6,000 proposals and 100,000 archived cases: about ten
seconds of Python) on a thread of the window's own process holds the GIL in long
stretches, and the window's keys waited for it (A took up to 130 ms instead of 40). So
the window has a child process (multiprocessing, "spawn": the same on every system and
in the packaged app, whose entry point calls `freeze_support`) build the index and write
it beside the file, at a lower priority; meanwhile the window only waits on a pipe for
the child's progress, then loads what the child wrote (memory-mapped, under 0.1 s).

The build stays in this process where a child cannot help: a small session (starting a
child costs more than the build), a session that cannot be written (no cache for a child
to leave), or a child that failed (the build here then meets the same error, a damaged
file among them, and reports it as before). Stopping (the session closes, the app
quits) ends the child at once and removes its half-written folder.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import uuid
from multiprocessing.connection import Connection
from pathlib import Path

from sqlalchemy import text

from review_desk.assist import index_cache
from review_desk.assist.index import AssistIndex, BuildProgress, archive_size
from review_desk.store.engine import make_engine
from review_desk.store.session_file import SessionStore
from review_desk.store.session_lock import SessionUse
from review_desk.store.sqlite_errors import folder_writable

CHILD_FROM = 20_000  # texts (proposals and archived cases) from which a child builds
POLL_SECONDS = 0.1  # how often the wait looks whether it should stop
CHILD_NICE = 5  # the window's own process comes first on a busy machine


def _no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


def build(index: AssistIndex, progress: BuildProgress | None = None) -> None:
    """Load the index kept beside the file, or have a child process build it there and
    load that, or build it here (see the module docstring). `progress` is called at
    least every POLL_SECONDS while a child builds: raising from it ends the build."""
    report = progress or _no_progress
    report("reading", 0, 1)
    if index.load_cached():
        report("done", 1, 1)
        return
    if _child_helps(index.store) and _build_in_child(index.store.path, report) and (
            index.load_cached()):
        report("done", 1, 1)
        return
    index.build(report, use_cache=False)


def _child_helps(store: SessionStore) -> bool:
    if store.read_only or not folder_writable(store.path):
        return False
    with store.reading() as conn:
        proposals = int(conn.execute(text("SELECT count(*) FROM proposal")).scalar() or 0)
        return proposals + archive_size(conn) >= CHILD_FROM


def _build_in_child(path: Path, report: BuildProgress) -> bool:
    """Run the build in a child process; True when it wrote the cache beside `path`."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    tag = f"child-{uuid.uuid4().hex[:8]}"
    child = context.Process(target=_child, args=(str(path), tag, sender), daemon=True,
                            name="review-desk-assist-index")
    child.start()
    sender.close()  # the child holds the only writing end: its exit ends the pipe
    saved = False
    last = ("reading", 0, 1)
    try:
        while True:
            report(*last)  # raises to stop
            if not receiver.poll(POLL_SECONDS):
                if not child.is_alive() and not receiver.poll(0):
                    break
                continue
            try:
                message = receiver.recv()
            except EOFError:
                break
            if message[0] == "progress":
                last = (str(message[1]), int(message[2]), int(message[3]))
            elif message[0] == "done":
                saved = bool(message[1])
        child.join()
        return saved and child.exitcode == 0
    except BaseException:
        child.kill()
        child.join()
        shutil.rmtree(index_cache.temp_folder(path, tag), ignore_errors=True)
        raise
    finally:
        receiver.close()


def _child(path: str, tag: str, sender: Connection) -> None:
    """The child process: build the index of `path` and write it beside the file."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICE)
    # a reader of the file like any command: a replace of the file waits for it
    store = SessionStore(Path(path), make_engine(Path(path)), use=SessionUse.acquire(Path(path)))
    try:
        index = AssistIndex(store)
        index.cache_tag = tag

        def progress(stage: str, done: int, total: int) -> None:
            sender.send(("progress", stage, done, total))

        index.build(progress, use_cache=False)
        sender.send(("done", index.saved))
    except Exception as error:  # the window builds in its own process and reports it
        sender.send(("failed", repr(error)))
    finally:
        store.close()
        sender.close()
