"""The rule that final case numbers stay: once the secretariat finalises the numbering,
a numbered case keeps its number, its outcome and its merge group.

A laptop that has not yet seen the finalisation may still change such a case, and undo
may take back a numbering; both show here after the merge. Which changes came "after"
the finalisation is read from the clock: a change whose clock reading is later than
the finalisation's counts as later (a device that had seen the finalisation reads a
later clock, and its commands refuse such changes). A change made on a slow clock
before it saw the finalisation may pass unseen; the per-field conflicts still keep it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, text

from review_desk.review.projection import CREATE
from review_desk.review.rule_state import (
    RESOLVED_BY_RULE,
    STATUS_WORDS,
    ChangeRef,
    Option,
    ReviewState,
    Violation,
    dedupe,
    head,
    option,
)

KEPT_FIELDS = ("case_no", "status", "merged_into")
_DEFAULTS: dict[str, Any] = {"case_no": None, "status": "pending", "merged_into": None}


def _changed_later(conn: Connection, hlc: str) -> list[str]:
    """Proposals whose kept fields show a change later than clock reading `hlc` that no
    rule resolution made."""
    return sorted({str(r[0]) for r in conn.execute(text(
        "SELECT DISTINCT h.entity_id FROM field_head h, json_each(h.heads) j"
        " JOIN change c ON c.id = j.value WHERE h.entity = 'proposal'"
        " AND h.field IN ('case_no', 'status', 'merged_into') AND c.hlc > :h"
        " AND c.action != :r"), {"h": hlc, "r": RESOLVED_BY_RULE})})


def _values_at(conn: Connection, hlc: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The kept fields of these proposals as they stood at clock reading `hlc`."""
    at: dict[str, dict[str, Any]] = defaultdict(lambda: dict(_DEFAULTS))
    rows = conn.execute(text(
        "SELECT entity_id, field, value FROM change WHERE entity = 'proposal' AND hlc <= :h"
        " AND field IN ('@create', 'case_no', 'status', 'merged_into')"
        " AND entity_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY field = '@create' DESC, hlc, device, seq"),
        {"h": hlc, "ids": json.dumps(ids)})
    for entity_id, fld, raw in rows:
        value = json.loads(raw)
        if fld == CREATE:
            at[str(entity_id)].update({k: value[k] for k in KEPT_FIELDS if k in value})
        else:
            at[str(entity_id)][str(fld)] = value
    return at


def _word(state: ReviewState, fld: str, value: Any) -> str:
    if fld == "case_no":
        return state.number(value) if value is not None else "（无提案号）"
    if fld == "status":
        return STATUS_WORDS.get(str(value), str(value))
    return f"并入 {state.label_zh(value)}" if value else "不属于任何并案"


def final_numbers_kept(conn: Connection, state: ReviewState) -> list[Violation]:
    """Numbered cases keep number, outcome and group after numbering is final."""
    if not state.numbering_final:
        return []
    final = head(conn, "session", "main", "numbering_final")
    if final is None or final.value is not True:
        return []
    later_ids = [pid for pid in _changed_later(conn, final.hlc) if pid in state.proposals]
    at = _values_at(conn, final.hlc, later_ids)
    out = []
    for pid in later_ids:
        p = state.proposals[pid]
        then = at.get(pid)
        if then is None or then["case_no"] is None:
            continue
        now = {"case_no": p.case_no, "status": p.status, "merged_into": p.merged_into}
        later: list[tuple[str, ChangeRef]] = []
        for fld in KEPT_FIELDS:
            if now[fld] == then[fld]:
                continue
            ref = head(conn, "proposal", pid, fld)
            if ref is not None and ref.hlc > final.hlc and ref.action != RESOLVED_BY_RULE:
                later.append((fld, ref))
        if not later:
            continue
        was = " ".join(_word(state, f, then[f]) for f in KEPT_FIELDS if then[f] is not None)
        options: list[Option] = [option(final, f"{was}（定稿）", f"final:{pid}")]
        options += [option(ref, _word(state, fld, now[fld]), f"{fld}:{pid}")
                    for fld, ref in later]
        out.append(Violation(
            "final_numbers_kept", "proposal", pid,
            f"{state.label(pid)} held {state.number(then['case_no'])} when numbering was "
            "made final, and was changed later; restore it, or keep the change.",
            f"{state.label_zh(pid)} 在提案号最终确定时为 {state.number(then['case_no'])}，"
            "之后又被更改；请恢复定稿时的状态，或保留这一更改。",
            dedupe(options),
            {"then": {f: then[f] for f in KEPT_FIELDS}, "final": final.id,
             "later": {ref.id: fld for fld, ref in later}}))
    return out
