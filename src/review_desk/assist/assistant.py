"""`Assistant(desk)`: 并案 candidates, unit suggestions and clusters for one open session.

Every method may run on a worker thread: each holds the index's lock while it reads (a
rebuild on another thread waits, and a query never mixes two builds) and opens its own
connection. Queries first catch up with the journal, so edits, imports and synced
changes are seen without being told. `build()` up front, on a worker
thread, spares the first query the wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np
from sqlalchemy import Connection

from review_desk.assist import kept_meaning
from review_desk.assist.clusters import DEFAULT_THRESHOLD, Progress, cluster
from review_desk.assist.corpus import archive_display, proposal_texts
from review_desk.assist.grams import clean_title
from review_desk.assist.index import AssistIndex, BuildProgress, query_rows, top_k
from review_desk.assist.memory import release_memory
from review_desk.assist.phrases import shared_phrases
from review_desk.assist.results import (
    Candidate,
    Cluster,
    ClusterMember,
    JointSuggestion,
    PastCase,
    UnitSuggestion,
)
from review_desk.assist.suggest import (
    Hints,
    Ranking,
    UnitModel,
    display_score,
    duty_phrase,
    find_mentions,
)
from review_desk.assist.vectors import SparseRows
from review_desk.desk import Desk
from review_desk.review.journal import Changed
from review_desk.review.lookup import proposal_state
from review_desk.review.queries import ProposalRow, proposal_detail, proposal_rows

MIN_SESSION_SCORE = 0.3  # below this a proposal of the session is not a 并案 candidate
MIN_ARCHIVE_SCORE = 0.35
MAX_PAST_CASES = 3
CLUSTER_PHRASE_CHARS = 300
WARM_TITLE = "关于加强农村饮水安全的建议"
MIN_SUGGESTION_SCORE = 0.02  # below this nothing points to the unit: better say nothing


def _text(title: str, body: str) -> str:
    return clean_title(title) + "\n" + body


def _same_case(query: ProposalRow, other: ProposalRow) -> bool:
    if other.merged_into is not None and other.merged_into == query.intake_no:
        return True
    if query.merged_into is not None and query.merged_into == other.intake_no:
        return True
    return query.merged_into is not None and query.merged_into == other.merged_into


class Assistant:
    """Review assistance over one open session (see the module docstring)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.index = AssistIndex(desk.store)
        self._lock = threading.RLock()
        self._model: UnitModel | None = None
        self._model_of: tuple[int, int] = (0, 0)

    # --- the index ----------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Whether the index is built (queries before that build it first)."""
        return self.index.built

    def build(self, progress: BuildProgress | None = None) -> None:
        """Build the index now (call it on a worker thread when a session opens)."""
        self.index.build(progress)

    def warm(self) -> None:
        """Ready what the first suggestion would otherwise make on the request path (the
        sentence model, the catalogue's matcher, the unit model, about 0.2 s): the window's
        index worker calls it after the build."""
        self.suggest_text(WARM_TITLE)

    def warm_titles(self, should_stop: Callable[[], bool] = lambda: False) -> int:
        """Embed the session's titles for the reading of meaning ahead of their suggestions
        and keep them beside the file (`kept_meaning`); how many were embedded."""
        return kept_meaning.warm_titles(self.index.meaning, self.desk.store.path,
                                        self.desk.store.reading, should_stop)

    def refresh(self, proposal_ids: Sequence[str]) -> None:
        """Re-read these proposals after they were edited, imported or removed."""
        self.index.refresh(proposal_ids)

    def sync(self) -> bool:
        """Catch up with the journal (done by every query); True when anything changed."""
        with self.index.locked(), self.desk.store.reading() as conn:
            return self._sync(conn)

    def _sync(self, conn: Connection) -> bool:
        if not self.index.built:
            self.index.build()
            return True
        return self.index.sync(conn)

    def _units_model(self) -> UnitModel:
        with self._lock:
            archive, units = self.index.archive, self.index.units
            key = (id(archive), id(units))
            if self._model is None or self._model_of != key:
                self._model = UnitModel(archive, units, self.index.session.vocab,
                                        profiles=self.index.profiles)
                self._model_of = key
            return self._model

    def _row_of(self, conn: Connection, proposal_id: str) -> SparseRows:
        session = self.index.session
        if proposal_id not in session.position:
            proposal_state(conn, proposal_id)  # raises NotFoundError for an unknown id
            self.index.refresh([proposal_id], conn)
            session = self.index.session
        return session.rows.take(np.array([session.position[proposal_id]], dtype=np.int64))

    # --- similar proposals --------------------------------------------------------------

    def similar(self, proposal_id: str, limit: int = 10, archive_limit: int = 5,
                min_score: float = MIN_SESSION_SCORE,
                min_archive_score: float = MIN_ARCHIVE_SCORE) -> list[Candidate]:
        """Proposals of this session on the same matter, then earlier cases, best first."""
        with self.index.locked(), self.desk.store.reading() as conn:
            self._sync(conn)
            row = self._row_of(conn, proposal_id)
            own = proposal_texts(conn, [proposal_id])
            text = _text(own[0].title, own[0].body) if own else ""
            return self._similar(conn, row, text, proposal_id, limit, archive_limit, min_score,
                                 min_archive_score)

    def similar_text(self, title: str, body: str = "", limit: int = 10,
                     archive_limit: int = 5) -> list[Candidate]:
        """Candidates for a text that is not in the session (a draft, a pasted title)."""
        with self.index.locked(), self.desk.store.reading() as conn:
            self._sync(conn)
            row = self.index.vectors([title], [body])
            return self._similar(conn, row, _text(title, body), None, limit, archive_limit,
                                 MIN_SESSION_SCORE, MIN_ARCHIVE_SCORE)

    def _similar(self, conn: Connection, row: SparseRows, text: str, own_id: str | None,
                 limit: int,
                 archive_limit: int, min_score: float,
                 min_archive_score: float) -> list[Candidate]:
        session, archive = self.index.session, self.index.archive
        vocab = session.vocab
        q = query_rows(row)
        own = session.position.get(own_id) if own_id is not None else None
        near = [(j, s) for j, s in top_k(session.postings.scores(q)[0], limit, exclude=own)
                if s >= min_score] if limit > 0 else []
        past = [(j, s) for j, s in top_k(archive.postings.scores(q)[0], archive_limit)
                if s >= min_archive_score] if archive_limit > 0 else []
        out: list[Candidate] = []
        ids = [session.ids[j] for j, _ in near]
        rows = {r.id: r for r in proposal_rows(conn, ids + ([own_id] if own_id else []))}
        texts = {p.id: p for p in proposal_texts(conn, ids)}
        shown = archive_display(conn, [archive.ids[j] for j, _ in past])
        query_row = rows.get(own_id) if own_id else None
        for (_j, score), pid in zip(near, ids, strict=True):
            info, body = rows.get(pid), texts.get(pid)
            if info is None or body is None:
                continue
            out.append(Candidate(
                source="session", id=pid, score=round(score, 4), title=info.title,
                label=f"流水号 {info.intake_no}",
                phrases=shared_phrases(text, _text(body.title, body.body), vocab),
                intake_no=info.intake_no, status=info.status, merged_into=info.merged_into,
                same_case=query_row is not None and _same_case(query_row, info),
                proposer=info.proposers, units=tuple(u.name for u in info.units),
                unit_roles=tuple(u.role for u in info.units)))
        units = self.index.units.units
        for j, score in past:
            case = shown.get(archive.ids[j])
            if case is None:
                continue
            lead = int(archive.lead[j])
            names = ([units[lead].name] if lead >= 0 else []) + [
                units[int(u)].name for u in archive.joints_of(j)]
            out.append(Candidate(
                source="archive", id=archive.ids[j], score=round(score, 4), title=case["title"],
                label=f"{case['session_label']} {case['case_no']}".strip(),
                phrases=shared_phrases(text, _text(case["title"], case["summary"]), vocab),
                session_label=case["session_label"], case_no=case["case_no"],
                year=int(case["year"]) if case["year"] else None, proposer=case["proposer"],
                units=tuple(names),
                unit_roles=tuple(["lead"] * (lead >= 0) + ["joint"] * (len(names) - (lead >= 0)))))
        return out

    # --- unit suggestions ---------------------------------------------------------------

    def suggest(self, proposal_id: str, limit: int = 5) -> list[UnitSuggestion]:
        """Ranked lead units (主办), each with its joint units (会办) and reasons."""
        with self.index.locked(), self.desk.store.reading() as conn:
            self._sync(conn)
            row = self._row_of(conn, proposal_id)
            detail = proposal_detail(conn, proposal_id)
            # kept ahead unless the title just changed (then embedded here, and kept)
            kept_meaning.ensure(self.index.meaning, {proposal_id: detail.row.title})
            text = _text(detail.row.title, detail.body)
            return self._suggest(conn, row, detail.row.title, text, detail.suggested_units,
                                 limit)

    def suggest_text(self, title: str, body: str = "", suggested_units: Sequence[str] = (),
                     limit: int = 5) -> list[UnitSuggestion]:
        """Suggestions for a text that is not in the session."""
        with self.index.locked(), self.desk.store.reading() as conn:
            self._sync(conn)
            return self._suggest(conn, self.index.vectors([title], [body]), title,
                                 _text(title, body), suggested_units, limit)

    def _suggest(self, conn: Connection, row: SparseRows, title: str, text: str,
                 suggested: Sequence[str], limit: int) -> list[UnitSuggestion]:
        model = self._units_model()
        units = self.index.units
        resolved = units.resolver.resolve_all(suggested)
        hints = Hints(tuple(units.position[u] for u in resolved), find_mentions(text, units))
        ranking = model.rank(row, [title], [hints])[0]
        return self._describe(conn, model, ranking, text, limit)

    def _describe(self, conn: Connection, model: UnitModel, ranking: Ranking, text: str,
                  limit: int) -> list[UnitSuggestion]:
        """Turn a ranking into suggestions with their reasons."""
        units = self.index.units.units
        archive = self.index.archive
        vocab = self.index.session.vocab
        order = [u for u in ranking.order()[:limit]
                 if display_score(float(ranking.total[u])) >= MIN_SUGGESTION_SCORE]
        wanted = {j for j, _ in ranking.neighbours}
        shown = archive_display(conn, sorted(archive.ids[j] for j in wanted))

        def past(positions: Sequence[int]) -> tuple[PastCase, ...]:
            scores = dict(ranking.neighbours)
            cases = []
            for j in positions[:MAX_PAST_CASES]:
                case = shown.get(archive.ids[j], {})
                cases.append(PastCase(archive.ids[j], f"{case.get('session_label', '')} "
                                      f"{case.get('case_no', '')}".strip(),
                                      case.get("title", ""), round(scores.get(j, 0.0), 4)))
            return tuple(cases)

        out: list[UnitSuggestion] = []
        for position in order:
            unit = units[position]
            led = [j for j, _ in ranking.neighbours if archive.lead[j] == position]
            duty = duty_phrase(text, unit.responsibilities, vocab) if (
                ranking.duties[position] > 0) else ""
            joints = tuple(
                JointSuggestion(units[u].id, units[u].name, round(share, 3), past(support),
                                f"相近往届提案中{share:.0%}由其会办")
                for u, share, support in model.joints_for(ranking, position))
            suggestion = UnitSuggestion(
                unit_id=unit.id, name=unit.name,
                score=round(display_score(float(ranking.total[position])), 4),
                reason="", past_cases=past(led), past_share=round(float(ranking.vote[position]),
                                                                   3),
                responsibility=duty, proposer_suggested=position in ranking.hints.suggested,
                mentioned=position in ranking.hints.mentioned, joint=joints)
            out.append(_with_reason(suggestion, len(led)))
        return out

    def apply(self, proposal_id: str, suggestion: UnitSuggestion,
              with_joint: bool = True) -> Changed:
        """Assign the suggested lead (and its joint units) through the review commands."""
        joint = [j.unit_id for j in suggestion.joint] if with_joint else []
        return self.desk.units.assign_lead_joint(proposal_id, suggestion.unit_id, joint)

    # --- clusters -----------------------------------------------------------------------

    def clusters(self, threshold: float = DEFAULT_THRESHOLD,
                 progress: Progress | None = None) -> list[Cluster]:
        """Candidate merge groups of the whole session, most alike first."""
        with self.index.locked(), self.desk.store.reading() as conn:
            self._sync(conn)
            session = self.index.session
            groups = cluster(session, threshold, progress)
            ids = sorted({session.ids[m] for g in groups for m in g.members})
            rows = {r.id: r for r in proposal_rows(conn, ids)}
            # a group's phrases come from the titles and openings: enough to see its matter
            texts = {p.id: _text(p.title, p.body[:CLUSTER_PHRASE_CHARS])
                     for p in proposal_texts(conn, ids)}
        out: list[Cluster] = []
        for number, grp in enumerate(groups, start=1):
            members = [
                ClusterMember(session.ids[m], rows[session.ids[m]].intake_no,
                              rows[session.ids[m]].title, rows[session.ids[m]].status,
                              round(s, 4))
                for m, s in zip(grp.members, grp.member_scores, strict=True)
                if session.ids[m] in rows]
            if len(members) < 2:
                continue
            members.sort(key=lambda m: m.intake_no)
            first, second = texts.get(members[0].proposal_id, ""), texts.get(
                members[1].proposal_id, "")
            phrases = tuple(p.text for p in shared_phrases(first, second, session.vocab)
                            if all(p.text in texts.get(m.proposal_id, "").lower()
                                   for m in members))
            out.append(Cluster(number, tuple(members), round(grp.score, 4),
                               members[0].proposal_id, phrases))
        release_memory()
        return out


def _with_reason(s: UnitSuggestion, led: int) -> UnitSuggestion:
    parts: list[str] = []
    if s.past_cases:
        first = s.past_cases[0]
        parts.append(f"{led}件相近往届提案由其主办（如{first.label}“{first.title}”）")
    if s.responsibility:
        parts.append(f"职责：{s.responsibility}")
    if s.proposer_suggested:
        parts.append("提案人建议由其承办")
    if s.mentioned:
        parts.append("提案正文提及该单位")
    if s.joint:
        parts.append("往届同类提案多有会办：" + "、".join(j.name for j in s.joint))
    reason = "；".join(parts) or "与该单位职责或往届承办情况相近"
    return UnitSuggestion(s.unit_id, s.name, s.score, reason, s.past_cases, s.past_share,
                          s.responsibility, s.proposer_suggested, s.mentioned, s.joint)
