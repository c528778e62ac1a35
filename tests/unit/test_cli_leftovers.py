"""The command line's leftovers of the hostile-input sweep: blank names, a batch that
selects nothing, an import that finds nothing to read, a read-only share and an output
that cannot be written are each refused in words (exit 2), with no file changed."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import pathlib
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from review_desk.cli import main
from review_desk.desk import Desk
from tests.conftest import small_bundle
from tests.helpers.media import remount_read_only, tmpfs


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A log and user folders of the test's own."""
    for name in ("REVIEW_DESK_LOG_DIR", "REVIEW_DESK_CONFIG_DIR", "XDG_DATA_HOME",
                 "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "会议.rdesk"
    Desk.create(path, small_bundle(6), reviewer="秘书处").close()
    return path


def run(*argv: str | Path) -> tuple[int, str, str]:
    """`review-desk ARGV` in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--reviewer", "测试员", *map(str, argv)])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(argv: list[str | Path], *words: str, unchanged: Path | None = None) -> str:
    """Run `argv`: exit 2, each of `words` on stderr, no traceback, `unchanged` as it was."""
    before = digest(unchanged) if unchanged else ""
    code, _out, err = run(*argv)
    assert code == 2, (argv, code, err)
    assert "Traceback" not in err and "unexpected error" not in err, err
    for word in words:
        assert word in err, (word, err)
    if unchanged:
        assert digest(unchanged) == before
    return err


def group_names(path: Path) -> list[str]:
    code, out, err = run("groups", path)
    assert code == 0, err
    return [line.split("\t")[0] for line in out.splitlines()]


# --- 1, 2: blank names -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_a_blank_group_name_is_refused(session: Path, name: str) -> None:
    before = group_names(session)
    refused(["groups", session, "--add", name], "must not be empty", "不能为空",
            unchanged=session)
    assert group_names(session) == before


def test_reviewers_without_add_are_refused_not_ignored(session: Path) -> None:
    refused(["groups", session, "--reviewers", "甲"], "--reviewers goes with --add",
            unchanged=session)
    assert run("groups", session, "--add", " 第二组 ", "--reviewers", "甲")[0] == 0
    assert "第二组" in group_names(session)  # the name without its outer spaces


@pytest.mark.parametrize("name", ["", "  ", "\u3000"])
def test_a_blank_committee_name_is_refused(tmp_path: Path, name: str) -> None:
    out = tmp_path / "new.rdesk"
    refused(["new", out, "--committee", name], "--committee", "must not be empty")
    assert not out.exists()


# --- 3: evaluate --batch / --split / --kind that select nothing ----------------------------

@pytest.fixture
def titles(tmp_path: Path) -> Path:
    path = tmp_path / "titles.csv"
    path.write_text(
        "title,unit,unit_type,level,year,kind,split,batch\n"
        "关于加强农村义务教育的建议,某市教育局,education,city,2023,cppcc,tune,1\n"
        "关于改善城市道路交通的建议,某市交通运输局,transport,city,2023,cppcc,heldout,2\n"
        "关于发展社区养老服务的建议,某市民政局,civil_affairs,city,2023,npc,heldout,10\n",
        encoding="utf-8")
    return path


@pytest.mark.parametrize("choice", [["--batch", "0"], ["--batch", "3"], ["--split", "nope"],
                                    ["--batch", "1", "--split", "heldout"],
                                    ["--batch", "10", "--kind", "cppcc"]])
def test_evaluate_refuses_a_choice_with_no_rows_and_names_the_batches(
        titles: Path, choice: list[str]) -> None:
    err = refused(["evaluate", "--titles", titles, *choice], "no title of",
                  "batches 1, 2, 10", "splits heldout, tune", "kinds cppcc, npc")
    assert "批次为 1, 2, 10" in err


def test_evaluate_runs_a_batch_that_has_rows(titles: Path) -> None:
    code, out, err = run("evaluate", "--titles", titles, "--batch", "2")
    assert code == 0, err
    assert out.startswith("1 titles (batch 2)")


def test_evaluate_refuses_a_blank_batch_and_a_batch_without_titles(titles: Path,
                                                                     session: Path) -> None:
    refused(["evaluate", "--titles", titles, "--batch", ""], "must not be empty")
    refused(["evaluate", session, "--batch", "1"], "--batch choose rows of --titles",
            unchanged=session)
    header_only = titles.with_name("header.csv")
    header_only.write_text("title,unit,unit_type,level\n", encoding="utf-8")
    refused(["evaluate", "--titles", header_only], "has no titles")


# --- 4: an import that finds nothing to read ---------------------------------------------

def _empty_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("说明.txt", "no forms here")
    return path


def _workbook(path: Path, *rows: list[str]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)  # type: ignore[union-attr]
    book.save(path)
    return path


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_a_folder_without_word_forms_is_refused(session: Path, tmp_path: Path,
                                                dry_run: list[str]) -> None:
    folder = tmp_path / "表格"
    folder.mkdir()
    (folder / "readme.txt").write_text("x", encoding="utf-8")
    (folder / "~$临时.docx").write_bytes(b"owner file of Word")
    refused(["import", session, folder, *dry_run],
            "no Word proposal form (.docx) was found in this folder", "没有找到 Word 提案表",
            unchanged=session)
    refused(["import", session, _empty_zip(tmp_path / "forms.zip"), *dry_run],
            "no Word proposal form (.docx) was found in this .zip", unchanged=session)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_table_with_no_rows_is_refused(session: Path, tmp_path: Path, suffix: str) -> None:
    empty, header_only = tmp_path / f"empty{suffix}", tmp_path / f"header{suffix}"
    if suffix == ".xlsx":
        _workbook(empty)
        _workbook(header_only, ["案由", "提案人", "界别"], [])
    else:
        empty.write_text("", encoding="utf-8")
        header_only.write_text("案由,提案人,界别\n,,\n", encoding="utf-8")
    refused(["import", session, empty], "is empty: no rows at all", unchanged=session)
    refused(["import", session, header_only, "--dry-run"],
            "has no rows under its column names", "没有数据行", unchanged=session)


def test_a_table_with_rows_still_imports(session: Path, tmp_path: Path) -> None:
    source = _workbook(tmp_path / "one.xlsx", ["案由", "提案人", "界别"],
                       ["关于完善社区托育服务的提案", "王明远", "经济界"])
    code, out, err = run("import", session, source, "--dry-run")
    assert code in (0, 1) and "1 rows" in out, err


# --- 5: a read-only share ----------------------------------------------------------------

@pytest.fixture
def share(tmp_path: Path, session: Path) -> Iterator[Path]:
    """A tmpfs share the session has synced with once."""
    with tmpfs() as folder:
        code, _out, err = run("sync", session, "--to", folder)
        assert code == 0, err
        yield folder


def test_sync_with_a_read_only_share_says_it_is_read_only(session: Path, share: Path) -> None:
    assert run("decide", session, "1", "accept")[0] == 0
    remount_read_only(share)  # real EROFS, also for root
    err = refused(["sync", session], "is read-only", "只读")
    assert "did not answer" not in err and "无法访问" not in err


def test_sync_with_a_share_this_user_may_not_write_says_so(
        session: Path, share: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("decide", session, "1", "accept")[0] == 0
    if os.geteuid() != 0:
        share.chmod(0o555)
    else:
        # root writes through any mode bits: the OS's EACCES for writes into the share,
        # raised where the folder transport opens and creates there
        real_open, real_mkdir, real_link = pathlib.io.open, os.mkdir, os.link  # type: ignore[attr-defined]

        def denied(path: object) -> bool:
            return Path(str(path)).resolve().is_relative_to(share.resolve())

        def refuse(path: object) -> OSError:
            return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

        def open_(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
            if denied(file) and set(mode) & set("wax+"):
                raise refuse(file)
            return real_open(file, mode, *args, **kwargs)

        def mkdir(path: object, *args: object, **kwargs: object) -> None:
            if denied(path):
                raise refuse(path)
            real_mkdir(path, *args, **kwargs)  # type: ignore[arg-type]

        def link(src: object, dst: object, *args: object, **kwargs: object) -> None:
            if denied(dst):
                raise refuse(dst)
            real_link(src, dst, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(pathlib.io, "open", open_)  # type: ignore[attr-defined]
        monkeypatch.setattr(os, "mkdir", mkdir)
        monkeypatch.setattr(os, "link", link)
    try:
        err = refused(["sync", session], "is not writable for this user", "权限")
    finally:
        share.chmod(0o755)
    assert "did not answer" not in err


# --- 6: an output that cannot be written -------------------------------------------------

def cli_into_full_output(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w", encoding="utf-8") as full:
        return subprocess.run([sys.executable, "-m", "review_desk", *map(str, argv)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("argv", [["list", "{s}"], ["list", "{s}", "--json"],
                                  ["show", "{s}", "1"], ["--help"], ["list", "--help"],
                                  ["--version"]])
def test_an_output_that_cannot_be_written_is_named_as_such(session: Path,
                                                           argv: list[str]) -> None:
    done = cli_into_full_output(*(a.format(s=session) for a in argv))
    assert done.returncode == 2, done.stderr
    assert "output could not be written" in done.stderr and "无法写出命令的输出" in done.stderr
    assert "disk" not in done.stderr and "磁盘" not in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_a_file_another_program_holds_on_windows_is_not_called_a_missing_right() -> None:
    """Windows gives a sharing violation errno 13 too: it passes, so it keeps the 'did not
    answer, try again' wording rather than 'ask for write access'."""
    from review_desk.sync.errors import ShareNotWritableError, not_writable

    in_use = PermissionError(errno.EACCES, "The process cannot access the file")
    in_use.winerror = 32  # type: ignore[attr-defined]
    assert not_writable("Z:\\提案", in_use) is None
    refused_right = PermissionError(errno.EACCES, "Access is denied")
    assert isinstance(not_writable("Z:\\提案", refused_right), ShareNotWritableError)
