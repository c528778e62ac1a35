"""The session's titles read for meaning ahead and kept beside the file (`kept_meaning`): the
same suggestions with or without them, no engine call for a kept title, and a kept row never
used for another title, model, engine or titles file, nor from a damaged file or read-only
media."""

from __future__ import annotations

import gc
import json
import os
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from review_desk.assist import Assistant, kept_meaning, meaning
from review_desk.assist.index_cache import MEANING_FILE, cache_folder
from review_desk.assist.meaning import MeaningReading, meaning_reading, text_of
from review_desk.desk import Desk
from review_desk.review.journal import Set
from tests.helpers.media import remount_read_only, tmpfs
from tests.unit.test_assist import make_bundle
from tests.unit.test_assist_meaning import reading  # noqa: F401  (a fixture)


class Counting:
    """The engine, with every text it was asked to embed."""

    def __init__(self, encoder: Any) -> None:
        self.encoder = encoder
        self.asked: list[str] = []

    def encode(self, texts: Sequence[str], is_query: bool) -> Any:
        self.asked.extend(texts)
        return self.encoder.encode(texts, is_query)


@pytest.fixture
def engine(reading: MeaningReading, monkeypatch: pytest.MonkeyPatch  # noqa: F811
           ) -> Iterator[Counting]:
    # the reading looks among every session's kept titles in the process: another test's
    # session still alive (a window the suite has not freed yet) would answer for the engine
    monkeypatch.setattr(meaning, "_KEPT", weakref.WeakSet())
    counting = Counting(reading._encoder)
    monkeypatch.setattr(reading, "_encoder", counting)
    monkeypatch.setattr(reading, "_seen", {})  # only what is kept, not what this process saw
    yield counting


def _session(folder: Path) -> Path:
    path = folder / "kept.rdesk"
    Desk.create(path, make_bundle(), reviewer="测试").close()
    return path


def _all_suggestions(desk: Desk, assistant: Assistant) -> list[Any]:
    return [assistant.suggest(pid) for pid in assistant.index.session.ids]


def _kept_file(path: Path) -> dict[str, Any]:
    with np.load(cache_folder(path) / MEANING_FILE) as data:
        meta: dict[str, Any] = json.loads(bytes(data["meta"]).decode("utf-8"))
        meta["matrix"] = np.asarray(data["matrix"])
    return meta


def test_kept_titles_give_the_same_suggestions_without_the_engine(
        tmp_path: Path, engine: Counting) -> None:
    path = _session(tmp_path)
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        assistant.build()
        without = _all_suggestions(desk, assistant)  # each title embedded on request
        n = len(assistant.index.session.ids)
        assert len(set(engine.asked)) == n
        kept, seen = assistant.index.meaning.vectors, meaning_reading()._seen  # type: ignore[union-attr]
        assert kept and not set(kept) & set(seen)  # a kept row is not held twice
    with Desk.open(path, reviewer="测试") as desk:
        warmed = Assistant(desk)
        assert warmed.warm_titles() == n
        assert (cache_folder(path) / MEANING_FILE).exists()
    del assistant, warmed
    gc.collect()  # nothing kept in this process any more: only the file
    _forget_seen()
    engine.asked.clear()
    with Desk.open(path, reviewer="测试") as desk:  # a fresh process: the file is read
        fresh = Assistant(desk)
        fresh.build()
        assert fresh.index.loaded_from_cache and len(fresh.index.meaning.texts) == n
        assert _all_suggestions(desk, fresh) == without
        assert fresh.warm_titles() == 0
    assert engine.asked == []  # no title of the session went to the engine


def test_a_changed_title_is_embedded_again_and_its_old_row_leaves(
        tmp_path: Path, engine: Counting) -> None:
    path = _session(tmp_path)
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        assistant.build()
        assistant.warm_titles()
        first = desk.proposal_id(1)
        old = assistant.index.meaning.texts[first]
        engine.asked.clear()
        title = "关于加强城市地下管网改造的提案"
        desk.writer.run("test.edit", lambda _conn: [Set("proposal", first, "title", title)])
        after = assistant.suggest(first)
        assert engine.asked == [text_of(title)]  # the new title, once, on its request
        kept = assistant.index.meaning
        assert kept.texts[first] == text_of(title) and old not in kept.vectors
        np.testing.assert_array_equal(kept.vectors[text_of(title)],
                                      engine.encoder.encode([text_of(title)], True)[0])
        assert kept.dirty
        assert kept_meaning.save(path, kept)
    del assistant, kept
    gc.collect()
    saved = _kept_file(path)
    assert text_of(title) in saved["texts"] and old not in saved["texts"]
    assert saved["texts"][saved["ids"][first]] == text_of(title)
    engine.asked.clear()
    with Desk.open(path, reviewer="测试") as desk:
        fresh = Assistant(desk)
        assert fresh.suggest(first) == after
    assert engine.asked == []


