"""The window's two side panels: the filters (left) and the assistance (right, unit
suggestions and similar proposals). The assistance shows as soon as a session opens unless
the reviewer closed it (remembered; F9, the View menu or Alt+5 brings it back) or, never
having chosen, the window is too small to hold it beside a readable list; where the window
is too narrow for both panels, the filters make way for it and come back when it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from review_desk.ui.filter_panel import FilterPanel
from review_desk.ui.keymap import Keymap
from review_desk.ui.open_session import OpenSession
from review_desk.ui.settings import remember_assist_shown, remembered_assist_shown

# below this width the list (with a readable title), the detail and one side panel fit,
# not two: 1366 px laptops give the assistance the filters' place
BOTH_PANELS_WIDTH = 1600
# below this (1280×720 at 150 %: 853 px) it would cut the list's titles to a few characters
ASSIST_FIRST_WIDTH = 1200
ASSIST_SHARE = 5  # the assistance takes a fifth of the window's width…
ASSIST_WIDTH = (280, 380)  # …within these bounds


class SideDock(QDockWidget):
    """A dock that tells when its own close button closed it (the reviewer's choice, not
    the window closing or the session ending)."""

    closed = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


class SideDocks(QObject):
    """The filter and assistance docks of `window`, their keys and who makes way."""

    def __init__(self, window: QMainWindow, keymap: Keymap, filters: FilterPanel,
                 current: Callable[[], OpenSession | None]) -> None:
        super().__init__(window)
        self.main = window
        self.keymap = keymap
        self.filters = filters
        self.current = current
        self._filters_before_assist: bool | None = None
        self._sized = False
        self.filter_dock = self._dock(self.tr("Filters"), "filterDock",
                                      Qt.DockWidgetArea.LeftDockWidgetArea, filters)
        self.assist_dock = self._dock(self.tr("Assistance"), "assistDock",
                                      Qt.DockWidgetArea.RightDockWidgetArea, QWidget())
        self.filter_dock.visibilityChanged.connect(keymap["toggle_filters"].setChecked)
        self.assist_dock.visibilityChanged.connect(self._assist_shown)
        self.assist_dock.closed.connect(lambda: remember_assist_shown(False))
        keymap.on("toggle_filters", lambda: self.filter_dock.setVisible(
            keymap["toggle_filters"].isChecked()))
        keymap.on("toggle_assist", self._toggle_assist)
        keymap.on("focus_filters", self.focus_filters)
        keymap.on("focus_assist", self.focus_assist)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea,
              widget: QWidget) -> SideDock:
        dock = SideDock(title, self.main)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.main.addDockWidget(area, dock)
        dock.hide()
        return dock

    def session_opened(self) -> None:
        """The filters, and the assistance unless the reviewer closed it."""
        self.filter_dock.show()
        shown = remembered_assist_shown()
        if shown or (shown is None and self.main.width() >= ASSIST_FIRST_WIDTH):
            self.assist_dock.show()

    def session_closed(self) -> None:
        """No panels on the welcome page."""
        self.assist_dock.hide()
        self.filter_dock.hide()

    def focus_filters(self) -> None:
        """Ctrl+Shift+F: the cursor in the filters."""
        self.filter_dock.show()
        self.filters.status.setFocus()

    def focus_assist(self) -> None:
        """The cursor in the suggested units (the panel shown first if it was closed)."""
        now = self.current()
        if now is None:
            return
        if not self.assist_dock.isVisible():
            remember_assist_shown(True)
            self.assist_dock.show()
        now.assist.focus_suggestions()

    def _toggle_assist(self) -> None:
        shown = self.keymap["toggle_assist"].isChecked()
        remember_assist_shown(shown)
        self.assist_dock.setVisible(shown)

    def _assist_shown(self, on: bool) -> None:
        self.keymap["toggle_assist"].setChecked(on)
        now = self.current()
        if now is None:
            self._filters_before_assist = None
            return
        if on and self._filters_before_assist is None and (
                self.main.width() < BOTH_PANELS_WIDTH):
            self._filters_before_assist = self.filter_dock.isVisible()
            self.filter_dock.hide()
        elif not on and self._filters_before_assist is not None:
            if self._filters_before_assist:
                self.filter_dock.show()
            self._filters_before_assist = None
        if on and not self._sized:
            # the dock's own hint is a narrow column that wraps every unit's name
            self._sized = True
            low, high = ASSIST_WIDTH
            width = max(low, min(high, self.main.width() // ASSIST_SHARE))
            self.main.resizeDocks([self.assist_dock], [width], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, now.workspace, now.workspace.balance)
        if on:
            now.assist.show_proposal(now.workspace.current_id())
