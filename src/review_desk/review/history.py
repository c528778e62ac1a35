"""The audit trail of a proposal: who did what, when, on which device — as stored
(`proposal_history`) and in the office's words (`plain_history`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from review_desk.review.hlc import parse_hlc
from review_desk.review.journal import proposal_of
from review_desk.review.journal_parts import PART
from review_desk.review.labels import action_label_zh
from review_desk.review.plain_words import Names, change_line, local_time, shorten, value_text
from review_desk.review.projection import CREATE, field_default

CREATE_FIELD = CREATE


@dataclass(frozen=True)
class FieldChange:
    """One field an action set."""

    entity: str
    entity_id: str
    field: str
    value: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One action on a proposal."""

    action_id: str
    action: str
    reviewer: str
    device: str
    time: str  # ISO 8601, UTC
    changes: tuple[FieldChange, ...]


def hlc_time(hlc: str) -> str:
    """The wall-clock time of a clock reading, ISO 8601 in UTC."""
    millis, _ = parse_hlc(hlc)
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="seconds")


def proposal_history(conn: Connection, proposal_id: str) -> list[HistoryEntry]:
    """Every action that touched the proposal, its proposers, units and notes, or merged
    others into it, oldest first."""
    rows = conn.execute(text(
        "SELECT action_id, action, reviewer, device, hlc, entity, entity_id, field, value"
        " FROM change WHERE entity_id = :i OR (entity_id >= :lo AND entity_id < :hi)"
        " OR action_id IN (SELECT action_id FROM change WHERE entity = 'proposal'"
        " AND field = 'merged_into' AND value = :v)"
        " ORDER BY hlc, device, seq"),
        {"i": proposal_id, "lo": proposal_id + "/", "hi": proposal_id + "0",
         "v": json.dumps(proposal_id)}).all()
    entries: dict[str, dict[str, Any]] = {}
    for action_id, action, reviewer, device, hlc, entity, entity_id, field, value in rows:
        entry = entries.setdefault(action_id, {
            "action": action, "reviewer": reviewer, "device": device, "time": hlc_time(hlc),
            "changes": []})
        entry["changes"].append(FieldChange(entity, entity_id, field, json.loads(value)))
    return [HistoryEntry(aid, e["action"], e["reviewer"], e["device"], e["time"],
                         tuple(e["changes"])) for aid, e in entries.items()]


@dataclass(frozen=True)
class PlainEntry:
    """One action on a proposal in the office's words."""

    action: str  # 立案, 增加承办单位 … (the action's name)
    reviewer: str
    device: str  # the device id
    time: str  # local time with the zone: "2026-02-20 14:03 UTC+08:00"
    lines: tuple[str, ...]  # 「状态：待审 → 立案」 …
    this_device: bool  # made on this computer (with this copy of the file)


# fields an action sets along with the one it is about: not worth a line of their own
QUIET = {("proposal", "position"), ("assignment", "position"), ("note", "author"),
         ("note", "created"), ("note", "shared"), ("proposal", "present")}


def _assignment_lines(names: Names, fields: dict[str, tuple[Any, Any]], unit: str,
                      language: str) -> list[str]:
    zh = language == "zh_CN"
    role = value_text(names, "role", fields.get("role", (None, None))[1], language)
    if "present" in fields:
        old, new = fields["present"]
        if new and not old:
            return [f"增加承办单位：{unit}（{role}）" if zh else f"Unit added: {unit} ({role})"]
        if old and not new:
            return [f"移除承办单位：{unit}" if zh else f"Unit removed: {unit}"]
    if "role" in fields and fields["role"][0] not in (None, fields["role"][1]):
        return [f"{unit}：" + change_line(names, "role", *fields["role"], language)]
    if "position" in fields:
        return [f"调整承办单位顺序：{unit}" if zh else f"Units reordered: {unit}"]
    return []


def _note_lines(fields: dict[str, tuple[Any, Any]], language: str) -> list[str]:
    zh = language == "zh_CN"
    text_ = shorten(str(fields.get("text", (None, ""))[1] or ""))
    if "present" in fields and fields["present"][1] is False:
        return ["删除备注" if zh else "Note deleted"]
    if "present" in fields and fields["present"][1]:
        return [f"添加备注：「{text_}」" if zh else f"Note added: “{text_}”"]
    if "text" in fields:
        return [f"修改备注：「{text_}」" if zh else f"Note edited: “{text_}”"]
    return []


