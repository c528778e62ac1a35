"""Every action of the window with its keys, made once; the menus, the decision bar and
the help overlay all read them from here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


def _keys(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys]


class Actions(QObject):
    """The window's QActions, by name."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_name: dict[str, QAction] = {}
        SK = QKeySequence.StandardKey
        specs: list[tuple[str, str, list[QKeySequence]]] = [
            # file
            ("open", self.tr("&Open session…"), _keys(SK.Open)),
            ("demo", self.tr("Create &demo session…"), _keys("Ctrl+Shift+N")),
            ("import", self.tr("&Import proposals…"), _keys("Ctrl+I")),
            ("export", self.tr("&Export documents…"), _keys("Ctrl+E")),
            ("sync", self.tr("S&ync with the office share"), _keys("F5")),
            ("conflicts", self.tr("Con&flicts…"), _keys("Ctrl+Shift+K")),
            ("clusters", self.tr("Find merge &groups…"), _keys("Ctrl+Shift+G")),
            ("close", self.tr("&Close session"), _keys("Ctrl+W")),
            ("quit", self.tr("&Quit"), _keys("Ctrl+Q")),
            # edit
            ("undo", self.tr("&Undo"), _keys(SK.Undo)),
            ("redo", self.tr("&Redo"), _keys("Ctrl+Shift+Z", "Ctrl+Y")),
            ("find", self.tr("&Find…"), _keys(SK.Find)),
            ("settings", self.tr("&Settings…"), _keys("Ctrl+,")),
            # review
            ("accept", self.tr("&Accept"), _keys("A")),
            ("reject", self.tr("&Not accept…"), _keys("R")),
            ("withdraw", self.tr("&Withdrawn"), _keys("W")),
            ("pending", self.tr("Back to &pending"), _keys("P")),
            ("key", self.tr("&Key proposal"), _keys("S")),
            ("merge", self.tr("&Merge…"), _keys("M")),
            ("units", self.tr("Assign &units"), _keys("U")),
            ("opinion", self.tr("Write &opinion"), _keys("O")),
            ("next", self.tr("&Next proposal"), _keys("J")),
            ("previous", self.tr("P&revious proposal"), _keys("K")),
            ("next_pending", self.tr("Next pen&ding"), _keys("N")),
            ("bulk_all", self.tr("Decide all &shown…"), _keys("Ctrl+Shift+A")),
            ("bulk_category", self.tr("Set &category of selection…"), _keys("Ctrl+Shift+C")),
            ("bulk_unit", self.tr("Add a unit to the selection…"), _keys("Ctrl+Shift+U")),
            # view
            ("view_list", self.tr("&Proposals"), _keys("Ctrl+1")),
            ("view_archive", self.tr("&Archive"), _keys("Ctrl+2")),
            ("view_stats", self.tr("&Statistics"), _keys("Ctrl+3")),
            ("focus_list", self.tr("Focus the &list"), _keys("Esc")),
            ("focus_filters", self.tr("Focus the fil&ters"), _keys("Ctrl+Shift+F")),
            ("tab_text", self.tr("Detail: text"), _keys("Alt+1")),
            ("tab_units", self.tr("Detail: units"), _keys("Alt+2")),
            ("tab_notes", self.tr("Detail: opinion and notes"), _keys("Alt+3")),
            ("tab_history", self.tr("Detail: history"), _keys("Alt+4")),
            # help
            ("help", self.tr("&Keyboard shortcuts"), _keys("F1", "?")),
            ("about", self.tr("&About Review Desk"), []),
        ]
        for name, text, keys in specs:
            action = QAction(text, parent)
            action.setObjectName(f"action_{name}")
            if keys:
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.by_name[name] = action

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def listing(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action with keys, for the help overlay."""
        out = []
        for action in self.by_name.values():
            keys = action.shortcuts()
            if keys:
                text = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
                out.append((" / ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                       for k in keys), text.rstrip("…")))
        return out
