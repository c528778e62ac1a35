"""The office server's benchmarks against a PostgreSQL started here.

Imported by `sync_bench.py`: concurrent pushes, one pull, and the commit-to-visible
latency of live sync. Run alone, a national session (6,000 proposals, 100,000 archived
cases) through the server: the secretariat's first push of the whole journal, a pull into
a fresh file, publishing a snapshot and fetching it, a checkout from it; each step in a
process of its own, with its time and its peak memory. Prints; asserts nothing.

    python3 benchmarks/server_bench.py [--proposals 6000] [--archive 100000] [--file F]
                                       [--codecs]

`--codecs` adds zlib and lzma at several levels on the snapshot's file (about 3 minutes).
"""

from __future__ import annotations

import argparse
import json
import lzma
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.national_session import national_session  # noqa: E402
from tests.conftest import small_bundle  # noqa: E402
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer, start_server  # noqa: E402

from review_desk.desk import Desk  # noqa: E402
from review_desk.review.journal import Changed, Op, Set  # noqa: E402
from review_desk.server.connection import connect  # noqa: E402
from review_desk.server.live import LiveStatus, LiveSync  # noqa: E402
from review_desk.server.remote import ServerRemote  # noqa: E402
from review_desk.server.roles import add_reviewer  # noqa: E402
from review_desk.server.schema import init_schema  # noqa: E402
from review_desk.sync.location import ServerLocation, parse_server  # noqa: E402
from review_desk.sync.protocol import SyncSummary  # noqa: E402
from review_desk.sync.service import SyncService, checkout  # noqa: E402
from review_desk.sync.snapshot import consolidated_copy  # noqa: E402

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


# --- a national session through the server, each step in a process of its own ----------

def _ask(_prompt: str) -> str:
    return SECRETARIAT_PASSWORD


def _step(name: str, url: str, path: Path) -> dict[str, Any]:
    """Run one step in this process; its figures (time measured around the step only)."""
    started = time.perf_counter()
    out: dict[str, Any] = {}
    if name == "push":
        with Desk.open(path) as desk:
            summary = SyncService(desk, ask=_ask).sync(to=url)
        out.update(rows=summary.sent, chunks=summary.sent_batches)
    elif name == "pull":
        done = checkout(url, path, ask=_ask)
        out.update(rows=done.sync.received, generation=done.snapshot.generation)
    elif name == "publish":
        with Desk.open(path) as desk:
            _, published = SyncService(desk, ask=_ask).publish()
        out.update(stored=published.size, generation=published.generation)
    elif name == "fetch":
        remote = ServerRemote(parse_server(url), SECRETARIAT_PASSWORD)
        try:
            fetched = remote.fetch_snapshot(path)
        finally:
            remote.close()
        out.update(generation=fetched.generation)
    elif name in ("checkout", "folder"):
        done = checkout(url, path, ask=_ask)
        out.update(rows=done.sync.received, generation=done.snapshot.generation)
    out["seconds"] = time.perf_counter() - started
    if path.exists():
        out["file"] = path.stat().st_size
    # this process's own peak (a child's ru_maxrss would count the parent it forked from)
    status = Path("/proc/self/status").read_text()
    out["peak_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
    return out


def _in_child(name: str, url: str, path: Path) -> dict[str, Any]:
    """`_step` in a fresh interpreter: its peak memory is the step's alone."""
    run = subprocess.run([sys.executable, __file__, "--step", name, "--url", url,
                          "--file", str(path)], stdout=subprocess.PIPE, text=True, check=True)
    out: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    return out


def _server_sizes(pg: PgServer, database: str) -> tuple[int, int, int]:
    """(rows, bytes of the rows, bytes of the change table with its indexes and TOAST)."""
    with pg.admin(database) as conn:
        row = conn.execute("SELECT count(*), coalesce(sum(pg_column_size(c.*)), 0),"
                           " pg_total_relation_size('review_desk.change')"
                           " FROM review_desk.change c").fetchone()
    assert row is not None
    return int(str(row[0])), int(str(row[1])), int(str(row[2]))


def _codecs(source: Path) -> None:
    """zlib and lzma at several levels on one file: size and time to pack and unpack."""
    raw = source.read_bytes()
    makers: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
        *[(f"zlib {n}", lambda n=n: zlib.compressobj(n), zlib.decompressobj)
          for n in (1, 6, 9)],
        *[(f"lzma {n}", lambda n=n: lzma.LZMACompressor(preset=n), lzma.LZMADecompressor)
          for n in (0, 1, 6)],
    ]
    print(f"  codecs on the snapshot's file ({len(raw) / 1e6:.1f} MB):")
    for name, make, unmake in makers:
        started = time.perf_counter()
        packer, parts = make(), []
        for at in range(0, len(raw), 1 << 22):
            parts.append(packer.compress(raw[at:at + (1 << 22)]))
        parts.append(packer.flush())
        packed = b"".join(parts)
        pack_s = time.perf_counter() - started
        started = time.perf_counter()
        unpacker, size = unmake(), 0
        for at in range(0, len(packed), 1 << 22):
            size += len(unpacker.decompress(packed[at:at + (1 << 22)]))
        unpack_s = time.perf_counter() - started
        assert size == len(raw)
        print(f"    {name:<7} {len(packed) / 1e6:6.1f} MB  ×{len(raw) / len(packed):4.2f}"
              f"  pack {pack_s:5.1f} s  unpack {unpack_s:4.1f} s")


