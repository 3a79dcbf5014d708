"""Events under verbs that name a future act of someone: a threat, a promise, a demand. The
threat is aimed at whom the act it threatens hits."""

import pytest
from argument_helpers import countries, first_event


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("وهددت طهران بأن تهاجم إسرائيل إذا تعرضت منشآتها للقصف.", "IRN", "ISR"),
    ("هدد الرئيس الأميركي بفرض عقوبات جديدة على روسيا.", "USA", "RUS"),
    ("وتوعد زعيم تنظيم القاعدة بشن هجمات جديدة على الولايات المتحدة.", None, "USA"),
])
def test_a_threat_that_names_no_one_is_aimed_at_whom_its_act_hits(text, actor, recipient):
    doc, threat = first_event(text, "THREATEN")
    if actor:
        assert countries(doc, threat.actor) == [actor]
    assert countries(doc, threat.recipient) == [recipient]


def test_a_threat_keeps_the_party_it_names():
    doc, threat = first_event("هددت إيران إسرائيل بأن تهاجم القواعد الأميركية.", "THREATEN")
    assert countries(doc, threat.recipient) == ["ISR"]


def _flags(event):
    return {f for f in ("negated", "hypothetical", "future") if getattr(event, f)}


@pytest.mark.parametrize("text", [
    "ووعدت الولايات المتحدة العراق بتقديم مساعدات عسكرية جديدة.",
    "ووعد الرئيس الأميركي الحكومة العراقية بتقديم المساعدات العسكرية.",
])
def test_a_promise_is_made_to_whom_the_promised_act_is_for(text):
    doc, promise = first_event(text, "AGREE")
    _, aid = first_event(text, "AID")
    assert countries(doc, promise.recipient) == ["IRQ"]
    assert countries(doc, aid.actor) == ["USA"]
    assert countries(doc, aid.recipient) == ["IRQ"]
    assert _flags(aid) == {"future"}


def test_a_pledged_act_is_yet_to_come():
    _, mobilize = first_event("وتعهدت الحكومة البريطانية بإرسال قوات إضافية إلى أفغانستان.", "MOBILIZE")
    assert "future" in _flags(mobilize)


def test_the_party_a_charge_addresses_does_the_act_it_asks_for():
    doc, arrest = first_event("حث الرئيس الأميركي باكستان على اعتقال قادة حركة طالبان.", "COERCE")
    assert countries(doc, arrest.actor) == ["PAK"]
    assert "hypothetical" in _flags(arrest)
