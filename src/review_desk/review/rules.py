"""The review rules as invariants of the file: what `review-desk check` lists.

Each command refuses to break these rules on the laptop where it runs; a merge of
several reviewers' work can still break them (two reviewers each give case 15 a
主办 unit). So the rules are checked on the file's state after every merge, and each
violation is listed beside the field conflicts, with the values and who made them,
until a person resolves it (`review.rule_fixes`). Finding violations never writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

from review_desk.models.values import CLOSED, MODE_ROLES
from review_desk.review.final_numbers import final_numbers_kept
from review_desk.review.rule_state import (
    MODE_WORDS,
    ROLE_WORDS,
    STATUS_WORDS,
    Assigned,
    ChangeRef,
    Option,
    Proposal,
    ReviewState,
    Violation,
    dedupe,
    head,
    latest,
    option,
    read_state,
)

Finder = Callable[[Connection, ReviewState], list[Violation]]


@dataclass(frozen=True)
class Rule:
    """A review rule: its name, its words and how to find where it is broken."""

    name: str
    en: str
    zh: str
    find: Finder


def _unit_ref(conn: Connection, a: Assigned) -> ChangeRef | None:
    return latest(head(conn, "assignment", a.id, "role"), head(conn, "assignment", a.id,
                                                                "present"))


def one_lead(conn: Connection, state: ReviewState) -> list[Violation]:
    """At most one 主办 unit in 主办+会办 mode."""
    out = []
    for pid, assigned in sorted(state.units.items()):
        p = state.proposals.get(pid)
        leads = [a for a in assigned if a.role == "lead"]
        if p is None or p.mode != "lead" or len(leads) < 2:
            continue
        names = "、".join(a.unit for a in leads)
        picks = [(option(_unit_ref(conn, a), f"{a.unit}（主办）", a.id), a) for a in leads]
        out.append(Violation(
            "one_lead", "proposal", pid,
            f"{state.label(pid)} has {len(leads)} lead units (主办): {names}; keep one.",
            f"{state.label_zh(pid)} 有 {len(leads)} 个主办单位（{names}），只能保留一个。",
            dedupe([o for o, _ in picks]), {"pick": {o.id: a.unit_id for o, a in picks}}))
    return out


def roles_fit_mode(conn: Connection, state: ReviewState) -> list[Violation]:
    """Every unit's role belongs to the proposal's handling mode (主办+会办 or 分办)."""
    out = []
    for pid, assigned in sorted(state.units.items()):
        p = state.proposals.get(pid)
        if p is None:
            continue
        wrong = [a for a in assigned if a.role not in MODE_ROLES[p.mode]]
        if not wrong:
            continue
        mode_ref = head(conn, "proposal", pid, "handling_mode")
        options = [option(mode_ref, MODE_WORDS[p.mode], f"mode:{pid}")]
        options += [option(_unit_ref(conn, a), f"{a.unit}（{ROLE_WORDS[a.role]}）", a.id)
                    for a in wrong]
        out.append(Violation(
            "roles_fit_mode", "proposal", pid,
            f"{state.label(pid)} is handled in {p.mode} mode but "
            f"{'、'.join(a.unit for a in wrong)} has a role of the other mode.",
            f"{state.label_zh(pid)} 的办理方式为{MODE_WORDS[p.mode]}，但"
            f"{'、'.join(a.unit for a in wrong)}的承办角色属于另一种方式。",
            dedupe(options), {"keep_mode": options[0].id}))
    return out


def merged_has_lead(conn: Connection, state: ReviewState) -> list[Violation]:
    """A proposal is 并案 exactly when it points to the lead it was merged into."""
    out = []
    for pid, p in sorted(state.proposals.items()):
        if (p.status == "merged") == (p.merged_into is not None):
            continue
        status_ref = head(conn, "proposal", pid, "status")
        into_ref = head(conn, "proposal", pid, "merged_into")
        into = (f"并入 {state.label_zh(p.merged_into)}" if p.merged_into else "不属于任何并案")
        out.append(Violation(
            "merged_has_lead", "proposal", pid,
            f"{state.label(pid)} is {p.status} but "
            + (f"merged into {state.label(p.merged_into)}." if p.merged_into
               else "belongs to no merge group."),
            f"{state.label_zh(pid)} 的审查结果为{STATUS_WORDS[p.status]}，但{into}。",
            dedupe([option(status_ref, STATUS_WORDS[p.status], f"status:{pid}"),
                     option(into_ref, into, f"into:{pid}")])))
    return out


def lead_not_merged(conn: Connection, state: ReviewState) -> list[Violation]:
    """The lead of a merge group is not itself merged into another (no chains, no cycles)."""
    out = []
    for pid, p in sorted(state.proposals.items()):
        lead = state.proposals.get(p.merged_into) if p.merged_into else None
        if lead is None or (lead.merged_into is None and lead.id != pid):
            continue
        def link(member: str, into: str) -> tuple[Option, str]:
            return option(head(conn, "proposal", member, "merged_into"),
                          f"{state.label_zh(member)} 并入 {state.label_zh(into)}",
                          f"into:{member}"), member

        links = [link(pid, lead.id)]
        if lead.merged_into is not None and lead.id != pid:
            links.append(link(lead.id, lead.merged_into))
        out.append(Violation(
            "lead_not_merged", "proposal", pid,
            f"{state.label(pid)} is merged into {state.label(lead.id)}, which is itself "
            "merged; choose which merge stands.",
            f"{state.label_zh(pid)} 并入了 {state.label_zh(lead.id)}，而后者本身也已并入其他提案"
            "（并案不能成链或成环），请选择保留哪一项并案。",
            dedupe([o for o, _ in links]), {"links": {o.id: x for o, x in links}}))
    return out


def lead_is_open(conn: Connection, state: ReviewState) -> list[Violation]:
    """A merge group's lead is pending or accepted, never rejected or withdrawn."""
    out = []
    for pid, p in sorted(state.proposals.items()):
        members = state.members(pid)
        if p.status not in CLOSED or not members:
            continue
        options = [option(head(conn, "proposal", pid, "status"), STATUS_WORDS[p.status],
                          f"status:{pid}")]
        options += [option(head(conn, "proposal", m.id, "merged_into"),
                           f"{state.label_zh(m.id)} 并入 {state.label_zh(pid)}", f"into:{m.id}")
                    for m in members]
        out.append(Violation(
            "lead_is_open", "proposal", pid,
            f"{state.label(pid)} is {p.status} but leads a merge group of {len(members)}.",
            f"{state.label_zh(pid)} 为{STATUS_WORDS[p.status]}，却是 {len(members)} 件被并提案"
            "的主并提案。",
            dedupe(options)))
    return out


