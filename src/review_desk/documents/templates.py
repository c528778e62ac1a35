"""Word templates the secretariat edits in Word: finding, checking and rendering them.

Why docxtpl: it builds on python-docx and takes a real .docx written in Word as the
template, with Jinja tags typed as ordinary text — ``{{ 件.案由 }}`` for a value,
``{%tr for 件 in 单.提案 %}`` on a table row to repeat it, ``{%p if … %}`` to keep a
paragraph conditionally. Word's styles, letterhead, fonts, page setup and footers stay
exactly as the secretariat made them, and docxtpl mends tags that Word splits across
runs. The alternatives were worse fits: mail merge fields (MERGEFIELD) cannot repeat
table rows without a mail-merge engine; python-docx alone would put the wording in code,
out of the secretariat's reach; an .odt/LibreOffice pipeline needs LibreOffice at run
time on every laptop.

Placeholders are Chinese (``会议``, ``单.单位``, ``件.提案号`` …, listed in
PLACEHOLDERS.md beside the defaults). A template is checked before anything is written:
a broken loop or condition, an unknown placeholder or an unknown field raises
`TemplateError` naming the template and the placeholder.

Lookup: a template of the same file name in the user templates folder (the `templates`
argument, else `<user data dir>/templates`) overrides the default shipped in the
package (`review_desk/resources/templates/`, read through importlib.resources so it
works from a wheel or a frozen app).
"""

from __future__ import annotations

import contextlib
import gc
import io
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta
import jinja2.nodes
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from platformdirs import user_data_dir

from review_desk.documents.errors import TemplateError

APP_NAME = "review-desk"
_TAG = re.compile(r"\{%-?\s*(?:(tr|tc|p|r)\s+)?(\w+)(.*?)-?%\}", re.DOTALL)
_OPENERS = {"for": "endfor", "if": "endif"}
_UNDEFINED = re.compile(r"'([^']+)' is undefined")
_NO_ATTR = re.compile(r"has no attribute '([^']+)'")


def user_templates_folder() -> Path:
    """Where the secretariat's own templates live (overriding the defaults)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "templates"


def default_template_bytes(name: str) -> bytes:
    """A default template shipped with the package."""
    ref = resources.files("review_desk").joinpath("resources", "templates", name)
    return ref.read_bytes()


@dataclass(frozen=True)
class TemplateSource:
    """A template's bytes and where they came from (for messages)."""

    name: str
    origin: str  # a file path, or "default:<name>"
    data: bytes


def find_template(name: str, folder: Path | None = None) -> TemplateSource:
    """The user's template of this name if there is one, else the default."""
    user = (folder or user_templates_folder()) / name
    if user.is_file():
        return TemplateSource(name, str(user), user.read_bytes())
    return TemplateSource(name, f"{name}（默认模板 default）", default_template_bytes(name))


class _Environment(jinja2.Environment):
    """Strict (an unknown name is an error, never an empty cell), escaping, and
    compiling each distinct template text once: rendering 170 交办单 from one template
    compiles its XML once instead of 170 times."""

    def __init__(self) -> None:
        super().__init__(undefined=jinja2.StrictUndefined, autoescape=True)
        self._compiled: dict[str, jinja2.Template] = {}

    def from_string(self, source: str | jinja2.nodes.Template,
                    globals: MutableMapping[str, Any] | None = None,
                    template_class: type[jinja2.Template] | None = None) -> jinja2.Template:
        if not isinstance(source, str) or globals or template_class:
            return super().from_string(source, globals, template_class)
        found = self._compiled.get(source)
        if found is None:
            if len(self._compiled) > 64:
                self._compiled.clear()
            found = self._compiled[source] = super().from_string(source)
        return found


_ENV: _Environment | None = None


def _environment() -> _Environment:
    global _ENV
    if _ENV is None:
        _ENV = _Environment()
    return _ENV


def _tags(xml: str) -> list[tuple[str, str, str]]:
    """The {% %} tags of a template's XML as typed in Word: (flavour, keyword, text)."""
    plain = re.sub(r"<[^>]+>", "", xml)
    return [(m.group(1) or "", m.group(2), re.sub(r"\s+", " ", m.group(0)))
            for m in _TAG.finditer(plain)]


def _closer(flavour: str, opener: str) -> str:
    """The end tag an opener needs: {%tr endfor %}, {% endif %} …"""
    return "{%" + (f"{flavour} " if flavour else " ") + _OPENERS[opener] + " %}"


def _check_nesting(source: TemplateSource, xml: str) -> None:
    """Every {% for %} / {% if %} closed by its end tag of the same kind ({%tr for %} by
    {%tr endfor %} …), reported with the tag as the secretariat typed it."""
    stack: list[tuple[str, str, str]] = []
    for flavour, word, tag in _tags(xml):
        if word in _OPENERS:
            stack.append((flavour, word, tag))
        elif word in ("endfor", "endif"):
            if stack and (_OPENERS[stack[-1][1]], stack[-1][0]) != (word, flavour):
                open_flavour, opener, open_tag = stack[-1]
                closing = _closer(open_flavour, opener)
                raise TemplateError(source.origin, open_tag,
                                    f"'{open_tag}' is never closed with {closing}",
                                    f"“{open_tag}”缺少对应的结束标记 {closing}")
            if not stack:
                raise TemplateError(source.origin, tag,
                                    f"'{tag}' closes nothing (a loop or condition is broken)",
                                    f"“{tag}”前面没有对应的开始标记（循环或条件不完整）")
            stack.pop()
    if stack:
        flavour, word, tag = stack[-1]
        closing = _closer(flavour, word)
        raise TemplateError(source.origin, tag, f"'{tag}' is never closed with {closing}",
                            f"“{tag}”缺少对应的结束标记 {closing}")


