"""The API's limits: article size, request body size and per-client rate are set from the
command line and enforced with a clear error, through the test client and a live server on
127.0.0.1; malformed requests get a 4xx, never a 500.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time

import pytest

pytest.importorskip("fastapi")
import uvicorn  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from khabar.cli import main  # noqa: E402
from khabar.corpus.store import Store  # noqa: E402
from khabar.serve import Settings, create_app  # noqa: E402
from khabar.serve import limits as limits_module  # noqa: E402

ARTICLE = "قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت مفيدة، وإن الحوار سيستمر."


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "limits.sqlite"
    Store(path).close()
    return path


def documents(path) -> int:
    with Store(path) as store:
        return store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def test_serve_flags_set_the_limits(store_path, monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    assert main(["serve", "--store", str(store_path), "--max-article-chars", "60",
                 "--max-body-bytes", "2000", "--rate-limit", "5"]) == 0
    assert seen["host"] == "127.0.0.1"
    settings = seen["app"].state.settings
    assert (settings.max_article_chars, settings.max_body_bytes, settings.rate_limit) == (60, 2000, 5)
    with TestClient(seen["app"]) as client:
        refused = client.post("/api/analyze", json={"text": ARTICLE})
        assert refused.status_code == 413
        assert "limit is 60" in refused.json()["detail"] and "--max-article-chars" in refused.json()["detail"]
        big = client.post("/api/analyze", json={"text": ARTICLE * 30})
        assert big.status_code == 413 and "--max-body-bytes" in big.json()["detail"]
        codes = [client.get("/api/summary").status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]  # two analyse calls counted already


@pytest.mark.parametrize("flag", ["--max-article-chars", "--max-body-bytes", "--rate-limit"])
def test_nonsense_limits_are_refused(store_path, flag, capsys):
    assert main(["serve", "--store", str(store_path), flag, "-1"]) != 0
    assert "khabar: error" in capsys.readouterr().err


def test_article_limit_counts_characters_not_bytes(store_path):
    text = ARTICLE[:50]
    with TestClient(create_app(store_path, Settings(max_article_chars=len(text), rate_limit=0))) as c:
        assert c.post("/api/analyze", json={"text": text}).status_code == 200
        assert c.post("/api/analyze", json={"text": text + "ب"}).status_code == 413


def test_refused_body_is_never_analysed_or_stored(store_path):
    with TestClient(create_app(store_path, Settings(max_body_bytes=300, rate_limit=0))) as c:
        body = json.dumps({"text": ARTICLE * 5, "store": True}, ensure_ascii=False).encode()
        response = c.post("/api/analyze", content=body,
                          headers={"content-type": "application/json"})
        assert response.status_code == 413
        assert response.headers["content-type"] == "application/json"
    assert documents(store_path) == 0


@pytest.mark.parametrize("length", ["-1", "abc", "1e9", "99999999999999999999"])
def test_bad_content_length_is_refused(store_path, length):
    with TestClient(create_app(store_path, Settings(rate_limit=0))) as c:
        response = c.post("/api/analyze", content=b'{"text": "x"}',
                          headers={"content-type": "application/json", "content-length": length})
        assert response.status_code in (400, 413)


@pytest.mark.parametrize("body", [
    b"not json", b"{", b"[]", b'{"text": 5}', b'{"text": null}', b'{"text": ""}',
    b'{"text": "English only"}', '{"text": "قال \\ud800"}'.encode(),
    '{"text": "قال الرئيس", "title": "\\udfff"}'.encode(),
    '{"text": "قال الرئيس", "date": "31/12/2021"}'.encode(),
    '{"text": "قال الرئيس", "unknown": 1, "id": "' .encode() + b"x" * 500 + b'"}',
    b"\xff\xfe\x00\x00",
])
def test_malformed_requests_get_a_4xx_not_a_500(store_path, body):
    with TestClient(create_app(store_path, Settings(rate_limit=0)),
                    raise_server_exceptions=False) as c:
        response = c.post("/api/analyze", content=body, headers={"content-type": "application/json"})
        assert 400 <= response.status_code < 500, response.text
        assert "detail" in response.json()


def test_rate_limit_is_per_client_and_the_window_slides(store_path, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(limits_module.time, "monotonic", lambda: now[0])
    app = create_app(store_path, Settings(rate_limit=2, rate_window=10))
    with TestClient(app, client=("10.0.0.1", 1)) as one, TestClient(app, client=("10.0.0.2", 1)) as two:
        assert [one.get("/api/summary").status_code for _ in range(3)] == [200, 200, 429]
        assert two.get("/api/summary").status_code == 200  # another client has its own count
        refused = one.post("/api/analyze", json={"text": ARTICLE})
        assert refused.status_code == 429 and refused.headers["retry-after"] == "10"
        now[0] += 10.5
        assert one.get("/api/summary").status_code == 200


# -- a live server on 127.0.0.1 ---------------------------------------------------------------

@pytest.fixture
def live(store_path):
    """``khabar serve``'s app under uvicorn on a free loopback port, in a thread."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(store_path, Settings(max_article_chars=100, max_body_bytes=4000,
                                          rate_limit=8, rate_window=3600))
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    yield port
    server.should_exit = True
    thread.join(10)
    sock.close()


def request(port: int, method: str, path: str, body: bytes | None = None,
            headers: dict | None = None, chunked: bool = False) -> tuple[int, dict, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=iter([body]) if chunked else body,
                     headers=headers or {}, encode_chunked=chunked)
        response = conn.getresponse()
        data = response.read()
        is_json = (response.getheader("content-type") or "").startswith("application/json")
        return response.status, dict(response.getheaders()), json.loads(data) if is_json else {}
    finally:
        conn.close()


def test_limits_over_a_real_socket(live):
    json_type = {"Content-Type": "application/json"}
    ok = json.dumps({"text": ARTICLE}).encode()
    status, _, record = request(live, "POST", "/api/analyze", ok, json_type)
    assert status == 200 and record["text"] == ARTICLE

    long_text = json.dumps({"text": ARTICLE * 2}).encode()
    status, _, body = request(live, "POST", "/api/analyze", long_text, json_type)
    assert status == 413 and "limit is 100" in body["detail"]

    huge = json.dumps({"text": ARTICLE * 100}).encode()
    status, _, body = request(live, "POST", "/api/analyze", huge, json_type)
    assert status == 413 and "4,000 bytes" in body["detail"]
    status, _, body = request(live, "POST", "/api/analyze", huge, json_type, chunked=True)
    assert status == 413 and "4,000 bytes" in body["detail"]

    codes = [request(live, "GET", "/api/summary")[0] for _ in range(6)]
    assert codes[:4] == [200] * 4 and codes[4:] == [429, 429]
    status, headers, body = request(live, "GET", "/api/search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86")
    assert status == 429 and int(headers["retry-after"]) > 0
    assert "--rate-limit" in body["detail"]
    assert request(live, "GET", "/")[0] == 200  # the page is not rate limited
