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


def test_searching_for_someone_is_no_discussion():
    doc = analyze("وقال إن جنود النظام السوري كانوا يبحثون عنه فهرب إلى الأردن.", date="2015-08-01")
    assert not [e for e in doc.events if e.type == "CONSULT"]
    doc = analyze("وبحث وزير الخارجية الفرنسي مع نظيره المصري الأزمة الليبية.", date="2015-08-01")
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_future_sin_takes_no_perfect():
    doc = analyze("وقال إن الاعتقاد سائد بأن البرلمان لن يقبل الاتفاق.", date="2015-08-01")
    assert "SUPPORT" not in [e.type for e in doc.events]
    doc = analyze("وقال إن البرلمان سيؤيد الاتفاق الجديد.", date="2015-08-01")
    assert "SUPPORT" in [e.type for e in doc.events]


@pytest.mark.parametrize("text", [
    "ويدرس في الجامعة أكثر من 3500 طالب من عشرين دولة.",
    "وشارك في الامتحانات نحو 12 مليون طالب في أنحاء البلاد.",
])
def test_a_counted_student_demands_nothing(text):
    assert "REQUEST" not in [e.type for e in analyze(text, date="2015-08-01").events]


def test_a_year_is_no_count():
    doc = analyze("وفي عام 2014 طالب البرلمان الحكومة بالاستقالة.", date="2015-08-01")
    assert "REQUEST" in [e.type for e in doc.events]


def test_we_returned_is_no_promise():
    doc = analyze("وقال: وعدنا إلى منازلنا بعد انتهاء القتال.", date="2015-08-01")
    assert "AGREE" not in [e.type for e in doc.events]
    doc = analyze("وقد وعدنا رئيس الوزراء بحل الأزمة.", date="2015-08-01")
    assert "AGREE" in [e.type for e in doc.events]


@pytest.mark.parametrize("text", [
    "وارتفع ثمن الخبز في الأسواق الشعبية.",
    "ويبلغ ثمن الجهاز الجديد مئة دولار.",
])
def test_a_price_is_no_praise(text):
    assert "SUPPORT" not in [e.type for e in analyze(text, date="2015-08-01").events]


def test_financial_brokerage_is_no_mediation():
    doc = analyze("وتعمل الشركة في الوساطة المالية وإدارة الأصول في الرياض.", date="2015-08-01")
    assert "CONSULT" not in [e.type for e in doc.events]
