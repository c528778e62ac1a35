"""The assistant's index over one session file: vectors of the session's proposals, of
the archive's cases and of the units' responsibilities, with inverted indexes.

Built in two passes (document frequencies, then vectors; the archive a chunk at a time to
bound memory), on a worker thread or, for a big session in the window, in a child process
(`index_process`); kept up to date by `refresh(proposal_ids)` or by `sync()`, which asks
the journal what changed. The parts are immutable and swapped whole under a lock that
queries hold while they read, so a query never mixes two builds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, text

from review_desk.assist import index_cache, kept_meaning, vectors
from review_desk.assist.aliases import UnitResolver
from review_desk.assist.corpus import (
    ArchiveCase,
    ProposalText,
    UnitText,
    archive_chunks,
    changes_since,
    journal_mark,
    proposal_texts,
    unit_texts,
)
from review_desk.assist.grams import I64, bigram_counts, clean_title
from review_desk.assist.meaning import KeptTitles
from review_desk.assist.memory import release_memory
from review_desk.assist.postings import Postings
from review_desk.assist.profiles import unit_profiles
from review_desk.assist.vectors import FrequencyCounter, SparseRows, Vocabulary
from review_desk.store.session_file import SessionStore

TITLE_WEIGHT = 0.6  # the 案由 names the matter; the body adds context
UNIT_NAME_WEIGHT = 0.3  # a unit's names (教育局) against its responsibilities text
MAX_DF = 0.2  # grams in more than a fifth of all texts are treated as stop grams
QUERY_TERMS = 96  # heaviest terms of a query used to score (the rest change little)
ARCHIVE_CHUNK = 10_000  # archive cases read and reported at once
SAVE_EVERY = 5.0  # seconds between writes of the session part beside the file (bursts)

BuildProgress = Callable[[str, int, int], None]


def _no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


def archive_size(conn: Connection) -> int:
    """How many archive cases the index holds."""
    return int(conn.execute(text("SELECT count(*) FROM archive_case WHERE present"))
               .scalar() or 0)


def vectorize(vocab: Vocabulary, titles: Sequence[str], bodies: Sequence[str],
              title_weight: float = TITLE_WEIGHT) -> SparseRows:
    """Unit-length vectors of (title, body) pairs over `vocab` (unknown grams ignored)."""
    return vectors.vectorize(vocab, titles, bodies, title_weight)


@dataclass(frozen=True)
class SessionPart:
    """The session's proposals: ids, vectors and their inverted index."""

    vocab: Vocabulary
    ids: tuple[str, ...]
    position: dict[str, int]
    rows: SparseRows
    postings: Postings

    @classmethod
    def of(cls, vocab: Vocabulary, ids: Sequence[str], rows: SparseRows) -> SessionPart:
        """Index these rows."""
        return cls(vocab, tuple(ids), {pid: i for i, pid in enumerate(ids)}, rows,
                   Postings.of(rows, len(vocab)))


@dataclass(frozen=True)
class ArchivePart:
    """The archive's cases: vectors, index, years, merge groups and resolved units."""

    ids: tuple[str, ...]
    year: I64
    session_label: tuple[str, ...]
    case_no: tuple[str, ...]
    merge_group: tuple[str, ...]
    lead: I64  # unit position in UnitPart.units, -1 when unknown
    joint_ptr: I64  # joint units of case i: joint[joint_ptr[i]:joint_ptr[i + 1]]
    joint: I64
    rows: SparseRows
    postings: Postings

    def joints_of(self, i: int) -> I64:
        """Unit positions of the joint units of case `i`."""
        return self.joint[self.joint_ptr[i]:self.joint_ptr[i + 1]]


@dataclass(frozen=True)
class UnitPart:
    """The catalogue: units, alias resolution and responsibilities vectors."""

    units: tuple[UnitText, ...]
    position: dict[str, int]
    resolver: UnitResolver
    rows: SparseRows


