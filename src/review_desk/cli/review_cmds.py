"""Subcommands on proposals: list, show, decide, merge, assign, history, stats, units …"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from review_desk.cli.common import add_file, add_json, fail, open_desk, print_json
from review_desk.desk import Desk
from review_desk.review.journal import Changed, proposal_of
from review_desk.review.labels import action_label_zh
from review_desk.review.queries import (
    ROLE_LABELS,
    STATUS_LABELS,
    ProposalDetail,
    ProposalFilter,
    ProposalRow,
)
from review_desk.review.rules import violations
from review_desk.review.unclassified import UNCLASSIFIED


def row_json(row: ProposalRow) -> dict[str, Any]:
    """A list row as the documented JSON object."""
    return {
        "intake_no": row.intake_no, "case_no": row.case_no or None, "title": row.title,
        "status": row.status, "category": row.category, "proposers": row.proposers,
        "sector": row.sector,
        "units": [{"name": u.name, "role": u.role} for u in row.units],
        "key": row.key, "merged_into": row.merged_into, "notes": row.note_count,
        "conflict": row.conflict,
    }


def detail_json(detail: ProposalDetail) -> dict[str, Any]:
    """`show --json`: the row plus body, opinion, merge, notes and the rest."""
    out = row_json(detail.row)
    out.update({
        "body": detail.body, "background": detail.background, "problems": detail.problems,
        "suggestions": detail.suggestions, "opinion": detail.opinion,
        "notes": [{"author": n.author, "text": n.text, "shared": n.shared, "created": n.created}
                  for n in detail.notes],
        "merged_members": list(detail.merged_members), "submitted_at": detail.submitted_at,
        "plenary": detail.plenary, "kind": detail.kind,
        "collective_name": detail.collective_name,
        "people": [{"name": p.name, "role": p.role, "sector": p.sector,
                    "work_unit": p.work_unit, "phone": p.phone, "address": p.address,
                    "confirmed": p.confirmed} for p in detail.people],
        "suggested_units": list(detail.suggested_units), "reason": detail.reason,
        "reason_remark": detail.reason_remark, "disposition": detail.disposition,
        "lead_leader": detail.lead_leader,
        "supervise_leader": detail.supervise_leader, "handling_mode": detail.handling_mode,
        "deadline": detail.deadline, "group": detail.group, "conflicts": list(detail.conflicts),
    })
    return out


def say_cleared(desk: Desk, changed: Changed) -> None:
    """Tell the person that their change settled a conflict (the other values are no
    longer shown; the history keeps them)."""
    for entity, entity_id, fld in sorted(changed.cleared_conflicts):
        pid = proposal_of(entity, entity_id)
        where = f"No. {desk.detail(pid).row.intake_no}" if pid else f"{entity} {entity_id}"
        print(f"this settled the conflict on {fld} of {where}; the other reviewers' values are "
              f"no longer shown (`review-desk history` keeps them)"
              f"（此操作同时解决了{where}的{fld}冲突，其他审查人员的值不再显示，可在历史中查看）")


def _units_text(row: ProposalRow) -> str:
    return "、".join(f"{u.name}({ROLE_LABELS.get(u.role, u.role)})" for u in row.units)


def _filter(args: argparse.Namespace, desk: Desk) -> ProposalFilter:
    unit = None
    if args.unit:
        from review_desk.review.lookup import unit_id

        with desk.store.reading() as conn:
            unit = unit_id(conn, args.unit)
    if args.category and args.category != UNCLASSIFIED:  # a typo is refused, as a unit's
        from review_desk.review.lookup import list_item_id

        with desk.store.reading() as conn:
            list_item_id(conn, "category", args.category)
    return ProposalFilter(status=args.status, category=args.category, sector=args.sector,
                          unit=unit, key=True if args.key else None,
                          has_notes=True if args.has_notes else None,
                          reviewer=(args.mine and desk.reviewer) or None,
                          search=args.search or "")


def _list(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        rows = desk.rows(desk.list_ids(_filter(args, desk)))
        with desk.store.reading() as conn:
            broken = {v.entity_id for v in violations(conn) if v.entity == "proposal"}
        if args.mine and not any(desk.reviewer in g.reviewers for g in desk.review_groups()):
            print(f"review-desk: {desk.reviewer} is in no review group: --mine lists nothing"
                  f"（{desk.reviewer}不在任何审查组中）", file=sys.stderr)
    if args.conflicts:  # a field conflict, or a review rule the merged work breaks
        rows = [r for r in rows if r.conflict or r.id in broken]
    if args.json:
        print_json([row_json(r) | {"conflict": r.conflict or r.id in broken} for r in rows])
        return 0
    marked = 0
    for r in rows:
        merged = f" → {r.merged_into}" if r.merged_into else ""
        flag = "\t⚠冲突" if r.conflict or r.id in broken else ""
        marked += bool(flag)
        print(f"{r.intake_no}\t{r.case_no or '-'}\t{STATUS_LABELS.get(r.status, r.status)}"
              f"{merged}\t{r.category}\t{r.title}\t{r.proposers}\t{_units_text(r)}{flag}")
    print(f"({len(rows)} 件)")
    if marked:
        print(f"{marked} marked ⚠冲突 have conflicts: `review-desk conflicts FILE`"
              f"（{marked} 件有冲突）")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        detail = desk.detail(desk.proposal_id(args.intake_no))
    if args.json:
        print_json(detail_json(detail))
        return 0
    r = detail.row
    print(f"流水号 {r.intake_no}  {r.case_no}  [{STATUS_LABELS.get(r.status, r.status)}]"
          f"  {r.category}")
    print(f"案由：{r.title}")
    print(f"提案人：{r.proposers}" + (f"（{r.sector}）" if r.sector else ""))
    for p in detail.people:
        print(f"  - {p.name} {p.sector} {p.work_unit} {p.phone}")
    if detail.merged_members:
        print(f"被并提案：{'、'.join(str(n) for n in detail.merged_members)}")
    if r.merged_into:
        print(f"已并入：流水号 {r.merged_into}")
    if detail.reason:
        print(f"不予立案理由：{detail.reason}；{detail.disposition or ''}")
    if r.units:
        print(f"承办单位：{_units_text(r)}  办理期限：{detail.deadline or '-'}")
    if detail.suggested_units:
        print(f"建议承办单位：{'、'.join(detail.suggested_units)}")
    print()
    print(detail.body)
    if detail.opinion:
        print(f"\n审查意见：{detail.opinion}")
    for n in detail.notes:
        print(f"\n备注（{n.author}，{'共享' if n.shared else '仅本机'}）：{n.text}")
    return 0


def _decide(args: argparse.Namespace) -> int:
    if args.decision != "reject" and (args.reason or args.disposition or args.remark):
        return fail("--reason、--disposition、--remark 只用于不予立案（reject）。\n"
                    "--reason, --disposition and --remark go with reject only.")
    with open_desk(args) as desk:
        ids = [desk.proposal_id(n) for n in args.intake_no]
        changed = desk.decisions.decide(ids, args.decision, reason=args.reason,
                                        disposition=args.disposition, remark=args.remark)
        print(f"{action_label_zh('decide.' + args.decision)}: "
              f"{', '.join(str(n) for n in args.intake_no)}")
        say_cleared(desk, changed)
    return 0


def _categorize(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        ids = [desk.proposal_id(n) for n in args.intake_no]
        desk.annotations.set_category(ids, args.category)
    numbers = list(dict.fromkeys(args.intake_no))
    if args.json:
        print_json({"category": args.category, "intake_no": numbers})
    else:
        print(f"类别 {args.category}: {', '.join(str(n) for n in numbers)} "
              f"({len(numbers)} proposal(s) set to {args.category})")
    return 0


def _merge(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        lead = desk.proposal_id(args.lead)
        changed = desk.merging.merge(lead, [desk.proposal_id(n) for n in args.members])
        members = desk.detail(lead).merged_members
        print(f"并案：主并 {args.lead}，被并 {'、'.join(str(n) for n in members)}")
        say_cleared(desk, changed)
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        pid = desk.proposal_id(args.intake_no)
        if args.dissolve:
            desk.merging.dissolve(pid)
        else:
            desk.merging.remove_member(pid)
        print("done")
    return 0


def _assign(args: argparse.Namespace) -> int:
    if not args.lead and not args.split:
        return fail("give --lead UNIT [--joint UNIT]... or --split UNIT... (请指定承办单位)")
    if args.split and (args.lead or args.joint or args.assist):
        return fail("--split（分办）不能与 --lead、--joint、--assist 同时使用。\n"
                    "--split cannot go with --lead, --joint or --assist.")
    with open_desk(args) as desk:
        with desk.together():  # the units and the deadline, or nothing
            pid = desk.proposal_id(args.intake_no)
            if args.split:
                changed = desk.units.assign_split(pid, args.split)
            else:
                changed = desk.units.assign_lead_joint(pid, args.lead, args.joint or [],
                                                       args.assist or [])
            if args.deadline:
                desk.units.set_deadline(pid, args.deadline)
        say_cleared(desk, changed)
        detail = desk.detail(pid)
        print(f"{detail.row.intake_no}: {_units_text(detail.row)}  办理期限 {detail.deadline}")
    return 0


def _history(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        entries = desk.history(desk.proposal_id(args.intake_no))
    if args.json:
        print_json([{"action": e.action, "label": action_label_zh(e.action),
                     "reviewer": e.reviewer, "device": e.device, "time": e.time,
                     "changes": [{"entity": c.entity, "field": c.field, "value": c.value}
                                 for c in e.changes]} for e in entries])
        return 0
    for e in entries:
        fields = ", ".join(sorted({c.field for c in e.changes if c.field != "@create"}))
        local = datetime.fromisoformat(e.time).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{local}\t{e.reviewer}\t{e.device}\t{action_label_zh(e.action)}"
              + (f"\t{fields}" if fields else ""))
    return 0


def _stats(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        st = desk.stats()
    if args.json:
        print_json(st)
        return 0
    print(f"提案总数 {st.total}（往届档案 {st.archive} 件）")
    print("审查结果：" + "，".join(f"{STATUS_LABELS[k]} {v}" for k, v in st.by_status.items()))
    print(f"并案组 {st.merged_groups}，重点提案候选 {st.key}")
    print("按类别：")
    for name, counts in st.by_category.items():
        print(f"  {name}\t{sum(counts.values())}\t" + "，".join(
            f"{STATUS_LABELS.get(k, k)} {v}" for k, v in counts.items()))
    print("按界别（第一提案人）：")
    for name, n in st.by_sector.items():
        print(f"  {name or '-'}\t{n}")
    print("按承办单位：")
    for name, roles in st.by_unit.items():
        print(f"  {name}\t" + "，".join(f"{ROLE_LABELS.get(k, k)} {v}" for k, v in roles.items()))
    return 0


def _units(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        units = desk.unit_catalogue()
    if args.json:
        print_json([{"id": u.id, "code": u.code, "name": u.name, "short_name": u.short_name,
                     "kind": u.kind, "aliases": list(u.aliases), "active": u.active,
                     "responsibilities": u.responsibilities} for u in units])
        return 0
    for u in units:
        print(f"{u.code}\t{u.name}\t{u.short_name}\t{'、'.join(u.aliases)}"
              + ("" if u.active else "\t(停用)"))
    return 0


def _annotate_refusal(args: argparse.Namespace) -> str | None:
    """Why these options would do nothing or contradict each other, or None."""
    if args.key and args.not_key:
        return "--key 与 --not-key 不能同时使用。\n--key and --not-key contradict each other."
    if (args.lead_leader is not None or args.supervise_leader is not None) and not args.key:
        return ("--lead-leader、--supervise-leader 需与 --key 一起使用。\n"
                "--lead-leader and --supervise-leader go with --key.")
    if args.shared and args.note is None:
        return "--shared 需与 --note 一起使用。\n--shared goes with --note."
    if (args.opinion, args.category, args.note) == (None, None, None) and not (
            args.key or args.not_key):
        return ("没有要修改的内容：请指定 --opinion、--category、--key、--not-key 或 --note。\n"
                "nothing to change: give --opinion, --category, --key, --not-key or --note.")
    return None


def _annotate(args: argparse.Namespace) -> int:
    refusal = _annotate_refusal(args)
    if refusal is not None:
        return fail(refusal)
    with open_desk(args) as desk, desk.together():  # all of it, or nothing if refused
        pid = desk.proposal_id(args.intake_no)
        if args.opinion is not None:
            desk.annotations.set_opinion(pid, args.opinion)
        if args.category is not None:
            desk.annotations.set_category([pid], args.category)
        if args.key or args.not_key:
            desk.annotations.set_key(pid, bool(args.key), args.lead_leader or "",
                                     args.supervise_leader or "")
        if args.note is not None:
            desk.annotations.add_note(pid, args.note, shared=args.shared)
        print("done")
    return 0


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("list", help="list proposals (filters and search combine)")
    add_file(p)
    add_json(p)
    p.add_argument("--status", choices=tuple(STATUS_LABELS))
    p.add_argument("--search", help="text to find (1 character or more; literal)")
    p.add_argument("--category")
    p.add_argument("--sector", help="界别 of any proposer")
    p.add_argument("--unit", help="assigned handling unit (name, short name, code, alias)")
    p.add_argument("--key", action="store_true", help="key-proposal candidates only")
    p.add_argument("--has-notes", action="store_true")
    p.add_argument("--mine", action="store_true", help="only my review group's proposals")
    p.add_argument("--conflicts", action="store_true",
                   help="only proposals with a conflict or a broken review rule")
    p.set_defaults(handler=_list)

    p = sub.add_parser("show", help="show one proposal")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int)
    add_json(p)
    p.set_defaults(handler=_show)

    p = sub.add_parser("decide", help="accept, reject, withdraw or set back to pending")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int, nargs="+")
    p.add_argument("decision", choices=("accept", "reject", "withdraw", "pending"))
    p.add_argument("--reason", help="不予立案理由 (for reject)")
    p.add_argument("--disposition", help="e.g. 转为意见和建议 (for reject)")
    p.add_argument("--remark", default="",
                   help="说明 of a rejection, printed after the reason in the 不予立案告知")
    p.set_defaults(handler=_decide)

    p = sub.add_parser("categorize", help="set the category (类别) of proposals in bulk")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int, nargs="+")
    p.add_argument("--category", required=True, help="the category, by name")
    add_json(p)
    p.set_defaults(handler=_categorize)

    p = sub.add_parser("merge", help="并案: merge proposals into a lead")
    add_file(p)
    p.add_argument("lead", metavar="LEAD_INTAKE_NO", type=int)
    p.add_argument("members", metavar="MEMBER_INTAKE_NO", type=int, nargs="+")
    p.set_defaults(handler=_merge)

    p = sub.add_parser("unmerge", help="take a proposal out of its merge (or --dissolve a lead's)")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int)
    p.add_argument("--dissolve", action="store_true")
    p.set_defaults(handler=_unmerge)

    p = sub.add_parser("assign", help="预交办: assign handling units")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int)
    p.add_argument("--lead", metavar="UNIT", help="主办 unit")
    p.add_argument("--joint", metavar="UNIT", action="append", help="会办 unit (repeat)")
    p.add_argument("--assist", metavar="UNIT", action="append", help="协办 unit (repeat)")
    p.add_argument("--split", metavar="UNIT", nargs="+", help="分办 units")
    p.add_argument("--deadline", help="办理期限 override, YYYY-MM-DD")
    p.set_defaults(handler=_assign)

    p = sub.add_parser("history", help="who did what to a proposal, when, on which device")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int)
    add_json(p)
    p.set_defaults(handler=_history)

    p = sub.add_parser("stats", help="counts by outcome, category, 界别 and unit")
    add_file(p)
    add_json(p)
    p.set_defaults(handler=_stats)

    p = sub.add_parser("units", help="the handling-unit catalogue")
    add_file(p)
    add_json(p)
    p.set_defaults(handler=_units)

    p = sub.add_parser("annotate", help="opinion, category, key mark, notes")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int)
    p.add_argument("--opinion", help="审查意见")
    p.add_argument("--category")
    p.add_argument("--key", action="store_true", help="mark as key-proposal candidate")
    p.add_argument("--not-key", action="store_true", help="remove the key mark")
    p.add_argument("--lead-leader", help="领办 leader")
    p.add_argument("--supervise-leader", help="督办 leader")
    p.add_argument("--note", help="add a note")
    p.add_argument("--shared", action="store_true", help="the note is shared (else private)")
    p.set_defaults(handler=_annotate)
