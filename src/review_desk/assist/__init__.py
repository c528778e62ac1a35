"""Similar proposals (并案 candidates) and handling-unit suggestions.

`Assistant(desk)` is the API for the UI and the CLI; everything it returns is a plain
frozen dataclass from `review_desk.assist.results`.
"""

from review_desk.assist.assistant import Assistant
from review_desk.assist.clusters import DEFAULT_THRESHOLD
from review_desk.assist.results import (
    Candidate,
    Cluster,
    ClusterMember,
    Evaluation,
    JointSuggestion,
    PastCase,
    SharedPhrase,
    UnitSuggestion,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "Assistant",
    "Candidate",
    "Cluster",
    "ClusterMember",
    "Evaluation",
    "JointSuggestion",
    "PastCase",
    "SharedPhrase",
    "UnitSuggestion",
]
