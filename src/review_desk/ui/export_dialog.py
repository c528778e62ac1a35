"""The export dialog: which documents, into which folder; the export runs off the UI
thread with progress and cancel, and the folder opens when it is done."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.ui import error_text
from review_desk.ui.session import DeskSession
from review_desk.ui.workers import TaskRunner

STAGES = ("sheets", "catalogue", "summary", "notices")


class ExportDialog(QDialog):
    """Export the session's documents (交办单, 目录, 汇总, notices)."""

    def __init__(self, session: DeskSession, runner: TaskRunner, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export documents"))
        self.session = session
        self.runner = runner
        self.language = language
        self.cancelled = threading.Event()
        self.running = False
        self.result_folder: Path | None = None
        self.files_written = 0
        self.folder = QLineEdit(str(session.path.parent / f"{session.path.stem} 文件"))
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        names = {"sheets": self.tr("Assignment sheets per unit (交办单, Word)"),
                 "catalogue": self.tr("Catalogue of cases (提案目录, Word)"),
                 "summary": self.tr("Review summary (审查情况汇总, Word)"),
                 "notices": self.tr("Notices and letters (通知、告知、交办函, PDF)")}
        self.kinds = {kind: QCheckBox(names[kind]) for kind in STAGES}
        for box in self.kinds.values():
            box.setChecked(True)
        self.overwrite = QCheckBox(self.tr("Replace files that exist already"))
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.start = QPushButton(self.tr("&Export"))
        self.start.setObjectName("exportStart")
        self.start.setDefault(True)
        self.start.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.setObjectName("exportOpenFolder")
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_folder)

        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)  # the label's letter goes to the box
        form.addRow(folder_label, where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for box in self.kinds.values():
            layout.addWidget(box)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(560, 0)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Export into"), self.folder.text())
        if name:
            self.folder.setText(name)

    def chosen(self) -> tuple[str, ...]:
        """The document kinds ticked."""
        return tuple(kind for kind, box in self.kinds.items() if box.isChecked())

    def run(self) -> None:
        """Start the export off the UI thread."""
        from review_desk.documents.export import ExportOptions, export_documents

        what = self.chosen()
        if not what or self.running:
            return
        folder = Path(self.folder.text().strip())
        options = ExportOptions(what=what, overwrite=self.overwrite.isChecked())
        desk = self.session.desk
        self.cancelled.clear()
        self.running = True
        self.start.setEnabled(False)
        self.open_folder.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the session…"))
        self.runner.start(
            lambda progress: export_documents(desk, folder, options, progress,
                                              self.cancelled.is_set),
            self._done, self._failed, self._progress, owner=self.session)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("%1: %2 of %3").replace("%1", stage)
                            .replace("%2", str(done)).replace("%3", str(total)))

    def _done(self, result: object) -> None:
        self.running = False
        self.start.setEnabled(True)
        self.result_folder = result.folder  # type: ignore[attr-defined]
        self.files_written = len(result.files)  # type: ignore[attr-defined]
        warnings = list(result.warnings)  # type: ignore[attr-defined]
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr("Wrote %1 files into %2.").replace("%1", str(self.files_written)) \
            .replace("%2", str(self.result_folder))
        if warnings:
            text += "\n" + "\n".join(warnings[:5])
        self.status.setText(text)
        self.open_folder.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.start.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(error_text.error_message(error, self.language))
        folder = Path(self.folder.text().strip())
        self.result_folder = folder if folder.exists() else None
        self.open_folder.setEnabled(self.result_folder is not None)

    def _cancel(self) -> None:
        if self.running:
            self.cancelled.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _open_folder(self) -> None:
        if self.result_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:  # finish (or cancel) first: the task reports to this dialog
            self.cancelled.set()
            self.runner.wait()
        super().closeEvent(event)