def _units_part(vocab: Vocabulary, units: list[UnitText]) -> UnitPart:
    names = [" ".join(dict.fromkeys((u.name, u.short_name, *u.aliases))) for u in units]
    rows = vectorize(vocab, names, [u.responsibilities for u in units], UNIT_NAME_WEIGHT)
    return UnitPart(tuple(units), {u.id: i for i, u in enumerate(units)}, UnitResolver(units),
                    rows)


def _archive_part(cases: list[ArchiveCase], rows: SparseRows, units: UnitPart) -> ArchivePart:
    resolver = units.resolver
    lead = np.full(len(cases), -1, dtype=np.int64)
    joint_ptr = np.zeros(len(cases) + 1, dtype=np.int64)
    joints: list[int] = []
    for i, case in enumerate(cases):
        lead_id = case.lead_unit_id if case.lead_unit_id in units.position else (
            resolver.resolve(case.lead_unit))
        if lead_id is not None:
            lead[i] = units.position[lead_id]
        known = [u for u in case.joint_unit_ids if u in units.position]
        if len(known) < len(case.joint_units):
            known = list(resolver.resolve_all(case.joint_units))
        joints.extend(units.position[u] for u in dict.fromkeys(known) if u != lead_id)
        joint_ptr[i + 1] = len(joints)
    return ArchivePart(
        ids=tuple(c.id for c in cases), year=np.array([c.year for c in cases], dtype=np.int64),
        session_label=tuple(c.session_label for c in cases),
        case_no=tuple(c.case_no for c in cases), merge_group=tuple(c.merge_group for c in cases),
        lead=lead, joint_ptr=joint_ptr, joint=np.array(joints, dtype=np.int64), rows=rows,
        postings=Postings.of(rows, int(rows.indices.max(initial=-1)) + 1))


