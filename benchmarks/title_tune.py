"""Tuning aid: the built-in catalogue's figures and misses on the `tune` rows of the real-title
set ONLY (held-out rows are never scored, printed or counted here).

    python3 benchmarks/title_tune.py [--quiet]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from review_desk.assist.title_eval import catalogue_suggester, read_titles, select_cases

TITLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "real_titles.csv"


def main(argv: list[str]) -> int:
    """Print tune misses (unless --quiet) and the tune top-1 / top-3."""
    cases = select_cases(read_titles(TITLES), split="tune")
    assert cases and all(c.split == "tune" for c in cases)
    suggest = catalogue_suggester()
    top1 = top3 = 0
    start = time.perf_counter()
    for case in cases:
        assert case.split == "tune"
        keys = list(suggest(case))
        rank = keys.index(case.unit_type) if case.unit_type in keys else None
        top1 += rank == 0
        top3 += rank is not None and rank < 3
        if rank != 0 and "--quiet" not in argv:
            print(f"{case.unit_type:22} rank={rank} got={','.join(keys[:3])}  {case.title}")
    per = (time.perf_counter() - start) / len(cases) * 1000
    n = len(cases)
    print(f"tune {n}: top-1 {top1 / n:.3f} ({top1})  top-3 {top3 / n:.3f} ({top3})"
          f"  {per:.2f} ms a title")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
