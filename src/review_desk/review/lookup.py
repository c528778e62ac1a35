"""Small reads used by commands to validate their input (inside their transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from review_desk.errors import NotFoundError
from review_desk.models.values import HandlingMode, Status


@dataclass(frozen=True)
class ProposalState:
    """The review state of one proposal, as commands need it."""

    id: str
    intake_no: int
    status: Status
    merged_into: str | None
    case_no: int | None
    handling_mode: HandlingMode


def proposal_state(conn: Connection, proposal_id: str) -> ProposalState:
    """The state of a proposal, or NotFoundError."""
    row = conn.execute(
        text(
            "SELECT id, intake_no, status, merged_into, case_no, handling_mode FROM proposal"
            " WHERE id = :id AND present"
        ),
        {"id": proposal_id},
    ).first()
    if row is None:
        raise NotFoundError(f"No proposal {proposal_id}.", f"没有提案 {proposal_id}。")
    return ProposalState(*row)


def intake_label(state: ProposalState) -> str:
    """How a person names a proposal: its intake number."""
    return f"No. {state.intake_no}"


def proposal_id_by_intake(conn: Connection, intake_no: int) -> str:
    """The id of the proposal with this intake number (流水号)."""
    row = conn.execute(
        text("SELECT id FROM proposal WHERE intake_no = :n AND present ORDER BY id LIMIT 1"),
        {"n": intake_no},
    ).first()
    if row is None:
        raise NotFoundError(
            f"No proposal with intake number {intake_no}.", f"没有流水号为 {intake_no} 的提案。"
        )
    return str(row[0])


def members_of(conn: Connection, lead_id: str) -> list[str]:
    """Ids of the proposals merged into `lead_id`, by intake number."""
    return [
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT id FROM proposal WHERE merged_into = :id AND present ORDER BY intake_no"
            ),
            {"id": lead_id},
        )
    ]


def session_row(conn: Connection) -> dict[str, Any]:
    """The session_info row as a dict (empty if the file has none yet)."""
    row = conn.execute(text("SELECT * FROM session_info WHERE id = 'main'")).mappings().first()
    return dict(row) if row is not None else {}


_LIST_TABLES = {"category": "category", "sector": "sector", "reason": "reason",
                "disposition": "disposition"}

_LIST_WORDS = {"category": ("category", "类别"), "sector": ("sector", "界别"),
               "reason": ("reason", "不予立案理由"), "disposition": ("disposition", "处理方式")}


def list_item_id(conn: Connection, kind: str, name_or_id: str) -> str:
    """Resolve an entry of a master list by id or name (active or not)."""
    table = _LIST_TABLES[kind]
    row = conn.execute(
        text(f"SELECT id FROM {table} WHERE present AND (id = :v OR name = :v) LIMIT 1"),
        {"v": name_or_id.strip()},
    ).first()
    if row is None:
        en, zh = _LIST_WORDS[kind]
        raise NotFoundError(f"Unknown {en}: {name_or_id!r}.", f"未知的{zh}：“{name_or_id}”。")
    return str(row[0])


def unit_id(conn: Connection, name: str) -> str:
    """Resolve a handling unit by id, code, name, short name or alias."""
    value = name.strip()
    row = conn.execute(
        text(
            "SELECT id FROM unit WHERE present AND (id = :v OR code = :v OR name = :v"
            " OR short_name = :v) ORDER BY active DESC LIMIT 1"
        ),
        {"v": value},
    ).first()
    if row is None:
        row = conn.execute(
            text(
                "SELECT u.id FROM unit u, json_each(u.aliases) a WHERE u.present"
                " AND a.value = :v ORDER BY u.active DESC LIMIT 1"
            ),
            {"v": value},
        ).first()
    if row is None:
        raise NotFoundError(
            f"Unknown handling unit: {name!r}. `review-desk units FILE` lists the catalogue.",
            f"未知的承办单位：“{name}”。可用 review-desk units 查看单位目录。",
        )
    return str(row[0])
