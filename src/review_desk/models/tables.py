"""The session file's tables.

Two kinds of table live here:

* the **journal** (`change`, `field_head`) and device-local bookkeeping (`meta`,
  `local_device`, `undo_entry`), written directly by the store and the journal;
* the **projected** tables (everything with a `present` column and the master lists),
  which are a projection of the journal and are only ever written by
  `review_desk.review.projection`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from review_desk.models.values import (
    HandlingMode,
    HandlingRole,
    ProposalKind,
    ProposerRole,
    Status,
)


class Base(DeclarativeBase):
    """Declarative base of every table of the session file."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


# --- store bookkeeping -------------------------------------------------------------


class Meta(Base):
    """Key/value facts about the file (file id, creating program)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LocalDevice(Base):
    """This copy's device identity, bound to the machine and path it was minted on."""

    __tablename__ = "local_device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String)
    fingerprint: Mapped[str] = mapped_column(String)
    created: Mapped[str] = mapped_column(String)


class UndoEntry(Base):
    """This device's undo stack: one row per undoable action."""

    __tablename__ = "undo_entry"
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(String)
    label: Mapped[str] = mapped_column(String)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


# --- the journal -------------------------------------------------------------------


class Change(Base):
    """One change row of the append-only journal."""

    __tablename__ = "change"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    device: Mapped[str] = mapped_column(String)
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String)
    reviewer: Mapped[str] = mapped_column(String)
    action_id: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    entity: Mapped[str] = mapped_column(String)
    entity_id: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)  # "@create" for a whole new record
    value: Mapped[str] = mapped_column(Text)  # JSON
    parents: Mapped[str] = mapped_column(Text)  # JSON list of change ids
    local_only: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("device", "seq", name="uq_change_device_seq"),
        Index("ix_change_entity", "entity_id", "field"),
        Index("ix_change_action", "action_id"),
        Index("ix_change_hlc", "hlc"),
    )


class FieldHead(Base):
    """The current head change(s) of one field; several heads with different values is a
    conflict."""

    __tablename__ = "field_head"
    entity: Mapped[str] = mapped_column(String, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    heads: Mapped[str] = mapped_column(Text)  # JSON list of change ids
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_head_conflict", "entity_id", sqlite_where=text("conflict")),
    )


# --- projected tables --------------------------------------------------------------


class SessionInfo(Base):
    """The conference and the plenary session (one row, id "main")."""

    __tablename__ = "session_info"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    committee: Mapped[str] = mapped_column(String, default="")
    term: Mapped[str] = mapped_column(String, default="")
    session: Mapped[str] = mapped_column(String, default="")
    year: Mapped[int] = mapped_column(Integer, default=0)
    handover_date: Mapped[str | None] = mapped_column(String, nullable=True)
    case_no_format: Mapped[str] = mapped_column(String, default="第{n:04d}号")
    numbering_final: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(Base):
    """A proposal category (提案类别)."""

    __tablename__ = "category"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Sector(Base):
    """A sector (界别) of the committee."""

    __tablename__ = "sector"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Reason(Base):
    """A reason for not accepting a proposal (不予立案理由)."""

    __tablename__ = "reason"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Disposition(Base):
    """Where a not-accepted text goes (转为意见和建议 …)."""

    __tablename__ = "disposition"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Member(Base):
    """A member of the committee (委员)."""

    __tablename__ = "member"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    sector: Mapped[str] = mapped_column(String, default="")
    work_unit: Mapped[str] = mapped_column(String, default="")
    address: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_member_name", "name"),)