def member_has_no_units(conn: Connection, state: ReviewState) -> list[Violation]:
    """A merged proposal has no units of its own: its assignment follows the lead."""
    out = []
    for pid, assigned in sorted(state.units.items()):
        p = state.proposals.get(pid)
        if p is None or p.merged_into is None or not assigned:
            continue
        options = [option(head(conn, "proposal", pid, "merged_into"),
                          f"并入 {state.label_zh(p.merged_into)}", f"into:{pid}")]
        options += [option(_unit_ref(conn, a), f"{a.unit}（{ROLE_WORDS[a.role]}）", a.id)
                    for a in assigned]
        out.append(Violation(
            "member_has_no_units", "proposal", pid,
            f"{state.label(pid)} is merged into {state.label(p.merged_into)} but has "
            "handling units of its own.",
            f"{state.label_zh(pid)} 已并入 {state.label_zh(p.merged_into)}，却仍有自己的承办单位"
            "（被并提案的交办随主并提案）。",
            dedupe(options)))
    return out


def rejected_has_reason(conn: Connection, state: ReviewState) -> list[Violation]:
    """A proposal not accepted (不予立案) carries its reason."""
    out = []
    for pid, p in sorted(state.proposals.items()):
        if p.status != "rejected" or p.reason_id is not None:
            continue
        out.append(Violation(
            "rejected_has_reason", "proposal", pid,
            f"{state.label(pid)} is not accepted but has no reason; give one, or take the "
            "other reviewer's outcome.",
            f"{state.label_zh(pid)} 为不予立案，但没有理由；请填写理由，或采用另一方的审查结果。",
            dedupe([option(head(conn, "proposal", pid, "status"), "不予立案",
                            f"status:{pid}"),
                     option(head(conn, "proposal", pid, "reason_id"), "（无理由）",
                            f"reason:{pid}")])))
    return out


