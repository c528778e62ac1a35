"""Importing Word proposal forms: the 提案表 table layout, free-form documents, folders and
zips of forms, and every container that must be refused."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from review_desk.desk import Desk
from review_desk.importing import (
    CorruptContainerError,
    EncryptedFileError,
    ImportOptions,
    Limits,
    WrongFileTypeError,
    ZipBombError,
    context_from_desk,
    read_source,
)
from review_desk.importing.plan import ImportPlan
from review_desk.review.records import ProposalRecord
from tests.unit.test_import_support import form_document, new_session, zip_of


@pytest.fixture()
def session(tmp_path: Path) -> Path:
    return new_session(tmp_path / "s.rdesk")


def _plan(session: Path, sources: list[Path], options: ImportOptions | None = None
          ) -> ImportPlan:
    with Desk.open(session, reviewer="测试") as desk:
        return read_source(sources, options=options, context=context_from_desk(desk))


def _record(plan: ImportPlan, index: int = 0) -> ProposalRecord:
    record = plan.rows[index].record
    assert isinstance(record, ProposalRecord), plan.rows[index].issues
    return record


def test_table_form_with_cosigners_table(session: Path, tmp_path: Path) -> None:
    (tmp_path / "f.docx").write_bytes(form_document(cosigners=[("李娜", "教育界"),
                                                               ("王芳", "医药卫生界")]))
    plan = _plan(session, [tmp_path / "f.docx"])
    record = _record(plan)
    assert record.title == "关于加快发展社区养老服务的提案"
    assert record.category == "社会建设" and record.kind == "joint"
    assert [(p.name, p.sector) for p in record.proposers] == [
        ("张伟", "中国民主同盟"), ("李娜", "教育界"), ("王芳", "医药卫生界")]
    assert record.proposers[0].phone == "13800138000"
    assert record.background == "近年来我市老龄化加快，社区养老设施不足。"
    assert record.problems == "护理人员短缺。"
    assert record.suggestions == "一是增加养老床位；二是培训护理员。"
    assert record.submitted_at == "2026-01-05T00:00:00"
    assert plan.rows[0].severity == "ok"


def test_free_form_with_labelled_sections_and_cosigners_line(session: Path,
                                                             tmp_path: Path) -> None:
    body = "情况分析：中小企业融资难。\n存在问题：审批环节多。\n具体建议：压缩审批时限。"
    (tmp_path / "f.docx").write_bytes(form_document(
        title="关于优化营商环境的提案", proposer="陈静", sector="工商联", category="经济建设",
        cosigners=[("刘洋", "经济界")], body=body, layout="free"))
    record = _record(_plan(session, [tmp_path / "f.docx"]))
    assert (record.title, record.category, record.kind) == ("关于优化营商环境的提案", "经济建设",
                                                            "joint")
    assert [(p.name, p.sector) for p in record.proposers] == [("陈静", "工商联"),
                                                              ("刘洋", "经济界")]
    assert (record.background, record.problems, record.suggestions) == (
        "中小企业融资难。", "审批环节多。", "压缩审批时限。")
    assert record.submitted_at == "2026-01-08T00:00:00"


def test_free_form_with_numbered_sections(session: Path, tmp_path: Path) -> None:
    body = ("一、我市养老服务现状\n现有养老机构50家。\n二、面临的挑战\n床位缺口较大。\n"
            "三、下一步的想法\n（一）增加投入。\n（二）完善政策。")
    (tmp_path / "f.docx").write_bytes(form_document(cosigners=[], body=body, layout="free"))
    record = _record(_plan(session, [tmp_path / "f.docx"]))
    assert record.kind == "individual"
    assert record.background == "一、我市养老服务现状\n现有养老机构50家。"
    assert record.problems == "二、面临的挑战\n床位缺口较大。"
    assert record.suggestions == "三、下一步的想法\n（一）增加投入。\n（二）完善政策。"


def test_form_without_sections_keeps_the_text_and_warns(session: Path, tmp_path: Path) -> None:
    (tmp_path / "f.docx").write_bytes(form_document(body="建议加快建设养老设施。", layout="free",
                                                    cosigners=[]))
    plan = _plan(session, [tmp_path / "f.docx"])
    assert _record(plan).background == "建议加快建设养老设施。"
    assert [i.code for i in plan.rows[0].issues] == ["sections_not_found"]


def test_folder_and_zip_of_forms_with_gbk_names_and_duplicates(session: Path,
                                                               tmp_path: Path) -> None:
    forms = {
        "提案一.docx": form_document(),
        "提案二.docx": form_document(title="关于优化营商环境的提案", proposer="陈静",
                                   sector="工商联", category="经济建设", layout="free"),
        "提案一（重复）.docx": form_document(),
    }
    folder = tmp_path / "forms"
    folder.mkdir()
    for name, data in forms.items():
        (folder / name).write_bytes(data)
    (folder / "~$提案一.docx").write_bytes(b"lock file")
    (folder / "旧格式.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    plan = _plan(session, [folder])
    outcome = {Path(r.source).name: (r.severity, r.duplicate) for r in plan.rows}
    assert outcome == {"提案一.docx": ("ok", False), "提案二.docx": ("ok", False),
                       "提案一（重复）.docx": ("warning", True), "旧格式.doc": ("error", False)}
    archive = zip_of(forms, tmp_path / "forms.zip", gbk_names=True)
    plan = _plan(session, [archive])
    assert [r.source for r in plan.rows] == [
        "forms.zip/提案一.docx", "forms.zip/提案一（重复）.docx", "forms.zip/提案二.docx"]
    assert plan.counts()["to_add"] == 2 and plan.counts()["duplicate"] == 1


def test_password_protected_docx_is_refused(session: Path, tmp_path: Path) -> None:
    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(form_document())).encrypt("密码123", encrypted)
    (tmp_path / "secret.docx").write_bytes(encrypted.getvalue())
    with pytest.raises(EncryptedFileError) as caught:
        _plan(session, [tmp_path / "secret.docx"])
    assert "secret.docx" in caught.value.message_zh and "密码" in caught.value.message_zh


def test_password_protected_xlsx_is_refused(session: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    plain = io.BytesIO()
    book.save(plain)
    plain.seek(0)
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("pw", encrypted)
    (tmp_path / "secret.xlsx").write_bytes(encrypted.getvalue())
    with pytest.raises(EncryptedFileError):
        _plan(session, [tmp_path / "secret.xlsx"])


@pytest.mark.parametrize(("content", "what"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("关于某某的提案\n这其实是一个文本文件。".encode(), "纯文本"),
    (b"", "空文件"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000), "旧版"),
])
def test_a_docx_that_is_really_something_else(session: Path, tmp_path: Path, content: bytes,
                                              what: str) -> None:
    (tmp_path / "fake.docx").write_bytes(content)
    with pytest.raises(WrongFileTypeError) as caught:
        _plan(session, [tmp_path / "fake.docx"])
    assert what in caught.value.message_zh and "fake.docx" in caught.value.message_zh


def test_a_zip_that_is_not_a_docx(session: Path, tmp_path: Path) -> None:
    zip_of({"readme.txt": b"hello"}, tmp_path / "notword.docx")
    with pytest.raises(WrongFileTypeError, match=r"word/document\.xml"):
        _plan(session, [tmp_path / "notword.docx"])


def test_truncated_and_corrupt_containers(session: Path, tmp_path: Path) -> None:
    data = form_document()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptContainerError) as caught:
        _plan(session, [tmp_path / "cut.docx"])
    assert "cut.docx" in caught.value.message
    archive = zip_of({"a.docx": data}, tmp_path / "forms.zip")
    raw = bytearray(archive.read_bytes())
    raw[len(raw) - 30: len(raw) - 10] = bytes(20)  # break the central directory
    archive.write_bytes(bytes(raw))
    with pytest.raises(CorruptContainerError):
        _plan(session, [archive])


def test_a_damaged_form_inside_a_folder_is_an_error_row(session: Path, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "good.docx").write_bytes(form_document())
    (folder / "bad.docx").write_bytes(form_document()[:3000])
    plan = _plan(session, [folder])
    bad = next(r for r in plan.rows if r.source.endswith("bad.docx"))
    assert bad.severity == "error" and bad.issues[0].code == "unreadable_file"
    assert plan.counts()["to_add"] == 1


def test_zip_bomb_is_refused_before_reading(session: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.docx", bytes(50 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ZipBombError) as caught:
        _plan(session, [bomb])
    assert "bomb.zip" in caught.value.message
    docx_bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(docx_bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" + bytes(30 * 1024 * 1024))
    with pytest.raises(ZipBombError):
        _plan(session, [docx_bomb])
    with pytest.raises(ZipBombError, match="expands to"):
        _plan(session, [zip_of({"a.docx": form_document()}, tmp_path / "ok.zip")],
              ImportOptions(limits=Limits(max_unzipped_bytes=1000)))


def test_a_one_megabyte_form_text_is_refused_with_the_file_named(session: Path,
                                                                 tmp_path: Path) -> None:
    rng = random.Random(4)
    prose = "".join(chr(rng.randrange(0x4E00, 0x4E00 + 3000)) for _ in range(1_000_000))
    body = "一、情况分析\n" + prose + "\n三、具体建议\n建议。"
    (tmp_path / "long.docx").write_bytes(form_document(body=body, cosigners=[]))
    plan = _plan(session, [tmp_path / "long.docx"])
    assert plan.rows[0].source == "long.docx"
    assert [i.code for i in plan.rows[0].issues] == ["text_too_long"]
    assert plan.counts()["to_add"] == 0


def test_table_form_of_a_collective_proposal(session: Path, tmp_path: Path) -> None:
    (tmp_path / "f.docx").write_bytes(form_document(proposer="民盟江川市委会", sector="",
                                                    cosigners=[]))
    record = _record(_plan(session, [tmp_path / "f.docx"]))
    assert (record.kind, record.collective_name, record.proposers) == (
        "collective", "民盟江川市委会", ())
