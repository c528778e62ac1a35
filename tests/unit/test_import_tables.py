"""Importing proposals from spreadsheets and CSV: header variants, layouts, encodings,
formulas, merged cells, empty rows and columns, size caps."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from review_desk.desk import Desk
from review_desk.importing import (
    HeaderError,
    ImportOptions,
    Limits,
    SourceEncodingError,
    context_from_desk,
    read_source,
)
from review_desk.importing.plan import ImportPlan
from tests.unit.test_import_support import BODY, ROWS, new_session, proposal_workbook


def _plan(session: Path, sources: list[Path], **kwargs: object) -> ImportPlan:
    with Desk.open(session, reviewer="测试") as desk:
        return read_source(sources, context=context_from_desk(desk), **kwargs)  # type: ignore[arg-type]


@pytest.fixture()
def session(tmp_path: Path) -> Path:
    return new_session(tmp_path / "s.rdesk")


HEADER_VARIANTS = [
    ("序号", "案由", "提案人", "联名人", "界别", "提案类别", "提交时间", "提案内容"),
    ("序号", "提案标题", "第一提案人", "附议人", "所属界别", "类别", "提交日期", "内容"),
    ("序号", "提案名称", "领衔人", "联名提案人", "界别", "分类", "提案时间", "提案正文"),
    ("序号", "题目（必填）", "提案人*", "联名人", "提案人界别", "提案 类别", "提交时间(年月日)",
     "正文"),
]


@pytest.mark.parametrize("headers", HEADER_VARIANTS)
def test_header_variants_map_to_the_same_records(session: Path, tmp_path: Path,
                                                 headers: tuple[str, ...]) -> None:
    source = proposal_workbook(tmp_path / "p.xlsx", headers)
    plan = _plan(session, [source])
    assert plan.counts()["to_add"] == 3, plan.rows
    first = plan.rows[0].record
    assert first is not None and first.title == ROWS[0][0]  # type: ignore[union-attr]
    assert [p.name for p in first.proposers] == ["张伟", "李娜", "王芳"]  # type: ignore[union-attr]
    assert first.kind == "joint"  # type: ignore[union-attr]
    assert first.submitted_at == "2026-01-05T00:00:00"  # type: ignore[union-attr]
    assert first.suggestions == "一是增加养老床位；二是培训护理员。"  # type: ignore[union-attr]


def test_two_row_header_under_merged_cells_and_category_merged_down(session: Path,
                                                                     tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["案由", "提案人", None, None, "类别", "内容"])
    sheet.append([None, "姓名", "界别", "联系电话", None, None])
    sheet.merge_cells("B1:D1")
    sheet.append(["关于甲的提案", "张伟", "民盟", 13800138000, "社会建设", "建议甲。"])
    sheet.append(["关于乙的提案", "刘洋", "经济界", None, None, "建议乙。"])
    sheet.merge_cells("E3:E4")
    sheet.append([None] * 6)
    sheet.append(["关于丙的提案", "陈静", "工商联", None, "经济建设", "建议丙。"])
    book.save(tmp_path / "two.xlsx")
    plan = _plan(session, [tmp_path / "two.xlsx"])
    records = [r.record for r in plan.rows]
    assert [r.category for r in records] == ["社会建设", "社会建设", "经济建设"]  # type: ignore[union-attr]
    first = records[0].proposers[0]  # type: ignore[union-attr]
    assert (first.sector, first.phone) == ("中国民主同盟", "13800138000")


def test_sheets_per_category_and_banner_rows_give_the_category(session: Path,
                                                               tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "经济建设类"
    first.append(["案由", "提案人", "内容"])
    first.append(["关于甲的提案", "张伟", "建议甲。"])
    other = book.create_sheet("其他")
    other.append(["案由", "提案人", "内容"])
    other.append(["一、社会建设类", None, None])
    other.merge_cells("A2:C2")
    other.append(["关于乙的提案", "刘洋", "建议乙。"])
    book.save(tmp_path / "cats.xlsx")
    plan = _plan(session, [tmp_path / "cats.xlsx"])
    assert [r.record.category for r in plan.rows] == ["经济建设", "社会建设"]  # type: ignore[union-attr]
    assert plan.rows[0].source == "cats.xlsx [经济建设类]"


def test_unknown_headers_need_a_manual_mapping(session: Path, tmp_path: Path) -> None:
    source = proposal_workbook(tmp_path / "odd.xlsx", ("编码", "议题", "谁", "伙伴", "圈子", "归类",
                                                       "哪天", "说了啥"), banner=None)
    with pytest.raises(HeaderError) as caught:
        _plan(session, [source])
    assert "odd.xlsx" in caught.value.message_zh
    mapping = {"议题": "title", "谁": "proposer", "伙伴": "cosigners", "圈子": "sector",
               "归类": "category", "哪天": "submitted_at", "说了啥": "body", "编码": ""}
    plan = _plan(session, [source], options=ImportOptions(mapping=mapping))
    assert plan.counts()["to_add"] == 3


def test_row_reasons_missing_title_unknown_sector_roster_empty_body(session: Path,
                                                                    tmp_path: Path) -> None:
    rows = [
        (None, "张伟", "", "中国民主同盟", "社会建设", "2026-01-05", "内容"),
        ("关于甲的提案", "张伟", "", "火星界", "社会建设", "2026-01-05", "内容"),
        ("关于乙的提案", "路人甲", "", "经济界", "社会建设", "2026-01-05", "内容"),
        ("关于丙的提案", "刘洋", "", "经济界", "社会建设", "2026-01-05", None),
        ("关于丁的提案", "刘洋", "", "经济界", "不存在的类别", "2026-01-05", "内容"),
        ("关于戊的提案", "刘洋", "", "经济界", "社会建设", "下周一", "内容"),
    ]
    plan = _plan(session, [proposal_workbook(tmp_path / "p.xlsx", rows=rows)])
    codes = [{i.code for i in r.issues} for r in plan.rows]
    assert codes == [{"missing_title"}, {"unknown_sector"}, {"not_in_roster"}, {"empty_body"},
                     {"unknown_category"}, {"bad_date"}]
    assert [r.severity for r in plan.rows] == ["error", "warning", "warning", "error", "error",
                                              "warning"]
    assert [r.row for r in plan.rows] == ["3", "4", "5", "6", "7", "8"]


def test_formula_cells_use_cached_values_or_are_reported(session: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["案由", "提案人", "类别", "内容", "备注"])
    sheet.append(["关于甲的提案", "张伟", "社会建设", "建议。", "=1+1"])
    sheet.append(['=CONCATENATE("关于","乙的提案")', "刘洋", "社会建设", "建议。", None])
    sheet.append(["关于丙的提案", "陈静", "经济建设", "#REF!", None])
    book.save(tmp_path / "f.xlsx")
    plan = _plan(session, [tmp_path / "f.xlsx"])
    assert plan.rows[0].severity == "ok"  # a formula in a column not imported is harmless
    assert [i.code for i in plan.rows[1].issues] == ["formula_without_value", "missing_title"]
    assert "A3" in plan.rows[1].issues[0].message
    assert "cell_error" in {i.code for i in plan.rows[2].issues}


def test_empty_rows_and_columns_and_stray_notes_are_skipped(session: Path,
                                                            tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["C4"], sheet["E4"], sheet["G4"] = "案由", "提案人", "内容"
    sheet["C6"], sheet["E6"], sheet["G6"] = "关于甲的提案", "张伟", "建议。"
    sheet["C9"], sheet["E9"], sheet["G9"] = "关于乙的提案", "刘洋", "建议。"
    sheet["A12"] = "注：本表由提案委员会办公室汇总"
    book.save(tmp_path / "sparse.xlsx")
    plan = _plan(session, [tmp_path / "sparse.xlsx"],
                 options=ImportOptions(default_category="社会建设"))
    assert [r.row for r in plan.rows] == ["6", "9"]
    assert plan.counts()["to_add"] == 2


def test_ten_thousand_rows_read_and_a_row_cap_names_the_row(session: Path,
                                                            tmp_path: Path) -> None:
    rows = [(f"关于第{i}项工作的提案", f"委员{i}", "", "经济界", "经济建设", "2026-01-05", "建议。")
            for i in range(10_000)]
    source = proposal_workbook(tmp_path / "big.xlsx", rows=rows)
    plan = _plan(session, [source])
    assert plan.counts()["rows"] == 10_000
    assert plan.rows[-1].row == "10002"
    from review_desk.importing import SourceTooLargeError

    with pytest.raises(SourceTooLargeError) as caught:
        _plan(session, [source], options=ImportOptions(limits=Limits(max_rows=5000)))
    assert caught.value.row is not None and "big.xlsx" in caught.value.message


def _csv(path: Path, encoding: str, text: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


CSV_TEXT = ("案由,提案人,界别,类别,提交时间,内容\n"
            "关于甲的提案,张伟,民盟,社会建设,2026.1.5,\"情况分析：甲。\n具体建议：乙。\"\n"
            "关于乙的提案,刘洋,经济界,经济建设,二〇二六年一月六日,建议乙。\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_encodings_are_detected(session: Path, tmp_path: Path, encoding: str) -> None:
    plan = _plan(session, [_csv(tmp_path / "p.csv", encoding, CSV_TEXT)])
    assert plan.counts()["to_add"] == 2
    first = plan.rows[0].record
    assert first.background == "甲。" and first.suggestions == "乙。"  # type: ignore[union-attr]
    assert plan.rows[1].record.submitted_at == "2026-01-06T00:00:00"  # type: ignore[union-attr]


def test_csv_wrong_encoding_names_the_line(session: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path / "p.csv", "gbk", CSV_TEXT)
    with pytest.raises(SourceEncodingError) as caught:
        _plan(session, [source], options=ImportOptions(encoding="utf-8"))
    assert "第 1 行" in caught.value.message_zh and "p.csv" in caught.value.message_zh
    plan = _plan(session, [source], options=ImportOptions(encoding="GBK"))
    assert plan.counts()["to_add"] == 2


def test_csv_mixing_utf8_and_gbk_lines_is_refused(session: Path, tmp_path: Path) -> None:
    lines = CSV_TEXT.splitlines(keepends=True)
    data = (lines[0] + lines[1] + lines[2]).encode("utf-8") + lines[3].encode("gbk")
    (tmp_path / "mixed.csv").write_bytes(data)
    with pytest.raises(SourceEncodingError, match="mixed encodings"):
        _plan(session, [tmp_path / "mixed.csv"])


def test_a_one_megabyte_text_is_refused_with_its_row(session: Path, tmp_path: Path) -> None:
    huge = "很长的内容。" * 175_000
    text = CSV_TEXT + f"关于丙的提案,陈静,工商联,经济建设,2026-01-07,{huge}\n"
    plan = _plan(session, [_csv(tmp_path / "p.csv", "utf-8", text)])
    bad = plan.rows[2]
    assert bad.row == "5" and bad.severity == "error"
    assert {i.code for i in bad.issues} == {"text_too_long"}
    assert plan.counts()["to_add"] == 2


def test_tab_separated_text_and_body_without_sections(session: Path, tmp_path: Path) -> None:
    text = "标题\t领衔人\t提案类别\t正文\n关于甲的提案\t张伟\t社会建设\t" + BODY.replace(
        "\n", "。") + "\n"
    plan = _plan(session, [_csv(tmp_path / "p.txt", "utf-8", text)])
    record = plan.rows[0].record
    assert record is not None and record.background.startswith("一、情况分析")  # type: ignore[union-attr]
