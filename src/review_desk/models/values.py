"""The domain's closed vocabularies: statuses, decisions, handling modes and roles.

Each is a `Literal` type, so a typo in a command fails mypy, with a tuple of its
values for checks at run time and a `parse_*` for text read back from the file.
"""

from __future__ import annotations

from typing import Literal, TypeVar, get_args

Status = Literal["pending", "accepted", "rejected", "merged", "withdrawn"]
Decision = Literal["accept", "reject", "withdraw", "pending"]
HandlingMode = Literal["lead", "split"]  # 主办+会办/协办, 分办
HandlingRole = Literal["lead", "joint", "assist", "split"]  # 主办, 会办, 协办, 分办
ProposerRole = Literal["first", "cosigner", "contact"]
ProposalKind = Literal["individual", "joint", "collective"]

STATUSES: tuple[Status, ...] = get_args(Status)
DECISIONS: tuple[Decision, ...] = get_args(Decision)
HANDLING_MODES: tuple[HandlingMode, ...] = get_args(HandlingMode)
HANDLING_ROLES: tuple[HandlingRole, ...] = get_args(HandlingRole)
PROPOSER_ROLES: tuple[ProposerRole, ...] = get_args(ProposerRole)
PROPOSAL_KINDS: tuple[ProposalKind, ...] = get_args(ProposalKind)

# the roles each handling mode allows
MODE_ROLES: dict[HandlingMode, tuple[HandlingRole, ...]] = {
    "lead": ("lead", "joint", "assist"),
    "split": ("split",),
}
STATUS_OF_DECISION: dict[Decision, Status] = {
    "accept": "accepted", "reject": "rejected", "withdraw": "withdrawn", "pending": "pending",
}
# outcomes that end a proposal's review without a case
CLOSED: tuple[Status, ...] = ("rejected", "withdrawn")

V = TypeVar("V", bound=str)


def _parse(value: object, allowed: tuple[V, ...], what: str) -> V:
    for option in allowed:
        if value == option:
            return option
    raise ValueError(f"{value!r} is not a {what} (one of {', '.join(allowed)})")


def parse_status(value: object) -> Status:
    """A status read from the file, checked."""
    return _parse(value, STATUSES, "status")


def parse_decision(value: object) -> Decision:
    """A decision given as text, checked."""
    return _parse(value, DECISIONS, "decision")


def parse_mode(value: object) -> HandlingMode:
    """A handling mode read from the file, checked."""
    return _parse(value, HANDLING_MODES, "handling mode")


def parse_role(value: object) -> HandlingRole:
    """A unit role read from the file, checked."""
    return _parse(value, HANDLING_ROLES, "unit role")


def parse_proposer_role(value: object) -> ProposerRole:
    """A proposer role read from the file, checked."""
    return _parse(value, PROPOSER_ROLES, "proposer role")


def parse_kind(value: object) -> ProposalKind:
    """A proposal kind, checked."""
    return _parse(value, PROPOSAL_KINDS, "proposal kind")
