"""Field changes in the office's words: 「状态：待审 → 立案」, 「增加承办单位：市民政局（会办）」.
Ids become names (units, categories, reasons, groups), codes become labels, and a time
becomes local time with its zone. Chinese first; English for the English window."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

Language = str  # "zh_CN" | "en"

FIELDS: dict[str, tuple[str, str]] = {
    "status": ("状态", "Status"),
    "reason_id": ("不予立案理由", "Reason"),
    "disposition_id": ("转为", "Passed on as"),
    "reason_remark": ("说明", "Remark"),
    "case_no": ("提案号", "Case no."),
    "category_id": ("类别", "Category"),
    "opinion": ("审查意见", "Review opinion"),
    "key": ("重点提案", "Key proposal"),
    "lead_leader": ("领办领导", "Leading leader"),
    "supervise_leader": ("督办领导", "Supervising leader"),
    "merged_into": ("并入", "Merged into"),
    "handling_mode": ("办理方式", "Handling mode"),
    "deadline": ("办理期限", "Deadline"),
    "group_id": ("审查小组", "Review group"),
    "title": ("案由", "Title"),
    "role": ("承办角色", "Role"),
    "position": ("顺序", "Order"),
    "text": ("备注", "Note"),
    "shared": ("共享", "Shared"),
    "present": ("存在", "Present"),
    "name": ("姓名", "Name"),
    "sector": ("界别", "Sector"),
    "reviewers": ("成员", "Reviewers"),
    "case_no_format": ("提案号格式", "Case number format"),
    "numbering_final": ("提案号已确定", "Numbers final"),
}
STATUS: dict[str, tuple[str, str]] = {
    "pending": ("待审", "pending"), "accepted": ("立案", "accepted"),
    "rejected": ("不予立案", "not accepted"), "merged": ("并案", "merged"),
    "withdrawn": ("撤案", "withdrawn"),
}
ROLE: dict[str, tuple[str, str]] = {
    "lead": ("主办", "lead"), "joint": ("会办", "joint"), "assist": ("协办", "assisting"),
    "split": ("分办", "split"),
}
MODE: dict[str, tuple[str, str]] = {
    "lead": ("主办+会办/协办", "lead + joint/assisting"), "split": ("分办", "split"),
}
NOTHING = ("—", "—")
YES_NO = (("是", "yes"), ("否", "no"))
LOOKUPS = {"category_id": "category", "reason_id": "reason",
           "disposition_id": "disposition", "group_id": "review_group"}
SHORT = 40  # characters of a long text shown in a line


def pick(pair: tuple[str, str], language: Language) -> str:
    """The Chinese or English one of a pair."""
    return pair[0] if language == "zh_CN" else pair[1]


def field_label(field: str, language: Language) -> str:
    """A field's name as the office says it."""
    return pick(FIELDS.get(field, (field, field)), language)


def shorten(value: str, limit: int = SHORT) -> str:
    """A long text cut to `limit` characters, with an ellipsis."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[:limit - 1] + "…"


@dataclass
class Names:
    """Names of the things ids point to, read once per use."""

    conn: Connection
    _cache: dict[str, dict[str, str]]

    @classmethod
    def of(cls, conn: Connection) -> Names:
        """Names read from this connection."""
        return cls(conn, {})

    def table(self, table: str) -> Mapping[str, str]:
        """id → name of one table."""
        if table not in self._cache:
            self._cache[table] = {str(r[0]): str(r[1]) for r in self.conn.execute(
                text(f"SELECT id, name FROM {table}"))}
        return self._cache[table]

    def unit(self, unit_id: str) -> str:
        """A unit's name (its id when unknown)."""
        return self.table("unit").get(unit_id, unit_id)

    def proposal(self, proposal_id: str) -> tuple[int | None, str]:
        """(intake number, title) of a proposal."""
        row = self.conn.execute(text("SELECT intake_no, title FROM proposal WHERE id = :i"),
                                {"i": proposal_id}).first()
        return (int(row[0]), str(row[1])) if row else (None, proposal_id)


def value_text(names: Names, field: str, value: Any, language: Language) -> str:
    """One field's value in plain words."""
    if value is None or value == "":
        return pick(NOTHING, language)
    if field == "status":
        return pick(STATUS.get(str(value), (str(value), str(value))), language)
    if field == "role":
        return pick(ROLE.get(str(value), (str(value), str(value))), language)
    if field == "handling_mode":
        return pick(MODE.get(str(value), (str(value), str(value))), language)
    if field in LOOKUPS:
        return names.table(LOOKUPS[field]).get(str(value), str(value))
    if field == "merged_into":
        intake, title = names.proposal(str(value))
        number = ("流水号 " if language == "zh_CN" else "No. ") + str(intake)
        return f"{number} {shorten(title, 24)}"
    if isinstance(value, bool):
        return pick(YES_NO[0] if value else YES_NO[1], language)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return shorten(str(value))


def change_line(names: Names, field: str, old: Any, new: Any, language: Language) -> str:
    """「状态：待审 → 立案」; a first value alone: 「说明：已转有关部门」."""
    label = field_label(field, language)
    colon = "：" if language == "zh_CN" else ": "
    new_text = value_text(names, field, new, language)
    if old is None or old == "" or old == new:
        return f"{label}{colon}{new_text}"
    return f"{label}{colon}{value_text(names, field, old, language)} → {new_text}"


def local_time(iso_utc: str) -> str:
    """An ISO 8601 UTC time as local time with the zone: "2026-02-20 14:03 UTC+08:00"."""
    try:
        moment = datetime.fromisoformat(iso_utc).astimezone()
    except ValueError:
        return iso_utc
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{moment:%Y-%m-%d %H:%M} {zone}".strip()
