"""``khabar eval``: gold shapes, scoring and the command line."""

from __future__ import annotations

import json

from khabar.cli import main
from khabar.commands.eval import file_jobs
from khabar.evaluate.events import annotator_rows, evaluate, gold_shape, report

PROTEST_YES = "تظاهر آلاف الطلاب أمام مقر الحكومة احتجاجا على رفع الأسعار."
PROTEST_NO = "قال الوزير إن الاقتصاد ينمو بسرعة هذا العام."


def write(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return path


def test_shapes_are_told_apart():
    assert gold_shape({"event_type": "PROTEST", "label": "yes", "text": ""}) == "detection"
    assert gold_shape({"text": "", "event": {"type": "ASSAULT"}}) == "sentence"
    assert gold_shape({"text": "", "events": []}) == "document"


def test_detection_scoring(tmp_path):
    gold = write(tmp_path / "det.jsonl", [
        {"id": "1", "event_type": "PROTEST", "label": "yes", "text": PROTEST_YES},
        {"id": "2", "event_type": "PROTEST", "label": "difficult no", "text": PROTEST_NO},
        {"id": "3", "event_type": "PROTEST", "label": "ambiguous", "text": PROTEST_NO},
    ])
    figures = evaluate(gold)
    row = figures["per_type"]["PROTEST"]
    assert row["recall"] == 1.0 and row["precision"] == 1.0
    assert row["fp_rate_difficult_no"] == 0.0
    assert "PROTEST" in report(figures)


def test_annotator_rows_come_from_the_votes():
    records = [
        {"event_type": "ASSAULT", "label": "yes", "votes": {"accept": 3, "total": 3}},
        {"event_type": "ASSAULT", "label": "difficult no", "votes": {"accept": 1, "total": 4}},
        {"event_type": "ASSAULT", "label": "easy no", "votes": {"accept": 0, "total": 3}},
        {"event_type": "ASSAULT", "label": "ambiguous", "votes": {"accept": 2, "total": 3}},
    ]
    row = annotator_rows(records)["ASSAULT"]
    assert row["recall"] == 1.0
    assert row["precision"] == 0.8  # 1 / (1 + 0.25)
    assert row["fp_rate_difficult_no"] == 0.25 and row["fp_rate_easy_no"] == 0.0
    assert annotator_rows([{"event_type": "ASSAULT", "label": "yes"}]) == {}


def test_document_scoring_counts_misses(tmp_path):
    text = PROTEST_YES + "\n" + PROTEST_NO
    gold = write(tmp_path / "doc.jsonl", [{"id": "d", "text": text, "events": [
        {"sentence": PROTEST_YES[:20], "type": "PROTEST", "actor": [], "recipient": []},
        {"sentence": PROTEST_NO[:20], "type": "ASSAULT", "actor": [], "recipient": []},
    ]}])
    figures = evaluate(gold)
    assert figures["type"]["tp"] == 1 and figures["type"]["gold"] == 2
    assert figures["type"]["recall"] == 0.5
    assert figures["confusion"]["ASSAULT"] == {"-": 1}


def test_file_jobs_route_document_gold(tmp_path):
    gold = write(tmp_path / "g.jsonl", [{"id": "d", "text": "x", "events": [], "statements": []}])
    assert [name for name, _ in file_jobs(gold)] == ["events", "statements"]


def test_cli_json(tmp_path, capsys):
    gold = write(tmp_path / "gsr.jsonl", [{"id": "1", "date": "20080101", "text": PROTEST_YES,
                                           "event": {"type": "PROTEST", "actor": None,
                                                     "recipient": None}}])
    assert main(["eval", str(gold), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["figures"]["type"]["recall"] == 1.0


def test_seed_gold(shared):
    figures = evaluate(shared / "gold" / "dev" / "seed-gold.jsonl")
    assert figures["type"]["f1"] >= 0.8


def test_own_excerpt_gold(shared):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "eval" / "events" / "news-excerpts.jsonl"
    figures = evaluate(path)
    assert figures["documents"] >= 12
    assert figures["type"]["f1"] > 0.5