class AssistIndex:
    """Vectors and inverted indexes of one open session file."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store
        self._lock = threading.RLock()
        self.mark = -1
        self._session: SessionPart | None = None
        self._archive: ArchivePart | None = None
        self._units: UnitPart | None = None
        self.profiles: SparseRows | None = None  # what each unit led in the archive
        self.loaded_from_cache = False
        self._unsaved = 0  # proposals re-read since the cache was written
        self._saved_at = -SAVE_EVERY
        self.saved = False  # the last build was written beside the file
        self.cache_tag: str | None = None  # names the temporary folder a build writes
        self.meaning = KeptTitles()  # the session's titles embedded (`kept_meaning`)

    def locked(self) -> threading.RLock:
        """Hold this while reading several parts: a rebuild on another thread waits."""
        return self._lock

    @property
    def built(self) -> bool:
        """Whether the index has been built."""
        return self._session is not None

    @property
    def session(self) -> SessionPart:
        """The session part (build first)."""
        if self._session is None:
            self.build()
        assert self._session is not None
        return self._session

    @property
    def archive(self) -> ArchivePart:
        """The archive part (build first)."""
        if self._archive is None:
            self.build()
        assert self._archive is not None
        return self._archive

    @property
    def units(self) -> UnitPart:
        """The unit part (build first)."""
        if self._units is None:
            self.build()
        assert self._units is not None
        return self._units

    def build(self, progress: BuildProgress | None = None, use_cache: bool = True) -> None:
        """Load the index kept beside the session file, or read everything and build all
        parts (then keep them there for the next process). Progress is reported for each
        chunk of the archive read, in both passes."""
        report = progress or _no_progress
        with self._lock:
            report("reading", 0, 1)  # a build stopped before it starts loads nothing either
            if use_cache and self._load():
                report("done", 1, 1)
                return
            with self.store.reading() as conn:
                chunks = -(-archive_size(conn) // ARCHIVE_CHUNK)
                total = 2 * chunks + 3
                mark = journal_mark(conn)
                mark_change = index_cache.mark_id(conn, mark)
                proposals = proposal_texts(conn)
                units = unit_texts(conn)
                # pass 1: document frequencies; the units' texts count too (not as rows): a
                # term only the duties know (社区矫正) still counts when a title uses it
                counter = FrequencyCounter()
                counter.add([p.title for p in proposals], [p.body for p in proposals])
                counter.add([u.name for u in units], [u.responsibilities for u in units])
                report("reading", 1, total)
                for done, (_cases, titles, summaries) in enumerate(
                        archive_chunks(conn, ARCHIVE_CHUNK), start=2):
                    counter.add(titles, summaries)
                    report("reading", min(done, chunks + 1), total)
                vocab = counter.vocabulary(MAX_DF)
                # pass 2: vectors, the archive a chunk at a time
                session_rows = vectorize(vocab, [p.title for p in proposals],
                                         [p.body for p in proposals])
                report("vectors", chunks + 1, total)
                cases: list[ArchiveCase] = []
                parts: list[SparseRows] = []
                for done, (chunk, titles, summaries) in enumerate(
                        archive_chunks(conn, ARCHIVE_CHUNK), start=chunks + 2):
                    cases.extend(chunk)
                    parts.append(vectorize(vocab, titles, summaries))
                    report("vectors", min(done, 2 * chunks + 1), total)
            report("index", 2 * chunks + 2, total)
            archive_rows = SparseRows.stack(parts)
            del parts
            unit_part = _units_part(vocab, units)
            self._units = unit_part
            self._archive = _archive_part(cases, archive_rows, unit_part)
            self._session = SessionPart.of(vocab, [p.id for p in proposals], session_rows)
            self.mark = mark
            del cases, archive_rows, session_rows, proposals
            self.profiles = unit_profiles(self._archive, len(unit_part.units))
            self.loaded_from_cache = False
            release_memory()
            self._save(mark, mark_change)
            if not self.meaning.vectors:  # kept across builds (keyed by text)
                kept_meaning.load(self.store.path, self.meaning)
            report("done", total, total)

    def load_cached(self) -> bool:
        """Use the index kept beside the file (caught up with the journal), if usable."""
        with self._lock:
            return self._load()

    def _save(self, mark: int, mark_change: str) -> None:
        assert self._session and self._archive and self._units
        self.saved = index_cache.save(self.store.path, mark, mark_change, self._session,
                                      self._archive, self._units, self.profiles,
                                      self.cache_tag)
        self._unsaved, self._saved_at = 0, time.monotonic()

    def _load(self) -> bool:
        with self.store.reading() as conn:
            loaded = index_cache.load(self.store.path, conn)
            if loaded is None:
                return False
            self.mark, self._session, self._archive, self._units, self.profiles = loaded
            self.loaded_from_cache = True
            if not self.meaning.vectors:
                kept_meaning.load(self.store.path, self.meaning)
            self._sync(conn)
        return True

    def refresh(self, proposal_ids: Sequence[str], conn: Connection | None = None) -> None:
        """Re-read these proposals (edited, added or removed) and update the session part."""
        with self._lock:
            if self._session is None:
                self.build()
                return
            if conn is None:
                with self.store.reading() as own:
                    fresh = proposal_texts(own, list(proposal_ids))
            else:
                fresh = proposal_texts(conn, list(proposal_ids))
            self._session = self._with(self._session, set(proposal_ids), fresh)

    def sync(self, conn: Connection | None = None) -> bool:
        """Catch up with the journal; True when anything was re-read."""
        with self._lock:
            if self._session is None:
                self.build()
                return True
            if conn is None:
                with self.store.reading() as own:
                    return self._sync(own)
            return self._sync(conn)

    def _sync(self, conn: Connection) -> bool:
        assert self._session is not None
        delta = changes_since(conn, self.mark)
        if delta.archive or delta.units:
            self.build(use_cache=False)
            return True
        if delta.proposals:
            fresh = proposal_texts(conn, sorted(delta.proposals))
            self._session = self._with(self._session, set(delta.proposals), fresh)
            self._unsaved += len(delta.proposals)
        self.mark = delta.mark
        now = time.monotonic()
        if (self._unsaved or self.meaning.dirty) and now - self._saved_at >= SAVE_EVERY:
            # the next process then starts from here instead of catching up again
            if self._unsaved:
                index_cache.save_session(self.store.path, self.mark,
                                         index_cache.mark_id(conn, self.mark), self._session)
            kept_meaning.save_later(self.store.path, self.meaning)
            self._unsaved, self._saved_at = 0, now
        return bool(delta.proposals)

    @staticmethod
    def _with(part: SessionPart, touched: set[str], fresh: list[ProposalText]) -> SessionPart:
        edited = [part.position.get(p.id) for p in fresh]
        if {p.id for p in fresh} == touched and len(fresh) == len(touched) and all(
                at is not None for at in edited):
            return AssistIndex._edited(part, fresh, [int(at) for at in edited if at is not None])
        keep_mask = np.fromiter((pid not in touched for pid in part.ids), dtype=bool,
                                count=len(part.ids))
        keep = np.flatnonzero(keep_mask)
        titles = [p.title for p in fresh]
        bodies = [p.body for p in fresh]
        t_counts = bigram_counts([clean_title(t) for t in titles])
        b_counts = bigram_counts(bodies)
        vocab = part.vocab.extended(np.concatenate([t_counts[1], b_counts[1]]))
        new_rows = vectorize(vocab, titles, bodies)
        rows = SparseRows.stack([part.rows.take(keep), new_rows])
        ids = [part.ids[i] for i in keep] + [p.id for p in fresh]
        postings = part.postings.merged(keep_mask, new_rows, len(vocab))
        return SessionPart(vocab, tuple(ids), {pid: i for i, pid in enumerate(ids)}, rows,
                           postings)

    @staticmethod
    def _edited(part: SessionPart, fresh: list[ProposalText], at: list[int]) -> SessionPart:
        """The session part with these proposals (all already in it) re-read in place: only
        their rows and postings change, so the first answer after an edit does not wait for
        the whole inverted index to be renumbered."""
        order = np.argsort(np.array(at, dtype=np.int64), kind="stable")
        texts = [fresh[i] for i in order]
        positions = np.array(at, dtype=np.int64)[order]
        t_counts = bigram_counts([clean_title(p.title) for p in texts])
        b_counts = bigram_counts([p.body for p in texts])
        vocab = part.vocab.extended(np.concatenate([t_counts[1], b_counts[1]]))
        new_rows = vectorize(vocab, [p.title for p in texts], [p.body for p in texts])
        postings = part.postings.replaced(positions, part.rows.take(positions), new_rows,
                                          len(vocab))
        return SessionPart(vocab, part.ids, part.position, part.rows.replaced(positions, new_rows),
                           postings)

    def vectors(self, titles: Sequence[str], bodies: Sequence[str]) -> SparseRows:
        """Vectors of texts that are not (yet) in the session, over the index's vocabulary."""
        return vectorize(self.session.vocab, titles, bodies)


def query_rows(rows: SparseRows) -> SparseRows:
    """Query vectors cut to their heaviest terms."""
    return rows.top_terms(QUERY_TERMS)


def top_k(scores: np.ndarray, k: int, exclude: int | None = None,
          floor: float = 1e-6) -> list[tuple[int, float]]:
    """The best `k` (position, score) pairs of one row of scores above `floor`."""
    values = np.asarray(scores, dtype=np.float64)
    if exclude is not None and 0 <= exclude < len(values):
        values = values.copy()
        values[exclude] = -1.0
    if len(values) == 0:
        return []
    k = min(k, len(values))
    best = np.argpartition(-values, k - 1)[:k]
    best = best[np.argsort(-values[best], kind="stable")]
    return [(int(i), float(values[i])) for i in best if values[i] > floor]
