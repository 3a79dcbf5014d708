"""Property tests over ``analyze`` beyond the basic fuzz set: every Unicode character (lone
surrogates included), every Arabic mark, mixed scripts with bidi controls and presentation
forms, unbalanced and nested quotes, one-character inputs, very long words and a 1 MB article.

The property: ``analyze`` returns a record or raises :class:`khabar.errors.KhabarError`;
every span lies inside the text and quotes it exactly; actor ids resolve; the JSON validates
against ``khabar.model.json_schema()``. ``KHABAR_FUZZ_EXAMPLES`` sets the number of cases
per property (small by default so CI stays quick).
"""

from __future__ import annotations

import json
import os
import random

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from khabar.errors import KhabarError
from khabar.model import Document, json_schema
from khabar.pipeline import analyze

EXAMPLES = int(os.environ.get("KHABAR_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
VALIDATOR = jsonschema.Draft202012Validator(json_schema())

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ"
# Harakat, shadda, sukun, dagger alef, Quranic annotation marks, tatweel.
MARKS = ("".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
         + "".join(chr(c) for c in range(0x0610, 0x061B))
         + "".join(chr(c) for c in range(0x06D6, 0x06EE)))
QUOTES = "«»“”„‟\"'‘’‹›「」"
WORDS = ["قال", "أعلن", "الرئيس", "الروسي", "بوتين", "بايدن", "وأشار", "إلى", "أنّ", "حذّر",
         "وزير", "الخارجية", "المتحدث", "باسم", "الحكومة", "موسكو", "واشنطن", "هجوم", "على",
         "بحسب", "بيان", "وكالة", "رويترز", "السبت", "أمس", "إيران", "إسرائيل", "الأمم", "المتحدة"]
# Other scripts and the characters that make bidirectional text hard.
FOREIGN = ["Putin", "NATO", "Москва", "שלום", "پژوهش", "گفت", "اردو", "کہا", "北京", "東京",
           "١٢٣", "۴۵۶", "2021", "3.5%", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
           "\u202e", "\u2066", "\u2067", "\u2069", "\u200c", "\u200d", "\u00a0", "\u2028",
           "\ufeff", "ﻻ", "ﷲ", "ﷺ", "ﺍﻟﺴﻼﻡ", "👨\u200d👩\u200d👧", "🇸🇾", "e\u0301", "\u0301",
           "<script>", "&amp;", "\t", "\r\n", "\n\n\n"]


def check_record(doc: Document, token_step: int = 1) -> None:
    """Every span inside the text and quoting it; actor ids resolve; valid JSON Schema.

    ``token_step`` validates every n-th token against the schema (all tokens' spans are
    still checked): pure-Python schema validation of a 1 MB record's tokens takes minutes.
    """
    text = doc.text
    n = len(text)
    for span in _spans(doc):
        start, end = span.start, span.end
        if start is None and end is None:
            continue
        assert 0 <= start <= end <= n, (type(span).__name__, start, end, n)
        if getattr(span, "text", None) is not None:
            assert text[start:end] == span.text, (type(span).__name__, start, end)
    for sent in doc.sentences:
        assert 0 <= sent.token_start <= sent.token_end <= len(doc.tokens)
    ids = {a.id for a in doc.actors}
    mention_ids = {m.id for m in doc.mentions}
    for m in doc.mentions:
        assert m.actor is None or m.actor in ids
    for a in doc.actors:
        assert set(a.mentions) <= mention_ids
    statement_ids = {s.id for s in doc.statements}
    for s in doc.statements:
        assert s.speaker is None or s.speaker in ids
        assert s.parent is None or s.parent in statement_ids
    for e in doc.events:
        assert set(e.actor) <= ids and set(e.recipient) <= ids
        assert e.statement is None or e.statement in statement_ids
    data = json.loads(doc.to_json())
    data["tokens"] = data["tokens"][::token_step]
    errors = sorted(VALIDATOR.iter_errors(data), key=str)
    assert not errors, errors[0].message


def _spans(record: BaseModel):
    """Every record with character offsets, at any depth."""
    if "start" in type(record).model_fields and "end" in type(record).model_fields:
        yield record
    for name in type(record).model_fields:
        value = getattr(record, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                yield from _spans(item)


def check(text: str) -> Document | None:
    """Analyse ``text``: a valid record, or khabar's own error; nothing else."""
    try:
        doc = analyze(text, date="2021-12-31")
    except KhabarError:
        return None
    check_record(doc)
    return doc


def _marked(word: str, rnd: random.Random) -> str:
    return "".join(c + "".join(rnd.choice(MARKS) for _ in range(rnd.choice((0, 0, 1, 2, 3))))
                   for c in word)


@st.composite
def arabic_with_marks(draw) -> str:
    """Arabic words and random letter runs with any number of marks on any letter."""
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    parts = []
    for _ in range(draw(st.integers(1, 60))):
        word = rnd.choice(WORDS) if rnd.random() < 0.7 else "".join(
            rnd.choice(LETTERS) for _ in range(rnd.randint(1, 9)))
        parts.append(_marked(word, rnd))
        if rnd.random() < 0.15:
            parts.append(rnd.choice("،.؟!؛:\n"))
    return " ".join(parts)


@st.composite
def mixed_scripts(draw) -> str:
    """Arabic around other scripts, digits, bidi controls, presentation forms and emoji,
    sometimes with no space between them."""
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    parts = [rnd.choice(WORDS) if rnd.random() < 0.55 else rnd.choice(FOREIGN)
             for _ in range(draw(st.integers(1, 60)))]
    return "".join(p + rnd.choice(["", " ", " ", " ", "\n", "،"]) for p in parts)


@st.composite
def unbalanced_quotes(draw) -> str:
    """Reported speech with quotes opened and never closed, closed and never opened, nested
    and crossed."""
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        speech = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 10)))
        opener, closer = rnd.choice(QUOTES), rnd.choice(QUOTES + "")
        shape = rnd.randrange(5)
        if shape == 0:
            parts.append(f"قال الوزير {opener}{speech}")
        elif shape == 1:
            parts.append(f"{speech}{closer} بحسب بيان")
        elif shape == 2:
            parts.append(f"وأضاف {opener}{speech} {opener}{speech}{closer}")
        elif shape == 3:
            parts.append(f"{opener}{closer}{opener}")
        else:
            parts.append(f"وأكد أن {opener}{speech}{closer}{closer}.")
    return rnd.choice([" ", "\n", ". "]).join(parts)


