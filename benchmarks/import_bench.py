"""Import benchmark: a 6,000-row workbook and 1,000 Word forms made from the demo
generator, each read, checked and written into a fresh session file.

Prints seconds and peak memory (the measuring child process's max RSS) per case, with
the targets of the importing issue: xlsx < 30 s, docx < 60 s, peak < 500 MB.

    python benchmarks/import_bench.py [--rows 6000] [--forms 1000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
import openpyxl

from review_desk.demo import generate
from review_desk.desk import Desk
from review_desk.importing import apply_plan, context_from_desk, read_source
from review_desk.review.records import ProposalRecord, SessionBundle
from review_desk.review.standard_lists import STANDARD_LISTS

HEADERS = ("序号", "案由", "提案人", "联名人", "界别", "工作单位", "联系电话", "提案类别",
           "提交时间", "情况分析", "存在问题", "具体建议", "建议承办单位")


def _row(number: int, p: ProposalRecord) -> list[object]:
    first = p.proposers[0].name if p.proposers else p.collective_name
    return [number, p.title, first, "、".join(x.name for x in p.proposers[1:]),
            p.proposers[0].sector if p.proposers else "", p.proposers[0].work_unit
            if p.proposers else "", p.proposers[0].phone if p.proposers else "", p.category,
            p.submitted_at.replace("T", " "), p.background, p.problems, p.suggestions,
            "、".join(p.suggested_units)]


def make_workbook(path: Path, proposals: tuple[ProposalRecord, ...]) -> None:
    """The proposals as a submission system's export."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("提案汇总")
    sheet.append(list(HEADERS))
    for number, proposal in enumerate(proposals, start=1):
        sheet.append(_row(number, proposal))
    book.save(path)


def make_forms(folder: Path, proposals: tuple[ProposalRecord, ...]) -> None:
    """Each proposal as a 提案表 .docx."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, p in enumerate(proposals, start=1):
        document = docx.Document()
        document.add_paragraph("政协江川市第十四届委员会第五次会议提案表")
        table = document.add_table(rows=4, cols=4)
        first = p.proposers[0] if p.proposers else None
        pairs = (("案由", p.title, "类别", p.category),
                 ("提案人", first.name if first else p.collective_name, "界别",
                  first.sector if first else ""),
                 ("工作单位", first.work_unit if first else "", "联系电话",
                  first.phone if first else ""),
                 ("提交时间", p.submitted_at[:10], "联名人",
                  "、".join(x.name for x in p.proposers[1:])))
        for row, values in enumerate(pairs):
            for col, value in enumerate(values):
                table.cell(row, col).text = value
        for heading, text in (("一、情况分析", p.background), ("二、存在问题", p.problems),
                              ("三、具体建议", p.suggestions)):
            document.add_paragraph(heading)
            for line in text.split("\n"):
                document.add_paragraph(line)
        document.save(str(folder / f"提案{number:04d}.docx"))


def measure(source: Path, session: Path) -> dict[str, float]:
    """Read, check and write one source into a session; seconds per step, peak MB."""
    started = time.perf_counter()
    with Desk.open(session, reviewer="bench") as desk:
        plan = read_source([source], context=context_from_desk(desk))
        read = time.perf_counter() - started
        result = apply_plan(desk, plan, skip_errors=True)
    total = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    try:  # ru_maxrss survives exec on Linux (the parent's peak); VmHWM is this process's own
        status = Path("/proc/self/status").read_text()
        peak = int(next(line for line in status.splitlines()
                        if line.startswith("VmHWM")).split()[1]) / 1024
    except (OSError, StopIteration):
        pass
    return {"rows": len(plan.rows), "added": result.added, "read_s": read,
            "total_s": total, "peak_mb": peak}


def _child(kind: str, source: Path, session: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--measure", str(source), str(session)],
                         check=True, capture_output=True, text=True).stdout
    return {"kind": kind, **json.loads(out)}  # type: ignore[dict-item]


def main() -> None:
    """Build the fixtures, measure each case in a fresh process, print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=6000)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--measure", nargs=2, metavar=("SOURCE", "SESSION"))
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        bundle = generate(proposals=args.rows, archive=0, seed=7)
        started = time.perf_counter()
        make_workbook(work / "proposals.xlsx", bundle.proposals)
        make_forms(work / "forms", bundle.proposals[:args.forms])
        print(f"fixtures built in {time.perf_counter() - started:.1f} s")
        results = []
        for kind, source, target in (("xlsx", work / "proposals.xlsx", 30.0),
                                     ("docx", work / "forms", 60.0)):
            session = work / f"{kind}.rdesk"
            empty = SessionBundle(info=bundle.info, lists=STANDARD_LISTS, units=bundle.units,
                                  members=bundle.members)
            with Desk.create(session, empty, reviewer="bench"):
                pass
            figures = _child(kind, source, session)
            results.append((figures, target))
    print(f"{'case':<6}{'rows':>7}{'added':>7}{'read s':>9}{'total s':>9}{'target':>8}"
          f"{'peak MB':>9}")
    for figures, target in results:
        print(f"{figures['kind']:<6}{figures['rows']:>7}{figures['added']:>7}"
              f"{figures['read_s']:>9.1f}{figures['total_s']:>9.1f}{target:>8.0f}"
              f"{figures['peak_mb']:>9.0f}")


if __name__ == "__main__":
    main()
