"""Importing what the office has: spreadsheets, CSV, Word proposal forms, another SQLite
file, master lists and the archive.

Two steps, for the CLI and the import wizard alike::

    context = context_from_desk(desk)
    plan = read_source(paths, kind, options, context, progress, cancel)  # writes nothing
    write_report(plan, "检查.xlsx")                                      # optional
    result = apply_plan(desk, plan, skip_errors=False, progress=progress, cancel=cancel)
"""

from review_desk.importing.apply import ApplyResult, apply_plan
from review_desk.importing.checks import SessionContext, context_from_desk
from review_desk.importing.errors import (
    CorruptContainerError,
    EncryptedFileError,
    HeaderError,
    ImportCancelledError,
    ImportRefusedError,
    ImportSourceError,
    MappingProfileError,
    ReportTargetError,
    SourceEncodingError,
    SourceTooLargeError,
    WrongFileTypeError,
    ZipBombError,
)
from review_desk.importing.fields import FIELDS_BY_KIND
from review_desk.importing.model import (
    SOURCE_KINDS,
    CancelToken,
    ImportOptions,
    ImportPlan,
    Issue,
    Limits,
    Progress,
    RowReport,
    SourceKind,
)
from review_desk.importing.plan import detect_kind, read_source, target_of
from review_desk.importing.profiles import (
    MappingProfile,
    list_profiles,
    load_profile,
    profiles_dir,
    save_profile,
)
from review_desk.importing.report import plan_summary, write_report

__all__ = [
    "FIELDS_BY_KIND", "SOURCE_KINDS", "ApplyResult", "CancelToken", "CorruptContainerError",
    "EncryptedFileError", "HeaderError", "ImportCancelledError", "ImportOptions", "ImportPlan",
    "ImportRefusedError", "ImportSourceError", "Issue", "Limits", "MappingProfile",
    "MappingProfileError", "Progress", "ReportTargetError", "RowReport", "SessionContext",
    "SourceEncodingError",
    "SourceKind", "SourceTooLargeError", "WrongFileTypeError", "ZipBombError", "apply_plan",
    "context_from_desk", "detect_kind", "list_profiles", "load_profile", "plan_summary",
    "profiles_dir", "read_source", "save_profile", "target_of", "write_report",
]
