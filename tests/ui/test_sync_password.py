"""Sync from the window to an SMB share whose password is not in the keychain: the window
asks for it (masked) for this run only and never keeps it. No server is needed: the
address points at a closed local port, so the sync fails after the password was asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from review_desk.ui.main_window import MainWindow
from review_desk.ui.password_dialog import PasswordAsker, PasswordDialog

SECRET = "Zx-9kq!p4ss"
SHARE = "smb://reviewer@127.0.0.1:9/review/desk"


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """A system without a keychain (as on headless Linux)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_dialog_masks_the_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog("Password for reviewer@127.0.0.1:9 (密码): ")
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.password.setText(SECRET)
    dialog.reject()
    assert dialog.password.text() == ""  # a cancelled dialog keeps nothing


def sync_once(window: MainWindow, qtbot, answer: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """Sync to SHARE answering the password prompt with `answer`; the prompts asked."""
    assert window.sync is not None
    asked: list[str] = []

    def fake_dialog(prompt: str) -> str | None:
        asked.append(prompt)
        return answer

    window.sync.asker.ask_ui = fake_dialog
    assert window.sync.start(to=SHARE)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    return asked


def test_sync_asks_for_the_password_for_this_run_only(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                      no_keychain: None) -> None:
    assert window.session is not None
    path = window.session.path
    asked = sync_once(window, qtbot, SECRET)
    assert len(asked) == 1 and "reviewer@127.0.0.1:9" in asked[0]
    # the share is not there: the error says so, and never repeats the password
    assert window.last_error and SECRET not in window.last_error
    # nothing kept it: not the settings, not the session file
    settings = Path(QSettings().fileName())
    window.close()
    if settings.exists():
        assert SECRET.encode() not in settings.read_bytes()
    for file in path.parent.rglob("*"):  # the session file, its WAL, the assist index
        if file.is_file():
            assert SECRET.encode() not in file.read_bytes(), file


def test_a_cancelled_prompt_stops_the_sync(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                           no_keychain: None) -> None:
    assert window.session is not None
    path = window.session.path
    asked = sync_once(window, qtbot, None)
    assert len(asked) == 1
    assert "没有输入密码" in window.last_error
    assert window.sync.share() is None  # the share is not remembered after a failed sync
    window.close()
    assert SECRET.encode() not in path.read_bytes()


def test_closing_while_asked_gives_the_sync_no_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    asker = PasswordAsker(lambda _prompt: SECRET)
    asker.abort()
    with pytest.raises(Exception, match="No password"):
        asker("Password for a@b:445 (密码): ")
    asker.reset()
    assert asker.ask_ui("x") == SECRET