@FUZZ
@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_any_code_point_including_lone_surrogates(text):
    check(text)


@FUZZ
@given(st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=400))
def test_any_string_of_the_arabic_block(text):
    check(text)


@FUZZ
@given(arabic_with_marks())
def test_arabic_with_random_diacritics(text):
    check(text)


@FUZZ
@given(mixed_scripts())
def test_mixed_scripts_and_bidi_controls(text):
    check(text)


@FUZZ
@given(unbalanced_quotes())
def test_unbalanced_and_nested_quotes(text):
    check(text)


@FUZZ
@given(st.characters(exclude_categories=()))
def test_any_single_character(char):
    check(char)


def test_lone_surrogates_are_refused_with_khabars_error():
    with pytest.raises(KhabarError, match="not valid Unicode"):
        analyze("قال الرئيس \ud800 إن المحادثات مفيدة")
    with pytest.raises(KhabarError, match="title"):
        analyze("قال الرئيس إن المحادثات مفيدة", title="\udfff")


@pytest.mark.parametrize("text", [
    "ق" * 50_000,                          # one 50,000-letter word
    "قال " * 20_000,                       # one 80,000-character sentence
    "«" * 5_000 + "قال",                   # thousands of opening quotes
    ("\u0651" * 3 + "ب") * 5_000,          # marks piled on every letter
    "\n" * 10_000 + "قال الرئيس.",         # empty lines
    "قال: «" + "أنّ " * 5_000,             # a quote that never closes
])
def test_degenerate_long_inputs(text):
    check(text)


def test_one_megabyte_mixed_article_is_a_valid_record(example_text):
    """The sample article with random marks, foreign words, bidi marks and broken quotes,
    grown to 1,000,000 characters: every span and the schema are checked."""
    rnd = random.Random(8)
    pieces, size = [], 0
    while size < 1_000_000:
        words = example_text.split(" ")
        for i in rnd.sample(range(len(words)), 20):
            words[i] = _marked(words[i], rnd) + rnd.choice(["", " " + rnd.choice(FOREIGN),
                                                            rnd.choice(QUOTES)])
        piece = " ".join(words) + "\n"
        pieces.append(piece)
        size += len(piece)
    text = "".join(pieces)[:1_000_000]
    doc = analyze(text, date="2021-12-31")
    assert len(doc.text) == 1_000_000 and len(doc.sentences) > 1000
    assert doc.statements and doc.events
    check_record(doc, token_step=50)
