"""Asking for an SMB share's password when the keychain holds none: a dialog with a
masked field, for this run only. The answer lives in memory for one sync; it is never
written to the settings, a log or the session file."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from review_desk.sync.errors import PasswordMissingError

AskUi = Callable[[str], str | None]  # on the UI thread: the password, or None


class PasswordDialog(QDialog):
    """The share's password, typed masked; used for this sync only."""

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password for the office share"))
        intro = QLabel(self.tr("The system keychain holds no password for this share."))
        intro.setWordWrap(True)
        account = QLabel(prompt.strip().rstrip(":："))
        account.setObjectName("passwordPrompt")
        account.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password = QLineEdit()
        self.password.setObjectName("sharePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                          | Qt.InputMethodHint.ImhNoPredictiveText)
        note = QLabel(self.tr("Used for this sync only and not saved anywhere. To keep it in "
                              "the keychain, run review-desk login."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(account)
        layout.addWidget(self.password)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()
        super().done(result)


def ask_with_dialog(parent: QWidget) -> AskUi:
    """An AskUi showing the password dialog over `parent`."""

    def ask(prompt: str) -> str | None:
        dialog = PasswordDialog(prompt, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.password.text()
        finally:
            dialog.password.clear()
            dialog.deleteLater()

    return ask


class PasswordAsker(QObject):
    """The sync's `ask(prompt) -> password`, called on the sync's pool thread: it asks on
    the UI thread and waits for the answer. Cancelled or aborted: PasswordMissingError."""

    asked = Signal(str)

    def __init__(self, ask_ui: AskUi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ask_ui = ask_ui
        self._answer: str | None = None
        # what was answered to each prompt in this run (memory only): live sync, started
        # after the first sync to a server, needs the same password and does not ask again
        self._given: dict[str, str] = {}
        self._answered = threading.Event()
        self._aborted = threading.Event()
        self.asked.connect(self._ask, Qt.ConnectionType.QueuedConnection)

    def __call__(self, prompt: str) -> str:
        """On the pool thread: the password, or PasswordMissingError."""
        self._answer = None
        self._answered.clear()
        if not self._aborted.is_set():
            self.asked.emit(prompt)
            while not self._answered.wait(0.1):
                if self._aborted.is_set():
                    break
        answer, self._answer = self._answer, None
        if not answer:
            raise PasswordMissingError(
                "No password was given, so the sync did not start; nothing changed.",
                "没有输入密码，同步未开始，未做任何更改。")
        return answer

    @Slot(str)
    def _ask(self, prompt: str) -> None:
        if self._aborted.is_set():
            self._answered.set()
            return
        self._answer = self.ask_ui(prompt)
        if self._answer:
            self._given[prompt] = self._answer
        self._answered.set()

    def given_or(self, ask_ui: AskUi) -> AskUi:
        """An AskUi that takes what was answered to the same prompt in this run, else
        asks with `ask_ui`."""
        def ask(prompt: str) -> str | None:
            return self._given.get(prompt) or ask_ui(prompt)
        return ask

    def forget(self) -> None:
        """Drop what was answered (the session closes)."""
        self._given.clear()

    def reset(self) -> None:
        """Ready for the next sync."""
        self._aborted.clear()

    def abort(self) -> None:
        """Stop waiting (closing the session): the waiting sync gets no password."""
        self._aborted.set()
        self._answered.set()
