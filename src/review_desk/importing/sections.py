"""Splitting a proposal's text into 情况分析 / 存在问题 / 具体建议.

Headings come labelled ("情况分析：", "【存在问题】", "二、存在的主要问题") or only numbered
("一、…", "二、…", "三、…"); once a labelled heading is seen, numbered lines below it are
the section's own list, not new sections.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_NUMBER = re.compile(r"^\s*(?:第)?([一二三四五六七八九十]{1,3})\s*(?:[、.．]|部分[、：:\s]?)\s*")
_BRACKET = re.compile(r"^\s*[【\[](.{1,30}?)[】\]]\s*")
_LABEL_END = re.compile(r"[：:]")
_FILLER = re.compile(r"存在的|当前|目前|主要|几点|有关|相关|的|及|和|与")
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
# checked in order: "问题分析" is background, "存在问题" problems, "对策建议" suggestions
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("suggestions", ("具体建议", "对策建议", "意见建议", "几点建议", "建议", "对策", "措施",
                     "办法", "思路")),
    ("background", ("情况分析", "案情分析", "问题分析", "现状分析", "基本情况", "背景", "现状",
                    "情况", "分析", "概述", "缘由", "理由")),
    ("problems", ("存在问题", "存在的问题", "主要问题", "问题", "不足", "困难", "短板", "瓶颈")),
)
SECTION_ORDER = ("background", "problems", "suggestions")
# a line that is only one of these is a heading even without a number or a colon
_BARE = frozenset({"情况分析", "案情分析", "背景", "现状", "基本情况", "情况", "情况说明",
                   "背景情况", "问题分析", "现状分析", "分析", "存在问题", "问题", "具体建议",
                   "建议", "对策建议", "意见建议", "对策", "措施", "措施建议", "建议措施",
                   "对策措施"})
MAX_HEADING = 30


@dataclass(frozen=True)
class Sections:
    """The three parts of a proposal's text; `found` tells whether headings were seen."""

    background: str
    problems: str
    suggestions: str
    found: bool


def _classify(label: str) -> str | None:
    for section, words in _KEYWORDS:
        if any(word in label for word in words):
            return section
    return None


def _pure(label: str) -> bool:
    """Whether a label is only a section's name ("存在的主要问题"), not a descriptive
    heading ("我市养老服务现状") worth keeping in the text."""
    return _FILLER.sub("", label.strip()) in _BARE


def _numeral(text: str) -> int:
    if text == "十":
        return 10
    if "十" in text:
        left, _, right = text.partition("十")
        return _NUMERALS.get(left, 1) * 10 + _NUMERALS.get(right, 0)
    return _NUMERALS.get(text, 0)


@dataclass(frozen=True)
class _Heading:
    number: int | None  # 一、 = 1; None for 【…】 or "label：" headings
    section: str | None  # by its words; None: by position
    pure: bool  # the line is only a section label (drop it from the text)
    after: str  # text following the label on the same line


def _heading(text: str) -> _Heading | None:
    """The heading a (normalised) line is, or None for ordinary text."""
    numbered = _NUMBER.match(text)
    bracket = None if numbered else _BRACKET.match(text)
    if bracket:
        label = bracket.group(1)
        section = _classify(label)
        return _Heading(None, section, section is not None and _pure(label),
                        text[bracket.end():].strip())
    rest = text[numbered.end():] if numbered else text
    label_end = _LABEL_END.search(rest)
    if label_end and label_end.start() <= MAX_HEADING:
        label, after = rest[:label_end.start()].strip(), rest[label_end.end():].strip()
        if not numbered:
            return _Heading(None, _classify(label), True, after) if _pure(label) else None
        section = _classify(label)
        return _Heading(_numeral(numbered.group(1)), section, section is not None and _pure(
            label), after)
    if len(rest) > MAX_HEADING or rest.rstrip().endswith(("。", "；", ";", "，", ",")):
        return None
    if numbered:
        section = _classify(rest)
        return _Heading(_numeral(numbered.group(1)), section, _pure(rest), "")
    if _pure(rest):
        return _Heading(None, _classify(rest), True, "")
    return None


def split_sections(paragraphs: Sequence[str]) -> Sections:
    """The paragraphs (or lines) of a proposal's text split into its three parts."""
    lines = [p.strip() for p in paragraphs if p and p.strip()]
    headings = [_heading(unicodedata.normalize("NFKC", line)) for line in lines]
    numbered = [h for h in headings if h is not None and h.number is not None]
    # numbered lines without section words count as sections only in the familiar shape
    by_position = any(h.section for h in numbered) or len(numbered) == 3
    parts: dict[str, list[str]] = {s: [] for s in SECTION_ORDER}
    current, top, found = "background", 0, False
    for line, heading in zip(lines, headings, strict=True):
        if heading is not None and heading.number is not None:
            if heading.number != top + 1 or not (heading.section or by_position):
                heading = None
            else:
                top = heading.number or top
        if heading is None or (heading.number is None and heading.section is None):
            parts[current].append(line)
            continue
        found = True
        current = heading.section or SECTION_ORDER[min(top - 1, 2)]
        if not heading.pure:
            parts[current].append(line)
        elif heading.after:
            parts[current].append(_after_label(line))
    background, problems, suggestions = ("\n".join(parts[s]) for s in SECTION_ORDER)
    return Sections(background, problems, suggestions, found)


def _after_label(line: str) -> str:
    """The original text after a heading's label ("情况分析：近年来……" -> "近年来……")."""
    for mark in ("：", ":", "】", "]"):
        head, sep, tail = line.partition(mark)
        if sep and len(head) <= MAX_HEADING + 8:
            return tail.strip()
    return line


def split_text(text: str) -> Sections:
    """A text with line breaks split into its three parts."""
    return split_sections(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
