"""The command line under hostile input: every command (but the window's) with numbers,
strings, paths and URLs drawn by Hypothesis, and each hostile case of issue 11 by name.

No run ends in an unexpected error (a traceback, or the catch-all's logged "unexpected
error", exit 3), and a refused command (exit 1 or 2) leaves every file as it was: the
session, the share, the folder around them.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends import fail as no_keychain

from review_desk.cli import build_parser, main
from review_desk.cli.common import _subparsers, nonblank
from review_desk.desk import Desk
from tests.conftest import small_bundle

WORK = Path(os.environ.get("REVIEW_DESK_FUZZ_DIR", "/tmp")) / f"review-desk-fuzz-{os.getpid()}"
TEMPLATE = WORK.with_name(WORK.name + "-template")
SESSION = WORK / "session.rdesk"
ODD = WORK / "a?b#c%41[x] 'q\" 😀 中文.rdesk"
SHARE = WORK / "share"
ODD_NAMES = ("a?b.rdesk", "a#b.rdesk", "%41.rdesk", "[x].rdesk", "with space.rdesk",
             "quote'\".rdesk", "😀.rdesk", "会议 第1号.rdesk", "-dash.rdesk")
EXAMPLES = int(os.environ.get("REVIEW_DESK_FUZZ_EXAMPLES", "250"))
SKIPPED_COMMANDS = {"open"}  # opens the window


@pytest.fixture(scope="module", autouse=True)
def fuzz_world() -> Iterator[None]:
    """A template folder (a demo session, an odd-named copy, a folder share), a log and
    user folders of its own, and no keychain."""
    shutil.rmtree(TEMPLATE, ignore_errors=True)
    TEMPLATE.mkdir(parents=True)
    with Desk.create(TEMPLATE / SESSION.name, small_bundle(12), reviewer="秘书处") as desk:
        desk.lists.add_group("第一组", ["测试员"])
    (TEMPLATE / "share").mkdir()
    (TEMPLATE / "folder").mkdir()
    (TEMPLATE / "note.txt").write_text("not a session", encoding="utf-8")
    saved = dict(os.environ)
    outside = TEMPLATE.with_name(TEMPLATE.name + "-home")
    os.environ.update({"REVIEW_DESK_LOG_DIR": str(outside / "log"),
                       "REVIEW_DESK_CONFIG_DIR": str(outside / "config"),
                       "XDG_DATA_HOME": str(outside / "data"),
                       "XDG_CONFIG_HOME": str(outside / "config")})
    old_keyring = keyring.get_keyring()
    keyring.set_keyring(no_keychain.Keyring())
    try:
        reset()
        assert run(["sync", str(SESSION), "--to", str(SHARE)])[0] == 0
        shutil.copytree(SHARE, TEMPLATE / "share", dirs_exist_ok=True)
        shutil.copyfile(SESSION, TEMPLATE / SESSION.name)
        shutil.copyfile(SESSION, TEMPLATE / ODD.name)
        yield
    finally:
        keyring.set_keyring(old_keyring)
        os.environ.clear()
        os.environ.update(saved)
        for folder in (WORK, TEMPLATE, outside):
            shutil.rmtree(folder, ignore_errors=True)


def reset() -> None:
    """The work folder as the template has it."""
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.copytree(TEMPLATE, WORK)


def snapshot() -> dict[str, str]:
    """Every file under the work folder with its hash (but the assistance index kept
    beside a session, FILE.assist/: a cache any read may build, not the session)."""
    return {str(p.relative_to(WORK)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(WORK.rglob("*"))
            if p.is_file() and not any(part.endswith(".assist") for part in p.parts)}


def run(argv: list[str]) -> tuple[int, str, str]:
    """`review-desk ARGV` in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO("a password\n")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                contextlib.chdir(WORK):
            try:
                code = main(["--reviewer", "测试员", *argv])
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None
                                                                       else 2)
    finally:
        sys.stdin = stdin
    return code, out.getvalue(), err.getvalue()


def check(argv: list[str]) -> tuple[int, str]:
    """Run `argv` on a fresh work folder: never unexpected; a refusal changes no file."""
    reset()
    before = snapshot()
    code, _out, err = run(argv)
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err and "unexpected error" not in err, (argv, err)
    # `export --demo-review` reviews the demo session (committed) before it exports: a
    # failing export after it is not a refused command
    if code != 0 and "--demo-review" not in argv:
        assert snapshot() == before, (argv, err)
    return code, err


