"""Reading one Word proposal form (.docx) into fields.

Two layouts are common: the 提案表 (a table of 案由 / 提案人 / 界别 / 工作单位 / 联系电话 rows,
the text in a cell or below the table) and free-form documents (a title, "提案人：…" lines,
then sections). Joint proposers come as a table (姓名 / 界别 / 工作单位 …) or as a line.

Only word/document.xml is parsed, through python-docx's XML classes: loading the whole
package (styles, numbering, theme) costs ten times as much and a form needs none of it.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import IO, Any

from docx.document import Document
from docx.oxml import parse_xml
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from review_desk.importing.cells import split_people
from review_desk.importing.containers import open_checked_zip
from review_desk.importing.dates import parse_date
from review_desk.importing.errors import CorruptContainerError, SourceTooLargeError
from review_desk.importing.fields import PROPOSAL_FIELDS, guess_field, map_headers
from review_desk.importing.model import Limits
from review_desk.importing.sections import Sections, split_sections
from review_desk.review.records import PersonRecord

TEXT_FIELDS = frozenset({"body", "background", "problems", "suggestions"})
# fields a "label：value" line outside the text may set
META_FIELDS = frozenset(PROPOSAL_FIELDS) - TEXT_FIELDS
PERSON_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "联名人", "附议人", "联名提案人", "联名人姓名", "附议人姓名", "委员姓名",
             "提案人", "提案人姓名"),
    "sector": ("界别", "所属界别"),
    "work_unit": ("工作单位", "单位", "工作单位及职务", "单位及职务", "单位职务", "职务"),
    "address": ("通讯地址", "地址", "联系地址"),
    "phone": ("联系电话", "电话", "手机", "联系方式"),
    "signature": ("签名", "本人签名", "签字", "联名人签名", "附议人签名"),
}
_LABEL = re.compile(r"^\s*([^：:]{1,12}?)\s*[：:]\s*(.*)$", re.S)
_TITLE = re.compile(r"^(关于.{2,80}|.{4,60}的)(提案|建议)$")
_SEGMENTS = re.compile(r"\s{2,}|\u3000+|\t+")
_COSIGNER_FIELDS = frozenset({"cosigners"})


@dataclass
class FormFields:
    """What a form says, before it becomes a record."""

    values: dict[str, object] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)  # the proposal's text, line by line
    people: list[PersonRecord] = field(default_factory=list)  # from proposer tables
    sections: dict[str, list[str]] = field(default_factory=dict)  # labelled text cells

    def set(self, name: str, value: object) -> None:
        """Keep the first value a field gets."""
        if value not in (None, "") and name not in self.values:
            self.values[name] = value

    def as_values(self) -> tuple[dict[str, object], bool]:
        """Field -> value for the record builder, and whether sections were found."""
        out = dict(self.values)
        if self.people:
            out["_people"] = list(self.people)
        body = self.sections.pop("body", [])
        found = True
        if self.sections:
            parts = {k: "\n".join(v) for k, v in self.sections.items()}
            extra = split_sections([*body, *self.text]) if body or self.text else None
            sections = Sections(
                "\n".join(t for t in (parts.get("background", ""),
                                      extra.background if extra else "") if t),
                parts.get("problems", "") or (extra.problems if extra else ""),
                parts.get("suggestions", "") or (extra.suggestions if extra else ""), True)
        else:
            sections = split_sections([*body, *self.text])
            found = sections.found
        out["_sections"] = sections
        return out, found


def _lines(paragraphs: list[Paragraph]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(paragraph.text.split("\n"))
    return [line.strip() for line in lines if line.strip()]


def _label(text: str) -> tuple[str | None, str]:
    """(field, inline value) for a label cell such as "案由" or "案由：关于……"."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None, ""
    found = guess_field(folded, PROPOSAL_FIELDS, exact_only=True)
    if found:
        return found, ""
    match = _LABEL.match(text.strip())
    if match:
        found = guess_field(match.group(1), PROPOSAL_FIELDS, exact_only=True)
        if found:
            return found, match.group(2).strip()
    return None, ""


def _unique_cells(cells: list[_Cell]) -> list[_Cell]:
    out: list[_Cell] = []
    for cell in cells:
        if not out or cell._tc is not out[-1]._tc:
            out.append(cell)
    return out


def _people_header(texts: list[str]) -> dict[int, str] | None:
    nonblank = [t for t in texts if t]
    mapped = map_headers(texts, PERSON_FIELDS)
    # every cell a heading (one stray allowed in wide tables): "提案人 | 某委员会 | 界别 | "
    # is a form row, not the head of a table of people
    loose = len(mapped) >= 4 and len(mapped) >= len(nonblank) - 1
    if "name" in mapped.values() and len(mapped) >= 2 and (len(mapped) == len(nonblank)
                                                           or loose):
        return mapped
    return None


def _person(texts: list[str], header: dict[int, str]) -> PersonRecord | None:
    got = {f: texts[i] for i, f in header.items() if i < len(texts)}
    name = got.get("name", "").strip()
    if not name or _label(name)[0] is not None:
        return None
    return PersonRecord(name=name, sector=got.get("sector", ""),
                        work_unit=got.get("work_unit", ""), address=got.get("address", ""),
                        phone=got.get("phone", ""))


