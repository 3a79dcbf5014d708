"""A verb that starts with و is not read in a word that writes its last letter doubled: the
و there is the conjunction (وعدّ = و + عدّ "considered", not وعد "promised")."""

from khabar.pipeline import analyze


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(text, date="2015-07-01").events]


def test_considered_with_a_written_shadda_is_no_promise():
    assert "AGREE" not in _types("وعدّ وزير الخارجية الفرنسي أن الاتفاق خطوة مهمة.")


def test_considered_with_an_object_pronoun_is_no_promise():
    assert "AGREE" not in _types("وعدّه المسؤول اليمني دليلا على ضعف الميليشيات.")


def test_a_promise_without_shadda_is_still_read():
    assert "AGREE" in _types("ووعد وزير الخارجية الفرنسي بدعم الحكومة اللبنانية.")
