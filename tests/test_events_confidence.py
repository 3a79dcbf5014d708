"""The event-confidence stage: a probability on every event, higher for a reported act than
for a generic or hypothetical mention, from a model file that loads and scores the same way
every time."""

from __future__ import annotations

import json

import pytest

from khabar.evaluate.events import confidence_threshold
from khabar.events.confidence import (
    FEATURES,
    event_features,
    load_model,
    probability,
    score_events,
)
from khabar.lexicon import data_path
from khabar.pipeline import STAGE_PATHS, analyze

REPORTED = "قتل مسلحون ثلاثة جنود أمس في هجوم على حاجز للجيش شمال بغداد."
GENERIC = "إن الهجمات على المدنيين جريمة لا يمكن تبريرها في أي ظرف."
QUESTION = "هل يمكن أن تؤدي الاعتداءات على المدنيين إلى حرب أهلية؟"
PROTEST_REPORTED = "تظاهر آلاف الطلاب أمس في القاهرة احتجاجا على رفع الأسعار."
PROTEST_CALL = "دعت المعارضة إلى التظاهر ضد الحكومة."


def _best(text: str, event_type: str) -> float:
    doc = analyze(text)
    scores = [e.confidence for e in doc.events if e.type == event_type]
    assert scores, f"no {event_type} event found"
    assert all(s is not None for s in scores)
    return max(scores)


def test_every_event_of_the_example_has_a_confidence(example_doc):
    assert example_doc.events
    for event in example_doc.events:
        assert event.confidence is not None
        assert 0.0 <= event.confidence <= 1.0


def test_stage_runs_last():
    assert STAGE_PATHS[-1] == ("confidence", "khabar.events.confidence:score_events")


def test_reported_attack_scores_above_generic_and_hypothetical_mentions():
    reported = _best(REPORTED, "ASSAULT")
    assert reported > _best(GENERIC, "ASSAULT")
    assert reported > _best(QUESTION, "ASSAULT")


def test_reported_protest_scores_above_a_call_to_protest():
    assert _best(PROTEST_REPORTED, "PROTEST") > _best(PROTEST_CALL, "PROTEST")


def test_reported_attack_passes_the_threshold_and_a_generic_one_does_not():
    threshold = confidence_threshold("ASSAULT")
    assert _best(REPORTED, "ASSAULT") >= threshold
    assert _best(GENERIC, "ASSAULT") < threshold


def test_model_file_loads_with_its_provenance():
    raw = json.loads(data_path("event_confidence.json").read_text(encoding="utf-8"))
    for key in ("source", "trained_on", "note", "threshold", "features", "cv", "bias",
                "weights"):
        assert key in raw
    assert 0.0 < raw["threshold"] < 1.0
    assert set(raw["thresholds"]) == {"ASSAULT", "PROTEST"}
    assert confidence_threshold("ASSAULT") == raw["thresholds"]["ASSAULT"]
    assert confidence_threshold("CONSULT") == raw["threshold"]
    assert set(raw["features"]) <= set(FEATURES)
    assert all(isinstance(w, float) for w in raw["weights"].values())
    assert "MIT" in raw["trained_on"]


def test_inference_is_deterministic_and_pure():
    doc = analyze(REPORTED)
    event = next(e for e in doc.events if e.type == "ASSAULT")
    model = load_model()
    first = probability(event_features(doc, event, lexical=False), model)
    again = probability(event_features(doc, event, lexical=False), model)
    assert first == again
    assert analyze(REPORTED).events[0].confidence == doc.events[0].confidence
    assert round(first, 4) == event.confidence


def test_probability_is_a_sigmoid_of_the_weights():
    model = {"bias": -1.0, "weights": {"a": 2.0, "b": -0.5}}
    assert probability({}, model) == pytest.approx(0.2689, abs=1e-4)
    assert probability({"a": 1.0}, model) == pytest.approx(0.7311, abs=1e-4)
    assert probability({"a": 1.0, "b": 2.0, "unknown": 5.0}, model) == pytest.approx(0.5)


def test_stage_leaves_documents_without_events_alone():
    doc = analyze("وصل الوزير إلى المدينة.", stages=["actors"])
    assert score_events(doc).events == []
