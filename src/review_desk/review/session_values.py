"""Checks on a session's own details that later reads depend on (year, 交办 date)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from review_desk.errors import InvalidActionError


def parse_date(value: Any) -> date | None:
    """An ISO date, or None when the value is empty or not a date (an old file may
    hold anything there; reads never fail on it)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def check_session_values(fields: Mapping[str, Any]) -> None:
    """Refuse a year or 交办 date that is not one (before anything is written)."""
    if "year" in fields:
        year = fields["year"]
        if isinstance(year, bool) or not isinstance(year, int) or not 0 <= year <= 9999:
            raise InvalidActionError(
                f"The year {year!r} is not a year; give it like 2026.",
                f"年份“{year}”无效，请写成 2026 这样的形式。",
            )
    handover = fields.get("handover_date")
    if handover and parse_date(handover) is None:
        raise InvalidActionError(
            f"The handover date {handover!r} is not a date; write it as YYYY-MM-DD, e.g. "
            "2026-03-15.",
            f"交办日期“{handover}”无效，请写成 YYYY-MM-DD，如 2026-03-15。",
        )
