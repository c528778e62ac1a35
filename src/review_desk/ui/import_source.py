"""The import wizard's first page: the sources, what they hold, and how to read them (CSV
encoding, the sheet of a workbook or the table of an SQLite file, and the category of the
proposals that have none)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from review_desk.importing import SOURCE_KINDS, CancelToken
from review_desk.importing.peek import TABLE_KINDS, source_parts
from review_desk.ui.session import DeskSession
from review_desk.ui.workers import ProgressCallback

SOURCE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, IMPORT_PAGE = range(4)
SOURCE_FILTER = "*.xlsx *.xlsm *.csv *.tsv *.txt *.docx *.zip *.db *.sqlite *.sqlite3 *.rdesk"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".rdesk")


class SourceHost(Protocol):
    """What the page needs of its wizard."""

    session: DeskSession

    def kind(self) -> str | None:
        """The kind of source chosen or detected."""

    def run(self, work: Callable[[CancelToken, ProgressCallback], Any],
            done: Callable[[Any], None], failed: Callable[[Exception], None],
            progress: Callable[[str, int, int], None] | None = None) -> CancelToken:
        """Run work off the UI thread."""


class SourcePage(QWizardPage):
    """The files, folder or zip to read, what they hold, the CSV encoding, the sheet or
    table to read, and the category of proposals that have none."""

    def __init__(self, wizard: SourceHost) -> None:
        super().__init__()  # the wizard's setPage makes it the parent
        self.wiz = wizard
        self.setTitle(self.tr("Sources"))
        self.setSubTitle(self.tr("Choose the files, a folder of Word forms or a zip of them, "
                                 "and what they hold. Nothing is written until the last "
                                 "step."))
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        self.kind.addItem(self.tr("Tell from the file names"), None)
        names = self.kind_names()
        for kind in SOURCE_KINDS:
            self.kind.addItem(names[kind], kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._enable())
        self.files = QListWidget()
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self._choose_files)
        add_folder = QPushButton(self.tr("Add a f&older…"))
        add_folder.clicked.connect(self._choose_folder)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self._remove)
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Detect (UTF-8 or GB18030/GBK)"), None)
        self.encoding.addItem("UTF-8", "utf-8")
        self.encoding.addItem("GB18030 / GBK", "gb18030")
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.table = QComboBox()
        self.table.setObjectName("importTable")
        self.category = QComboBox()
        self.category.setObjectName("importCategory")
        self.category.addItem(self.tr("None: import as unclassified"), None)
        none: list[str] = []
        for name in wizard.session.read(
                lambda d: [c.name for c in d.list_items("category")], none):
            self.category.addItem(name, name)
        self._parts_of: Path | None = None
        self._fill_parts(())
        buttons = QVBoxLayout()
        for button in (add_files, add_folder, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        files.addLayout(buttons)
        form = QFormLayout(self)
        form.addRow(self.tr("&What they hold"), self.kind)
        form.addRow(self.tr("Sources"), files)
        form.addRow(self.tr("CSV &encoding"), self.encoding)
        form.addRow(self.tr("S&heet or table"), self._parts_row())
        form.addRow(self.tr("Category of proposals &without one"), self.category)
        self._enable()

    def _parts_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sheet, 1)
        layout.addWidget(self.table, 1)
        return row

    def _fill_parts(self, parts: tuple[str, ...]) -> None:
        """The sheets (or tables) of the first spreadsheet (or SQLite file) to choose from."""
        sqlite = self._parts_of is not None and self._parts_of.suffix.lower() in SQLITE_SUFFIXES
        for combo, first, active in ((self.sheet, self.tr("First sheet with a header"),
                                      not sqlite),
                                     (self.table, self.tr("First table"), sqlite)):
            combo.clear()
            combo.addItem(first, None)
            for name in parts if active else ():
                combo.addItem(name, name)
            combo.setEnabled(active and bool(parts))
        self.table.setVisible(sqlite)
        self.sheet.setVisible(not sqlite)

    def _read_parts(self, path: Path | None) -> None:
        if path == self._parts_of:
            return
        self._parts_of = path
        if path is None or path.suffix.lower() not in (*XLSX_SUFFIXES, *SQLITE_SUFFIXES):
            self._fill_parts(())
            return
        self.wiz.run(lambda _cancel, _progress: source_parts(path),
                     lambda parts: self._fill_parts(parts) if path == self._parts_of else None,
                     lambda _error: self._fill_parts(()))

    def kind_names(self) -> dict[str, str]:
        """The kinds of source as a person knows them."""
        return {
            "xlsx": self.tr("Proposals from a spreadsheet (.xlsx)"),
            "csv": self.tr("Proposals from a CSV file"),
            "docx": self.tr("Word proposal forms (.docx, a folder or a zip)"),
            "sqlite": self.tr("Proposals from another SQLite file"),
            "members": self.tr("Members roster (.xlsx)"),
            "units": self.tr("Handling-unit catalogue (.xlsx)"),
            "lists": self.tr("Lists: categories, sectors, reasons, dispositions (.xlsx)"),
            "archive": self.tr("Earlier sessions' cases, the archive (.xlsx)"),
        }

    def add_paths(self, paths: list[Path]) -> None:
        """Add sources (each once)."""
        have = set(self.paths())
        for path in paths:
            if path not in have:
                self.files.addItem(str(path))
                have.add(path)
        self._enable()
        self.completeChanged.emit()

    def paths(self) -> list[Path]:
        """The sources chosen."""
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def chosen_kind(self) -> str | None:
        """The kind picked (None: tell from the names)."""
        data = self.kind.currentData()
        return str(data) if data else None

    def set_kind(self, kind: str | None) -> None:
        """Pick a kind."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Sources to import"), "",
            self.tr("Sources (%1);;All files (*)").replace("%1", SOURCE_FILTER))
        self.add_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("A folder of Word forms"))
        if name:
            self.add_paths([Path(name)])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._enable()
        self.completeChanged.emit()

    def _enable(self) -> None:
        paths = self.paths()
        csv_like = self.chosen_kind() == "csv" or any(
            p.suffix.lower() in (".csv", ".tsv", ".txt") for p in paths)
        self.encoding.setEnabled(csv_like)
        self.remove.setEnabled(bool(paths))
        self._read_parts(paths[0] if paths else None)

    def isComplete(self) -> bool:
        return self.files.count() > 0

    def nextId(self) -> int:
        return MAPPING_PAGE if self.wiz.kind() in TABLE_KINDS else PREVIEW_PAGE
