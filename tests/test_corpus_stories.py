"""The sample corpus: syndicated copies, duplicate events counted once, stories side by side,
export with PLOVER columns, and the demo."""

from __future__ import annotations

import csv
import json

import pytest

from khabar.cli import main
from khabar.commands.demo import sample_articles
from khabar.corpus.export import COLUMNS, export
from khabar.corpus.ingest import ingest
from khabar.corpus.store import Store
from khabar.corpus.stories import compare
from khabar.pipeline import analyze


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    with Store(path) as store:
        report = ingest(sample_articles(), store, progress=False)
        assert report.failed == 0 and report.added == 7
        store.build_stories()
    with Store(path) as store:
        yield store


def test_sample_is_marked_constructed():
    articles = list(sample_articles())
    assert articles[0].id == "putin-biden-call"
    assert all(a.extra.get("constructed") is True for a in articles[1:])


def test_syndicated_copy_links_to_the_original(sample_store):
    docs = {d["id"]: d for d in sample_store.documents()}
    copy = docs["news-gate-kremlin-readout-copy"]
    assert copy["duplicate_of"] == "north-wire-kremlin-readout"
    assert copy["syndicated_from"] == "North Wire"
    assert [d for d in docs.values() if d["duplicate_of"]] == [copy]
    assert sample_store.summary()["syndicated_copies"] == 1


def test_events_of_copies_are_counted_once(sample_store):
    reports = sample_store.events(unique=False, limit=-1)
    unique = sample_store.events(limit=-1)
    copy_reports = [e for e in reports if e["doc_id"] == "news-gate-kremlin-readout-copy"]
    if not copy_reports:
        pytest.skip("the events stage is not in this install yet")
    assert len(unique) == len(reports) - len(copy_reports)
    carried = [e for e in unique if e["doc_id"] == "north-wire-kremlin-readout"]
    assert all(e["sources"] == ["North Wire", "News Gate"] for e in carried)
    assert sample_store.summary()["events"] == len(unique)


def test_stories_cluster_accounts_across_outlets_and_days(sample_store):
    stories = {frozenset(s["documents"]) for s in sample_store.stories()}
    assert frozenset({"putin-biden-call", "north-wire-kremlin-readout",
                      "news-gate-kremlin-readout-copy", "gulf-courier-white-house-readout"}) in stories
    assert frozenset({"nile-daily-cairo-talks", "amman-post-cairo-talks"}) in stories
    assert not any("basra-herald-port-protest" in s for s in stories)


def test_story_puts_accounts_side_by_side(sample_store):
    call = next(s for s in sample_store.stories() if "putin-biden-call" in s["documents"])
    story = sample_store.story(call["story_id"])
    accounts = {a["doc_id"]: a for a in story["accounts"]}
    assert set(accounts) == {"putin-biden-call", "north-wire-kremlin-readout",
                             "gulf-courier-white-house-readout"}
    assert accounts["north-wire-kremlin-readout"]["carried_by"] == ["News Gate"]
    assert len({a["side"] for a in story["accounts"]}) >= 2
    pairs = [{c["doc_id"] for c in group} for group in story["agreed"]]
    assert any({"north-wire-kremlin-readout", "gulf-courier-white-house-readout"} <= p
               for p in pairs), "both readouts say the presidents agreed to keep talking"
    only_wh = " ".join(story["only_in"]["gulf-courier-white-house-readout"])
    assert "سيردون" in only_wh or any("سيردون" in c["text"] for g in story["agreed"] for c in g)
    assert sample_store.story(10_000) is None


def test_export_formats(sample_store, tmp_path):
    n = export(sample_store, "documents", "csv", tmp_path / "d.csv")
    with open(tmp_path / "d.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows) == 7 and list(rows[0]) == COLUMNS["documents"]
    export(sample_store, "events", "jsonl", tmp_path / "e.jsonl")
    for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines():
        assert list(json.loads(line)) == COLUMNS["events"]
    export(sample_store, "documents", "parquet", tmp_path / "pq")
    import pyarrow.dataset as ds

    parts = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert parts == ["date=2021-12-29", "date=2021-12-30", "date=2021-12-31", "date=2022-01-01"]
    table = ds.dataset(tmp_path / "pq", partitioning="hive").to_table()
    assert table.num_rows == 7 and "event_type" in COLUMNS["events"]


def test_plover_column_names():
    for name in ("event_id", "event_date", "event_type", "event_mode", "event_context", "actor",
                 "actor_country", "recipient", "recipient_country", "quad_class", "cameo"):
        assert name in COLUMNS["events"]


def test_demo_prints_a_summary(tmp_path, capsys):
    store = tmp_path / "demo.sqlite"
    assert main(["demo", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    for word in ("articles", "actors", "statements", "events", "stories", "syndicated copies"):
        assert word in out
    assert main(["demo", "--store", str(store)]) == 0
    assert "0 added, 0 updated, 7 unchanged" in capsys.readouterr().out


def test_query_commands(sample_store, capsys):
    path = sample_store.path
    assert main(["search", "الأمريكي", "--store", path, "--json"]) == 0
    ids = {json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()}
    assert {"putin-biden-call", "north-wire-kremlin-readout"} <= ids
    for command in (["events"], ["statements"], ["actors"], ["stories"]):
        assert main([*command, "--store", path]) == 0
    assert main(["stories", "1", "--store", path]) == 0
    assert main(["events", "--store", "/nonexistent/x.sqlite"]) == 1


def test_csv_cells_that_a_spreadsheet_would_run_are_kept_inert(tmp_path):
    from khabar.corpus.export import _write_text

    row = {c: None for c in COLUMNS["documents"]}
    row.update(id="=HYPERLINK(\"http://x\")", title="-2+3", outlet="@SUM(A1)", url="عادي",
               n_chars=-5)
    with open(tmp_path / "x.csv", "w", encoding="utf-8", newline="") as fh:
        _write_text([row], "documents", "csv", fh)
    with open(tmp_path / "x.csv", encoding="utf-8") as fh:
        out = next(csv.DictReader(fh))
    assert out["id"].startswith("'=") and out["title"] == "'-2+3" and out["outlet"] == "'@SUM(A1)"
    assert out["url"] == "عادي" and out["n_chars"] == "-5"  # numbers are no formulas


def test_a_recalled_event_is_not_an_account_of_one():
    report = analyze("هاجم مسلحون حاجزا للجيش أمس في بغداد وقتلوا جنديين.", id="report")
    recall = analyze("وقال الوزير إن الهجوم على الحاجز جريمة لا تغتفر.", id="recall")
    assert any(e.type == "ASSAULT" and e.generic for e in recall.events)
    story = compare([(report, []), (recall, [])])
    assert not story["events_only_in"]["recall"]
    assert any(e.startswith("ASSAULT") for e in story["events_only_in"]["report"])
    assert any(e["generic"] for e in story["accounts"][1]["events"])
