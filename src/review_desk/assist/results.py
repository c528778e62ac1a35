"""What the assistant answers: plain frozen dataclasses for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SharedPhrase:
    """A phrase both texts contain, to highlight; heavier phrases are rarer."""

    text: str
    weight: float


@dataclass(frozen=True)
class Candidate:
    """A proposal of this session (a 并案 candidate) or an earlier case on the same matter."""

    source: str  # "session" | "archive"
    id: str  # proposal id or archive case id
    score: float  # cosine similarity, 0..1
    title: str
    label: str  # "流水号 12" or "十四届四次 第0123号"
    phrases: tuple[SharedPhrase, ...]
    intake_no: int | None = None  # session candidates
    status: str = ""  # session candidates: pending, accepted, merged …
    merged_into: int | None = None  # intake number of the lead it is merged into
    same_case: bool = False  # already merged with the proposal asked about
    session_label: str = ""  # archive candidates
    case_no: str = ""
    year: int | None = None
    proposer: str = ""
    units: tuple[str, ...] = ()  # units assigned (archive: the lead first)
    unit_roles: tuple[str, ...] = ()  # the role of each unit: lead, joint, split …


@dataclass(frozen=True)
class PastCase:
    """An earlier case that points to a unit."""

    archive_id: str
    label: str  # "十四届四次 第0123号"
    title: str
    score: float


@dataclass(frozen=True)
class JointSuggestion:
    """A 会办 unit to go with a suggested lead unit."""

    unit_id: str
    name: str
    share: float  # weighted share of the similar past cases that had it as a joint unit
    past_cases: tuple[PastCase, ...]
    reason: str


@dataclass(frozen=True)
class UnitSuggestion:
    """A suggested lead unit (主办) with its joint units (会办) and why."""

    unit_id: str
    name: str
    score: float  # 0..1
    reason: str  # one sentence for the reviewer (Chinese)
    past_cases: tuple[PastCase, ...] = ()
    past_share: float = 0.0  # weighted share of the similar past cases it led
    responsibility: str = ""  # the phrase of its responsibilities that matches
    proposer_suggested: bool = False
    mentioned: bool = False  # the proposal's text names the unit
    joint: tuple[JointSuggestion, ...] = field(default=())

    @property
    def role(self) -> str:
        """Always "lead": joint units are carried in `joint`."""
        return "lead"


@dataclass(frozen=True)
class ClusterMember:
    """A proposal of a candidate merge group."""

    proposal_id: str
    intake_no: int
    title: str
    status: str
    score: float  # mean similarity to the other members


@dataclass(frozen=True)
class Cluster:
    """A candidate merge group (并案) of the session."""

    number: int
    members: tuple[ClusterMember, ...]
    score: float  # mean similarity of its pairs
    lead_id: str  # the suggested lead: the earliest proposal
    phrases: tuple[str, ...]  # what the members share


@dataclass(frozen=True)
class Evaluation:
    """How well the assistant predicts the latest archive session from the earlier ones."""

    train_cases: int
    test_cases: int
    test_session: str
    lead_top1: float
    lead_top3: float
    joint_precision: float
    joint_recall: float
    similar_precision_at5: float  # among top-5 candidates above the threshold
    similar_recall_at5: float  # share of merge-group mates found in the top 5
    merge_queries: int
    seconds: float
