"""Run every benchmark of benchmarks/ in turn: `python3 benchmarks/run.py [NAME…]`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    """Run the named benchmarks (default: all *_bench.py), printing their tables."""
    wanted = set(sys.argv[1:])
    failed = 0
    for script in sorted(HERE.glob("*_bench.py")):
        if wanted and script.stem.removesuffix("_bench") not in wanted:
            continue
        print(f"\n== {script.stem} ==", flush=True)
        failed += subprocess.run([sys.executable, str(script)]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
