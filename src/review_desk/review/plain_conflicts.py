"""Conflicts in the office's words: which proposal (number and title), which field or
which broken rule, and each value with the reviewer who made it and when (local time)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from review_desk.review.conflicts import Conflict, conflicts
from review_desk.review.plain_words import Names, field_label, local_time, shorten, value_text


@dataclass(frozen=True)
class PlainValue:
    """One value a conflicted field holds."""

    id: str
    text: str
    reviewer: str
    this_device: bool
    time: str  # local, with the zone
    shown: bool  # the value the list shows until someone settles it


@dataclass(frozen=True)
class PlainConflict:
    """One conflict: where, what, and every value."""

    id: str
    where: str  # 「流水号 11　关于……的提案」
    what: str  # 「状态」, or what a broken rule says is wrong
    values: tuple[PlainValue, ...]
    rule: bool


def _where(names: Names, c: Conflict, language: str) -> str:
    zh = language == "zh_CN"
    if c.proposal_id is not None:
        intake, title = names.proposal(c.proposal_id)
        number = intake if intake is not None else c.intake_no
        return (f"流水号 {number}　{shorten(title, 30)}" if zh
                else f"No. {number}  {shorten(title, 30)}")
    if c.entity == "unit":
        return ("承办单位 " if zh else "Unit ") + names.unit(c.entity_id)
    if c.entity == "session":
        return "会议信息" if zh else "Session details"
    return f"{c.entity} {c.entity_id}"


def plain_conflicts(conn: Connection, language: str = "zh_CN") -> list[PlainConflict]:
    """Every open conflict, in plain words."""
    names = Names.of(conn)
    here = conn.execute(text("SELECT device_id FROM local_device WHERE id = 1")).scalar()
    out = []
    for c in conflicts(conn):
        rule = bool(c.rule)
        what = ((c.message_zh if language == "zh_CN" else c.message) or c.field) if rule else (
            field_label(c.field, language))
        values = tuple(
            PlainValue(v.id, str(v.value) if rule else value_text(names, c.field, v.value,
                                                                    language),
                       v.reviewer, v.device == here, local_time(v.time) if v.time else "",
                       v.shown)
            for v in c.values)
        out.append(PlainConflict(c.id, _where(names, c, language), what, values, rule))
    return out
