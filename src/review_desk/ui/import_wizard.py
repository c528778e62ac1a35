"""The import wizard: the sources and what they hold, the column mapping (saveable as a
named profile), a dry-run preview with OK / warning / error per row, then the import.

Every step that reads or writes runs off the UI thread through the core's importing API
(`read_source`, `write_report`, `apply_plan`) with progress and a cancel token; the wizard
presents and asks, the core decides."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from review_desk.importing import (
    FIELDS_BY_KIND,
    CancelToken,
    ImportOptions,
    ImportPlan,
    ImportSourceError,
    MappingProfile,
    detect_kind,
    list_profiles,
    load_profile,
    save_profile,
    target_of,
)
from review_desk.importing.peek import TABLE_KINDS, Peek, peek_rows
from review_desk.ui import error_text
from review_desk.ui.import_preview import ImportPage, PreviewPage
from review_desk.ui.import_source import (
    IMPORT_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    SOURCE_PAGE,
    SourcePage,
)
from review_desk.ui.session import DeskSession
from review_desk.ui.workers import ProgressCallback, TaskRunner

AUTOMATIC = None  # the field combo's "automatic" entry
IGNORE = ""  # … and its "do not import" entry


def field_label(name: str, variants: tuple[str, ...]) -> str:
    """A field as the mapping shows it: its usual Chinese header and its name."""
    return f"{variants[0]} · {name}" if variants else name


class ImportWizard(QWizard):
    """Import proposals, master lists or the archive into the open session."""

    imported = Signal(object)  # ApplyResult, after a successful import

    def __init__(self, session: DeskSession, runner: TaskRunner, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.session = session
        self.runner = runner
        self.language = language
        self.plan: ImportPlan | None = None
        self.token: CancelToken | None = None
        self.idle = threading.Event()
        self.idle.set()
        self.closed = False
        self.source = SourcePage(self)
        self.mapping = MappingPage(self)
        self.preview = PreviewPage(self)
        self.final = ImportPage(self)
        self.setPage(SOURCE_PAGE, self.source)
        self.setPage(MAPPING_PAGE, self.mapping)
        self.setPage(PREVIEW_PAGE, self.preview)
        self.setPage(IMPORT_PAGE, self.final)
        self.setStartId(SOURCE_PAGE)
        self.resize(1040, 660)

    # --- what the pages chose ---------------------------------------------------------

    def kind(self) -> str | None:
        """The kind chosen, or the one the first source's name says (None: unknown)."""
        chosen = self.source.chosen_kind()
        if chosen is not None:
            return chosen
        paths = self.source.paths()
        if not paths:
            return None
        try:
            return detect_kind(paths[0])
        except ImportSourceError:
            return None

    def import_options(self, with_mapping: bool = True) -> ImportOptions:
        """How the core should read the sources."""
        mapping = self.mapping.mapping() if with_mapping and self.kind() in TABLE_KINDS else {}
        return ImportOptions(encoding=self.source.encoding.currentData(), mapping=mapping,
                             sheet=self.source.sheet.currentData(),
                             table=self.source.table.currentData(),
                             default_category=self.source.category.currentData())

    def message(self, error: BaseException) -> str:
        """An error worded for the person."""
        return error_text.error_message(error, self.language)

    # --- work off the UI thread ---------------------------------------------------------

    def run(self, work: Callable[[CancelToken, ProgressCallback], Any],
            done: Callable[[Any], None], failed: Callable[[Exception], None],
            progress: Callable[[str, int, int], None] | None = None) -> CancelToken:
        """Run `work(cancel, progress)` on a pool thread; the callbacks run on the UI thread
        (and not at all once the wizard is closed)."""
        token = CancelToken()
        self.token = token
        self.idle.clear()

        def wrapped(report: ProgressCallback) -> Any:
            try:
                return work(token, report)
            finally:
                self.idle.set()

        def guard(callback: Callable[..., None]) -> Callable[..., None]:
            return lambda *args: None if self.closed else callback(*args)

        self.runner.start(wrapped, guard(done), guard(failed),
                          guard(progress) if progress is not None else None)
        return token

    def stop(self) -> None:
        """Cancel the running step (nothing is written by a cancelled step)."""
        if self.token is not None:
            self.token.cancel()

    def finish_work(self, timeout: float = 30.0) -> bool:
        """Cancel the running step and wait until it has stopped."""
        self.stop()
        return self.idle.wait(timeout)

    def done(self, result: int) -> None:
        self.finish_work()
        self.closed = True
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_work()
        super().closeEvent(event)


