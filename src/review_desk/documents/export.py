"""Export every document of a session in one step, with progress and cancel.

Order of work: read the session (one read transaction; nothing is ever written to it),
plan every output path, check the templates and fonts, refuse existing files unless
overwriting was asked — all before the first file is written — then write each file
whole under a temporary name and rename it into place, so a cancelled or failed export
leaves only complete files behind. A notice with a character no installed font has is
left out and listed (`ExportResult.not_made`); characters printed with a fallback font are
named (`ExportResult.fallbacks`). The folder's manifest (`manifest`) records what the
export wrote, so a re-export clears its own stale files and nothing else.

Folder layout (stable order: units in catalogue order, notices in case-number order,
then proposer order):

    交办单/001 市发展和改革委员会.docx …      交办单（全部单位）.docx
    提案目录.docx                              审查情况汇总.docx
    立案通知/第0001号 张三.pdf …               立案通知（合并打印）.pdf
    不予立案告知/流水号12 李四.pdf …           不予立案告知（合并打印）.pdf
    交办函/001 市发展和改革委员会.pdf …        交办函（合并打印）.pdf
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review_desk.documents.errors import ExportCancelled, MissingGlyphError, OutputExistsError
from review_desk.documents.export_report import (
    ExportResult,
    FallbackUse,
    NotMade,
    cleared_warnings,
    fallback_warnings,
    note_fallbacks,
    remark_left_out,
)
from review_desk.documents.filenames import NamePlan
from review_desk.documents.fonts import FontSet, find_fonts
from review_desk.documents.gather import gather_documents, passed_deadlines
from review_desk.documents.letter import Letter, check_letter
from review_desk.documents.manifest import (
    Entry,
    clear_stale,
    read_manifest,
    write_manifest,
)
from review_desk.documents.model import DocumentData, UnitSheet
from review_desk.documents.notices import (
    LetterOptions,
    acceptance_letter,
    load_notice_templates,
    rejection_letter,
    unit_letter,
)
from review_desk.documents.pdf import letters_pdf, subset_seeds, write_atomic
from review_desk.documents.pdf_workers import mp_context, worker_init, worker_write
from review_desk.documents.sample import sample_data
from review_desk.documents.template_builder import CATALOGUE, SHEET, SUMMARY
from review_desk.documents.templates import (
    TemplateSource,
    check_template,
    find_template,
    render,
    uses_field,
)
from review_desk.documents.word import (
    WordOptions,
    catalogue_context,
    sheets_context,
    summary_context,
)
from review_desk.documents.word_finish import finish_word
from review_desk.review.unclassified import check_classified

if TYPE_CHECKING:
    from review_desk.desk import Desk

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]
KINDS = ("sheets", "catalogue", "summary", "notices")
SHEETS_DIR = "交办单"
ACCEPT_DIR = "立案通知"
REJECT_DIR = "不予立案告知"
UNIT_LETTER_DIR = "交办函"
COMBINED = "（合并打印）"
_PARALLEL_FROM = 300  # letters; below this one process is quicker than starting workers
_BATCH = 150


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how."""

    what: tuple[str, ...] = ("all",)
    units: tuple[str, ...] = ()  # limits the 交办单 and 交办函 to these units
    overwrite: bool = False
    templates: Path | None = None  # the user templates folder (default: platformdirs)
    fonts: Mapping[str, str] = field(default_factory=dict)  # role -> font file
    issuer: str | None = None  # default: 政协…委员会提案委员会
    issue_date: date | None = None  # default: today
    adjust_window: str = "5个工作日"
    workers: int | None = None  # processes for the PDFs; None: one per CPU (at most 4)

    def kinds(self) -> tuple[str, ...]:
        """The document kinds asked for, in export order."""
        if "all" in self.what:
            return KINDS
        unknown = [w for w in self.what if w not in KINDS]
        if unknown:
            raise ValueError(f"unknown document kind {unknown[0]!r}")
        return tuple(k for k in KINDS if k in self.what)


