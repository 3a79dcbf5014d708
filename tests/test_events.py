"""Event coding: triggers, arguments, modality, statements and the example article."""

from __future__ import annotations

import pytest

from khabar.events import find_events
from khabar.events.lexicon import ENCLITICS, inflect, trigger_index, word_keys
from khabar.model import Actor, Document, Event, Mention, Statement
from khabar.pipeline import text_layer
from khabar.text.normalize import normalize_word

ACTORS = {
    "بايدن": ("joe_biden", "USA", "PER"),
    "بوتين": ("vladimir_putin", "RUS", "PER"),
    "روسيا": ("RUS", "RUS", "GPE"),
    "الغرب": ("WST", "WST", "GPE"),
    "أوكرانيا": ("UKR", "UKR", "GPE"),
    "الولايات المتحدة": ("USA", "USA", "GPE"),
    "المسلحين": ("militants", None, "GRP"),
    "الحاجز": ("checkpoint", None, "ORG"),
    "الشرطة": ("police", None, "ORG"),
}


def coded(text: str) -> Document:
    """The text with hand-placed actor mentions (so the test needs no actor stage)."""
    doc = text_layer(Document(id="t", text=text, date="2021-12-31"))
    actors: dict[str, Actor] = {}
    for surface, (actor_id, country, kind) in ACTORS.items():
        start = text.find(surface)
        while start >= 0:
            sentence = next(s.i for s in doc.sentences if s.start <= start < s.end)
            mention = Mention(id=f"m{len(doc.mentions)}", start=start, end=start + len(surface),
                              text=surface, sentence=sentence, kind=kind, actor=actor_id)
            doc.mentions.append(mention)
            actors.setdefault(actor_id, Actor(id=actor_id, name=actor_id, kind=kind,
                                              country=country)).mentions.append(mention.id)
            start = text.find(surface, start + 1)
    doc.mentions.sort(key=lambda m: m.start)
    doc.actors = list(actors.values())
    return find_events(doc)


def of_type(doc: Document, type_: str):
    return [e for e in doc.events if e.type == type_]


def test_inflect_covers_persons_and_numbers():
    forms = inflect(normalize_word("حذر"), normalize_word("حذر"))
    for word in ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "نحذر", "حذرا"):
        assert normalize_word(word) in forms


def test_weak_verb_keeps_its_last_letter_before_first_persons():
    forms = inflect(normalize_word("دعا"), normalize_word("دعو"))
    assert {"دعت", "دعوا"} <= forms
    assert "دعنا" not in forms  # "let us", not "we called"
    assert not of_type(coded("دعنا نقول إن الأزمة ستطول."), "REQUEST")


def test_word_keys_peel_conjunction_and_future():
    keys = dict(((k, fut) for k, fut, _ in word_keys(normalize_word("وسيناقشان"))))
    assert keys.get("يناقشان") is True


def test_word_keys_peel_one_enclitic_of_a_key():
    # Keys lose at most one enclitic each, found by its length, which holds only while no
    # enclitic ends another.
    assert not [(a, b) for a in ENCLITICS for b in ENCLITICS if a != b and b.endswith(a)]
    keys = [k for k, _, _ in word_keys(normalize_word("وبمساعدتهما"))]
    assert keys[0] == "وبمساعدتهما" and "مساعده" in keys and "مساعدتهم" not in keys


def test_a_doubled_verb_after_a_conjunction_is_read():
    # حثّ and شنّ lose their shadda: after و they make a three-letter word.
    request = of_type(coded("وحث وزير الخارجية الفرنسي الطرفين على ضبط النفس."), "REQUEST")
    assert [e.trigger.text for e in request] == ["وحث"]
    assault = of_type(coded("وشن الطيران الإسرائيلي غارة على رفح."), "ASSAULT")
    assert [e.trigger.text for e in assault] == ["وشن"]


@pytest.mark.parametrize("word", ["وصل", "وقع", "وعد"])
def test_a_three_letter_word_keeps_its_first_root_letter(word):
    assert [k for k, _, _ in word_keys(word)] == [word]


