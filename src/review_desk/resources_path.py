"""Files shipped inside the package (templates, icons, desktop metadata), found the same
way from a source checkout, an installed wheel and a frozen (PyInstaller) build.

Everything lives under `review_desk/resources/` and is read through importlib.resources
over the package, never through `__file__` or the working directory: a wheel installs it
as package data and the PyInstaller spec (packaging/review_desk.spec) copies it into the
bundle under the same package path. The compiled translations (`review_desk/ui/i18n/`)
are found the same way by `review_desk.ui.i18n`.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "review_desk"
FOLDER = "resources"
ICON_NAME = "review-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resource(*parts: str) -> Traversable:
    """A file or folder under review_desk/resources/ (it may not exist)."""
    return resources.files(PACKAGE).joinpath(FOLDER, *parts)


def resource_bytes(*parts: str) -> bytes:
    """The bytes of a shipped file; FileNotFoundError names it when it is missing."""
    ref = resource(*parts)
    if not ref.is_file():
        raise FileNotFoundError(f"{'/'.join((PACKAGE, FOLDER, *parts))} is not in the package")
    return ref.read_bytes()


def resource_path(*parts: str) -> AbstractContextManager[Path]:
    """A real file path for a shipped file, for APIs that want a path (Qt, reportlab).

    Use as a context manager: a zipped install gets a temporary copy for the block."""
    return resources.as_file(resource(*parts))


def icon_parts(size: int | None = None) -> tuple[str, ...]:
    """The parts of the app icon: the SVG, or the PNG of `size` pixels."""
    if size is None:
        return ("icons", f"{ICON_NAME}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes: {ICON_SIZES}")
    return ("icons", f"{ICON_NAME}-{size}.png")


def is_frozen() -> bool:
    """True inside the packaged app (PyInstaller), False from a checkout or a wheel."""
    return bool(getattr(sys, "frozen", False))
