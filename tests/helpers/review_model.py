"""An independent model of what the sync and the review rules guarantee.

Written from the rules' words, not from the production code: it reads the raw journal
and tables with its own SQL and decides for itself which fields disagree, which value a
field must show, and which review rules the file breaks. The property tests compare
the production results against it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from review_desk.desk import Desk

Key = tuple[str, str, str]


def _changes(desk: Desk) -> list[dict[str, Any]]:
    with desk.store.reading() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql(
            "SELECT id, device, seq, hlc, action, entity, entity_id, field, value, parents"
            " FROM change")]


def expected_fields(desk: Desk) -> dict[Key, tuple[set[str], bool, Any]]:
    """For every field some change set: its heads (the changes no other change of the
    field was made on top of), whether they disagree, and the value it must show (the
    head with the greatest clock, then device, then sequence)."""
    by_field: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for c in _changes(desk):
        if c["field"] != "@create":
            by_field[(c["entity"], c["entity_id"], c["field"])].append(c)
    out: dict[Key, tuple[set[str], bool, Any]] = {}
    for key, changes in by_field.items():
        below: set[str] = set()
        for c in changes:
            below.update(json.loads(c["parents"]))
        tops = [c for c in changes if c["id"] not in below]
        distinct = {json.dumps(json.loads(c["value"]), sort_keys=True) for c in tops}
        best = tops[0]
        for c in tops[1:]:
            if (c["hlc"], c["device"], c["seq"]) > (best["hlc"], best["device"], best["seq"]):
                best = c
        out[key] = ({c["id"] for c in tops}, len(distinct) > 1, json.loads(best["value"]))
    return out


def check_fields(desk: Desk) -> None:
    """The stored heads, conflict flags and shown values are what the model says."""
    expected = expected_fields(desk)
    with desk.store.reading() as conn:
        stored = {(str(r[0]), str(r[1]), str(r[2])): (set(json.loads(r[3])), bool(r[4]))
                  for r in conn.exec_driver_sql(
                      "SELECT entity, entity_id, field, heads, conflict FROM field_head")}
        assert set(stored) == set(expected), set(stored) ^ set(expected)
        for key, (heads, conflict, value) in expected.items():
            assert stored[key] == (heads, conflict), key
            table = {"session": "session_info", "group": "review_group",
                     "archive": "archive_case"}.get(key[0], key[0])
            shown = conn.exec_driver_sql(
                f"SELECT {key[2]} FROM {table} WHERE id = ?", (key[1],)).scalar()
            if isinstance(value, bool):
                shown = bool(shown)
            elif isinstance(value, list):
                shown = json.loads(shown)
            assert shown == value, (key, shown, value)


# --- the review rules, from their words --------------------------------------------


def broken_rules(desk: Desk) -> set[tuple[str, str]]:
    """(rule, proposal id) for every review rule the file breaks."""
    with desk.store.reading() as conn:
        props = {str(r[0]): r for r in conn.exec_driver_sql(
            "SELECT id, intake_no, status, merged_into, case_no, handling_mode, reason_id"
            " FROM proposal WHERE present")}
        units: dict[str, list[str]] = defaultdict(list)
        for pid, role in conn.exec_driver_sql(
                "SELECT proposal_id, role FROM assignment WHERE present"):
            units[str(pid)].append(str(role))
        final = bool(conn.exec_driver_sql(
            "SELECT numbering_final FROM session_info WHERE id = 'main'").scalar())
    out: set[tuple[str, str]] = set()
    for pid, (_, _no, status, into, case_no, mode, reason) in props.items():
        roles = units.get(pid, [])
        if mode == "lead" and roles.count("lead") > 1:
            out.add(("one_lead", pid))
        allowed = {"lead": {"lead", "joint", "assist"}, "split": {"split"}}[mode]
        if any(r not in allowed for r in roles):
            out.add(("roles_fit_mode", pid))
        if (status == "merged") != (into is not None):
            out.add(("merged_has_lead", pid))
        if into is not None and into in props and (props[into][3] is not None or into == pid):
            out.add(("lead_not_merged", pid))
        if status in ("rejected", "withdrawn") and any(
                p[3] == pid for p in props.values()):
            out.add(("lead_is_open", pid))
        if into is not None and roles:
            out.add(("member_has_no_units", pid))
        if status == "rejected" and reason is None:
            out.add(("rejected_has_reason", pid))
        if case_no is not None and status not in ("accepted", "merged"):
            out.add(("number_only_for_cases", pid))
    holders = Counter(p[4] for p in props.values() if p[4] is not None)
    for n, count in holders.items():
        if count > 1:
            first = min((p for p in props.values() if p[4] == n), key=lambda p: p[1])
            out.add(("number_once", str(first[0])))
    if final:
        out |= _changed_after_final(desk, props)
    return out


def _changed_after_final(desk: Desk, props: dict[str, Any]) -> set[tuple[str, str]]:
    """Numbered cases whose number, outcome or group changed after the finalisation."""
    changes = sorted(_changes(desk), key=lambda c: (c["hlc"], c["device"], c["seq"]))
    finals = [c for c in changes if c["entity"] == "session" and c["field"] ==
              "numbering_final"]
    below = {p for c in finals for p in json.loads(c["parents"])}
    final = max((c for c in finals if c["id"] not in below),
                key=lambda c: (c["hlc"], c["device"], c["seq"]))
    watched = ("case_no", "status", "merged_into")
    then: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"case_no": None, "status": "pending", "merged_into": None})
    last: dict[tuple[str, str], dict[str, Any]] = {}
    for c in changes:
        if c["entity"] != "proposal":
            continue
        value = json.loads(c["value"])
        if c["field"] == "@create":
            then[c["entity_id"]].update({k: value[k] for k in watched if k in value})
        elif c["field"] in watched and c["hlc"] <= final["hlc"]:
            then[c["entity_id"]][c["field"]] = value
    heads = expected_fields(desk)
    for c in changes:
        key = (c["entity_id"], c["field"])
        is_head = c["entity"] == "proposal" and c["field"] in watched and c["id"] in heads.get(
            ("proposal", *key), (set(),))[0]
        if is_head and (key not in last or (c["hlc"], c["device"], c["seq"]) > (
                last[key]["hlc"], last[key]["device"], last[key]["seq"])):
            last[key] = c
    out: set[tuple[str, str]] = set()
    for pid, p in props.items():
        was = then.get(pid)
        if was is None or was["case_no"] is None:
            continue
        now = {"case_no": p[4], "status": p[2], "merged_into": p[3]}
        for fld in watched:
            shown = last.get((pid, fld))
            if (now[fld] != was[fld] and shown is not None and shown["hlc"] > final["hlc"]
                    and shown["action"] != "rules.resolve"):
                out.add(("final_numbers_kept", pid))
    return out