def national(proposals: int, archive: int, given: Path | None, codecs: bool) -> None:
    """Print the figures of a national session through a PostgreSQL started here."""
    print(f"load average {os.getloadavg()[0]:.1f} before ({os.cpu_count()} cores, shared)")
    pg = start_server()
    if pg is None:
        print("server     (PostgreSQL not installed: skipped)")
        return
    tmp = Path(tempfile.mkdtemp(prefix="server-national-"))
    try:
        with pg.admin() as conn:  # the tests log every statement; a national push would
            conn.execute("ALTER SYSTEM SET log_statement = 'none'")  # write its rows twice
            conn.execute("SELECT pg_reload_conf()")
        master = tmp / "master.rdesk"
        national_session(master, proposals, archive, given)
        sender = tmp / "sender.rdesk"  # for the folder share, before the server knows it
        shutil.copyfile(master, sender)
        with Desk.open(master) as desk, desk.store.reading() as conn:
            journal = int(conn.exec_driver_sql("SELECT count(*) FROM change").scalar() or 0)
        print(f"session file {master.stat().st_size / 1e6:.1f} MB, journal {journal} rows")
        database, role = pg.new_database()
        sec = parse_server(pg.url(role, database))
        conn = connect(sec, SECRETARIAT_PASSWORD)
        try:
            init_schema(conn, sec)
        finally:
            conn.close()
        url = sec.url()
        steps: list[tuple[str, str, Path]] = [
            ("push", "push of the whole journal", master),
            ("pull", "pull into a fresh file", tmp / "pulled.rdesk"),
            ("publish", "publish a snapshot", master),
            ("fetch", "fetch the snapshot", tmp / "fetched.rdesk"),
            ("checkout", "checkout (snapshot + sync)", tmp / "checkout.rdesk"),
        ]
        print(f"{'step':<28} {'seconds':>8} {'peak MB':>8}  figures")
        for name, label, path in steps:
            got = _in_child(name, url, path)
            figures = []
            if name == "push":
                rows, row_bytes, table = _server_sizes(pg, database)
                figures.append(f"{got['rows']} rows in {got['chunks']} chunks; server "
                               f"{rows} rows, {row_bytes / 1e6:.1f} MB of rows, table "
                               f"{table / 1e6:.1f} MB")
            elif name == "pull" or name == "checkout":
                figures.append(f"{got['rows']} rows received, snapshot generation "
                               f"{got['generation']}, file {got['file'] / 1e6:.1f} MB")
            elif name == "publish":
                figures.append(f"generation {got['generation']}, stored "
                               f"{got['stored'] / 1e6:.1f} MB")
            else:
                figures.append(f"generation {got['generation']}, file "
                               f"{got['file'] / 1e6:.1f} MB")
            print(f"{label:<28} {got['seconds']:8.1f} {got['peak_mb']:8.0f}  "
                  f"{'; '.join(figures)}", flush=True)
        with pg.admin(database) as admin:
            row = admin.execute("SELECT length(data), pg_column_size(data)"
                                " FROM review_desk.snapshot").fetchone()
        assert row is not None
        stored, raw = str(row[0]), (tmp / "fetched.rdesk").stat().st_size
        print(f"snapshot row: {int(stored) / 1e6:.1f} MB stored for a {raw / 1e6:.1f} MB "
              f"file (×{raw / int(stored):.2f})")
        # the floor: the same journal pulled from a folder share by the share's own code
        folder = tmp / "share"
        folder.mkdir()
        with Desk.open(sender) as desk:
            SyncService(desk).sync(to=str(folder))
        got = _in_child("folder", str(folder), tmp / "from-folder.rdesk")
        print(f"{'floor: pull from a folder':<28} {got['seconds']:8.1f} {got['peak_mb']:8.0f}  "
              f"{got['rows']} rows received, file {got['file'] / 1e6:.1f} MB")
        baseline = _in_child("none", url, tmp / "none")
        print(f"(a process that only imports Review Desk peaks at "
              f"{baseline['peak_mb']:.0f} MB)")
        if codecs:
            copy = tmp / "consolidated.rdesk"
            consolidated_copy(master, copy)
            _codecs(copy)
        print(f"load average {os.getloadavg()[0]:.1f} after")
    finally:
        pg.stop("immediate")
        shutil.rmtree(pg.root, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--proposals", type=int, default=6000)
    parser.add_argument("--archive", type=int, default=100000)
    parser.add_argument("--file", type=Path, help="use this session file instead of a demo")
    parser.add_argument("--codecs", action="store_true", help="compare zlib and lzma too")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(_step(args.step, args.url, args.file)))
        return
    national(args.proposals, args.archive, args.file, args.codecs)


if __name__ == "__main__":
    main()
