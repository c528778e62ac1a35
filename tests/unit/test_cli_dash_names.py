"""A file whose name begins with "-" works as it is typed (`review-desk list -初稿.rdesk`):
argparse took it for an unknown option and said FILE was missing, or read "accept" as
the intake number (found by the hostile-input sweep). Negative numbers stay numbers."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from review_desk.cli import main
from review_desk.desk import Desk
from tests.conftest import small_bundle


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Path]:
    Desk.create(tmp_path / "-初稿.rdesk", small_bundle(), reviewer="秘书处").close()
    with contextlib.chdir(tmp_path):
        yield tmp_path


def test_a_session_named_with_a_leading_dash_is_read_and_written(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--reviewer", "甲", "list", "-初稿.rdesk", "--json"]) == 0
    assert '"intake_no": 1' in capsys.readouterr().out
    assert main(["--reviewer", "甲", "decide", "-初稿.rdesk", "1", "accept"]) == 0
    assert main(["--reviewer", "甲", "copy", "-初稿.rdesk", "-副本.rdesk"]) == 0
    assert main(["--reviewer", "甲", "new", "-新会议.rdesk"]) == 0
    assert {p.name for p in here.iterdir()} >= {"-初稿.rdesk", "-副本.rdesk", "-新会议.rdesk"}
    with Desk.open(here / "-副本.rdesk") as desk:
        assert desk.rows([desk.proposal_id(1)])[0].status == "accepted"


def test_negative_numbers_and_options_are_not_taken_for_files(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--reviewer", "甲", "decide", "-初稿.rdesk", "-5", "accept"]) == 2
    assert "-5" in capsys.readouterr().err  # no proposal -5: a number, as typed
    with pytest.raises(SystemExit):
        main(["list", "-h"])
    assert "usage: review-desk list" in capsys.readouterr().out
