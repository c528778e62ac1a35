"""Benchmark of the review assistance at national scale (prints; asserts nothing).

    python3 benchmarks/assist_bench.py [FILE] [--proposals 6000] [--archive 100000]

Without FILE (or when FILE does not exist) a demo session of the given size is created
first (about a minute at full size). Prints the index build, one candidate list, one
unit suggestion, the clustering of the whole session, the evaluation and the peak
memory (resident set high-water mark of this process).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"build": 60.0, "similar": 0.100, "suggest": 0.050, "clusters": 10.0,
           "memory": 500.0}


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def _line(what: str, seconds: float, target: float, extra: str = "") -> None:
    shown = f"{seconds * 1000:8.1f} ms" if target < 1 else f"{seconds:8.2f} s "
    goal = f"{target * 1000:.0f} ms" if target < 1 else f"{target:.0f} s"
    print(f"{what:<34}{shown}   (target < {goal}) {extra}")


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="an existing session file to measure")
    parser.add_argument("--proposals", type=int, default=6000)
    parser.add_argument("--archive", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=50)
    args = parser.parse_args()

    from review_desk.assist import Assistant
    from review_desk.assist.evaluate import evaluate
    from review_desk.desk import Desk

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.file) if args.file else Path(tmp.name) / "bench.rdesk"
    if not path.exists():
        from review_desk.demo import generate

        started = time.perf_counter()
        bundle = generate(proposals=args.proposals, archive=args.archive, seed=args.seed)
        Desk.create(path, bundle).close()
        del bundle
        print(f"demo session created in {time.perf_counter() - started:.1f} s "
              "(not counted below; peak memory includes it)")
    memory_before = _peak_mb()
    with Desk.open(path) as desk:
        assistant = Assistant(desk)
        started = time.perf_counter()
        assistant.build()
        build = time.perf_counter() - started
        session, archive = assistant.index.session, assistant.index.archive
        print(f"session {len(session.ids)} proposals, archive {len(archive.ids)} cases, "
              f"vocabulary {len(session.vocab)} grams, "
              f"{session.rows.nnz + archive.rows.nnz} stored weights")
        _line("index build", build, TARGETS["build"], f"peak {_peak_mb():.0f} MB so far")
        step = max(1, len(session.ids) // args.queries)
        ids = list(session.ids[::step])[: args.queries]
        assistant.similar(ids[0])
        assistant.suggest(ids[0])
        times: dict[str, list[float]] = {"similar": [], "suggest": []}
        for pid in ids:
            started = time.perf_counter()
            assistant.similar(pid)
            times["similar"].append(time.perf_counter() - started)
            started = time.perf_counter()
            assistant.suggest(pid)
            times["suggest"].append(time.perf_counter() - started)
        for name, label in (("similar", "candidates for one proposal"),
                            ("suggest", "one unit suggestion")):
            values = sorted(times[name])
            p95 = values[int(0.95 * (len(values) - 1))]
            _line(label + " (median)", statistics.median(values), TARGETS[name],
                  f"p95 {p95 * 1000:.1f} ms over {len(values)}; peak {_peak_mb():.0f} MB")
        started = time.perf_counter()
        groups = assistant.clusters()
        clustering = time.perf_counter() - started
        _line("clustering the session", clustering, TARGETS["clusters"],
              f"{len(groups)} groups, {sum(len(g.members) for g in groups)} proposals; "
              f"peak {_peak_mb():.0f} MB")
        working_peak = _peak_mb()
        result = evaluate(assistant.index)
        print(f"evaluation ({result.test_session}, {result.test_cases} cases, "
              f"{result.seconds:.1f} s): lead top-1 {result.lead_top1:.3f}, top-3 "
              f"{result.lead_top3:.3f}, joint P {result.joint_precision:.3f} / R "
              f"{result.joint_recall:.3f}, similar P@5 {result.similar_precision_at5:.3f}")
    print(f"{'peak memory (RSS high-water)':<34}{working_peak:8.0f} MB   (target < "
          f"{TARGETS['memory']:.0f} MB; {memory_before:.0f} MB before the index; "
          f"{_peak_mb():.0f} MB after the evaluation too)")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
