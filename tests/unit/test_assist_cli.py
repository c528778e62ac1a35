"""`review-desk similar | suggest | clusters | evaluate`, run as a person would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk

from .test_assist import make_bundle


def run(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "review_desk", *args],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == code, result.stderr
    return result


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("assist-cli") / "assist.rdesk"
    Desk.create(path, make_bundle(), reviewer="测试").close()
    return path


def test_similar_json(session: Path) -> None:
    out = json.loads(run("similar", str(session), "1", "--json").stdout)
    assert out["intake_no"] == 1 and out["title"].startswith("关于")
    first = out["candidates"][0]
    assert first["source"] == "session" and first["intake_no"] == 2
    assert {"score", "title", "status", "merged_into", "same_case", "phrases"} <= set(first)
    assert {"text", "weight"} == set(first["phrases"][0])
    past = [c for c in out["candidates"] if c["source"] == "archive"]
    assert past and {"session_label", "case_no", "units", "archive_id"} <= set(past[0])
    assert past[0]["units"][0] == {"name": "市民政局", "role": "lead"}


def test_similar_text(session: Path) -> None:
    out = run("similar", str(session), "1").stdout
    assert "本届相近提案" in out and "流水号 2" in out and "往届相近提案" in out
    assert "共同短语" in out


def test_suggest_json_and_text(session: Path) -> None:
    out = json.loads(run("suggest", str(session), "6", "--json").stdout)
    best = out["suggestions"][0]
    assert best["name"] == "市公安局" and best["role"] == "lead"
    assert 0 < best["score"] <= 1 and best["reason"]
    assert [j["name"] for j in best["joint"]] == ["市城市管理和综合执法局"]
    assert {"past_cases", "responsibility", "proposer_suggested"} <= set(best)
    text = run("suggest", str(session), "4").stdout
    assert text.splitlines()[1].startswith("1. 市人民防空办公室（主办）")
    assert "理由：" in text


def test_clusters_json_and_threshold(session: Path) -> None:
    out = json.loads(run("clusters", str(session), "--threshold", "0.3", "--json").stdout)
    assert out["threshold"] == 0.3
    group = next(g for g in out["clusters"] if {m["intake_no"] for m in g["members"]} >= {1, 2})
    assert group["lead_intake_no"] == 1 and group["score"] >= 0.3
    assert "组并案候选" in run("clusters", str(session)).stdout
    bad = run("clusters", str(session), "--threshold", "2", code=2)
    assert "0 到 1" in bad.stderr


def test_evaluate_json(session: Path) -> None:
    out = json.loads(run("evaluate", str(session), "--json").stdout)
    assert out["lead_top1"] == 1.0 and out["lead_top3"] == 1.0
    for key in ("joint_precision", "joint_recall", "similar_precision_at5", "test_session"):
        assert key in out
    assert "top-3" in run("evaluate", str(session)).stdout


def test_unknown_intake_number_is_an_error(session: Path) -> None:
    result = run("suggest", str(session), "999", code=2)
    assert "999" in result.stderr
