"""The window's code stays in shape: no member hides a Qt method of its base class, no ui
module grows past 400 lines, and no two ui modules import each other."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import review_desk.ui

UI = Path(review_desk.ui.__file__).parent
MAX_LINES = 400
# Qt virtuals the window overrides on purpose (same meaning, same signature)
OVERRIDES = {
    "accept", "addItem", "closeEvent", "columnCount", "count", "data", "done",
    "event", "eventFilter", "expandingDirections", "flags", "hasHeightForWidth",
    "headerData", "heightForWidth", "initializePage", "isComplete", "itemAt",
    "keyPressEvent", "minimumSize", "mousePressEvent", "nextId", "paintEvent", "reject",
    "resizeEvent", "rowCount", "run", "setGeometry", "showEvent", "sizeHint", "sort",
    "takeAt", "validatePage", "addWidget", "timerEvent", "focusOutEvent", "changeEvent",
    "minimumSizeHint", "paint", "cleanupPage",
}


def _modules() -> list[str]:
    return sorted(p.stem for p in UI.glob("*.py") if p.stem != "__init__")


def _qt_bases(cls: type) -> list[type]:
    return [b for b in cls.__mro__ if b.__module__.startswith(("PySide6", "Shiboken"))]


def test_no_member_hides_a_qt_method() -> None:
    hidden = []
    for name in _modules():
        module = importlib.import_module(f"review_desk.ui.{name}")
        tree = ast.parse((UI / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            cls = getattr(module, node.name, None)
            if not inspect.isclass(cls) or not _qt_bases(cls):
                continue
            qt = _qt_bases(cls)
            members: dict[str, str] = {}
            for item in ast.walk(node):
                if isinstance(item, ast.FunctionDef) and item in node.body:
                    members[item.name] = "method"
                elif isinstance(item, ast.Attribute) and isinstance(item.ctx, ast.Store) and (
                        isinstance(item.value, ast.Name) and item.value.id == "self"):
                    members.setdefault(item.attr, "attribute")
            for member, kind in members.items():
                if member.startswith("__") or (kind == "method" and member in OVERRIDES):
                    continue
                if any(member in vars(base) for base in qt):
                    hidden.append(f"{name}.{node.name}.{member} ({kind})")
    assert hidden == []


def test_no_ui_module_over_400_lines() -> None:
    long = {name: n for name in _modules()
            if (n := len((UI / f"{name}.py").read_text(encoding="utf-8").splitlines()))
            > MAX_LINES}
    assert long == {}


def test_no_circular_imports_in_ui() -> None:
    imports: dict[str, set[str]] = {}
    for name in _modules():
        tree = ast.parse((UI / f"{name}.py").read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("review_desk.ui."):
                    found.add(node.module.rsplit(".", 1)[1])
                elif node.module == "review_desk.ui":
                    found.update(a.name for a in node.names)
        imports[name] = found & set(_modules())

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in imports.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(name for name in imports if reaches(name, name, {name}))
    assert cycles == []
