"""What the second hostile-input sweep of the command line found: options that did
nothing or contradicted each other, and a refused command that had written half of its
work. Each is refused in words (exit 2) with the session file as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.test_cli_leftovers import group_names, own_folders, refused, run, session

__all__ = ["own_folders", "session"]  # the fixtures, used by name


def shown(path: Path, intake_no: int) -> dict[str, object]:
    code, out, err = run("show", path, str(intake_no), "--json")
    assert code == 0, err
    value = json.loads(out)
    assert isinstance(value, dict)
    return value


@pytest.mark.parametrize(("options", "words"), [
    ([], "nothing to change"),
    (["--key", "--not-key"], "contradict"),
    (["--shared"], "--shared goes with --note"),
    (["--lead-leader", "王"], "go with --key"),
    (["--not-key", "--supervise-leader", "王"], "go with --key"),
])
def test_annotate_options_that_would_do_nothing_are_refused(
        session: Path, options: list[str], words: str) -> None:
    refused(["annotate", session, "1", *options], words, unchanged=session)


def test_annotate_with_something_to_do_still_works(session: Path) -> None:
    assert run("annotate", session, "1", "--key", "--lead-leader", "王主席")[0] == 0
    assert run("annotate", session, "1", "--note", "待核实", "--shared")[0] == 0
    assert shown(session, 1)["key"] is True


@pytest.mark.parametrize("option", [["--reason", "学术研讨"], ["--disposition", "转为意见和建议"],
                                    ["--remark", "说明"]])
def test_a_rejection_reason_on_another_decision_is_refused(session: Path,
                                                            option: list[str]) -> None:
    refused(["decide", session, "1", "accept", *option], "go with reject only",
            unchanged=session)
    assert shown(session, 1)["status"] == "pending"


def test_assign_split_with_a_lead_is_refused_not_half_done(session: Path) -> None:
    refused(["assign", session, "2", "--lead", "市民政局", "--split", "市教育局"],
            "--split cannot go with --lead", unchanged=session)


def test_assign_with_a_bad_deadline_writes_no_units(session: Path) -> None:
    refused(["assign", session, "2", "--lead", "市民政局", "--deadline", "2026-02-30"],
            "is not a date", unchanged=session)
    assert shown(session, 2)["units"] == []
    code, out, err = run("assign", session, "2", "--lead", "市民政局", "--deadline", "2026-03-01")
    assert code == 0, err
    assert "市民政局(主办)" in out and "2026-03-01" in out  # what was written, read after it


def test_a_group_name_is_given_once(session: Path) -> None:
    assert run("groups", session, "--add", "甲组")[0] == 0
    refused(["groups", session, "--add", " 甲组 "], "exists already", unchanged=session)
    assert group_names(session).count("甲组") == 1


@pytest.mark.parametrize("pairs", [[], ["社会建设"], ["=甲组"], ["社会建设", "经济建设=甲组"]])
def test_by_category_wants_category_equals_group(session: Path, pairs: list[str]) -> None:
    assert run("groups", session, "--add", "甲组")[0] == 0
    refused(["groups", session, "--by-category", *pairs], "wants CATEGORY=GROUP",
            unchanged=session)


# --- shares, assistance, export, import: values that were ignored or misread ------------

def test_a_share_given_as_a_file_or_as_nothing_is_refused(session: Path, tmp_path: Path) -> None:
    refused(["sync", session, "--to", ""], "must not be empty", unchanged=session)
    refused(["sync", session, "--to", session], "is a file, not a share folder",
            unchanged=session)
    refused(["checkout", session, tmp_path / "out.rdesk"], "is a file, not a share folder")
    assert not (tmp_path / "out.rdesk").exists()


def test_checkout_refuses_a_missing_file_to_rescue(session: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    assert run("sync", session, "--to", share)[0] == 0
    out = tmp_path / "out.rdesk"
    for missing in (tmp_path / "missing.rdesk", share):
        refused(["checkout", share, out, "--rescue", missing], "does not exist or is not a file")
        assert not out.exists()


@pytest.mark.parametrize(("argv", "words"), [
    (["similar", "{s}", "1", "--limit", "-1"], "must be 0 or more"),
    (["similar", "{s}", "1", "--archive", "-3"], "must be 0 or more"),
    (["suggest", "{s}", "1", "--limit", "0"], "is not between 1"),
    (["suggest", "{s}", "1", "--limit", "-2"], "is not between 1"),
])
def test_assistance_limits_below_their_range_are_refused(session: Path, argv: list[str],
                                                         words: str) -> None:
    refused([a.format(s=session) for a in argv], words, unchanged=session)


def test_templates_and_export_refuse_what_they_would_misread(
        session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # an empty OUTDIR wrote into the current folder
    afile = tmp_path / "note.txt"
    afile.write_text("x", encoding="utf-8")
    for copy in ([], ["--copy"]):
        refused(["templates", afile, *copy], "is a file, not a templates folder")
    out = tmp_path / "out"
    for font, words in (("x=y", "unknown font role 'x'"), ("仿宋=/nonexistent.ttf",
                                                            "does not exist"),
                        ("", "--font wants ROLE=PATH")):
        refused(["export", session, out, "--what", "catalogue", "--font", font], words)
        assert not out.exists()
    refused(["export", session, "", "--what", "catalogue"], "give the folder to write into")


@pytest.mark.parametrize(("option", "source"), [("--sheet", "t.csv"), ("--table", "t.csv"),
                                                ("--encoding", "t.xlsx")])
def test_an_import_option_for_another_format_is_refused(session: Path, tmp_path: Path,
                                                         option: str, source: str) -> None:
    import openpyxl

    path = tmp_path / source
    if source.endswith(".csv"):
        path.write_text("案由,提案人\n关于完善社区托育服务的提案,王明远\n", encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        book.active.append(["案由", "提案人"])  # type: ignore[union-attr]
        book.save(path)
    refused(["import", session, path, option, "x", "--dry-run"], f"{option} is for",
            unchanged=session)


def test_importing_a_device_or_a_pipe_is_refused_not_read_for_ever(session: Path,
                                                                    tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    for source in (pipe, Path("/dev/zero")):
        done = subprocess.run([sys.executable, "-m", "review_desk", "import", str(session),
                               str(source), "--kind", "csv", "--dry-run"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert "is not a regular file or a folder" in done.stderr


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_reviewer_name_is_refused(session: Path, where: str, name: str) -> None:
    from review_desk.cli import main
    from tests.unit.test_cli_leftovers import digest

    before = digest(session)
    argv = ["decide", str(session), "1", "accept"]
    argv = ["--reviewer", name, *argv] if where == "before" else [*argv, "--reviewer", name]
    with pytest.raises(SystemExit) as refused_:
        main(argv)
    assert refused_.value.code == 2
    assert digest(session) == before  # not written as "   " (nor as the login name)


@pytest.mark.parametrize(("argv", "words"), [
    (["server", "add-reviewer", "postgresql://u@127.0.0.1:1/db", "  ", "--login", "zhang"],
     "must not be empty"),
    (["server", "add-reviewer", "postgresql://u@127.0.0.1:1/db", "张三", "--login", ""],
     "must not be empty"),
    (["server", "bridge", "{f}", "postgresql://u@127.0.0.1:1/db"],
     "is a file, not a share folder"),
])
def test_server_commands_refuse_blank_names_and_a_file_for_a_share(
        session: Path, argv: list[str], words: str) -> None:
    """Refused before any server is asked (port 1 answers nothing)."""
    err = refused([a.format(f=session) for a in argv], words, unchanged=session)
    assert "did not answer" not in err


def test_list_refuses_an_unknown_category_as_it_refuses_an_unknown_unit(session: Path) -> None:
    refused(["list", session, "--unit", "市不存在局"], "Unknown handling unit")
    refused(["list", session, "--category", "不存在的类别"], "Unknown category", "不存在的类别")
    code, out, err = run("list", session, "--category", "未分类")
    assert code == 0, err
    categories = {str(row["category"]) for row in json.loads(run(
        "list", session, "--json")[1])}
    known = sorted(categories - {"", "未分类"})[0]
    code, out, err = run("list", session, "--category", known, "--json")
    assert code == 0, err
    assert {row["category"] for row in json.loads(out)} == {known}


def test_an_export_with_nothing_to_write_says_why(session: Path, tmp_path: Path) -> None:
    code, out, err = run("export", session, tmp_path / "交办单", "--what", "sheets")
    assert code == 1 and "nothing to write" in err and "没有可生成的文件" in err, (code, err)
    assert "wrote 0 files" not in out
    assert run("decide", session, "1", "accept")[0] == 0
    assert run("assign", session, "1", "--lead", "市民政局")[0] == 0
    code, out, err = run("export", session, tmp_path / "交办单", "--what", "sheets")
    assert code == 0 and "交办单" in out and "wrote 0 files" not in out, (code, out, err)


def test_a_workbook_saved_under_another_extension_imports_as_xlsx(session: Path,
                                                                  tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["案由", "提案人", "内容"])  # type: ignore[union-attr]
    book.active.append(["关于完善社区托育服务的提案", "王明远", "建议增加普惠托位。"])  # type: ignore[union-attr]
    book.save(tmp_path / "办公系统导出.dat")
    code, out, err = run("import", session, tmp_path / "办公系统导出.dat", "--kind", "xlsx",
                         "--dry-run")
    assert code == 0, err
    assert "1 to add" in out and "damaged" not in err and "已损坏" not in err


@pytest.mark.parametrize(("kind", "column"), [("members", "姓名"), ("units", "单位名称"),
                                              ("xlsx", "案由")])
def test_a_missing_header_names_the_column_in_chinese(session: Path, tmp_path: Path,
                                                      kind: str, column: str) -> None:
    source = tmp_path / "无表头.csv"
    source.write_text("序号,电话\n1,13800000000\n", encoding="utf-8")
    err = refused(["import", session, source, "--kind", "csv" if kind == "xlsx" else kind,
                   "--dry-run"], f"含“{column}”等列名的表头", unchanged=session)
    assert "“name”" not in err


def test_list_mine_says_when_the_reviewer_is_in_no_group(session: Path) -> None:
    code, out, err = run("list", session, "--mine")
    assert code == 0 and "(0 件)" in out and "测试员 is in no review group" in err, (out, err)
    assert run("groups", session, "--add", "第一组", "--reviewers", "测试员")[0] == 0
    code, out, err = run("list", session, "--mine")
    assert code == 0 and "in no review group" not in err, err


def test_an_export_with_nothing_to_write_exits_1_in_json_too(session: Path,
                                                              tmp_path: Path) -> None:
    code, out, _err = run("export", session, tmp_path / "交办单", "--what", "sheets", "--json")
    assert code == 1 and json.loads(out)["files"] == []


def test_blank_rows_above_a_table_are_not_called_an_empty_file(session: Path,
                                                               tmp_path: Path) -> None:
    """Twenty-five blank rows, then a table whose columns need mapping by hand: the file
    is not empty, and saying so hid the way on (mapping the columns)."""
    source = tmp_path / "下方有表.csv"
    source.write_text(",\n" * 25 + "序号,备注\n1,关于完善社区托育服务的提案\n", encoding="utf-8")
    err = refused(["import", session, source, "--dry-run"], "map the columns by hand",
                  unchanged=session)
    assert "is empty" not in err
    empty = tmp_path / "空.csv"
    empty.write_text(",\n" * 5, encoding="utf-8")
    refused(["import", session, empty, "--dry-run"], "is empty", unchanged=session)
