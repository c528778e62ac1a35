"""Documents dated after the deadline they set say so: a stale 交办日期 or a late re-export
would otherwise print 「于2026年5月20日前办理完毕」 on a letter dated in December."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from review_desk.desk import Desk
from review_desk.documents.export import ExportOptions, export_documents
from tests.unit.test_documents_support import Reviewed


def _warnings(reviewed: Reviewed, out: Path, when: date) -> list[str]:
    opts = ExportOptions(what=("sheets",), issue_date=when, workers=1)
    with Desk.open(reviewed.path) as desk:
        return export_documents(desk, out, opts).warnings


def test_a_deadline_before_the_documents_date_is_named(reviewed: Reviewed,
                                                       tmp_path: Path) -> None:
    on_time = _warnings(reviewed, tmp_path / "feb", date(2026, 2, 22))
    assert not [w for w in on_time if "早于文件日期" in w]
    late = [w for w in _warnings(reviewed, tmp_path / "dec", date(2026, 12, 1))
            if "早于文件日期" in w]
    assert len(late) == 1
    assert "2026年4月30日" in late[0] and "2026年12月1日" in late[0]  # the earliest one
