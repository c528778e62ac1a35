"""What other processes wrote to an open session: a cheap mark and the changes since it.

The window keeps a mark and asks every second or so what changed since; the answer is
the `Changed` shape every command returns, so views refresh the same way. The mark is
the journal's newest row id (new rows only ever get higher ones) and the token a
rebuild writes, since a rebuild rewrites the tables without adding journal rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from review_desk.review.journal import Changed
from review_desk.review.projection import CREATING, REBUILT_KEY

# beyond this many new rows (a big import or sync elsewhere) views refresh everything
MAX_LISTED = 20_000
EXTERNAL = "external"


@dataclass(frozen=True)
class JournalMark:
    """A point in a session's journal."""

    last_change: int  # row id of the newest journal row
    rebuilt: str  # the token of the latest rebuild ("" before any)


def journal_mark(conn: Connection) -> JournalMark:
    """The journal's current mark (two index look-ups)."""
    last = conn.execute(text("SELECT max(rowid) FROM change")).scalar()
    rebuilt = conn.execute(text("SELECT value FROM meta WHERE key = :k"),
                           {"k": REBUILT_KEY}).scalar()
    return JournalMark(int(last or 0), str(rebuilt or ""))


def changes_since(conn: Connection, mark: JournalMark,
                  own: Callable[[str], bool]) -> tuple[Changed, JournalMark]:
    """What was written since `mark` by anyone but `own` actions, and the new mark."""
    now = journal_mark(conn)
    changed = Changed("", EXTERNAL)
    if now == mark:
        return changed, now
    if now.rebuilt != mark.rebuilt or now.last_change < mark.last_change:
        changed.everything = True
        return changed, now
    if now.last_change - mark.last_change > MAX_LISTED:
        changed.everything = True
        changed.change_count = now.last_change - mark.last_change
        return changed, now
    rows = conn.execute(
        text("SELECT action_id, entity, entity_id, field FROM change"
             " WHERE rowid > :after AND rowid <= :upto ORDER BY rowid"),
        {"after": mark.last_change, "upto": now.last_change},
    )
    for action_id, entity, entity_id, field in rows:
        if own(str(action_id)):
            continue
        changed.change_count += 1
        changed.entities.setdefault(str(entity), set()).add(str(entity_id))
        if field not in CREATING:
            changed.fields.add((str(entity), str(field)))
    return changed, now
