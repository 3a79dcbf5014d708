"""The corpus store: add, re-add, search over normalised Arabic, filters, summary."""

from __future__ import annotations

import sqlite3

import pytest

from khabar.corpus.search import fts_query
from khabar.corpus.store import Store
from khabar.errors import StoreError
from khabar.pipeline import analyze

TEXT_A = "قال الرئيس الأمريكي إن المحادثات مع وبوتين كانت مفيدة.\nوأضاف أن الحوار سيستمر."
TEXT_B = "أعلنت وزارة الخارجية المصرية أن الوزير سيزور عمان الأسبوع المقبل."


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.add(analyze(TEXT_A, id="a", date="2021-12-30", outlet="Outlet One"))
        s.add(analyze(TEXT_B, id="b", date="2022-01-05", outlet="Outlet Two"))
        yield s


def test_schema_is_versioned_and_wal(store):
    assert store.version >= 1
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.integrity() == "ok"


def test_readding_changes_nothing_and_new_text_updates(store):
    before = store.summary()
    assert store.add(analyze(TEXT_A, id="a", date="2021-12-30", outlet="Outlet One")) == "unchanged"
    assert store.summary() == before
    assert store.add(analyze(TEXT_A + "\nوتابع.", id="a")) == "updated"
    assert store.summary()["articles"] == 2
    assert store.conn.execute("SELECT COUNT(*) FROM fts").fetchone()[0] == 2


def test_get_document_round_trip(store, example_doc):
    store.add(example_doc)
    doc = store.get_document("putin-biden-call", tokens=True)
    assert doc is not None and doc.text == example_doc.text
    assert len(doc.tokens) == len(example_doc.tokens)
    assert doc.model_dump(exclude={"tokens"}) == example_doc.model_dump(exclude={"tokens"})
    assert store.get_document("missing") is None


@pytest.mark.parametrize("query", ["بوتين", "وبوتين", "الأميركي", "الامريكي", "الأمريكيّ"])
def test_search_matches_normalised_forms(store, query):
    assert [r["id"] for r in store.search(query)] == ["a"]


def test_search_needs_every_word_and_gives_a_snippet(store):
    hits = store.search("الخارجية المصرية")
    assert [h["id"] for h in hits] == ["b"]
    assert "الخارجية" in hits[0]["snippet"]
    assert store.search("الخارجية بوتين") == []


@pytest.mark.parametrize("query", ['"', "a OR b", "NEAR(x y)", "*", "'; DROP TABLE documents; --",
                                   "بوتين AND", "(", "title:بوتين", ""])
def test_search_syntax_is_plain_text(store, query):
    store.search(query)  # must not raise
    assert store.summary()["articles"] == 2


def test_fts_query_quotes_every_word():
    assert fts_query('بوتين" OR') == '("بوتين") AND ("or")'


def test_filters(store):
    assert [d["id"] for d in store.documents(date_from="2022-01-01")] == ["b"]
    assert [d["id"] for d in store.documents(outlet="One")] == ["a"]
    assert [d["id"] for d in store.documents(date_to="2021-12-31", limit=1)] == ["a"]
    with pytest.raises(TypeError):
        store.documents(colour="red")


def test_full_disk_leaves_store_consistent(tmp_path):
    path = tmp_path / "full.sqlite"
    with Store(path) as s:
        s.add(analyze(TEXT_B, id="b"))
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(StoreError):
            s.add(analyze((TEXT_A + "\n") * 200, id="big"))
    with Store(path) as s:
        assert s.integrity() == "ok"
        assert [d["id"] for d in s.documents()] == ["b"]


def test_not_a_store(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(bad)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError):
        Store(path)


def test_a_first_version_store_gains_the_generic_and_confidence_columns(tmp_path):
    from khabar.corpus.rows import EVENT_COLUMNS_V1
    from khabar.corpus.store import MIGRATIONS

    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    conn.close()
    with Store(path) as store:
        assert store.version == len(MIGRATIONS)
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(events)")}
    assert set(EVENT_COLUMNS_V1) < columns and {"generic", "confidence"} <= columns


def test_events_keep_generic_and_confidence(tmp_path):
    from khabar.lexicon import data_path

    text = data_path("sample/putin-biden-call.txt").read_text(encoding="utf-8")
    with Store(tmp_path / "g.sqlite") as store:
        store.add(analyze(text, id="a", date="2021-12-31"))
        rows = store.conn.execute("SELECT generic, confidence FROM events").fetchall()
    assert rows and all(r[0] in (0, 1) for r in rows)
    assert all(r[1] is None or 0.0 <= r[1] <= 1.0 for r in rows)
    assert any(r[1] is not None for r in rows)
