"""Every visible string has a zh_CN translation with the same placeholders, the .qm the
app loads match the .ts, and Qt's own dialogs speak Chinese."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations"
PLACEHOLDER = re.compile(r"%(?:n|L?\d)")


def messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every message."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out.append((name, m.findtext("source") or "", forms, tr.get("type")))
    return out


def test_every_zh_string_translated_with_same_placeholders() -> None:
    found = messages(TS / "review_desk_zh_CN.ts")
    assert len(found) > 150
    for context, source, forms, kind in found:
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source)
        for form in forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                context, source, form)


def test_ts_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds nothing the .ts lacks."""
    copy = tmp_path / "zh.ts"
    shutil.copy(TS / "review_desk_zh_CN.ts", copy)
    sys.path.insert(0, str(TS))
    try:
        import build  # translations/build.py
    finally:
        sys.path.pop(0)
    build.update(copy, "zh_CN")
    missing = [(c, s) for c, s, _f, kind in messages(copy) if kind == "unfinished"]
    assert missing == [], "run python translations/build.py and translate these"


def test_qm_files_match_the_ts(qapp) -> None:  # type: ignore[no-untyped-def]
    """The committed .qm translate every message of its .ts (checked build step)."""
    result = subprocess.run([sys.executable, str(TS / "build.py"), "--check"],
                            capture_output=True, text=True, check=False)
    stale_bytes = result.returncode != 0
    for language in ("zh_CN", "en"):
        translator = QTranslator()
        qm = ROOT / "src" / "review_desk" / "ui" / "i18n" / f"review_desk_{language}.qm"
        assert translator.load(str(qm)), qm
        for context, source, forms, _kind in messages(TS / f"review_desk_{language}.ts"):
            got = translator.translate(context, source, None, 1 if "%n" in source else -1)
            assert got == forms[0], (language, context, source, got)
    # same Qt version: byte-identical too; another version may lay the bytes out otherwise
    assert not stale_bytes or "stale" in result.stderr


def test_qt_own_dialogs_in_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    from review_desk.ui.i18n import install_translators

    installed = install_translators(qapp, "zh_CN")
    try:
        assert len(installed) == 2  # the app's and qtbase
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QCoreApplication.translate("Keymap", "&File") == "文件(&F)"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
