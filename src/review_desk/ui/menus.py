"""The menu bar, built from the window's actions (each shows its keys)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from review_desk.ui.main_window import MainWindow


translate = QCoreApplication.translate


def build_menus(window: MainWindow) -> None:
    """File, Edit, Review, View, Help."""
    a = window.actions
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    for name in ("open", "demo", "import", None, "export", "sync", "conflicts", None, "close",
                 "quit"):
        if name is None:
            file_menu.addSeparator()
        else:
            file_menu.addAction(a[name])
    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    for name in ("undo", "redo", None, "find", None, "settings"):
        if name is None:
            edit.addSeparator()
        else:
            edit.addAction(a[name])
    review = bar.addMenu(translate("MainWindow", "&Review"))
    for name in ("accept", "reject", "withdraw", "pending", None, "key", "merge", "clusters",
                 "units", "opinion", None, "next", "previous", "next_pending"):
        if name is None:
            review.addSeparator()
        else:
            review.addAction(a[name])
    bulk = review.addMenu(translate("MainWindow", "&Bulk"))
    for name in ("bulk_all", "bulk_category", "bulk_unit"):
        bulk.addAction(a[name])
    view = bar.addMenu(translate("MainWindow", "&View"))
    for name in ("view_list", "view_archive", "view_stats", None, "focus_list",
                 "focus_filters", None, "tab_text", "tab_units", "tab_notes", "tab_history"):
        if name is None:
            view.addSeparator()
        else:
            view.addAction(a[name])
    view.addAction(window.filter_dock.toggleViewAction())
    view.addAction(window.assist_dock.toggleViewAction())
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(a["help"])
    help_menu.addAction(a["about"])
