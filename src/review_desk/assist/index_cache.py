"""The assistant's index kept beside the session file, so a fresh process (each CLI call,
the window after opening) answers at once instead of rebuilding it.

The cache is a folder ``<session>.assist/`` of plain ``.npy`` arrays and one ``meta.json``.
The arrays are opened memory-mapped: the large archive matrices stay on disk and only the
pages a query touches are read. ``meta.json`` names the journal position the index was
built at (the position and the id of the change there), so a cache built from another
history is never used; changes after that position are applied incrementally by the
index's own catch-up. The cache is a convenience: a missing, foreign or damaged cache is
rebuilt, and a session on read-only media simply goes without one.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Connection, text

from review_desk.assist.aliases import UnitResolver
from review_desk.assist.corpus import UnitText
from review_desk.assist.postings import Postings
from review_desk.assist.vectors import SparseRows, Vocabulary

if TYPE_CHECKING:
    from review_desk.assist.index import ArchivePart, SessionPart, UnitPart

FORMAT = 2
MEANING_FILE = "meaning.npz"  # the session's titles embedded (`kept_meaning`), kept across builds
log = logging.getLogger(__name__)


def cache_folder(session_path: Path) -> Path:
    """The cache folder of a session file."""
    return session_path.with_name(session_path.name + ".assist")


def temp_folder(session_path: Path, tag: str) -> Path:
    """Where a build tagged `tag` writes the cache before swapping it in (a build that
    was ended early leaves it behind; whoever ended it removes it)."""
    final = cache_folder(session_path)
    return final.with_name(f"{final.name}.{tag}.tmp")


def mark_id(conn: Connection, mark: int) -> str:
    """The id of the change at a journal position ("" for the empty journal)."""
    if mark <= 0:
        return ""
    row = conn.execute(text("SELECT id FROM change WHERE rowid = :m"), {"m": mark}).first()
    return str(row[0]) if row else "?"


def _save_rows(folder: Path, name: str, rows: SparseRows) -> None:
    for part in ("indptr", "indices", "data"):
        np.save(folder / f"{name}.{part}.npy", getattr(rows, part))


def _load_rows(folder: Path, name: str) -> SparseRows:
    return SparseRows(*(np.load(folder / f"{name}.{part}.npy", mmap_mode="r")
                        for part in ("indptr", "indices", "data")))


def _save_postings(folder: Path, name: str, postings: Postings) -> None:
    for part in ("ptr", "rows", "data"):
        np.save(folder / f"{name}.{part}.npy", getattr(postings, part))


def _load_postings(folder: Path, name: str, n_rows: int) -> Postings:
    ptr, rows, data = (np.load(folder / f"{name}.{part}.npy", mmap_mode="r")
                       for part in ("ptr", "rows", "data"))
    return Postings(ptr, rows, data, n_rows)


def _write_session(folder: Path, session: SessionPart) -> None:
    """The session part and the vocabulary (which only ever grows, so the archive's term
    ids stay valid) into a folder of their own."""
    folder.mkdir()
    vocab = session.vocab
    for name, array in (("vocab.codes", vocab.codes), ("vocab.df", vocab.df),
                        ("vocab.sorted_codes", vocab.sorted_codes),
                        ("vocab.sorted_ids", vocab.sorted_ids)):
        np.save(folder / f"{name}.npy", array)
    _save_rows(folder, "session", session.rows)
    _save_postings(folder, "session.postings", session.postings)
    (folder / "ids.json").write_text(json.dumps(
        {"n_docs": vocab.n_docs, "max_df": vocab.max_df, "session_ids": list(session.ids)},
        ensure_ascii=False), encoding="utf-8")


def _write_meta(final: Path, meta: dict[str, Any]) -> None:
    temp = final / f"meta.{uuid.uuid4().hex[:8]}.tmp"
    temp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    os.replace(temp, final / "meta.json")  # the commit point: the folder it names is used


def save(session_path: Path, mark: int, mark_change: str, session: SessionPart,
         archive: ArchivePart, units: UnitPart, profiles: SparseRows | None,
         tag: str | None = None) -> bool:
    """Write the whole index beside the session (a new folder swapped in whole); False
    when it could not be written. `tag` names the temporary folder (`temp_folder`)."""
    final = cache_folder(session_path)
    temp = temp_folder(session_path, tag or uuid.uuid4().hex[:8])
    try:
        temp.mkdir()
        for name, array in (("archive.year", archive.year), ("archive.lead", archive.lead),
                            ("archive.joint_ptr", archive.joint_ptr),
                            ("archive.joint", archive.joint)):
            np.save(temp / f"{name}.npy", array)
        _save_rows(temp, "archive", archive.rows)
        _save_postings(temp, "archive.postings", archive.postings)
        _save_rows(temp, "units", units.rows)
        if profiles is not None:
            _save_rows(temp, "profiles", profiles)
        session_folder = f"session.{uuid.uuid4().hex[:8]}"
        _write_session(temp / session_folder, session)
        (temp / "archive.json").write_text(json.dumps({
            "archive_ids": list(archive.ids), "session_label": list(archive.session_label),
            "case_no": list(archive.case_no), "merge_group": list(archive.merge_group),
            "units": [[u.id, u.code, u.name, u.short_name, list(u.aliases),
                       u.responsibilities, u.active] for u in units.units]},
            ensure_ascii=False), encoding="utf-8")
        _write_meta(temp, {"format": FORMAT, "mark": mark, "mark_id": mark_change,
                           "session": session_folder, "profiles": profiles is not None})
        old = final.with_name(f"{final.name}.{uuid.uuid4().hex[:8]}.old")
        if (final / MEANING_FILE).exists():  # keyed by text, not by journal position
            os.replace(final / MEANING_FILE, temp / MEANING_FILE)
        if final.exists():
            os.replace(final, old)
        os.replace(temp, final)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as error:  # read-only media, a full disk, a locked file: go without
        log.info("assistance index not cached beside %s: %s", session_path, error)
        shutil.rmtree(temp, ignore_errors=True)
        return False
    return True


def save_session(session_path: Path, mark: int, mark_change: str,
                 session: SessionPart) -> None:
    """Write only the session part (after edits), leaving the archive part as it is."""
    final = cache_folder(session_path)
    try:
        meta = json.loads((final / "meta.json").read_text(encoding="utf-8"))
        name = f"session.{uuid.uuid4().hex[:8]}"
        _write_session(final / name, session)
        _write_meta(final, {**meta, "mark": mark, "mark_id": mark_change, "session": name})
        shutil.rmtree(final / str(meta["session"]), ignore_errors=True)
    except (OSError, ValueError, KeyError) as error:
        log.info("assistance index session part not cached beside %s: %s", session_path,
                 error)


Loaded = tuple[int, "SessionPart", "ArchivePart", "UnitPart", SparseRows | None]


def load(session_path: Path, conn: Connection) -> Loaded | None:
    """The cached index and its journal position, or None when there is no usable cache."""
    from review_desk.assist.index import ArchivePart, SessionPart, UnitPart

    folder = cache_folder(session_path)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or mark_id(conn, int(meta["mark"])) != meta["mark_id"]:
            return None

        def array(name: str, where: Path = folder) -> Any:
            return np.load(where / f"{name}.npy", mmap_mode="r")

        part = folder / str(meta["session"])
        kept = json.loads((part / "ids.json").read_text(encoding="utf-8"))
        vocab = Vocabulary.restore(array("vocab.codes", part), array("vocab.df", part),
                                   int(kept["n_docs"]), float(kept["max_df"]),
                                   array("vocab.sorted_codes", part),
                                   array("vocab.sorted_ids", part))
        ids = list(kept["session_ids"])
        session = SessionPart(vocab, tuple(ids), {pid: i for i, pid in enumerate(ids)},
                              _load_rows(part, "session"),
                              _load_postings(part, "session.postings", len(ids)))
        rest = json.loads((folder / "archive.json").read_text(encoding="utf-8"))
        units = [UnitText(str(u[0]), str(u[1]), str(u[2]), str(u[3]), tuple(u[4]), str(u[5]),
                          bool(u[6])) for u in rest["units"]]
        unit_part = UnitPart(tuple(units), {u.id: i for i, u in enumerate(units)},
                             UnitResolver(units), _load_rows(folder, "units"))
        archive_ids = tuple(rest["archive_ids"])
        archive = ArchivePart(
            ids=archive_ids, year=array("archive.year"),
            session_label=tuple(rest["session_label"]), case_no=tuple(rest["case_no"]),
            merge_group=tuple(rest["merge_group"]), lead=array("archive.lead"),
            joint_ptr=array("archive.joint_ptr"), joint=array("archive.joint"),
            rows=_load_rows(folder, "archive"),
            postings=_load_postings(folder, "archive.postings", len(archive_ids)))
        profiles = _load_rows(folder, "profiles") if meta.get("profiles") else None
        return int(meta["mark"]), session, archive, unit_part, profiles
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        log.info("assistance index cache of %s not used: %s", session_path, error)
        return None