# --- what Hypothesis draws from ----------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(-3, 30).map(str),
    st.sampled_from(["0", "-1", str(2**31), str(2**63 - 1), str(2**63), str(-2**63),
                     str(10**20), str(10**9 + 1), "1e3", "0x10", "１２", " 7", "", "-0",
                     "99999999999999999999"]),
)
TEXTS = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=12),
    st.sampled_from(["-养老", "养老", "停车", "{n.foo}", "{n:999999999999}", "第{n:04d}号",
                     "{n:x>1000000000}", "{}", "yesterday", "2026-02-30", "2026-03-15", "'",
                     '"', "%41", "--json", "-", "市民政局", "民政局", "accept", "a=b", "=",
                     "社会建设", "学术研讨", "转为意见和建议", "第一组", "测试员", "*", "NEAR(",
                     "\\", "a" * 300]),
)
PATHS = st.one_of(
    st.just(str(SESSION)), st.just(str(ODD)), st.just(str(WORK / "missing.rdesk")),
    st.sampled_from([str(WORK / name) for name in ODD_NAMES]),
    st.sampled_from([str(WORK / "folder"), str(WORK / "note.txt"), str(SHARE),
                     str(WORK / "note.txt" / "below.rdesk"), str(WORK / "new dir" / "x.rdesk"),
                     "relative.rdesk", "-", ""]),
)
URLS = st.one_of(
    st.sampled_from(["smb://[::1/share", "smb://u@127.0.0.1:1/s/f", "smb://u:pw@h/s",
                     "smb://u@nohost.invalid/s/f", "smb://", "smb://u@h:99999/s", "smb://@/",
                     "smb://u@[::1]:1/s", "SMB://U@127.0.0.1:1/S"]),
    st.just(str(SHARE)), st.just(str(WORK / "folder")), PATHS,
)
PATH_DESTS = {"file", "out", "outdir", "sources", "folder", "templates", "report", "mapping"}


def values_for(action: argparse.Action) -> st.SearchStrategy[str]:
    """What to give an argument: its choices, a number, a path, a URL or any text."""
    if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), TEXTS)
    if action.dest == "file":
        return st.one_of(st.just(str(SESSION)), st.just(str(SESSION)), st.just(str(ODD)), PATHS)
    if action.dest in ("share", "to", "url"):
        return URLS
    if action.dest in PATH_DESTS:
        return PATHS
    if action.type not in (None, str, nonblank):
        return NUMBERS
    return st.one_of(TEXTS, TEXTS, PATHS, NUMBERS)


