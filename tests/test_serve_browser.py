"""The web UI in a real headless Chromium (Debian's package, driven by Playwright).

A server runs on 127.0.0.1 over a store of the sample corpus plus an article full of
markup; every view is visited, checked and saved as a screenshot under
``test-artifacts/screenshots/``. Any request to another host fails the test: the UI must
work with no internet.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed (scripts/ensure-chromium installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from test_serve_api import HOSTILE_ID, HOSTILE_TEXT, sample_store  # noqa: E402

from khabar.serve import Settings, create_app  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    path = sample_store(tmp_path_factory)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(path, Settings(rate_limit=0)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh page that refuses, and records, any request off this server."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.outside = []
    page.errors = []

    def guard(route):
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.base = base_url
    yield page
    assert page.outside == [], f"the UI asked for outside resources: {page.outside}"
    assert page.errors == [], f"script errors: {page.errors}"
    context.close()


def visit(page, hash_: str, view: str) -> None:
    """Open a view and wait until it has rendered."""
    if page.url.startswith(page.base):
        page.evaluate("h => { location.hash = h; }", hash_)
    else:
        page.goto(f"{page.base}/{hash_}")
    page.wait_for_function(
        "v => { const m = document.getElementById('view');"
        " return m.dataset.ready === v && m.dataset.hash === location.hash; }", arg=view)


def shot(page, name: str, max_height: int = 2400) -> None:
    """The top of the whole page (long pages cut at ``max_height`` pixels)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = min(max_height, page.evaluate("document.documentElement.scrollHeight"))
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True,
                    clip={"x": 0, "y": 0, "width": 1400, "height": height})


def test_articles_view_lists_the_sample(page):
    visit(page, "#/", "documents")
    rows = page.locator("tr.document")
    assert rows.count() >= 8
    assert page.locator("#view").get_by_text("بوتين يحذر بايدن").count() == 1
    title = page.locator("tr.document td[lang=ar]").first
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    shot(page, "articles")
    page.fill("input[name=q]", "بوتين")
    page.click("form[role=search] button")
    page.wait_for_function("() => location.hash.startsWith('#/?q=') && document.getElementById('view').dataset.hash === location.hash")
    assert page.locator("tr.result").count() >= 1
    shot(page, "search")


def test_article_view_highlights_and_chains(page):
    visit(page, "#/article/putin-biden-call", "article")
    text = page.locator("#article-text")
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "Noto Naskh Arabic" in text.evaluate("e => getComputedStyle(e).fontFamily")
    record = page.request.get(f"{page.base}/api/documents/putin-biden-call").json()
    # Highlighting cuts the text into pieces but keeps every character in place.
    assert text.evaluate("e => e.textContent") == record["text"]
    for kind in ("actor", "cue", "content", "trigger"):
        assert page.locator(f"#article-text .hl-{kind}").count() > 0, kind
    page.locator("#article-text .hl-trigger").first.click()
    assert page.locator("#record .record-item[data-kind=trigger]").count() >= 1
    first_event = record["events"][0]
    assert first_event["type"] in page.locator("#record").inner_text()
    page.locator("#article-text .hl-actor").nth(2).hover()
    assert page.locator("#record .record-item[data-kind=actor]").count() >= 1
    # outlet → spokesperson → principal
    chain = page.locator(".chain:has(.node.via)").first
    roles = chain.locator(".node small").all_inner_texts()
    assert roles[0].lower() == "outlet" and roles[-1].lower() == "principal"
    assert "Yuri Ushakov" in chain.inner_text() or "Jen Psaki" in chain.inner_text()
    shot(page, "article")


def test_events_table_filters_and_counts(page):
    visit(page, "#/events", "events")
    total = page.request.get(f"{page.base}/api/events?limit=1").json()["total"]
    assert page.locator("tr.event-row").count() == total
    assert page.locator("#quad-counts .stat[data-quad]").count() == 4
    shot(page, "events")
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('type=CONSULT') && document.getElementById('view').dataset.hash === location.hash")
    types = page.locator("tr.event-row td:nth-child(2)").all_inner_texts()
    assert types and all(t.startswith("CONSULT") for t in types)
    assert page.locator("#quad-counts .stat").first.locator("b").inner_text() == str(len(types))
    visit(page, "#/events?country=USA&date_from=2021-12-31", "events")
    assert page.locator("tr.event-row").count() > 0
    shot(page, "events-filtered")


