"""The import wizard's last two pages: the dry-run preview (every row with OK / warning /
error and the reason, the report saved as .xlsx, skipping error rows only when the person
chooses it) and the import itself, each off the UI thread with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from review_desk.importing import (
    ApplyResult,
    CancelToken,
    ImportCancelledError,
    ImportOptions,
    ImportPlan,
    apply_plan,
    context_from_desk,
    read_source,
    write_report,
)
from review_desk.importing.errors import ColumnsNotFoundError
from review_desk.ui.import_plan_model import COL_PROPOSER, COL_SOURCE, COL_TITLE, PlanModel, outcome
from review_desk.ui.import_source import SourcePage
from review_desk.ui.session import DeskSession
from review_desk.ui.workers import ProgressCallback


class ImportHost(Protocol):
    """What the preview and import pages need of their wizard (a protocol, so that this
    module does not import the wizard that imports it)."""

    plan: ImportPlan | None
    source: SourcePage
    preview: PreviewPage
    session: DeskSession
    language: str
    imported: Any  # the wizard's Signal(object)

    def kind(self) -> str | None:
        """The kind of source chosen or detected."""

    def import_options(self, with_mapping: bool = True) -> ImportOptions:
        """How the core should read the sources."""

    def message(self, error: BaseException) -> str:
        """An error worded for the person."""

    def run(self, work: Callable[[CancelToken, ProgressCallback], Any],
            done: Callable[[Any], None], failed: Callable[[Exception], None],
            progress: Callable[[str, int, int], None] | None = None) -> CancelToken:
        """Run work off the UI thread."""

    def stop(self) -> None:
        """Cancel the running step."""

    def finish_work(self, timeout: float = 30.0) -> bool:
        """Cancel the running step and wait for it."""


class PreviewPage(QWizardPage):
    """The dry run: read every source, nothing written; show each row's result."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard's setPage makes it the parent
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("A dry run: nothing is written yet. Each row with what was "
                                 "found in it."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.busy = False
        self.error: str = ""
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("previewProgress")
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setObjectName("previewStop")
        self.stop_button.clicked.connect(self.wiz.stop)
        self.model = PlanModel(wizard.language)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"))
        self.only_problems.setObjectName("onlyProblems")
        self.only_problems.toggled.connect(lambda _on: self._show_rows())
        self.skip_errors = QCheckBox(self.tr("&Skip the rows with errors and import the rest"))
        self.skip_errors.setObjectName("skipErrors")
        self.skip_errors.toggled.connect(lambda _on: self._changed())
        self.save_button = QPushButton(self.tr("Save the &report (.xlsx)…"))
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(lambda: self.save_report())
        self.report_state = QLabel()
        self.report_state.setObjectName("reportState")
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        options = QHBoxLayout()
        options.addWidget(self.only_problems)
        options.addWidget(self.skip_errors)
        options.addStretch(1)
        options.addWidget(self.report_state)
        options.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(working)
        layout.addWidget(self.table, 1)
        layout.addLayout(options)

    @property
    def plan(self) -> ImportPlan | None:
        """The plan read (None before or after a failed read)."""
        return self.wiz.plan

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.error = ""
        self.model.set_rows([])
        self.skip_errors.setChecked(False)
        self.report_state.setText("")
        paths, kind, options = self.wiz.source.paths(), self.wiz.kind(), self.wiz.import_options()
        desk = self.wiz.session.desk
        self.busy = True
        self.summary.setText(self.tr("Reading the sources…"))
        self.progress.setRange(0, 0)
        self._changed()

        def work(cancel: Any, progress: Any) -> ImportPlan:
            return read_source(paths, kind, options, context_from_desk(desk),  # type: ignore[arg-type]
                               progress, cancel)

        self.wiz.run(work, self._read, self._failed, self._progress)

    def cleanupPage(self) -> None:
        self.wiz.finish_work()
        self.busy = False

    def _progress(self, _stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total) if total else 0)
        self.summary.setText(self.tr("Reading the sources… %1 rows").replace("%1", str(done)))

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.wiz.plan = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, ImportCancelledError):
            self.error = self.tr("Stopped: nothing was read or written.")
        else:
            self.error = self.wiz.message(error)
            if isinstance(error, ColumnsNotFoundError):  # not for an empty or damaged file
                self.error += "\n" + self.tr("Go back to map the columns by hand.")
        self.summary.setText(self.error)
        self._changed()

    def _read(self, plan: ImportPlan) -> None:
        self.busy = False
        self.wiz.plan = plan
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_rows()
        self.table.resizeColumnsToContents()
        for column, cap in ((COL_SOURCE, 180), (COL_TITLE, 360), (COL_PROPOSER, 120)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self._changed()

    def _show_rows(self) -> None:
        plan = self.plan
        rows = [] if plan is None else [
            r for r in plan.rows if not self.only_problems.isChecked() or outcome(r) != "ok"]
        self.model.set_rows(rows)

    def summary_text(self) -> str:
        """The counts in one sentence, and what happens on import."""
        plan = self.plan
        if plan is None:
            return self.error
        counts = plan.counts()
        text = (self.tr("%1 rows: %2 OK, %3 with warnings, %4 with errors, %5 already there.")
                .replace("%1", str(counts["rows"])).replace("%2", str(counts["ok"]))
                .replace("%3", str(counts["warning"])).replace("%4", str(counts["error"]))
                .replace("%5", str(counts["duplicate"])))
        if plan.has_errors and not self.skip_errors.isChecked():
            text += " " + self.tr("Rows with errors stop the import: fix them in the source "
                                  "and check again, or choose to skip them.")
        elif counts["to_add"]:
            text += " " + self.tr("Import adds %1 in one step (all or nothing).").replace(
                "%1", str(counts["to_add"]))
        else:
            text += " " + self.tr("Nothing new to import.")
        return text

    def _changed(self) -> None:
        plan = self.plan
        self.skip_errors.setEnabled(plan is not None and plan.has_errors)
        self.save_button.setEnabled(plan is not None and not self.busy)
        self.only_problems.setEnabled(plan is not None)
        self.stop_button.setEnabled(self.busy)
        if not self.busy:
            self.summary.setText(self.summary_text())
        self.completeChanged.emit()

    def can_import(self) -> bool:
        """Whether the import may start: read, something to add, errors skipped if any."""
        plan = self.plan
        return (plan is not None and not self.busy and plan.counts()["to_add"] > 0
                and (not plan.has_errors or self.skip_errors.isChecked()))

    def isComplete(self) -> bool:
        return self.can_import()

    def save_report(self, path: Path | None = None) -> None:
        """Save the dry run's report as .xlsx (asks where when not given)."""
        plan = self.plan
        if plan is None:
            return
        if path is None:
            default = plan.sources[0].with_name(f"{plan.sources[0].stem} 导入检查.xlsx")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                  str(default), self.tr("Excel (*.xlsx)"))
            if not name:
                return
            path = Path(name)
        target = path
        self.save_button.setEnabled(False)
        self.report_state.setText(self.tr("Saving…"))
        self.wiz.run(lambda _c, _p: write_report(plan, target), self._saved, self._not_saved)

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.report_state.setText(self.tr("Saved %1").replace("%1", path.name))
        self.report_state.setToolTip(str(path))

    def _not_saved(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.report_state.setText(self.wiz.message(error))


class ImportPage(QWizardPage):
    """The import: one transaction through the journal, with progress and cancel."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard's setPage makes it the parent
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Writing in one step: a stop or a failure leaves the session "
                                 "as it was."))
        self.busy = False
        self.result: ApplyResult | None = None
        self.cancelled = False
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setObjectName("importStop")
        self.stop_button.clicked.connect(self.wiz.stop)
        self.state = QLabel()
        self.state.setObjectName("importState")
        self.state.setWordWrap(True)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(working)
        layout.addWidget(self.state)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        skip = self.wiz.preview.skip_errors.isChecked()
        desk = self.wiz.session.desk
        self.busy = True
        self.result = None
        self.cancelled = False
        self.stop_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.state.setText(self.tr("Importing…"))
        self.completeChanged.emit()
        self.wiz.run(lambda cancel, progress: apply_plan(desk, plan, skip_errors=skip,
                                                         progress=progress, cancel=cancel),
                     self._done, self._failed, self._progress)

    def _progress(self, _stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finished(self) -> None:
        self.busy = False
        self.stop_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.completeChanged.emit()

    def _done(self, result: ApplyResult) -> None:
        self.result = result
        self._finished()
        self.progress.setValue(1)
        text = self.tr("Imported: %1 added.").replace("%1", str(result.added))
        if result.skipped_now:
            text += " " + self.tr("%1 were in the session already and were skipped.").replace(
                "%1", str(result.skipped_now))
        self.state.setText(text)
        if result.changed is not None:
            self.wiz.session.broadcast(result.changed)
        self.wiz.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self._finished()
        self.progress.setValue(0)
        if isinstance(error, ImportCancelledError):
            self.cancelled = True
            self.state.setText(self.tr("Stopped: nothing was written."))
        else:
            self.state.setText(self.wiz.message(error))

    def isComplete(self) -> bool:
        return not self.busy
