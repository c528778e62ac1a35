"""The import wizard on spreadsheets built here with openpyxl: the dry run shows each row's
result and reason, an import with error rows is refused unless skipping them is chosen,
a clean import adds the rows and the list shows them, a stopped import writes nothing,
unknown headers are mapped by hand and saved as a named profile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from review_desk.ui import import_plan_model, import_preview
from review_desk.ui.import_wizard import (
    IMPORT_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    ImportWizard,
)
from review_desk.ui.keymap import strip_mnemonic
from review_desk.ui.main_window import MainWindow

from .conftest import open_window
from .test_share_and_assist import shoot

HEADERS = ["案由", "提案人", "界别", "类别", "情况分析", "具体建议"]
GOOD = [
    ["关于加强社区居家养老服务的提案", "王明远", "经济界", "社会建设", "老龄化加剧，社区服务不足。",
     "建设社区养老驿站，完善补贴。"],
    ["关于推进生活垃圾分类的提案", "赵敏华", "农业界", "生态文明建设", "分类投放不到位。",
     "完善分类设施，加强督导。"],
    ["关于优化营商环境的提案", "陈立新", "经济界", "经济建设", "审批环节多。",
     "推行一网通办。"],
]
BAD = ["", "李华", "教育界", "社会建设", "有内容但没有案由。", "补上案由。"]


def sheet(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    """An .xlsx with a title banner, the header row and `rows`."""
    book = Workbook()
    ws = book.active
    ws.title = "提案"
    ws.append(["政协某市委员会提案汇总表"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def wizard_on(window: MainWindow, qtbot, *sources: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = window.show_import_wizard()
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.source.add_paths(list(sources))
    return wizard


def to_preview(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Next through the columns page to the dry run, and wait for it."""
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    qtbot.waitUntil(lambda: wizard.mapping.isComplete(), timeout=15_000)
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    qtbot.waitUntil(lambda: not wizard.preview.busy, timeout=30_000)


def import_button(wizard: ImportWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.CommitButton)


def test_import_is_offered_in_menu_and_welcome_page(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None)
    action = window.keymap["import"]
    assert action.isEnabled()
    button = next(b for b in window.welcome.buttons
                  if b.text().startswith(strip_mnemonic(action.text())))
    assert button.isEnabled()
    window.close()


def test_preview_shows_the_bad_row_and_refuses_until_skip(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    source = sheet(tmp_path / "提案汇总.xlsx", [GOOD[0], BAD, GOOD[1]])
    before = len(window.workspace.model.ids)
    wizard = wizard_on(window, qtbot, source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping.isComplete() and wizard.mapping.peek is not None,
                    timeout=15_000)
    # the header row (below the banner) is found and its columns are mapped automatically
    assert wizard.mapping.header_row.value() == 2
    columns = wizard.mapping.columns
    assert columns.item(0, 0).text() == "案由"
    assert "title" in columns.cellWidget(0, 1).currentText()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview.busy, timeout=30_000)
    preview = wizard.preview
    model = preview.model
    assert model.rowCount() == 3
    results = [model.index(r, import_plan_model.COL_RESULT).data() for r in range(3)]
    reasons = [model.index(r, import_plan_model.COL_REASON).data() for r in range(3)]
    assert results[1] == "错误" and "缺少案由" in reasons[1]
    assert results[0] in ("正常", "警告") and results[2] in ("正常", "警告")
    assert model.index(1, import_plan_model.COL_ROW).data() == "4"  # the row in the sheet
    # an error row blocks the import until the person chooses to skip it
    assert not import_button(wizard).isEnabled() and not preview.isComplete()
    assert "跳过" in preview.summary.text()
    preview.only_problems.setChecked(True)
    assert model.rowCount() == sum(r != "正常" for r in results)
    preview.only_problems.setChecked(False)
    shoot(window, "import_preview", wizard)
    # the report as .xlsx: every row with its result and reason
    report = tmp_path / "检查报告.xlsx"
    preview.save_report(report)
    qtbot.waitUntil(lambda: report.exists() and preview.save_button.isEnabled(),
                    timeout=15_000)
    book = load_workbook(report, read_only=True)
    lines = list(book["导入检查"].iter_rows(values_only=True))
    book.close()
    assert any(line[2] == "错误" and "缺少案由" in str(line[5]) for line in lines)
    assert len(window.session.desk.list_ids()) == before  # the dry run wrote nothing

    preview.skip_errors.setChecked(True)
    assert import_button(wizard).isEnabled()
    qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == IMPORT_PAGE
    qtbot.waitUntil(lambda: not wizard.final.busy, timeout=30_000)
    assert wizard.final.result is not None and wizard.final.result.added == 2
    assert "2" in wizard.final.state.text()
    # the list was told and shows the new proposals
    assert len(window.workspace.model.ids) == before + 2
    assert str(before + 2) in window.workspace.count.text()
    wizard.accept()


