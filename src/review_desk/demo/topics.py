"""The topic table: matters proposals speak of, with units, phrasings and sentences."""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate

from review_desk.demo.topics_economy import ECONOMY
from review_desk.demo.topics_other import CULTURE, ECOLOGY, POLITICS
from review_desk.demo.topics_society import SOCIETY
from review_desk.review.standard_lists import NATIONAL_CATEGORIES

# Shares of the five national categories (经济 / 政治 / 文化 / 社会 / 生态), per cent.
CATEGORY_SHARES: tuple[float, ...] = (40.0, 9.0, 9.0, 29.0, 13.0)


@dataclass(frozen=True)
class Topic:
    """A matter with its category, usual units, phrasings and sentences."""

    name: str
    category: str
    lead: str  # short name of the usual lead unit
    joints: tuple[str, ...]  # short names of typical joint units
    alternatives: tuple[str, ...]  # plausible other leads
    nouns: tuple[str, ...]  # the matter as a noun phrase
    cores: tuple[str, ...]  # verb + object phrases for titles
    keys: tuple[str, ...]  # key phrases
    problems: tuple[str, ...]
    measures: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split("|") if part)


def _parse(category: str, rows: tuple[tuple[str, ...], ...]) -> list[Topic]:
    topics: list[Topic] = []
    for row in rows:
        name, lead, joints, alts, nouns, cores, keys, problems, measures = row
        topics.append(
            Topic(
                name=name,
                category=category,
                lead=lead,
                joints=_split(joints),
                alternatives=_split(alts),
                nouns=_split(nouns),
                cores=_split(cores),
                keys=_split(keys),
                problems=_split(problems),
                measures=_split(measures),
            )
        )
    return topics


def _build() -> tuple[Topic, ...]:
    economy, politics, culture, society, ecology = NATIONAL_CATEGORIES
    topics = (
        _parse(economy, ECONOMY)
        + _parse(politics, POLITICS)
        + _parse(culture, CULTURE)
        + _parse(society, SOCIETY)
        + _parse(ecology, ECOLOGY)
    )
    return tuple(topics)


TOPICS: tuple[Topic, ...] = _build()


def topics_by_category() -> tuple[tuple[Topic, ...], ...]:
    """Topics grouped per national category, in the order of NATIONAL_CATEGORIES."""
    return tuple(
        tuple(topic for topic in TOPICS if topic.category == category)
        for category in NATIONAL_CATEGORIES
    )


def topic_named(name: str) -> Topic:
    """Return the topic with this name (KeyError if none)."""
    for topic in TOPICS:
        if topic.name == name:
            return topic
    raise KeyError(name)


class TopicPicker:
    """Draws topics: a category by its share, then a topic by a seeded popularity."""

    def __init__(self, rng: random.Random) -> None:
        self._groups = topics_by_category()
        self._category_cum = tuple(accumulate(CATEGORY_SHARES))
        self._topic_cum = tuple(
            tuple(accumulate(0.4 + rng.random() * 1.6 for _ in group)) for group in self._groups
        )

    def pick(self, rng: random.Random) -> Topic:
        """One topic."""
        index = rng.choices(range(len(self._groups)), cum_weights=self._category_cum)[0]
        group = self._groups[index]
        return rng.choices(group, cum_weights=self._topic_cum[index])[0]
