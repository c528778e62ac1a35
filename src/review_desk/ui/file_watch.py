"""Noticing what other processes write to the open file (the CLI, a second tool, live
sync's thread): about once a second the journal's mark is read (two index look-ups); when
it moved, what changed is broadcast like a command's own `Changed`, so the list and the
detail show it. Before a decision, `catch_up` reads at once, so the reviewer never
decides on an outcome the screen no longer tells truly."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from review_desk.review.journal import Changed
from review_desk.review.journal_watch import JournalMark
from review_desk.ui.session import DeskSession

POLL_MS = 1000


class FileWatcher(QObject):
    """Polls the open session's journal mark; broadcasts what others changed."""

    external = Signal(object)  # Changed, after it was broadcast

    def __init__(self, session: DeskSession, interval_ms: int = POLL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mark: JournalMark | None = self._read_mark()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.catch_up)

    def start(self) -> None:
        """Poll from now on."""
        self.timer.start()

    def stop(self) -> None:
        """Poll no more (the session closes)."""
        self.timer.stop()

    def _read_mark(self) -> JournalMark | None:
        try:
            return self.session.desk.journal_mark()
        except Exception:  # a vanished or locked file: the next command reports it
            return None

    def catch_up(self) -> Changed | None:
        """Read what others wrote since the last look and show it; None when nothing."""
        if self.session.writing_long:  # the bulk's thread owns the file for now
            return None
        if self.mark is None:
            self.mark = self._read_mark()
            return None
        mark = self.mark
        try:
            changed, self.mark = self.session.desk.changes_since(mark)
        except Exception:  # quietly: a read or command of the reviewer reports it
            return None
        if not (changed.everything or changed.change_count):
            return None
        self.session.broadcast(changed)
        self.external.emit(changed)
        return changed
