"""Fixtures shared by the document tests."""

from __future__ import annotations

import os

import pytest

from review_desk.documents.errors import FontMissingError
from review_desk.documents.fonts import FontSet, find_fonts
from tests.unit.test_documents_support import Reviewed, reviewed_session


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    """The fonts by role; a missing CJK font fails under CI (.ci/run installs them)."""
    try:
        return find_fonts()
    except FontMissingError:
        if os.environ.get("CI"):
            raise
        pytest.skip("no CJK TrueType font here (apt-get install fonts-wqy-zenhei)")


@pytest.fixture
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Reviewed:
    """A fresh copy of the reviewed demo session."""
    return reviewed_session(tmp_path_factory)