class Unit(Base):
    """A handling unit (承办单位) of the catalogue."""

    __tablename__ = "unit"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    short_name: Mapped[str] = mapped_column(String, default="")
    kind: Mapped[str] = mapped_column(String, default="")
    responsibilities: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class ReviewGroup(Base):
    """A share of the proposals handed to some reviewers (审查小组)."""

    __tablename__ = "review_group"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    reviewers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Proposal(Base):
    """A proposal (提案) of this session and its review state."""

    __tablename__ = "proposal"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    intake_no: Mapped[int] = mapped_column(Integer)
    case_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    title: Mapped[str] = mapped_column(String)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), nullable=True)
    background: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[str] = mapped_column(String, default="")
    plenary: Mapped[bool] = mapped_column(Boolean, default=True)
    kind: Mapped[ProposalKind] = mapped_column(String, default="individual")
    collective_name: Mapped[str] = mapped_column(String, default="")
    suggested_units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[Status] = mapped_column(String, default="pending")
    reason_id: Mapped[str | None] = mapped_column(ForeignKey("reason.id"), nullable=True)
    disposition_id: Mapped[str | None] = mapped_column(
        ForeignKey("disposition.id"), nullable=True
    )
    reason_remark: Mapped[str] = mapped_column(Text, default="")  # 说明 of a rejection
    opinion: Mapped[str] = mapped_column(Text, default="")
    key: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_leader: Mapped[str] = mapped_column(String, default="")  # 领办
    supervise_leader: Mapped[str] = mapped_column(String, default="")  # 督办
    merged_into: Mapped[str | None] = mapped_column(ForeignKey("proposal.id"), nullable=True)
    handling_mode: Mapped[HandlingMode] = mapped_column(String, default="lead")
    deadline: Mapped[str | None] = mapped_column(String, nullable=True)  # ISO date override
    group_id: Mapped[str | None] = mapped_column(ForeignKey("review_group.id"), nullable=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        # covers the list and its filters, so listing never reads the wide rows
        Index("ix_proposal_list", "intake_no", "id", "present", "status", "category_id",
              "key", "group_id", "merged_into"),
        Index("ix_proposal_status", "status"),
        Index("ix_proposal_merged_into", "merged_into"),
    )


class Proposer(Base):
    """A person on a proposal: first proposer, co-signer, or a collective's contact."""

    __tablename__ = "proposer"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[ProposerRole] = mapped_column(String, default="first")
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), nullable=True)
    name: Mapped[str] = mapped_column(String)
    sector: Mapped[str] = mapped_column(String, default="")
    work_unit: Mapped[str] = mapped_column(String, default="")
    address: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    confirmed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_proposer_proposal", "proposal_id", "position"),)


class Assignment(Base):
    """A handling unit assigned to a proposal (预交办)."""

    __tablename__ = "assignment"
    id: Mapped[str] = mapped_column(String, primary_key=True)  # "<proposal>/u/<unit>"
    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"))
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    role: Mapped[HandlingRole] = mapped_column(String, default="lead")
    position: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_assignment_proposal", "proposal_id"),
        Index("ix_assignment_unit", "unit_id"),
    )


class Note(Base):
    """A reviewer's note on a proposal, private (never leaves the device) or shared."""

    __tablename__ = "note"
    id: Mapped[str] = mapped_column(String, primary_key=True)  # "<proposal>/n/<uuid>"
    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"))
    author: Mapped[str] = mapped_column(String, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[str] = mapped_column(String, default="")
    present: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_note_proposal", "proposal_id"),)


class ArchiveCase(Base):
    """A case of an earlier session, with the units it was assigned to."""

    __tablename__ = "archive_case"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    session_label: Mapped[str] = mapped_column(String)
    year: Mapped[int] = mapped_column(Integer)
    case_no: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String, default="")
    proposer: Mapped[str] = mapped_column(String, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    lead_unit: Mapped[str] = mapped_column(String, default="")
    joint_units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lead_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    joint_unit_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mode: Mapped[HandlingMode] = mapped_column(String, default="lead")
    merge_group: Mapped[str] = mapped_column(String, default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_archive_year", "year"),)


# entity name in the journal -> projected table
PROJECTED: dict[str, type[Base]] = {
    "session": SessionInfo,
    "category": Category,
    "sector": Sector,
    "reason": Reason,
    "disposition": Disposition,
    "member": Member,
    "unit": Unit,
    "group": ReviewGroup,
    "proposal": Proposal,
    "proposer": Proposer,
    "assignment": Assignment,
    "note": Note,
    "archive": ArchiveCase,
}

# the order in which projected tables are filled (foreign keys point backwards)
PROJECTION_ORDER: tuple[str, ...] = tuple(PROJECTED)


def table(model: type[Base]) -> Table:
    """The Core table of a model (typed as a Table, which `__table__` is not)."""
    return Base.metadata.tables[model.__tablename__]
