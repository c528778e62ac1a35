"""Opening files the way a person does — Ctrl+O, the path typed into the file dialog,
Enter — with the kinds the hostile-input sweep tried: empty, not SQLite, truncated, a
spreadsheet opened instead of imported (the message says how to import it), and names
with ?, #, spaces, Chinese and a leading "-" (they open)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from review_desk.ui.main_window import MainWindow

from .conftest import open_window
from .keys import press, type_text, when_modal
from .test_bad_input import error_box, wait_error

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _open_by_keys(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+O, type the path into the dialog's file name box, Enter."""
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setFocus()
        edit.clear()
        type_text(edit, str(path))
        press(edit, K.Key_Return)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    asked = when_modal(answer)
    press(window, K.Key_O, CTRL)
    assert asked.ran
    qtbot.waitUntil(lambda: error_box(window) is not None or window.session is not None,
                    timeout=15_000)


def _empty(folder: Path, _good: Path) -> Path:
    path = folder / "空的.rdesk"
    path.write_bytes(b"")
    return path


def _text(folder: Path, _good: Path) -> Path:
    path = folder / "notes.rdesk"
    path.write_text("hello, not a database\n", encoding="utf-8")
    return path


def _truncated(folder: Path, good: Path) -> Path:
    path = folder / "cut.rdesk"
    path.write_bytes(good.read_bytes()[:4096])
    return path


def _spreadsheet(folder: Path, _good: Path) -> Path:
    path = folder / "提案汇总.csv"
    path.write_text("案由,提案人\n关于加强社区养老服务的提案,张三\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "words"), [
    (_empty, "不是 SQLite"), (_text, "不是 SQLite"), (_truncated, "文件不完整"),
    (_spreadsheet, "导入提案")])
def test_a_bad_file_opened_by_keys_is_explained(
        qtbot, app: QApplication, session_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        make: Callable[[Path, Path], Path], words: str) -> None:
    bad = make(tmp_path, session_file)
    before = bad.read_bytes()
    window = open_window(qtbot, app, None)
    _open_by_keys(qtbot, window, bad)
    text = wait_error(qtbot, window)
    assert str(bad) in text and words in text
    assert window.session is None and bad.read_bytes() == before
    window.close()


@pytest.mark.parametrize("name", ["a?b#c 中文 x.rdesk", "-初稿.rdesk"])
def test_odd_names_open_by_keys(qtbot, app: QApplication, session_file: Path,  # type: ignore[no-untyped-def]
                                tmp_path: Path, name: str) -> None:
    odd = tmp_path / name
    shutil.copy(session_file, odd)
    window = open_window(qtbot, app, None)
    _open_by_keys(qtbot, window, odd)
    assert error_box(window) is None
    assert window.session is not None and window.session.path == odd
    assert window.workspace is not None and window.workspace.model.rowCount() == 80
    window.runner.wait()
    window.close()
