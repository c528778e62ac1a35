"""Help → About: the app's name in Chinese and English, its version, where it keeps its
data, logs and settings, and the licences of the libraries it bundles, with a button
that copies all of it (for a support request).

The licences are read from each library's installed metadata (License-Expression, a
short License field, or the License classifiers); the fixed table below is used for a
library whose metadata says nothing usable — a frozen build may ship without it.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import platformdirs
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from review_desk import __version__
from review_desk.logs import APP_NAME, log_dir
from review_desk.ui.settings import qsettings

NAME_ZH, NAME_EN = "提案审查台", "Review Desk"
APP_DISTRIBUTION = "review-desk"

# (shown name, distributions to look up in order, licence when the metadata says nothing)
BUNDLED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Qt / PySide6", ("PySide6-Essentials", "PySide6"), "LGPL-3.0-only"),
    ("Shiboken6", ("shiboken6",), "LGPL-3.0-only"),
    ("SQLAlchemy", ("SQLAlchemy",), "MIT"),
    ("python-docx", ("python-docx",), "MIT"),
    ("docxtpl", ("docxtpl",), "LGPL-2.1-only"),
    ("Jinja2", ("Jinja2",), "BSD-3-Clause"),
    ("lxml", ("lxml",), "BSD-3-Clause"),
    ("reportlab", ("reportlab",), "BSD"),
    ("Pillow", ("pillow", "Pillow"), "MIT-CMU"),
    ("openpyxl", ("openpyxl",), "MIT"),
    ("et-xmlfile", ("et_xmlfile", "et-xmlfile"), "MIT"),
    ("smbprotocol", ("smbprotocol",), "MIT"),
    ("pyspnego", ("pyspnego",), "MIT"),
    ("cryptography", ("cryptography",), "Apache-2.0 OR BSD-3-Clause"),
    ("keyring", ("keyring",), "MIT"),
    ("numpy", ("numpy",), "BSD-3-Clause"),
    ("platformdirs", ("platformdirs",), "MIT"),
    ("Python", (), "PSF-2.0"),
)
_CLASSIFIER_NAMES = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Python Software Foundation License": "PSF-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.0-or-later",
    "GNU General Public License v3 or later (GPLv3+)": "GPL-3.0-or-later",
}
SHORT_LICENSE = 60  # a longer License field is the licence's text, not its name


@dataclass(frozen=True)
class Library:
    """One bundled library as the dialog lists it."""

    name: str
    version: str
    licence: str


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str | None:
    """The licence a distribution's metadata names, or None."""
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    field = _field(meta, "License").strip()
    if field and "\n" not in field and len(field) <= SHORT_LICENSE:
        return field
    names = [c.split("::")[-1].strip() for c in (meta.get_all("Classifier") or [])
             if c.startswith("License ::")]
    names = [_CLASSIFIER_NAMES.get(n, n) for n in names if n != "OSI Approved"]
    return " OR ".join(names) if names else None


def library(name: str, distributions: tuple[str, ...], fallback: str) -> Library:
    """A bundled library's version and licence (metadata first, the table second)."""
    if not distributions:  # the interpreter itself
        return Library(name, platform.python_version(), fallback)
    for dist in distributions:
        try:
            meta = metadata.metadata(dist)
        except metadata.PackageNotFoundError:
            continue
        return Library(name, _field(meta, "Version"), licence_of(meta) or fallback)
    return Library(name, "", fallback)


def bundled_libraries() -> list[Library]:
    """Every library of the table, as installed."""
    return [library(*row) for row in BUNDLED]


def app_licence() -> str:
    """The app's own licence."""
    found = library(NAME_EN, (APP_DISTRIBUTION,), "GPL-3.0-or-later")
    return found.licence


def data_folder() -> Path:
    """The user data folder (the secretariat's own templates live in it)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def settings_location() -> str:
    """The file (or registry key) holding the settings."""
    return qsettings().fileName()


class AboutDialog(QDialog):
    """Help → About."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Review Desk"))
        self.libraries = bundled_libraries()
        title = QLabel(f"{NAME_ZH}　{NAME_EN}")
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        subtitle = QLabel(self.tr("Offline review of the proposals of a CPPCC plenary "
                                  "session."))
        subtitle.setWordWrap(True)
        self.paths = {
            "data": str(data_folder()),
            "logs": str(log_dir()),
            "settings": settings_location(),
        }
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self._value(__version__, "aboutVersion"))
        form.addRow(self.tr("Licence:"), self._value(app_licence()))
        form.addRow(self.tr("Data folder:"), self._value(self.paths["data"], "aboutData"))
        form.addRow(self.tr("Log folder:"), self._value(self.paths["logs"], "aboutLogs"))
        form.addRow(self.tr("Settings:"), self._value(self.paths["settings"],
                                                     "aboutSettings"))
        self.table = QTableWidget(len(self.libraries), 3)
        self.table.setObjectName("aboutLibraries")
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"),
                                               self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, lib in enumerate(self.libraries):
            for column, text in enumerate((lib.name, lib.version, lib.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("aboutCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel()
        self.copied.setObjectName("aboutCopied")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Bundled libraries and their licences:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def _value(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def details(self) -> str:
        """Everything the dialog shows, as plain text (for a support request)."""
        lines = [
            f"{NAME_ZH} / {NAME_EN} {__version__} ({app_licence()})",
            f"Python {platform.python_version()} ({sys.platform}), Qt {qVersion()}, "
            f"PySide6 {pyside_version}{' (packaged)' if getattr(sys, 'frozen', False) else ''}",
            f"{platform.platform()}",
            f"data: {self.paths['data']}",
            f"logs: {self.paths['logs']}",
            f"settings: {self.paths['settings']}",
            "",
            *(f"{lib.name} {lib.version}: {lib.licence}".replace("  ", " ")
              for lib in self.libraries),
        ]
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details())
        self.copied.setText(self.tr("Copied to the clipboard."))
