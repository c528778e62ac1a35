"""How well the assistant would have done: train on the earlier archive sessions, test on
the latest one.

* lead unit: top-1 and top-3 accuracy of the suggested 主办 against the recorded lead;
* joint units: precision and recall of the 会办 units proposed with the top suggestion;
* similarity: for each latest-session case in a known merge group (并案), the top five
  candidates among that session's other cases that clear the candidate threshold —
  precision (how many shown are in its group) and recall (how many of its group mates
  are shown).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from review_desk.assist.corpus import archive_titles
from review_desk.assist.index import AssistIndex, query_rows, top_k
from review_desk.assist.results import Evaluation
from review_desk.assist.suggest import UnitModel
from review_desk.errors import ReviewDeskError

BLOCK = 32
SIMILAR_TOP = 5
MERGE_THRESHOLD = 0.3  # the session candidates' threshold (assistant.MIN_SESSION_SCORE)


class NotEnoughArchiveError(ReviewDeskError):
    """The archive has fewer than two sessions with known units to learn from and test on."""


def evaluate(index: AssistIndex,
             progress: Callable[[int, int], None] | None = None) -> Evaluation:
    """Train on every archive session but the latest, test on the latest."""
    started = time.perf_counter()
    archive, units = index.archive, index.units
    years = sorted(set(archive.year[archive.lead >= 0].tolist()))
    if len(years) < 2:
        raise NotEnoughArchiveError(
            "The archive needs cases of at least two earlier sessions, with their units, "
            "to evaluate the suggestions; import the archive first.",
            "往届提案库至少需要两届（含承办单位）才能评估；请先导入往届提案。",
        )
    latest = years[-1]
    train = archive.year < latest
    test = np.flatnonzero((archive.year == latest) & (archive.lead >= 0))
    with index.store.reading() as conn:
        titles = archive_titles(conn, latest)
    model = UnitModel(archive, units, index.session.vocab, train)
    top1 = top3 = 0
    joint_hits = joint_shown = joint_true = 0
    for start in range(0, len(test), BLOCK):
        block = test[start:start + BLOCK]
        rankings = model.rank(archive.rows.take(block),
                              [titles.get(archive.ids[i], "") for i in block])
        for i, ranking in zip(block, rankings, strict=True):
            order = ranking.order()
            truth = int(archive.lead[i])
            top1 += order[0] == truth
            top3 += truth in order[:3]
            predicted = {u for u, _, _ in model.joints_for(ranking, order[0])}
            actual = {int(u) for u in archive.joints_of(int(i))}
            joint_hits += len(predicted & actual)
            joint_shown += len(predicted)
            joint_true += len(actual)
        if progress is not None:
            progress(min(len(test), start + BLOCK), len(test))
    precision, recall, queries = _merge_scores(index, latest)
    n = max(1, len(test))
    label = archive.session_label[int(test[0])] if len(test) else str(latest)
    return Evaluation(
        train_cases=int(train.sum()), test_cases=len(test), test_session=label,
        lead_top1=round(top1 / n, 4), lead_top3=round(top3 / n, 4),
        joint_precision=round(joint_hits / max(1, joint_shown), 4),
        joint_recall=round(joint_hits / max(1, joint_true), 4),
        similar_precision_at5=precision, similar_recall_at5=recall, merge_queries=queries,
        seconds=round(time.perf_counter() - started, 2))


def _merge_scores(index: AssistIndex, year: int) -> tuple[float, float, int]:
    archive = index.archive
    session = np.flatnonzero(archive.year == year)
    grouped = [int(i) for i in session if archive.merge_group[int(i)]]
    if not grouped:
        return 0.0, 0.0, 0
    outside = np.ones(len(archive.ids), dtype=bool)
    outside[session] = False
    hits = shown = mates_total = 0
    for start in range(0, len(grouped), BLOCK):
        block = np.array(grouped[start:start + BLOCK], dtype=np.int64)
        scores = archive.postings.scores(query_rows(archive.rows.take(block)))
        scores[:, outside] = -1.0
        for r, i in enumerate(block):
            group = archive.merge_group[int(i)]
            found = [j for j, s in top_k(scores[r], SIMILAR_TOP, exclude=int(i))
                     if s >= MERGE_THRESHOLD]
            mates = sum(1 for j in session if archive.merge_group[int(j)] == group) - 1
            good = sum(1 for j in found if archive.merge_group[j] == group)
            hits += good
            shown += len(found)
            mates_total += min(mates, SIMILAR_TOP)
    return (round(hits / max(1, shown), 4), round(hits / max(1, mates_total), 4), len(grouped))
