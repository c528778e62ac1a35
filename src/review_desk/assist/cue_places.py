"""Where a cue or a name sits in a title: the small text look-ups of the catalogue reading."""

from __future__ import annotations

import re
from collections.abc import Iterable


def bits(mask: int) -> Iterable[int]:
    """The positions of the set bits of a mask."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def inside_other(name: str, text: str, met: dict[str, float], own: frozenset[str]) -> bool:
    """Whether every mention of a unit's short name lies inside a longer cue of other units
    (交通 in 交通事故 is the police's word, not the transport bureau's name)."""
    covers = [(m.start(), m.start() + len(c)) for c in met
              if len(c) > len(name) and c not in own and name in c
              for m in re.finditer(re.escape(c), text)]
    if not covers:
        return False
    at = text.find(name)
    while at >= 0:
        if not any(a <= at and at + len(name) <= b for a, b in covers):
            return False
        at = text.find(name, at + 1)
    return True


def gapped_in(cue: str, text: str) -> bool:
    """Whether the text holds the cue with one ideograph inside it (饮水 in 饮用水)."""
    for k in range(1, len(cue)):
        head, tail = cue[:k], cue[k:]
        at = text.find(head)
        while at >= 0:
            gap = at + k
            if (gap + len(tail) < len(text) and "\u4e00" <= text[gap] <= "\u9fff"
                    and text.startswith(tail, gap + 1)):
                return True
            at = text.find(head, at + 1)
    return False
