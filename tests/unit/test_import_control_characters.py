"""Control characters in imported text (NUL, ESC, BEL … from pasted or exported data)
are never stored: a title with ESC drove the terminal `review-desk list` printed to.
Word's line and page breaks become line breaks (found by the hostile-input sweep)."""

from __future__ import annotations

import re
from pathlib import Path

from review_desk.cli import main
from review_desk.desk import Desk
from review_desk.importing.cells import one_line, text_of
from tests.conftest import small_bundle

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_cells_lose_control_characters() -> None:
    assert one_line("关于加强\x0b社区\x00养老\x1b[31m服务的提案\x07") == (
        "关于加强社区养老[31m服务的提案")
    assert text_of("情况\x0c分析\x01。\r\n第二段\x9b") == "情况\n分析。\n第二段"
    assert text_of("\t缩进\t") == "缩进"


def test_an_imported_csv_stores_no_control_character(tmp_path: Path) -> None:
    session = tmp_path / "s.rdesk"
    Desk.create(session, small_bundle(), reviewer="秘书处").close()
    source = tmp_path / "in.csv"
    source.write_text("案由,提案人,界别,类别,情况分析,具体建议,提交时间\n"
                      "关于加强\x0b社区\x00养老\x1b]0;x\x07服务的提案,委员0,经济界,社会建设,"
                      "情况\x0c分析\x07。,建议\x01。,2026-01-05\n", encoding="utf-8")
    assert main(["--reviewer", "甲", "import", str(session), str(source)]) in (0, 1)
    with Desk.open(session) as desk:
        titles = [row.title for row in desk.rows(desk.list_ids())]
        added = next(t for t in titles if "养老" in t and "]0;x" in t)
        detail = desk.detail(desk.proposal_id(len(titles)))
    assert not CONTROL.search(added)
    assert not any(CONTROL.search(str(value)) for value in vars(detail).values()
                   if isinstance(value, str))
