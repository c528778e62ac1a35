"""The main window: menus and keys, the welcome page or the open session's tabs, the
status line, and error dialogs. Opening files (`SessionOpener`), the session's views
(`OpenSession`), the side panels (`SideDocks`) and the dialogs (`WindowDialogs`) live in
their own modules; this one wires them together."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from review_desk.errors import FileMissingError
from review_desk.review.group_queries import GroupView
from review_desk.ui import error_text
from review_desk.ui.archive_view import ArchiveView
from review_desk.ui.assist_panel import AssistPanel
from review_desk.ui.dialog_focus import return_focus_after_dialogs
from review_desk.ui.error_box import open_error_box
from review_desk.ui.filter_panel import FilterPanel
from review_desk.ui.help_overlay import HelpOverlay
from review_desk.ui.import_wizard import ImportWizard
from review_desk.ui.keymap import Keymap
from review_desk.ui.loader import LoadedSession
from review_desk.ui.menus import build_menus
from review_desk.ui.notes_editor import ask_to_leave_drafts
from review_desk.ui.open_session import OpenSession, WindowParts, show_undo_labels
from review_desk.ui.reviewer_dialog import ReviewerDialog, ask_group, ask_reviewer
from review_desk.ui.session import DeskSession
from review_desk.ui.session_keys import connect_session_keys
from review_desk.ui.session_lock import SessionLock
from review_desk.ui.session_opener import SessionOpener
from review_desk.ui.settings import Settings, save_settings
from review_desk.ui.settings_dialog import edit_settings
from review_desk.ui.side_docks import SideDocks
from review_desk.ui.stats_view import StatsView
from review_desk.ui.status_line import StatusLine
from review_desk.ui.sync_view import SyncController
from review_desk.ui.welcome_page import WelcomePage
from review_desk.ui.window_dialogs import WindowDialogs
from review_desk.ui.workers import TaskRunner
from review_desk.ui.workspace import ReviewWorkspace

# bindings that need an open session
SESSION_BINDINGS = (
    "accept", "reject", "withdraw", "pending", "key", "merge", "export", "export_list",
    "save_copy", "rebuild", "sync", "conflicts", "clusters", "numbering", "close", "find", "units",
    "opinion", "next", "previous", "next_pending", "bulk_all", "bulk_category", "bulk_unit",
    "view_list", "view_archive", "view_stats", "focus_filters", "tab_text", "tab_units",
    "tab_notes", "tab_history", "toggle_filters", "toggle_assist", "focus_assist")


class MainWindow(QMainWindow):
    """The review desk."""

    session_opened = Signal()

    def __init__(self, settings: Settings, language: str, reviewer: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.language = language
        self.reviewer = reviewer or settings.reviewer or None
        self.current: OpenSession | None = None
        self.last_error = ""
        self._after_open: list[object] = []  # what to do once the session opened
        self._error_open = False
        self.runner = TaskRunner(self)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing the window closes the file all the same
            app.aboutToQuit.connect(self.shut_down)
        self.keymap = Keymap(self)
        self.welcome = WelcomePage([self.keymap[n] for n in ("open", "demo", "import")])
        self.welcome.recent_chosen.connect(lambda name: self.open_path(Path(name)))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.filters = FilterPanel()
        self.docks = SideDocks(self, self.keymap, self.filters, lambda: self.current)
        self.filter_dock, self.assist_dock = self.docks.filter_dock, self.docks.assist_dock
        self.status_line = StatusLine(self.statusBar())
        self.runner.busy_changed.connect(self.status_line.set_busy)
        self.opener = SessionOpener(self.runner, self, self._open_path_now, self.close_session,
                                    lambda _s, done, total: self.status_line.set_progress(
                                        done, total), language)
        self.opener.reviewer = self.reviewer
        self.opener.ask_reviewer = self.ask_reviewer
        self._first_start = self.reviewer is None  # then the group is asked for too
        self.opener.opened.connect(self._opened)
        self.opener.failed.connect(self._open_failed)
        self.opener.busy_text.connect(self.status_line.set_busy_text)
        self.dialogs = WindowDialogs(self, self.runner, language, lambda: self.current,
                                     self.status_line, self.assist_dock.show)
        build_menus(self.menuBar(), self.keymap)
        self._connect_keys()
        self.help = HelpOverlay(self.keymap.sheet(), self)
        return_focus_after_dialogs(self, lambda: self.current.workspace.table
                                   if self.current else None)
        self._session_keys_enabled(False)
        self.welcome.set_recent(settings.recent_files)
        self.setWindowTitle(self.tr("Review Desk"))
        self.resize(1366, 768)

    # --- the open session's parts (None with no session) --------------------------------

    @property
    def session(self) -> DeskSession | None:
        """The open session."""
        return self.current.session if self.current else None

    @property
    def workspace(self) -> ReviewWorkspace | None:
        """The list and the detail."""
        return self.current.workspace if self.current else None

    @property
    def archive(self) -> ArchiveView | None:
        """The archive tab."""
        return self.current.archive if self.current else None

    @property
    def stats(self) -> StatsView | None:
        """The statistics tab."""
        return self.current.stats if self.current else None

    @property
    def sync(self) -> SyncController | None:
        """Sync of the open session."""
        return self.current.sync if self.current else None

    @property
    def assist(self) -> AssistPanel | None:
        """The assistance panel."""
        return self.current.assist if self.current else None

    # --- keys -------------------------------------------------------------------------

    def _connect_keys(self) -> None:
        k, d = self.keymap, self.dialogs

        k.on("open", self.opener.choose_file)
        k.on("demo", self.opener.choose_demo_file)
        k.on("import", self.import_sources)
        k.on("close", self.close_session)
        k.on("quit", self.close)
        k.on("undo", lambda: self.current.undo_redo("undo") if self.current else None)
        k.on("redo", lambda: self.current.undo_redo("redo") if self.current else None)
        k.on("settings", self.edit_settings)
        k.on("help", self.toggle_help)
        k.on("about", d.show_about)
        k.on("focus_list", self.focus_list)
        k.on("export", d.export_documents)
        for name in ("export_list", "save_copy", "rebuild"):  # WindowDialogs' own names
            k.on(name, getattr(d, name))
        k.on("numbering", d.show_numbering)
        k.on("sync", d.start_sync)
        k.on("conflicts", d.show_conflicts)
        k.on("clusters", d.show_clusters)
        for i, name in enumerate(("view_list", "view_archive", "view_stats")):
            k.on(name, partial(self.tabs.setCurrentIndex, i))
        connect_session_keys(k, lambda: self.current, self.tabs.setCurrentWidget)

    def _session_keys_enabled(self, on: bool) -> None:
        for name in SESSION_BINDINGS:
            self.keymap[name].setEnabled(on)
        if not on:
            show_undo_labels(self.keymap, None, None, self.language)

    # --- opening and closing -------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        """Open a session file off the UI thread (unless another window has it open)."""
        self.opener.open_path(path)

    def _open_path_now(self) -> Path | None:
        return self.current.session.path if self.current else None

    def _open_failed(self, error: Exception) -> None:
        self._after_open.clear()
        self.show_error(error)

    def _opened(self, loaded: LoadedSession, lock: SessionLock | None) -> None:
        self.close_session()
        self._session_keys_enabled(True)  # before: the decision bar turns its own off
        parts = WindowParts(self, self.keymap, self.runner, self.language, self.show_error,
                            self.filters, self.tabs, self.assist_dock, self.status_line,
                            self.dialogs.open_merge)
        self.current = now = OpenSession(loaded, lock, parts)
        now.sync.synced.connect(self.dialogs.synced)
        self.stack.setCurrentWidget(self.tabs)
        self.docks.session_opened()
        self.setTabOrder(self.filters.clear_button, now.workspace.search)
        now.show_undo_state()
        self.settings.remember(now.session.path)
        save_settings(self.settings)
        self.setProperty("sessionPath", str(now.session.path))
        info = now.session.read(lambda d: d.session_info(), dict[str, object]())
        title = " ".join(str(info.get(k, "")) for k in ("committee", "term", "session"))
        self.setWindowTitle(f"{self.tr('Review Desk')} — {now.session.path.name} — {title}")
        now.workspace.table.setFocus()
        if self._first_start:
            self._ask_group(now)
        then, self._after_open = self._after_open, []
        for step in then:
            step()  # type: ignore[operator]
        self.session_opened.emit()

    def keep_drafts(self) -> bool:
        """Save what is typed into the open session; False when something could not be
        saved (it stays on screen, with the reason)."""
        return self.current is None or self.current.keep_drafts()

    def close_session(self) -> None:
        """Close the open session (saving what was typed) and show the welcome page."""
        now = self.current
        if now is None:
            return
        now.keep_drafts()
        # first of all, so a read failing while the views are torn down (the file is gone)
        # neither reports again nor closes the session a second time
        self.current = None
        now.session.failed.disconnect(self.show_error)
        self.dialogs.close_import_wizard()
        self.setProperty("sessionPath", None)
        now.teardown()
        self.docks.session_closed()
        self.status_line.clear()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.set_recent(self.settings.recent_files)
        self.setWindowTitle(self.tr("Review Desk"))
        self._session_keys_enabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_drafts() and not ask_to_leave_drafts(self):
            event.ignore()
            return
        self.shut_down()
        super().closeEvent(event)

    @Slot()
    def shut_down(self) -> None:
        """Closing the window or quitting the app: end a file's opening, wait for
        background work, close the session (releasing its lock) and save the settings."""
        self.opener.abandon()
        self.close_session()
        save_settings(self.settings)

    # --- reacting -------------------------------------------------------------------------

    def show_error(self, error: Exception) -> None:
        """Explain a failure in a dialog; the app stays usable."""
        message = error_text.error_message(error, self.language)
        self.last_error = message
        gone = isinstance(error, FileMissingError) and self.current is not None and (
            not self.current.session.path.exists())
        if gone:
            self.close_session()
        if self._error_open:
            return
        self._error_open = True
        open_error_box(self, error_text.error_title(error), message,
                       lambda: setattr(self, "_error_open", False))

    # --- small things ---------------------------------------------------------------------

    def focus_list(self) -> None:
        """Esc: close the help sheet, or go back to the list."""
        if self.help.isVisible():
            self.help.hide()
        elif self.current is not None:
            self.tabs.setCurrentWidget(self.current.workspace)
            self.current.workspace.table.setFocus()

    def toggle_help(self) -> None:
        """Show or hide the shortcuts sheet."""
        if self.help.isVisible():
            self.help.hide()
        else:
            self.help.show_over_parent()

    def edit_settings(self) -> None:
        """The settings dialog."""
        new = edit_settings(self.settings, self)
        if new is not None:
            self.apply_font_size(new.font_size)
            if new.reviewer:
                self.set_reviewer(new.reviewer)

    def ask_reviewer(self, then: Callable[[], None] | None = None) -> ReviewerDialog:
        """Who is reviewing (the first start); `then` runs once the name is given."""
        def named(name: str) -> None:
            self.settings.reviewer = name
            save_settings(self.settings)
            self.set_reviewer(name)
            if then is not None:
                then()
        return ask_reviewer(self, self.settings.reviewer, named)

    def _ask_group(self, now: OpenSession) -> None:
        self._first_start = False
        groups = now.session.read(lambda d: d.review_groups(), list[GroupView]())
        ask_group(self, self.reviewer or "", groups, now.join_group)

    def set_reviewer(self, name: str) -> None:
        """Record what comes next under `name`."""
        self.reviewer = self.opener.reviewer = name
        if self.current is not None:
            self.current.session.desk.set_reviewer(name)
            self.current.show_progress()

    def apply_font_size(self, size: int) -> None:
        """Use `size` points for the whole window."""
        font = self.font()
        font.setPointSize(size)
        QApplication.setFont(font)
        if self.current is not None:
            workspace = self.current.workspace
            workspace.fit_columns(workspace.categories)
            workspace.balance()

    # --- import and assistance --------------------------------------------------------------

    def import_sources(self) -> None:
        """The import wizard; with no session open, first a new session file for it."""
        if self.current is not None:
            self.show_import_wizard()
            return
        target = self.dialogs.ask_import_target()
        if target is not None:
            self._after_open.append(self.show_import_wizard)
            self.opener.create_empty(target)

    def show_import_wizard(self) -> ImportWizard | None:
        """Open the import wizard on the open session (window-modal)."""
        return self.dialogs.show_import_wizard(
            lambda _r: self.current.reload_choices() if self.current else None)

    def start_sync(self) -> None:
        """Sync with the office share off the UI thread."""
        self.dialogs.start_sync()