def plain_history(conn: Connection, proposal_id: str, language: str = "zh_CN",
                  action_name: Callable[[str], str] = action_label_zh) -> list[PlainEntry]:
    """The history of a proposal as a person reads it, oldest first: each field change
    with its value before and after, ids named, times local."""
    names = Names.of(conn)
    here = conn.execute(text("SELECT device_id FROM local_device WHERE id = 1")).scalar()
    last: dict[tuple[str, str, str], Any] = {}
    out = []
    for entry in proposal_history(conn, proposal_id):
        grouped: dict[tuple[str, str], dict[str, tuple[Any, Any]]] = {}
        lines: list[str] = []
        for change in entry.changes:
            key = (change.entity, change.entity_id, change.field)
            if change.field == CREATE_FIELD:
                for field, value in dict(change.value).items():
                    last[(change.entity, change.entity_id, field)] = value
                if change.entity == "proposal" and change.entity_id == proposal_id:
                    lines.append("收到提案" if language == "zh_CN" else "Proposal received")
                continue
            old = last.get(key, _default(change.entity, change.field))
            last[key] = change.value
            grouped.setdefault((change.entity, change.entity_id), {})[change.field] = (
                old, change.value)
        for (entity, entity_id), fields in grouped.items():
            lines += _lines(names, proposal_id, entity, entity_id, fields, language)
        out.append(PlainEntry(action_name(entry.action), entry.reviewer, entry.device,
                              local_time(entry.time), tuple(lines), entry.device == here))
    return out


def _default(entity: str, field: str) -> Any:
    try:
        return field_default(entity, field)
    except (KeyError, ValueError):
        return None


def _lines(names: Names, proposal_id: str, entity: str, entity_id: str,
           fields: dict[str, tuple[Any, Any]], language: str) -> list[str]:
    zh = language == "zh_CN"
    if entity == "assignment":
        unit = names.unit(entity_id.partition("/u/")[2])
        return _assignment_lines(names, fields, unit, language)
    if entity == "note":
        return _note_lines(fields, language)
    if entity == "proposal" and entity_id != proposal_id:  # another one merged into this
        intake, title = names.proposal(entity_id)
        new = fields.get("merged_into", (None, None))[1]
        if new == proposal_id:
            return [f"流水号 {intake} 并入本案：{shorten(title, 24)}" if zh
                    else f"No. {intake} merged into this one: {shorten(title, 24)}"]
        return [f"流水号 {intake} 移出本案" if zh else f"No. {intake} left this merge"]
    out = []
    for field, (old, new) in fields.items():
        if (entity, field) in QUIET or (old == new and field != "opinion"):
            continue
        if field in ("reason_id", "disposition_id", "reason_remark") and not new:
            continue  # cleared along with a new outcome: the status line says it
        out.append(change_line(names, field, old, new, language))
    return out


@dataclass(frozen=True)
class ActionScope:
    """What an action on the undo stack touched: its name, how many proposals, the
    intake number when it was one, and its size: change rows, of which parts (an archive
    import's part holds thousands of records: taking it back writes one change each)."""

    label: str
    proposals: int
    intake_no: int | None
    changes: int = 0
    parts: int = 0


def action_scope(conn: Connection, action_id: str, label: str) -> ActionScope:
    """The proposals an action changed."""
    ids = {proposal_of(str(r[0]), str(r[1])) for r in conn.execute(text(
        "SELECT DISTINCT entity, entity_id FROM change WHERE action_id = :a"),
        {"a": action_id})}
    ids.discard(None)
    intake = None
    if len(ids) == 1:
        intake = conn.execute(text("SELECT intake_no FROM proposal WHERE id = :i"),
                              {"i": next(iter(ids))}).scalar()
    changes, parts = conn.execute(text(
        "SELECT count(*), coalesce(sum(field = :part), 0) FROM change WHERE action_id = :a"),
        {"a": action_id, "part": PART}).one()
    return ActionScope(label, len(ids), None if intake is None else int(intake),
                       int(changes), int(parts))


def undo_scopes(conn: Connection) -> tuple[ActionScope | None, ActionScope | None]:
    """What Undo and Redo would take back or do again, with their scope."""
    found: list[ActionScope | None] = []
    for sql in ("SELECT action_id, label FROM undo_entry WHERE NOT undone"
                " ORDER BY position DESC LIMIT 1",
                "SELECT action_id, label FROM undo_entry WHERE undone ORDER BY position"
                " LIMIT 1"):
        row = conn.execute(text(sql)).first()
        found.append(None if row is None else action_scope(conn, str(row[0]), str(row[1])))
    return found[0], found[1]