def number_once(conn: Connection, state: ReviewState) -> list[Violation]:
    """No case number (提案号) is given twice."""
    holders: dict[int, list[Proposal]] = defaultdict(list)
    for p in state.proposals.values():
        if p.case_no is not None:
            holders[p.case_no].append(p)
    out = []
    for n, found in sorted(holders.items()):
        if len(found) < 2:
            continue
        found.sort(key=lambda p: p.intake_no)
        first = found[0].id
        picks = [(option(head(conn, "proposal", p.id, "case_no"),
                         f"{state.number(n)} → {state.label_zh(p.id)}", f"number:{p.id}"), p.id)
                 for p in found]
        out.append(Violation(
            "number_once", "proposal", first,
            f"{state.number(n)} is given to {len(found)} proposals; keep it for one (the "
            "others get the next free numbers).",
            f"{state.number(n)} 同时给了 {len(found)} 件提案；请保留给其中一件（其余取下一个"
            "空号）。",
            dedupe([o for o, _ in picks]), {"pick": {o.id: pid for o, pid in picks}}))
    return out


def number_only_for_cases(conn: Connection, state: ReviewState) -> list[Violation]:
    """Only accepted cases and their merged members carry a case number."""
    out = []
    for pid, p in sorted(state.proposals.items()):
        if p.case_no is None or p.status in ("accepted", "merged"):
            continue
        out.append(Violation(
            "number_only_for_cases", "proposal", pid,
            f"{state.label(pid)} is {p.status} but holds {state.number(p.case_no)}.",
            f"{state.label_zh(pid)} 为{STATUS_WORDS[p.status]}，却有提案号 "
            f"{state.number(p.case_no)}。",
            dedupe([option(head(conn, "proposal", pid, "case_no"), state.number(p.case_no),
                            f"number:{pid}"),
                     option(head(conn, "proposal", pid, "status"), STATUS_WORDS[p.status],
                            f"status:{pid}")])))
    return out


RULES: tuple[Rule, ...] = (
    Rule("one_lead", "one lead unit (主办) in 主办+会办 mode", "主办+会办方式下只有一个主办单位",
         one_lead),
    Rule("roles_fit_mode", "unit roles belong to the handling mode",
         "承办角色与办理方式（主办+会办 / 分办）一致", roles_fit_mode),
    Rule("merged_has_lead", "a 并案 proposal points to its lead, and only it does",
         "被并提案指向其主并提案，未并案的提案不指向任何提案", merged_has_lead),
    Rule("lead_not_merged", "a merge group's lead is not itself merged (no chains or cycles)",
         "主并提案本身不能再并入其他提案（不成链、不成环）", lead_not_merged),
    Rule("lead_is_open", "a merge group's lead is not rejected or withdrawn",
         "主并提案不能是不予立案或撤案", lead_is_open),
    Rule("member_has_no_units", "a merged proposal has no units of its own",
         "被并提案没有自己的承办单位", member_has_no_units),
    Rule("rejected_has_reason", "a proposal not accepted has a reason",
         "不予立案须有理由", rejected_has_reason),
    Rule("number_once", "no case number is given twice", "提案号不重复", number_once),
    Rule("number_only_for_cases", "only accepted cases and their members hold a case number",
         "只有立案（含被并）提案有提案号", number_only_for_cases),
    Rule("final_numbers_kept", "once numbering is final, numbered cases keep their number "
         "and outcome", "提案号最终确定后，已编号提案的提案号和审查结果不再改变",
         final_numbers_kept),
)


def violations(conn: Connection, state: ReviewState | None = None) -> list[Violation]:
    """Every rule the file breaks, rule by rule."""
    current = state or read_state(conn)
    return [v for rule in RULES for v in rule.find(conn, current)]


def rule_named(name: str) -> Rule:
    """The rule with this name."""
    return next(r for r in RULES if r.name == name)
