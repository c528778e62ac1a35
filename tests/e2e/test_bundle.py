"""The packaged app (PyInstaller one-folder bundle) run headless, from the bundle alone.

Runs against dist/review-desk when it exists. With REVIEW_DESK_BUILD_BUNDLE=1 it builds
it first (packaging/build.sh --no-venv, about a minute); a failed build then fails the
tests when CI is set. Without a bundle (and no build asked for) these tests skip.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk import __version__
from review_desk.assist.index_process import CHILD_FROM

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "review-desk"
EXE = BUNDLE / ("review-desk-cli.exe" if sys.platform == "win32" else "review-desk")
GUI_EXE = BUNDLE / ("review-desk.exe" if sys.platform == "win32" else "review-desk")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle's command-line executable, built first when asked."""
    if os.environ.get("REVIEW_DESK_BUILD_BUNDLE") == "1":
        if sys.platform == "win32":
            command = ["powershell", "-ExecutionPolicy", "Bypass", "-File",
                       str(ROOT / "packaging" / "build.ps1"), "-NoVenv"]
        else:
            command = ["bash", str(ROOT / "packaging" / "build.sh"), "--no-venv"]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                check=False, timeout=1800)
        if result.returncode != 0:
            message = f"bundle build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
    if not EXE.is_file():
        pytest.skip("no bundle at dist/review-desk (packaging/build.sh builds it)")
    return EXE


@pytest.fixture
def user_dirs(tmp_path: Path) -> dict[str, str]:
    """An environment whose user folders (settings, data, logs) are all under tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REVIEW_DESK_", "QT_"))}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["REVIEW_DESK_LOG_DIR"] = str(tmp_path / "logs")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def run(command: list[str | Path], env: dict[str, str],
        timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run the bundle and return what it did (UTF-8 output)."""
    return subprocess.run([str(c) for c in command], env=env, capture_output=True,
                          text=True, encoding="utf-8", check=False, timeout=timeout)


def test_version(bundle: Path, user_dirs: dict[str, str]) -> None:
    result = run([bundle, "--version"], user_dirs)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"review-desk {__version__}"


def test_bundle_carries_translations_templates_and_icons(bundle: Path) -> None:
    package = BUNDLE / "_internal" / "review_desk"
    for language in ("zh_CN", "en"):
        assert (package / "ui" / "i18n" / f"review_desk_{language}.qm").is_file()
    for template in ("assignment_sheet.docx", "catalogue.docx", "summary.docx"):
        assert (package / "resources" / "templates" / template).is_file()
    assert (package / "resources" / "icons" / "review-desk.svg").is_file()
    qt_translations = BUNDLE / "_internal" / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_zh_CN.qm").is_file()


def test_demo_and_export_from_the_bundle(bundle: Path, user_dirs: dict[str, str],
                                         tmp_path: Path) -> None:
    session, out = tmp_path / "b.rdesk", tmp_path / "out"
    made = run([bundle, "demo", session, "--proposals", "50", "--archive", "100"], user_dirs)
    assert made.returncode == 0, made.stderr
    assert "50 proposals" in made.stdout
    exported = run([bundle, "export", session, out, "--what", "all", "--demo-review",
                    "--quiet", "--json"], user_dirs)
    assert exported.returncode == 0, exported.stderr
    docx = sorted(out.rglob("*.docx"))
    pdfs = sorted(out.rglob("*.pdf"))
    assert any("交办单" in p.name for p in docx) and any("提案目录" in p.name for p in docx)
    assert any("立案通知" in str(p) for p in pdfs) and any("交办函" in str(p) for p in pdfs)
    # the PDFs embed a CJK font found by the bundle (fontconfig or the Windows folder)
    pdf = pdfs[0].read_bytes()
    assert b"/FontFile2" in pdf
    log = (tmp_path / "logs" / "review-desk.log").read_text(encoding="utf-8")
    assert f"review-desk {__version__}" in log and "(packaged)" in log


def test_the_bundle_reads_meaning(bundle: Path, user_dirs: dict[str, str]) -> None:
    # the sentence model's engine and files must travel with the bundle (Linux x86-64)
    titles = ROOT / "tests" / "data" / "real_titles.csv"
    result = run([bundle, "evaluate", "--titles", titles, "--split", "tune", "--json"],
                 user_dirs)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    if sys.platform == "linux" and platform.machine() == "x86_64":
        assert found["source"].startswith("built-in catalogue and its reading of meaning")
    assert found["overall"]["cases"] == 104


def test_window_opens_a_session_offscreen(bundle: Path, user_dirs: dict[str, str],
                                          tmp_path: Path) -> None:
    session = tmp_path / "w.rdesk"
    # large enough for the assistance index to be built by a child process: in the frozen
    # app that child is the bundle's own executable (freeze_support in the entry point)
    assert CHILD_FROM <= 30 + 20_000
    assert run([bundle, "demo", session, "--proposals", "30", "--archive", "20000"],
               user_dirs).returncode == 0
    env = {**user_dirs, "QT_QPA_PLATFORM": "offscreen", "REVIEW_DESK_SMOKE_EXIT": "120"}
    result = run([GUI_EXE, "open", session], env, timeout=240)
    log = (tmp_path / "logs" / "review-desk.log").read_text(encoding="utf-8")
    assert result.returncode == 0, result.stderr + log
    assert "smoke: window shown and painted: Review Desk — w.rdesk" in log
    assert "smoke: assistance index ready (loaded from beside the file: True)" in log
    assert (tmp_path / "w.rdesk.assist" / "meta.json").exists()  # the child wrote it
    assert "CRITICAL" not in log


def test_icons_rebuild_to_the_committed_files() -> None:
    """packaging/icons/make_icons.py draws the committed icons (needs Qt: not a unit test)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "packaging/icons/make_icons.py"),
                             "--check"], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