def test_a_word_of_its_own_is_no_conjunction_and_doubled_verb():
    doc = coded("ومن المتوقع أن تضم القوة الجديدة نحو خمسة آلاف فرد.")
    assert not of_type(doc, "THREATEN")


def test_every_plover_type_has_triggers():
    types = {t.type for trigs in trigger_index().values() for t in trigs}
    assert types >= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                     "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                     "MOBILIZE", "COERCE", "ASSAULT"}


def test_subject_verb_object_request():
    doc = coded("قال مسؤول إن بايدن حثّ روسيا على خفض التوترات مع أوكرانيا.")
    [event] = of_type(doc, "REQUEST")
    assert event.actor == ["joe_biden"] and event.recipient == ["RUS"]
    assert doc.text[event.trigger.start:event.trigger.end] == event.trigger.text


def test_verb_subject_and_recipient_through_preposition():
    doc = coded("هاجم المسلحين على الحاجز فجر اليوم.")
    [event] = of_type(doc, "ASSAULT")
    assert event.actor == ["militants"] and event.recipient == ["checkpoint"]


def test_negated_deployment():
    doc = coded("وأكد بايدن أن الولايات المتحدة لا تعتزم نشر أسلحة هجومية في أوكرانيا.")
    [event] = of_type(doc, "MOBILIZE")
    assert event.negated and not event.future and event.actor == ["USA"]


def test_conditional_warning_is_a_threat_and_a_hypothetical_sanction():
    doc = coded("حذّر بوتين بايدن من أنه في حال قرر الغرب فرض عقوبات على روسيا، "
                "فإن ذلك قد يؤدي إلى قطع العلاقات.")
    [threat] = of_type(doc, "THREATEN")
    assert threat.cameo == "1313" and threat.actor == ["vladimir_putin"]
    assert threat.recipient == ["joe_biden"] and not threat.hypothetical
    [sanction] = of_type(doc, "SANCTION")
    assert sanction.hypothetical and sanction.actor == ["WST"] and sanction.recipient == ["RUS"]


def test_plain_warning_is_no_event():
    doc = coded("حذّر بوتين من مخاطر الطقس السيئ.")
    assert not of_type(doc, "THREATEN")


def test_future_prefix():
    doc = coded("سيناقش بوتين وبايدن الضمانات الأمنية.")
    [event] = of_type(doc, "CONSULT")
    assert event.future and set(event.actor) == {"vladimir_putin", "joe_biden"}


def test_event_nouns_and_their_traps():
    assert of_type(coded("خرجت مسيرة حاشدة وسط المدينة."), "PROTEST")
    assert not of_type(coded("أسقطت الدفاعات طائرة مسيرة فوق المدينة."), "PROTEST")
    assert not of_type(coded("نشر في: الأربعاء 4 مارس."), "MOBILIZE")
    assert of_type(coded("اعتقلت الشرطة عشرات الأشخاص."), "COERCE")


def test_example_article(example_doc):
    by_type = {}
    for event in example_doc.events:
        by_type.setdefault(event.type, []).append(event)
    consult = [e for e in by_type.get("CONSULT", []) if e.cameo == "041"]
    if not example_doc.actors:
        pytest.skip("the actors stage is not installed")
    assert consult
    assert any(e.cameo == "1313" and not e.hypothetical for e in by_type["THREATEN"])
    assert any(e.hypothetical for e in by_type["SANCTION"])
    assert any(e.negated for e in by_type["MOBILIZE"])
    assert any(e.hypothetical for e in by_type["ASSAULT"])
    assert "AGREE" in by_type and "SUPPORT" in by_type
    for event in example_doc.events:
        assert example_doc.text[event.trigger.start:event.trigger.end] == event.trigger.text


@pytest.mark.parametrize(("field", "model"), [("events", Event), ("statements", Statement)])
def test_records_built_unvalidated_are_the_validated_records(example_doc, field, model):
    records = getattr(example_doc, field)
    assert records
    for record in records:
        validated = model(**{name: getattr(record, name) for name in record.model_fields_set})
        assert record == validated and list(record) == list(validated)
        assert record.model_fields_set == validated.model_fields_set
        assert record.model_dump_json() == validated.model_dump_json()
