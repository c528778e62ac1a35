"""The phrases two texts share, weighted by how telling they are, for highlighting."""

from __future__ import annotations

import re

from review_desk.assist.results import SharedPhrase
from review_desk.assist.vectors import Vocabulary

MIN_WEIGHT = 4.0  # about one gram found in under a tenth of the texts
# boilerplate (随着经济社会的快速发展…) is long but made of common grams: a phrase's
# grams must on average be rarer than about one text in thirty (in a large corpus)
MIN_MEAN_IDF = 4.5
MIN_MEAN_SHARE = 0.6  # … or, in a small corpus, 0.6 of the idf of a gram seen once
_RUN = re.compile(r"[a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _longest_prefix_in(phrase: str, other: str) -> int:
    """The length of the longest prefix of `phrase` (≥ 2) that occurs in `other`, or 0."""
    low, high = 2, len(phrase)
    if phrase[:2] not in other:
        return 0
    while low < high:  # occurrence of a prefix is monotone in its length
        mid = (low + high + 1) // 2
        if phrase[:mid] in other:
            low = mid
        else:
            high = mid - 1
    return low


def _bigrams(runs: list[str]) -> set[str]:
    return {run[i:i + 2] for run in runs for i in range(len(run) - 1)}


def _split_shared(segment: str, other: str, idf: dict[str, float], min_weight: float,
                  min_mean: float, found: dict[str, float]) -> None:
    """Cut a run of shared bigrams into the longest pieces `other` contains as a whole."""
    while len(segment) >= 2:
        size = _longest_prefix_in(segment, other)
        if size == 0:
            segment = segment[1:]
            continue
        phrase = segment[:size]
        weights = [w for w in (idf.get(phrase[k:k + 2], 0.0) for k in range(size - 1)) if w]
        total = sum(weights)
        if total >= min_weight and total / len(weights) >= min_mean:
            score = total / len(weights) * len(weights) ** 0.5
            found[phrase] = max(score, found.get(phrase, 0.0))
        segment = segment[size - 1:] if size < len(segment) else ""


def shared_phrases(text: str, other: str, vocab: Vocabulary, limit: int = 8,
                   min_weight: float = MIN_WEIGHT) -> tuple[SharedPhrase, ...]:
    """Maximal runs of `text` that `other` contains too, heaviest first."""
    other_low = other.lower()
    other_grams = _bigrams(_RUN.findall(other_low))
    idf = vocab.gram_idf
    min_mean = min(MIN_MEAN_IDF, MIN_MEAN_SHARE * vocab.max_idf)
    min_weight = min(min_weight, min_mean)
    found: dict[str, float] = {}
    for run in _RUN.findall(text.lower()):
        i, last = 0, len(run) - 1
        while i < last:
            if run[i:i + 2] not in other_grams:
                i += 1
                continue
            end = i
            while end + 1 < last and run[end + 1:end + 3] in other_grams:
                end += 1
            # a run too light as a whole holds no heavy enough piece either
            if sum(idf.get(run[k:k + 2], 0.0) for k in range(i, end + 1)) >= min_weight:
                _split_shared(run[i:end + 2], other_low, idf, min_weight, min_mean, found)
            i = end + 1
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    kept: list[SharedPhrase] = []
    for phrase, weight in ranked:
        if any(phrase in longer.text for longer in kept):
            continue
        kept.append(SharedPhrase(phrase, round(weight, 2)))
        if len(kept) >= limit:
            break
    return tuple(kept)
