"""Event arguments under verbs of will and attempt (قرر، حاول، تعتزم، تمكن من): the verb's
subject is the actor of the act it takes, and the noun after that act is whom it hits."""

import pytest
from argument_helpers import countries, first_event

from khabar.pipeline import analyze


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("وذكر التقرير أن الرئيس العراقي صدام حسين قرر أن يغزو الكويت.", "ASSAULT", "IRQ", "KWT"),
    ("حاولت إسرائيل أن تغتال قائدا في حركة حماس.", "ASSAULT", "ISR", "PSE"),
    ("وتعتزم الحكومة العراقية أن تستدعي السفير التركي.", "ACCUSE", "IRQ", "TUR"),
])
def test_the_subject_of_a_verb_of_will_acts_on_the_object_after_an(text, type_, actor, recipient):
    doc, event = first_event(text, type_)
    assert countries(doc, event.actor) == [actor]
    assert recipient in countries(doc, event.recipient)


def test_a_verb_of_will_takes_a_verbal_noun_whose_genitive_is_hit():
    doc, event = first_event("وقرر الرئيس العراقي صدام حسين غزو الكويت عام 1990.", "ASSAULT")
    assert countries(doc, event.actor) == ["IRQ"]
    assert countries(doc, event.recipient) == ["KWT"]


def test_the_party_a_relative_describes_intends_the_visit():
    doc, event = first_event("وقال وزير الخارجية الروسي الذي يعتزم زيارة إيران الشهر المقبل إن المحادثات مفيدة.",
                        "CONSULT")
    assert countries(doc, event.actor) == ["RUS"]
    assert countries(doc, event.recipient) == ["IRN"]


def test_a_coordinated_verb_of_will_shares_the_subject_before():
    doc, event = first_event("واجتمعت الحكومة الأمريكية أمس وقررت أن تفرض عقوبات على إيران.", "SANCTION")
    assert countries(doc, event.actor) == ["USA"]
    assert countries(doc, event.recipient) == ["IRN"]


def test_a_verb_after_an_that_agrees_with_another_subject_keeps_it():
    doc, event = first_event("ويريد الرئيس الأمريكي أن تفرض أوروبا عقوبات على روسيا.", "SANCTION")
    assert countries(doc, event.actor) == ["EUR"]


def test_a_failed_or_managed_act_needs_its_preposition():
    doc, event = first_event("وتمكنت قوات الأمن العراقية من اعتقال قائد في تنظيم القاعدة.", "COERCE")
    assert countries(doc, event.actor) == ["IRQ"]


def test_a_verbal_noun_right_after_failed_is_its_subject():
    doc, event = first_event("وفشلت مفاوضات الحكومة العراقية مع الأكراد.", "CONSULT")
    assert countries(doc, event.actor) == ["IRQ"]


def test_a_speaker_who_says_it_decided_an_act_does_it():
    doc, event = first_event("وقال وزير الخارجية الأمريكي إنه قرر أن يفرض عقوبات على إيران.", "SANCTION")
    assert countries(doc, event.actor) == ["USA"]
    assert countries(doc, event.recipient) == ["IRN"]


def test_a_definite_noun_after_a_verb_of_will_is_no_act_it_takes():
    doc, event = first_event("وكان الرئيس العراقي قد سعى في القمة العربية إلى دعم موقفه.", "CONSULT")
    assert "IRQ" not in countries(doc, event.actor)


def test_the_purpose_of_a_summons_is_its_subjects_act():
    doc, event = first_event(
        "واستدعت الخارجية الألمانية السفير التركي لمطالبته بالإفراج عن الصحافي.", "REQUEST")
    assert countries(doc, event.actor) == ["DEU"]


def test_a_protest_a_summons_names_is_no_demonstration():
    doc = analyze("واستدعت الخارجية الروسية السفير الأميركي للاحتجاج على العقوبات الجديدة.",
                  date="2020-03-01")
    assert [e.type for e in doc.events] == ["ACCUSE"]
    assert countries(doc, doc.events[0].actor) == ["RUS"]
