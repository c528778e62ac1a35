"""The plain data of an import: options, per-row reports, the plan, cancelling."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from review_desk.importing.errors import ImportCancelledError
from review_desk.review.bundle_import import Progress
from review_desk.review.records import (
    ArchiveCaseRecord,
    MasterLists,
    MemberRecord,
    ProposalRecord,
    UnitRecord,
)

SourceKind = Literal["xlsx", "csv", "docx", "sqlite", "members", "units", "lists", "archive"]
SOURCE_KINDS: tuple[str, ...] = ("xlsx", "csv", "docx", "sqlite", "members", "units", "lists",
                                 "archive")
PROPOSAL_KINDS = frozenset({"xlsx", "csv", "docx", "sqlite"})
Severity = Literal["ok", "warning", "error"]
Record = ProposalRecord | MemberRecord | UnitRecord | ArchiveCaseRecord

__all__ = ["Progress"]


@dataclass(frozen=True)
class Limits:
    """Caps that refuse hostile or broken input before it costs memory."""

    max_rows: int = 200_000
    max_text_chars: int = 30_000  # one text field of one proposal; real ones are ~1,500
    max_file_bytes: int = 512 * 1024 * 1024  # a spreadsheet, CSV or SQLite file
    max_docx_bytes: int = 64 * 1024 * 1024  # one Word form, uncompressed
    max_unzipped_bytes: int = 1024 * 1024 * 1024  # a whole container, uncompressed
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB
    max_zip_members: int = 20_000


@dataclass(frozen=True)
class ImportOptions:
    """How to read the sources."""

    encoding: str | None = None  # CSV: None detects UTF-8 (BOM or not) or GB18030
    mapping: dict[str, str] = field(default_factory=dict)  # header -> field, wins over guesses
    sheet: str | None = None  # xlsx: the sheet to read (default: the first with a header)
    table: str | None = None  # sqlite: the table or view to read
    default_category: str | None = None  # for rows without a category
    year: int | None = None  # for dates typed without a year
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class Issue:
    """One thing wrong (or worth a look) with a row."""

    severity: Severity
    code: str  # stable, e.g. "missing_title", "unknown_sector", "duplicate"
    message: str
    message_zh: str
    field: str = ""


@dataclass
class RowReport:
    """What the dry run found for one row, form or list entry."""

    source: str  # the file (and the member inside a zip)
    row: str  # the row number, or the form's file name
    title: str = ""  # 案由, member or unit name: what a person recognises
    proposer: str = ""
    record: Record | None = None
    issues: list[Issue] = field(default_factory=list)
    duplicate: bool = False  # already in the session or earlier in the sources

    @property
    def severity(self) -> Severity:
        """The worst issue's severity."""
        levels = {i.severity for i in self.issues}
        if "error" in levels:
            return "error"
        return "warning" if "warning" in levels or self.duplicate else "ok"

    @property
    def will_add(self) -> bool:
        """Whether applying the plan adds this row."""
        return self.record is not None and not self.duplicate and self.severity != "error"

    def add(self, severity: Severity, code: str, message: str, message_zh: str,
            fld: str = "") -> None:
        """Record an issue."""
        self.issues.append(Issue(severity, code, message, message_zh, fld))


@dataclass
class ImportPlan:
    """The result of reading sources: every row with its report, nothing written yet."""

    kind: SourceKind
    sources: tuple[Path, ...]
    rows: list[RowReport] = field(default_factory=list)
    lists: MasterLists = field(default_factory=MasterLists)
    mappings: dict[str, dict[str, str]] = field(default_factory=dict)  # source -> header->field
    notes: list[str] = field(default_factory=list)  # source-level remarks (sheet chosen …)

    def counts(self) -> dict[str, int]:
        """Rows by outcome: ok, warning, error, duplicate, and to_add."""
        tally = Counter(r.severity for r in self.rows if not r.duplicate)
        return {"rows": len(self.rows), "ok": tally["ok"], "warning": tally["warning"],
                "error": tally["error"], "duplicate": sum(r.duplicate for r in self.rows),
                "to_add": sum(r.will_add for r in self.rows)}

    @property
    def has_errors(self) -> bool:
        """Whether any row has an error."""
        return any(r.severity == "error" for r in self.rows)


class CancelToken:
    """Set from any thread; the import checks it between rows."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the running import to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise ImportCancelledError when cancelled."""
        if self._event.is_set():
            raise ImportCancelledError()


NO_CANCEL = CancelToken()


def no_progress(_stage: str, _done: int, _total: int) -> None:
    """A progress callback that shows nothing."""
