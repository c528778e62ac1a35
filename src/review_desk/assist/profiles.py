"""Unit profiles: what each unit led in the archive, summed sparsely."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from review_desk.assist.vectors import SparseRows

if TYPE_CHECKING:
    from review_desk.assist.index import ArchivePart

PROFILE_CHUNK = 20_000  # archive cases summed at once into the unit profiles


def unit_profiles(archive: ArchivePart, n_units: int,
                  train: np.ndarray | None = None) -> SparseRows:
    """Unit-length sums of the cases each unit led (of `train`, default all), summed a
    chunk of cases at a time as sparse triplets (a dense units × terms table would take
    hundreds of megabytes at national scale)."""
    led = archive.lead >= 0
    if train is not None:
        led = led & train
    doc: list[np.ndarray] = []
    term: list[np.ndarray] = []
    value: list[np.ndarray] = []
    for start in range(0, len(archive.ids), PROFILE_CHUNK):
        end = min(len(archive.ids), start + PROFILE_CHUNK)
        part = archive.rows.slice(start, end)
        row_of = part.row_ids() + start
        keep = led[row_of]
        summed = SparseRows.from_triplets(np.asarray(archive.lead[row_of[keep]]),
                                          np.asarray(part.indices[keep]),
                                          np.asarray(part.data[keep]), n_units)
        doc.append(summed.row_ids())
        term.append(summed.indices)
        value.append(summed.data)
    if not doc:
        return SparseRows.empty(n_units)
    return SparseRows.from_triplets(np.concatenate(doc), np.concatenate(term),
                                    np.concatenate(value), n_units).normalized()
