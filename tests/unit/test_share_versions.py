"""A share used by laptops of two program versions at once (schema 3 and schema 4).

The schema-3 program (commit 106c86b) takes as a snapshot every `snapshots/N.manifest.json`
whose name is digits, then ".manifest.json", and writes the stored bytes as the session
file: given a compressed snapshot it stops with "file is not a database" and cannot check
out at all. Compressed snapshots are therefore named `N.gz.manifest.json`, which that
program does not see (it checks out from its own snapshots or the batches), while this
program reads both kinds.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from review_desk.desk import Desk
from review_desk.sync.service import SyncService, checkout
from tests.unit.test_sync_support import make_share, shared_state


def _seen_by_schema_3(name: str) -> bool:
    """Whether the schema-3 program takes `name` in snapshots/ for a manifest."""
    head, _, tail = name.partition(".")
    return tail == "manifest.json" and head.isdigit()


def test_a_schema_3_program_never_meets_a_compressed_snapshot(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    with Desk.open(master) as m:
        SyncService(m).publish()
        SyncService(m).publish()
    names = sorted(p.name for p in (share / "snapshots").iterdir() if p.is_file())
    assert names == ["00000001.gz.manifest.json", "00000002.gz.manifest.json"]
    assert not [n for n in names if _seen_by_schema_3(n)]
    done = checkout(str(share), tmp_path / "c.rdesk")
    assert done.snapshot.generation == 2
    with Desk.open(master) as m, Desk.open(done.path) as c:
        assert shared_state(m) == shared_state(c)


def test_snapshots_named_the_old_way_still_check_out_and_count(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    with Desk.open(master) as m:
        SyncService(m).publish()
    snaps = share / "snapshots"
    first = json.loads((snaps / "00000001.gz.manifest.json").read_text())
    # generation 2 as the schema-3 program publishes it: plain bytes, the old name
    data = master.read_bytes()
    (snaps / "data" / "plain.rdesk").write_bytes(data)
    (snaps / "00000002.manifest.json").write_text(json.dumps({
        "format": "review-desk-snapshot/1", "generation": 2,
        "data": "snapshots/data/plain.rdesk", "session": first["session"],
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
        "changes": first["changes"], "published": first["published"]}))
    done = checkout(str(share), tmp_path / "c.rdesk")
    assert done.snapshot.generation == 2
    with Desk.open(master) as m:
        with Desk.open(done.path) as c:
            assert shared_state(m) == shared_state(c)
        _summary, published = SyncService(m).publish()
    assert published.generation == 3  # after both kinds
