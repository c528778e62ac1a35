"""TF-IDF vectors of bigrams as sparse rows (CSR arrays, plain numpy, no scipy).

The inverted index that scores them lives in `review_desk.assist.postings`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.grams import (
    DOC_SHIFT,
    I64,
    bigram_counts,
    clean_title,
    gram_code,
    gram_text,
    unique_counts,
)

F32 = NDArray[np.float32]
I32 = NDArray[np.int32]
TERM_SHIFT = 32  # (doc, term) pairs pack into one int64 as doc << 32 | term
TOP_TERMS_ROWS = 1_000
CHUNK_CHARS = 500_000  # characters of text turned into grams at once


def expand_ranges(starts: I64, lengths: I64) -> I64:
    """The positions start..start+length-1 of every range, one after another."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(total, dtype=np.int64)


class Vocabulary:
    """Gram codes with stable term ids, document frequencies and idf weights."""

    def __init__(self, codes: I64, df: I64, n_docs: int, max_df: float = 0.2) -> None:
        order = np.argsort(codes, kind="stable")
        self.codes = codes
        self._sorted_codes = codes[order]
        self._sorted_ids = order.astype(np.int64)
        self.df = df
        self.n_docs = n_docs
        self.max_df = max_df
        self.idf = (np.log((n_docs + 1) / (df + 1)) + 1.0).astype(np.float32)
        # terms in more than max_df of the documents say nothing about the matter (a small
        # corpus has too few documents to tell; idf alone weighs its terms)
        self.stop = df > max(20.0, max_df * n_docs)
        self.max_idf = float(np.log((n_docs + 1) / 2) + 1.0)

    @classmethod
    def restore(cls, codes: I64, df: I64, n_docs: int, max_df: float, sorted_codes: I64,
                sorted_ids: I64) -> Vocabulary:
        """A vocabulary from saved arrays, without sorting them again."""
        vocab = cls.__new__(cls)
        vocab.codes, vocab.df, vocab.n_docs, vocab.max_df = codes, df, n_docs, max_df
        vocab._sorted_codes, vocab._sorted_ids = sorted_codes, sorted_ids
        vocab.idf = (np.log((n_docs + 1) / (df + 1)) + 1.0).astype(np.float32)
        vocab.stop = df > max(20.0, max_df * n_docs)
        vocab.max_idf = float(np.log((n_docs + 1) / 2) + 1.0)
        return vocab

    @property
    def sorted_codes(self) -> I64:
        """The codes in ascending order (for saving)."""
        return self._sorted_codes

    @property
    def sorted_ids(self) -> I64:
        """The term id of each sorted code (for saving)."""
        return self._sorted_ids

    @classmethod
    def of_texts(cls, titles: Sequence[str], bodies: Sequence[str],
                 max_df: float = 0.2) -> Vocabulary:
        """The vocabulary of (title, body) documents."""
        counter = FrequencyCounter()
        counter.add(titles, bodies)
        return counter.vocabulary(max_df)

    def __len__(self) -> int:
        return len(self.codes)

    def lookup(self, codes: I64) -> I64:
        """Term ids of gram codes; -1 where the gram is unknown."""
        if len(self._sorted_codes) == 0:
            return np.full(len(codes), -1, dtype=np.int64)
        pos = np.searchsorted(self._sorted_codes, codes).clip(0, len(self._sorted_codes) - 1)
        found = self._sorted_codes[pos] == codes
        return np.where(found, self._sorted_ids[pos], -1)

    def extended(self, codes: I64) -> Vocabulary:
        """A vocabulary that also knows `codes` (new ones count as seen once)."""
        new, _ = unique_counts(codes[self.lookup(codes) < 0])
        if len(new) == 0:
            return self
        return Vocabulary(
            np.concatenate([self.codes, new]),
            np.concatenate([self.df, np.ones(len(new), dtype=np.int64)]),
            self.n_docs, self.max_df,
        )

    @functools.cached_property
    def gram_idf(self) -> dict[str, float]:
        """{gram: idf} of every gram that is not a stop gram."""
        keep = np.flatnonzero(~self.stop)
        return {gram_text(int(c)): float(w)
                for c, w in zip(self.codes[keep], self.idf[keep], strict=True)}

    def idf_map(self, grams: list[str]) -> dict[str, float]:
        """The idf of each distinct gram (0 for unknown and stop grams)."""
        distinct = sorted(set(grams))
        if not distinct:
            return {}
        codes = np.array([gram_code(g) for g in distinct], dtype=np.int64)
        terms = self.lookup(codes)
        weights = np.where(terms >= 0, self.idf[terms.clip(0)], 0.0)
        weights = np.where((terms >= 0) & ~self.stop[terms.clip(0)], weights, 0.0)
        return {g: float(w) for g, w in zip(distinct, weights, strict=True)}

    def idf_of(self, gram: str) -> float:
        """The idf of a two-character gram (0 for an unknown or stop gram)."""
        tid = int(self.lookup(np.array([gram_code(gram)], dtype=np.int64))[0])
        if tid < 0 or self.stop[tid]:
            return 0.0
        return float(self.idf[tid])


