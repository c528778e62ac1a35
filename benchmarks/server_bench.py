"""The office server's part of `sync_bench.py`: concurrent pushes, one pull, and the
commit-to-visible latency of live sync, against a PostgreSQL started here."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import small_bundle
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer, start_server

from review_desk.desk import Desk
from review_desk.review.journal import Changed, Op, Set
from review_desk.server.connection import connect
from review_desk.server.live import LiveStatus, LiveSync
from review_desk.server.remote import ServerRemote
from review_desk.server.roles import add_reviewer
from review_desk.server.schema import init_schema
from review_desk.sync.location import ServerLocation, parse_server
from review_desk.sync.protocol import SyncSummary
from review_desk.sync.service import SyncService, checkout

PASSWORD = "Bench-pw-reviewer-1"


def _edit(path: Path, who: str, changes: int) -> None:
    with Desk.open(path, reviewer=who) as desk:
        ids = desk.list_ids()
        for start in range(0, changes, 100):  # 100 changes per action, to prepare quickly
            ops: list[Op] = [Set("proposal", ids[n % len(ids)], "opinion", f"{who}的第{n}条意见")
                             for n in range(start, min(changes, start + 100))]
            desk.writer.run("bench", lambda _conn, ops=ops: ops)


def _office(pg: PgServer, root: Path, reviewers: int) -> tuple[ServerLocation, list[str]]:
    database, role = pg.new_database()
    sec = parse_server(pg.url(role, database))
    conn = connect(sec, SECRETARIAT_PASSWORD)
    logins = [f"b{r}_{database}" for r in range(reviewers)]
    try:
        init_schema(conn, sec)
        for r, login in enumerate(logins):
            add_reviewer(conn, sec, f"审查员{r}", PASSWORD, login)
    finally:
        conn.close()
    with Desk.create(root / "master.rdesk", small_bundle(50), reviewer="秘书处") as desk:
        SyncService(desk, ask=lambda _: SECRETARIAT_PASSWORD).sync(to=sec.url())
    return sec, logins


def _push(args: tuple[str, str, str, float]) -> tuple[float, float, int]:
    """One reviewer's laptop: wait for the common start, push, report (start, end, rows)."""
    path, url, password, start_at = args
    while time.time() < start_at:
        time.sleep(0.001)
    begun = time.time()
    with Desk.open(path) as desk:
        remote = ServerRemote(parse_server(url), password)
        try:
            summary = SyncSummary(share=url)
            remote.push(desk.store, summary)
        finally:
            remote.close()
    return begun, time.time(), summary.sent


def concurrent_push_then_pull(pg: PgServer, reviewers: int, changes: int
                              ) -> tuple[float, float, int]:
    """(push wall seconds, pull seconds, changes pulled)."""
    with tempfile.TemporaryDirectory(prefix="server-bench-") as tmp:
        root = Path(tmp)
        sec, logins = _office(pg, root, reviewers)
        target = root / "target.rdesk"
        checkout(sec.url(), target, ask=lambda _: SECRETARIAT_PASSWORD)
        jobs = []
        for r, login in enumerate(logins):
            path = root / f"r{r}.rdesk"
            url = sec.as_user(login).url()
            checkout(url, path, reviewer=f"审查员{r}", ask=lambda _: PASSWORD)
            _edit(path, f"审查员{r}", changes)
            jobs.append((str(path), url, PASSWORD))
        start_at = time.time() + 3.0  # every process is up before the common start
        with multiprocessing.get_context("fork").Pool(reviewers) as pool:
            done = pool.map(_push, [(*j, start_at) for j in jobs])
        push_s = max(d[1] for d in done) - min(d[0] for d in done)
        assert sum(d[2] for d in done) == reviewers * changes
        with Desk.open(target) as desk:
            started = time.perf_counter()
            summary = SyncService(desk, ask=lambda _: SECRETARIAT_PASSWORD).sync()
            pull_s = time.perf_counter() - started
        return push_s, pull_s, summary.received


def live_latency(pg: PgServer, samples: int) -> list[float]:
    """Seconds from a decision committed on one device to its merge committed on another."""
    with tempfile.TemporaryDirectory(prefix="server-latency-") as tmp:
        root = Path(tmp)
        sec, logins = _office(pg, root, 2)
        desks, lives = [], []
        seen: dict[int, float] = {}
        arrived = threading.Event()

        def changed(_c: Changed) -> None:
            seen[len(seen)] = time.perf_counter()
            arrived.set()

        def ignore(_x: object) -> None:
            return None

        for r, login in enumerate(logins):
            path = root / f"r{r}.rdesk"
            checkout(sec.as_user(login).url(), path, ask=lambda _: PASSWORD)
            desk = Desk.open(path, reviewer=f"审查员{r}")
            on_changed: Callable[[Changed], None] = changed if r == 1 else ignore
            on_status: Callable[[LiveStatus], None] = ignore
            live = LiveSync(desk.store, desk.writer.clock, sec.as_user(login), PASSWORD,
                            on_status, on_changed)
            live.start()
            desks.append(desk)
            lives.append(live)
        time.sleep(2.0)  # both connected and caught up
        out: list[float] = []
        try:
            ids = desks[0].list_ids()
            for n in range(samples):
                arrived.clear()
                before = time.perf_counter()
                desks[0].decisions.decide([ids[n % len(ids)]], ("accept", "withdraw")[n % 2])
                lives[0].nudge()
                if arrived.wait(10.0):
                    out.append(seen[len(seen) - 1] - before)
                time.sleep(0.05)
        finally:
            for live in lives:
                live.stop()
            for desk in desks:
                desk.close()
        return out


def server_figures(reviewers: int, changes: int, samples: int,
                   folder_run: Callable[[int, int], tuple[float, int, int]]) -> None:
    """Print the server's rows of the table."""
    pg = start_server()
    if pg is None:
        print("server     (PostgreSQL not installed: skipped)")
        return
    try:
        push_s, pull_s, received = concurrent_push_then_pull(pg, reviewers, changes)
        folder = folder_run(reviewers, changes)
        total = reviewers * changes
        print(f"office server, {reviewers} reviewers x {changes} changes:")
        print(f"  pushed concurrently   {push_s:6.2f} s")
        print(f"  pulled by one device  {pull_s:6.2f} s ({received} changes; folder "
              f"{folder[0]:.2f} s for {folder[1]}; ratio server/folder "
              f"{pull_s / folder[0]:.2f})")
        print(f"  push + pull           {push_s + pull_s:6.2f} s   (target < 5 s for {total})")
        latency = sorted(live_latency(pg, samples))
        if latency:
            p95 = latency[max(0, round(0.95 * len(latency)) - 1)]
            print(f"  commit → visible on another device, live: p50 "
                  f"{statistics.median(latency) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
                  f"({len(latency)}/{samples} samples; target p95 < 1 s)")
        print(f"load average after {os.getloadavg()[0]:.1f}")
    finally:
        pg.stop("immediate")
        shutil.rmtree(pg.root, ignore_errors=True)
