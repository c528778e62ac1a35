"""Every key of the window in one table. The QActions, the menus, the decision buttons'
labels and the F1 sheet are all made from it, so the letter a person sees is the key that
acts.

Two kinds of key:
- **window keys** (with Ctrl or Alt, function keys, Esc) act wherever the focus is in
  the window;
- **review keys** (a plain letter or `?`) act only while the proposal list or the
  proposal's detail has the focus — typed into a filter, the units table or a text box
  they do nothing there. Their mnemonic in a menu is the key itself, so "立案(A)" means A.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate
NATIVE = QKeySequence.SequenceFormat.NativeText
PORTABLE = QKeySequence.SequenceFormat.PortableText
STANDARD: dict[str, QKeySequence.StandardKey] = {
    "Open": QKeySequence.StandardKey.Open,
    "Undo": QKeySequence.StandardKey.Undo,
    "Find": QKeySequence.StandardKey.Find,
}


@dataclass(frozen=True)
class Binding:
    """One command of the window: its name, what it is called (no mnemonic) and keys."""

    name: str
    text: str
    keys: tuple[str, ...] = ()
    checkable: bool = False

    def sequences(self) -> list[QKeySequence]:
        """The key sequences (standard keys in the platform's spelling)."""
        out: list[QKeySequence] = []
        for key in self.keys:
            if key in STANDARD:
                out.extend(QKeySequence.keyBindings(STANDARD[key])[:1])
            else:
                out.append(QKeySequence(key))
        return out


def is_review_key(sequence: QKeySequence) -> bool:
    """A plain printable key (no Ctrl, Alt or Meta): acts only in the list or the detail."""
    text = sequence.toString(PORTABLE)
    return sequence.count() == 1 and len(text) == 1 and text.isprintable()


def strip_mnemonic(text: str) -> str:
    """A label without its mnemonic: "&Merge…" → "Merge…", "立案(&A)" → "立案"."""
    for opener, closer in (("(&", ")"), ("（&", "）")):
        at = text.find(opener)
        if at >= 0 and text.find(closer, at) == at + len(opener) + 1:
            text = text[:at] + text[at + len(opener) + 2:]
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


def with_key(text: str, key: str) -> str:
    """`text` with `key` as its mnemonic: on a word's first letter when one matches
    (English), else "(&K)" appended before a trailing "…" (Chinese)."""
    plain = strip_mnemonic(text)
    dots = "…" if plain.endswith("…") else ""
    base = plain.removesuffix("…")
    start = 0
    for word in base.split(" "):
        if word[:1].lower() == key.lower():
            return f"{base[:start]}&{base[start:]}{dots}"
        start += len(word) + 1
    space = " " if base[-1:].isascii() else ""
    return f"{base}{space}(&{key.upper()}){dots}"


def mnemonic_of(text: str) -> str:
    """The letter after the single "&" of a label, upper case ("" when none)."""
    at = text.replace("&&", "\x00\x00").find("&")
    return text[at + 1].upper() if 0 <= at < len(text) - 1 else ""


def key_label(text: str, key: str) -> str:
    """A button's label that names its key: "立案(A)", "Accept (A)"."""
    plain = strip_mnemonic(text).removesuffix("…")
    space = " " if plain[-1:].isascii() else ""
    return f"{plain}{space}({key.upper()})"


def bindings() -> list[Binding]:
    """The table (in the language in use)."""
    return [
        # file
        Binding("open", translate("Keymap", "&Open session…"), ("Open",)),
        Binding("demo", translate("Keymap", "Create &demo session…"), ("Ctrl+Shift+N",)),
        Binding("import", translate("Keymap", "&Import proposals…"), ("Ctrl+I",)),
        Binding("export", translate("Keymap", "&Export documents…"), ("Ctrl+E",)),
        Binding("export_list", translate("Keymap", "Export the &list shown (.xlsx)…"),
                ("Ctrl+Shift+E",)),
        Binding("save_copy", translate("Keymap", "Sa&ve a copy…"), ("Ctrl+Shift+S",)),
        Binding("rebuild", translate("Keymap", "Re&build from the journal"), ()),
        Binding("sync", translate("Keymap", "S&ync with the office share"), ("F5",)),
        Binding("conflicts", translate("Keymap", "Con&flicts…"), ("Ctrl+Shift+K",)),
        Binding("close", translate("Keymap", "&Close session"), ("Ctrl+W",)),
        Binding("quit", translate("Keymap", "&Quit"), ("Ctrl+Q",)),
        # edit
        Binding("undo", translate("Keymap", "&Undo"), ("Undo",)),
        Binding("redo", translate("Keymap", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
        Binding("find", translate("Keymap", "&Find…"), ("Find",)),
        Binding("settings", translate("Keymap", "Se&ttings…"), ("Ctrl+,",)),
        # review
        Binding("accept", translate("Keymap", "Accept"), ("A",)),
        Binding("reject", translate("Keymap", "Not accept…"), ("R",)),
        Binding("withdraw", translate("Keymap", "Withdrawn"), ("W",)),
        Binding("pending", translate("Keymap", "Back to pending"), ("P",)),
        Binding("key", translate("Keymap", "Key proposal"), ("S",)),
        Binding("merge", translate("Keymap", "Merge…"), ("M",)),
        Binding("units", translate("Keymap", "Assign units"), ("U",)),
        Binding("opinion", translate("Keymap", "Write opinion"), ("O",)),
        Binding("clusters", translate("Keymap", "Find merge &groups…"), ("Ctrl+Shift+G",)),
        Binding("numbering", translate("Keymap", "Num&ber the cases…"), ("Ctrl+Shift+B",)),
        Binding("bulk_all", translate("Keymap", "Decide all &shown…"), ("Ctrl+Shift+A",)),
        Binding("bulk_category", translate("Keymap", "Set &category of selection…"),
                ("Ctrl+Shift+C",)),
        Binding("bulk_unit", translate("Keymap", "Add a unit to the selection…"),
                ("Ctrl+Shift+U",)),
        # go
        Binding("next", translate("Keymap", "Next proposal"), ("J",)),
        Binding("previous", translate("Keymap", "Previous proposal"), ("K",)),
        Binding("next_pending", translate("Keymap", "Next pending"), ("N",)),
        Binding("view_list", translate("Keymap", "&Proposals"), ("Ctrl+1",)),
        Binding("view_archive", translate("Keymap", "Arc&hive"), ("Ctrl+2",)),
        Binding("view_stats", translate("Keymap", "Stat&istics"), ("Ctrl+3",)),
        Binding("focus_list", translate("Keymap", "Back to the &list"), ("Esc",)),
        Binding("focus_filters", translate("Keymap", "Go to the fil&ters"), ("Ctrl+Shift+F",)),
        Binding("focus_assist", translate("Keymap", "Go to the unit su&ggestions"), ("Alt+5",)),
        Binding("tab_text", translate("Keymap", "Detail: text"), ("Alt+1",)),
        Binding("tab_units", translate("Keymap", "Detail: units"), ("Alt+2",)),
        Binding("tab_notes", translate("Keymap", "Detail: opinion and notes"), ("Alt+3",)),
        Binding("tab_history", translate("Keymap", "Detail: history"), ("Alt+4",)),
        Binding("toggle_filters", translate("Keymap", "Show the &filters"), ("F8",),
                checkable=True),
        Binding("toggle_assist", translate("Keymap", "Show the assistan&ce"), ("F9",),
                checkable=True),
        # help
        Binding("help", translate("Keymap", "&Keyboard shortcuts"), ("F1", "?")),
        Binding("about", translate("Keymap", "&About Review Desk"), ()),
    ]


def menu_layout() -> list[tuple[str, list[str | tuple[str, list[str]]]]]:
    """The menu bar: (title, entries); "-" is a separator, a tuple a submenu."""
    return [
        (translate("Keymap", "&File"), ["open", "demo", "import", "-", "export", "export_list",
                                "save_copy", "rebuild", "-", "sync", "conflicts", "-", "close",
                                "quit"]),
        (translate("Keymap", "&Edit"), ["undo", "redo", "-", "find", "-", "settings"]),
        (translate("Keymap", "&Decisions"), [
            "accept", "reject", "withdraw", "pending", "-", "key", "merge", "clusters",
            "units", "opinion", "-", "numbering",
            (translate("Keymap", "&Bulk"), ["bulk_all", "bulk_category", "bulk_unit"])]),
        (translate("Keymap", "&View"), [
            "next", "previous", "next_pending", "-", "view_list", "view_archive",
            "view_stats", "-", "focus_list", "focus_filters", "focus_assist", "-", "tab_text",
            "tab_units", "tab_notes", "tab_history", "-", "toggle_filters", "toggle_assist"]),
        (translate("Keymap", "&Help"), ["help", "about"]),
    ]


@dataclass(frozen=True)
class SheetRow:
    """One line of the F1 sheet: a binding's name, its keys as shown, what it does."""

    name: str
    keys: list[str]
    text: str


class Keymap(QObject):
    """The window's QActions by name, made from `bindings()`; `fired` tells which one a
    key or menu triggered, then its handler runs."""

    fired = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.table = {b.name: b for b in bindings()}
        # letters that act on their own: no other label may show them as its mnemonic
        self.review_letters = {s.toString(PORTABLE).upper() for b in self.table.values()
                               for s in b.sequences() if is_review_key(s)}
        self.by_name: dict[str, QAction] = {}
        self.review_actions: list[QAction] = []  # the review keys, in the focus widgets
        self.handlers: dict[str, Callable[[], object]] = {}
        for binding in self.table.values():
            self._make(binding, parent)

    def _make(self, binding: Binding, parent: QObject) -> None:
        sequences = binding.sequences()
        review = [s for s in sequences if is_review_key(s)]
        window = [s for s in sequences if not is_review_key(s)]
        text = self.label(binding.text)
        if review and not window:
            text = with_key(binding.text, review[0].toString(PORTABLE))
        action = QAction(text, parent)
        action.setObjectName(f"action_{binding.name}")
        action.setCheckable(binding.checkable)
        if review and not window:
            action.setIconText(key_label(binding.text, review[0].toString(PORTABLE)))
        if window:
            action.setShortcuts(window)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        name = binding.name
        action.triggered.connect(lambda _checked=False: self.fire(name))
        self.by_name[name] = action
        if review:
            # plain keys act only in the list and the detail (see attach_review_keys)
            keys = action if not window else QAction(parent)
            keys.setShortcuts(review)
            keys.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            if keys is not action:
                keys.setObjectName(f"keys_{name}")
                keys.triggered.connect(lambda _checked=False: action.trigger())
                action.enabledChanged.connect(keys.setEnabled)
            self.review_actions.append(keys)

    def label(self, text: str) -> str:
        """A label for the window: its mnemonic dropped when it is a review key's letter
        (a "重做(R)" would read as if R redid)."""
        return strip_mnemonic(text) if mnemonic_of(text) in self.review_letters else text

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def on(self, name: str, handler: Callable[[], object]) -> None:
        """Run `handler` when the binding `name` fires."""
        self.handlers[name] = handler

    def fire(self, name: str) -> None:
        """A binding was triggered (key, menu or button)."""
        self.fired.emit(name)
        handler = self.handlers.get(name)
        if handler is not None:
            handler()

    def attach_review_keys(self, *widgets: QWidget) -> None:
        """Let the plain keys act while one of `widgets` has the focus."""
        for widget in widgets:
            widget.addActions(self.review_actions)

    def keys_of(self, name: str) -> list[str]:
        """The keys of a binding as the person reads them."""
        return [s.toString(NATIVE) for s in self.table[name].sequences()]

    def sheet(self) -> list[SheetRow]:
        """The F1 sheet: every binding with keys, in table order."""
        return [SheetRow(b.name, self.keys_of(b.name), strip_mnemonic(b.text).removesuffix("…"))
                for b in self.table.values() if b.keys]