PARSER = build_parser()
COMMANDS = {name: sub for name, sub in _subparsers(PARSER).items()
            if name not in SKIPPED_COMMANDS}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A command with its positionals and a few of its options."""
    name = draw(st.sampled_from(sorted(COMMANDS)))
    parser = COMMANDS[name]
    argv = [name]
    for action in parser._actions:
        if action.option_strings:
            continue
        count = {None: 1, "?": draw(st.integers(0, 1)), "+": draw(st.integers(1, 3)),
                 "*": draw(st.integers(0, 2))}.get(action.nargs, 1)  # type: ignore[arg-type]
        argv += [draw(values_for(action)) for _ in range(count)]
    options = [a for a in parser._actions if a.option_strings and a.dest != "help"]
    for action in draw(st.lists(st.sampled_from(options), max_size=4, unique_by=id)
                       if options else st.just([])):
        flag = draw(st.sampled_from(action.option_strings))
        argv.append(flag)
        if action.nargs == 0:
            continue
        count = 1 if action.nargs is None else draw(st.integers(1, 2))
        argv += [draw(values_for(action)) for _ in range(count)]
    return argv


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command_lines())
def test_no_command_line_crashes_or_changes_a_file_when_refused(argv: list[str]) -> None:
    check(argv)


# --- the cases of issue 11, by name ------------------------------------------------------

BIG = str(2**63)
CASES: dict[str, tuple[list[str], int, tuple[str, ...]]] = {
    # intake numbers ≥ 2^63 (OverflowError in 13 commands)
    **{f"intake-2^63-{name}": (argv, 2, ("out of range",)) for name, argv in {
        "show": ["show", str(SESSION), BIG], "decide": ["decide", str(SESSION), BIG, "accept"],
        "merge": ["merge", str(SESSION), "1", BIG], "unmerge": ["unmerge", str(SESSION), BIG],
        "assign": ["assign", str(SESSION), BIG, "--lead", "民政局"],
        "history": ["history", str(SESSION), BIG],
        "annotate": ["annotate", str(SESSION), BIG, "--opinion", "x"],
        "similar": ["similar", str(SESSION), BIG], "suggest": ["suggest", str(SESSION), BIG],
        "similar-limit": ["similar", str(SESSION), "1", "--limit", BIG],
        "demo-seed": ["demo", str(WORK / "d.rdesk"), "--seed", BIG],
        "new-year": ["new", str(WORK / "n.rdesk"), "--year", "99999999999999999999"],
        "import-year": ["import", str(SESSION), str(WORK / "note.txt"), "--year", BIG],
    }.items()},
    "number-format-attribute": (["number", str(SESSION), "--format", "{n.foo}"], 2,
                                ("number format",)),
    "number-format-huge-width": (["number", str(SESSION), "--format", "{n:999999999999}"], 2,
                                 ("number format",)),
    "new-handover-date-yesterday": (["new", str(WORK / "n.rdesk"), "--handover-date",
                                     "yesterday"], 2, ("handover date",)),
    "export-into-a-file": (["export", str(SESSION), str(WORK / "note.txt"), "--what",
                            "catalogue"], 2, ("is a file, not a folder",)),
    "export-templates-missing": (["export", str(SESSION), str(WORK / "out"), "--templates",
                                  "/nonexistent"], 2, ("templates folder",)),
    "sync-unclosed-ipv6": (["sync", str(SESSION), "--to", "smb://[::1/share"], 2,
                           ("not a share address",)),
    "checkout-unclosed-ipv6": (["checkout", "smb://[::1/share", str(WORK / "c.rdesk")], 2,
                               ("not a share address",)),
    "login-unclosed-ipv6": (["login", "smb://[::1/share"], 2, ("not a share address",)),
    "demo-negative-proposals": (["demo", str(WORK / "d.rdesk"), "--proposals", "-5"], 2,
                                ("not between",)),
    # found by the fuzz test: the dry run's report written over the session file itself
    "import-report-over-the-session": (["import", str(SESSION), str(SESSION), "--dry-run",
                                        "--report", str(SESSION)], 2, ("cannot be written",)),
    # found by the fuzz test: an opinion written, then the unknown category refused
    "annotate-half-refused": (["annotate", str(SESSION), "1", "--opinion", "写了一半",
                               "--category", "没有这个类别"], 2, ("category",)),
    "search-starting-with-dash": (["list", str(SESSION), "--search", "-养老"], 0, ()),
    "opinion-starting-with-dash": (["annotate", str(SESSION), "1", "--opinion", "-同意"], 0,
                                   ()),
    **{f"odd-path-{i}": (["new", str(WORK / name)], 0, ()) for i, name in enumerate(ODD_NAMES)},
    "odd-path-list": (["list", str(ODD), "--json"], 0, ()),
    "odd-path-copy": (["copy", str(ODD), str(WORK / "b?c#d%41[y] 😀.rdesk")], 0, ()),
    "odd-path-sync": (["sync", str(ODD), "--to", str(SHARE)], 0, ()),
    "odd-path-checkout": (["checkout", str(SHARE), str(WORK / "c?d#%41 [x] 会议.rdesk")], 0, ()),
    "odd-path-export": (["export", str(ODD), str(WORK / "out?#%41 [x] 😀"), "--what",
                         "catalogue"], 0, ()),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_hostile_case_of_issue_11(case: str) -> None:
    argv, expected, words = CASES[case]
    code, err = check(argv)
    assert code == expected, (case, err)
    for word in words:
        assert word in err, (case, err)
    if case.startswith("odd-path-") and code == 0:
        # any legal file name works: no stray file is made from a cut name (a?b → a)
        stray = {"a", "b", "%41", "A", "c"} & {p.name for p in WORK.iterdir()}
        assert not stray, stray


def test_search_with_a_dash_finds_the_text(tmp_path: Path) -> None:
    path = tmp_path / "s.rdesk"
    with Desk.create(path, small_bundle(), reviewer="甲") as desk:
        pid = desk.list_ids()[0]
        desk.annotations.set_opinion(pid, "建议-养老服务提速")
    reset()
    code, out, err = run(["list", str(path), "--search", "-养老", "--json"])
    assert code == 0, err
    assert '"intake_no": 1' in out


def test_an_unexpected_crash_is_logged_and_shown_as_one_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from review_desk.cli import session_cmds

    def broken(_args: argparse.Namespace) -> int:
        raise RuntimeError("a bug on purpose")

    monkeypatch.setattr(session_cmds, "_rebuild", broken)
    code, _out, err = run(["rebuild", str(SESSION)])
    assert code == 3
    assert "Traceback" not in err and "a bug on purpose" in err
    assert "unexpected error" in err and "意外错误" in err
    log = Path(os.environ["REVIEW_DESK_LOG_DIR"]) / "review-desk.log"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug on purpose" in text
