"""Typed errors of document export, each carrying what a person needs to act."""

from __future__ import annotations

from pathlib import Path

from review_desk.errors import ReviewDeskError


class DocumentError(ReviewDeskError):
    """Base of every error raised while producing documents."""


class TemplateError(DocumentError):
    """A Word template cannot be used; names the template and the placeholder or tag."""

    def __init__(self, template: str | Path, placeholder: str, problem: str,
                 problem_zh: str) -> None:
        super().__init__(
            f"Template {template}: {problem} ({placeholder})",
            f"模板 {template}：{problem_zh}（{placeholder}）",
        )
        self.template = str(template)
        self.placeholder = placeholder


class FontMissingError(DocumentError):
    """No usable CJK TrueType font was found; says what to install."""


class MissingGlyphError(DocumentError):
    """A character has no glyph in any available font: the PDF would show a gap."""

    def __init__(self, character: str, where: str) -> None:
        code = f"U+{ord(character):04X}"
        super().__init__(
            f"No installed font has the character {character!r} ({code}) needed in {where}; "
            "install a font that has it or set one with --font.",
            f"已安装的字体都没有“{character}”（{code}）这个字，{where} 无法生成；"
            "请安装含该字的字体，或用 --font 指定。",
        )
        self.character = character


class OutputExistsError(DocumentError):
    """Files of the export exist already and overwriting was not asked for."""

    def __init__(self, paths: list[Path]) -> None:
        shown = "\n".join(str(p) for p in paths[:5])
        more = f"\n… (+{len(paths) - 5})" if len(paths) > 5 else ""
        super().__init__(
            f"{len(paths)} output file(s) exist already; nothing was written. Choose another "
            f"folder or pass --overwrite:\n{shown}{more}",
            f"有 {len(paths)} 个输出文件已存在，未写入任何文件。"
            f"请换一个文件夹，或使用 --overwrite：\n{shown}{more}",
        )
        self.paths = paths


class ExportCancelled(DocumentError):
    """The person cancelled the export; files written so far are complete ones."""

    def __init__(self, written: int) -> None:
        super().__init__(
            f"Export cancelled after {written} file(s); each file written is complete.",
            f"导出已取消，已写出 {written} 个文件（均为完整文件）。",
        )
        self.written = written
