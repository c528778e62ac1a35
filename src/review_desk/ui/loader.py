"""Opening a session file and creating a demo one, as work for a pool thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from review_desk.desk import Desk
from review_desk.review.group_queries import GroupView
from review_desk.review.queries import ListItem, UnitView
from review_desk.store.upgrade_wait import OpenProgress
from review_desk.ui.workers import ProgressCallback


@dataclass
class LoadedSession:
    """An opened Desk and what the window shows first."""

    desk: Desk
    ids: list[str]
    categories: list[ListItem]
    sectors: list[ListItem]
    units: list[UnitView]
    groups: list[GroupView]


def load_session(path: Path, reviewer: str | None,
                 tell: OpenProgress | None = None) -> LoadedSession:
    """Open the file and read the list's ids and the pickers' choices; `tell` hears why
    opening takes a while (an upgrade, this program's or another's) and, while the search
    index is built anew, its count (on this, the loading thread)."""
    desk = Desk.open(path, reviewer, progress=tell)
    try:
        return LoadedSession(desk, desk.list_ids(), desk.list_items("category"),
                             desk.list_items("sector"), desk.unit_catalogue(),
                             desk.review_groups())
    except BaseException:
        desk.close()
        raise


def create_demo(path: Path, reviewer: str | None, proposals: int, archive: int,
                progress: ProgressCallback) -> LoadedSession:
    """Generate a demo session into `path` (replacing it) and open it."""
    from review_desk.demo import generate

    progress("generate", 0, 1)
    bundle = generate(proposals=proposals, archive=archive, seed=1)
    progress("generate", 1, 1)
    Desk.create(path, bundle, reviewer=reviewer, overwrite=True, progress=progress).close()
    return load_session(path, reviewer)


def create_empty(path: Path, reviewer: str | None) -> LoadedSession:
    """Start an empty session file (the standard lists; `review-desk new`) and open it."""
    from datetime import date

    from review_desk.review.records import SessionBundle, SessionInfo
    from review_desk.review.standard_lists import STANDARD_LISTS

    info = SessionInfo(committee="中国人民政治协商会议委员会", term="", session="",
                       year=date.today().year)
    Desk.create(path, SessionBundle(info=info, lists=STANDARD_LISTS), reviewer=reviewer,
                overwrite=True).close()
    return load_session(path, reviewer)