@dataclass
class _Job:
    """One output file: Word bytes to render or letters to draw."""

    stage: str
    path: Path
    # the template and what builds its context, when the file is written (not all at once)
    word: tuple[TemplateSource, Callable[[], dict[str, Any]]] | None = None
    letters: list[Letter] = field(default_factory=list)
    title: str = ""
    seeds: dict[str, str] = field(default_factory=dict)  # shared font subsets (pdf.py)
    kind: str = "notices"  # the document kind (the manifest's scope)
    unit: str | None = None  # the unit whose own file this is


class _Plan:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.names = NamePlan()
        self.jobs: list[_Job] = []
        self.fallbacks: list[FallbackUse] = []
        self.not_made: list[NotMade] = []
        self.warnings: list[str] = []

    def add(self, job: _Job) -> None:
        self.jobs.append(job)

    def path(self, sub: str, name: str, suffix: str) -> Path:
        return self.names.path(self.folder / sub if sub else self.folder, name, suffix)


def _unit_stem(sheet: UnitSheet) -> str:
    """001 市发展和改革委员会: catalogue position first, so files sort as the catalogue
    and a unit's file keeps its name whichever units are exported."""
    return f"{sheet.unit.position + 1:03d} {sheet.unit.name}"


def _plan_word(plan: _Plan, data: DocumentData, kinds: Sequence[str], options: ExportOptions,
               word: WordOptions) -> None:
    sample = sample_data()
    meeting = data.header.meeting
    if "sheets" in kinds and data.sheets:
        source = find_template(SHEET, options.templates)
        check_template(source, sheets_context(sample.header, sample.sheets, word))
        for sheet in data.sheets:
            plan.add(_Job("交办单", plan.path(SHEETS_DIR, _unit_stem(sheet), ".docx"),
                          (source, functools.partial(sheets_context, data.header, [sheet],
                                                     word)),
                          title=f"{meeting}提案交办单（{sheet.unit.name}）",
                          kind="sheets", unit=sheet.unit.unit_id))
        everyone = "全部单位" if not options.units else "所选单位"
        plan.add(_Job("交办单", plan.path("", f"交办单（{everyone}）", ".docx"),
                      (source, functools.partial(sheets_context, data.header, data.sheets,
                                                 word)),
                      title=f"{meeting}提案交办单（{everyone}）", kind="sheets"))
    if "catalogue" in kinds:
        source = find_template(CATALOGUE, options.templates)
        check_template(source, catalogue_context(sample, word))
        plan.add(_Job("提案目录", plan.path("", "提案目录", ".docx"),
                      (source, functools.partial(catalogue_context, data, word)),
                      title=f"{meeting}提案目录",
                      kind="catalogue"))
    if "summary" in kinds:
        source = find_template(SUMMARY, options.templates)
        check_template(source, summary_context(sample, word))
        remarks = sum(1 for item in data.summary.not_accepted if item.remark)
        if remarks and not uses_field(source, "说明"):
            plan.warnings.append(remark_left_out(
                source, "行.说明", f"审查情况汇总中{remarks}件不予立案提案的说明没有列出", remarks))
        plan.add(_Job("审查情况汇总", plan.path("", "审查情况汇总", ".docx"),
                      (source, functools.partial(summary_context, data, word)),
                      title=f"{meeting}提案审查情况汇总", kind="summary"))