class MappingPage(QWizardPage):
    """The first rows of the source and, for each column, the field it fills: automatic
    where the header is known, chosen by hand where it is not; saved as a named profile."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which field each column fills. Known headers are mapped "
                                 "automatically; map unknown ones by hand."))
        self.peek: Peek | None = None
        self.manual: dict[str, str] = {}
        self.busy = False
        self.state = QLabel()
        self.state.setObjectName("mappingState")
        self.state.setWordWrap(True)
        self.sample = QTableWidget()
        self.sample.setObjectName("importSample")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setWordWrap(False)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(lambda _v: self._fill_columns())
        self.columns = QTableWidget(0, 2)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.profiles = QComboBox()
        self.profiles.setObjectName("mappingProfiles")
        self.load_button = QPushButton(self.tr("&Use profile"))
        self.load_button.clicked.connect(lambda: self.use_profile(self.profiles.currentText()))
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("profileName")
        self.profile_name.setPlaceholderText(self.tr("Name of a new profile"))
        self.save_button = QPushButton(self.tr("&Save as profile"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(lambda: self.save_as(self.profile_name.text()))
        profiles = QHBoxLayout()
        profiles.addWidget(QLabel(self.tr("Profile")))
        profiles.addWidget(self.profiles, 1)
        profiles.addWidget(self.load_button)
        profiles.addSpacing(12)
        profiles.addWidget(self.profile_name, 1)
        profiles.addWidget(self.save_button)
        header = QHBoxLayout()
        header_label = QLabel(self.tr("The column names are in &row"))
        header_label.setBuddy(self.header_row)
        header.addWidget(header_label)
        header.addWidget(self.header_row)
        header.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("First rows of the source")))
        left.addWidget(self.sample, 1)
        left.addLayout(header)
        right = QVBoxLayout()
        right.addWidget(self.columns, 1)
        panes = QHBoxLayout()
        panes.addLayout(left, 3)
        panes.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(profiles)
        layout.addLayout(panes, 1)

    def target(self) -> str:
        """What the import fills (proposals, members, units, archive)."""
        kind = self.wiz.kind()
        return target_of(kind) if kind else "proposals"  # type: ignore[arg-type]

    def initializePage(self) -> None:
        self._refresh_profiles()
        self.peek = None
        self.sample.clear()
        self.sample.setRowCount(0)
        self.columns.setRowCount(0)
        paths = self.wiz.source.paths()
        if not paths:
            return
        path, kind = paths[0], self.wiz.kind()
        options = self.wiz.import_options(with_mapping=False)
        self.busy = True
        self.state.setText(self.tr("Reading the first rows of %1…").replace("%1", path.name))
        self.completeChanged.emit()
        self.wiz.run(lambda _cancel, _progress: peek_rows(path, kind, options),
                     self._peeked, self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.state.setText(self.wiz.message(error))
        self.completeChanged.emit()

    def _peeked(self, peek: Peek) -> None:
        self.busy = False
        self.peek = peek
        self.state.setText(self.tr("%1: map the columns the import should read; leave "
                                   "“automatic” where the guess is right.")
                           .replace("%1", peek.label))
        width = max((len(r) for r in peek.rows), default=0)
        self.sample.setColumnCount(width)
        self.sample.setRowCount(len(peek.rows))
        for r, row in enumerate(peek.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text[:60])
                item.setToolTip(text[:400])
                self.sample.setItem(r, c, item)
        self.sample.resizeColumnsToContents()
        for c in range(width):
            self.sample.setColumnWidth(c, min(self.sample.columnWidth(c), 220))
        self.header_row.setMaximum(max(1, len(peek.rows)))
        best = max(range(len(peek.guessed)), key=lambda i: len(peek.guessed[i]), default=0)
        self.header_row.setValue(best + 1)
        self._fill_columns()
        self.completeChanged.emit()

    def _fill_columns(self) -> None:
        self._remember()
        self.columns.setRowCount(0)
        if self.peek is None or not self.peek.rows:
            return
        index = min(self.header_row.value(), len(self.peek.rows)) - 1
        cells = self.peek.rows[index]
        guessed = self.peek.guessed[index]
        fields = FIELDS_BY_KIND.get(self.target(), {})
        for column, text in enumerate(cells):
            if not text:
                continue
            row = self.columns.rowCount()
            self.columns.insertRow(row)
            self.columns.setItem(row, 0, QTableWidgetItem(text))
            combo = QComboBox()
            guess = guessed.get(column)
            combo.addItem(self.tr("automatic: %1").replace(
                "%1", field_label(guess, fields.get(guess, ())) if guess
                else self.tr("not imported")), AUTOMATIC)
            combo.addItem(self.tr("do not import"), IGNORE)
            for name, variants in fields.items():
                combo.addItem(field_label(name, variants), name)
            if text in self.manual:
                combo.setCurrentIndex(max(0, combo.findData(self.manual[text])))
            self.columns.setCellWidget(row, 1, combo)

    def _remember(self) -> None:
        for header, choice in self._choices():
            if choice is AUTOMATIC:
                self.manual.pop(header, None)
            else:
                self.manual[header] = choice

    def _choices(self) -> list[tuple[str, str | None]]:
        out = []
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            item = self.columns.item(row, 0)
            if isinstance(combo, QComboBox) and item is not None:
                out.append((item.text(), combo.currentData()))
        return out

    def set_field(self, header: str, field: str | None) -> None:
        """Map the column named `header` onto `field` ("" ignores it, None: automatic)."""
        for row in range(self.columns.rowCount()):
            item = self.columns.item(row, 0)
            combo = self.columns.cellWidget(row, 1)
            if item is not None and item.text() == header and isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(0, combo.findData(field)))
        self._remember()

    def mapping(self) -> dict[str, str]:
        """Header -> field for the columns mapped by hand ("" ignores a column)."""
        self._remember()
        return dict(self.manual)

    def _refresh_profiles(self) -> None:
        current = self.profiles.currentText()
        self.profiles.clear()
        try:
            names = list_profiles()
        except OSError:
            names = []
        self.profiles.addItems(names)
        self.profiles.setCurrentIndex(max(0, self.profiles.findText(current)))
        self.load_button.setEnabled(bool(names))

    def use_profile(self, name: str) -> None:
        """Apply a saved profile's mapping (and its encoding)."""
        if not name:
            return
        try:
            profile = load_profile(name)
        except Exception as error:  # a typed MappingProfileError, worded for the person
            self.state.setText(self.wiz.message(error))
            return
        self.manual = dict(profile.mapping)
        if profile.encoding:
            encoding = self.wiz.source.encoding
            encoding.setCurrentIndex(max(0, encoding.findData(profile.encoding)))
        self.columns.setRowCount(0)  # forget the combos' choices: the profile's win
        self._fill_columns()
        self.state.setText(self.tr("Using the profile “%1”.").replace("%1", profile.name))

    def save_as(self, name: str) -> bool:
        """Save the mapping by hand as a named profile."""
        name = name.strip()
        if not name:
            self.state.setText(self.tr("Give the profile a name first."))
            return False
        profile = MappingProfile(name=name, target=self.target(), mapping=self.mapping(),
                                 encoding=self.wiz.source.encoding.currentData())
        try:
            save_profile(profile)
        except Exception as error:  # a typed MappingProfileError or an OSError
            self.state.setText(self.wiz.message(error))
            return False
        self.state.setText(self.tr("Saved the profile “%1”.").replace("%1", name))
        self._refresh_profiles()
        self.profiles.setCurrentIndex(max(0, self.profiles.findText(name)))
        return True

    def isComplete(self) -> bool:
        return not self.busy

    def cleanupPage(self) -> None:
        self._remember()
        self.wiz.stop()
        self.busy = False

