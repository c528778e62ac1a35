"""The window's dialogs on the open session: export, import, sync and its summary,
conflicts, merge groups, the merge view, settings and About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from review_desk.sync.protocol import SyncSummary
from review_desk.ui.about_dialog import AboutDialog
from review_desk.ui.assist_panel import ClustersDialog
from review_desk.ui.export_dialog import ExportDialog
from review_desk.ui.import_wizard import ImportWizard
from review_desk.ui.list_export import export_list
from review_desk.ui.merge_dialog import MergeDialog
from review_desk.ui.numbering_dialog import NumberingDialog
from review_desk.ui.open_session import OpenSession
from review_desk.ui.status_line import StatusLine
from review_desk.ui.sync_view import ConflictsDialog, SyncSummaryBox
from review_desk.ui.workers import TaskRunner


class WindowDialogs(QObject):
    """Opens the dialogs of one window on whatever session it has open."""

    def __init__(self, window: QWidget, runner: TaskRunner, language: str,
                 current: Callable[[], OpenSession | None], status: StatusLine,
                 show_assist: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.language = language
        self.current = current
        self.status = status
        self.show_assist = show_assist
        self.import_wizard: ImportWizard | None = None

    def export_documents(self) -> ExportDialog | None:
        """The export dialog (the export runs off the UI thread)."""
        now = self.current()
        if now is None:
            return None
        dialog = ExportDialog(now.session, self.runner, self.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_list(self, to: Path | None = None) -> None:
        """The list as shown to .xlsx (off the UI thread); asks where unless `to`."""
        now = self.current()
        if now is None:
            return
        if to is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the list shown"),
                str(now.session.path.parent / self.tr("proposal list.xlsx")),
                self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return
            to = Path(name)
        target = to if to.suffix.lower() == ".xlsx" else to.with_suffix(".xlsx")
        table, model = now.workspace.table, now.workspace.model
        header = table.horizontalHeader()
        columns = [(c, str(model.headerData(c, Qt.Orientation.Horizontal)))
                   for c in (header.logicalIndex(v) for v in range(header.count()))
                   if not header.isSectionHidden(c)]
        ids, desk = list(model.ids), now.session.desk
        self.status.set_busy_text(self.tr("Exporting the list…"))

        def done(count: int) -> None:
            self.status.set_busy_text("")
            self.status.show_result(self.tr("Wrote %n row(s) to %1.", "", count)
                                    .replace("%1", str(target)))

        def failed(error: Exception) -> None:
            self.status.set_busy_text("")
            now.parts.report(error)

        self.runner.start(lambda p: export_list(desk, ids, columns, target, p), done, failed,
                          lambda _s, n, total: self.status.set_progress(n, total),
                          owner=now.session)

    def save_copy(self, to: Path | None = None) -> bool:
        """File → Save a copy: ask where (the file dialog confirms replacing a file), then
        copy with SQLite's backup API off the UI thread, with a count. The core refuses
        the open file itself. False when nothing was started."""
        now = self.current()
        if now is None:
            return False
        overwrite = False
        if to is None:
            path = now.session.path
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save a copy of the session"),
                str(path.with_name(self.tr("%1 (copy).rdesk").replace("%1", path.stem))),
                self.tr("Session files (*.rdesk)"))
            if not name:
                return False
            to, overwrite = Path(name), True  # the dialog asked before replacing
        target = to if to.suffix else to.with_suffix(".rdesk")
        desk, status = now.session.desk, self.status
        status.set_busy_text(self.tr("Saving a copy…"))

        def done(_set_aside: object) -> None:
            status.set_busy_text("")
            status.show_result(self.tr("Saved a copy to %1.").replace("%1", str(target)))

        def failed(error: Exception) -> None:
            status.set_busy_text("")
            now.parts.report(error)

        self.runner.start(lambda p: desk.save_copy(target, p, overwrite), done, failed,
                          lambda _s, n, total: status.set_progress(n, total),
                          owner=now.session)
        return True

    def rebuild(self) -> None:
        """File → Rebuild from the journal, off the UI thread with a count (the file
        watcher then refreshes every view: a rebuild marks the file)."""
        now = self.current()
        if now is None:
            return
        desk, status = now.session.desk, self.status
        status.set_busy_text(self.tr("Rebuilding the tables from the journal…"))

        def done(_result: object) -> None:
            status.set_busy_text("")
            status.show_result(self.tr("Rebuilt the tables from the journal."))

        def failed(error: Exception) -> None:
            status.set_busy_text("")
            now.parts.report(error)

        self.runner.start(desk.rebuild, done, failed,
                          lambda _s, n, total: status.set_progress(n, total),
                          owner=now.session)

    def ask_import_target(self) -> Path | None:
        """Where a new session for an import goes (no session open)."""
        name, _ = QFileDialog.getSaveFileName(self.window,
                                              self.tr("New session file for the import"),
                                              self.tr("session.rdesk"),
                                              self.tr("Session files (*.rdesk)"))
        return Path(name) if name else None

    def show_import_wizard(self, imported: Callable[[object], None]) -> ImportWizard | None:
        """Open the import wizard on the open session (window-modal)."""
        now = self.current()
        if now is None:
            return None
        self.close_import_wizard()
        wizard = ImportWizard(now.session, self.runner, self.language, self.window)
        wizard.imported.connect(imported)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def close_import_wizard(self) -> None:
        """The session closes: the wizard goes with it."""
        if self.import_wizard is not None:
            self.import_wizard.reject()
            self.import_wizard.deleteLater()
            self.import_wizard = None

    def start_sync(self) -> None:
        """Sync with the office share off the UI thread."""
        now = self.current()
        if now is not None and now.sync.start(
                progress=lambda _s, done, total: self.status.set_progress(done, total)):
            self.status.set_busy_text(self.tr("Syncing…"))

    def synced(self, summary: SyncSummary) -> None:
        """A sync ended: the summary, with the way to the conflicts."""
        self.status.set_busy_text("")
        now = self.current()
        if now is None:
            return
        now.workspace.reload()  # received changes may add proposals
        box = SyncSummaryBox(now.sync.summary_text(summary), summary.conflicts, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: box.wants_conflicts() and self.show_conflicts())
        box.open()

    def show_conflicts(self) -> ConflictsDialog | None:
        """The conflicts view."""
        now = self.current()
        if now is None:
            return None
        dialog = ConflictsDialog(now.session, self.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_clusters(self) -> ClustersDialog | None:
        """Candidate merge groups of the whole session."""
        now = self.current()
        if now is None:
            return None
        self.show_assist()
        dialog = ClustersDialog(now.assist, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.run()
        return dialog

    def open_merge(self, lead_id: str, others: list[str]) -> None:
        """The merge view on `lead_id` with `others` staged."""
        now = self.current()
        if now is not None:
            MergeDialog(now.session, [lead_id, *others], self.window).exec()

    def show_numbering(self) -> NumberingDialog | None:
        """The case numbers: order, format, preview, number, finalise."""
        now = self.current()
        if now is None:
            return None
        dialog = NumberingDialog(now.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        """Help → About (window-modal)."""
        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
