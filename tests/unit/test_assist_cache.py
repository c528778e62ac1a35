"""The assistance index kept beside the session file: a fresh process loads it instead of
rebuilding, catches up with changes made since, and never uses a cache of another history."""

from __future__ import annotations

import json
from pathlib import Path

from review_desk.assist import Assistant
from review_desk.assist.index_cache import cache_folder
from review_desk.desk import Desk
from review_desk.review.journal import Set
from tests.unit.test_assist import make_bundle


def _session(tmp_path: Path) -> Path:
    path = tmp_path / "cache.rdesk"
    Desk.create(path, make_bundle(), reviewer="测试").close()
    return path


def _fresh(path: Path) -> tuple[Desk, Assistant]:
    desk = Desk.open(path, reviewer="测试")
    assistant = Assistant(desk)
    assistant.build()
    return desk, assistant


def test_a_fresh_process_loads_the_index_and_answers_the_same(tmp_path: Path) -> None:
    path = _session(tmp_path)
    desk, built = _fresh(path)
    with desk:
        assert not built.index.loaded_from_cache
        assert (cache_folder(path) / "meta.json").exists()
        first = desk.proposal_id(1)
        expected = (built.suggest(first), built.similar(first))
    desk, loaded = _fresh(path)
    with desk:
        assert loaded.index.loaded_from_cache
        assert (loaded.suggest(first), loaded.similar(first)) == expected


def test_changes_made_after_the_cache_are_caught_up(tmp_path: Path) -> None:
    path = _session(tmp_path)
    desk, _ = _fresh(path)
    with desk:
        third, first = desk.proposal_id(3), desk.proposal_id(1)
        desk.writer.run("test.edit", lambda _conn: [
            Set("proposal", third, "title", "关于扩大社区居家养老服务供给的提案"),
            Set("proposal", third, "background", "社区养老服务站不足，居家养老服务供给不足。")])
    archive_file = cache_folder(path) / "archive.data.npy"
    written = archive_file.stat().st_mtime_ns
    desk, loaded = _fresh(path)
    with desk:
        assert loaded.index.loaded_from_cache
        assert third in {c.id for c in loaded.similar(first)}
        mark = loaded.index.mark
    # the caught-up session part was kept, the archive part left as it was
    meta = json.loads((cache_folder(path) / "meta.json").read_text(encoding="utf-8"))
    assert meta["mark"] == mark
    assert archive_file.stat().st_mtime_ns == written
    assert len(list(cache_folder(path).glob("session.*"))) == 1
    desk, again = _fresh(path)
    with desk:
        assert again.index.loaded_from_cache and again.index.mark == mark
        assert third in {c.id for c in again.similar(first)}


def test_a_cache_of_another_history_is_not_used(tmp_path: Path) -> None:
    path = _session(tmp_path)
    _fresh(path)[0].close()
    meta = cache_folder(path) / "meta.json"
    data = json.loads(meta.read_text(encoding="utf-8"))
    data["mark_id"] = "someone-else"
    meta.write_text(json.dumps(data), encoding="utf-8")
    desk, assistant = _fresh(path)
    with desk:
        assert not assistant.index.loaded_from_cache


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    path = _session(tmp_path)
    _fresh(path)[0].close()
    for array in cache_folder(path).glob("archive*.npy"):
        array.write_bytes(b"not an array")
    desk, assistant = _fresh(path)
    with desk:
        assert not assistant.index.loaded_from_cache
        assert assistant.suggest(desk.proposal_id(1))


def test_merged_postings_equal_a_full_rebuild() -> None:
    import numpy as np

    from review_desk.assist.postings import Postings
    from review_desk.assist.vectors import SparseRows

    rng = np.random.default_rng(7)
    for _ in range(30):
        n_rows, n_terms = int(rng.integers(1, 40)), int(rng.integers(1, 60))

        def random_rows(count: int, terms: int) -> SparseRows:
            doc = rng.integers(0, max(1, count), size=count * 4).astype(np.int64)
            term = rng.integers(0, terms, size=count * 4).astype(np.int32)
            value = rng.random(count * 4).astype(np.float32)
            return SparseRows.from_triplets(doc, term, value, count)

        base = random_rows(n_rows, n_terms)
        grown = n_terms + int(rng.integers(0, 5))  # edits may add new grams
        added = random_rows(int(rng.integers(0, 6)), grown)
        keep = rng.random(n_rows) < 0.7
        merged = Postings.of(base, n_terms).merged(keep, added, grown)
        stacked = SparseRows.stack([base.take(np.flatnonzero(keep)), added])
        expected = Postings.of(stacked, grown)
        assert merged.n_rows == expected.n_rows
        for name in ("ptr", "rows", "data"):
            assert np.array_equal(getattr(merged, name), getattr(expected, name)), name


def test_postings_of_rows_edited_in_place_equal_a_full_rebuild() -> None:
    import numpy as np

    from review_desk.assist.postings import Postings
    from review_desk.assist.vectors import SparseRows

    rng = np.random.default_rng(11)
    for _ in range(40):
        n_rows, n_terms = int(rng.integers(1, 40)), int(rng.integers(1, 60))

        def random_rows(count: int, terms: int) -> SparseRows:
            doc = rng.integers(0, max(1, count), size=count * 4).astype(np.int64)
            term = rng.integers(0, terms, size=count * 4).astype(np.int32)
            value = rng.random(count * 4).astype(np.float32)
            return SparseRows.from_triplets(doc, term, value, count)

        base = random_rows(n_rows, n_terms)
        grown = n_terms + int(rng.integers(0, 5))  # an edit may bring new grams
        positions = np.sort(rng.choice(n_rows, size=int(rng.integers(1, min(4, n_rows) + 1)),
                                       replace=False)).astype(np.int64)
        new = random_rows(len(positions), grown)
        edited = base.replaced(positions, new)
        assert edited.n_rows == n_rows
        for k, at in enumerate(positions):
            assert np.array_equal(edited.row(int(at))[0], new.row(k)[0])
        expected = Postings.of(edited, grown)
        got = Postings.of(base, n_terms).replaced(positions, base.take(positions), new, grown)
        assert got.n_rows == expected.n_rows
        for name in ("ptr", "rows", "data"):
            assert np.array_equal(getattr(got, name), getattr(expected, name)), name
