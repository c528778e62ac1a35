"""The parts of the window that exist while a session is open — the list and detail,
the archive, the statistics, sync, assistance — made when it opens and stopped, in
order, before it closes: timers and background work first, the session last, so
nothing reports to a session that is gone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget

from review_desk.errors import CorruptFileError
from review_desk.review.group_queries import GroupView
from review_desk.review.history import ActionScope
from review_desk.review.journal import Changed, proposal_of
from review_desk.review.journal_watch import EXTERNAL
from review_desk.review.plain_words import field_label
from review_desk.review.queries import ProposalRow
from review_desk.ui.archive_view import ArchiveView
from review_desk.ui.assist_panel import AssistPanel
from review_desk.ui.file_safety import IntegrityCheck
from review_desk.ui.file_watch import FileWatcher
from review_desk.ui.filter_panel import FilterPanel
from review_desk.ui.i18n import action_name
from review_desk.ui.keymap import Keymap
from review_desk.ui.live_sync import LiveSyncController
from review_desk.ui.loader import LoadedSession
from review_desk.ui.password_dialog import ask_with_dialog
from review_desk.ui.review_actions import ReviewActions
from review_desk.ui.session import DeskSession
from review_desk.ui.session_lock import SessionLock
from review_desk.ui.stats_view import StatsView
from review_desk.ui.status_line import StatusLine
from review_desk.ui.sync_view import SyncController
from review_desk.ui.workers import TaskRunner
from review_desk.ui.workspace import ReviewWorkspace

DECISION_BUTTONS = ("accept", "reject", "withdraw", "pending", "key", "merge")
PROGRESS_DELAY_MS = 300


@dataclass
class WindowParts:
    """What the session's parts use of the window."""

    window: QWidget
    keymap: Keymap
    runner: TaskRunner
    language: str
    report: Callable[[Exception], None]
    filters: FilterPanel
    tabs: QTabWidget
    assist_dock: QDockWidget
    status: StatusLine
    open_merge: Callable[[str, list[str]], None]


