"""Bad input to ``khabar analyze``: one clear line naming the input, non-zero exit, no traceback."""

from __future__ import annotations

import json

import pytest

from khabar.cli import main

ARTICLE = "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في جنيف."


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["analyze", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _assert_clean_error(code: int, err: str, name: str, words: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert lines, "an error message is printed"
    assert name in lines[0]
    assert words in lines[0]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"   \n\n ", "is empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("latin.txt", "caf\xe9 \xe0 la carte".encode("latin-1") + b"\xff\xfe\xfa", "UTF-8"),
        ("english.txt", b"The minister said talks would resume next week.", "no Arabic"),
        ("broken.json", b'{"text": "\xd9\x82\xd8\xa7\xd9\x84", ', "not valid JSON"),
        ("notext.json", b'{"title": "x"}', '"text"'),
        ("page.html", b"<html><head><title>x</title></head><body></body></html>", "no article text"),
    ],
)
def test_bad_files(tmp_path, capsys, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(capsys, str(path))
    _assert_clean_error(code, err, name, words)


def test_missing_path(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path / "nope.txt"))
    _assert_clean_error(code, err, "nope.txt", "does not exist")


def test_directory(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path))
    _assert_clean_error(code, err, str(tmp_path), "directory")


def test_huge_file(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        line = ARTICLE + "\n"
        for _ in range(50 * 1024 * 1024 // len(line.encode()) + 1):
            fh.write(line)
    code, _, err = run(capsys, str(path))
    _assert_clean_error(code, err, "huge.txt", "too large")


def test_utf16_with_bom_is_read(tmp_path, capsys):
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    code, out, err = run(capsys, str(path), "--format", "jsonl")
    assert code == 0, err
    assert json.loads(out)["text"] == ARTICLE


def test_jsonl_bad_line_reported_and_rest_kept(tmp_path, capsys):
    path = tmp_path / "corpus.jsonl"
    rows = [json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False), "{not json",
            json.dumps({"id": "c", "text": ARTICLE}, ensure_ascii=False)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, str(path), "--format", "jsonl")
    assert code == 1
    assert "corpus.jsonl:2" in err and "Traceback" not in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]


def test_jsonl_keeps_ids_and_order(tmp_path, capsys):
    path = tmp_path / "corpus.jsonl"
    ids = [f"doc{i}" for i in range(5)]
    path.write_text("".join(json.dumps({"id": i, "text": ARTICLE, "date": "20240102"}) + "\n"
                            for i in ids), encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ids
    assert records[0]["date"] == "2024-01-02"


def test_schema_validates_output(example_doc):
    jsonschema = pytest.importorskip("jsonschema")
    from khabar.model import json_schema

    jsonschema.validate(json.loads(example_doc.to_json()), json_schema())
