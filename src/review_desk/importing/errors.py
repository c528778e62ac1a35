"""Typed errors of the importers: each names the file (and the row when there is one)."""

from __future__ import annotations

from pathlib import Path

from review_desk.errors import ReviewDeskError


class ImportSourceError(ReviewDeskError):
    """A source cannot be read at all; nothing was written."""

    def __init__(self, path: Path | str, message: str, message_zh: str,
                 row: int | str | None = None) -> None:
        where = f"{path}" if row is None else f"{path}, row {row}"
        where_zh = f"{path}" if row is None else f"{path}，第 {row} 行"
        super().__init__(f"{where}: {message}", f"{where_zh}：{message_zh}")
        self.path = Path(path)
        self.row = row


class CorruptContainerError(ImportSourceError):
    """A damaged or truncated zip / OOXML container."""


class EncryptedFileError(ImportSourceError):
    """A password-protected Office file."""


class WrongFileTypeError(ImportSourceError):
    """The file is not what its name or the chosen kind says."""


class ZipBombError(ImportSourceError):
    """A container that expands far beyond its size."""


class SourceEncodingError(ImportSourceError):
    """A text file that does not decode in the chosen or detected encoding."""


class SourceTooLargeError(ImportSourceError):
    """Too many rows, or a value far beyond any real proposal."""


class HeaderError(ImportSourceError):
    """No header row could be found or mapped to the fields."""


class ColumnsNotFoundError(HeaderError):
    """Rows are there but no header names the key columns: a mapping by hand can help
    (unlike an empty source, a missing sheet or a damaged file)."""


class MappingProfileError(ReviewDeskError):
    """A mapping profile that cannot be read or names unknown fields."""


class ImportRefusedError(ReviewDeskError):
    """The plan has rows with errors and the caller did not ask to skip them."""


class ImportCancelledError(ReviewDeskError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was written.", "导入已取消，未写入任何内容。")


class ReportTargetError(ImportSourceError):
    """The report would replace a file that is not an earlier import report."""
