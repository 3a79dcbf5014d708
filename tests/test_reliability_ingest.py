"""Bad input for ``khabar ingest`` into a store that already holds articles.

One test per kind of bad input. Each runs ``khabar ingest BAD GOOD --store S`` on a copy of a
filled store and checks that the bad input gets one error line naming it, that the good
input after it is still stored (the run goes on) and that nothing stored before is lost:
the same articles, each with the same number of rows in every table.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.corpus.store import Store
from khabar.pipeline import analyze

ARTICLE = "قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت مفيدة، وإن الحوار سيستمر."
TABLES = ("actors", "mentions", "statements", "events", "signatures")


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory, example_text) -> Path:
    path = tmp_path_factory.mktemp("filled") / "filled.sqlite"
    with Store(path) as store:
        store.add(analyze(example_text, id="sample", date="2021-12-31"), source="sample")
        for i in range(2):
            store.add(analyze(f"{ARTICLE}\nالخبر رقم {i}.", id=f"old{i}", date="2021-12-30"),
                      source="old")
    return path


@pytest.fixture
def store(filled_store, tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    shutil.copy(filled_store, path)
    return path


def snapshot(path: Path) -> dict[str, tuple]:
    """Per stored article: its hash and its number of rows in every table and the index."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for rowid, ident, hash_ in conn.execute("SELECT rowid, id, hash FROM documents"):
            counts = tuple(conn.execute(f"SELECT COUNT(*) FROM {t} WHERE doc = ?", (rowid,))
                           .fetchone()[0] for t in TABLES)
            fts = conn.execute("SELECT COUNT(*) FROM fts WHERE rowid = ?", (rowid,)).fetchone()[0]
            out[ident] = (hash_, counts, fts)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return out
    finally:
        conn.close()


def good_file(tmp_path: Path, name: str = "good") -> Path:
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"id": name, "text": f"{ARTICLE}\nالخبر الجديد {name}."},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def ingest_bad(store: Path, tmp_path: Path, bad: Path | str, capsys) -> tuple[int, str, dict]:
    """Ingest the bad input then a good one; return exit status, stderr and new articles."""
    before = snapshot(store)
    status = main(["ingest", str(bad), str(good_file(tmp_path)), "--store", str(store),
                   "--no-progress", "--no-stories"])
    err = capsys.readouterr().err
    after = snapshot(store)
    for ident, counts in before.items():
        assert after.get(ident) == counts, f"{ident} changed"
    return status, err, {k: v for k, v in after.items() if k not in before}


def assert_refused(status: int, err: str, new: dict, name: str, words: str) -> None:
    errors = [line for line in err.splitlines() if line.startswith("khabar: error:")]
    assert status == 1
    assert any(name in line and words in line for line in errors), err
    assert set(new) == {"good"}, "the good input after the bad one was not stored"


def test_empty_file(store, tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "is empty")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_empty_jsonl_and_csv(store, tmp_path, capsys, suffix):
    bad = tmp_path / f"empty{suffix}"
    bad.write_bytes(b"")
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "empty")


def test_binary_file(store, tmp_path, capsys):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "binary")


def test_invalid_utf8(store, tmp_path, capsys):
    bad = tmp_path / "cp1256.txt"
    bad.write_bytes(ARTICLE.encode("cp1256"))
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "not valid UTF-8")


def test_invalid_utf8_line_of_jsonl(store, tmp_path, capsys):
    bad = tmp_path / "mixed.jsonl"
    bad.write_bytes(json.dumps({"id": "ok1", "text": ARTICLE}, ensure_ascii=False).encode()
                    + b"\n" + b'{"id": "x", "text": "' + ARTICLE.encode("cp1256")
                    + b'"}\n')
    status, err, new = ingest_bad(store, tmp_path, bad, capsys)
    assert status == 1 and f"{bad}:2" in err and "UTF-8" in err
    assert set(new) == {"ok1", "good"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom_is_read(store, tmp_path, capsys, encoding):
    path = tmp_path / "utf16.txt"
    data = ARTICLE.encode(encoding)
    if encoding != "utf-16":  # Python's utf-16 writes its own BOM; add one to the others
        data = ("\ufeff".encode(encoding)) + data
    path.write_bytes(data)
    status, err, new = ingest_bad(store, tmp_path, path, capsys)
    assert status == 0, err
    assert set(new) == {"utf16", "good"}
    with Store(store) as s:
        assert s.get_document("utf16").text == ARTICLE


@pytest.mark.parametrize("html", [
    "<html><head><title>عنوان</title></head></html>",
    "<html><head><title>عنوان</title></head><body></body></html>",
    "<html><body><script>var x = 'قال الوزير';</script></body></html>",
])
def test_html_with_no_body(store, tmp_path, capsys, html):
    bad = tmp_path / "page.html"
    bad.write_text(html, encoding="utf-8")
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "no article text")


