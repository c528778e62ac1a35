"""Closing the session (or the merge-groups view) ends the assistance work early: the
index build and the whole-session clustering stop at their next step, quietly."""

from __future__ import annotations

from review_desk.ui.assist_panel import AssistPanel, ClustersDialog
from review_desk.ui.main_window import MainWindow


def test_index_build_stops_when_asked(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    errors: list[Exception] = []
    panel = AssistPanel(window.session, window.runner, lambda _l, _o: None, errors.append)
    qtbot.addWidget(panel)
    panel.stop()
    panel.start_index()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    # it ended before building (unless the index came from the cache the window's own
    # panel saved: then there was nothing to build, and nothing to stop)
    index = panel.assistant.index
    assert not panel.assistant.ready or index.loaded_from_cache
    assert errors == []  # stopping is not an error


def test_clustering_stops_when_the_view_closes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.assist
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    dialog = ClustersDialog(panel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run()
    dialog.stopping.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert window.last_error == ""
    dialog.close()


def test_closing_the_session_stops_the_assistance(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.assist
    assert panel is not None
    window.close_session()
    assert panel.stopping.is_set()
    assert window.session is None and window.last_error == ""
