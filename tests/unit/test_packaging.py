"""Packaging without building a bundle: the log file, resource lookup, the wheel's
contents, and the desktop entry, MIME type, installer script and icons agree."""

from __future__ import annotations

import configparser
import fnmatch
import logging
import logging.handlers
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from review_desk import SESSION_SUFFIX, __version__
from review_desk.cli.gui_cmds import window_args
from review_desk.logs import (
    BACKUP_COUNT,
    LOG_DIR_ENV,
    LOG_FILE,
    MAX_BYTES,
    log_dir,
    redact,
    setup_logging,
)
from review_desk.resources_path import (
    ICON_SIZES,
    icon_parts,
    is_frozen,
    resource,
    resource_bytes,
    resource_path,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == "review-desk-file"]


@pytest.fixture
def clean_logging() -> Iterator[None]:
    """Take the handler setup_logging adds off the root logger again afterwards."""
    root = logging.getLogger()
    level = root.level
    before = _our_handlers()
    for handler in before:
        root.removeHandler(handler)
    yield
    for handler in _our_handlers():
        root.removeHandler(handler)
        handler.close()
    for handler in before:
        root.addHandler(handler)
    root.setLevel(level)


def test_log_dir_is_platformdirs_user_log_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    assert log_dir() == platformdirs.user_log_path("review-desk", appauthor=False)
    monkeypatch.setenv(LOG_DIR_ENV, "/somewhere/logs")
    assert log_dir() == Path("/somewhere/logs")


def test_setup_logging_rotating_file_under_log_dir(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_logging: None) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    path = setup_logging()
    assert path == tmp_path / "logs" / LOG_FILE
    [handler] = _our_handlers()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == MAX_BYTES > 0
    assert handler.backupCount == BACKUP_COUNT > 0
    assert Path(handler.baseFilename).parent == tmp_path / "logs"
    # a second call (CLI main, then the window's start) keeps the one handler
    assert setup_logging() == path
    assert _our_handlers() == [handler]
    logging.getLogger("review_desk.test").warning(
        "login smb://zhang:s3cret@fileserver/提案 password=hunter2 密码：不写")
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert f"review-desk {__version__}" in text
    assert "smb://zhang:***@fileserver/提案" in text
    assert "s3cret" not in text and "hunter2" not in text


def test_rotation_keeps_backups(tmp_path: Path, clean_logging: None) -> None:
    path = setup_logging(folder=tmp_path)
    assert path is not None
    [handler] = _our_handlers()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.maxBytes = 2_000  # rotate quickly for the test
    log = logging.getLogger("review_desk.test")
    for i in range(200):
        log.info("line %d %s", i, "x" * 40)
    assert (tmp_path / f"{LOG_FILE}.1").is_file()
    assert len(list(tmp_path.glob(f"{LOG_FILE}*"))) <= BACKUP_COUNT + 1


def test_unwritable_log_folder_is_not_fatal(tmp_path: Path, clean_logging: None) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert setup_logging(folder=blocker / "logs") is None
    assert _our_handlers() == []


def test_redact() -> None:
    assert redact("password=abc def") == "password=*** def"
    assert redact("PW: 'abc'") == "PW: '***'"
    assert redact("smb://u:p@h/s") == "smb://u:***@h/s"
    assert redact("smb://u@h/s 第0389号") == "smb://u@h/s 第0389号"


def test_resources_found_through_the_package() -> None:
    assert resource_bytes("templates", "assignment_sheet.docx")[:2] == b"PK"
    for size in ICON_SIZES:
        data = resource_bytes(*icon_parts(size))
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
        assert len(data) < 50_000
    svg = ET.fromstring(resource_bytes(*icon_parts()))
    assert svg.tag.endswith("svg")
    ico = resource_bytes("icons", "review-desk.ico")
    assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1)
    with resource_path(*icon_parts(48)) as path:
        assert path.is_file()
    assert resource("templates").is_dir()
    with pytest.raises(FileNotFoundError, match=r"nothing\.docx"):
        resource_bytes("templates", "nothing.docx")
    with pytest.raises(ValueError):
        icon_parts(17)
    assert not is_frozen()


def test_package_data_covers_every_resource() -> None:
    """pyproject's package-data names every shipped file, so a wheel (what a pip install
    gets, and what the PyInstaller spec collects from an install) carries it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["review_desk"]
    package = ROOT / "src" / "review_desk"
    shipped = [p.relative_to(package).as_posix()
               for folder in ("resources", "ui/i18n") for p in (package / folder).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts]
    assert len(shipped) > 10
    assert [f for f in shipped if not any(fnmatch.fnmatch(f, pat) for pat in patterns)] == []


def test_desktop_entry_and_mime_type() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "review-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == "Review Desk"
    assert desktop["Name[zh_CN]"] == "提案审查台"
    assert desktop["Exec"] == "review-desk open %f"
    assert desktop["Icon"] == "review-desk"
    mime_type = desktop["MimeType"].rstrip(";")
    tree = ET.parse(PACKAGING / "linux" / "review-desk-mime.xml").getroot()
    [declared] = tree.findall(f"{MIME_NS}mime-type")
    assert declared.get("type") == mime_type
    globs = [g.get("pattern") for g in declared.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{SESSION_SUFFIX}"]
    # `open` with no file (the menu entry: %f expands to nothing) opens the window
    assert window_args(["open"]) == (None, None)


def test_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate missing: apt-get install desktop-file-utils")
        pytest.skip("desktop-file-validate not installed")
    result = subprocess.run([tool, str(PACKAGING / "linux" / "review-desk.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_installer_script_agrees_with_the_app() -> None:
    raw = (PACKAGING / "windows" / "review_desk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads UTF-8 only with a BOM"
    text = raw.decode("utf-8-sig")
    assert f'#define Ext "{SESSION_SUFFIX}"' in text
    assert '"""{app}\\{#AppExe}"" open ""%1"""' in text
    assert "zh.AppTitle=提案审查台" in text and "en.AppTitle=Review Desk" in text
    assert "ChangesAssociations=yes" in text
    assert (ROOT / "src/review_desk/resources/icons/review-desk.ico").is_file()
    spec = (PACKAGING / "review_desk.spec").read_text(encoding="utf-8")
    assert 'metadata(DIST_NAME)' in spec and 'DIST_NAME = "review-desk"' in spec
    assert "review-desk-cli" in spec  # Windows: the console twin of the windowed exe