def _plan_notices(plan: _Plan, data: DocumentData, letter_options: LetterOptions,
                  templates: Path | None, fonts: FontSet) -> None:
    header = data.header
    wording = load_notice_templates(templates)
    plan.warnings.extend(wording.unused)
    remarks = sum(1 for n in data.rejection_notices if n.item.remark)
    if remarks and not uses_field(wording.rejection.source, "说明"):
        plan.warnings.append(remark_left_out(
            wording.rejection.source, "件.说明", f"{remarks}份不予立案告知中审查人写的说明没有印出",
            remarks))
    groups: list[tuple[str, list[tuple[str, Letter, str | None]]]] = [
        (ACCEPT_DIR, [(f"{n.case.label} {n.recipient.name}",
                       acceptance_letter(n, header, letter_options, wording), None)
                      for n in data.acceptance_notices]),
        (REJECT_DIR, [(f"流水号{n.item.intake_no} {n.recipient.name}",
                       rejection_letter(n, header, letter_options, wording), None)
                      for n in data.rejection_notices]),
        (UNIT_LETTER_DIR, [(_unit_stem(sheet),
                            unit_letter(sheet, header, letter_options, wording),
                            sheet.unit.unit_id)
                           for sheet in data.sheets]),
    ]
    uses: dict[str, list[str]] = {}
    for folder, planned in groups:
        letters = []
        for stem, letter, unit in planned:
            path = plan.path(folder, stem, ".pdf")
            try:
                check_letter(letter, fonts)
            except MissingGlyphError as error:
                plan.not_made.append(NotMade(letter.where, path, error.message_zh))
                continue
            note_fallbacks(letter, fonts, uses)
            letters.append((path, letter, unit))
        if not letters:
            continue
        # one-page notices by the thousand: share their common characters' subset
        seeds = (subset_seeds((letter for _, letter, _ in letters), fonts)
                 if folder != UNIT_LETTER_DIR and len(letters) >= _PARALLEL_FROM else {})
        for path, letter, unit in letters:
            plan.add(_Job(folder, path, letters=[letter], title=letter.where, seeds=seeds,
                          unit=unit))
        plan.add(_Job(folder, plan.path("", folder + COMBINED, ".pdf"),
                      letters=[letter for _, letter, _ in letters], title=folder + COMBINED))
    plan.fallbacks = [FallbackUse(ch, fonts.fallbacks[ch], len(where), where[0])
                      for ch, where in sorted(uses.items())]


class _Runner:
    """Writes the jobs, reporting progress and honouring cancel between files."""

    def __init__(self, result: ExportResult, progress: Progress, cancel: Cancel) -> None:
        self.result = result
        self.progress = progress
        self.cancel = cancel
        self.done: dict[str, int] = {}
        self.totals: dict[str, int] = {}
        self.written: dict[Path, tuple[_Job, str]] = {}  # path -> (job, sha256)
        self.started = datetime.now(UTC).replace(microsecond=0)

    def _step(self, stage: str, n: int = 1) -> None:
        self.done[stage] = self.done.get(stage, 0) + n
        self.progress(stage, self.done[stage], self.totals[stage])

    def _check(self) -> None:
        if self.cancel():
            raise ExportCancelled(len(self.result.files))

    def run(self, jobs: list[_Job], fonts: FontSet | None, issuer: str,
            options: ExportOptions) -> None:
        for job in jobs:
            self.totals[job.stage] = self.totals.get(job.stage, 0) + 1
        for stage in self.totals:
            self.progress(stage, 0, self.totals[stage])
        singles = [j for j in jobs if j.letters and len(j.letters) == 1]
        workers = options.workers or min(os.cpu_count() or 1, 4)
        parallel = fonts is not None and workers > 1 and len(singles) >= _PARALLEL_FROM
        pool: ProcessPoolExecutor | None = None
        pending: dict[Future[list[str]], list[_Job]] = {}
        try:
            if parallel:
                pool = ProcessPoolExecutor(workers, mp_context=mp_context(),
                                           initializer=worker_init,
                                           initargs=(dict(options.fonts),))
                for stage in dict.fromkeys(j.stage for j in singles):
                    mine = [j for j in singles if j.stage == stage]
                    for start in range(0, len(mine), _BATCH):
                        batch = mine[start:start + _BATCH]
                        payload = [(j.path, j.letters, j.title) for j in batch]
                        pending[pool.submit(worker_write, payload, issuer,
                                            batch[0].seeds)] = batch
            local = [j for j in jobs if not (parallel and j.letters and len(j.letters) == 1)]
            for job in local:
                self._check()
                self._write(job, fonts, issuer)
                self._collect(pending, block=False)
            while pending:
                self._check()
                self._collect(pending, block=True)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _collect(self, pending: dict[Future[list[str]], list[_Job]], block: bool) -> None:
        if not pending:
            return
        finished, _ = wait(list(pending), timeout=0.5 if block else 0,
                           return_when=FIRST_COMPLETED)
        for future in finished:
            batch = pending.pop(future)
            digests = future.result()
            for job, sha in zip(batch, digests, strict=True):
                self.result.files.append(job.path)
                self.written[job.path] = (job, sha)
            self._step(batch[0].stage, len(batch))

    def _write(self, job: _Job, fonts: FontSet | None, issuer: str) -> None:
        if job.word is not None:
            source, context = job.word
            data = render(source, context(), functools.partial(
                finish_word, title=job.title, author=issuer, when=self.started))
        else:
            assert fonts is not None
            data = letters_pdf(job.letters, fonts, issuer, job.title, job.seeds,
                               combined=len(job.letters) > 1)
        self.written[job.path] = (job, write_atomic(job.path, data))
        self.result.files.append(job.path)
        self._step(job.stage)