def test_feed_with_broken_entries(store, tmp_path, capsys):
    feed = tmp_path / "feed.rss"
    feed.write_text(f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Outlet</title>
<item><title>one</title><link>http://x.invalid/1</link><description>{ARTICLE}</description></item>
<item><title>no text</title><link>http://x.invalid/2</link></item>
<item><title>empty</title><link>http://x.invalid/3</link><description>   </description></item>
<item><title>english</title><link>http://x.invalid/4</link><description>only English</description></item>
<item><title>broken<link>http://x.invalid/5</link><description>&lt;p&gt;{ARTICLE}""",
                    encoding="utf-8")
    status, err, new = ingest_bad(store, tmp_path, feed, capsys)
    assert status == 1
    for n in (2, 3, 4):
        assert f"{feed}#{n}" in err
    assert "http://x.invalid/1" in new and "good" in new


def test_feed_that_is_not_a_feed(store, tmp_path, capsys):
    bad = tmp_path / "feed.xml"
    bad.write_text("<<<not xml at all", encoding="utf-8")
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "feed")


def test_jsonl_with_bad_lines(store, tmp_path, capsys):
    bad = tmp_path / "lines.jsonl"
    lines = [json.dumps({"id": "l1", "text": ARTICLE}, ensure_ascii=False), "{broken",
             json.dumps({"id": "l3"}), json.dumps(["not", "an", "object"]),
             json.dumps({"id": "l5", "text": "English only"}),
             '{"id": "l6", "text": "' + ARTICLE + ' \\ud800"}',
             '{"id": "l7", "title": "\\udfff", "text": "' + ARTICLE + '"}',
             json.dumps({"id": "l8", "text": ARTICLE + " ٨"}, ensure_ascii=False)]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, err, new = ingest_bad(store, tmp_path, bad, capsys)
    assert status == 1
    for n in (2, 3, 4, 5, 6, 7):
        assert f"{bad}:{n}" in err, n
    assert set(new) == {"l1", "l8", "good"}


def test_csv_with_a_missing_column(store, tmp_path, capsys):
    bad = tmp_path / "table.csv"
    bad.write_text(f"id,body\n1,{ARTICLE}\n", encoding="utf-8")
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "has no column 'text'")


def test_csv_rows_with_missing_and_extra_fields(store, tmp_path, capsys):
    bad = tmp_path / "rows.csv"
    bad.write_text(f'id,text,date\nc1,"{ARTICLE}",2021-12-30\nc2\nc3,"{ARTICLE}",x,y\n'
                   f'c4,"{ARTICLE} ٤",2021-12-31\n', encoding="utf-8")
    status, err, new = ingest_bad(store, tmp_path, bad, capsys)
    assert status == 1 and f"{bad}:3" in err and f"{bad}:4" in err
    assert set(new) == {"c1", "c4", "good"}


def test_path_that_does_not_exist(store, tmp_path, capsys):
    bad = tmp_path / "nowhere" / "missing.jsonl"
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "does not exist")


def test_directory_with_no_readable_file(store, tmp_path, capsys):
    bad = tmp_path / "folder"
    (bad / "sub").mkdir(parents=True)
    (bad / "photo.png").write_bytes(b"\x89PNG\x00")
    (bad / "sub" / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (bad / "README.md").write_text("notes", encoding="utf-8")
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "no file khabar can read")


def test_directory_whose_files_are_all_bad(store, tmp_path, capsys):
    bad = tmp_path / "folder"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(b"\x00\x01\x02")
    status, err, new = ingest_bad(store, tmp_path, bad, capsys)
    assert status == 1 and str(bad / "a.txt") in err and str(bad / "b.txt") in err
    assert set(new) == {"good"}


def test_fifty_megabyte_article_file(store, tmp_path, capsys):
    bad = tmp_path / "huge.txt"
    with bad.open("w", encoding="utf-8") as fh:
        line = ARTICLE + "\n"
        fh.write(line * (50_000_000 // len(line.encode()) + 1))
    assert bad.stat().st_size > 50_000_000
    assert_refused(*ingest_bad(store, tmp_path, bad, capsys), str(bad), "too large")


def test_fifty_megabyte_article_in_jsonl(store, tmp_path, capsys):
    bad = tmp_path / "huge.jsonl"
    text = (ARTICLE + "\n") * (50_000_000 // len((ARTICLE + "\n").encode()) + 1)
    with bad.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": text}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "after", "text": ARTICLE}, ensure_ascii=False) + "\n")
    del text
    status, err, new = ingest_bad(store, tmp_path, bad, capsys)
    assert status == 1 and f"{bad}:1" in err and "too large" in err
    assert set(new) == {"after", "good"}


def test_fifty_megabyte_field_in_csv(store, tmp_path, capsys):
    bad = tmp_path / "huge.csv"
    with bad.open("w", encoding="utf-8") as fh:
        fh.write("id,text\n")
        fh.write('big,"' + (ARTICLE + " ") * (50_000_000 // len((ARTICLE + " ").encode()) + 1)
                 + '"\n')
    status, err, new = ingest_bad(store, tmp_path, bad, capsys)
    assert status == 1 and f"{bad}:2" in err
    assert set(new) == {"good"}


def test_a_store_that_is_not_a_store_is_left_alone(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"plain text, not SQLite" * 100)
    before = bad.read_bytes()
    assert main(["ingest", str(good_file(tmp_path)), "--store", str(bad), "--no-progress"]) != 0
    assert f"{bad}: cannot be opened as a khabar store" in capsys.readouterr().err
    assert bad.read_bytes() == before