def test_actor_network_draws_coloured_edges(page):
    visit(page, "#/network", "network")
    net = page.locator("svg#network")
    assert net.locator("path.edge.cooperation").count() > 0
    assert net.locator("path.edge.conflict").count() > 0
    labels = net.locator("g.node text").all_text_contents()
    assert any(label.startswith("Vladimir Putin") for label in labels)
    colours = {net.locator(f"path.edge.{k}").first.evaluate("e => getComputedStyle(e).stroke")
               for k in ("cooperation", "conflict")}
    assert len(colours) == 2
    shot(page, "network")
    net.locator("g.node", has_text="Vladimir Putin").locator("circle").click()
    assert "acts on" in page.locator("#network-detail").inner_text()
    shot(page, "network-selected")


def test_timeline_of_events_and_statements(page):
    visit(page, "#/timeline", "timeline")
    assert page.locator("svg#timeline rect").count() >= 4
    days = page.locator(".day").evaluate_all("ds => ds.map(d => d.dataset.day)")
    assert len(days) >= 3 and days == sorted(days)
    assert page.locator(".timeline-event").count() > 0
    assert page.locator(".timeline-statement").count() > 0
    shot(page, "timeline")


def test_story_view_sets_accounts_side_by_side(page):
    visit(page, "#/stories", "stories")
    assert page.locator("tr.story-row").count() >= 1
    shot(page, "stories")
    page.locator("tr.story-row a").first.click()
    page.wait_for_function("() => document.getElementById('view').dataset.ready === 'story'")
    accounts = page.locator("#accounts .account")
    assert accounts.count() >= 2
    boxes = [accounts.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] != boxes[1]["x"]
    assert page.locator(".claim.agreed").count() > 0 and page.locator(".claim.differs").count() > 0
    assert page.locator(".claim [lang=ar]").first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    shot(page, "story")


def test_analyze_view_renders_a_pasted_article(page, example_text):
    visit(page, "#/analyze", "analyze")
    page.fill("textarea[name=text]", example_text)
    page.fill("input[name=date]", "2021-12-31")
    page.click("form button[type=submit]")
    page.wait_for_selector("#analysis .article-view", timeout=30_000)
    assert page.locator("#analysis .hl-trigger").count() > 0
    shot(page, "analyze")


def test_markup_in_articles_never_runs(page):
    """Markup in a stored article, its title and outlet, and in a posted one, stays text."""
    flag = "() => window.__khabar_pwned"
    for hash_, view in ((f"#/article/{HOSTILE_ID}", "article"), ("#/", "documents"),
                        ("#/?q=لافروف", "documents"), ("#/events", "events"),
                        ("#/timeline", "timeline"), ("#/network", "network")):
        visit(page, hash_, view)
        page.locator("#view").hover()
        assert page.evaluate(flag) is None, hash_
        assert page.locator("#view img, #view script, #view b[onmouseover]").count() == 0, hash_
    visit(page, f"#/article/{HOSTILE_ID}", "article")
    assert "<script>window.__khabar_pwned = 1</script>" in page.locator("#article-text").inner_text()
    assert "Evil Wire</b>" in page.locator("#view .card").first.inner_text()
    for piece in page.locator("#article-text .hl").all()[:6]:
        piece.hover()
    shot(page, "hostile-article")
    visit(page, "#/analyze", "analyze")
    page.fill("textarea[name=text]", HOSTILE_TEXT)
    page.click("form button[type=submit]")
    page.wait_for_selector("#analysis .article-view", timeout=30_000)
    assert "<img src=x" in page.locator("#analysis #article-text").inner_text()
    assert page.evaluate(flag) is None
    assert page.locator("#view img").count() == 0