def test_a_later_save_writes_the_rows_and_clears_a_cut_off_write(
        tmp_path: Path, engine: Counting) -> None:
    path = _session(tmp_path)
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        assistant.build()
        kept = assistant.index.meaning
        kept_meaning.ensure(kept, {desk.proposal_id(1): "关于加强城市地下管网改造的提案"})
        folder = cache_folder(path)
        cut_off, writing = folder / "meaning.0badf00d.tmp", folder / "meaning.0000beef.tmp"
        cut_off.write_bytes(b"half a file")
        writing.write_bytes(b"another process's write")
        old = time.time() - kept_meaning.STALE_TEMP_SECONDS - 1
        os.utime(cut_off, (old, old))
        kept_meaning.save_later(path, kept)
        for thread in threading.enumerate():
            if thread.name == "review-desk-keep-titles":
                thread.join()
        assert not kept.dirty
        assert text_of("关于加强城市地下管网改造的提案") in _kept_file(path)["texts"]
        assert not cut_off.exists() and writing.exists()


@pytest.mark.parametrize("change", ["model", "engine", "composed"])
def test_rows_of_another_model_engine_or_titles_file_are_not_used(
        tmp_path: Path, engine: Counting, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    path = _session(tmp_path)
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        assistant.build()
        n = assistant.warm_titles()
    if change == "model":
        monkeypatch.setattr(kept_meaning, "MODEL_ID", "another-model")
    elif change == "engine":
        monkeypatch.setattr(kept_meaning.metadata, "version", lambda _name: "99.0")
    else:
        monkeypatch.setattr(kept_meaning, "composed_digest", lambda: "another titles file")
    del assistant
    gc.collect()  # a process of that model would have seen none of these titles
    _forget_seen()
    with Desk.open(path, reviewer="测试") as desk:
        fresh = Assistant(desk)
        fresh.build()
        assert fresh.index.loaded_from_cache and not fresh.index.meaning.vectors
        engine.asked.clear()
        assert fresh.warm_titles() == n  # all made again under the new stamp
    assert len(engine.asked) == n
    assert kept_meaning.load(path, kept_meaning.KeptTitles())


def _forget_seen() -> None:
    """What a fresh process knows: no title seen, no session's titles kept. Not left to the
    garbage collector: in the full suite a session of an earlier step outlived its `del`."""
    found = meaning_reading()
    assert found is not None
    found._seen.clear()
    meaning._KEPT.clear()  # the test's own set (the `engine` fixture)


def _truncate(file: Path) -> None:
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])


def _garbage(file: Path) -> None:
    file.write_bytes(b"PK\x03\x04" + b"\x00" * 200)


def _wrong_shape(file: Path) -> None:
    meta = json.dumps({"stamp": kept_meaning.stamp(), "texts": ["甲", "乙"], "ids": {"x": 1}})
    np.savez(file, meta=np.frombuffer(meta.encode(), dtype=np.uint8),
             matrix=np.zeros((3, 384), dtype=np.float32))


def _not_finite(file: Path) -> None:
    meta = json.dumps({"stamp": kept_meaning.stamp(), "texts": ["甲"], "ids": {"x": 0}})
    np.savez(file, meta=np.frombuffer(meta.encode(), dtype=np.uint8),
             matrix=np.full((1, 384), np.nan, dtype=np.float32))


def _no_meta(file: Path) -> None:
    np.savez(file, matrix=np.zeros((1, 384), dtype=np.float32))


@pytest.mark.parametrize("damage", [_truncate, _garbage, _wrong_shape, _not_finite, _no_meta])
def test_a_damaged_file_is_ignored_and_made_again(tmp_path: Path, engine: Counting,
                                                  damage: Any) -> None:
    path = _session(tmp_path)
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        assistant.build()
        n = assistant.warm_titles()
        expected = assistant.suggest(desk.proposal_id(2))
    damage(cache_folder(path) / MEANING_FILE)
    ignored = kept_meaning.KeptTitles()
    assert not kept_meaning.load(path, ignored) and not ignored.vectors and not ignored.texts
    del assistant
    gc.collect()
    _forget_seen()
    engine.asked.clear()
    with Desk.open(path, reviewer="测试") as desk:
        fresh = Assistant(desk)
        assert fresh.suggest(desk.proposal_id(2)) == expected
        assert fresh.warm_titles() == n - 1  # the one just asked for is kept already
    assert len(engine.asked) == n
    assert kept_meaning.load(path, kept_meaning.KeptTitles())
    assert len(_kept_file(path)["texts"]) == n


def test_read_only_media_go_without_the_file(engine: Counting) -> None:
    with tmpfs(8192) as media:
        path = _session(media)
        with Desk.open(path, reviewer="测试") as desk:
            Assistant(desk).build()  # the index is kept there while it could be written
        remount_read_only(media)
        gc.collect()
        with Desk.open(path, reviewer="测试") as desk:
            assert desk.read_only
            assistant = Assistant(desk)
            assistant.build()
            n = len(assistant.index.session.ids)
            assert assistant.warm_titles() == n  # embedded, kept in memory, not written
            engine.asked.clear()
            assert assistant.suggest(desk.proposal_id(1))
            assert engine.asked == []
        assert not (cache_folder(path) / MEANING_FILE).exists()
