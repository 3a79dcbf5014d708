"""Trigger words in a sense that reports no event."""

import pytest

from khabar.pipeline import analyze


@pytest.mark.parametrize("text", [
    "وقال الوزير إن باريس خطفت الأضواء في المعرض الدولي.",
    "لكن روما خطف التعادل في الدقيقة الأخيرة من المباراة.",
])
def test_stealing_the_limelight_or_a_draw_is_no_abduction(text):
    assert "ASSAULT" not in [e.type for e in analyze(text, date="2015-07-01").events]


def test_an_abduction_is_still_read():
    doc = analyze("وخطف مسلحون ثلاثة صحافيين فرنسيين في بغداد.", date="2015-07-01")
    assert "ASSAULT" in [e.type for e in doc.events]