_OPENING = re.compile(r"\{\{|\{%")


def _check_braces(source: TemplateSource, xml: str) -> None:
    """Every {{ closed by }} and every {% by %} before the next tag opens: docxtpl would
    otherwise swallow the text up to some later tag without a word."""
    plain = re.sub(r"<[^>]+>", "", xml)
    opens = [m.start() for m in _OPENING.finditer(plain)] + [len(plain)]
    for start, following in itertools.pairwise(opens):
        closing = "}}" if plain[start + 1] == "{" else "%}"
        if closing not in plain[start:following]:
            tag = plain[start:min(following, start + 40)].strip()
            raise TemplateError(source.origin, tag, f"'{tag}' is not closed with {closing}",
                                f"“{tag}”缺少结束符号 {closing}")


@contextlib.contextmanager
def _cycles_freed() -> Iterator[None]:
    """Free, when the block ends, the reference cycles it made.

    A python-docx document is a web of cycles (its parts and its package refer to each
    other; each save leaves a closure holding every part), so its parsed XML — 140 MB for
    the national combined 交办单 — waits for a full garbage collection, and those come
    seldom: 171 交办单 piled up about 180 MB. A full collection costs ~150 ms a file with a
    session's data loaded, so what was alive before the block is set aside (`gc.freeze`)
    and only what the block made is examined. Not nested: an inner block (or one on
    another thread) unfreezes the outer one's objects, whose collection is then a full
    one — slower, still correct."""
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()


def _xml_parts(source: TemplateSource) -> list[tuple[str, str]]:
    """The body, headers and footers as typed and as docxtpl patches them for Jinja."""
    with _cycles_freed():
        return _read_parts(source)


def _read_parts(source: TemplateSource) -> list[tuple[str, str]]:
    template = load(source)
    template.init_docx()
    parts = [template.get_xml()]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _key, part in template.get_headers_footers(uri):
            parts.append(template.get_part_xml(part))
    return [(raw, template.patch_xml(raw)) for raw in parts]


class _Template(DocxTemplate):  # type: ignore[misc]
    """docxtpl's template, handing the rendered body to the XML parser as UTF-8 bytes:
    a third of the text's size for Chinese (a whole national 交办单 is 52 MB of text once
    a name has a character beyond the BMP, 15 MB of UTF-8), and the text is freed before
    the parse instead of living beside the parsed tree."""

    def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> bytes:
        return str(super().build_xml(context, jinja_env)).encode("utf-8")


def load(source: TemplateSource) -> DocxTemplate:
    """The template as docxtpl reads it; `TemplateError` if it is not a .docx file."""
    try:
        return _Template(io.BytesIO(source.data))
    except Exception as error:  # a damaged or non-docx file
        raise TemplateError(source.origin, source.name, f"not a Word .docx file ({error})",
                            f"不是有效的 Word .docx 文件（{error}）") from error


def check_template(source: TemplateSource, sample: Mapping[str, Any]) -> None:
    """Refuse a template with broken tags or placeholders the sample context lacks."""
    env = _environment()
    for raw, xml in _xml_parts(source):
        _check_nesting(source, raw)
        _check_braces(source, raw)
        try:
            ast = env.parse(xml)
        except jinja2.TemplateSyntaxError as error:
            raise TemplateError(source.origin, _near(xml, error.lineno),
                                f"a tag cannot be read ({error.message})",
                                f"标记无法识别（{error.message}）") from error
        for name in sorted(jinja2.meta.find_undeclared_variables(ast)):
            if name not in sample and name not in ("loop",):
                raise TemplateError(source.origin, name, "unknown placeholder", "未知的占位符")
    render(source, sample)


def uses_field(source: TemplateSource, field: str) -> bool:
    """Whether any tag of the template reads `field` of something (``{{ 件.说明 }}``,
    ``{% if 行.说明 %}`` …): a clerk's copy made before a field existed does not."""
    env = _environment()
    for _raw, xml in _xml_parts(source):
        ast = env.parse(xml)
        if any(node.attr == field for node in ast.find_all(jinja2.nodes.Getattr)):
            return True
    return False


def _near(xml: str, lineno: int | None) -> str:
    if not lineno:
        return "?"
    lines = xml.splitlines()
    text = re.sub(r"<[^>]+>", "", lines[lineno - 1] if lineno <= len(lines) else "")
    return text.strip()[:60] or "?"


def render(source: TemplateSource, context: Mapping[str, Any],
           finish: Callable[[Any], None] | None = None) -> bytes:
    """Render a template with `context` (then `finish` the python-docx document); the
    .docx bytes."""
    with _cycles_freed():
        return _render(source, context, finish)


def _render(source: TemplateSource, context: Mapping[str, Any],
            finish: Callable[[Any], None] | None) -> bytes:
    template = load(source)
    with render_errors(source):
        template.render(dict(context), _environment(), autoescape=True)
    if finish is not None:
        finish(template.docx)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


@contextlib.contextmanager
def render_errors(source: TemplateSource) -> Iterator[None]:
    """Turn Jinja's errors while compiling or rendering into `TemplateError`s naming the
    template and the placeholder."""
    try:
        yield
    except jinja2.UndefinedError as error:
        message = str(error.message or error)
        found = _NO_ATTR.search(message) or _UNDEFINED.search(message)
        name = found.group(1) if found else message
        raise TemplateError(source.origin, name, "unknown placeholder or field",
                            "未知的占位符或字段") from error
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(source.origin, str(error.message), "a tag cannot be read",
                            "标记无法识别") from error
    except jinja2.TemplateError as error:
        raise TemplateError(source.origin, str(error), "the template cannot be rendered",
                            "模板无法生成文档") from error
