"""Checking zip and Office (OOXML) containers before any reader opens them.

Password-protected Office files are not zips at all: Office wraps the encrypted package in
an OLE compound file. Python's zipfile never returns more than a member's declared size
(it fails the CRC instead), so the declared sizes are a safe bound for the bomb check.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from review_desk.importing.errors import (
    CorruptContainerError,
    EncryptedFileError,
    SourceTooLargeError,
    WrongFileTypeError,
    ZipBombError,
)
from review_desk.importing.model import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_RATIO_FLOOR = 1024 * 1024  # small members compress well and harm nobody

_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (OLE_MAGIC, "ole"), (b"%PDF", "pdf"),
    (b"SQLite format 3\x00", "sqlite"), (b"{\\rtf", "rtf"), (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"), (b"7z\xbc\xaf", "7z"),
)


def sniff(head: bytes) -> str:
    """What the first bytes of a file say it is ("zip", "ole", "pdf", "text", …)."""
    if not head:
        return "empty"
    for magic, name in _MAGICS:
        if head.startswith(magic):
            return name
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<?xml")):
        return "markup"
    return "text"


def _read_head(stream: IO[bytes]) -> bytes:
    stream.seek(0)
    head = stream.read(16)
    stream.seek(0)
    return head


def _ole_is_encrypted(stream: IO[bytes]) -> bool:
    stream.seek(0)
    tail = b""
    while chunk := stream.read(1 << 20):
        window = tail + chunk
        if any(mark in window for mark in _ENCRYPTED_MARKS):
            return True
        tail = window[-64:]
    return False


def _wrong_type(display: str, found: str, expected: str) -> WrongFileTypeError:
    hints = {
        "pdf": ("a PDF file", "PDF 文件"),
        "rtf": ("an RTF file", "RTF 文件"),
        "markup": ("an HTML/XML file", "HTML/XML 文件"),
        "text": ("a plain text file", "纯文本文件"),
        "empty": ("empty", "空文件"),
        "sqlite": ("an SQLite database", "SQLite 数据库"),
        "ole": ("an old-format Office file (.doc/.xls)", "旧版 Office 文件（.doc/.xls）"),
    }
    what, what_zh = hints.get(found, (f"a {found} file", f"{found} 文件"))
    return WrongFileTypeError(
        display,
        f"this is {what}, not a {expected} file; save it as {expected} and try again.",
        f"该文件是{what_zh}，不是 {expected} 文件，请另存为 {expected} 后再导入。",
    )


def open_checked_zip(source: Path | IO[bytes], display: str, limits: Limits,
                     expected: str, main_part: str | None = None) -> zipfile.ZipFile:
    """Open a zip (an .xlsx, a .docx or a plain .zip) after every safety check.

    `expected` names the format in messages (".docx", ".xlsx", ".zip"); `main_part` is a
    member an Office file must have (e.g. "word/document.xml").
    """
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
            with source.open("rb") as stream:
                _check_kind(stream, display, expected)
        except OSError as error:
            raise WrongFileTypeError(display, f"cannot be read ({error.strerror}).",
                                     f"无法读取（{error.strerror}）。") from error
        if size > limits.max_file_bytes:
            raise SourceTooLargeError(display, f"the file is {size} bytes, over the cap.",
                                      f"文件大小 {size} 字节，超过上限。")
    else:
        _check_kind(source, display, expected)
        source.seek(0)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise CorruptContainerError(
            display, f"the {expected} container is damaged or truncated ({error}).",
            f"{expected} 文件已损坏或不完整（{error}）。") from error
    try:
        check_members(archive, display, limits, expected, main_part)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_kind(stream: IO[bytes], display: str, expected: str) -> None:
    found = sniff(_read_head(stream))
    if found == "ole" and _ole_is_encrypted(stream):
        raise EncryptedFileError(
            display, "the file is password-protected; remove the password and try again.",
            "文件设有密码保护，请取消密码后再导入。")
    if found != "zip":
        raise _wrong_type(display, found, expected)


def check_members(archive: zipfile.ZipFile, display: str, limits: Limits, expected: str,
                  main_part: str | None) -> None:
    """Refuse zip bombs, encrypted members and Office files without their main part."""
    infos = archive.infolist()
    if len(infos) > limits.max_zip_members:
        raise ZipBombError(display, f"{len(infos)} members is over the cap.",
                           f"压缩包内有 {len(infos)} 个文件，超过上限。")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedFileError(display, "the zip is password-protected.",
                                     "压缩包设有密码保护，请解压后再导入。")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.max_ratio:
            raise ZipBombError(
                display, f"member {info.filename} expands {ratio:.0f} times: refused as a zip "
                "bomb.",
                f"其中的 {info.filename} 解压后膨胀 {ratio:.0f} 倍，疑为压缩炸弹，拒绝导入。")
    if total > limits.max_unzipped_bytes:
        raise ZipBombError(display, f"it expands to {total} bytes, over the cap.",
                           f"解压后共 {total} 字节，超过上限，拒绝导入。")
    if main_part is not None and main_part not in archive.NameToInfo:
        raise WrongFileTypeError(
            display, f"this zip is not a {expected} file (no {main_part}).",
            f"该压缩文件不是 {expected} 文件（缺少 {main_part}）。")


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name, repairing GBK names that Windows zip tools store without a flag."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def docx_members(archive: zipfile.ZipFile, display: str, limits: Limits
                 ) -> Iterator[tuple[str, bytes]]:
    """The .docx files inside a zip, as (name, bytes), in name order; other files skipped."""
    chosen = [(member_name(i), i) for i in archive.infolist()
              if not i.is_dir() and member_name(i).lower().endswith(".docx")
              and not Path(member_name(i)).name.startswith(("~$", "._"))
              and "__MACOSX" not in member_name(i)]
    for name, info in sorted(chosen, key=lambda pair: pair[0]):
        if info.file_size > limits.max_docx_bytes:
            raise SourceTooLargeError(f"{display}/{name}", "the form is over the size cap.",
                                      "该提案表文件超过大小上限。")
        try:
            data = archive.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
            raise CorruptContainerError(
                f"{display}/{name}", f"cannot be extracted ({error}).",
                f"无法解压（{error}），压缩包可能已损坏。") from error
        yield name, data
