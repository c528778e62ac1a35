"""What an export made and could not: its result, fallback characters and warning texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from review_desk.documents.fonts import FontSet
from review_desk.documents.letter import Letter, letter_texts
from review_desk.documents.manifest import Cleared
from review_desk.documents.templates import TemplateSource


@dataclass(frozen=True)
class FallbackUse:
    """A character printed with a font other than its role's (e.g. 𠮷 in HanaMinB)."""

    character: str
    font: str
    notices: int  # how many notices print it
    example: str  # the first of them

    @property
    def code(self) -> str:
        """U+20BB7."""
        return f"U+{ord(self.character):04X}"


@dataclass(frozen=True)
class NotMade:
    """A notice that could not be made, and why."""

    where: str
    path: Path
    reason: str


@dataclass
class ExportResult:
    """What an export wrote, and what it could not."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    fallbacks: list[FallbackUse] = field(default_factory=list)
    not_made: list[NotMade] = field(default_factory=list)
    cleared: Cleared = field(default_factory=Cleared)



def remark_left_out(source: TemplateSource, placeholder: str, left_out: str,
                     count: int) -> str:
    """The warning for a template (a clerk's older copy) that never prints the 说明."""
    return (f"模板 {source.origin} 没有用到 {{{{ {placeholder} }}}}：{left_out}。"
            f" / Template {source.origin} does not use "
            f"{{{{ {placeholder} }}}}: {count} reviewer remark(s) left out "
            f"(说明).")


def note_fallbacks(letter: Letter, fonts: FontSet, uses: dict[str, list[str]]) -> None:
    """Remember which of the letter's characters print in a fallback font."""
    if not fonts.fallbacks:
        return
    rare = set(fonts.fallbacks)
    found: set[str] = set()
    for _role, text in letter_texts(letter):
        if not rare.isdisjoint(text):
            found.update(rare.intersection(text))
    for ch in found:
        uses.setdefault(ch, []).append(letter.where)



def fallback_warnings(fallbacks: list[FallbackUse], not_made: list[NotMade]) -> list[str]:
    """The warnings for fallback characters, then for the notices not made."""
    out = []
    for use in fallbacks:
        out.append(f"“{use.character}”（{use.code}）用 {use.font} 字体印出，见于 {use.notices} 份"
                   f"通知（如 {use.example}）。 / {use.character} ({use.code}) printed with "
                   f"the fallback font {use.font} in {use.notices} notice(s).")
    for missing in not_made:
        out.append(f"未生成 not made: {missing.where}（{missing.path.name}）：{missing.reason}")
    return out


def cleared_warnings(folder: Path, cleared: Cleared) -> list[str]:
    """The warnings for stale files a re-export removed or moved aside."""
    out = []
    for path in cleared.removed:
        out.append(f"删除了上次导出、已不再适用的文件 removed stale file: "
                   f"{path.relative_to(folder).as_posix()}")
    for path, target in cleared.moved:
        out.append(f"上次导出的文件已不再适用且被改动过，已移到 moved aside (changed since "
                   f"exported): {path.relative_to(folder).as_posix()} → "
                   f"{target.relative_to(folder).as_posix()}")
    return out
