"""Performance of the review core at national scale, each figure beside its floor.

    python3 benchmarks/core_bench.py [--proposals 6000] [--archive 100000] [--file F]

The floor is the same rows read or matched straight through sqlite3 in the same run;
the ratio says what the core adds on top. Then the file's size, table by table and index
by index (SQLite's dbstat), and a checkout of the session from a folder share (time and
bytes read from the share). Prints tables with the machine's load; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest.mock import patch

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.store import search_index
from review_desk.store.search_index import matching_proposals_sql, register_functions
from review_desk.sync.service import SyncService, checkout
from review_desk.sync.transport import FolderTransport

Row = tuple[str, str, str, str]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of `repeat` calls."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=FULL")
    register_functions(conn)  # search_text(): the search documents are compressed
    return conn


def load() -> str:
    """The 1-minute load average (other work on the machine stretches wall times)."""
    return f"{os.getloadavg()[0]:.1f}"


def sizes(path: Path) -> list[tuple[str, int, int]]:
    """(table or index, bytes, pages) of every b-tree of the file, biggest first."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [(str(name), int(size), int(pages)) for name, size, pages in conn.execute(
            "SELECT name, sum(pgsize), count(*) FROM dbstat GROUP BY name ORDER BY 2 DESC")]
    finally:
        conn.close()


def checkout_from_share(path: Path, folder: Path) -> tuple[float, float, int, int]:
    """Put the session on a new folder share with a snapshot, then check it out on a
    "fresh laptop" (each in its own process, as on two machines): (publish s, checkout s,
    bytes read from the share, files read)."""
    share = folder / "share"
    share.mkdir()
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--publish-to", str(share), "--file", str(path)],
                   check=True)
    publish_s = time.perf_counter() - start
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--checkout-from", str(share),
                           "--file", str(folder / "laptop.rdesk")],
                          check=True, capture_output=True, text=True)
    checkout_s = time.perf_counter() - start
    moved, files = (int(v) for v in done.stdout.split())
    return publish_s, checkout_s, moved, files


def publish(path: Path, share: Path) -> None:
    """The secretariat puts the session on the share: every change, then a snapshot."""
    with Desk.open(path) as desk:
        SyncService(desk).sync(to=str(share))
        SyncService(desk).publish()


def checkout_counted(share: Path, out: Path) -> None:
    """Check out from `share`, printing the bytes and files read from it."""
    moved = [0, 0]
    read = FolderTransport.read

    def counted(self: FolderTransport, name: str) -> bytes:
        data = read(self, name)
        moved[0] += len(data)
        moved[1] += 1
        return data

    FolderTransport.read = counted  # type: ignore[method-assign]
    checkout(str(share), out)
    print(moved[0], moved[1])


def first_rows_core(path: Path) -> None:
    with Desk.open(path) as desk:
        ids = desk.list_ids()
        desk.rows(ids[:100])


def first_rows_floor(path: Path) -> None:
    conn = raw(path)
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM proposal WHERE present ORDER BY intake_no, id")]
    marks = ",".join("?" * 100)
    conn.execute(
        "SELECT p.id, p.intake_no, p.case_no, p.title, p.status, c.name, p.kind, p.key"
        " FROM proposal p LEFT JOIN category c ON c.id = p.category_id"
        f" WHERE p.id IN ({marks})", ids[:100]).fetchall()
    conn.execute(f"SELECT proposal_id, name, sector FROM proposer WHERE proposal_id IN ({marks})"
                 " ORDER BY proposal_id, position", ids[:100]).fetchall()
    conn.execute("SELECT a.proposal_id, u.name, a.role FROM assignment a JOIN unit u ON"
                 f" u.id = a.unit_id WHERE a.proposal_id IN ({marks})", ids[:100]).fetchall()
    conn.close()


def sample_queries(path: Path, length: int, count: int, rng: random.Random) -> list[str]:
    conn = raw(path)
    titles = [r[0] for r in conn.execute("SELECT title FROM proposal")]
    conn.close()
    out: list[str] = []
    while len(out) < count:
        title = rng.choice(titles).removeprefix("关于").removesuffix("的提案")
        if len(title) > length:
            start = rng.randrange(len(title) - length)
            piece = title[start:start + length]
            if all("\u4e00" <= ch <= "\u9fff" for ch in piece):
                out.append(piece)
    return out


def unfold_index(path: Path) -> None:
    """Leave the search index as the program before width folding wrote it."""
    with Desk.open(path) as desk, desk.store.writing() as conn:
        with patch.object(search_index, "fold", lambda value: value):
            search_index.rebuild_search(conn)
        conn.exec_driver_sql("DELETE FROM meta WHERE key = ?", (search_index.FOLDING_KEY,))


