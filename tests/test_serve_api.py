"""The HTTP API of ``khabar serve``, through FastAPI's test client, over the sample corpus."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from khabar.serve import Settings, create_app  # noqa: E402

STATIC = Path(__file__).resolve().parents[1] / "src" / "khabar" / "static"

# An article whose text, title and outlet carry markup that would run if it reached the
# page as HTML. The Arabic around it makes it an article khabar analyses.
HOSTILE_ID = "hostile-markup"
HOSTILE_TEXT = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن <script>window.__khabar_pwned = 1</script> "
    "روسيا مستعدة للحوار مع الولايات المتحدة.\n"
    "وأضاف أن <img src=x onerror=\"window.__khabar_pwned = 2\"> موسكو ترفض العقوبات الأمريكية "
    "الجديدة على روسيا وتدعو إلى مفاوضات مباشرة.\n"
)
HOSTILE_TITLE = "<img src=x onerror=\"window.__khabar_pwned = 3\"> لافروف يدعو إلى الحوار"
HOSTILE_OUTLET = "<b onmouseover=\"window.__khabar_pwned = 4\">Evil Wire</b>"


_FILLED: list[Path] = []


def sample_store(tmp_path_factory) -> Path:
    """A store of the sample corpus and the hostile article, filled once per test run."""
    if not _FILLED:
        path = tmp_path_factory.mktemp("serve") / "corpus.sqlite"
        fill_store(path)
        _FILLED.append(path)
    return _FILLED[0]


def fill_store(path: Path) -> None:
    """The bundled sample corpus plus the hostile article, with stories built."""
    from khabar.commands.demo import sample_articles
    from khabar.corpus.ingest import ingest
    from khabar.corpus.store import Store
    from khabar.pipeline import analyze

    with Store(path) as store:
        ingest(sample_articles(), store, progress=False)
        store.add(analyze(HOSTILE_TEXT, id=HOSTILE_ID, date="2022-01-02", outlet=HOSTILE_OUTLET,
                          title=HOSTILE_TITLE))
        store.build_stories()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return sample_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path, Settings(rate_limit=0))) as c:
        yield c


def get(client, url: str, **params):
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


# -- the page and its assets ------------------------------------------------------------------

def test_index_page_loads_local_assets_with_arabic_marked_rtl(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<script src="/static/app.js"' in html and '/static/style.css' in html
    assert 'lang="ar" dir="rtl"' in html
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    for name in ("app.js", "style.css"):
        assert client.get(f"/static/{name}").status_code == 200


def test_ui_fetches_nothing_from_the_internet():
    for path in STATIC.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            urls = set(re.findall(r"(?:https?|wss?):/+[^\s\"'`)]+", text))
            assert urls <= {"http://www.w3.org/2000/svg"}, (path.name, urls)
            assert not re.search(r"(?:src|href)\s*=\s*[\"']//", text), path.name
            assert "@import" not in text and not re.search(r"url\(\s*['\"]?(?!#)", text)


def test_ui_never_parses_data_as_html():
    code = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function"):
        assert sink not in code, sink


def test_arabic_font_stack_has_fonts_with_arabic_glyphs():
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    stack = re.search(r"--ar-font:([^;]+);", css).group(1)
    assert "Noto Naskh Arabic" in stack and "Amiri" in stack
    assert '[lang="ar"] { font-family: var(--ar-font)' in css


def test_openapi_describes_every_endpoint_and_cdn_docs_are_off(client):
    spec = get(client, "/openapi.json")
    for path in ("/api/analyze", "/api/documents", "/api/documents/{doc_id}", "/api/actors",
                 "/api/statements", "/api/events", "/api/stories", "/api/stories/{story_id}",
                 "/api/search", "/api/export", "/api/network", "/api/timeline"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404


# -- queries ----------------------------------------------------------------------------------

def test_documents_list_and_filters(client):
    every = get(client, "/api/documents")["items"]
    assert {"putin-biden-call", HOSTILE_ID} <= {d["id"] for d in every}
    gulf = get(client, "/api/documents", outlet="Gulf")["items"]
    assert gulf and all("Gulf" in d["outlet"] for d in gulf)
    late = get(client, "/api/documents", date_from="2022-01-01")["items"]
    assert late and all(d["date"] >= "2022-01-01" for d in late)
    assert len(get(client, "/api/documents", limit=2)["items"]) == 2
    assert client.get("/api/documents", params={"date_from": "yesterday"}).status_code == 422
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422


def test_document_record_has_offsets_into_its_text(client):
    doc = get(client, "/api/documents/putin-biden-call")
    assert "tokens" not in doc
    for s in doc["statements"]:
        assert doc["text"][s["cue"]["start"]:s["cue"]["end"]] == s["cue"]["text"]
    for e in doc["events"]:
        assert doc["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert get(client, "/api/documents/putin-biden-call", tokens="true")["tokens"]
    missing = client.get("/api/documents/no-such-article")
    assert missing.status_code == 404 and "no-such-article" in missing.json()["detail"]


def test_actors_and_statements_filter_by_actor(client):
    actors = get(client, "/api/actors")["items"]
    assert "vladimir_putin" in {a["actor_id"] for a in actors}
    putin = get(client, "/api/statements", actor="vladimir_putin")["items"]
    assert putin and {s["speaker"] for s in putin} == {"vladimir_putin"}
    russia = get(client, "/api/actors", country="rus")["items"]
    assert russia and {a["country"] for a in russia} == {"RUS"}


def test_events_carry_counts_by_quad_class_over_every_match(client):
    data = get(client, "/api/events", limit=3)
    assert len(data["items"]) == 3
    assert data["total"] > 3 and sum(data["quad_counts"].values()) == data["total"]
    assert sum(data["type_counts"].values()) == data["total"]
    every = get(client, "/api/events", limit=1000)["items"]
    assert len(every) == data["total"]
    for quad in ("1", "3"):
        assert data["quad_counts"][quad] == sum(1 for e in every if str(e["quad_class"]) == quad)
    consult = get(client, "/api/events", type="consult", limit=1000)
    assert consult["items"] and {e["event_type"] for e in consult["items"]} == {"CONSULT"}
    assert consult["type_counts"] == {"CONSULT": consult["total"]}
    usa = get(client, "/api/events", country="USA", limit=1000)["items"]
    assert usa and all("USA" in f"{e['actor_country']};{e['recipient_country']}" for e in usa)
    assert get(client, "/api/events", date_from="2030-01-01")["total"] == 0


def test_network_edges_join_known_nodes_and_carry_a_stance(client):
    net = get(client, "/api/network")
    nodes = {n["id"] for n in net["nodes"]}
    assert {"vladimir_putin", "joe_biden"} <= nodes
    stances = {e["stance"] for e in net["edges"]}
    assert {"cooperation", "conflict"} <= stances
    for edge in net["edges"]:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["events"] == edge["cooperation"] + edge["conflict"] + edge["neutral"]


def test_timeline_counts_every_event_and_statement(client):
    data = get(client, "/api/timeline", limit=1000)
    events = get(client, "/api/events", limit=1000)["total"]
    assert sum(sum(d["events"].values()) for d in data["days"]) == events
    assert sum(d["statements"] for d in data["days"]) == len(data["statements"])
    assert [d["date"] for d in data["days"]] == sorted(d["date"] for d in data["days"])


def test_stories_side_by_side(client):
    stories = get(client, "/api/stories")["items"]
    assert stories
    story = get(client, f"/api/stories/{stories[0]['story_id']}")
    assert len(story["accounts"]) >= 2
    claims = [c for a in story["accounts"] for c in a["claims"]]
    assert any(c["agreed"] for c in claims) and any(not c["agreed"] for c in claims)
    assert client.get("/api/stories/999999").status_code == 404


def test_search_reads_queries_as_plain_words(client):
    found = get(client, "/api/search", q="بوتين")["items"]
    assert "putin-biden-call" in {d["id"] for d in found}
    for query in ('"', "NEAR(a b)", "x' OR 1=1 --", "*"):
        assert client.get("/api/search", params={"q": query}).status_code == 200
    assert client.get("/api/search").status_code == 422


def test_export_csv_and_jsonl(client):
    total = get(client, "/api/events", limit=1)["total"]
    response = client.get("/api/export", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and "event_type" in rows[0] and "quad_class" in rows[0]
    lines = client.get("/api/export", params={"format": "jsonl", "table": "statements",
                                              "actor": "vladimir_putin"}).text.splitlines()
    assert lines and {json.loads(line)["speaker"] for line in lines} == {"vladimir_putin"}
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


# -- analysis -----------------------------------------------------------------------------------

ARTICLE = "قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار مع الولايات المتحدة."


def test_analyze_returns_the_record(client):
    response = client.post("/api/analyze", json={"text": ARTICLE, "date": "2022-01-03"})
    assert response.status_code == 200 and "x-khabar-stored" not in response.headers
    doc = response.json()
    assert doc["text"] == ARTICLE and doc["date"] == "2022-01-03" and "tokens" not in doc
    assert "vladimir_putin" in {a["id"] for a in doc["actors"]}
    assert client.get(f"/api/documents/{doc['id']}").status_code == 404


def test_analyze_can_store_the_record(tmp_path):
    with TestClient(create_app(tmp_path / "new.sqlite", Settings(rate_limit=0))) as c:
        response = c.post("/api/analyze?store=true", json={"text": ARTICLE, "id": "posted"})
        assert response.headers["x-khabar-stored"] == "added"
        assert c.get("/api/documents/posted").json()["text"] == ARTICLE
        again = c.post("/api/analyze", json={"text": ARTICLE, "id": "posted", "store": True})
        assert again.headers["x-khabar-stored"] == "unchanged"


def test_analyze_refuses_what_it_cannot_read(client):
    assert client.post("/api/analyze", json={"text": "no Arabic here at all"}).status_code == 422
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert client.post("/api/analyze", json={"text": ARTICLE, "date": "2022/01/03"}).status_code == 422
    assert client.post("/api/analyze", content=b"not json",
                       headers={"content-type": "application/json"}).status_code == 422


# -- limits -----------------------------------------------------------------------------------

def test_article_size_limit_is_a_clear_413(store_path):
    with TestClient(create_app(store_path, Settings(max_article_chars=50, rate_limit=0))) as c:
        response = c.post("/api/analyze", json={"text": ARTICLE * 2})
        assert response.status_code == 413
        assert "limit is 50" in response.json()["detail"]
        assert c.post("/api/analyze", json={"text": ARTICLE[:45]}).status_code == 200


def test_body_size_limit_is_a_clear_413(store_path):
    with TestClient(create_app(store_path, Settings(max_body_bytes=500, rate_limit=0))) as c:
        big = json.dumps({"text": ARTICLE * 10})
        response = c.post("/api/analyze", content=big, headers={"content-type": "application/json"})
        assert response.status_code == 413 and "500 bytes" in response.json()["detail"]

        def chunks():  # no Content-Length: the body is counted as it streams in
            for _ in range(10):
                yield ARTICLE.encode()

        streamed = c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413


def test_rate_limit_is_a_429_per_client(store_path):
    with TestClient(create_app(store_path, Settings(rate_limit=3, rate_window=3600))) as c:
        codes = [c.get("/api/summary").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = c.get("/api/actors")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
        assert "too many requests" in refused.json()["detail"]
        assert c.get("/").status_code == 200  # the page itself is not counted


def test_settings_refuse_nonsense():
    with pytest.raises(ValueError):
        Settings(max_article_chars=0)
    with pytest.raises(ValueError):
        Settings(rate_limit=-1)


# -- hostile text -----------------------------------------------------------------------------

def test_markup_in_an_article_comes_back_as_json_text(client):
    response = client.get(f"/api/documents/{HOSTILE_ID}")
    assert response.headers["content-type"].startswith("application/json")
    doc = response.json()
    assert "<script>window.__khabar_pwned = 1</script>" in doc["text"]
    assert doc["title"] == HOSTILE_TITLE and doc["outlet"] == HOSTILE_OUTLET
    listed = {d["id"]: d for d in get(client, "/api/documents")["items"]}
    assert listed[HOSTILE_ID]["title"] == HOSTILE_TITLE


# -- the command ----------------------------------------------------------------------------------

def test_serve_command_is_registered_and_refuses_a_missing_store(tmp_path, capsys):
    from khabar.cli import build_parser, main

    args = build_parser().parse_args(["serve", "--store", "x.sqlite", "--port", "8123"])
    assert args.port == 8123 and args.host == "127.0.0.1"
    assert main(["serve", "--store", str(tmp_path / "missing.sqlite")]) == 1
    assert "no such store" in capsys.readouterr().err
