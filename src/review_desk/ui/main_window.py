"""The main window: menus, the filter dock, the welcome page or the open session's tabs
(proposals, archive, statistics), the status bar's progress, and error dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from review_desk.errors import FileMissingError
from review_desk.ui import error_text
from review_desk.ui.about_dialog import AboutDialog
from review_desk.ui.archive_view import ArchiveView
from review_desk.ui.assist_panel import AssistPanel, ClustersDialog
from review_desk.ui.export_dialog import ExportDialog
from review_desk.ui.filter_panel import FilterPanel
from review_desk.ui.help_overlay import HelpOverlay
from review_desk.ui.i18n import action_name
from review_desk.ui.import_wizard import ImportWizard
from review_desk.ui.live_sync import LiveSyncController
from review_desk.ui.loader import LoadedSession, create_demo, create_empty, load_session
from review_desk.ui.menus import build_menus
from review_desk.ui.merge_dialog import MergeDialog
from review_desk.ui.password_dialog import ask_with_dialog
from review_desk.ui.review_actions import ReviewActions
from review_desk.ui.session import DeskSession
from review_desk.ui.session_lock import SessionInUseError, SessionLock
from review_desk.ui.settings import Settings, save_settings
from review_desk.ui.settings_dialog import SettingsDialog
from review_desk.ui.shortcuts import Actions
from review_desk.ui.stats_view import StatsView
from review_desk.ui.sync_view import ConflictsDialog, SyncController, SyncSummaryBox
from review_desk.ui.welcome_page import WelcomePage
from review_desk.ui.workers import TaskRunner
from review_desk.ui.workspace import ReviewWorkspace

DECISION_ACTIONS = ("accept", "reject", "withdraw", "pending", "key", "merge")
SESSION_ACTIONS = (*DECISION_ACTIONS, "export", "sync", "conflicts", "clusters", "close",
                   "find", "units", "opinion", "next", "previous",
                   "next_pending", "bulk_all", "bulk_category", "bulk_unit", "view_list",
                   "view_archive", "view_stats", "focus_filters", "tab_text", "tab_units",
                   "tab_notes", "tab_history")
DEMO_SIZE = (600, 5000)


def lock_key(path: Path) -> str:
    """One spelling of a file's path, to compare paths by."""
    return str(path.resolve())


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file."""
    return lock_key(a) == lock_key(b)


def bring_forward_window_of(path: Path, asking: QWidget) -> QWidget | None:
    """Raise the other window of this program that has `path` open."""
    for widget in QApplication.topLevelWidgets():
        if (widget is not asking and isinstance(widget, MainWindow)
                and widget.session is not None and same_file(widget.session.path, path)):
            widget.show()
            widget.raise_()
            widget.activateWindow()
            return widget
    return None


class MainWindow(QMainWindow):
    """The review desk."""

    def __init__(self, settings: Settings, language: str, reviewer: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.language = language
        self.reviewer = reviewer or settings.reviewer or None
        self.session: DeskSession | None = None
        self.workspace: ReviewWorkspace | None = None
        self.review: ReviewActions | None = None
        self.archive: ArchiveView | None = None
        self.stats: StatsView | None = None
        self.last_error: str = ""
        self.import_wizard: ImportWizard | None = None
        self._after_open: list[object] = []  # what to do once the session opened
        self._filters_before_assist: bool | None = None
        self._error_open = False
        self._pending_locks: dict[str, SessionLock] = {}  # taken, the file still opening
        self.runner = TaskRunner(self)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing the window closes the file all the same
            app.aboutToQuit.connect(self.shut_down)
        self.actions = Actions(self)
        self.welcome = WelcomePage([self.actions[n] for n in ("open", "demo", "import")])
        self.welcome.recent_chosen.connect(lambda name: self.open_path(Path(name)))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.filters = FilterPanel()
        self.filters.filter_changed.connect(lambda _f: self._apply_filter())
        self.filter_dock = QDockWidget(self.tr("Filters"), self)
        self.filter_dock.setObjectName("filterDock")
        self.filter_dock.setWidget(self.filters)
        self.filter_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)
        self.filter_dock.hide()
        self.assist: AssistPanel | None = None
        self.sync: SyncController | None = None
        self.live: LiveSyncController | None = None  # a session on an office server
        self.assist_dock = QDockWidget(self.tr("Assistance"), self)
        self.assist_dock.setObjectName("assistDock")
        self.assist_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.assist_dock)
        self.assist_dock.hide()
        self.assist_dock.toggleViewAction().setShortcut("F9")
        self.assist_dock.visibilityChanged.connect(self._assist_shown)
        self.unsynced = QLabel()
        self.unsynced.setObjectName("unsyncedCount")
        self.statusBar().addPermanentWidget(self.unsynced)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.runner.busy_changed.connect(self._busy)
        build_menus(self)
        self._connect_actions()
        self.help = HelpOverlay(self.actions.listing(), self)
        self._session_actions_enabled(False)
        self.welcome.set_recent(settings.recent_files)
        self.setWindowTitle(self.tr("Review Desk"))
        self.resize(1366, 768)

    # --- wiring -----------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions
        a["open"].triggered.connect(self.choose_file)
        a["demo"].triggered.connect(self.choose_demo_file)
        a["close"].triggered.connect(self.close_session)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(lambda: self._undo_redo("undo"))
        a["redo"].triggered.connect(lambda: self._undo_redo("redo"))
        a["settings"].triggered.connect(self.edit_settings)
        a["help"].triggered.connect(self.toggle_help)
        a["about"].triggered.connect(self.show_about)
        a["focus_list"].triggered.connect(self.focus_list)
        a["focus_filters"].triggered.connect(self._focus_filters)
        a["find"].triggered.connect(self._focus_search)
        a["import"].triggered.connect(self.import_sources)
        a["export"].triggered.connect(self.export_documents)
        a["sync"].triggered.connect(self.start_sync)
        a["conflicts"].triggered.connect(self.show_conflicts)
        a["clusters"].triggered.connect(self.show_clusters)
        a["view_list"].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a["view_archive"].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a["view_stats"].triggered.connect(lambda: self.tabs.setCurrentIndex(2))
        for name, decision in (("accept", "accept"), ("reject", "reject"),
                               ("withdraw", "withdraw"), ("pending", "pending")):
            a[name].triggered.connect(lambda _c=False, d=decision: self._review().decide(d))
        a["key"].triggered.connect(lambda: self._review().toggle_key())
        a["merge"].triggered.connect(lambda: self._review().merge())
        a["bulk_all"].triggered.connect(lambda: self._review().decide_all_shown())
        a["bulk_category"].triggered.connect(lambda: self._review().set_category())
        a["bulk_unit"].triggered.connect(lambda: self._review().add_unit())
        a["next"].triggered.connect(lambda: self._ws().step(1))
        a["previous"].triggered.connect(lambda: self._ws().step(-1))
        a["next_pending"].triggered.connect(lambda: self._ws().next_pending())
        a["units"].triggered.connect(lambda: self._detail_tab(1, "unit_input"))
        a["opinion"].triggered.connect(lambda: self._detail_tab(2, "opinion"))
        for i, name in enumerate(("tab_text", "tab_units", "tab_notes", "tab_history")):
            a[name].triggered.connect(lambda _c=False, i=i: self._detail_tab(i, None))

    def _ws(self) -> ReviewWorkspace:
        assert self.workspace is not None
        return self.workspace

    def _review(self) -> ReviewActions:
        assert self.review is not None
        return self.review

    def _session_actions_enabled(self, on: bool) -> None:
        for name in SESSION_ACTIONS:
            self.actions[name].setEnabled(on)
        self._update_undo()

    # --- opening and closing -------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a session file and open it."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), "",
                                              self.tr("Session files (*.rdesk);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def choose_demo_file(self) -> None:
        """Ask where to write a demo session, create it and open it."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Create demo session"),
                                              "demo.rdesk", self.tr("Session files (*.rdesk)"))
        if name:
            self.create_demo(Path(name))

    def open_path(self, path: Path) -> None:
        """Open a session file off the UI thread (unless another window has it open)."""
        if self.session is not None and same_file(self.session.path, path):
            return  # open here already
        if not self._claim(path):
            return
        reviewer = self.reviewer
        self.progress_label.setText(self.tr("Opening %1…").replace("%1", path.name))
        self.runner.start(lambda _p: load_session(path, reviewer), self._opened,
                          lambda error: self._open_failed(error, path))

    def create_demo(self, path: Path, size: tuple[int, int] = DEMO_SIZE) -> None:
        """Create a demo session off the UI thread, then open it."""
        if not self._claim(path, replacing=True):
            return
        reviewer = self.reviewer
        self.progress_label.setText(self.tr("Creating the demo session…"))
        self.runner.start(lambda p: create_demo(path, reviewer, size[0], size[1], p),
                          self._opened, lambda error: self._open_failed(error, path),
                          self._progress)

    def create_empty(self, path: Path) -> None:
        """Create an empty session (the standard lists) off the UI thread, then open it."""
        if not self._claim(path, replacing=True):
            return
        reviewer = self.reviewer
        self.progress_label.setText(self.tr("Creating the session…"))
        self.runner.start(lambda _p: create_empty(path, reviewer), self._opened,
                          lambda error: self._open_failed(error, path))

    def _claim(self, path: Path, replacing: bool = False) -> bool:
        """Take the lock of `path` for the session about to open; False (and the person
        told) when another window or program has it open. A file this window shows and
        is about to replace is closed first."""
        if replacing and self.session is not None and same_file(self.session.path, path):
            self.close_session()
        try:
            lock = SessionLock.acquire(path)
        except SessionInUseError as error:
            if error.holder.this_program:
                bring_forward_window_of(path, self)
            self.show_error(error)
            return False
        old = self._pending_locks.pop(lock_key(path), None)
        if old is not None:
            old.release()
        if lock is not None:
            self._pending_locks[lock_key(path)] = lock
        return True

    def _open_failed(self, error: Exception, path: Path | None = None) -> None:
        if path is not None:
            lock = self._pending_locks.pop(lock_key(path), None)
            if lock is not None:
                lock.release()
        self.progress_label.setText("")
        self._after_open.clear()
        self.show_error(error)

    def _opened(self, loaded: LoadedSession) -> None:
        lock = self._pending_locks.pop(lock_key(loaded.desk.path), None)
        self.close_session()
        self.progress_label.setText("")
        session = DeskSession(loaded.desk, self, lock)
        self.session = session
        session.failed.connect(self.show_error)
        session.changed.connect(lambda _c: self._update_undo())
        decision = [self.actions[n] for n in DECISION_ACTIONS]
        self.workspace = ReviewWorkspace(session, decision, self.language)
        self.review = ReviewActions(session, self.workspace, self.runner, self.show_error,
                                    self)
        self.archive = ArchiveView(session)
        self.stats = StatsView(session, self.workspace.current_filter)
        session.changed.connect(lambda _c: self._mark_stats_stale())
        self.tabs.addTab(self.workspace, self.tr("Proposals"))
        self.tabs.addTab(self.archive, self.tr("Archive"))
        self.tabs.addTab(self.stats, self.tr("Statistics"))
        self.filters.set_choices(loaded.categories, loaded.sectors, loaded.units, loaded.groups)
        self.workspace.detail.units.set_catalogue(loaded.units)
        self.workspace.set_ids(loaded.ids, keep=False)
        self.sync = SyncController(session, self.runner, self.show_error, self)
        self.sync.unsynced_changed.connect(self._show_unsynced)
        self.sync.synced.connect(self._synced)
        self.sync.count()
        self.live = LiveSyncController(session, self.unsynced, self.language,
                                       ask_with_dialog(self), self)
        if self.live.start():  # the status line is now live sync's
            self.sync.unsynced_changed.disconnect(self._show_unsynced)
        self.assist = AssistPanel(session, self.runner, self.open_merge, self.show_error)
        self.assist_dock.setWidget(self.assist)
        self.workspace.current_changed.connect(self._assist_follow)
        self.assist.start_index()
        self.workspace.fit_columns([c.name for c in loaded.categories])
        self.stack.setCurrentWidget(self.tabs)
        self.filter_dock.show()
        self.setTabOrder(self.filters.clear_button, self.workspace.search)
        self._session_actions_enabled(True)
        self.settings.remember(session.path)
        save_settings(self.settings)
        info = session.read(lambda d: d.session_info(), {})
        title = " ".join(str(info.get(k, "")) for k in ("committee", "term", "session"))
        self.setWindowTitle(f"{self.tr('Review Desk')} — {session.path.name} — {title}")
        self.workspace.table.setFocus()
        then, self._after_open = self._after_open, []
        for step in then:
            step()  # type: ignore[operator]

    def close_session(self) -> None:
        """Close the open session and show the welcome page."""
        session = self.session
        if session is None:
            return
        # first of all, so a read failing while the views are torn down (the file is gone)
        # neither reports again nor closes the session a second time
        self.session = None
        session.failed.disconnect(self.show_error)
        if self.import_wizard is not None:
            self.import_wizard.reject()
            self.import_wizard.deleteLater()
            self.import_wizard = None
        if self.sync is not None:
            self.sync.abort()
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.assist is not None:
            self.assist.stop()
        self.runner.wait()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        session.close()
        session.deleteLater()
        self.workspace = self.review = None
        self.archive = self.stats = None
        self.sync = None
        if self.assist is not None:
            self.assist_dock.setWidget(None)  # type: ignore[arg-type]
            self.assist.deleteLater()
            self.assist = None
        self.assist_dock.hide()
        self.unsynced.setText("")
        self.filter_dock.hide()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.set_recent(self.settings.recent_files)
        self.setWindowTitle(self.tr("Review Desk"))
        self._session_actions_enabled(False)

    # --- reacting -------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        if self.workspace is not None and self.session is not None:
            self.workspace.set_filter(self.filters.current(self.session.desk.reviewer))
            self._mark_stats_stale()

    def _mark_stats_stale(self) -> None:
        if self.stats is not None:
            self.stats.stale = True
            if self.tabs.currentWidget() is self.stats:
                self.stats.refresh()

    def _tab_changed(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.archive and self.archive is not None and not self.archive.loaded:
            self.archive.load()
        if widget is self.stats and self.stats is not None and self.stats.stale:
            self.stats.refresh()

    def _update_undo(self) -> None:
        undo, redo = self.actions["undo"], self.actions["redo"]
        state = self.session.read(lambda d: d.undo.state(), None) if self.session else None
        undo_label = state.undo if state else None
        redo_label = state.redo if state else None
        undo.setEnabled(bool(undo_label))
        redo.setEnabled(bool(redo_label))
        undo.setText(self.tr("&Undo %1").replace("%1", action_name(undo_label, self.language))
                     if undo_label else self.tr("&Undo"))
        redo.setText(self.tr("&Redo %1").replace("%1", action_name(redo_label, self.language))
                     if redo_label else self.tr("&Redo"))

    def _undo_redo(self, which: str) -> None:
        if self.session is not None:
            self.session.command(lambda d: d.undo.undo() if which == "undo" else d.undo.redo())
            self._update_undo()  # also when it changed nothing

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for name in ("open", "demo"):
            self.actions[name].setEnabled(not busy)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_error(self, error: Exception) -> None:
        """Explain a failure in a dialog; the app stays usable."""
        message = error_text.error_message(error, self.language)
        self.last_error = message
        gone = isinstance(error, FileMissingError) and self.session is not None and (
            not self.session.path.exists())
        if gone:
            self.close_session()
        if self._error_open:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, error_text.error_title(error), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "_error_open", False))
        self._error_open = True
        box.open()

    # --- small things ---------------------------------------------------------------------

    def focus_list(self) -> None:
        """Esc: close the help sheet, or go back to the list."""
        if self.help.isVisible():
            self.help.hide()
        elif self.workspace is not None:
            self.tabs.setCurrentWidget(self.workspace)
            self.workspace.table.setFocus()

    def toggle_help(self) -> None:
        """Show or hide the shortcuts sheet."""
        if self.help.isVisible():
            self.help.hide()
        else:
            self.help.show_over_parent()

    def _focus_filters(self) -> None:
        self.filter_dock.show()
        self.filters.status.setFocus()

    def _focus_search(self) -> None:
        if self.workspace is not None:
            self.tabs.setCurrentWidget(self.workspace)
            self.workspace.search.setFocus()
            self.workspace.search.selectAll()

    def _detail_tab(self, index: int, focus: str | None) -> None:
        if self.workspace is None:
            return
        self.tabs.setCurrentWidget(self.workspace)
        detail = self.workspace.detail
        detail.tabs.setCurrentIndex(index)
        if focus == "unit_input":
            detail.units.unit_input.setFocus()
        elif focus == "opinion":
            detail.notes.opinion.setFocus()

    def edit_settings(self) -> None:
        """The settings dialog."""
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            new = dialog.result_settings()
            self.settings.reviewer, self.settings.language = new.reviewer, new.language
            self.settings.font_size = new.font_size
            save_settings(self.settings)
            self.apply_font_size(new.font_size)
            if new.reviewer:
                self.reviewer = new.reviewer
                if self.session is not None:
                    self.session.desk.reviewer = new.reviewer
                    self.session.desk.writer.reviewer = new.reviewer

    def apply_font_size(self, size: int) -> None:
        """Use `size` points for the whole window."""
        font = self.font()
        font.setPointSize(size)
        QApplication.setFont(font)
        if self.workspace is not None:
            self.workspace.fit_columns(self.workspace.categories)
            self.workspace.balance()

    def show_about(self) -> AboutDialog:
        """Help → About (window-modal)."""
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)

    @Slot()
    def shut_down(self) -> None:
        """Closing the window or quitting the app: wait for background work, close the
        session (releasing its lock) and save the settings."""
        self.runner.wait()
        self.close_session()
        for lock in self._pending_locks.values():
            lock.release()
        self._pending_locks.clear()
        save_settings(self.settings)

    # --- export, sync, conflicts, assistance ------------------------------------------------

    def export_documents(self) -> None:
        """The export dialog (the export runs off the UI thread)."""
        if self.session is not None:
            dialog = ExportDialog(self.session, self.runner, self.language, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def import_sources(self) -> None:
        """The import wizard; with no session open, first a new session file for it."""
        if self.session is not None:
            self.show_import_wizard()
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New session file for the import"),
                                              self.tr("session.rdesk"),
                                              self.tr("Session files (*.rdesk)"))
        if name:
            self._after_open.append(self.show_import_wizard)
            self.create_empty(Path(name))

    def show_import_wizard(self) -> ImportWizard | None:
        """Open the import wizard on the open session (window-modal)."""
        if self.session is None:
            return None
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()
        wizard = ImportWizard(self.session, self.runner, self.language, self)
        wizard.imported.connect(self._imported)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, _result: object) -> None:
        """New proposals, units or lists: read the list and the pickers again."""
        session = self.session
        if session is None or self.workspace is None:
            return
        self.workspace.reload()
        choices = session.read(lambda d: (d.list_items("category"), d.list_items("sector"),
                                          d.unit_catalogue(), d.review_groups()), None)
        if choices is not None:
            categories, sectors, units, groups = choices
            self.filters.set_choices(categories, sectors, units, groups)
            self.workspace.detail.units.set_catalogue(units)
            self.workspace.fit_columns([c.name for c in categories])

    def start_sync(self) -> None:
        """Sync with the office share off the UI thread."""
        if self.sync is not None and self.sync.start(progress=self._progress):
            self.progress_label.setText(self.tr("Syncing…"))

    def _synced(self, summary: object) -> None:
        self.progress_label.setText("")
        if self.workspace is not None:
            self.workspace.reload()  # received changes may add proposals
        assert self.sync is not None
        box = SyncSummaryBox(self.sync.summary_text(summary),
                             summary.conflicts, self)  # type: ignore[attr-defined]
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: box.wants_conflicts() and self.show_conflicts())
        box.open()

    def _show_unsynced(self, count: int) -> None:
        self.unsynced.setText(self.tr("%1 changes not synced").replace("%1", str(count))
                              if count else self.tr("All changes synced"))

    def show_conflicts(self) -> None:
        """The conflicts view."""
        if self.session is not None:
            dialog = ConflictsDialog(self.session, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def show_clusters(self) -> None:
        """Candidate merge groups of the whole session."""
        if self.assist is not None:
            self.assist_dock.show()
            dialog = ClustersDialog(self.assist, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            dialog.run()

    def open_merge(self, lead_id: str, others: list[str]) -> None:
        """The merge view on `lead_id` with `others` staged."""
        if self.session is not None:
            MergeDialog(self.session, lead_id, others, self).exec()

    def _assist_shown(self, on: bool) -> None:
        if self.workspace is None:
            self._filters_before_assist = None
            return
        # 1366 px hold the list with a readable title beside the detail and one side
        # panel, not two: the filters make way for the assistance and come back after
        if on and self._filters_before_assist is None:
            self._filters_before_assist = self.filter_dock.isVisible()
            self.filter_dock.hide()
        elif not on and self._filters_before_assist is not None:
            if self._filters_before_assist and self.session is not None:
                self.filter_dock.show()
            self._filters_before_assist = None
        QTimer.singleShot(0, self.workspace.balance)  # the list keeps room for its columns
        if on:
            self._assist_follow(self.workspace.current_id())

    def _assist_follow(self, proposal_id: str | None) -> None:
        if self.assist is not None and self.assist_dock.isVisible():
            self.assist.show_proposal(proposal_id)

    # --- slots for the other parts ----------------------------------------------------------

    def add_side_panel(self, title: str, widget: QWidget) -> QDockWidget:
        """Dock a side panel (e.g. the assistance panel) on the right."""
        dock = QDockWidget(title, self)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock
