"""Cell values as text: numbers that are really phone numbers, Excel error values, lists
of names or units typed into one cell."""

from __future__ import annotations

import re
from datetime import date, datetime

from review_desk.review.records import PersonRecord

EXCEL_ERRORS = frozenset({"#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A", "#NUM!", "#NULL!",
                          "#SPILL!", "#CALC!", "#GETTING_DATA"})
_LIST_SPLIT = re.compile(r"[、，,；;／/\n\r\t]+|\s{1,}")
_UNIT_SPLIT = re.compile(r"[、，,；;／/\n\r\t]+|\s{2,}")
# control characters (NUL, ESC …) that come with pasted or exported text: never kept (an
# ESC in a title drove the terminal that `review-desk list` printed to)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PAGE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})  # Word's line and page breaks
_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s+")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")
_PAREN = re.compile(r"^(?P<name>[^（(]+?)\s*[（(](?P<note>[^）)]*)[）)]\s*$")


def text_of(value: object) -> str:
    """A cell as text: 13800138000.0 -> "13800138000", dates as ISO, None -> ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds").removesuffix(" 00:00:00")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").translate(_PAGE_BREAKS)
    return _CONTROL.sub("", text).strip()


def one_line(value: object) -> str:
    """A cell as one line of text (titles, names): inner line breaks and runs of spaces
    become a single space, spaces between Chinese characters go."""
    text = text_of(value)
    if not _SPACE.search(text):
        return text
    text = _SPACES.sub(" ", text)
    return _CJK_GAP.sub("", text).strip()


def is_excel_error(value: object) -> bool:
    """Whether a cell holds an Excel error value such as #REF!."""
    return isinstance(value, str) and value.strip() in EXCEL_ERRORS


def split_units(value: object) -> tuple[str, ...]:
    """Unit names typed into one cell ("市民政局、市财政局")."""
    return tuple(u.strip() for u in _UNIT_SPLIT.split(text_of(value)) if u.strip())


def _split_outside_brackets(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(depth - 1, 0)
        if depth == 0 and _LIST_SPLIT.fullmatch(char):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def split_people(value: object) -> list[PersonRecord]:
    """Names typed into one cell ("李四、王五（教育界）"); a short note in brackets is the
    person's 界别, a longer one (or one after a comma) their 工作单位."""
    people: list[PersonRecord] = []
    for part in _split_outside_brackets(text_of(value)):
        match = _PAREN.match(part)
        if not match:
            people.append(PersonRecord(name=part))
            continue
        name = match["name"].strip()
        notes = [n.strip() for n in re.split(r"[，,；;、]", match["note"]) if n.strip()]
        if len(notes) >= 2:
            people.append(PersonRecord(name=name, sector=notes[0], work_unit=notes[1]))
        elif notes and len(notes[0]) <= 10:
            people.append(PersonRecord(name=name, sector=notes[0]))
        else:
            people.append(PersonRecord(name=name, work_unit=notes[0] if notes else ""))
    return people
