"""The facade over one open session file: what the UI and the CLI talk to."""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from review_desk.review import archive_queries, group_queries, queries
from review_desk.review.annotations import Annotations
from review_desk.review.bundle_import import Importer, Progress
from review_desk.review.decisions import Decisions
from review_desk.review.history import (
    ActionScope,
    HistoryEntry,
    PlainEntry,
    plain_history,
    proposal_history,
    undo_scopes,
)
from review_desk.review.journal import Changed
from review_desk.review.journal_watch import JournalMark, changes_since, journal_mark
from review_desk.review.list_order import SortKey, sorted_ids
from review_desk.review.lists import Lists
from review_desk.review.lookup import proposal_id_by_intake
from review_desk.review.merge_groups import Merging
from review_desk.review.numbering import Numbering
from review_desk.review.numbering_preview import NumberingPreview, numbering_preview
from review_desk.review.plain_conflicts import PlainConflict, plain_conflicts
from review_desk.review.progress import ReviewProgress, review_progress
from review_desk.review.projection import rebuild
from review_desk.review.records import SessionBundle
from review_desk.review.undo import Undo
from review_desk.review.units import Units
from review_desk.review.writer import Writer
from review_desk.store.copy import copy_unopened, save_copy
from review_desk.store.engine import write_patience
from review_desk.store.file_install import SetAside
from review_desk.store.integrity import IntegrityReport
from review_desk.store.search_index import update_search
from review_desk.store.session_file import SessionStore, create_session_file, open_session_file
from review_desk.store.upgrade_wait import OpenProgress


