"""Editing the master lists (categories, sectors, reasons, dispositions, units), the
session's details, and the review groups."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError, NotFoundError
from review_desk.review.journal import Changed, Create, Op, Set
from review_desk.review.lookup import list_item_id, proposal_state, unit_id
from review_desk.review.records import UnitRecord
from review_desk.review.session_values import check_session_values
from review_desk.review.writer import Writer

LIST_KINDS = ("category", "sector", "reason", "disposition")
UNIT_FIELDS = frozenset({"code", "name", "short_name", "kind", "responsibilities", "aliases",
                         "active", "position"})
SESSION_FIELDS = frozenset({"committee", "term", "session", "year", "handover_date",
                            "case_no_format"})


def new_id(prefix: str) -> str:
    """A fresh entity id (48 random bits: unique within any session's lifetime)."""
    return f"{prefix}{os.urandom(6).hex()}"


def unit_record(record: UnitRecord, position: int) -> dict[str, Any]:
    """A unit's journal record."""
    return {
        "code": record.code, "name": record.name, "short_name": record.short_name,
        "kind": record.kind, "responsibilities": record.responsibilities,
        "aliases": list(record.aliases), "active": record.active, "position": position,
        "present": True,
    }


def _next_position(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT coalesce(max(position), -1) + 1 FROM {table}")).scalar()
               or 0)


class Lists:
    """Commands on the master lists, the session details and review groups."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def add_item(self, kind: str, name: str) -> tuple[str, Changed]:
        """Add a category, sector, reason or disposition."""
        if kind not in LIST_KINDS:
            raise InvalidActionError(f"Unknown list {kind!r}.", f"未知的列表“{kind}”。")
        name = name.strip()
        item_id = new_id(kind[0])

        def build(conn: Connection) -> list[Op]:
            if not name:
                raise InvalidActionError("A name is needed.", "名称不能为空。")
            exists = conn.execute(
                text(f"SELECT 1 FROM {kind} WHERE present AND name = :n"), {"n": name}
            ).first()
            if exists:
                raise InvalidActionError(
                    f"{name!r} is already in the list.", f"“{name}”已在列表中。"
                )
            record = {"name": name, "position": _next_position(conn, kind), "active": True,
                      "present": True}
            return [Create(kind, item_id, record)]

        return item_id, self._writer.run(f"list.{kind}.add", build)

    def edit_item(self, kind: str, item: str, *, name: str | None = None,
                  active: bool | None = None) -> Changed:
        """Rename or (de)activate a list entry; proposals keep pointing to it."""
        if kind not in LIST_KINDS:
            raise InvalidActionError(f"Unknown list {kind!r}.", f"未知的列表“{kind}”。")

        def build(conn: Connection) -> list[Op]:
            item_id = list_item_id(conn, kind, item)
            ops: list[Op] = []
            if name is not None:
                if not name.strip():
                    raise InvalidActionError("A name is needed.", "名称不能为空。")
                ops.append(Set(kind, item_id, "name", name.strip()))
            if active is not None:
                ops.append(Set(kind, item_id, "active", active))
            return ops

        return self._writer.run(f"list.{kind}.edit", build)

    def add_unit(self, record: UnitRecord) -> tuple[str, Changed]:
        """Add a handling unit to the catalogue."""
        uid = new_id("u")

        def build(conn: Connection) -> list[Op]:
            if not record.name.strip():
                raise InvalidActionError("A unit needs a name.", "承办单位名称不能为空。")
            clash = conn.execute(
                text("SELECT name FROM unit WHERE present AND (name = :n OR (code = :c AND"
                     " :c != ''))"), {"n": record.name, "c": record.code}
            ).first()
            if clash:
                raise InvalidActionError(
                    f"A unit named {record.name!r} or coded {record.code!r} exists already.",
                    f"已有名称为“{record.name}”或代码为“{record.code}”的单位。",
                )
            return [Create("unit", uid, unit_record(record, _next_position(conn, "unit")))]

        return uid, self._writer.run("list.unit.add", build)

    def edit_unit(self, unit: str, fields: Mapping[str, Any]) -> Changed:
        """Change fields of a unit (name, short_name, code, kind, responsibilities,
        aliases, active, position)."""
        unknown = set(fields) - UNIT_FIELDS
        if unknown:
            raise InvalidActionError(
                f"Units have no field {sorted(unknown)}.", "承办单位没有该字段。"
            )

        def build(conn: Connection) -> list[Op]:
            uid = unit_id(conn, unit)
            return [Set("unit", uid, k, list(v) if k == "aliases" else v)
                    for k, v in fields.items()]

        return self._writer.run("list.unit.edit", build)

    def edit_session(self, fields: Mapping[str, Any]) -> Changed:
        """Change the session's details (committee, term, session, year, 交办 date, number
        format)."""
        unknown = set(fields) - SESSION_FIELDS
        if unknown:
            raise InvalidActionError(
                f"The session has no field {sorted(unknown)}.", "会议信息没有该字段。"
            )
        check_session_values(fields)
        return self._writer.run(
            "session.edit", lambda conn: [Set("session", "main", k, v) for k, v in fields.items()]
        )

    # --- review groups --------------------------------------------------------------

    def add_group(self, name: str, reviewers: Sequence[str]) -> tuple[str, Changed]:
        """Create a review group with its reviewers."""
        gid = new_id("g")
        record = {"name": name.strip(), "reviewers": [r.strip() for r in reviewers if r.strip()],
                  "present": True}
        return gid, self._writer.run("group.add", lambda conn: [Create("group", gid, record)])

    def set_group_reviewers(self, group_id: str, reviewers: Sequence[str]) -> Changed:
        """Replace a group's reviewers."""

        def build(conn: Connection) -> list[Op]:
            _check_group(conn, group_id)
            return [Set("group", group_id, "reviewers", [r.strip() for r in reviewers])]

        return self._writer.run("group.reviewers", build)

    def assign_group(self, proposal_ids: Iterable[str], group_id: str | None) -> Changed:
        """Hand proposals to a group (None: to no group)."""
        ids = list(dict.fromkeys(proposal_ids))

        def build(conn: Connection) -> list[Op]:
            if group_id is not None:
                _check_group(conn, group_id)
            for pid in ids:
                proposal_state(conn, pid)
            return [Set("proposal", pid, "group_id", group_id) for pid in ids]

        return self._writer.run("group.assign", build)

    def assign_groups_by_category(self, mapping: Mapping[str, str]) -> Changed:
        """Hand every proposal of each category (name or id) to a group."""

        def build(conn: Connection) -> list[Op]:
            ops: list[Op] = []
            for category, gid in mapping.items():
                _check_group(conn, gid)
                cid = list_item_id(conn, "category", category)
                rows = conn.execute(
                    text("SELECT id FROM proposal WHERE present AND category_id = :c"), {"c": cid}
                )
                ops += [Set("proposal", str(r[0]), "group_id", gid) for r in rows]
            return ops

        return self._writer.run("group.by_category", build)


def _check_group(conn: Connection, group_id: str) -> None:
    if conn.execute(text("SELECT 1 FROM review_group WHERE id = :g AND present"),
                    {"g": group_id}).first() is None:
        raise NotFoundError(f"No review group {group_id}.", f"没有该审查小组（{group_id}）。")
