"""Benchmark of the review assistance at national scale (prints; asserts nothing).

    python3 benchmarks/assist_bench.py [FILE] [--proposals 6000] [--archive 100000]

Without FILE a demo session of the given size is made in a child process (about a minute
at full size) and kept in ``~/.cache/review-desk/bench`` for the next run, so that the peak
memory printed here is the assistance's own and not the demo generator's. Prints the index
build (which also keeps the index beside the file), the session's titles read for meaning
ahead (`kept_meaning`, kept beside it too), the first `suggest` of a fresh process
that finds it there, the update after a decision and after a title edit, one candidate list,
one unit suggestion, the clustering of the whole session, the evaluation, the peak memory
(resident set high-water mark) of this process at each step and the load average.
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
           "memory": 500.0, "first": 1.0, "update": 0.100}

# run in a fresh interpreter: open the file, load the kept index, answer one suggestion
FRESH = """
import json, resource, sys, time
started = time.perf_counter()
from pathlib import Path
from review_desk.assist import Assistant
from review_desk.desk import Desk
imported = time.perf_counter()
with Desk.open(Path(sys.argv[1])) as desk:
    assistant = Assistant(desk)
    found = assistant.suggest(desk.proposal_id(int(sys.argv[2])))
    answered = time.perf_counter()
    cached = assistant.index.loaded_from_cache
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:  # ru_maxrss survives exec on Linux (it would show the parent's); VmHWM does not
    status = Path("/proc/self/status").read_text()
    peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
except (OSError, StopIteration):
    pass
print(json.dumps({"imports": imported - started, "answer": answered - imported,
                  "cached": cached, "top": found[0].name if found else "", "peak": peak}))
"""


def _fresh_suggest(path: Path, intake_no: int) -> dict[str, object]:
    import json
    import os
    import subprocess

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", FRESH, str(path), str(intake_no)],
                          capture_output=True, text=True, check=True, env=dict(os.environ))
    result: dict[str, object] = json.loads(done.stdout)
    result["wall"] = time.perf_counter() - started
    return result


MAKE_DEMO = """
import sys
from pathlib import Path
from review_desk.demo import generate
from review_desk.desk import Desk
path = Path(sys.argv[1])
Desk.create(path, generate(proposals=int(sys.argv[2]), archive=int(sys.argv[3]),
                           seed=int(sys.argv[4]))).close()
"""


def _demo_file(proposals: int, archive: int, seed: int) -> Path:
    """A demo session of this size, made in a child process once and kept for later runs."""
    import os
    import subprocess

    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = folder / "review-desk" / "bench" / f"demo-{proposals}-{archive}-{seed}.rdesk"
    if path.exists():
        print(f"demo session kept from an earlier run: {path}")
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", MAKE_DEMO, str(partial), str(proposals),
                    str(archive), str(seed)], check=True, env=dict(os.environ))
    partial.replace(path)
    print(f"demo session made in a child process in {time.perf_counter() - started:.1f} s "
          f"and kept: {path}")
    return path


def _load() -> str:
    import os

    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


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

    import shutil

    from sqlalchemy import text

    from review_desk.assist import Assistant
    from review_desk.assist.evaluate import evaluate
    from review_desk.desk import Desk
    from review_desk.review.journal import Set

    tmp = tempfile.TemporaryDirectory()
    path = Path(tmp.name) / "bench.rdesk"
    source = Path(args.file) if args.file else _demo_file(args.proposals, args.archive,
                                                           args.seed)
    shutil.copyfile(source, path)  # a copy: the benchmark decides and edits
    print(f"load average {_load()}")
    memory_before = _peak_mb()
    with Desk.open(path) as desk:
        assistant = Assistant(desk)
        started = time.perf_counter()
        assistant.index.build(use_cache=False)  # a real build, whatever is kept beside
        assistant.warm()  # as the window does after its build: the models load
        build = time.perf_counter() - started
        session, archive = assistant.index.session, assistant.index.archive
        print(f"session {len(session.ids)} proposals, archive {len(archive.ids)} cases, "
              f"vocabulary {len(session.vocab)} grams, "
              f"{session.rows.nnz + archive.rows.nnz} stored weights")
        _line("index build (and keep it)", build, TARGETS["build"],
              f"peak {_peak_mb():.0f} MB so far")
        started = time.perf_counter()
        warmed = assistant.warm_titles()  # as the window does on a thread after the index
        print(f"{'titles read for meaning ahead':<34}{time.perf_counter() - started:8.2f} s    "
              f"{warmed} titles, kept beside the file (the window: in the background)")
        fresh = _fresh_suggest(path, 17)
        _line("first suggest, fresh process", float(fresh["answer"]),  # type: ignore[arg-type]
              TARGETS["first"],
              f"open + load + answer; imports {fresh['imports']:.2f} s, whole process "
              f"{fresh['wall']:.2f} s, kept index used: {fresh['cached']}, "
              f"peak {fresh['peak']:.0f} MB")
        first_id = session.ids[0]
        desk.decisions.decide([first_id], "accept")
        started = time.perf_counter()
        assistant.suggest(first_id)
        _line("suggest after a decision", time.perf_counter() - started, TARGETS["update"],
              "catches up with the journal, then answers")
        with desk.store.reading() as conn:
            title = str(conn.execute(text("SELECT title FROM proposal WHERE id = :i"),
                                     {"i": first_id}).scalar())
        edits = []
        for n in range(5):  # each a different title: every one is re-read into the index
            desk.writer.run("bench.edit", lambda _conn, n=n: [
                Set("proposal", first_id, "title", f"{title}（修改{n}）")])
            started = time.perf_counter()
            assistant.suggest(first_id)
            edits.append(time.perf_counter() - started)
        _line("suggest after a title edit", statistics.median(edits), TARGETS["update"],
              f"median of 5 edits (max {max(edits) * 1000:.0f} ms); re-reads the edited "
              "proposal in place")
        build_peak = _peak_mb()
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
          f"{TARGETS['memory']:.0f} MB; this process only: build, queries, clustering; "
          f"{memory_before:.0f} MB before the index, {build_peak:.0f} MB after the build and "
          f"the updates; {_peak_mb():.0f} MB after the evaluation too)")
    print(f"load average {_load()}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
