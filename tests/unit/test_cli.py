"""The `review-desk` commands scripts depend on, run as a person would."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from tests.unit.test_search import searchable_texts


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "王审查",
                             *args], capture_output=True, text=True, timeout=300)
    if ok:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.rdesk"
    run("demo", str(path), "--proposals", "120", "--archive", "300", "--seed", "3")
    return path


def listed(path: Path, *args: str) -> list[dict[str, object]]:
    value = json.loads(run("list", str(path), "--json", *args).stdout)
    assert isinstance(value, list)
    return value


def test_list_json_has_the_documented_keys(demo: Path) -> None:
    rows = listed(demo)
    assert len(rows) == 120
    for key in ("intake_no", "case_no", "title", "status", "category", "proposers", "units"):
        assert key in rows[0]
    assert [r["intake_no"] for r in rows] == list(range(1, 121))


def test_decide_merge_assign_then_read_back(demo: Path) -> None:
    run("decide", str(demo), "1", "accept")
    run("decide", str(demo), "2", "reject", "--reason", "学术研讨",
        "--disposition", "转为意见和建议", "--remark", "属学术问题，建议通过学术渠道交流")
    run("decide", str(demo), "3", "withdraw")
    run("merge", str(demo), "1", "4", "5")
    run("assign", str(demo), "1", "--lead", "市民政局", "--joint", "市财政局")
    run("assign", str(demo), "6", "--split", "市教育局", "市民政局")
    shown = json.loads(run("show", str(demo), "1", "--json").stdout)
    assert shown["status"] == "accepted"
    assert shown["units"] == [{"name": "市民政局", "role": "lead"},
                              {"name": "市财政局", "role": "joint"}]
    for key in ("body", "opinion", "merged_into", "notes"):
        assert key in shown
    assert shown["merged_members"] == [4, 5]
    member = json.loads(run("show", str(demo), "4", "--json").stdout)
    assert (member["status"], member["merged_into"]) == ("merged", 1)
    rejected = json.loads(run("show", str(demo), "2", "--json").stdout)
    assert (rejected["status"], rejected["reason_remark"]) == (
        "rejected", "属学术问题，建议通过学术渠道交流")
    split = json.loads(run("show", str(demo), "6", "--json").stdout)
    assert {u["role"] for u in split["units"]} == {"split"}
    statuses = {r["intake_no"]: r["status"] for r in listed(demo, "--status", "merged")}
    assert statuses == {4: "merged", 5: "merged"}


def test_two_character_search_returns_exactly_the_containing_proposals(demo: Path) -> None:
    with Desk.open(demo) as desk:
        texts = searchable_texts(desk)
        intake = {pid: desk.detail(pid).row.intake_no for pid in texts}
    for query in ("发展", "教育", "服务", "停车"):
        found = {r["intake_no"] for r in listed(demo, "--search", query)}
        expected = {intake[pid] for pid, text in texts.items() if query in text}
        assert found == expected and found, query


def test_history_shows_reviewer_device_and_time(demo: Path) -> None:
    run("decide", str(demo), "10", "accept")
    run("annotate", str(demo), "10", "--opinion", "同意立案")
    lines = run("history", str(demo), "10").stdout.strip().splitlines()
    assert len(lines) >= 3
    assert "立案" in lines[1] and "王审查" in lines[1]
    entries = json.loads(run("history", str(demo), "10", "--json").stdout)
    assert [e["action"] for e in entries][-2:] == ["decide.accept", "proposal.opinion"]
    assert all(e["reviewer"] and e["device"] and e["time"] for e in entries)


def test_stats_and_units(demo: Path) -> None:
    stats = json.loads(run("stats", str(demo), "--json").stdout)
    assert stats["total"] == 120 and sum(stats["by_status"].values()) == 120
    units = json.loads(run("units", str(demo), "--json").stdout)
    assert len(units) >= 50
    assert all({"name", "short_name", "code", "aliases"} <= set(u) for u in units)
    assert "提案总数" in run("stats", str(demo)).stdout


def test_errors_are_a_sentence_on_stderr_and_change_nothing(demo: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    for args in (("decide", str(demo), "9999", "accept"),
                 ("merge", str(demo), "7", "7"),
                 ("assign", str(demo), "7", "--lead", "市外星局"),
                 ("decide", str(demo), "7", "reject")):
        result = run(*args, ok=False)
        assert result.returncode == 2
        assert result.stderr.startswith("review-desk: ") and "Traceback" not in result.stderr
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before
    bad = tmp_path / "bad.rdesk"
    bad.write_text("not a database")
    result = run("list", str(bad), ok=False)
    assert result.returncode == 2 and str(bad) in result.stderr
