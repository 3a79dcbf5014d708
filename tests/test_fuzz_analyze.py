"""Property tests over the whole analyzer: no crash, every span inside the text, valid JSON.

Inputs: arbitrary Unicode, Arabic with random diacritics, mixed scripts, unbalanced quotes,
1-character and 1-MB articles. The only exceptions allowed are khabar's own documented
errors (:class:`khabar.errors.KhabarError`). ``KHABAR_FUZZ_EXAMPLES`` raises the number of
cases per property (the default keeps CI quick).
"""

from __future__ import annotations

import json
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.errors import KhabarError
from khabar.model import Document, json_schema
from khabar.pipeline import analyze

EXAMPLES = int(os.environ.get("KHABAR_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

LETTERS = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ")
DIACRITICS = list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
PUNCT = list("،.؟!؛:“”«»\"'()-–—…\n ")
WORDS = ["قال", "أعلن", "الرئيس", "الروسي", "بوتين", "بايدن", "وأشار", "إلى", "أنّ", "حذّر",
         "في", "حال", "قصف", "الجيش", "المتظاهرون", "موسكو", "واشنطن", "لم", "سوف", "الخميس",
         "10", "كانون", "الثاني/يناير", "هجوم", "على", "بحسب", "المتحدثة", "باسم", "البيت", "الأبيض"]


def _diacritised(word: str, rnd: random.Random) -> str:
    return "".join(c + (rnd.choice(DIACRITICS) if rnd.random() < 0.3 else "") for c in word)


@st.composite
def arabic_articles(draw) -> str:
    seed = draw(st.integers(0, 2**32 - 1))
    rnd = random.Random(seed)
    n = draw(st.integers(1, 80))
    parts = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.6:
            parts.append(_diacritised(rnd.choice(WORDS), rnd))
        elif r < 0.75:
            parts.append("".join(rnd.choice(LETTERS) for _ in range(rnd.randint(1, 7))))
        elif r < 0.9:
            parts.append(rnd.choice(PUNCT))
        else:
            parts.append(rnd.choice(["Putin", "NATO", "١٠", "2021", "<b>", "&amp;", "😀", "\u200f"]))
    return " ".join(parts)


SCHEMA = json_schema()


def _check(text: str) -> None:
    try:
        doc = analyze(text, date="2021-12-31")
    except KhabarError:
        return
    _check_doc(doc)


def _check_doc(doc: Document) -> None:
    text = doc.text
    n = len(text)

    def inside(span) -> None:
        if span is None:
            return
        assert 0 <= span.start <= span.end <= n
        if getattr(span, "text", None) is not None:
            assert text[span.start : span.end] == span.text

    for rec in (*doc.sentences, *doc.tokens, *doc.mentions):
        inside(rec)
    for st_ in doc.statements:
        inside(st_.cue)
        inside(st_.content)
    for ev in doc.events:
        inside(ev.trigger)
        inside(ev.evidence)
        inside(ev.location)
    ids = {a.id for a in doc.actors}
    for m in doc.mentions:
        assert m.actor is None or m.actor in ids
    data = json.loads(doc.to_json())
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(data, SCHEMA)


@FUZZ
@given(st.text(max_size=500))
def test_arbitrary_unicode(text):
    _check(text)


@FUZZ
@given(arabic_articles())
def test_arabic_with_diacritics_quotes_and_mixed_scripts(text):
    _check(text)


@pytest.mark.parametrize("text", ["ق", "،", "“", "«قال", "أنّ”", "\u0651"])
def test_one_character_and_broken_quotes(text):
    _check(text)


def test_one_megabyte_article(example_text):
    text = (example_text + "\n") * (1_000_000 // len(example_text) + 1)
    doc = analyze(text[:1_000_000], date="2021-12-31")
    assert len(doc.sentences) > 1000
    assert doc.tokens[-1].end <= 1_000_000
