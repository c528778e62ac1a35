"""pytest-qt fixtures for the desk: offscreen Qt, isolated settings, demo session files,
and Qt warnings treated as failures."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from review_desk.desk import Desk
from review_desk.ui.app import make_app, make_window
from review_desk.ui.main_window import MainWindow
from review_desk.ui.settings import ASSIST_KEY, Settings, qsettings

from .keys import forget_modal_answers

# offscreen platform chatter, not a problem of the app
QT_NOISE = r"(This plugin does not support|propagateSizeHints|QFont::|Populating font family)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Fail a UI test on any Qt warning (qutebrowser style), offscreen noise aside."""
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(QT_NOISE))


@pytest.fixture(autouse=True)
def _no_answer_left_over() -> Iterator[None]:
    """A test's prepared answer to a dialog (`keys.when_modal`) that never came ends with
    the test: it once pressed Esc in the next test's reject dialog (a flaky failure)."""
    forget_modal_answers()
    yield
    forget_modal_answers()


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings of the tests live in a temporary folder."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo session (80 proposals, 300 archived cases), made once."""
    from review_desk.demo import generate

    path = tmp_path_factory.mktemp("demo") / "template.rdesk"
    # made by the secretariat: the screenshots show a person, never the OS login
    Desk.create(path, generate(proposals=80, archive=300, seed=3), reviewer="秘书处").close()
    return path


@pytest.fixture
def session_file(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo session for one test."""
    target = tmp_path / "session.rdesk"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """The QApplication, named like the real one."""
    return make_app()


def open_window(qtbot, app: QApplication, path: Path | None,  # type: ignore[no-untyped-def]
                language: str = "zh_CN") -> MainWindow:
    """A shown main window in `language`, on `path` when given, ready for keys (the
    panels as on a first start: a test that closed the assistance leaves it closed)."""
    qsettings().remove(ASSIST_KEY)
    window = make_window(app, Settings(reviewer="测试审查员"), reviewer="测试审查员",
                         language=language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    if path is not None:
        window.open_path(path)
        qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    return window


@pytest.fixture
def window(qtbot, app: QApplication, session_file: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window in Chinese on a fresh demo session."""
    win = open_window(qtbot, app, session_file)
    yield win
    win.runner.wait()
    win.close()
    for translator in getattr(win, "translators", []):
        app.removeTranslator(translator)
