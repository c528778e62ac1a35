"""A reviewed demo session, so the documents have something to show.

The demo generator writes proposals awaiting review. `review_demo` plays the review
group on such a session through the public review commands only (decide, merge, assign,
annotate, number) — the documents themselves never write. Tests, the benchmark and
`review-desk export --demo-review` (for trying the documents out) use it. Seeded and
deterministic: the same session and seed give the same decisions.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from review_desk.errors import ActionError
from review_desk.review.records import SessionBundle, UnitRecord

if TYPE_CHECKING:
    from review_desk.desk import Desk

Progress = Callable[[str, int, int], None]
_REJECT_SHARE = 0.10
_WITHDRAW_SHARE = 0.01
_MERGE_SHARE = 0.04
_KEY_SHARE = 0.012
_SPLIT_SHARE = 0.05


def extra_units(count: int) -> tuple[UnitRecord, ...]:
    """Further handling units (to reach a national-sized catalogue of ~170)."""
    kinds = ("委", "部", "局", "署", "总局", "办公室", "中心", "院")
    fields = ("发展研究", "标准化", "数据", "知识产权", "档案", "地质调查", "气象", "地震",
              "林业和草原", "粮食和物资储备", "能源", "国防科技工业", "烟草专卖", "移民管理",
              "铁路", "民用航空", "邮政", "文物", "中医药", "疾病预防控制", "矿山安全监察",
              "消防救援", "药品监督管理", "外汇管理")
    out = []
    for i in range(count):
        name = f"国家{fields[i % len(fields)]}{kinds[(i // len(fields)) % len(kinds)]}"
        if i >= len(fields) * len(kinds):
            name += f"第{i // (len(fields) * len(kinds)) + 1}分支"
        out.append(UnitRecord(code=f"X{i + 1:03d}", name=name, kind="中央部门"))
    return tuple(out)


def with_units(bundle: SessionBundle, total: int) -> SessionBundle:
    """The bundle with extra units so its catalogue has at least `total` units."""
    missing = max(0, total - len(bundle.units))
    if not missing:
        return bundle
    return SessionBundle(info=bundle.info, lists=bundle.lists,
                         units=(*bundle.units, *extra_units(missing)), members=bundle.members,
                         proposals=bundle.proposals, archive=bundle.archive)


def _units_for(rng: random.Random, suggested: Sequence[str], names: Sequence[str]
               ) -> list[str]:
    picked = list(dict.fromkeys(suggested))[:3]
    while len(picked) < 1 + (rng.random() < 0.45) + (rng.random() < 0.15):
        name = rng.choice(names)
        if name not in picked:
            picked.append(name)
    return picked


def review_demo(desk: Desk, seed: int = 1, progress: Progress | None = None,
                same_matter: Sequence[tuple[int, int]] = ()) -> None:
    """Decide every pending proposal of a demo session, assign units, number the cases.

    `same_matter` (pairs of 0-based intake positions from the generator's plan) become
    merge groups; more groups are drawn at random so every session has some.
    """
    report = progress or (lambda _stage, _done, _total: None)
    rng = random.Random(seed)
    ids = desk.list_ids()
    reasons = [item.name for item in desk.list_items("reason")]
    dispositions = [item.name for item in desk.list_items("disposition")]
    unit_names = [u.name for u in desk.unit_catalogue() if u.active]
    rejected: dict[tuple[str, str], list[str]] = {}
    withdrawn: list[str] = []
    accepted: list[str] = []
    for pid in ids:
        draw = rng.random()
        if draw < _REJECT_SHARE:
            key = (rng.choice(reasons), rng.choice(dispositions[:3]))
            rejected.setdefault(key, []).append(pid)
        elif draw < _REJECT_SHARE + _WITHDRAW_SHARE:
            withdrawn.append(pid)
        else:
            accepted.append(pid)
    report("decisions", 0, len(ids))
    desk.decisions.decide(accepted, "accept")
    for (reason, disposition), group in sorted(rejected.items()):
        desk.decisions.decide(group, "reject", reason=reason, disposition=disposition)
    if withdrawn:
        desk.decisions.decide(withdrawn, "withdraw")
    members: set[str] = set()
    leads: list[str] = []
    accepted_set = set(accepted)
    pairs = [(ids[a], ids[b]) for a, b in same_matter if a < len(ids) and b < len(ids)]
    for _ in range(int(len(accepted) * _MERGE_SHARE)):
        lead, member = rng.sample(accepted, 2)
        pairs.append((lead, member))
        if rng.random() < 0.3:
            pairs.append((lead, rng.choice(accepted)))
    for lead, member in pairs:
        if lead in members or member in members or member in leads or lead == member:
            continue
        if lead not in accepted_set or member not in accepted_set:
            continue
        desk.merging.merge(lead, [member])
        members.add(member)
        leads.append(lead)
    report("decisions", len(ids), len(ids))
    cases = [pid for pid in accepted if pid not in members]
    handover = desk.session_info().get("handover_date")
    with desk.store.reading() as conn:  # the proposers' suggested units, in one read
        suggested_by_id = {str(r[0]): [str(u) for u in json.loads(r[1] or "[]") if u]
                           for r in conn.execute(text(
                               "SELECT id, suggested_units FROM proposal WHERE present"))}
    for done, pid in enumerate(cases):
        if done % 200 == 0:
            report("units", done, len(cases))
        names = _units_for(rng, suggested_by_id.get(pid, []), unit_names)
        try:
            if rng.random() < _SPLIT_SHARE and len(names) > 1:
                desk.units.assign_split(pid, names)
            else:
                desk.units.assign_lead_joint(pid, names[0], joint=names[1:2],
                                             assist=names[2:3])
        except ActionError:
            # a suggested name that is not in the catalogue: fall back to catalogue names
            desk.units.assign_lead_joint(pid, rng.choice(unit_names))
        if rng.random() < _KEY_SHARE:
            desk.annotations.set_key(pid, True, lead_leader="副市长", supervise_leader="政协副主席")
            if handover:
                early = date.fromisoformat(handover) + timedelta(days=60)
                desk.units.set_deadline(pid, early.isoformat())
    report("units", len(cases), len(cases))
    desk.numbering.number(order="category")
