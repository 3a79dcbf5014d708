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


def _flags(event):
    return {f for f in ("negated", "hypothetical", "future") if getattr(event, f)}


@pytest.mark.parametrize("text", [
    "ووعدت الولايات المتحدة العراق بتقديم مساعدات عسكرية جديدة.",
    "ووعد الرئيس الأميركي الحكومة العراقية بتقديم المساعدات العسكرية.",
])
def test_a_promise_is_made_to_whom_the_promised_act_is_for(text):
    doc, promise = _events(text, "AGREE")
    _, aid = _events(text, "AID")
    assert _countries(doc, promise.recipient) == ["IRQ"]
    assert _countries(doc, aid.actor) == ["USA"]
    assert _countries(doc, aid.recipient) == ["IRQ"]
    assert _flags(aid) == {"future"}


def test_a_pledged_act_is_yet_to_come():
    _, mobilize = _events("وتعهدت الحكومة البريطانية بإرسال قوات إضافية إلى أفغانستان.", "MOBILIZE")
    assert "future" in _flags(mobilize)


def test_the_party_a_charge_addresses_does_the_act_it_asks_for():
    doc, arrest = _events("حث الرئيس الأميركي باكستان على اعتقال قادة حركة طالبان.", "COERCE")
    assert _countries(doc, arrest.actor) == ["PAK"]
    assert "hypothetical" in _flags(arrest)