def _read_table(table: Table, form: FormFields) -> None:
    people_header: dict[int, str] | None = None
    pending: str | None = None
    for row in table.rows:
        cells = _unique_cells(list(row.cells))
        texts = [c.text.strip() for c in cells]
        if not any(texts):
            continue
        if pending and len(cells) == 1 and _label(texts[0])[0] is None:
            _assign(form, pending, cells[0])
            pending = None
            continue
        pending = None
        header = _people_header(texts)
        if header:
            people_header = header
            continue
        if people_header is not None:
            person = _person(texts, people_header)
            if person is not None:
                form.people.append(person)
                continue
            people_header = None
        pending, used = _read_row(cells, texts, form)
        for index, cell in enumerate(cells):
            if index not in used:
                for inner in cell.tables:
                    _read_table(inner, form)


def _read_row(cells: list[_Cell], texts: list[str], form: FormFields
              ) -> tuple[str | None, set[int]]:
    """Label/value pairs of one row: a label whose value is on the next row, and the
    cells read as values."""
    index = 0
    pending: str | None = None
    used: set[int] = set()
    while index < len(cells):
        name, inline = _label(texts[index])
        if name is None:
            index += 1
            continue
        if inline and name in TEXT_FIELDS:
            form.sections.setdefault(name, []).append(inline)
        elif inline:
            form.set(name, inline)
        elif index + 1 < len(cells) and _label(texts[index + 1])[0] is None:
            _assign(form, name, cells[index + 1])
            used.add(index + 1)
            index += 1
        elif index == len(cells) - 1:
            pending = name
        index += 1
    return pending, used


def _assign(form: FormFields, name: str, cell: _Cell) -> None:
    if name in TEXT_FIELDS:
        form.sections.setdefault(name, []).extend(_lines(cell.paragraphs))
        return
    people_header = None
    for inner in cell.tables:  # a nested table of co-signers
        for row in inner.rows:
            texts = [c.text.strip() for c in _unique_cells(list(row.cells))]
            header = _people_header(texts)
            if header:
                people_header = header
            elif people_header is not None:
                person = _person(texts, people_header)
                if person is not None:
                    form.people.append(person)
    text = "\n".join(p.text for p in cell.paragraphs).strip()
    if name == "cosigners" and people_header is None:
        form.people.extend(split_people(text))
    elif name != "cosigners":
        form.set(name, text)


def _read_labels(line: str, form: FormFields) -> bool:
    """Read "提案人：张三　界别：经济界" lines; False when the line is not one."""
    found: list[tuple[str, str]] = []
    for segment in _SEGMENTS.split(line):
        match = _LABEL.match(segment)
        name = guess_field(match.group(1), PROPOSAL_FIELDS, exact_only=True) if match else None
        if match and name in META_FIELDS:
            found.append((name, match.group(2).strip()))
        elif found:
            name, value = found[-1]
            found[-1] = (name, f"{value} {segment}".strip())
        else:
            return False
    for name, value in found:
        if name == "cosigners":
            form.people.extend(split_people(value))
        elif value:
            form.set(name, value)
    return bool(found)


def _read_paragraph(text: str, style: str, form: FormFields, state: dict[str, Any]) -> None:
    stripped = text.strip()
    if not stripped:
        return
    if len(stripped) <= 160 and _read_labels(stripped, form):
        return
    if guess_field(stripped, PROPOSAL_FIELDS, exact_only=True) in META_FIELDS:
        return  # a label alone ("联名提案人") heading the table below it
    folded = unicodedata.normalize("NFKC", stripped)
    if "title" not in form.values and (_TITLE.match(folded) or style.lower() == "title"):
        form.set("title", stripped)
        state["title_seen"] = True
        return
    if len(stripped) <= 20 and parse_date(stripped) is not None and state["title_seen"]:
        form.set("submitted_at", stripped)
        return
    if state["title_seen"] or "title" in form.values:
        form.text.extend(line.strip() for line in text.split("\n") if line.strip())


def read_form_xml(xml: bytes) -> tuple[dict[str, object], bool]:
    """The fields of one form's word/document.xml, and whether text sections were found."""
    document = Document(parse_xml(xml), None)  # type: ignore[arg-type]
    form = FormFields()
    state: dict[str, Any] = {"title_seen": False}
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            _read_table(block, form)
            state["title_seen"] = state["title_seen"] or "title" in form.values
        else:
            _read_paragraph(block.text, block._p.style or "", form, state)
    return form.as_values()


def read_form(source: IO[bytes] | Any, display: str, limits: Limits
              ) -> tuple[dict[str, object], bool]:
    """Check a .docx container (bombs, passwords, wrong type) and read its form."""
    with open_checked_zip(source, display, limits, ".docx", "word/document.xml") as archive:
        info = archive.getinfo("word/document.xml")
        if info.file_size > limits.max_docx_bytes:
            raise SourceTooLargeError(display, "the document is over the size cap.",
                                      "文档超过大小上限。")
        try:
            xml = archive.read(info)
            return read_form_xml(xml)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise CorruptContainerError(display, f"the document is damaged ({error}).",
                                        f"文档已损坏（{error}）。") from error
        except Exception as error:  # lxml's syntax errors and python-docx's own
            raise CorruptContainerError(display, f"the document cannot be read ({error}).",
                                        f"文档无法读取（{error}）。") from error
