"""The assistance side panel: handling-unit suggestions (first: what the reviewer needs
for every proposal) and 并案 candidates for the current proposal, computed off the UI
thread; Enter or one click takes a suggestion, another opens the merge with the ticked
candidates; and the clustering view of the whole session."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from review_desk.review.plain_words import shorten
from review_desk.ui.i18n import status_name
from review_desk.ui.session import DeskSession
from review_desk.ui.workers import TaskRunner

DATA = Qt.ItemDataRole.UserRole
PHRASE_CHARS = 8
REASON_CHARS = 90  # the why of the chosen suggestion under the list (whole in its tooltip)


class Stopped(Exception):
    """Raised from a progress callback to end assistance work early (closing)."""


def stoppable(flag: threading.Event, report: Callable[..., None] | None = None
              ) -> Callable[..., None]:
    """A progress callback that ends the work once `flag` is set."""

    def progress(*args: Any) -> None:
        if flag.is_set():
            raise Stopped()
        if report is not None:
            report(*args)

    return progress


class AssistPanel(QWidget):
    """Candidates and suggestions for the proposal shown."""

    def __init__(self, session: DeskSession, runner: TaskRunner,
                 open_merge: Callable[[str, list[str]], None],
                 report: Callable[[Exception], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistPanel")
        from review_desk.assist import Assistant

        self.session = session
        self.runner = runner
        self.open_merge = open_merge
        self.report = report
        self.assistant = Assistant(session.desk)
        self.proposal_id: str | None = None
        self.suggestions: list[Any] = []
        self.pending: str | None = None  # a proposal asked about while a query runs
        self.taken_for: str | None = None  # the proposal whose suggestion was just taken
        self.busy = False
        self.stopping = threading.Event()  # set on close: index and clusters end early
        self.state = QLabel(self.tr("Preparing the assistance index…"))
        self.state.setObjectName("assistState")
        self.state.setWordWrap(True)
        self.candidates = QListWidget()
        self.candidates.setObjectName("assistCandidates")
        self.candidates.setWordWrap(True)
        self.candidates.setSpacing(3)  # one candidate clearly apart from the next
        self.candidates.setAlternatingRowColors(True)
        self.merge_button = QPushButton(self.tr("Merge with the ticked…"))
        self.merge_button.setObjectName("assistMerge")
        self.merge_button.clicked.connect(self.merge_ticked)
        self.units = QListWidget()
        self.units.setObjectName("assistUnits")
        self.units.setWordWrap(True)
        self.units.setSpacing(3)
        self.units.setAlternatingRowColors(True)
        self.units.itemActivated.connect(lambda _i: self.apply_selected())
        self.units.currentRowChanged.connect(self._show_reason)
        self.reason = QLabel()
        self.reason.setObjectName("assistReason")
        self.reason.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Take the suggestion (Enter)"))
        self.apply_button.setObjectName("assistApply")
        self.apply_button.clicked.connect(self.apply_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.state)
        layout.addWidget(QLabel(self.tr("<b>Suggested handling units</b> (Alt+5)")))
        layout.addWidget(self.units, 2)
        layout.addWidget(self.reason)
        layout.addWidget(self.apply_button)
        layout.addWidget(QLabel(self.tr("<b>Similar proposals (并案 candidates)</b>")))
        layout.addWidget(self.candidates, 3)
        layout.addWidget(self.merge_button)
        self.setTabOrder(self.units, self.apply_button)
        self.setTabOrder(self.apply_button, self.candidates)
        self.setTabOrder(self.candidates, self.merge_button)
        self._enable()

    def start_index(self) -> None:
        """Build the index off the UI thread, a large one in a child process (queries
        before that would wait for it), showing how far it got."""
        from review_desk.assist import index_process

        self.busy = True
        assistant = self.assistant
        stopping = self.stopping

        def work(report: Callable[[str, int, int], None]) -> None:
            index_process.build(assistant.index, stoppable(stopping, report))
            assistant.warm()  # the sentence model and the unit model, not in the first query

        self.runner.start(work, self._indexed, self._failed, self._index_progress,
                          owner=self.session)

    def _index_progress(self, _stage: str, done: int, total: int) -> None:
        if self.busy and total > 1:
            self.state.setText(self.tr("Preparing the assistance index… %1 %").replace(
                "%1", str(min(99, done * 100 // total))))

    def stop(self) -> None:
        """End the index build and any clustering early (the session is closing)."""
        self.stopping.set()

    def _indexed(self, _result: object) -> None:
        self.busy = False
        self.state.setText("")
        self.show_proposal(self.pending or self.proposal_id)
        # the session's titles read for meaning ahead, a few at a time (a minute or two at
        # 6,000): on its own thread, not the pool's, which the queries and clustering need
        threading.Thread(target=self._warm_titles, name="review-desk-warm-titles",
                         daemon=True).start()

    def _warm_titles(self) -> None:
        try:
            self.assistant.warm_titles(self.stopping.is_set)
        except Exception:  # a convenience: the suggestions then embed their own titles
            logging.getLogger(__name__).info("titles not read ahead", exc_info=True)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, Stopped):
            return
        self.state.setText(self.tr("Assistance is not available: %1").replace("%1", str(error)))
        self.report(error)

    def show_proposal(self, proposal_id: str | None) -> None:
        """Ask for candidates and suggestions of `proposal_id` (off the UI thread)."""
        self.proposal_id = proposal_id
        if self.busy:
            self.pending = proposal_id
            return
        self.pending = None
        if proposal_id is None:
            self.candidates.clear()
            self.suggestions = []
            self.units.clear()
            self._enable()
            return
        self.busy = True
        assistant = self.assistant

        def work(_progress: object) -> tuple[str, list[Any], list[Any]]:
            return (proposal_id, assistant.similar(proposal_id, limit=8, archive_limit=3),
                    assistant.suggest(proposal_id, limit=5))

        self.runner.start(work, self._answered, self._failed, owner=self.session)

    def _answered(self, answer: tuple[str, list[Any], list[Any]]) -> None:
        self.busy = False
        pid, candidates, suggestions = answer
        if self.pending is not None or pid != self.proposal_id:  # moved on meanwhile
            self.show_proposal(self.pending or self.proposal_id)
            return
        if self.taken_for != pid:
            self.state.setText("")  # "taken" was said of the proposal left
        self.candidates.clear()
        for c in candidates:
            if c.source == "session":
                where = self.tr("No. %1").replace("%1", str(c.intake_no))
                text = f"{where}  {c.title}\n{status_name(c.status)} · {c.score:.0%}"
                if c.same_case:
                    text += " · " + self.tr("already merged with it")
            else:
                earlier = self.tr("earlier case")
                text = f"{c.label}  {c.title}\n{earlier} · {c.score:.0%}"
                if c.units:
                    text += " · " + "、".join(c.units)
            if c.phrases:
                text += "\n" + self.tr("shared: %1").replace(
                    "%1", "、".join(p.text for p in c.phrases[:4]))
            item = QListWidgetItem(text)
            item.setData(DATA, c.id)
            item.setToolTip(c.title)
            if c.source == "session" and not c.same_case:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.candidates.addItem(item)
        self.suggestions = suggestions
        self.units.clear()
        for s in suggestions:
            # one short entry each, so several show at 768 px high; the why goes below
            joint = "、".join(j.name for j in s.joint)
            text = self.tr("Lead: %1").replace("%1", f"{s.name} · {s.score:.0%}")
            if joint:
                text += "\n" + self.tr("Joint: %1").replace("%1", joint)
            item = QListWidgetItem(text)
            item.setToolTip(s.reason)
            self.units.addItem(item)
        if suggestions:
            self.units.setCurrentRow(0)
        self._show_reason(self.units.currentRow())
        self._enable()

    def _show_reason(self, row: int) -> None:
        reason = self.suggestions[row].reason if 0 <= row < len(self.suggestions) else ""
        self.reason.setText(shorten(reason, REASON_CHARS))
        self.reason.setToolTip(reason)
        self.reason.setVisible(bool(reason))

    def focus_suggestions(self) -> None:
        """The keyboard in the suggested units, the first one chosen."""
        if self.units.currentRow() < 0 and self.units.count():
            self.units.setCurrentRow(0)
        self.units.setFocus()

    def ticked(self) -> list[str]:
        """The candidates ticked for a merge."""
        out = []
        for row in range(self.candidates.count()):
            item = self.candidates.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and (
                    item.checkState() == Qt.CheckState.Checked):
                out.append(str(item.data(DATA)))
        return out

    def _enable(self) -> None:
        self.apply_button.setEnabled(bool(self.suggestions) and self.proposal_id is not None)
        self.merge_button.setEnabled(self.proposal_id is not None)

    def merge_ticked(self) -> None:
        """Open the merge view on this proposal with the ticked candidates."""
        if self.proposal_id is not None:
            self.open_merge(self.proposal_id, self.ticked())

    def apply_selected(self) -> None:
        """Assign the selected suggestion (lead and its joint units)."""
        row = self.units.currentRow()
        pid = self.proposal_id
        if pid is None or not 0 <= row < len(self.suggestions):
            return
        suggestion = self.suggestions[row]
        if self.session.command(lambda _d: self.assistant.apply(pid, suggestion)) is not None:
            units = "、".join([suggestion.name, *(j.name for j in suggestion.joint)])
            self.state.setText(self.tr("Taken: %1").replace("%1", units))
            self.taken_for = pid


class ClustersDialog(QDialog):
    """Candidate merge groups of the whole session (computed off the UI thread)."""

    def __init__(self, panel: AssistPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clustersDialog")
        self.setWindowTitle(self.tr("Merge groups in the session"))
        self.panel = panel
        self.clusters: list[Any] = []
        self.running = False
        self.stopping = threading.Event()
        self.info = QLabel(self.tr("Looking for proposals on the same matter…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("clustersTree")
        self.tree.setHeaderLabels([self.tr("Group / proposal"), self.tr("Status"),
                                   self.tr("Similarity"), self.tr("Shared words")])
        self.tree.itemActivated.connect(lambda *_a: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open the merge…"))
        self.open_button.setObjectName("clustersOpen")
        self.open_button.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(860, 520)

    def run(self) -> None:
        """Cluster the session off the UI thread."""
        self.running = True
        self.stopping.clear()
        assistant = self.panel.assistant
        flags = (self.stopping, self.panel.stopping)

        def work(report: Callable[[str, int, int], None]) -> list[Any]:
            def progress(done: int, total: int) -> None:
                if any(f.is_set() for f in flags):
                    raise Stopped()
                report("clusters", done, total)

            return assistant.clusters(progress=progress)

        self.panel.runner.start(work, self._done, self._failed, self._progress,
                                owner=self.panel.session)

    def _progress(self, _stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.progress.hide()
        if isinstance(error, Stopped):
            return
        self.info.setText(str(error))
        self.panel.report(error)

    def _done(self, clusters: list[Any]) -> None:
        self.running = False
        self.clusters = clusters
        self.progress.hide()
        self.info.setText(self.tr("%1 candidate merge groups, most alike first.")
                          .replace("%1", str(len(clusters))))
        self.tree.clear()
        for cluster in clusters:
            # a short heading (number and size); the shared words in their own column,
            # each cut short: long fragments made the headings unreadable
            words = "、".join(shorten(p, PHRASE_CHARS) for p in cluster.phrases[:3])
            top = QTreeWidgetItem([
                self.tr("Group %1 · %n proposal(s)", "", len(cluster.members))
                .replace("%1", str(cluster.number)), "", f"{cluster.score:.0%}", words])
            top.setToolTip(3, "\n".join(cluster.phrases))
            top.setData(0, DATA, cluster.number)
            for m in cluster.members:
                child = QTreeWidgetItem([f"{m.intake_no}　{m.title}", status_name(m.status),
                                         f"{m.score:.0%}"])
                child.setData(0, DATA, cluster.number)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def open_selected(self) -> None:
        """Open the merge view on the selected group: its lead with the others ticked."""
        item = self.tree.currentItem()
        if item is None:
            return
        number = item.data(0, DATA)
        cluster = next((c for c in self.clusters if c.number == number), None)
        if cluster is None:
            return
        others = [m.proposal_id for m in cluster.members if m.proposal_id != cluster.lead_id]
        self.panel.open_merge(cluster.lead_id, others)

    def closeEvent(self, event: Any) -> None:
        if self.running:
            self.stopping.set()  # the search ends at its next block
            self.panel.runner.wait()
        super().closeEvent(event)
