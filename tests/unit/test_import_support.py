"""Builders of import fixtures (workbooks, CSV, Word forms, zips) made in code, shared by
the test_import_* modules. No tests here."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import openpyxl
from sqlalchemy import text

from review_desk.desk import Desk
from review_desk.review.records import MemberRecord, SessionBundle, SessionInfo
from review_desk.review.standard_lists import STANDARD_LISTS

BODY = ("一、情况分析\n近年来我市老龄化加快，社区养老设施不足。\n二、存在问题\n护理人员短缺。\n"
        "三、具体建议\n一是增加养老床位；二是培训护理员。")
ROWS = (
    ("关于加快发展社区养老服务的提案", "张伟", "李娜、王芳", "中国民主同盟", "社会建设",
     "2026年1月5日", BODY),
    ("关于破解老旧小区停车难的提案", "刘洋", "", "经济界", "社会建设", "2026/1/6",
     "老旧小区停车位缺口大。建议挖潜共享车位。"),
    ("关于优化营商环境支持中小企业发展的提案", "陈静", "", "工商联", "经济建设", "2026-01-07",
     "情况分析：中小企业融资难。\n存在问题：审批环节多。\n具体建议：压缩审批时限。"),
)
MEMBERS = (
    MemberRecord("张伟", "中国民主同盟", "江川大学"), MemberRecord("李娜", "教育界"),
    MemberRecord("王芳", "医药卫生界"), MemberRecord("刘洋", "经济界"),
    MemberRecord("陈静", "工商联"),
)


def new_session(path: Path, members: Sequence[MemberRecord] = MEMBERS) -> Path:
    """An empty session file with the standard lists (and a roster)."""
    info = SessionInfo("中国人民政治协商会议江川市委员会", "十四届", "五次会议", 2026)
    with Desk.create(path, SessionBundle(info=info, lists=STANDARD_LISTS,
                                         members=tuple(members)), reviewer="测试"):
        pass
    return path


def journal_size(path: Path) -> int:
    """How many change rows the session's journal holds."""
    with Desk.open(path, reviewer="测试") as desk, desk.store.reading() as conn:
        return int(conn.execute(text("SELECT count(*) FROM change")).scalar() or 0)


def proposal_workbook(path: Path, headers: Sequence[str] = ("序号", "案由", "提案人", "联名人",
                      "界别", "提案类别", "提交时间", "提案内容"),
                      rows: Sequence[Sequence[object]] | None = None,
                      banner: str | None = "江川市政协十四届五次会议提案汇总表") -> Path:
    """A one-sheet workbook: an optional merged banner, a header row, the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "提案"
    if banner:
        sheet.append([banner])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(list(headers))
    for number, row in enumerate(rows if rows is not None else ROWS, start=1):
        sheet.append([number, *row] if len(headers) == len(row) + 1 else list(row))
    book.save(path)
    return path


def form_document(title: str = "关于加快发展社区养老服务的提案", proposer: str = "张伟",
                  sector: str = "中国民主同盟", category: str = "社会建设",
                  cosigners: Sequence[tuple[str, str]] = (("李娜", "教育界"),),
                  body: str = BODY, layout: str = "table") -> bytes:
    """A Word proposal form: "table" (the 提案表) or "free" (labelled lines and sections)."""
    document = docx.Document()
    document.add_paragraph("政协江川市第十四届委员会第五次会议提案")
    if layout == "table":
        table = document.add_table(rows=6, cols=4)
        table.cell(0, 0).text = "案由"
        table.cell(0, 1).merge(table.cell(0, 3)).text = title
        for row, pairs in ((1, (("提案人", proposer), ("界别", sector))),
                           (2, (("工作单位", "江川大学"), ("联系电话", "13800138000"))),
                           (3, ((("提案类别", category) if category else ("备注", "")),
                                ("提交时间", "2026年1月5日")))):
            for col, (label, value) in enumerate(pairs):
                table.cell(row, col * 2).text = label
                table.cell(row, col * 2 + 1).text = value
        table.cell(4, 0).merge(table.cell(4, 3)).text = "提案内容"
        content = table.cell(5, 0).merge(table.cell(5, 3))
        lines = body.split("\n")
        content.text = lines[0]
        for line in lines[1:]:
            content.add_paragraph(line)
        if cosigners:
            document.add_paragraph("联名提案人")
            people = document.add_table(rows=1 + len(cosigners), cols=3)
            for col, label in enumerate(("姓名", "界别", "工作单位")):
                people.cell(0, col).text = label
            for i, (name, person_sector) in enumerate(cosigners, start=1):
                people.cell(i, 0).text = name
                people.cell(i, 1).text = person_sector
                people.cell(i, 2).text = "江川市某单位"
    else:
        document.add_paragraph(title)
        document.add_paragraph(f"提案人：{proposer}　　界别：{sector}")
        if category:
            document.add_paragraph(f"类别：{category}")
        if cosigners:
            document.add_paragraph("联名人：" + "、".join(f"{n}（{s}）" for n, s in cosigners))
        for line in body.split("\n"):
            document.add_paragraph(line)
        document.add_paragraph("2026年1月8日")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_of(files: dict[str, bytes], path: Path, gbk_names: bool = False) -> Path:
    """A zip of the given files; `gbk_names` stores the names in GBK without the UTF-8
    flag, the way Windows zip tools do."""
    placeholders: dict[bytes, bytes] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(files.items()):
            stored = name
            if gbk_names:
                raw = name.encode("gbk")
                suffix = Path(name).suffix
                stored = f"{index:03d}".ljust(len(raw) - len(suffix), "x") + suffix
                placeholders[stored.encode("ascii")] = raw
            archive.writestr(stored, data)
    if placeholders:
        content = path.read_bytes()
        for placeholder, raw in placeholders.items():
            content = content.replace(placeholder, raw)
        path.write_bytes(content)
    return path
