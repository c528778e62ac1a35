"""One definition per concept: the reviewer name, the import summary, the domain words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review import journal
from tests.conftest import small_bundle

ROOT = Path(__file__).resolve().parents[2]


def test_renaming_the_reviewer_names_the_next_change(desk: Desk) -> None:
    desk.reviewer = "乙"
    desk.decisions.decide([desk.list_ids()[0]], "accept")
    with desk.store.reading() as conn:
        last = conn.exec_driver_sql(
            "SELECT reviewer FROM change ORDER BY seq DESC LIMIT 1").scalar()
    assert (desk.reviewer, last) == ("乙", "乙")


def test_an_import_that_fails_to_commit_leaves_no_summary(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.importer.import_bundle(small_bundle(2))
    assert desk.importer.last_summary is not None
    assert desk.importer.last_summary.proposals == 2

    def broken(*_args: object, **_kw: object) -> journal.Changed:
        raise OSError("the disk went away")

    monkeypatch.setattr(journal.Journal, "commit", broken)
    with pytest.raises(OSError):
        desk.importer.import_bundle(small_bundle(3))
    assert desk.importer.last_summary is None


TYPO = '''
from review_desk.review.decisions import status_op
from review_desk.review.lookup import ProposalState
from review_desk.review.units import UnitSlot

status_op("p1", "acepted")
UnitSlot("u1", "leed")

def closed(state: ProposalState) -> bool:
    return state.status == "rejeced" or state.handling_mode == "spilt"
'''


def test_a_typo_in_a_status_role_or_mode_fails_mypy(tmp_path: Path) -> None:
    snippet = tmp_path / "typo.py"
    snippet.write_text(TYPO, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--follow-imports=silent", str(snippet)],
        cwd=ROOT, capture_output=True, text=True,
    )
    for line in (6, 7, 10):
        assert f"typo.py:{line}: error" in result.stdout, result.stdout
    assert "Found 4 errors" in result.stdout, result.stdout
