"""A blank note is refused, not added as an empty note with its author and time (the
hostile-input sweep's `review-desk annotate FILE 1 --note ""` added one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_desk.cli import main
from review_desk.desk import Desk
from review_desk.errors import InvalidActionError


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_a_blank_note_is_refused_and_nothing_is_written(desk: Desk, text: str) -> None:
    pid = desk.list_ids()[0]
    with pytest.raises(InvalidActionError):
        desk.annotations.add_note(pid, text, shared=False)
    note_id, _ = desk.annotations.add_note(pid, "先看第三条", shared=False)
    with pytest.raises(InvalidActionError):
        desk.annotations.edit_note(note_id, text)
    assert [n.text for n in desk.detail(pid).notes] == ["先看第三条"]


def test_annotate_with_an_empty_note_is_a_refusal(session_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--reviewer", "甲", "annotate", str(session_path), "1", "--opinion", "同意",
                 "--note", ""]) == 2
    assert "备注内容不能为空" in capsys.readouterr().err
    with Desk.open(session_path) as desk:
        detail = desk.detail(desk.proposal_id(1))
    assert list(detail.notes) == []
    assert detail.opinion == ""  # all of it, or nothing
