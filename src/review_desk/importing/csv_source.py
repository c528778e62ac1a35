"""CSV files: the encoding detected (UTF-8 with or without BOM, UTF-16 with BOM, else
GB18030, the superset of GBK and GB2312) or chosen, and the delimiter sniffed."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from review_desk.importing.containers import sniff
from review_desk.importing.errors import (
    SourceEncodingError,
    SourceTooLargeError,
    WrongFileTypeError,
)
from review_desk.importing.model import Limits

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "utf8": "utf-8",
            "utf-8": "utf-8-sig", "ansi": "gb18030"}
# a row may hold several fields at the text cap; far beyond that is not a proposal list
_FIELD_LIMIT = 16 * 1024 * 1024


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, display: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the encoding used; a typed error naming the line when it
    does not decode."""
    if encoding:
        chosen = _ALIASES.get(encoding.lower().replace("_", "-"), encoding)
        try:
            codecs.lookup(chosen)
        except LookupError as error:
            raise SourceEncodingError(display, f"unknown encoding {encoding!r}.",
                                      f"未知的编码“{encoding}”。") from error
        candidates = [chosen]
    else:
        candidates = [name for bom, name in _BOMS if data.startswith(bom)] or [
            "utf-8", "gb18030"]
    failure: UnicodeDecodeError | None = None
    for name in candidates:
        try:
            return data.decode(name), name
        except UnicodeDecodeError as error:
            failure = failure or error
            if name == "utf-8" and not encoding:
                _refuse_mixed(data, display)
    assert failure is not None
    line = _line_of(data, failure.start)
    tried = encoding or " / ".join(candidates)
    raise SourceEncodingError(
        display,
        f"line {line} is not valid {tried}; choose the file's encoding (e.g. --encoding gbk).",
        f"第 {line} 行无法按 {tried} 解码，请指定文件编码（例如 --encoding gbk）。",
        row=None)


def _refuse_mixed(data: bytes, display: str) -> None:
    """GB18030 decodes almost any bytes, so a file mixing UTF-8 and GBK lines would turn
    into nonsense silently: refuse it, naming a line of each."""
    utf8_line = bad_line = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if sum(b > 0x7F for b in line[:64]) < 3:
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
        except UnicodeDecodeError:
            bad_line = bad_line or number
        if utf8_line and bad_line:
            raise SourceEncodingError(
                display, f"mixed encodings: line {utf8_line} is UTF-8 but line {bad_line} is "
                "not; save the whole file in one encoding.",
                f"编码混杂：第 {utf8_line} 行是 UTF-8，第 {bad_line} 行不是，请统一编码后另存。")


def read_csv(path: Path, limits: Limits, encoding: str | None = None
             ) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    """The encoding used and the rows as (line number, cells)."""
    display = str(path)
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise SourceTooLargeError(display, f"the file is {size} bytes, over the cap.",
                                  f"文件大小 {size} 字节，超过上限。")
    data = path.read_bytes()
    kind = sniff(data[:16])
    if kind not in ("text", "empty") and not data.startswith(tuple(b for b, _ in _BOMS)):
        raise WrongFileTypeError(display, f"this is not a CSV text file (it looks like {kind}).",
                                 f"该文件不是 CSV 文本文件（看起来是 {kind}）。")
    text, used = decode(data, display, encoding)
    del data
    text = text.lstrip("\ufeff")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    return used, _rows(text, dialect, display)


def _rows(text: str, dialect: type[csv.Dialect] | csv.Dialect, display: str
          ) -> Iterator[tuple[int, list[str]]]:
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise SourceTooLargeError(display, f"malformed or oversized field ({error}).",
                                          f"字段格式错误或过大（{error}）。",
                                          row=line) from error
            yield line, cells
    finally:
        csv.field_size_limit(previous)