def export_data(data: DocumentData, folder: Path, options: ExportOptions | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None
                ) -> ExportResult:
    """Write the documents of already gathered data into `folder`."""
    options = options or ExportOptions()
    kinds = options.kinds()
    issuer = options.issuer or data.header.issuer
    when = options.issue_date or date.today()
    word = WordOptions(issuer, when, options.adjust_window)
    letters = LetterOptions(issuer, when, options.adjust_window)
    result = ExportResult(folder)
    plan = _Plan(folder)
    _plan_word(plan, data, kinds, options, word)
    fonts: FontSet | None = None
    if "notices" in kinds:
        fonts = find_fonts(options.fonts)
        _plan_notices(plan, data, letters, options.templates, fonts)
    existing = [job.path for job in plan.jobs if job.path.exists()]
    if existing and not options.overwrite:
        raise OutputExistsError(existing)
    for job in plan.jobs:
        result.counts[job.stage] = result.counts.get(job.stage, 0) + 1
    result.fallbacks = plan.fallbacks
    result.not_made = plan.not_made
    # what a person must act on first (a window shows the first few): notices not made,
    # fallback characters, then the template, data and font remarks
    urgent = fallback_warnings(plan.fallbacks, plan.not_made)
    result.warnings.extend(urgent)
    result.warnings.extend(plan.warnings)
    result.warnings.extend(data.warnings)
    late = passed_deadlines(data.cases, when)
    if late:
        result.warnings.append(late)
    result.warnings.extend(fonts.warnings if fonts is not None else ())
    manifest = read_manifest(folder)
    runner = _Runner(result, progress or (lambda _s, _d, _t: None), cancel or (lambda: False))
    try:
        runner.run(plan.jobs, fonts, issuer, options)
        current = {job.path.relative_to(folder).as_posix() for job in plan.jobs}
        units = {unit_id for unit_id in (s.unit.unit_id for s in data.sheets)} \
            if options.units else None
        result.cleared = clear_stale(folder, manifest, current, kinds, units)
        result.warnings[len(urgent):len(urgent)] = cleared_warnings(folder, result.cleared)
    finally:
        for path, (job, sha) in runner.written.items():
            manifest[path.relative_to(folder).as_posix()] = Entry(sha, job.kind, job.unit)
        if runner.written or result.cleared.removed or result.cleared.moved:
            write_manifest(folder, manifest)
    return result


def export_documents(desk: Desk, folder: Path | str, options: ExportOptions | None = None,
                     progress: Progress | None = None, cancel: Cancel | None = None
                     ) -> ExportResult:
    """Read the session and write the documents asked for into `folder`."""
    options = options or ExportOptions()
    with desk.store.reading() as conn:
        check_classified(conn, "exporting the documents", "导出文书")
        data = gather_documents(conn, options.units or None)
    return export_data(data, Path(folder), options, progress, cancel)
