"""The menu bar, made from the keymap's menu layout (each entry shows its keys)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMenuBar

from review_desk.ui.keymap import Keymap, menu_layout


def _fill(menu: QMenu, entries: list[str | tuple[str, list[str]]], keymap: Keymap) -> None:
    for entry in entries:
        if entry == "-":
            menu.addSeparator()
        elif isinstance(entry, tuple):
            title, names = entry
            _fill(menu.addMenu(title), list(names), keymap)
        else:
            menu.addAction(keymap[entry])


def build_menus(bar: QMenuBar, keymap: Keymap) -> list[QMenu]:
    """File, Edit, Decisions, View, Help."""
    menus: list[QMenu] = []
    for title, entries in menu_layout():
        menu = bar.addMenu(title)
        menu.setObjectName(f"menu_{len(menus)}")
        _fill(menu, entries, keymap)
        menus.append(menu)
    return menus
