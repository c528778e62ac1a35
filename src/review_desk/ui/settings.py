"""The user's settings (reviewer name, language, font size, recent files), stored the Qt
way with QSettings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "ReviewDesk"
APPLICATION = "review-desk"
MAX_RECENT = 8
DEFAULT_FONT_SIZE = 11


@dataclass
class Settings:
    """Everything the user sets, as one typed object."""

    reviewer: str = ""
    language: str = "auto"  # auto | zh_CN | en
    font_size: int = DEFAULT_FONT_SIZE
    recent_files: list[str] = field(default_factory=list)

    def remember(self, path: Path) -> None:
        """Put `path` first in the recent files."""
        name = str(path.resolve())
        self.recent_files = [name, *[f for f in self.recent_files if f != name]][:MAX_RECENT]


def qsettings() -> QSettings:
    """The QSettings store of the app."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


def load_settings(store: QSettings | None = None) -> Settings:
    """Read the settings (defaults for anything missing or malformed)."""
    store = store or qsettings()
    stored = store.value("recent_files", [])
    recent: list[object] = [stored] if isinstance(stored, str) else (
        list(stored) if isinstance(stored, list | tuple) else [])
    try:
        size = int(str(store.value("font_size", DEFAULT_FONT_SIZE)))
    except (TypeError, ValueError):
        size = DEFAULT_FONT_SIZE
    language = str(store.value("language", "auto"))
    return Settings(
        reviewer=str(store.value("reviewer", "") or ""),
        language=language if language in ("auto", "zh_CN", "en") else "auto",
        font_size=max(8, min(24, size)),
        recent_files=[str(f) for f in recent],
    )


def save_settings(settings: Settings, store: QSettings | None = None) -> None:
    """Write the settings."""
    store = store or qsettings()
    store.setValue("reviewer", settings.reviewer)
    store.setValue("language", settings.language)
    store.setValue("font_size", settings.font_size)
    store.setValue("recent_files", settings.recent_files)
    store.sync()


SPLIT_KEY = "layout/list_share"


def remembered_split(store: QSettings | None = None) -> float | None:
    """The share of the width the reviewer last gave the list (None: never moved)."""
    store = store or qsettings()
    try:
        share = float(str(store.value(SPLIT_KEY, "")))
    except ValueError:
        return None
    return share if 0.15 <= share <= 0.85 else None


def remember_split(share: float, store: QSettings | None = None) -> None:
    """Keep the list's share of the width for the next start."""
    store = store or qsettings()
    store.setValue(SPLIT_KEY, round(share, 3))


ASSIST_KEY = "layout/assist_shown"


def remembered_assist_shown(store: QSettings | None = None) -> bool | None:
    """Whether the reviewer last showed (True) or closed (False) the assistance panel;
    None when never (or a value this version did not write)."""
    store = store or qsettings()
    return {"true": True, "false": False}.get(str(store.value(ASSIST_KEY, "")).lower())


def remember_assist_shown(shown: bool, store: QSettings | None = None) -> None:
    """Keep the reviewer's choice to show or close the assistance panel."""
    store = store or qsettings()
    store.setValue(ASSIST_KEY, "true" if shown else "false")
