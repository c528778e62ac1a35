"""Which units existed in a given year: the catalogue as it stood before the institutional
reforms that created some of today's kinds.

The 2018 reform of the State Council (国务院机构改革方案, adopted March 2018; the provinces
and the cities and counties followed by early 2019) created the veterans' affairs, medical
security and emergency management departments and moved duties between others; the 2023
reform created the party's social work departments (local ones in 2024). A proposal of an
earlier session was handled by the units of its time, so a catalogue for that year has no
unit that did not exist yet, and the matters it now handles go to the unit that held them:

* 退役军人事务: 优抚, 烈士褒扬, 退役士兵安置 were 民政's; 军转干部安置 人社's;
* 医疗保障: 城镇职工和居民医保 were 人社's, 新农合 卫计's, 医疗救助 民政's, 药品和医疗服务
  价格 the 物价 bureau's (发改);
* 应急管理 took 消防 from 公安, 救灾 from 民政, 森林防火 from 林业 (安全生产 was already
  the 安监 bureau's, which maps onto the same kind);
* 农田水利建设 moved from 水利 to 农业农村, 草原 from 农业 to 林草;
* 社会工作部 (2023) took 志愿服务 and 社区工作者 from 民政.

The year is the year of the session. Without a year the catalogue is today's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from review_desk.assist.standard_units import Level, StandardUnit


@dataclass(frozen=True)
class Reform:
    """From `since` (national level: `since_national`) on, `kind` holds `words` (all its
    cues when `words` is empty: the kind did not exist before); earlier they were `before`'s."""

    kind: str
    before: str
    since: int
    since_national: int
    words: tuple[str, ...] = ()


def _w(words: str) -> tuple[str, ...]:
    return tuple(words.split())


REFORMS: tuple[Reform, ...] = (
    Reform("veterans", "human_resources", 2019, 2018, _w("军转干部 军官转业 转业干部")),
    Reform("veterans", "civil_affairs", 2019, 2018),
    Reform("healthcare_security", "health", 2019, 2018, _w("新农合 新型农村合作医疗")),
    Reform("healthcare_security", "civil_affairs", 2019, 2018, _w("医疗救助")),
    Reform("healthcare_security", "development_reform", 2019, 2018,
           _w("药品价格 医疗服务价格")),
    Reform("healthcare_security", "human_resources", 2019, 2018),
    Reform("emergency", "public_security", 2019, 2018, _w(
        "消防 火灾 消防安全 消防通道 消防救援 消防站 微型消防站 消防车 消防栓 消火栓 "
        "消防设施 生命通道 消防安全隐患 高层消防 老旧小区消防 高层建筑 电动车进楼 "
        "飞线充电 电动自行车充电安全")),
    Reform("emergency", "civil_affairs", 2019, 2018, _w("救灾 受灾群众 灾后重建")),
    Reform("emergency", "forestry", 2019, 2018, _w(
        "森林防火 森林草原防火 森林火灾 防火隔离带 野外用火")),
    Reform("agriculture_rural", "water", 2019, 2018, _w("农田水利 小型农田水利")),
    Reform("forestry", "agriculture_rural", 2019, 2018, _w("草原")),
    Reform("social_work_dept", "civil_affairs", 2024, 2023),
)


def _moves(year: int, level: Level, by_key: dict[str, StandardUnit]
           ) -> tuple[set[str], dict[str, list[str]], dict[str, set[str]]]:
    """(kinds that did not exist, {earlier holder: cues it gets}, {kind: cues it loses})."""
    absent: set[str] = set()
    gains: dict[str, list[str]] = {}
    losses: dict[str, set[str]] = {}
    for reform in REFORMS:
        since = reform.since_national if level == "national" else reform.since
        if year >= since or reform.kind not in by_key or reform.before not in by_key:
            continue
        if reform.words:
            # only cues the kind has move: the reform moves duties, it adds no words
            moved = [w for w in reform.words if w in by_key[reform.kind].cues]
            losses.setdefault(reform.kind, set()).update(moved)
            gains.setdefault(reform.before, []).extend(moved)
        else:
            absent.add(reform.kind)
    return absent, gains, losses


def units_in_year(units: Iterable[StandardUnit], level: Level, year: int | None
                  ) -> tuple[StandardUnit, ...]:
    """The units of a level as they stood in `year` (today's when None)."""
    current = tuple(units)
    if year is None:
        return current
    by_key = {u.key: u for u in current}
    absent, gains, losses = _moves(year, level, by_key)
    for kind in sorted(absent):  # an heir of two kinds gets their cues in one order
        # a kind that did not exist leaves all its cues (the ones another reform already
        # gave elsewhere excepted) to the unit that held the matter
        heir = next(r.before for r in REFORMS if r.kind == kind and not r.words)
        taken = losses.get(kind, set())
        gains.setdefault(heir, []).extend(c for c in by_key[kind].cues if c not in taken)
    out: list[StandardUnit] = []
    for unit in current:
        if unit.key in absent:
            continue
        kept = [c for c in unit.cues if c not in losses.get(unit.key, set())]
        cues = tuple(dict.fromkeys((*kept, *gains.get(unit.key, ()))))
        out.append(unit if cues == unit.cues else dataclasses.replace(unit, cues=cues))
    return tuple(out)
