"""Sync benchmark: ten reviewers x 1,000 changes each merged into one device, over the
folder transport and (when smbd is installed) over loopback Samba; then the office server
(when PostgreSQL is installed): 30 reviewers x 1,000 changes pushed concurrently, pulled by
one device, compared with the same over a folder, and the time from a commit on one
device to it showing on another with live sync. Prints the figures.

    python3 benchmarks/sync_bench.py [--reviewers 10] [--changes 1000] [--server-reviewers 30]

`--national` instead measures a national session (6,000 proposals, 100,000 archived cases)
through a folder share: the secretariat's first push of the whole journal and a pull of it
into a fresh file, each in a process of its own, with its time and its peak memory (the
target is < 500 MB). Measured 2026-12-01 on 2 shared cores at load 1: push 198 MB in 3.0 s,
pull 247 MB in 12.0 s (before a pull streamed its batches and parts: 342 and 622 MB, 3.4
and 12.3 s).

    python3 benchmarks/sync_bench.py --national [--proposals 6000] [--archive 100000] [--file F]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.national_session import national_session  # noqa: E402
from tests.conftest import small_bundle  # noqa: E402

from review_desk.desk import Desk  # noqa: E402
from review_desk.review.journal import Op, Set  # noqa: E402
from review_desk.sync.service import SyncService, checkout  # noqa: E402


def _prepare(root: Path, share: str, reviewers: int, changes: int) -> Path:
    """Put a master on the share, let each reviewer make `changes` changes and send them;
    return a fresh checkout made before any reviewer's changes were sent."""
    master = root / "master.rdesk"
    with Desk.create(master, small_bundle(50), reviewer="秘书处") as desk:
        SyncService(desk).sync(to=share)
    target = root / "target.rdesk"
    checkout(share, target)
    for r in range(reviewers):  # everyone checks out first: their edits are concurrent
        checkout(share, root / f"r{r}.rdesk", reviewer=f"审查员{r}")
    for r in range(reviewers):
        path = root / f"r{r}.rdesk"
        with Desk.open(path, reviewer=f"审查员{r}") as desk:
            ids = desk.list_ids()
            for start in range(0, changes, 100):  # 100 changes per action, to prepare quickly
                ops: list[Op] = [
                    Set("proposal", ids[n % len(ids)], "opinion", f"审查员{r}的第{n}条意见")
                    for n in range(start, min(changes, start + 100))
                ]
                desk.writer.run("bench", lambda _conn, ops=ops: ops)
            SyncService(desk).sync()
    return target


def _merge_time(target: Path) -> tuple[float, int, int]:
    with Desk.open(target) as desk:
        started = time.perf_counter()
        summary = SyncService(desk).sync()
        return time.perf_counter() - started, summary.received, summary.conflicts


def folder_run(reviewers: int, changes: int) -> tuple[float, int, int]:
    """Seconds to merge everything over a folder share."""
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        root = Path(tmp)
        share = root / "share"
        share.mkdir()
        target = _prepare(root, str(share), reviewers, changes)
        return _merge_time(target)


def samba_run(reviewers: int, changes: int) -> tuple[float, int, int] | None:
    """Seconds to merge everything over loopback Samba, or None without smbd."""
    if shutil.which("smbd") is None and not Path("/usr/sbin/smbd").exists():
        return None
    import keyring
    from tests.e2e.test_sync_samba import PASSWORD, MemoryKeyring, samba

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    fixture = samba.__wrapped__()  # type: ignore[attr-defined]
    server = next(fixture)
    try:
        url = server.url("bench")
        memory.set_password("review-desk-smb", f"daemon@127.0.0.1:{server.port}", PASSWORD)
        with tempfile.TemporaryDirectory(prefix="sync-bench-smb-") as tmp:
            target = _prepare(Path(tmp), url, reviewers, changes)
            return _merge_time(target)
    finally:
        next(fixture, None)
        keyring.set_keyring(previous)


# --- a national session through a folder share, each step in a process of its own -------