class FrequencyCounter:
    """Document frequencies of grams, fed a chunk of (title, body) documents at a time."""

    def __init__(self) -> None:
        self._codes: list[I64] = []
        self._counts: list[I64] = []
        self.n_docs = 0

    def add(self, titles: Sequence[str], bodies: Sequence[str]) -> None:
        """Count these documents (a gram in title and body counts once)."""
        for start, end in text_chunks(titles, bodies):
            t_doc, t_code, _ = bigram_counts([clean_title(t) for t in titles[start:end]])
            b_doc, b_code, _ = bigram_counts(list(bodies[start:end]))
            pairs, _ = unique_counts(np.concatenate([(t_doc << DOC_SHIFT) | t_code,
                                                     (b_doc << DOC_SHIFT) | b_code]))
            codes, df = unique_counts(pairs & ((1 << DOC_SHIFT) - 1))
            self._codes.append(codes)
            self._counts.append(df)
        self.n_docs += len(titles)
        if len(self._codes) > 1:  # fold as we go: the arrays stay vocabulary-sized
            codes, df = self._merged()
            self._codes, self._counts = [codes], [df]

    def _merged(self) -> tuple[I64, I64]:
        every = np.concatenate(self._codes) if self._codes else np.zeros(0, dtype=np.int64)
        if len(every) == 0:
            return every, np.zeros(0, dtype=np.int64)
        order = np.argsort(every, kind="stable")
        every = every[order]
        counts = np.concatenate(self._counts)[order]
        first = np.flatnonzero(np.concatenate(([True], every[1:] != every[:-1])))
        return every[first], np.add.reduceat(counts, first).astype(np.int64)

    def vocabulary(self, max_df: float = 0.2) -> Vocabulary:
        """The vocabulary of everything counted."""
        codes, df = self._merged()
        return Vocabulary(codes, df, self.n_docs, max_df)


@dataclass(frozen=True)
class SparseRows:
    """Rows of a sparse matrix in CSR form (unit length unless built otherwise)."""

    indptr: I64
    indices: I32  # term ids
    data: F32

    @property
    def n_rows(self) -> int:
        """How many rows."""
        return len(self.indptr) - 1

    @property
    def nnz(self) -> int:
        """How many stored values."""
        return len(self.indices)

    @classmethod
    def empty(cls, n_rows: int = 0) -> SparseRows:
        """`n_rows` empty rows."""
        return cls(np.zeros(n_rows + 1, dtype=np.int64), np.zeros(0, dtype=np.int32),
                   np.zeros(0, dtype=np.float32))

    @classmethod
    def from_triplets(cls, doc: I64, term: I64 | I32, value: F32, n_rows: int) -> SparseRows:
        """Rows from (row, term, value) triplets; equal (row, term) pairs are summed."""
        keys = (doc.astype(np.int64) << TERM_SHIFT) | term.astype(np.int64)
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        first = np.concatenate(([True], ordered[1:] != ordered[:-1])) if len(keys) else (
            np.zeros(0, dtype=bool))
        unique = ordered[first]
        summed = np.add.reduceat(value[order].astype(np.float64), np.flatnonzero(first)).astype(
            np.float32) if len(keys) else np.zeros(0, dtype=np.float32)
        rows = unique >> TERM_SHIFT
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
        return cls(indptr, (unique & ((1 << TERM_SHIFT) - 1)).astype(np.int32), summed)

    def row_ids(self) -> I64:
        """The row of every stored value."""
        return np.repeat(np.arange(self.n_rows, dtype=np.int64), np.diff(self.indptr))

    def normalized(self) -> SparseRows:
        """Every non-empty row scaled to unit length."""
        rows = self.row_ids()
        norms = np.sqrt(np.bincount(rows, weights=self.data.astype(np.float64) ** 2,
                                    minlength=self.n_rows))
        norms[norms == 0] = 1.0
        return SparseRows(self.indptr, self.indices, (self.data / norms[rows]).astype(np.float32))

    def scaled(self, factor: float) -> SparseRows:
        """Every value times `factor`."""
        return SparseRows(self.indptr, self.indices, (self.data * factor).astype(np.float32))

    def take(self, rows: I64) -> SparseRows:
        """The given rows, in the given order."""
        starts = self.indptr[rows]
        lengths = self.indptr[rows + 1] - starts
        positions = expand_ranges(starts, lengths)
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        return SparseRows(indptr, self.indices[positions], self.data[positions])

    def slice(self, start: int, end: int) -> SparseRows:
        """Rows start..end-1 (views of this matrix's arrays where possible)."""
        low, high = int(self.indptr[start]), int(self.indptr[end])
        return SparseRows(self.indptr[start:end + 1] - low, self.indices[low:high],
                          self.data[low:high])

    def row(self, i: int) -> tuple[I32, F32]:
        """(terms, values) of one row."""
        start, end = int(self.indptr[i]), int(self.indptr[i + 1])
        return self.indices[start:end], self.data[start:end]

    def top_terms(self, k: int) -> SparseRows:
        """Each row cut to its `k` heaviest terms (not renormalised)."""
        if self.nnz == 0 or int(np.diff(self.indptr).max()) <= k:
            return self
        if self.n_rows > TOP_TERMS_ROWS:  # a block of rows at a time bounds the temporaries
            return SparseRows.stack([
                self.slice(start, min(self.n_rows, start + TOP_TERMS_ROWS)).top_terms(k)
                for start in range(0, self.n_rows, TOP_TERMS_ROWS)])
        rows = self.row_ids()
        # by row, heaviest first (values lie in [0, 1]: one float key sorts both)
        order = np.argsort(rows * 2.0 + (1.0 - self.data.clip(0.0, 1.0)), kind="stable")
        rank = np.arange(self.nnz, dtype=np.int64) - self.indptr[rows[order]]
        keep = np.sort(order[rank < k])
        kept_rows = rows[keep]
        indptr = np.zeros(self.n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(kept_rows, minlength=self.n_rows), out=indptr[1:])
        return SparseRows(indptr, self.indices[keep], self.data[keep])

    def replaced(self, positions: I64, new: SparseRows) -> SparseRows:
        """These rows (ascending positions) replaced by the rows of `new`, in place."""
        parts: list[SparseRows] = []
        previous = 0
        for k, at in enumerate(int(p) for p in positions):
            parts += [self.slice(previous, at), new.slice(k, k + 1)]
            previous = at + 1
        parts.append(self.slice(previous, self.n_rows))
        return SparseRows.stack(parts)

    @staticmethod
    def stack(parts: list[SparseRows]) -> SparseRows:
        """The rows of several matrices, one after another."""
        if not parts:
            return SparseRows.empty()
        indptr = [np.zeros(1, dtype=np.int64)]
        offset = 0
        for part in parts:
            indptr.append(part.indptr[1:] + offset)
            offset += part.nnz
        return SparseRows(np.concatenate(indptr),
                          np.concatenate([p.indices for p in parts]),
                          np.concatenate([p.data for p in parts]).astype(np.float32, copy=False))


