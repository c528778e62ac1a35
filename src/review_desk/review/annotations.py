"""Category, review opinion (审查意见), key-proposal marks (重点提案) and notes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError, NotFoundError
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.lookup import list_item_id, proposal_state
from review_desk.review.pacing import pace
from review_desk.review.projection import note_entity_id
from review_desk.review.writer import Writer
from review_desk.store.device import now_iso


class Annotations:
    """Everything a reviewer writes on a proposal besides the decision."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def set_category(self, proposal_ids: Iterable[str], category: str,
                     progress: Callable[[int, int], None] | None = None) -> Changed:
        """Move proposals to a category (by name or id)."""
        ids = list(dict.fromkeys(proposal_ids))

        def build(conn: Connection) -> list[Op]:
            cid = list_item_id(conn, "category", category)
            for done, pid in enumerate(ids):
                pace()
                if progress is not None and done % 25 == 0:
                    progress(done, len(ids))
                proposal_state(conn, pid)
            if progress is not None:
                progress(len(ids), len(ids))  # built: the write follows (no count)
            return [Set("proposal", pid, "category_id", cid) for pid in ids]

        return self._writer.run("proposal.category", build)

    def set_opinion(self, proposal_id: str, opinion: str) -> Changed:
        """Write the review opinion (审查意见)."""

        def build(conn: Connection) -> list[Op]:
            proposal_state(conn, proposal_id)
            return [Set("proposal", proposal_id, "opinion", opinion.strip())]

        return self._writer.run("proposal.opinion", build)

    def set_key(self, proposal_id: str, key: bool, lead_leader: str = "",
                supervise_leader: str = "") -> Changed:
        """Mark or unmark a key-proposal candidate, with its 领办 and 督办 leaders."""

        def build(conn: Connection) -> list[Op]:
            proposal_state(conn, proposal_id)
            return [
                Set("proposal", proposal_id, "key", key),
                Set("proposal", proposal_id, "lead_leader", lead_leader.strip() if key else ""),
                Set("proposal", proposal_id, "supervise_leader",
                    supervise_leader.strip() if key else ""),
            ]

        return self._writer.run("proposal.key", build)

    def set_keys(self, proposal_ids: Iterable[str], key: bool) -> Changed:
        """Mark or unmark several proposals as key-proposal candidates in one action (one
        undo step): marking leaves those already marked, and their leaders, as they are;
        unmarking clears the leaders too."""
        ids = list(dict.fromkeys(proposal_ids))

        def build(conn: Connection) -> list[Op]:
            ops: list[Op] = []
            for pid in ids:
                pace()
                proposal_state(conn, pid)
                marked = conn.execute(text("SELECT key FROM proposal WHERE id = :id"),
                                      {"id": pid}).scalar_one()
                if bool(marked) == key:
                    continue  # not a change: no journal entry to disagree with elsewhere
                ops.append(Set("proposal", pid, "key", key))
                if not key:
                    ops += [Set("proposal", pid, "lead_leader", ""),
                            Set("proposal", pid, "supervise_leader", "")]
            return ops

        return self._writer.run("proposal.key", build)

    def add_note(self, proposal_id: str, note: str, shared: bool) -> tuple[str, Changed]:
        """Add a note; a private one never leaves this device. Returns the note id."""
        _check_note_text(note)
        note_id = note_entity_id(proposal_id, uuid.uuid4().hex[:12])
        author = self._writer.reviewer
        local = not shared

        def build(conn: Connection) -> list[Op]:
            proposal_state(conn, proposal_id)
            return [
                Set("note", note_id, "author", author, local),
                Set("note", note_id, "text", note.strip(), local),
                Set("note", note_id, "shared", shared, local),
                Set("note", note_id, "created", now_iso(), local),
                Set("note", note_id, "present", True, local),
            ]

        return note_id, self._writer.run("note.add", build)

    def edit_note(self, note_id: str, note: str) -> Changed:
        """Change a note's text (to delete a note, `delete_note`)."""
        _check_note_text(note)
        return self._note_field(note_id, "text", note.strip(), "note.edit")

    def delete_note(self, note_id: str) -> Changed:
        """Remove a note (the journal keeps its history)."""
        return self._note_field(note_id, "present", False, "note.delete")

    def _note_field(self, note_id: str, field: str, value: object, action: str) -> Changed:
        def build(conn: Connection) -> list[Op]:
            row = conn.execute(
                text("SELECT shared FROM note WHERE id = :i AND present"), {"i": note_id}
            ).first()
            if row is None:
                raise NotFoundError(f"No note {note_id}.", f"没有该备注（{note_id}）。")
            return [Set("note", note_id, field, value, not bool(row[0]))]

        return self._writer.run(action, build)


def _check_note_text(note: str) -> None:
    """A note says something: a blank one (`--note ""`) was added as an empty note."""
    if not note.strip():
        raise InvalidActionError("A note needs some text.", "备注内容不能为空。")
