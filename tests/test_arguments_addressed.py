"""Events under verbs that name a future act of someone: a threat, a promise, a demand. The
threat is aimed at whom the act it threatens hits."""

import pytest

from khabar.pipeline import analyze


def _events(text: str, type_: str):
    doc = analyze(text, date="2008-01-01")
    events = [e for e in doc.events if e.type == type_]
    assert events, [e.type for e in doc.events]
    return doc, events[0]


def _countries(doc, ids):
    return [doc.actor(i).country for i in ids if doc.actor(i)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("وهددت طهران بأن تهاجم إسرائيل إذا تعرضت منشآتها للقصف.", "IRN", "ISR"),
    ("هدد الرئيس الأميركي بفرض عقوبات جديدة على روسيا.", "USA", "RUS"),
    ("وتوعد زعيم تنظيم القاعدة بشن هجمات جديدة على الولايات المتحدة.", None, "USA"),
])
def test_a_threat_that_names_no_one_is_aimed_at_whom_its_act_hits(text, actor, recipient):
    doc, threat = _events(text, "THREATEN")
    if actor:
        assert _countries(doc, threat.actor) == [actor]
    assert _countries(doc, threat.recipient) == [recipient]


def test_a_threat_keeps_the_party_it_names():
    doc, threat = _events("هددت إيران إسرائيل بأن تهاجم القواعد الأميركية.", "THREATEN")
    assert _countries(doc, threat.recipient) == ["ISR"]
