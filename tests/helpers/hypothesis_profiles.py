"""Hypothesis, configured on purpose (loaded as a pytest plugin by tests/conftest.py).

* ``ci`` (the default): a fixed seed, so every run draws the same examples and a failure
  in CI is the failure on your laptop; the seed is printed at the end of every run.
* ``manual``: ten times the examples and a fresh random seed, printed too, for a longer
  run by hand: ``REVIEW_DESK_HYPOTHESIS=manual python3 -m pytest -q -k …``.

``--hypothesis-seed=N`` replays any printed seed. Tests size their runs with
`examples(n)`: n under ``ci``, 10·n under ``manual``.
"""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, core, settings
from hypothesis.database import DirectoryBasedExampleDatabase

CI_SEED = 20260301
PROFILE = os.environ.get("REVIEW_DESK_HYPOTHESIS", "ci")
_SCALE = {"ci": 1, "manual": 10}

settings.register_profile(
    "ci", deadline=None, print_blob=True, database=None,  # the seed alone decides
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("manual", parent=settings.get_profile("ci"),
                          database=DirectoryBasedExampleDatabase(".hypothesis/examples"))
if PROFILE not in _SCALE:
    raise pytest.UsageError(f"REVIEW_DESK_HYPOTHESIS must be one of {', '.join(_SCALE)}")
settings.load_profile(PROFILE)


def examples(n: int) -> int:
    """How many examples a test runs under the current profile."""
    return n * _SCALE[PROFILE]


_seed: list[int | str] = []


def pytest_configure(config: pytest.Config) -> None:
    """Fix (ci) or draw (manual) the seed unless one was given."""
    given = config.getoption("hypothesis_seed", None)
    if given is not None:
        _seed.append(given)
        return
    seed = CI_SEED if PROFILE == "ci" else random.SystemRandom().randrange(2**32)
    core.global_force_seed = seed
    _seed.append(seed)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how to draw the same examples again."""
    if _seed:
        terminalreporter.write_line(
            f"hypothesis profile {PROFILE!r}, seed {_seed[0]} "
            f"(again: --hypothesis-seed={_seed[0]})")
