"""Safe file names from unit and proposer names."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_desk.documents.filenames import MAX_NAME_BYTES, NamePlan, safe_name


@pytest.mark.parametrize(("name", "expected"), [
    ("市民政局", "市民政局.pdf"),
    ("工商联/总商会", "工商联_总商会.pdf"),
    ("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i.pdf"),
    ("CON", "_CON.pdf"),
    ("nul", "_nul.pdf"),
    ("COM1.txt", "_COM1.txt.pdf"),
    ("LPT9", "_LPT9.pdf"),
    ("CONSOLE", "CONSOLE.pdf"),
    ("  名字. ", "名字.pdf"),
    ("...", "_.pdf"),
    ("张\t三\n", "张 三.pdf"),
    ("..\\..\\etc", "_.._etc.pdf"),
])
def test_safe_name(name: str, expected: str) -> None:
    assert safe_name(name, ".pdf") == expected


def test_long_names_are_cut_at_a_character_boundary() -> None:
    name = "关于" + "进一步加强城市社区养老服务" * 30 + "的提案"
    safe = safe_name(name, ".docx")
    assert safe.endswith(".docx")
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe.startswith("关于进一步")
    safe.encode("utf-8").decode("utf-8")  # whole characters only


def test_plan_makes_names_unique(tmp_path: Path) -> None:
    plan = NamePlan()
    first = plan.path(tmp_path, "张三", ".pdf")
    second = plan.path(tmp_path, "张三", ".pdf")
    third = plan.path(tmp_path, "张三", ".PDF".lower())
    assert (first.name, second.name, third.name) == ("张三.pdf", "张三（2）.pdf", "张三（3）.pdf")
    long = "长" * 200
    a = plan.path(tmp_path, long, ".pdf")
    b = plan.path(tmp_path, long, ".pdf")
    assert a != b and b.name.endswith("（2）.pdf")
    assert len(b.name.encode("utf-8")) <= MAX_NAME_BYTES
    # case-insensitive, as on Windows
    assert plan.path(tmp_path, "ABC", ".pdf").name == "ABC.pdf"
    assert plan.path(tmp_path, "abc", ".pdf").name == "abc（2）.pdf"
