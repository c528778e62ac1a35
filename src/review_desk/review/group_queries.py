"""Reads of the review groups (审查小组), for the filter panel."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class GroupView:
    """A review group and its reviewers."""

    id: str
    name: str
    reviewers: tuple[str, ...]


def review_groups(conn: Connection) -> list[GroupView]:
    """The review groups, by name."""
    out = []
    for gid, name, reviewers in conn.execute(text(
            "SELECT id, name, reviewers FROM review_group WHERE present ORDER BY name, id")):
        names = json.loads(reviewers or "[]") if isinstance(reviewers, str) else reviewers
        out.append(GroupView(str(gid), str(name), tuple(str(r) for r in names or [])))
    return out