class OpenSession(QObject):
    """One open session and every view of it."""

    def __init__(self, loaded: LoadedSession, lock: SessionLock | None,
                 parts: WindowParts) -> None:
        super().__init__(parts.window)
        self.parts = parts
        self.session = DeskSession(loaded.desk, self, lock)
        session = self.session
        session.failed.connect(parts.report)
        k = parts.keymap
        self.workspace = ReviewWorkspace(session, [k[n] for n in DECISION_BUTTONS],
                                         parts.language)
        k.attach_review_keys(*self.workspace.review_key_widgets())
        # what the CLI or another tool writes to the file shows here within a second
        self.watcher = FileWatcher(session, parent=self)
        self.review = ReviewActions(session, self.workspace, parts.runner, parts.report,
                                    parts.status, parts.window, self.watcher.catch_up)
        session.waiting.connect(lambda n: parts.status.show_waiting(
            n, self.tr("%n action(s) wait for the bulk to finish…", "", n)))
        self.archive = ArchiveView(session)
        self.stats = StatsView(session, self.workspace.current_filter)
        for widget, title in ((self.workspace, self.tr("Proposals")),
                              (self.archive, self.tr("Archive")),
                              (self.stats, self.tr("Statistics"))):
            parts.tabs.addTab(widget, title)
        parts.filters.set_choices(loaded.categories, loaded.sectors, loaded.units,
                                  loaded.groups)
        self.workspace.detail.units.set_catalogue(loaded.units)
        self.workspace.set_ids(loaded.ids, keep=False)
        self.workspace.fit_columns([c.name for c in loaded.categories])
        self.workspace.show_shape()
        self.sync = SyncController(session, parts.runner, parts.report, parts.window)
        self.sync.setParent(self)
        self.sync.unsynced_changed.connect(self._show_unsynced)
        self._counts_shown = True
        # a session on an office server syncs live; the unsynced line is then live sync's
        self.live = LiveSyncController(session, parts.status.unsynced, parts.language,
                                       self.sync.asker.given_or(ask_with_dialog(parts.window)),
                                       parts.window, self.watcher.catch_up)
        self._start_live()
        # the first sync to a server (F5) makes the session live at once
        self.sync.synced.connect(self._start_live)
        self.assist = AssistPanel(session, parts.runner, parts.open_merge,
                                  self._report_background)
        parts.assist_dock.setWidget(self.assist)
        self._progress_later = QTimer(self)
        self._progress_later.setSingleShot(True)
        self._progress_later.setInterval(PROGRESS_DELAY_MS)
        self._progress_later.timeout.connect(self.show_progress)
        self._progress_later.timeout.connect(self.workspace.show_shape)
        self._links: list[QMetaObject.Connection] = [
            parts.filters.filter_changed.connect(self.apply_filter),
            parts.tabs.currentChanged.connect(self._tab_changed),
        ]
        session.changed.connect(self._changed)
        self.workspace.current_changed.connect(self._assist_follow)
        self.sync.count()
        self.show_progress()
        self.show_undo_state()
        self.assist.start_index()
        self.watcher.start()
        self.integrity = IntegrityCheck(session, parts.runner, parts.status, self)
        self.integrity.damaged.connect(self._damaged)
        self.integrity.start()

    # --- reacting ---------------------------------------------------------------------

    def _changed(self, changed: Changed) -> None:
        if changed.cleared_conflicts and changed.action != EXTERNAL:
            self._say_cleared(changed)
        self.show_undo_state()
        self.stats.stale = True
        if self.parts.tabs.currentWidget() is self.stats:
            self.stats.refresh()
        self._progress_later.start()

    def _start_live(self, _summary: object = None) -> None:
        """Sync live when the session's remote is an office server (and not already)."""
        if self.live.live is None and self.session.damaged is None and self.live.start() \
                and self._counts_shown:
            self._counts_shown = False  # the line is live sync's from now on
            self.sync.unsynced_changed.disconnect(self._show_unsynced)

    def _say_cleared(self, changed: Changed) -> None:
        """The action wrote over a field reviewers disagreed on: that settled it, and the
        other values are no longer shown (the history keeps them)."""
        language = "zh_CN" if self.parts.language.startswith("zh") else "en"
        places = []
        for entity, entity_id, fld in sorted(changed.cleared_conflicts):
            pid = proposal_of(entity, entity_id)
            rows = self._rows([pid] if pid else [])
            what = field_label(fld, language)
            places.append(self.tr("No. %1 · %2").replace("%1", str(rows[0].intake_no))
                          .replace("%2", what) if rows else what)
        self.parts.status.show_result(self.tr(
            "This settled the conflict on %1; the other reviewers' values are no longer "
            "shown (the history keeps them).").replace("%1", "、".join(places)))

    def _rows(self, ids: list[str]) -> list[ProposalRow]:
        return self.session.read(lambda d: d.rows(ids), list[ProposalRow]()) if ids else []

    def _report_background(self, error: Exception) -> None:
        """A failure of work nobody asked for just now (the assistance index): damage it
        found is handled like the check's."""
        if isinstance(error, CorruptFileError):
            self._damaged(error)
        else:
            self.parts.report(error)

    def _damaged(self, error: CorruptFileError) -> None:
        """The file is damaged: it stays readable, is never synced, nothing more is
        written to it, and the reviewer is told what to do (once)."""
        if self.session.damaged is not None:
            return
        self.session.damaged = error
        self.live.stop()
        self.parts.keymap["sync"].setEnabled(False)
        self._show_unsynced(0)
        self.parts.report(error)

    def apply_filter(self) -> None:
        """Show what the filter panel selects."""
        self.workspace.set_filter(self.parts.filters.current(self.session.desk.reviewer))
        self.stats.stale = True

    def _tab_changed(self, _index: int) -> None:
        widget = self.parts.tabs.currentWidget()
        if widget is self.archive and not self.archive.loaded:
            self.archive.load()
        if widget is self.stats and self.stats.stale:
            self.stats.refresh()

    def reload_choices(self) -> None:
        """After an import: new proposals, units or lists in the list and the pickers."""
        self.workspace.reload()
        choices = self.session.read(lambda d: (
            d.list_items("category"), d.list_items("sector"), d.unit_catalogue(),
            d.review_groups()), None)
        if choices is not None:
            categories, sectors, units, groups = choices
            self.parts.filters.set_choices(categories, sectors, units, groups)
            self.workspace.detail.units.set_catalogue(units)
            self.workspace.fit_columns([c.name for c in categories])

    def show_progress(self) -> None:
        """The review progress in the status bar."""
        progress = self.session.read(lambda d: d.review_progress(), None)
        self.parts.status.show_review_progress(
            progress, self.tr("mine %1 / %2"), self.tr("Reviewed %1 / %2"))

    def _show_unsynced(self, count: int) -> None:
        if self.session.damaged is not None:
            self.parts.status.show_unsynced(self.tr("File damaged: never synced"))
            return
        self.parts.status.show_unsynced(
            self.tr("%n own action(s) not synced", "", count) if count
            else self.tr("All your actions synced"))

    def show_undo_state(self) -> None:
        """Name the action Undo and Redo would take back, and on what (an import's undo:
        how many proposals it removes)."""
        nothing: tuple[ActionScope | None, ActionScope | None] = (None, None)
        undo, redo = self.session.read(lambda d: d.undo_scopes(), nothing)
        removes = self.session.read(lambda d: d.undo.state().undo_removes_proposals, 0) \
            if undo is not None else 0
        show_undo_labels(self.parts.keymap, self._scoped(undo, removes), self._scoped(redo),
                         self.parts.language)

    def _scoped(self, scope: ActionScope | None, removes: int = 0) -> str | None:
        """「立案：流水号 12」, 「立案（229 件）」 or 「导入（移除 12 件提案）」."""
        if scope is None:
            return None
        name = action_name(scope.label, self.parts.language)
        if removes:
            return self.tr("%1 (removes %n proposal(s))", "", removes).replace("%1", name)
        if scope.intake_no is not None:
            return self.tr("%1: No. %2").replace("%1", name).replace(
                "%2", str(scope.intake_no))
        if scope.proposals > 1:
            return self.tr("%1 (%n proposals)", "", scope.proposals).replace("%1", name)
        return name

    def join_group(self, group_id: str | None, groups: list[GroupView]) -> None:
        """Add this reviewer to a review group (its "my share" and progress follow)."""
        group = next((g for g in groups if g.id == group_id), None)
        name = self.session.desk.reviewer
        if group is not None and name not in group.reviewers:
            members = [*group.reviewers, name]
            self.session.command(lambda d: d.lists.set_group_reviewers(group.id, members))
            self.show_progress()

    def undo_redo(self, which: str) -> None:
        """Take back the last action, or do again the last one taken back."""
        self.keep_drafts()
        # what to take back, and whether off the UI thread, is known once a long write
        # running now is in the file
        self.session.later(lambda: self._take_back(which))

    def _take_back(self, which: str) -> None:
        nothing: tuple[ActionScope | None, ActionScope | None] = (None, None)
        scope = self.session.read(lambda d: d.undo_scopes(), nothing)[which == "redo"]
        self.review.take_back(which, scope, self._scoped(scope) or "", self.show_undo_state)

    def _assist_follow(self, proposal_id: str | None) -> None:
        if self.parts.assist_dock.isVisible():
            self.assist.show_proposal(proposal_id)

    # --- closing ----------------------------------------------------------------------

    def keep_drafts(self) -> bool:
        """Save what is typed and not saved yet; False when a draft could not be saved
        (it stays on screen with the reason)."""
        return self.workspace.detail.notes.commit_drafts()

    def teardown(self) -> None:
        """Stop everything in order and close the session (the caller has kept the
        drafts)."""
        for link in self._links:
            QObject.disconnect(link)
        self._links.clear()
        self._progress_later.stop()
        self.watcher.stop()
        self.integrity.stop()
        self.live.stop()
        self.live.deleteLater()
        self.sync.stop()
        self.workspace.stop()
        self.assist.stop()
        runner = self.parts.runner
        # a bulk finishes, then what waited for it runs, which may be another long write
        # that what waited after it waits for in turn
        while self.session.writing_long:
            runner.wait()
            self.session.run_waiting()
        runner.drop(self.session)
        runner.wait()
        tabs = self.parts.tabs
        for widget in (self.workspace, self.archive, self.stats):
            index = tabs.indexOf(widget)
            if index >= 0:
                tabs.removeTab(index)
            widget.deleteLater()
        self.parts.assist_dock.setWidget(QWidget())
        self.assist.deleteLater()
        self.session.close()
        self.deleteLater()  # the session and the controllers are its children


def show_undo_labels(keymap: Keymap, undo_label: str | None, redo_label: str | None,
                     language: str) -> None:
    """Edit → Undo “立案：流水号 12” / Redo …, disabled when there is nothing to take back
    (the labels are already in the window's words)."""
    undo, redo = keymap["undo"], keymap["redo"]
    undo.setEnabled(bool(undo_label))
    redo.setEnabled(bool(redo_label))
    translate = QCoreApplication.translate
    undo.setText(keymap.label(
        translate("Keymap", "&Undo %1").replace("%1", undo_label)
        if undo_label else translate("Keymap", "&Undo")))
    redo.setText(keymap.label(
        translate("Keymap", "&Redo %1").replace("%1", redo_label)
        if redo_label else translate("Keymap", "&Redo")))
