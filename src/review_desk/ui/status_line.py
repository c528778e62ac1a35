"""The status bar's parts: what runs in the background (a line and a progress bar), the
review progress 「已审 N / 600 · 我的 N / 150」 and the count of one's own unsent actions.
Other parts (e.g. a live-sync light) are added with `add_indicator`."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from review_desk.review.progress import ReviewProgress

RESULT_SHOWN_MS = 10_000
# the suggestions of each proposal moved to are a background answer of tens of ms: the bar
# flashing (and the unsynced count jumping aside) on every J or K was noise
QUIET_BUSY_MS = 400


class StatusLine:
    """The permanent widgets of the window's status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.review = QLabel()
        self.review.setObjectName("reviewProgress")
        self.unsynced = QLabel()
        self.unsynced.setObjectName("unsyncedCount")
        self.busy_text = QLabel()
        self.busy_text.setObjectName("busyText")
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingActions")
        self.waiting.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.waiting.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("busyProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._busy = False
        self._show_later = QTimer(bar)
        self._show_later.setSingleShot(True)
        self._show_later.setInterval(QUIET_BUSY_MS)
        self._show_later.timeout.connect(self.progress.show)
        bar.addWidget(self.review)
        bar.addPermanentWidget(self.waiting)
        bar.addPermanentWidget(self.busy_text)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.unsynced)

    def add_indicator(self, widget: QWidget, stretch: int = 0) -> None:
        """Add a part at the right end (after the unsynced count)."""
        self.bar.addPermanentWidget(widget, stretch)

    def set_busy_text(self, text: str) -> None:
        """What runs now ("" when nothing)."""
        self.busy_text.setText(text)
        if text:
            self._show_now()

    def set_busy(self, busy: bool) -> None:
        """Show the progress bar (indeterminate until progress is reported): at once for
        work that says what it does or counts, else once it lasts; hide it when done."""
        self._busy = busy
        self.progress.setRange(0, 0)
        if not busy:
            self._show_later.stop()
            self.progress.hide()
            self.busy_text.setText("")
        elif self.busy_text.text():
            self._show_now()
        elif not self.progress.isVisible():
            self._show_later.start()

    def _show_now(self) -> None:
        if self._busy:
            self._show_later.stop()
            self.progress.show()

    def set_progress(self, done: int, total: int) -> None:
        """Progress of the work running."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._show_now()

    def set_indeterminate(self) -> None:
        """Work goes on with nothing to count: the bar moves without a value."""
        self.progress.setRange(0, 0)

    def show_review_progress(self, progress: ReviewProgress | None, mine_label: str,
                             all_label: str) -> None:
        """「已审 N / 600 · 我的 N / 150」 (mine only when the reviewer has a share)."""
        if progress is None:
            self.review.setText("")
            return
        text = all_label.replace("%1", str(progress.decided)).replace("%2", str(progress.total))
        if progress.mine_total:
            text += " · " + mine_label.replace("%1", str(progress.mine_decided)).replace(
                "%2", str(progress.mine_total))
        self.review.setText(text)

    def show_result(self, text: str) -> None:
        """What a long action did, for a while."""
        self.bar.showMessage(text, RESULT_SHOWN_MS)

    def show_waiting(self, count: int, text: str) -> None:
        """Actions waiting for a long one to end ("" when none)."""
        self.waiting.setText(text if count else "")
        self.waiting.setVisible(bool(count))

    def show_unsynced(self, text: str) -> None:
        """The unsent count ("" with no session)."""
        self.unsynced.setText(text)

    def clear(self) -> None:
        """No session open."""
        self.review.setText("")
        self.unsynced.setText("")