def refold_rows(path: Path, rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """Opening a file whose index was written before width folding: search on it as a
    read-only file answers (each document folded as it is read), then the open that
    folds it anew, beside an open with nothing to do."""
    plain = timed(lambda: Desk.open(path).close(), 3)
    unfold_index(path)
    conn = raw(path)
    documents = conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
    rows = []
    for label, queries in (("2-character", sample_queries(path, 2, 20, rng)),
                           ("3-character", sample_queries(path, 3, 20, rng)),
                           ("ASCII (5G, ＡＩ)", ["5G", "ＡＩ", "gdp"])):
        spent: list[float] = []
        for q in queries:
            found = matching_proposals_sql(q)
            assert found is not None
            spent += timed(lambda sql=found[0], params=found[1]: conn.execute(
                sql, params).fetchall(), 1)
        rows.append((f"  search on it unfolded (read-only), {label} p50 / p95", "",
                     f"{pct(spent, .5):.1f} / {pct(spent, .95):.1f} ms", "", "(reported)"))
    conn.close()
    refold_s, peak_mb, counts = open_counted(path)
    head = (f"open a file indexed before width folding: fold {documents:,} documents anew"
            f" (load {load()})", f"{refold_s:.1f} s", f"{statistics.median(plain):.0f} ms",
            "", "(reported; floor: open, no work)")
    told = (f"  its count told {counts} times; peak memory of that process", f"{peak_mb:.0f} MB",
            "", "", "< 500 MB")
    return [head, told, *rows]


OPEN_COUNTED = """
import resource, sys, time
from review_desk.desk import Desk
counts = []
start = time.perf_counter()
Desk.open(sys.argv[1], progress=lambda n: counts.append(getattr(n, "count", None))).close()
spent = time.perf_counter() - start
print(spent, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      sum(c is not None for c in counts))
"""


def open_counted(path: Path) -> tuple[float, float, int]:
    """Open `path` in a process of its own: seconds, its peak memory (MB) and how many
    counts of the search index's build it heard."""
    out = subprocess.run([sys.executable, "-c", OPEN_COUNTED, str(path)], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--proposals", type=int, default=6000)
    parser.add_argument("--archive", type=int, default=100000)
    parser.add_argument("--file", type=Path, help="use this session file instead of a new demo")
    parser.add_argument("--publish-to", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--checkout-from", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.publish_to:
        publish(args.file, args.publish_to)
        return
    if args.checkout_from:
        checkout_counted(args.checkout_from, args.file)
        return
    rng = random.Random(5)
    folder = tempfile.TemporaryDirectory()
    path = args.file or Path(folder.name) / "bench.rdesk"
    rows: list[tuple[str, str, str, str, str]] = []
    if args.file is None:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "review_desk", "demo", str(path), "--proposals",
                        str(args.proposals), "--archive", str(args.archive)], check=True,
                       stdout=subprocess.DEVNULL)
        rows.append(("demo session created (subprocess)", f"{time.perf_counter() - start:.1f} s",
                     "", "", "< 60 s"))
    size = path.stat().st_size / 1e6
    trees = sizes(path)

    core = timed(lambda: first_rows_core(path), 7)
    floor = timed(lambda: first_rows_floor(path), 7)
    rows.append(("open file → first 100 rows (median)", f"{statistics.median(core):.0f} ms",
                 f"{statistics.median(floor):.0f} ms",
                 f"{statistics.median(core) / statistics.median(floor):.1f}×", "< 1 s, ≤ 3×"))
    rows += refold_rows(path, random.Random(11))

    with Desk.open(path) as desk:
        conn = raw(path)
        for length in (1, 2, 3, 4):
            queries = sample_queries(path, length, 40, rng)
            core_ms: list[float] = []
            floor_ms: list[float] = []
            for q in queries:
                core_ms += timed(lambda q=q: desk.list_ids(ProposalFilter(search=q)), 1)
                found = matching_proposals_sql(q)
                assert found is not None
                sql, params = found
                floor_ms += timed(lambda sql=sql, params=params: conn.execute(
                    sql, params).fetchall(), 1)
            rows.append((f"search, {length}-character queries p50 / p95",
                         f"{pct(core_ms, .5):.1f} / {pct(core_ms, .95):.1f} ms",
                         f"{pct(floor_ms, .5):.1f} / {pct(floor_ms, .95):.1f} ms",
                         f"{pct(core_ms, .95) / max(pct(floor_ms, .95), 0.01):.1f}×",
                         "p95 < 50 ms"))

        ids = desk.list_ids()[:60]
        decide_ms: list[float] = []
        for i, pid in enumerate(ids):
            decide_ms += timed(lambda pid=pid, i=i: desk.decisions.decide(
                [pid], "accept" if i % 2 == 0 else "withdraw"), 1)
        floor_ms = []
        for i, pid in enumerate(ids):
            def bare(pid: str = pid, i: int = i) -> None:
                conn.execute("UPDATE proposal SET opinion = ? WHERE id = ?", (f"x{i}", pid))
                conn.commit()
            floor_ms += timed(bare, 1)
        checkpointed_ms: list[float] = []
        for i, pid in enumerate(ids):
            def bare_checkpointed(pid: str = pid, i: int = i) -> None:
                conn.execute("UPDATE proposal SET opinion = ? WHERE id = ?", (f"y{i}", pid))
                conn.commit()
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            checkpointed_ms += timed(bare_checkpointed, 1)
        rows.append(("one decision → durable commit + checkpoint p50 / p95",
                     f"{pct(decide_ms, .5):.1f} / {pct(decide_ms, .95):.1f} ms",
                     f"{pct(floor_ms, .5):.1f} / {pct(floor_ms, .95):.1f} ms",
                     f"{pct(decide_ms, .5) / max(pct(floor_ms, .5), 0.01):.1f}×", "< 20 ms"))
        rows.append(("  floor with the same checkpoint p50 / p95", "",
                     f"{pct(checkpointed_ms, .5):.1f} / {pct(checkpointed_ms, .95):.1f} ms",
                     "", ""))
        conn.execute("UPDATE proposal SET opinion = '' WHERE opinion LIKE 'x%'"
                     " OR opinion LIKE 'y%'")
        conn.commit()

        mark = desk.journal_mark()
        poll_ms = timed(lambda: desk.changes_since(mark), 200)
        rows.append(("watch another process: changes since a mark p50 / p95",
                     f"{pct(poll_ms, .5):.2f} / {pct(poll_ms, .95):.2f} ms", "", "",
                     "(every second)"))

        start = time.perf_counter()
        report = desk.check_integrity()
        check_s = time.perf_counter() - start
        start = time.perf_counter()
        floor_check = conn.execute("PRAGMA quick_check").fetchone()[0]
        floor_check_s = time.perf_counter() - start
        rows.append((f"integrity check, table by table ({'ok' if report.ok else 'DAMAGED'})",
                     f"{check_s:.1f} s", f"{floor_check_s:.1f} s ({floor_check})",
                     f"{check_s / max(floor_check_s, 0.01):.1f}×", "(reported)"))

        start = time.perf_counter()
        desk.save_copy(Path(folder.name) / "copy.rdesk")
        copy_s = time.perf_counter() - start
        rows.append(("save a copy (backup API)", f"{copy_s:.1f} s", "", "", "(reported)"))

        start = time.perf_counter()
        desk.rebuild()
        rebuild_s = time.perf_counter() - start
        start = time.perf_counter()
        count = sum(1 for _row in conn.execute("SELECT * FROM change"))
        read_s = time.perf_counter() - start
        records = conn.execute("SELECT count(*) FROM archive_case").fetchone()[0] + \
            conn.execute("SELECT count(*) FROM proposal").fetchone()[0]
        rows.append((f"rebuild from the journal ({count:,} change rows, {records:,}"
                     f" records; load {load()})", f"{rebuild_s:.1f} s", f"{read_s:.1f} s",
                     f"{rebuild_s / read_s:.0f}×", "≤ 5 s"))
        # the worst case: every projected row lost, so every row is written again
        conn.execute("PRAGMA foreign_keys=OFF")
        for name in ("archive_case", "assignment", "note", "proposer", "proposal"):
            conn.execute(f"DELETE FROM {name}")
        conn.commit()
        start = time.perf_counter()
        desk.rebuild()
        rows.append((f"  rebuild into emptied tables (load {load()})",
                     f"{time.perf_counter() - start:.1f} s", "", "", "(reported)"))
        conn.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    publish_s, checkout_s, moved, files = checkout_from_share(path, Path(folder.name))
    rows.append((f"publish to a folder share (sync --to + snapshot; load {load()})",
                 f"{publish_s:.1f} s", "", "", "(reported)"))
    rows.append((f"checkout from the share: {moved / 1e6:.0f} MB in {files} files read",
                 f"{checkout_s:.1f} s", "", "", "< 30 s"))

    rows.append(("peak memory of this process (before publish and checkout)",
                 f"{peak:.0f} MB", "", "", "< 500 MB"))
    rows.append(("session file size", f"{size:.0f} MB", "", "", ""))

    header = ("measure", "core", "floor (sqlite3)", "ratio", "target")
    widths = [max(_width(str(r[i])) for r in [header, *rows]) for i in range(5)]
    print(f"Review core at {args.proposals:,} proposals + {args.archive:,} archived cases"
          f" (load average now {load()}, {os.cpu_count()} cores)")
    for r in [header, *rows]:
        print("  ".join(_pad(str(c), w) for c, w in zip(r, widths, strict=True)))
    print(f"\nSize of each table and index ({size:.0f} MB file; those of 0.5 MB and more):")
    for name, bytes_, pages in trees:
        if bytes_ >= 500_000:
            print(f"  {_pad(name, 34)} {bytes_ / 1e6:7.1f} MB  {pages:7,} pages")
    folder.cleanup()


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


if __name__ == "__main__":
    main()
