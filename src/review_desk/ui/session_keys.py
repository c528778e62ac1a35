"""What the keys that need an open session do: decisions, the merge, bulk actions,
moving through the list, and the detail's tabs."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QWidget

from review_desk.models.values import DECISIONS, Decision
from review_desk.ui.keymap import Keymap
from review_desk.ui.open_session import OpenSession
from review_desk.ui.workspace import ReviewWorkspace

DETAIL_TABS = ("tab_text", "tab_units", "tab_notes", "tab_history")


def connect_session_keys(keymap: Keymap, current: Callable[[], OpenSession | None],
                         bring_forward: Callable[[QWidget], None]) -> None:
    """Bind the session keys of `keymap` to the session `current()` returns."""

    def on(name: str, act: Callable[[OpenSession], object]) -> None:
        def run() -> None:
            now = current()
            if now is not None:
                act(now)
        keymap.on(name, run)

    def in_list(now: OpenSession) -> ReviewWorkspace:
        bring_forward(now.workspace)
        return now.workspace

    def decide(decision: Decision, now: OpenSession) -> None:
        now.review.decide(decision)

    def detail_tab(index: int, now: OpenSession) -> None:
        in_list(now).detail.tabs.setCurrentIndex(index)

    for decision in DECISIONS:
        on(decision, partial(decide, decision))
    on("key", lambda s: s.review.toggle_key())
    on("merge", lambda s: s.review.merge())
    on("bulk_all", lambda s: s.review.decide_all_shown())
    on("bulk_category", lambda s: s.review.set_category())
    on("bulk_unit", lambda s: s.review.add_unit())
    on("next", lambda s: s.workspace.step(1))
    on("previous", lambda s: s.workspace.step(-1))
    on("next_pending", lambda s: s.workspace.next_pending())
    on("find", lambda s: in_list(s).focus_search())
    on("units", lambda s: in_list(s).detail.edit_units())
    on("opinion", lambda s: in_list(s).detail.edit_opinion())
    for index, name in enumerate(DETAIL_TABS):
        on(name, partial(detail_tab, index))
