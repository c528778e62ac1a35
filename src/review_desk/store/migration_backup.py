"""The copy of a session file kept before a migration changes it (``FILE.v3.bak``).

It is written under a hidden name (``.FILE.v3.bak.partial``), flushed to the disk, and
only then renamed to the first free backup name. A migration killed while copying
(a laptop switched off, kill -9) so never leaves something that looks like a backup;
the next migration replaces the partial copy and takes the name, instead of adding a
``FILE.v3.2.bak`` beside an incomplete ``FILE.v3.bak``. The caller holds the file's
write lock, so no other migration writes the partial copy at the same time.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from review_desk.store.engine import connect_raw
from review_desk.store.file_install import sync_folder
from review_desk.store.sqlite_errors import typed_errors


def backup_path(path: Path, version: int) -> Path:
    """A free name for the backup written before migrating from `version`."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.v{version}.{n}.bak")
    return candidate


def partial_backup(path: Path, version: int) -> Path:
    """The hidden name the backup is written under until it is complete."""
    return path.with_name(f".{path.name}.v{version}.bak.partial")


def _remove_partial(partial: Path) -> None:
    # a copy killed half-way may have left its rollback journal too
    for leftover in (partial, Path(f"{partial}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def write_backup(path: Path, version: int) -> Path:
    """Copy the file (its last committed state) to a new backup; the backup's name."""
    partial = partial_backup(path, version)
    _remove_partial(partial)  # an earlier migration's unfinished copy
    backup = backup_path(path, version)
    try:
        with typed_errors(backup, creating=True):  # a full disk names the backup
            # a reader beside the migration's write transaction: it sees what is migrated
            source = connect_raw(path)
            try:
                target = connect_raw(partial)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, backup)
            sync_folder(path.parent)
    except BaseException:
        _remove_partial(partial)
        raise
    return backup


def discard_backup(backup: Path) -> None:
    """Remove a backup whose migration was rolled back (the file still is the copy)."""
    with contextlib.suppress(OSError):  # a copy left behind is only wasted room
        backup.unlink()
