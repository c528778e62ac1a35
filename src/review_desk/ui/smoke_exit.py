"""A smoke-test exit for the packaged app. With REVIEW_DESK_SMOKE_EXIT=SECONDS set, the
window quits by itself once it is shown, painted and (when a file was given) has opened
it and has its assistance index — exit status 0 — or after SECONDS with status 3.
tests/e2e/test_bundle.py uses it; unset, it does nothing."""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from review_desk.ui.main_window import MainWindow

ENV = "REVIEW_DESK_SMOKE_EXIT"
REVIEWER = "smoke test"
log = logging.getLogger(__name__)


def armed() -> bool:
    """Whether this run is a smoke test."""
    return bool(os.environ.get(ENV))


def arm(app: QApplication, window: MainWindow, expect_session: bool) -> None:
    """Start the check when the variable is set."""
    value = os.environ.get(ENV)
    if not value:
        return
    deadline = time.monotonic() + float(value)
    timer = QTimer(window)
    timer.setInterval(100)

    def check() -> None:
        ready = window.isVisible() and (not expect_session or window.session is not None)
        assist = window.assist
        if ready and assist is not None and assist.busy:
            ready = False  # the index too (a child process builds a large one)
        if ready:
            timer.stop()
            window.grab()  # one full paint of the window
            log.info("smoke: window shown and painted: %s", window.windowTitle())
            if assist is not None:
                log.info("smoke: assistance index ready (loaded from beside the file: %s)",
                         assist.assistant.index.loaded_from_cache)
            window.close()  # as a person would: waits for background work, closes the file
            app.exit(0)
        elif time.monotonic() > deadline:
            timer.stop()
            log.error("smoke: window not ready after %s s", value)
            app.exit(3)

    timer.timeout.connect(check)
    timer.start()
