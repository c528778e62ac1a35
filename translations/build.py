"""Build the app's translations: update the Qt Linguist .ts files from the sources and
compile them to the .qm files the app loads (src/review_desk/ui/i18n/).

    python translations/build.py            # lupdate (.ts) + lrelease (.qm)
    python translations/build.py --release  # lrelease only (.ts -> .qm)
    python translations/build.py --check    # fail if the .qm are not built from the .ts

The tools are the ones shipped inside the PySide6 wheel, so no Qt install is needed.
The .qm are committed (a few kB each); tests/ui/test_translations.py runs --check.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "review_desk" / "ui"
TS_DIR = ROOT / "translations"
QM_DIR = SOURCES / "i18n"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> Path:
    """A Qt tool from the PySide6 wheel."""
    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} not found in the PySide6 wheel at {base}")


def ts_file(language: str) -> Path:
    """The .ts of a language."""
    return TS_DIR / f"review_desk_{language}.ts"


def qm_file(language: str, folder: Path = QM_DIR) -> Path:
    """The .qm of a language."""
    return folder / f"review_desk_{language}.qm"


def sources() -> list[Path]:
    """The Python files whose strings are translated."""
    return sorted(SOURCES.glob("*.py"))


def update(ts: Path, language: str) -> None:
    """Run lupdate: new strings appear as unfinished, removed ones are dropped."""
    subprocess.run([str(tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", language, *map(str, sources()), "-ts", str(ts)],
                   check=True)


def release(ts: Path, qm: Path) -> None:
    """Run lrelease."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> list[str]:
    """Problems: a .qm missing or not built from its .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            built = qm_file(language, Path(tmp))
            release(ts_file(language), built)
            committed = qm_file(language)
            if not committed.exists():
                problems.append(f"{committed} is missing: run python translations/build.py")
            elif committed.read_bytes() != built.read_bytes():
                problems.append(f"{committed} is stale: run python translations/build.py")
    return problems


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--check", action="store_true", help="check the .qm are up to date")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for language in LANGUAGES:
        if not args.release:
            update(ts_file(language), language)
        release(ts_file(language), qm_file(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
