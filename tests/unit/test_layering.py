"""Only review_desk.ui may import PySide6 or review_desk.ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import review_desk

PACKAGE = Path(review_desk.__file__).parent


def imported_names(source: str, module: str) -> set[str]:
    """Every module name `source` (the text of `module`) may import, relative imports
    resolved and `from a import b` counted as both a and a.b."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = module.split(".")
                # a module's package is its name minus the last part (a package's is itself)
                base = parts[: len(parts) - node.level]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                  "import_module", "__import__")
              and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            names.add(node.args[0].value)
    return names


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    module = _module_name(path)
    if path.name == "__init__.py":
        module += ".__init__"  # relative imports count from the package itself
    return imported_names(path.read_text(encoding="utf-8"), module)


# the one launcher: `review-desk open` starts the window, importing it only when run
LAUNCHERS = {"cli/gui_cmds.py": frozenset({"review_desk.ui.app"})}


def forbidden(name: str) -> bool:
    """Qt, or the window's package."""
    return name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") or (
        name == "review_desk.ui" or name.startswith("review_desk.ui.")
    )


@pytest.mark.parametrize("source", [
    "from ..ui import app",
    "from .. import ui",
    "from review_desk import ui",
    "from ..ui.app import main",
    "import review_desk.ui.app",
    "from PySide6.QtCore import Qt",
    "def late():\n    from ..ui import app\n",
    "import importlib\nimportlib.import_module('review_desk.ui.app')",
])
def test_the_check_sees_every_way_to_reach_the_window(source: str) -> None:
    assert any(forbidden(n) for n in imported_names(source, "review_desk.review.decisions"))


def test_the_check_leaves_core_imports_alone() -> None:
    names = imported_names("from ..store import engine\nfrom . import lookup\n",
                           "review_desk.review.decisions")
    assert {"review_desk.store", "review_desk.store.engine", "review_desk.review.lookup"} <= names
    assert not any(forbidden(n) for n in names)


def test_no_module_outside_ui_imports_qt_or_ui() -> None:
    offenders = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        checked += 1
        for name in _imports(path):
            if forbidden(name) and name not in LAUNCHERS.get(relative.as_posix(), ()):
                offenders.append(f"{relative}: {name}")
    assert checked > 20
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = sorted(
        "review_desk." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] != "ui" and p.name not in ("__main__.py",)
    )
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] == 'PySide6'"
        " or m.startswith('review_desk.ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
