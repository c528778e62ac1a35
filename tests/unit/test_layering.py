"""Only review_desk.ui may import PySide6 or review_desk.ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import review_desk

PACKAGE = Path(review_desk.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_qt_or_ui() -> None:
    offenders = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        checked += 1
        for name in _imports(path):
            if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") or (
                name == "review_desk.ui" or name.startswith("review_desk.ui.")
            ):
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