def default_reviewer() -> str:
    """The reviewer name when none is set: $REVIEW_DESK_REVIEWER or the login name."""
    name = os.environ.get("REVIEW_DESK_REVIEWER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


class Desk:
    """An open session: commands (each returns what changed) and plain-data reads."""

    def __init__(self, store: SessionStore, reviewer: str | None = None) -> None:
        self.store = store
        self.writer = Writer(store, reviewer or default_reviewer())
        self.decisions = Decisions(self.writer)
        self.merging = Merging(self.writer)
        self.units = Units(self.writer)
        self.annotations = Annotations(self.writer)
        self.numbering = Numbering(self.writer)
        self.lists = Lists(self.writer)
        self.importer = Importer(self.writer)
        self.undo = Undo(self.writer)

    def set_reviewer(self, name: str) -> None:
        """Record what comes next under `name` (the one place the name changes)."""
        self.reviewer = name
        self.writer.reviewer = name

    @property
    def reviewer(self) -> str:
        """Who is reviewing: the name every change of this desk carries."""
        return self.writer.reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.writer.reviewer = name

    @property
    def path(self) -> Path:
        """The session file."""
        return self.store.path

    @classmethod
    def open(cls, path: Path | str, reviewer: str | None = None,
             progress: OpenProgress | None = None) -> Desk:
        """Open (and if needed migrate) a session file; while another program upgrades
        it, wait, telling `progress` (an `OpenNotice`: `message`, `message_zh`) every
        second; when this program upgrades it, `progress` hears an `UpgradingNotice`
        once, then (building the search index anew) one with its `count` per batch."""
        return cls(open_session_file(Path(path), progress), reviewer)

    @classmethod
    def create(cls, path: Path | str, bundle: SessionBundle | None = None,
               reviewer: str | None = None, overwrite: bool = False,
               progress: Progress | None = None) -> Desk:
        """Create a session file, filled from `bundle` when given. It is built under a
        temporary name and appears at `path` only when complete; leftovers of an earlier
        file there are moved aside (`desk.set_aside`)."""

        def fill(store: SessionStore) -> None:
            if bundle is not None:
                # creating a session is not undoable: one undo would hide every proposal
                cls(store, reviewer).importer.import_bundle(bundle, progress, undoable=False)

        return cls(create_session_file(Path(path), overwrite=overwrite, fill=fill), reviewer)

    @property
    def set_aside(self) -> list[SetAside]:
        """Leftover journals of an earlier file moved out of the way when this one was
        created (each can describe itself to a person)."""
        return self.store.set_aside

    @property
    def read_only(self) -> bool:
        """The file cannot be written (read-only media, a write-protected file)."""
        return self.store.read_only

    def close(self) -> None:
        """Close the file."""
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- reads ------------------------------------------------------------------------

    def proposal_id(self, intake_no: int) -> str:
        """The id of the proposal with this intake number (流水号)."""
        with self.store.reading() as conn:
            return proposal_id_by_intake(conn, intake_no)

    def list_ids(self, flt: queries.ProposalFilter | None = None) -> list[str]:
        """Ids of the proposals the filter shows, in intake order."""
        with self.store.reading() as conn:
            return queries.proposal_ids(conn, flt or queries.ProposalFilter())

    def sorted_ids(self, ids: list[str], key: SortKey, descending: bool = False) -> list[str]:
        """The list's ids in the order of one column (intake order breaks ties)."""
        with self.store.reading() as conn:
            return sorted_ids(conn, ids, key, descending)

    def numbering_preview(self, order: str, fmt: str | None) -> NumberingPreview:
        """The first cases with the numbers numbering in `order` with `fmt` would give."""
        with self.store.reading() as conn:
            return numbering_preview(conn, order, fmt)

    def list_shape(self) -> tuple[bool, bool]:
        """Whether any proposal has a case number, and whether any has units (the list
        shows those columns then)."""
        with self.store.reading() as conn:
            numbered = conn.execute(text(
                "SELECT EXISTS (SELECT 1 FROM proposal WHERE present AND case_no"
                " IS NOT NULL)")).scalar()
            assigned = conn.execute(text(
                "SELECT EXISTS (SELECT 1 FROM assignment WHERE present)")).scalar()
            return bool(numbered), bool(assigned)

    def rows(self, ids: list[str]) -> list[queries.ProposalRow]:
        """List rows for these proposals."""
        with self.store.reading() as conn:
            return queries.proposal_rows(conn, ids)

    def detail(self, proposal_id: str) -> queries.ProposalDetail:
        """Everything about one proposal."""
        with self.store.reading() as conn:
            return queries.proposal_detail(conn, proposal_id, self.reviewer)

    def plain_history(self, proposal_id: str, language: str = "zh_CN",
                      action_name: Callable[[str], str] | None = None) -> list[PlainEntry]:
        """The history in the office's words (values before and after, names, local
        time)."""
        with self.store.reading() as conn:
            if action_name is None:
                return plain_history(conn, proposal_id, language)
            return plain_history(conn, proposal_id, language, action_name)

    def plain_conflicts(self, language: str = "zh_CN") -> list[PlainConflict]:
        """Every open conflict in plain words (proposal, field or rule, who, when)."""
        with self.store.reading() as conn:
            return plain_conflicts(conn, language)

    def undo_scopes(self) -> tuple[ActionScope | None, ActionScope | None]:
        """What Undo and Redo would take back, with how many proposals."""
        with self.store.reading() as conn:
            return undo_scopes(conn)

    def history(self, proposal_id: str) -> list[HistoryEntry]:
        """Who did what to the proposal, when, on which device."""
        with self.store.reading() as conn:
            return proposal_history(conn, proposal_id)

    def review_progress(self) -> ReviewProgress:
        """Decided proposals, overall and in this reviewer's groups."""
        with self.store.reading() as conn:
            return review_progress(conn, self.reviewer)

    def stats(self, flt: queries.ProposalFilter | None = None) -> queries.Stats:
        """Counts by outcome, category, 界别 and unit."""
        with self.store.reading() as conn:
            return queries.stats(conn, flt)

    def unit_catalogue(self) -> list[queries.UnitView]:
        """The handling units."""
        with self.store.reading() as conn:
            return queries.units(conn)

    def list_items(self, kind: str) -> list[queries.ListItem]:
        """A master list."""
        with self.store.reading() as conn:
            return queries.list_items(conn, kind)

    def review_groups(self) -> list[group_queries.GroupView]:
        """The review groups and their reviewers."""
        with self.store.reading() as conn:
            return group_queries.review_groups(conn)

    def archive_ids(self, search: str = "") -> list[str]:
        """Ids of the archived cases of earlier sessions, newest first."""
        with self.store.reading() as conn:
            return archive_queries.archive_ids(conn, search)

    def archive_rows(self, ids: list[str]) -> list[archive_queries.ArchiveRow]:
        """Rows for a page of archived cases."""
        with self.store.reading() as conn:
            return archive_queries.archive_rows(conn, ids)

    def session_info(self) -> dict[str, Any]:
        """The conference and session."""
        with self.store.reading() as conn:
            row = conn.execute(text("SELECT * FROM session_info WHERE id='main'")).mappings()
            found = row.first()
            return dict(found) if found else {}

    def together(self) -> contextlib.AbstractContextManager[None]:
        """Run several commands as one transaction: if one is refused, none is written
        (`with desk.together(): desk.annotations.… ; desk.units.…`)."""
        return self.store.together()

    @staticmethod
    def patience(ms: int) -> contextlib.AbstractContextManager[None]:
        """Writes this thread starts inside wait at most `ms` for another process's
        write, then fail with FileBusyError (the window's keys)."""
        return write_patience(ms)

    # --- other processes --------------------------------------------------------------

    def journal_mark(self) -> JournalMark:
        """The journal's current mark: cheap enough to poll every second."""
        with self.store.reading() as conn:
            return journal_mark(conn)

    def changes_since(self, mark: JournalMark) -> tuple[Changed, JournalMark]:
        """What other processes (or other Desks) wrote since `mark`, and the new mark.
        `Changed.everything` asks for a full refresh (a rebuild, a big import)."""
        with self.store.reading() as conn:
            return changes_since(conn, mark, self.writer.committed_here)

    # --- the file ---------------------------------------------------------------------

    def save_copy(self, target: Path | str, progress: Progress | None = None,
                  overwrite: bool = False) -> list[SetAside]:
        """A consistent copy of this session at `target` (SQLite's backup API)."""
        return save_copy(self.store, Path(target), progress, overwrite)

    @staticmethod
    def copy_unopened(path: Path | str, target: Path | str, progress: Progress | None = None,
                      overwrite: bool = False) -> list[SetAside]:
        """Copy a session file that cannot be opened where it is (an older file on
        read-only media) as it is; the copy is upgraded when it is opened."""
        return copy_unopened(Path(path), Path(target), progress, overwrite)

    def check_integrity(self, progress: Progress | None = None) -> IntegrityReport:
        """Check every page of the file; `report.ok` or its problems."""
        return self.store.check_integrity(progress)

    def ensure_sound(self, progress: Progress | None = None) -> IntegrityReport:
        """Check the file; raise CorruptFileError (with what to do) when damaged."""
        return self.store.ensure_sound(progress)

    def ready_to_sync(self, progress: Progress | None = None) -> IntegrityReport:
        """Before a sync touches the share: the file can take what it receives (else
        ReadOnlyFileError / DiskFullError) and is sound (else CorruptFileError)."""
        self.store.ensure_writable()
        return self.store.ensure_sound(progress)

    # --- maintenance ------------------------------------------------------------------

    def rebuild(self, progress: Progress | None = None) -> None:
        """Rebuild every table from the journal alone, then bring the search index up to
        date; `progress(stage, done, total)` hears "records", "fields", then "search"."""
        with self.store.writing() as conn:
            rebuild(conn, progress)
            update_search(conn, progress)