def _step(name: str, share: str, path: Path) -> dict[str, Any]:
    """Run one step in this process; its figures (time measured around the step only)."""
    started = time.perf_counter()
    out: dict[str, Any] = {}
    if name == "push":
        with Desk.open(path) as desk:
            summary = SyncService(desk).sync(to=share)
        out.update(rows=summary.sent, batches=summary.sent_batches)
    elif name == "pull":
        done = checkout(share, path)
        out.update(rows=done.sync.received, batches=done.sync.received_batches)
    out["seconds"] = time.perf_counter() - started
    status = Path("/proc/self/status").read_text()
    out["peak_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
    return out


def _in_child(name: str, share: Path, path: Path) -> dict[str, Any]:
    """`_step` in a fresh interpreter: its peak memory is the step's alone."""
    run = subprocess.run([sys.executable, __file__, "--step", name, "--share", str(share),
                          "--file", str(path)], stdout=subprocess.PIPE, text=True, check=True)
    out: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    return out


def national(proposals: int, archive: int, given: Path | None) -> None:
    """Print the push and pull figures of a national session over a folder share."""
    print(f"load average {os.getloadavg()[0]:.1f} before ({os.cpu_count()} cores, shared)")
    with tempfile.TemporaryDirectory(prefix="sync-national-") as tmp:
        root = Path(tmp)
        master = root / "master.rdesk"
        national_session(master, proposals, archive, given)
        share = root / "share"
        share.mkdir()
        print(f"{'step':<28} {'seconds':>8} {'peak MB':>8}  figures (target peak < 500 MB)")
        push = _in_child("push", share, master)
        stored = sum(f.stat().st_size for f in (share / "changes").rglob("*.batch"))
        print(f"{'push of the whole journal':<28} {push['seconds']:8.1f} {push['peak_mb']:8.0f}"
              f"  {push['rows']} rows in {push['batches']} batches, {stored / 1e6:.1f} MB")
        pulled = root / "pulled.rdesk"
        pull = _in_child("pull", share, pulled)
        print(f"{'pull into a fresh file':<28} {pull['seconds']:8.1f} {pull['peak_mb']:8.0f}"
              f"  {pull['rows']} rows in {pull['batches']} batches, file "
              f"{pulled.stat().st_size / 1e6:.1f} MB")
        none = _in_child("none", share, root / "none")
        print(f"(a process that only imports Review Desk peaks at {none['peak_mb']:.0f} MB)")
    print(f"load average {os.getloadavg()[0]:.1f} after")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--server-reviewers", type=int, default=30)
    parser.add_argument("--latency-samples", type=int, default=40)
    parser.add_argument("--national", action="store_true",
                        help="push and pull a national session through a folder share")
    parser.add_argument("--proposals", type=int, default=6000)
    parser.add_argument("--archive", type=int, default=100000)
    parser.add_argument("--file", type=Path, help="use this session file instead of a demo")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--share", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(_step(args.step, args.share, args.file)))
        return
    if args.national:
        national(args.proposals, args.archive, args.file)
        return
    print(f"load average {os.getloadavg()[0]:.1f} (2 cores shared)")
    total = args.reviewers * args.changes
    folder = folder_run(args.reviewers, args.changes)
    print(f"{'transport':<10} {'changes':>8} {'seconds':>8} {'changes/s':>10} {'conflicts':>9}")
    print(f"{'folder':<10} {folder[1]:>8} {folder[0]:>8.2f} {folder[1] / folder[0]:>10.0f} "
          f"{folder[2]:>9}   (target < 5 s for {total})")
    smb = samba_run(args.reviewers, args.changes)
    if smb is None:
        print("samba      (smbd not installed: skipped)")
    else:
        print(f"{'samba':<10} {smb[1]:>8} {smb[0]:>8.2f} {smb[1] / smb[0]:>10.0f} {smb[2]:>9}"
              f"   ratio samba/folder = {smb[0] / folder[0]:.2f}")
    from benchmarks.server_bench import server_figures

    server_figures(args.server_reviewers, args.changes, args.latency_samples, folder_run)


if __name__ == "__main__":
    main()
