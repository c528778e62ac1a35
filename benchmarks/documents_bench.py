"""Documents benchmark at national scale: 6,000 proposals, 170 handling units.

Builds (once, reused with --session) a demo session reviewed through the public review
commands, then times in child processes (peak memory = the child's max RSS):

* all 交办单 (one .docx per unit + the combined file) through the Word templates;
* all notices (立案通知, 不予立案告知, 交办函: one PDF per recipient + combined files);
* the floor: the same pages drawn with bare python-docx / reportlab calls, no templates,
  no layout grid, no glyph checks, one process — and the ratio.

Targets of the documents issue: 交办单 < 60 s, notices < 60 s, peak < 500 MB. Wall
time depends on what else the machine runs; the CPU seconds (this process and its
workers) do much less, so both are printed.

Last measured (2026-12-01, 2 cores shared with other test runs, load 3.3): notices 40.6 s
wall, 53.8 s CPU, peak 405 MB (559 MB before the font files were mapped instead of read,
`documents/fonts.py`). Of the notices' peak, ~240 MB is the gathered data, the letters and
the fonts before the first file, and ~160 MB the combined 立案通知 file (19,035 pages that
reportlab holds until it saves). Mapping a private copy of each font file instead of the
user's file (`documents/font_copies.py`, 2026-12-02) left the peak as it was: 403 MB
(45.7 s wall, load 2.6), 403 MB before (load 6.6). 交办单 (load 3.9): 24.2 s wall,
15.9 s CPU, peak 326 MB (474 MB, 25.6 s wall, 16.8 s CPU before each Word document was
freed as it was written and the rendered body parsed from UTF-8, `documents/templates.py`);
~115 MB is the program and the gathered data, the rest the combined file (its parsed body
alone ~140 MB).

    python benchmarks/documents_bench.py [--proposals 6000] [--units 170]
        [--session PATH] [--workers N] [--rare-every 50]

Every `--rare-every`-th proposal's first proposer gets a name with a CJK Extension B
character (张𠮷 …), so the notices' per-character font fallback is part of the timing;
the export's fallback summary is printed. The load average is printed beside the figures
(the machine may be shared).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

WHEN = date(2026, 2, 22)
# CJK Extension B characters seen in names: 𠮷 𡒄 𨭉 𤭢
RARE_NAMES = ("张\U00020BB7", "王\U00021484", "李\U00028B49华", "陈\U00024B62")


def with_rare_names(bundle: object, every: int) -> object:
    """The bundle with every `every`-th proposal's first proposer renamed (Extension B)."""
    proposals = list(bundle.proposals)  # type: ignore[attr-defined]
    for n, i in enumerate(range(0, len(proposals) if every else 0, every or 1)):
        p = proposals[i]
        if p.proposers:
            first = dataclasses.replace(p.proposers[0], name=RARE_NAMES[n % len(RARE_NAMES)])
            proposals[i] = dataclasses.replace(p, proposers=(first, *p.proposers[1:]))
    return dataclasses.replace(bundle, proposals=tuple(proposals))  # type: ignore[call-overload]


