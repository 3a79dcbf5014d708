"""Ingest: sources with column mappings, bad input reported and skipped, resume after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from khabar.cli import main
from khabar.corpus.ingest import ingest
from khabar.corpus.sources import iter_sources, parse_mapping
from khabar.corpus.store import Store
from khabar.errors import InputError

ARTICLE = "قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت مفيدة، وإن الحوار سيستمر."


def _items(*sources, mapping=None):
    return list(iter_sources([str(s) for s in sources], parse_mapping(mapping)))


def test_csv_with_mapping_and_a_bad_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("key,body,published\nx1,\"" + ARTICLE + "\",2021-12-30\nx2,,2021-12-31\n",
                    encoding="utf-8")
    items = _items(path, mapping="id=key,text=body,date=published")
    assert items[0].id == "x1" and items[0].date == "2021-12-30" and items[0].text == ARTICLE
    assert isinstance(items[1], InputError) and items[1].source == f"{path}:3"


def test_jsonl_mapping_and_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"body": ARTICLE, "uid": "j1"}, ensure_ascii=False)
                    + "\n{broken\n" + json.dumps({"uid": "j3"}) + "\n", encoding="utf-8")
    items = _items(path, mapping="text=body,id=uid")
    assert items[0].id == "j1" and items[0].text == ARTICLE
    assert [i.source for i in items[1:]] == [f"{path}:2", f"{path}:3"]
    assert all(isinstance(i, InputError) for i in items[1:])


def test_feeds_rss_and_atom(tmp_path):
    rss = tmp_path / "f.rss"
    rss.write_text(f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Feed Outlet</title><item><title>خبر</title><link>http://x.invalid/1</link>
<pubDate>Thu, 30 Dec 2021 10:00:00 GMT</pubDate><description>{ARTICLE}</description></item>
</channel></rss>""", encoding="utf-8")
    atom = tmp_path / "f.atom"
    atom.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><id>urn:1</id><title>خبر</title><updated>2021-12-31T08:00:00Z</updated>
<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>""", encoding="utf-8")
    items = _items(rss, atom)
    assert [(i.outlet, i.date) for i in items] == [("Feed Outlet", "2021-12-30"),
                                                   ("Atom Outlet", "2021-12-31")]
    assert all(ARTICLE in i.text for i in items)


def test_folder_with_txt_html_and_a_broken_file(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.html").write_text(
        f"<html><head><title>عنوان</title></head><body><article><p>{ARTICLE}</p>"
        f"<p>{ARTICLE}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00")
    items = _items(tmp_path)
    good = [i for i in items if not isinstance(i, InputError)]
    assert sorted(i.source.rsplit("/", 1)[-1] for i in good) == ["one.txt", "two.html"]
    assert any(isinstance(i, InputError) for i in items)


def test_cli_ingest_reports_failures_and_reingest_changes_nothing(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": ARTICLE}, ensure_ascii=False) + "\nnot json\n",
                    encoding="utf-8")
    store = str(tmp_path / "s.sqlite")
    assert main(["ingest", str(path), "--store", store, "--no-progress"]) == 1
    assert f"{path}:2" in capsys.readouterr().err
    assert main(["ingest", str(path), "--store", store, "--no-progress"]) == 1
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().err
    with Store(store) as s:
        assert s.summary()["articles"] == 1


def test_pool_of_two_gives_the_same_store(tmp_path):
    items = [f"{ARTICLE}\nالمقال رقم {i}." for i in range(6)]
    results = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.sqlite") as s:
            from khabar.io.readers import Article

            bad = [InputError("broken.jsonl:2", "is not valid JSON"),
                   Article(text="no arabic in this one", source="english.txt")]
            report = ingest([*bad, *(Article(text=t, source="t", id=f"d{i}")
                                     for i, t in enumerate(items))],
                            s, workers=workers, progress=False, on_error=lambda e, bar: None)
            assert report.added == 6 and report.failed == 2
            assert any("english.txt" in e for e in report.errors)
            results.append([d["id"] for d in s.documents()])
    assert results[0] == results[1]


def test_kill_minus_nine_then_resume(tmp_path):
    corpus = tmp_path / "big.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(150):
            fh.write(json.dumps({"id": f"k{i}", "text": f"{ARTICLE}\nرقم {i}"},
                                ensure_ascii=False) + "\n")
    store = tmp_path / "k.sqlite"
    cmd = [sys.executable, "-m", "khabar.cli", "ingest", str(corpus), "--store", str(store),
           "--no-progress", "--no-stories"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if store.exists() and _count(store) >= 1:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(store)
    assert 0 < stored < 150
    with Store(store) as s:
        assert s.integrity() == "ok"
    assert subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    with Store(store) as s:
        assert s.integrity() == "ok"
        ids = [r[0] for r in s.conn.execute("SELECT id FROM documents")]
        assert sorted(ids) == sorted(f"k{i}" for i in range(150))
        assert s.conn.execute("SELECT COUNT(*) FROM fts").fetchone()[0] == 150
        assert s.conn.execute("SELECT COUNT(DISTINCT doc) FROM signatures").fetchone()[0] == 150


def _count(path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_dates_from_metadata_and_page_body():
    from khabar.corpus.ingest import iso_date
    from khabar.corpus.sources import with_body_date
    from khabar.io.readers import Article

    assert iso_date("2021-12-31T10:00:00Z") == "2021-12-31"
    assert iso_date("20211231") == "2021-12-31"
    pytest.importorskip("khabar.dates")
    assert iso_date("Fri, 31 Dec 2021 10:00:00 GMT") == "2021-12-31"
    page = Article(text="دمشق - الخميس 30 كانون الأول 2021\n" + ARTICLE, source="p.html")
    assert with_body_date(page).date == "2021-12-30"
