"""Plain input records for the import command.

Readers (spreadsheets, Word forms, the demo generator) produce these; the import
command validates them and writes them through the journal. They carry no ids:
the import command assigns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SessionInfo:
    """The conference and the plenary session a file is for."""

    committee: str  # e.g. "中国人民政治协商会议某某市委员会"
    term: str  # 届, e.g. "十四届"
    session: str  # 次, e.g. "三次会议"
    year: int
    handover_date: str | None = None  # 交办 date, ISO "YYYY-MM-DD"
    case_no_format: str = "第{n:04d}号"


@dataclass(frozen=True)
class UnitRecord:
    """A handling unit (承办单位) of the catalogue."""

    code: str
    name: str
    short_name: str = ""
    kind: str = ""  # e.g. 政府部门, 群团组织, 法院检察院, 企事业单位
    responsibilities: str = ""
    aliases: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class MemberRecord:
    """A member of the committee (委员)."""

    name: str
    sector: str  # 界别
    work_unit: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PersonRecord:
    """One proposer of a proposal, as written on the proposal."""

    name: str
    sector: str = ""
    work_unit: str = ""
    address: str = ""
    phone: str = ""
    confirmed: bool | None = None  # co-signers may confirm or decline


@dataclass(frozen=True)
class ProposalRecord:
    """A submitted proposal (提案) before review."""

    title: str  # 案由
    category: str  # category name
    background: str  # 情况/分析
    problems: str  # 存在问题
    suggestions: str  # 具体建议
    submitted_at: str  # ISO date-time
    kind: str  # "individual" | "joint" | "collective"
    proposers: tuple[PersonRecord, ...]  # first proposer first; empty for collective
    plenary: bool = True  # 大会 (True) or 平时 (False)
    collective_name: str = ""  # the body, for collective proposals
    contact: PersonRecord | None = None  # contact person, for collective proposals
    suggested_units: tuple[str, ...] = ()  # names as the proposer wrote them
    intake_no: int | None = None  # 流水号; None: next free number


@dataclass(frozen=True)
class ArchiveCaseRecord:
    """A case of an earlier session, with the units it was assigned to."""

    session_label: str  # e.g. "十四届二次"
    year: int
    case_no: str  # as printed, e.g. "第0123号"
    title: str
    category: str
    proposer: str  # first proposer or body
    summary: str  # a short part of the text (the suggestions)
    lead_unit: str  # unit name as recorded then (may be an alias)
    joint_units: tuple[str, ...] = ()
    mode: str = "lead"  # "lead" (主办+会办) or "split" (分办)
    merge_group: str = ""  # cases merged together share a label


@dataclass(frozen=True)
class MasterLists:
    """The configurable lists of a session."""

    categories: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    dispositions: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionBundle:
    """Everything needed to fill a new session file."""

    info: SessionInfo
    lists: MasterLists
    units: tuple[UnitRecord, ...] = ()
    members: tuple[MemberRecord, ...] = ()
    proposals: tuple[ProposalRecord, ...] = ()
    archive: tuple[ArchiveCaseRecord, ...] = field(default=())