def text_chunks(titles: Sequence[str], bodies: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) ranges of documents holding about CHUNK_CHARS characters each."""
    chunks: list[tuple[int, int]] = []
    start = size = 0
    for i, (title, body) in enumerate(zip(titles, bodies, strict=True)):
        size += len(title) + len(body)
        if size >= CHUNK_CHARS:
            chunks.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(titles):
        chunks.append((start, len(titles)))
    return chunks


def weigh(vocab: Vocabulary, doc: I64, codes: I64, counts: I64, n_rows: int) -> SparseRows:
    """Unit-length TF-IDF rows (sublinear tf) of (doc, gram, count) triplets; unknown and
    stop grams are left out."""
    terms = vocab.lookup(codes)
    keep = terms >= 0
    keep[keep] = ~vocab.stop[terms[keep]]
    values = (1.0 + np.log(counts[keep])) * vocab.idf[terms[keep]]
    return SparseRows.from_triplets(doc[keep], terms[keep].astype(np.int32),
                                    values.astype(np.float32),
                                    n_rows).normalized()


def combine(title: SparseRows, body: SparseRows, title_weight: float) -> SparseRows:
    """Unit-length rows mixing the title's and the body's vectors."""
    parts = (title.scaled(title_weight), body.scaled(1.0 - title_weight))
    doc = np.concatenate([p.row_ids() for p in parts])
    term = np.concatenate([p.indices for p in parts]).astype(np.int32)
    value = np.concatenate([p.data for p in parts]).astype(np.float32)
    return SparseRows.from_triplets(doc, term, value, title.n_rows).normalized()


def vectorize(vocab: Vocabulary, titles: Sequence[str], bodies: Sequence[str],
              title_weight: float) -> SparseRows:
    """Unit-length vectors of (title, body) pairs over `vocab` (unknown grams ignored),
    computed a chunk of texts at a time."""
    parts: list[SparseRows] = []
    for start, end in text_chunks(titles, bodies):
        n = end - start
        title = weigh(vocab, *bigram_counts([clean_title(t) for t in titles[start:end]]), n)
        body = weigh(vocab, *bigram_counts(list(bodies[start:end])), n)
        parts.append(combine(title, body, title_weight))
    return SparseRows.stack(parts) if parts else SparseRows.empty(len(titles))
