"""Writing a plan into the session: one import command through the journal, all or
nothing, duplicates checked again against the session as it is now."""

from __future__ import annotations

from dataclasses import dataclass

from review_desk.desk import Desk
from review_desk.importing.checks import SessionContext, context_from_desk, norm_key, proposal_key
from review_desk.importing.errors import ImportRefusedError
from review_desk.importing.lists_source import LIST_KIND
from review_desk.importing.model import NO_CANCEL, CancelToken, ImportPlan, Progress, no_progress
from review_desk.importing.plan import target_of
from review_desk.review.bundle_import import ImportSummary
from review_desk.review.journal import Changed
from review_desk.review.records import (
    ArchiveCaseRecord,
    MasterLists,
    MemberRecord,
    ProposalRecord,
    SessionBundle,
    UnitRecord,
)


@dataclass(frozen=True)
class ApplyResult:
    """What applying a plan did."""

    changed: Changed | None  # None when there was nothing to add
    summary: ImportSummary | None
    added: int  # records written (proposals, members, units, cases or list entries)
    skipped_now: int  # found in the session only at apply time (applied twice, synced)


def _refuse(plan: ImportPlan) -> ImportRefusedError:
    bad = [r for r in plan.rows if r.severity == "error"]
    first = bad[0]
    issue = next(i for i in first.issues if i.severity == "error")
    return ImportRefusedError(
        f"{len(bad)} rows have errors (first: {first.source} row {first.row}: {issue.message});"
        " fix them, or import skipping them.",
        f"有 {len(bad)} 行存在错误（首个：{first.source} 第 {first.row} 行：{issue.message_zh}），"
        "请修正后再导入，或选择跳过错误行。")


def _fresh(records: list[object], context: SessionContext) -> list[object]:
    out: list[object] = []
    for record in records:
        if isinstance(record, ProposalRecord) and proposal_key(record) in context.proposal_keys:
            continue
        if isinstance(record, MemberRecord) and record.name in context.members:
            continue
        if isinstance(record, UnitRecord) and {record.name, record.code} & context.unit_names:
            continue
        if isinstance(record, ArchiveCaseRecord) and (
                record.session_label, record.case_no, norm_key(record.title)
        ) in context.archive_keys:
            continue
        out.append(record)
    return out


def apply_plan(desk: Desk, plan: ImportPlan, *, skip_errors: bool = False,
               progress: Progress | None = None, cancel: CancelToken | None = None
               ) -> ApplyResult:
    """Write the plan's rows that are ready (no error, not a duplicate) as one import.

    Refuses (ImportRefusedError, nothing written) when rows have errors unless
    `skip_errors`; a cancel during the write rolls the whole import back.
    """
    if plan.has_errors and not skip_errors:
        raise _refuse(plan)
    report = progress or no_progress
    token = cancel or NO_CANCEL
    token.check()
    context = context_from_desk(desk)
    wanted: list[object] = [r.record for r in plan.rows if r.will_add]
    records = _fresh(wanted, context)
    target = target_of(plan.kind)
    lists = MasterLists()
    if target == "lists":
        lists = MasterLists(**{
            name: tuple(v for v in getattr(plan.lists, name)
                        if v not in context.list_names.get(kind, frozenset()))
            for name, kind in LIST_KIND.items()})
    list_entries = sum(len(getattr(lists, k)) for k in ("categories", "sectors", "reasons",
                                                          "dispositions"))
    if not records and not list_entries:
        return ApplyResult(None, None, 0, len(wanted) - len(records))
    bundle = SessionBundle(
        info=context.info, lists=lists,
        units=tuple(r for r in records if isinstance(r, UnitRecord)),
        members=tuple(r for r in records if isinstance(r, MemberRecord)),
        proposals=tuple(r for r in records if isinstance(r, ProposalRecord)),
        archive=tuple(r for r in records if isinstance(r, ArchiveCaseRecord)))

    def guarded(stage: str, done: int, total: int) -> None:
        if stage != "done":
            token.check()  # raising inside the import's transaction rolls it back
        report(stage, done, total)

    changed = desk.importer.import_bundle(bundle, guarded)
    return ApplyResult(changed, desk.importer.last_summary, len(records) + list_entries,
                       len(wanted) - len(records))
