"""An inverted index over sparse rows: built, edited in place, and scored against queries."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.grams import I64
from review_desk.assist.vectors import F32, I32, SparseRows, expand_ranges

POSTINGS_CHUNK = 2_000_000  # postings walked at once when scoring (about 50 MB of temporaries)


@dataclass(frozen=True)
class Postings:
    """An inverted index over rows: for each term, the rows holding it and the value."""

    ptr: I64
    rows: I32
    data: F32
    n_rows: int

    @classmethod
    def of(cls, matrix: SparseRows, n_terms: int) -> Postings:
        """Index the rows of `matrix`."""
        order = stable_order(matrix.indices)
        ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(matrix.indices, minlength=n_terms), out=ptr[1:])
        row_of = np.repeat(np.arange(matrix.n_rows, dtype=np.int32), np.diff(matrix.indptr))
        return cls(ptr, row_of[order], matrix.data[order], matrix.n_rows)

    def merged(self, keep: NDArray[np.bool_], added: SparseRows, n_terms: int) -> Postings:
        """The index of this index's rows where `keep`, renumbered in order, followed by
        `added`: what `Postings.of` gives for those rows stacked, in one linear pass (no
        sort), so an edit of a few proposals does not re-sort the whole session."""
        old_terms = len(self.ptr) - 1
        kept_entry = keep[self.rows]
        term = np.repeat(np.arange(old_terms, dtype=np.int64), np.diff(self.ptr))[kept_entry]
        renumber = np.cumsum(keep) - 1
        kept_rows = renumber[self.rows[kept_entry]].astype(np.int32)
        kept_data = self.data[kept_entry]
        n_kept = int(keep.sum())
        fresh = Postings.of(added, n_terms)
        kept_count = np.bincount(term, minlength=n_terms)
        fresh_count = np.diff(fresh.ptr)
        ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(kept_count + fresh_count, out=ptr[1:])
        rows = np.empty(int(ptr[-1]), dtype=np.int32)
        data = np.empty(int(ptr[-1]), dtype=np.float32)
        kept_start = np.cumsum(kept_count) - kept_count
        at = ptr[term] + np.arange(len(term), dtype=np.int64) - kept_start[term]
        rows[at], data[at] = kept_rows, kept_data
        fresh_term = np.repeat(np.arange(n_terms, dtype=np.int64), fresh_count)
        at = (ptr[fresh_term] + kept_count[fresh_term]
              + np.arange(len(fresh_term), dtype=np.int64) - fresh.ptr[fresh_term])
        rows[at], data[at] = fresh.rows + n_kept, fresh.data
        return Postings(ptr, rows, data, n_kept + added.n_rows)

    def replaced(self, positions: I64, old: SparseRows, new: SparseRows,
                 n_terms: int) -> Postings:
        """The index after rows `positions` (ascending) changed from the rows of `old` to
        those of `new`: what `Postings.of` gives for the edited matrix, by deleting and
        inserting only the entries of those rows (an edit of one proposal touches a few
        hundred entries, not the whole session). Only the posting lists of the terms the
        edited rows hold are searched; the rest is copied in a few blocks."""
        ptr = np.asarray(self.ptr, dtype=np.int64)
        if n_terms > len(ptr) - 1:
            ptr = np.concatenate([ptr, np.full(n_terms + 1 - len(ptr), ptr[-1])])
        width = max(self.n_rows, 1)
        gone_terms = old.indices.astype(np.int64)
        gone_key = gone_terms * width + np.repeat(positions.astype(np.int64),
                                                  np.diff(old.indptr))
        added_terms = new.indices.astype(np.int64)
        added_rows = np.repeat(positions.astype(np.int64), np.diff(new.indptr))
        added_key = added_terms * width + added_rows
        order = np.argsort(added_key, kind="stable")
        added_key = added_key[order]
        # entries ascend by (term, row): the posting lists of the touched terms, one key each
        touched = np.sort(np.concatenate([gone_terms, added_terms]))
        # distinct terms without np.unique (whose first call imports numpy.ma: 15 ms)
        touched = touched[np.concatenate([[True], touched[1:] != touched[:-1]])] if len(
            touched) else touched
        lengths = ptr[touched + 1] - ptr[touched]
        where = expand_ranges(ptr[touched], lengths)
        key = np.repeat(touched, lengths) * width + self.rows[where]
        gone = np.sort(where[np.searchsorted(key, gone_key)]) if len(gone_key) else (
            np.zeros(0, dtype=np.int64))
        # where each new entry goes in the old arrays: its term's start plus the entries of
        # that term with a smaller row
        term_of = added_key // width
        at = ptr[term_of] + (np.searchsorted(key, added_key)
                             - np.searchsorted(key, term_of * width))
        rows = _spliced(self.rows, gone, at, added_rows[order].astype(np.int32))
        data = _spliced(self.data, gone, at, new.data[order].astype(np.float32))
        change = (np.bincount(added_terms, minlength=n_terms)
                  - np.bincount(gone_terms, minlength=n_terms))
        ptr = ptr + np.concatenate([[0], np.cumsum(change)])
        return Postings(ptr, rows.astype(np.int32, copy=False),
                        data.astype(np.float32, copy=False), self.n_rows)

    def scores(self, queries: SparseRows) -> NDArray[np.float64]:
        """Dot products of every query row with every indexed row: (queries, rows)."""
        out = np.zeros((queries.n_rows, self.n_rows), dtype=np.float64)
        n_terms = len(self.ptr) - 1
        terms = queries.indices.astype(np.int64)
        known = terms < n_terms
        walked = np.where(known, self.ptr[np.minimum(terms + 1, n_terms)]
                          - self.ptr[np.minimum(terms, n_terms)], 0)
        per_row = np.add.reduceat(walked, queries.indptr[:-1]) if queries.nnz else (
            np.zeros(queries.n_rows, dtype=np.int64))
        per_row[np.diff(queries.indptr) == 0] = 0
        # rows in chunks of at most POSTINGS_CHUNK postings bound the temporary arrays
        start = 0
        while start < queries.n_rows:
            end = start + 1
            total = int(per_row[start])
            while end < queries.n_rows and total + per_row[end] <= POSTINGS_CHUNK:
                total += int(per_row[end])
                end += 1
            self._accumulate(queries.take(np.arange(start, end, dtype=np.int64)), out[start:end])
            start = end
        return out

    def _accumulate(self, queries: SparseRows, out: NDArray[np.float64]) -> None:
        n_terms = len(self.ptr) - 1
        terms = queries.indices.astype(np.int64)
        qrow = queries.row_ids()
        known = terms < n_terms
        terms, qrow, weight = terms[known], qrow[known], queries.data[known]
        starts = self.ptr[terms]
        lengths = self.ptr[terms + 1] - starts
        positions = expand_ranges(starts, lengths)
        keys = np.repeat(qrow, lengths) * self.n_rows + self.rows[positions]
        values = self.data[positions] * np.repeat(weight, lengths)
        size = queries.n_rows * self.n_rows
        out += np.bincount(keys, weights=values, minlength=size).reshape(out.shape)


def _spliced(values: NDArray[np.generic], gone: I64, at: I64, added: NDArray[np.generic]
             ) -> NDArray[np.generic]:
    """`values` without the entries at `gone` (ascending) and with `added` inserted before
    the entries at `at` (ascending, positions in `values`), copied block by block."""
    out = np.empty(len(values) - len(gone) + len(added), dtype=values.dtype)
    # events in order: at a position, the insertions come before the entry there
    points = np.concatenate([at, gone])
    kinds = np.concatenate([np.zeros(len(at), dtype=np.int8), np.ones(len(gone), dtype=np.int8)])
    order = np.lexsort((kinds, points))
    src = dst = 0
    added_next = 0
    for point, kind in zip(points[order].tolist(), kinds[order].tolist(), strict=True):
        block = point - src
        out[dst:dst + block] = values[src:point]
        dst += block
        src = point
        if kind == 0:
            out[dst] = added[added_next]
            added_next += 1
            dst += 1
        else:
            src += 1
    out[dst:] = values[src:]
    return out


def stable_order(keys: I32) -> I64:
    """The stable argsort of non-negative int32 keys, as two 16-bit radix passes (numpy's
    stable sort is a radix sort only for 16-bit keys; for int32 it falls back to timsort,
    several times slower on the million keys of a session's index)."""
    values = np.asarray(keys).astype(np.uint32, copy=False)
    low = np.argsort((values & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((values[low] >> 16).astype(np.uint16), kind="stable")
    return low[high].astype(np.int64)
