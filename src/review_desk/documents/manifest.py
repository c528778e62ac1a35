"""What an export wrote into its folder, so a re-export can clear its own stale files.

The manifest (``.review-desk-export.json`` in the export folder) lists every file an
export wrote: its path inside the folder, its SHA-256, its document kind and, for a
unit's own file, the unit. A later export of the same kinds (and units) plans its files;
a listed file it no longer plans is stale — a 交办单 or 交办函 of a unit that lost its
cases after a reassignment would still tell that unit it handles them. Such a file is
deleted if it is byte for byte what the export wrote, and moved aside into
``已过期文件（勿发送）`` if someone changed it since. A file the manifest does not list
was not written by an export and is never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".review-desk-export.json"
STALE_DIR = "已过期文件（勿发送）"


@dataclass(frozen=True)
class Entry:
    """One written file."""

    sha256: str
    kind: str  # sheets | catalogue | summary | notices
    unit: str | None = None  # the unit whose own file this is


@dataclass
class Cleared:
    """Stale files of earlier exports: deleted, or moved aside because they were changed."""

    removed: list[Path] = field(default_factory=list)
    moved: list[tuple[Path, Path]] = field(default_factory=list)


def digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, as the manifest records it."""
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def read_manifest(folder: Path) -> dict[str, Entry]:
    """The files earlier exports wrote here (relative POSIX path -> entry); {} if none
    or unreadable (then nothing counts as ours)."""
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return {str(k): Entry(str(v["sha256"]), str(v["kind"]),
                              None if v.get("unit") is None else str(v["unit"]))
                for k, v in raw["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_manifest(folder: Path, entries: dict[str, Entry]) -> None:
    """Write the manifest whole (temporary name, then rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {"version": 1, "files": {
        k: {"sha256": e.sha256, "kind": e.kind, "unit": e.unit}
        for k, e in sorted(entries.items())}}
    tmp = folder / (MANIFEST + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def in_scope(entry: Entry, kinds: Iterable[str], units: set[str] | None) -> bool:
    """Whether an export of these kinds (limited to these units, if any) replaces the
    file: with a unit limit, only those units' own files are in its scope."""
    if entry.kind not in set(kinds):
        return False
    return units is None or entry.unit in units


def _aside(folder: Path, relative: str) -> Path:
    target = folder / STALE_DIR / relative
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{target.stem}（{n}）{target.suffix}")
    return target


def clear_stale(folder: Path, manifest: dict[str, Entry], current: Iterable[str],
                kinds: Iterable[str], units: set[str] | None) -> Cleared:
    """Delete (or move aside, if changed) the manifest's files in this export's scope
    that it did not write again; they leave the manifest."""
    cleared = Cleared()
    keep = set(current)
    for relative, entry in sorted(manifest.items()):
        if relative in keep or not in_scope(entry, kinds, units):
            continue
        path = folder / relative
        del manifest[relative]
        if not path.is_file():
            continue
        if _file_digest(path) == entry.sha256:
            path.unlink()
            cleared.removed.append(path)
        else:
            target = _aside(folder, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
            cleared.moved.append((path, target))
    return cleared
