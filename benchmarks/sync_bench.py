"""Sync benchmark: ten reviewers x 1,000 changes each merged into one device, over the
folder transport and (when smbd is installed) over loopback Samba; then the office server
(when PostgreSQL is installed): 30 reviewers x 1,000 changes pushed concurrently, pulled by
one device, compared with the same over a folder, and the time from a commit on one
device to it showing on another with live sync. Prints the figures.

    python3 benchmarks/sync_bench.py [--reviewers 10] [--changes 1000] [--server-reviewers 30]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--server-reviewers", type=int, default=30)
    parser.add_argument("--latency-samples", type=int, default=40)
    args = parser.parse_args()
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
