"""The assistance index built in a child process for the window: the child writes the
cache beside the file and the window's process loads it; stopping ends the child and
leaves nothing behind; where a child cannot help or fails, the build happens here."""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from review_desk.assist import Assistant, index_process
from review_desk.assist.index_cache import cache_folder
from review_desk.desk import Desk
from tests.helpers.media import remount_read_only, tmpfs
from tests.unit.test_assist import make_bundle


class Stop(Exception):
    """Raised from the progress callback, as the window's panel does when closing."""


def _session(folder: Path) -> Path:
    path = folder / "child.rdesk"
    Desk.create(path, make_bundle(), reviewer="测试").close()
    return path


def _failing_child(_path: str, _tag: str, sender: Connection) -> None:
    """A child that ends without building (spawned by reference, like the real one)."""
    sender.close()
    raise SystemExit(3)


@pytest.fixture(autouse=True)
def every_session_gets_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_process, "CHILD_FROM", 0)


def test_the_child_writes_the_index_and_this_process_loads_it(tmp_path: Path) -> None:
    path = _session(tmp_path)
    stages: list[str] = []
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        index_process.build(assistant.index, lambda stage, _d, _t: stages.append(stage))
        assert assistant.index.loaded_from_cache  # built over there, loaded here
        assert (cache_folder(path) / "meta.json").exists()
        # the child's progress came through, every stage of it
        assert {"reading", "vectors", "index"} <= set(stages)
        first = desk.proposal_id(1)
        from_child = (assistant.similar(first), assistant.suggest(first))
    with Desk.open(path, reviewer="测试") as desk:
        here = Assistant(desk)
        here.index.build(use_cache=False)  # the same build in this process
        assert not here.index.loaded_from_cache
        assert (here.similar(first), here.suggest(first)) == from_child


def test_stopping_ends_the_child_and_leaves_nothing(tmp_path: Path) -> None:
    path = _session(tmp_path)
    calls: list[str] = []

    def progress(stage: str, _done: int, _total: int) -> None:
        calls.append(stage)
        if len(calls) > 2:  # after the cache was looked for and the child started
            raise Stop()

    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        with pytest.raises(Stop):
            index_process.build(assistant.index, progress)
        assert not assistant.ready
    assert not cache_folder(path).exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_failed_child_means_a_build_here(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = _session(tmp_path)
    monkeypatch.setattr(index_process, "_child", _failing_child)
    with Desk.open(path, reviewer="测试") as desk:
        assistant = Assistant(desk)
        index_process.build(assistant.index)
        assert assistant.ready and not assistant.index.loaded_from_cache
        assert assistant.suggest(desk.proposal_id(1))


def test_read_only_media_build_in_memory() -> None:
    with tmpfs(8192) as media:
        path = _session(media)
        remount_read_only(media)
        with Desk.open(path, reviewer="测试") as desk:
            assert desk.read_only
            assistant = Assistant(desk)
            index_process.build(assistant.index)
            assert assistant.ready and not assistant.index.loaded_from_cache
            assert assistant.suggest(desk.proposal_id(1))
        assert not cache_folder(path).exists()
