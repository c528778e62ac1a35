"""The audit trail of a proposal: who did what, when, on which device."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from review_desk.review.hlc import parse_hlc


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