def build_session(path: Path, proposals: int, units: int, rare_every: int = 0) -> None:
    """A reviewed demo session with `units` handling units."""
    from review_desk.demo.generator import generate_with_plan
    from review_desk.demo.review_script import review_demo, with_units
    from review_desk.desk import Desk

    bundle, plan = generate_with_plan(proposals=proposals, archive=0, seed=1)
    bundle = with_rare_names(bundle, rare_every)  # type: ignore[assignment]
    started = time.perf_counter()
    with Desk.create(path, with_units(bundle, units), reviewer="bench") as desk:
        review_demo(desk, seed=1, same_matter=plan.same_matter)
    print(f"# built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _ours(session: Path, out: Path, what: str, workers: int | None) -> dict[str, int]:
    from review_desk.desk import Desk
    from review_desk.documents.export import ExportOptions, export_documents

    opts = ExportOptions(what=(what,), issue_date=WHEN, workers=workers)
    with Desk.open(session) as desk:
        result = export_documents(desk, out, opts)
    for use in result.fallbacks:
        print(f"# fallback: {use.character} {use.code} in {use.font}, {use.notices} notice(s), "
              f"e.g. {use.example}", file=sys.stderr)
    for missing in result.not_made:
        print(f"# not made: {missing.where}: {missing.reason}", file=sys.stderr)
    return result.counts


def _floor_sheets(session: Path, out: Path) -> dict[str, int]:
    """Bare python-docx: a heading, the cover paragraphs and the table, per unit."""
    from docx import Document

    from review_desk.desk import Desk
    from review_desk.documents.gather import gather_documents

    with Desk.open(session) as desk, desk.store.reading() as conn:
        data = gather_documents(conn)
    out.mkdir(parents=True)

    def fill(doc: object, sheets: list[object]) -> None:
        for sheet in sheets:
            doc.add_paragraph(f"{data.header.meeting}提案交办单")  # type: ignore[attr-defined]
            doc.add_paragraph(f"{sheet.unit.name}：")  # type: ignore[attr-defined]
            doc.add_paragraph("现将提案交由你单位办理。" * 6)  # type: ignore[attr-defined]
            table = doc.add_table(rows=1, cols=8)  # type: ignore[attr-defined]
            for row in sheet.rows:  # type: ignore[attr-defined]
                cells = table.add_row().cells
                case = row.case
                values = (str(row.seq), case.case_no, case.title, case.proposers_label,
                          row.role_label, "、".join(u.labelled for u in row.other_units),
                          str(case.deadline), "是" if case.key else "")
                for cell, value in zip(cells, values, strict=True):
                    cell.text = value

    for sheet in data.sheets:
        doc = Document()
        fill(doc, [sheet])
        doc.save(str(out / f"{sheet.unit.position:03d}.docx"))
    doc = Document()
    fill(doc, list(data.sheets))
    doc.save(str(out / "all.docx"))
    return {"交办单": len(data.sheets) + 1}


def _floor_notices(session: Path, out: Path) -> dict[str, int]:
    """Bare reportlab: the same letters' text, 28 characters a line, drawString."""
    from reportlab.pdfgen.canvas import Canvas

    from review_desk.desk import Desk
    from review_desk.documents.fonts import find_fonts
    from review_desk.documents.gather import gather_documents
    from review_desk.documents.notices import (
        LetterOptions,
        acceptance_letter,
        rejection_letter,
        unit_letter,
    )

    with Desk.open(session) as desk, desk.store.reading() as conn:
        data = gather_documents(conn)
    fonts = find_fonts()
    body, title = fonts.name("fangsong"), fonts.name("xiaobiaosong")
    options = LetterOptions(data.header.issuer, WHEN)
    groups = {
        "立案通知": [acceptance_letter(n, data.header, options) for n in data.acceptance_notices],
        "不予立案告知": [rejection_letter(n, data.header, options)
                   for n in data.rejection_notices],
        "交办函": [unit_letter(s, data.header, options) for s in data.sheets],
    }
    out.mkdir(parents=True)

    def draw(canvas: Canvas, letter: object) -> None:
        y = 700.0
        canvas.setFont(title, 22)
        canvas.drawString(80, 780, data.header.issuer)
        for para in letter.blocks:  # type: ignore[attr-defined]
            canvas.setFont(body, 16)
            for start in range(0, max(len(para.text), 1), 28):
                if y < 80:
                    canvas.showPage()
                    canvas.setFont(body, 16)
                    y = 740.0
                canvas.drawString(80, y, para.text[start:start + 28])
                y -= 29
        canvas.showPage()

    counts = {}
    for kind, letters in groups.items():
        for i, letter in enumerate(letters):
            canvas = Canvas(str(out / f"{kind}{i}.pdf"), invariant=True)
            draw(canvas, letter)
            canvas.save()
        canvas = Canvas(str(out / f"{kind}-all.pdf"), invariant=True)
        for letter in letters:
            draw(canvas, letter)
        canvas.save()
        counts[kind] = len(letters) + 1
    return counts


def child(case: str, session: Path, workers: int | None) -> None:
    """Run one case and print {seconds, peak_mb, counts} as JSON."""
    out = Path(tempfile.mkdtemp(prefix="docbench-")) / "out"
    started = time.perf_counter()
    if case == "sheets":
        counts = _ours(session, out, "sheets", workers)
    elif case == "notices":
        counts = _ours(session, out, "notices", workers)
    elif case == "floor-sheets":
        counts = _floor_sheets(session, out)
    else:
        counts = _floor_notices(session, out)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    print(json.dumps({"seconds": seconds, "cpu": cpu,
                      "peak_mb": max(own.ru_maxrss, kids.ru_maxrss) / 1024, "counts": counts},
                     ensure_ascii=False))


def _run(case: str, session: Path, workers: int | None) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", case, "--session", str(session)]
    if workers:
        command += ["--workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    for line in done.stderr.splitlines():
        if line.startswith("# "):
            print(line, flush=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = os.getloadavg()[0]
    return result


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=6000)
    parser.add_argument("--units", type=int, default=170)
    parser.add_argument("--session", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--child", default=None)
    parser.add_argument("--rare-every", type=int, default=50,
                        help="an Extension B name every N proposals (0: none)")
    parser.add_argument("--only", default=None,
                        help="comma-separated cases to run (sheets, floor-sheets, notices, "
                             "notices-1, floor-notices)")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.session, args.workers)
        return
    session = args.session or Path(tempfile.mkdtemp()) / "national.rdesk"
    if not session.exists():
        build_session(session, args.proposals, args.units, args.rare_every)
    rows = []
    only = set(args.only.split(",")) if args.only else None
    for label, case, key, workers, target in (
            ("交办单 (templates)", "sheets", "sheets", args.workers, 60),
            ("交办单 floor (bare python-docx)", "floor-sheets", "floor-sheets", None, None),
            ("notices (GB/T 9704 letters)", "notices", "notices", args.workers, 60),
            ("notices, one worker", "notices", "notices-1", 1, 60),
            ("notices floor (bare reportlab)", "floor-notices", "floor-notices", None, None)):
        if only is not None and key not in only:
            continue
        result = _run(case, session, workers)
        rows.append((label, result, target))
        print(f"{label:34s} {result['seconds']:7.1f} s wall {result['cpu']:7.1f} s cpu  "
              f"peak {result['peak_mb']:6.0f} MB  load {result['load']:.1f}  "
              f"{'target < ' + str(target) + ' s' if target else ''}  {result['counts']}",
              flush=True)
    by = {label: result for label, result, _ in rows}

    def ratio(ours: str, floor: str) -> float:
        return float(by[ours]["seconds"]) / float(by[floor]["seconds"])  # type: ignore[arg-type]

    if {"交办单 (templates)", "交办单 floor (bare python-docx)"} <= set(by):
        sheets = ratio("交办单 (templates)", "交办单 floor (bare python-docx)")
        print(f"ratio 交办单 / floor: {sheets:.2f}")
    if {"notices, one worker", "notices floor (bare reportlab)"} <= set(by):
        print(f"ratio notices (one worker) / floor: "
              f"{ratio('notices, one worker', 'notices floor (bare reportlab)'):.2f}")


if __name__ == "__main__":
    main()
