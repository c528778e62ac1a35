"""The letters on screen are the keys that act: every key the F1 sheet shows fires the
binding it is listed with, every decision button names its own key, and no mnemonic
letter in the window shows a review key's letter for something else."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)

from review_desk.ui.keymap import is_review_key, mnemonic_of
from review_desk.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


def _press_sequence(widget: QWidget, shown: str) -> None:
    combo = QKeySequence.fromString(shown, NATIVE)[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def test_every_key_on_the_sheet_fires_its_binding(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    keymap = window.keymap
    fired: list[str] = []
    keymap.handlers = {name: (lambda n=name: fired.append(n)) for name in keymap.table}
    for action in keymap.by_name.values():
        action.setEnabled(True)  # undo and redo too: this is about which key is which
    rows = window.help.rows
    assert len(rows) >= 40
    for row in rows:
        assert row.keys, row
        for shown in row.keys:
            ws.table.setFocus()  # the list: where every key acts
            fired.clear()
            _press_sequence(ws.table, shown)
            assert fired == [row.name], (shown, row.text, fired)
            if window.help.isVisible():
                window.help.hide()


def test_the_sheet_is_made_from_the_bindings(window: MainWindow) -> None:
    shown = {row.name: row for row in window.help.rows}
    for name, binding in window.keymap.table.items():
        if binding.keys:
            assert shown[name].keys == window.keymap.keys_of(name)
            label = window.help.findChild(QLabel, f"sheetKeys_{name}")
            assert label is not None and " / ".join(shown[name].keys) in label.text()


def test_decision_buttons_name_their_own_key(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    keymap = window.keymap
    fired: list[str] = []
    keymap.handlers = {name: (lambda n=name: fired.append(n)) for name in keymap.table}
    buttons = ws.detail.bar.findChildren(QToolButton)
    assert len(buttons) == 6
    for button in buttons:
        action = button.defaultAction()
        label = button.text()
        found = re.search(r"\(([A-Z])\)$", label)
        assert found, label
        ws.table.setFocus()
        fired.clear()
        QTest.keyClick(ws.table, getattr(Qt.Key, f"Key_{found.group(1)}"))
        assert [keymap.by_name[name] for name in fired] == [action], label


def _texts(window: MainWindow) -> list[tuple[str, str, QWidget | None]]:
    """(where, text) of every label in the window that can carry a mnemonic."""
    out: list[tuple[str, str, QWidget | None]] = []
    for widget in window.findChildren(QAbstractButton):
        if not isinstance(widget, QToolButton):  # tool buttons show an action's key label
            out.append(("button", widget.text(), widget))
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            out.append(("label", label.text(), label))
    for bar in window.findChildren(QTabBar):
        out += [("tab", bar.tabText(i), bar) for i in range(bar.count())]
    for box in window.findChildren(QGroupBox):
        out.append(("group", box.title(), box))
    for action in window.menuBar().actions():
        out.append(("menu bar", action.text(), None))
    return out


def test_no_mnemonic_shows_a_review_key_for_something_else(window: MainWindow) -> None:
    keymap = window.keymap
    letters = keymap.review_letters
    assert letters >= set("ARWPSMUOJKN")
    wrong = [(where, text) for where, text, _w in _texts(window)
             if mnemonic_of(text) in letters]
    alt = [mnemonic_of(text) for _where, text, _w in _texts(window) if mnemonic_of(text)]
    assert wrong == []
    assert len(alt) == len(set(alt)), alt  # no Alt letter twice in the window

    def entries(menu: QMenu) -> list[tuple[str, str]]:
        found = []
        for action in menu.actions():
            if action.menu() is not None:
                found += entries(action.menu())  # type: ignore[arg-type]
            elif action.text():
                found.append((action.objectName(), action.text()))
        return found

    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for name, text in entries(menu):
            letter = mnemonic_of(text)
            own = [s.toString() for s in keymap.table[name.removeprefix("action_")].sequences()
                   if is_review_key(s)] if name.startswith("action_") else []
            assert letter not in letters or [letter] == own, (name, text)
