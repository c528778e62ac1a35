"""Copying the built-in catalogue's units of one level into a session, where they are
edited like any other unit (one import through the journal)."""

from __future__ import annotations

from review_desk.assist.catalogue import standard_keys, units_at
from review_desk.assist.corpus import unit_texts
from review_desk.assist.standard_units import GROUP_LABELS, Level
from review_desk.desk import Desk
from review_desk.review.records import MasterLists, SessionBundle, SessionInfo, UnitRecord


def standard_records(level: Level) -> list[UnitRecord]:
    """The catalogue's units of a level as unit records (code = the standard key)."""
    out: list[UnitRecord] = []
    for unit in units_at(level):
        name = unit.name_at(level)
        aliases = tuple(n for n in unit.names if n != name)
        out.append(UnitRecord(code=unit.key, name=name, short_name=unit.aliases[0] if
                              unit.aliases else "", kind=GROUP_LABELS[unit.group],
                              responsibilities=unit.duties, aliases=aliases))
    return out


def seed_units(desk: Desk, level: Level) -> int:
    """Add the catalogue's units of `level` that the session lacks (an existing unit that
    maps onto a standard unit counts as having it, a merged bureau as having each unit it
    joins: a county with a 教育体育局 gets no 体育局); the number added."""
    with desk.store.reading() as conn:
        present = unit_texts(conn)
    have = {k for u in present for k in standard_keys((u.name, u.short_name, *u.aliases))}
    missing = tuple(r for r in standard_records(level) if r.code not in have)
    if missing:
        with desk.store.reading() as conn:
            info = conn.exec_driver_sql(
                "SELECT committee, term, session, year FROM session_info WHERE id = 'main'"
            ).first()
        session = SessionInfo(*info) if info else SessionInfo("", "", "", 0)
        desk.importer.import_bundle(SessionBundle(info=session, lists=MasterLists(),
                                                  units=missing))
    return len(missing)