def test_clean_import_adds_the_rows_and_again_adds_nothing(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    source = sheet(tmp_path / "clean.xlsx", GOOD)
    desk = window.session.desk
    before = len(desk.list_ids())
    wizard = wizard_on(window, qtbot, source)
    to_preview(wizard, qtbot)
    assert wizard.preview.plan is not None and not wizard.preview.plan.has_errors
    assert "3" in wizard.preview.summary.text()
    assert import_button(wizard).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.final.busy, timeout=30_000)
    assert wizard.final.result is not None and wizard.final.result.added == 3
    ids = desk.list_ids()
    assert len(ids) == before + 3
    titles = {row.title for row in desk.rows(ids)}
    assert {row[0] for row in GOOD} <= titles
    assert len(window.workspace.model.ids) == before + 3
    assert window.keymap["undo"].isEnabled()  # the import is one undoable action
    wizard.accept()

    again = wizard_on(window, qtbot, source)
    to_preview(again, qtbot)
    plan = again.preview.plan
    assert plan is not None and plan.counts()["duplicate"] == 3
    assert again.preview.model.index(0, import_plan_model.COL_RESULT).data() == "重复（跳过）"
    assert not import_button(again).isEnabled()
    again.reject()


def test_stopping_the_import_writes_nothing(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    source = sheet(tmp_path / "clean.xlsx", GOOD)
    desk = window.session.desk
    before = len(desk.list_ids())
    undo_before = desk.undo.state().undo
    reached, go = threading.Event(), threading.Event()
    real = import_preview.apply_plan

    def held(desk, plan, *, skip_errors, progress, cancel):  # type: ignore[no-untyped-def]
        def report(stage: str, done: int, total: int) -> None:
            if not reached.is_set():  # inside the import's transaction: wait for Stop
                reached.set()
                go.wait(15)
            progress(stage, done, total)

        return real(desk, plan, skip_errors=skip_errors, progress=report, cancel=cancel)

    monkeypatch.setattr(import_preview, "apply_plan", held)
    wizard = wizard_on(window, qtbot, source)
    to_preview(wizard, qtbot)
    wizard.next()
    qtbot.waitUntil(reached.is_set, timeout=15_000)
    assert wizard.final.busy and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(wizard.final.stop_button, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: not wizard.final.busy, timeout=15_000)
    assert wizard.final.cancelled and wizard.final.result is None
    assert wizard.final.state.text() == "已停止：未写入任何内容。"
    assert len(desk.list_ids()) == before
    assert desk.undo.state().undo == undo_before
    assert len(window.workspace.model.ids) == before
    wizard.accept()


def test_unknown_headers_mapped_by_hand_and_saved_as_profile(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.setenv("REVIEW_DESK_CONFIG_DIR", str(tmp_path / "config"))
    odd = ["事由", "署名委员", "所在组别", "分组", "文字一", "文字二"]
    source = sheet(tmp_path / "odd.xlsx", GOOD[:2], headers=odd)
    wizard = wizard_on(window, qtbot, source)
    to_preview(wizard, qtbot)
    # nothing names the 案由: the core says so and the wizard points back to the columns
    assert wizard.preview.plan is None
    assert "请返回上一步手动指定列映射" in wizard.preview.summary.text()
    assert not import_button(wizard).isEnabled()
    wizard.back()
    assert wizard.currentId() == MAPPING_PAGE
    qtbot.waitUntil(lambda: wizard.mapping.peek is not None, timeout=15_000)
    mapping = wizard.mapping
    mapping.header_row.setValue(2)
    mapping.set_field("事由", "title")
    mapping.set_field("署名委员", "proposer")
    mapping.set_field("文字一", "background")
    mapping.set_field("文字二", "suggestions")
    mapping.set_field("所在组别", "sector")
    mapping.set_field("分组", "category")
    mapping.set_field("分组", None)  # back to automatic …
    assert "分组" not in mapping.mapping()
    mapping.set_field("分组", "category")  # … and by hand again
    assert mapping.mapping() == {"事由": "title", "署名委员": "proposer", "文字一": "background",
                                 "文字二": "suggestions", "所在组别": "sector", "分组": "category"}
    shoot(window, "import_mapping", wizard)
    assert mapping.save_as("某市提案表")
    assert (tmp_path / "config" / "import-profiles" / "某市提案表.json").exists()
    assert "某市提案表" in mapping.state.text()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview.busy, timeout=30_000)
    plan = wizard.preview.plan
    assert plan is not None and plan.counts()["to_add"] == 2
    assert import_button(wizard).isEnabled()
    wizard.reject()

    # next time: the saved profile maps the same columns
    again = wizard_on(window, qtbot, source)
    again.next()
    qtbot.waitUntil(lambda: again.mapping.peek is not None, timeout=15_000)
    assert again.mapping.profiles.findText("某市提案表") >= 0
    again.mapping.use_profile("某市提案表")
    assert again.mapping.mapping()["事由"] == "title"
    again.next()
    qtbot.waitUntil(lambda: not again.preview.busy, timeout=30_000)
    assert again.preview.plan is not None and again.preview.plan.counts()["to_add"] == 2
    again.reject()


def test_csv_in_gbk_with_the_encoding_chosen(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "提案.csv"
    lines = [",".join(HEADERS)] + [",".join(row) for row in GOOD[:2]]
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    wizard = wizard_on(window, qtbot, source)
    assert wizard.source.encoding.isEnabled()
    wizard.source.encoding.setCurrentIndex(wizard.source.encoding.findData("gb18030"))
    to_preview(wizard, qtbot)
    plan = wizard.preview.plan
    assert plan is not None and plan.counts()["to_add"] == 2
    assert wizard.preview.model.index(0, import_plan_model.COL_TITLE).data() == GOOD[0][0]
    wizard.reject()


def test_word_forms_skip_the_columns_page(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "forms"
    folder.mkdir()
    wizard = wizard_on(window, qtbot, folder)
    wizard.source.set_kind("docx")
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    qtbot.waitUntil(lambda: not wizard.preview.busy, timeout=15_000)
    assert not import_button(wizard).isEnabled()  # an empty folder: nothing to import
    wizard.reject()


def test_the_sheet_and_the_default_category_are_chosen_in_the_wizard(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    """A workbook whose proposals are on its second sheet, without a category column."""
    book = Workbook()
    cover = book.active
    cover.title = "说明"
    cover.append(["本表由提案系统导出"])
    data = book.create_sheet("提案")
    data.append(["案由", "提案人", "界别", "情况分析", "具体建议"])
    data.append(["关于完善社区嵌入式托育服务的提案", "王明远", "经济界", "托育服务供给不足。",
                 "建设社区托育点。"])
    source = tmp_path / "two_sheets.xlsx"
    book.save(source)
    wizard = wizard_on(window, qtbot, source)
    page = wizard.source
    qtbot.waitUntil(lambda: page.sheet.count() == 3, timeout=15_000)  # first-with-header + 2
    assert page.sheet.isEnabled() and not page.table.isVisible()
    page.sheet.setCurrentIndex(page.sheet.findData("提案"))
    page.category.setCurrentIndex(page.category.findData("社会建设"))
    assert wizard.import_options().sheet == "提案"
    assert wizard.import_options().default_category == "社会建设"
    shoot(window, "import_source", wizard)
    to_preview(wizard, qtbot)
    plan = wizard.preview.plan
    assert plan is not None and not plan.has_errors
    assert [r.record.category for r in plan.rows] == ["社会建设"]  # type: ignore[union-attr]


def test_the_table_of_an_sqlite_file_is_chosen_in_the_wizard(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    import sqlite3

    source = tmp_path / "other.db"
    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE a_notes (x TEXT)")
    conn.execute("CREATE TABLE proposals (案由 TEXT, 提案人 TEXT, 界别 TEXT, 具体建议 TEXT)")
    conn.execute("INSERT INTO proposals VALUES ('关于加强校园食品安全的提案', '赵敏华', '农业界',"
                 " '加强学校食堂监管。')")
    conn.commit()
    conn.close()
    wizard = wizard_on(window, qtbot, source)
    page = wizard.source
    qtbot.waitUntil(lambda: page.table.count() == 3, timeout=15_000)
    assert page.table.isEnabled()
    page.table.setCurrentIndex(page.table.findData("proposals"))
    assert wizard.import_options().table == "proposals"
    to_preview(wizard, qtbot)
    plan = wizard.preview.plan
    assert plan is not None
    assert [r.title for r in plan.rows] == ["关于加强校园食品安全的提案"]
    # no default category: the row is imported as unclassified, with a warning
    assert {i.code for i in plan.rows[0].issues} >= {"unclassified"}


def test_a_sheet_with_no_rows_is_not_sent_back_to_the_columns(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    """Column names and nothing under them: mapping by hand cannot help, so the dry run
    says what is wrong and does not point back to the columns."""
    wizard = wizard_on(window, qtbot, sheet(tmp_path / "空表.xlsx", []))
    to_preview(wizard, qtbot)
    text = wizard.preview.summary.text()
    assert wizard.preview.plan is None and not import_button(wizard).isEnabled()
    assert "空表.xlsx" in text and "请返回上一步手动指定列映射" not in text, text
    wizard.reject()
