"""Actors: the example article (dated 2021-12-31 and 2026-03-01) and general constructions."""

from __future__ import annotations

import pytest

from khabar.actors import actor_at, find_actors, mention_at, mentions_in
from khabar.model import Document
from khabar.pipeline import analyze


def actor_of(doc: Document, text: str, nth: int = 0):
    """The actor of the ``nth`` mention whose text is ``text``."""
    found = [m for m in doc.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return doc.actor(found[nth].actor)


def codes(doc: Document) -> dict[str, str | None]:
    return {a.id: a.code for a in doc.actors}


@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("فلاديمير بوتين", "vladimir_putin", "RUS GOV"),
    ("جو بايدن", "joe_biden", "USA GOV"),
    ("يوري أوشاكوف", "yuri_ushakov", "RUS GOV"),
    ("ديمتري بيسكوف", "dmitry_peskov", "RUS GOV"),
    ("جين ساكي", "jen_psaki", "USA GOV"),
    ("الكرملين", "kremlin", "RUS GOV"),
    ("البيت الأبيض", "white_house", "USA GOV"),
    ("موسكو", "RUS_GOV", "RUS GOV"),
    ("واشنطن", "USA_GOV", "USA GOV"),
    ("الناتو", "nato", None),
    ("منظمة الأمن والتعاون في أوروبا", "osce", None),
    ("الغرب", "WST", "WST"),
    ("روسيا", "RUS", "RUS"),
    ("أوكرانيا", "UKR", "UKR"),
    ("وإيران", "IRN", "IRN"),
    ("الجانب الروسي", "RUS_GOV", "RUS GOV"),
])
def test_example_actors_and_codes(example_doc, text, actor_id, code):
    actor = actor_of(example_doc, text)
    assert actor.id == actor_id
    if code is not None:
        assert actor.code == code
    else:  # IGO codes: the country field names the organisation
        assert actor.country == actor_id.upper()


def test_geneva_is_a_swiss_place(example_doc):
    mention = next(m for m in example_doc.mentions if m.text == "جنيف")
    assert mention.kind in ("LOC", "GPE")
    assert example_doc.actor(mention.actor).country == "CHE"


def test_titles_counterpart_and_dual_resolve(example_doc):
    assert actor_of(example_doc, "نظيره الأميركي").id == "joe_biden"
    assert actor_of(example_doc, "نظيره").id == "vladimir_putin"  # البيت الأبيض sentence
    assert actor_of(example_doc, "الرئيس الأميركي").id == "joe_biden"
    assert actor_of(example_doc, "للرئيس الروسي").id == "vladimir_putin"
    assert actor_of(example_doc, "مساعد الرئيس الروسي", 1).id == "yuri_ushakov"
    assert actor_of(example_doc, "المتحدثة").id == "jen_psaki"
    both = actor_of(example_doc, "الرئيسين")
    assert set(both.members) == {"vladimir_putin", "joe_biden"}
    assert set(actor_of(example_doc, "الرئيسان الأميركي والروسي").members) == set(both.members)


def test_one_actor_per_real_world_actor(example_doc):
    ids = [a.id for a in example_doc.actors]
    assert len(ids) == len(set(ids))
    putin = example_doc.actor("vladimir_putin")
    assert len(putin.mentions) >= 6
    for mention_id in putin.mentions:
        mention = next(m for m in example_doc.mentions if m.id == mention_id)
        assert mention.actor == "vladimir_putin"


def test_mentions_point_into_the_text(example_doc):
    for m in example_doc.mentions:
        assert example_doc.text[m.start : m.end] == m.text
        assert m.head is not None
        tok = example_doc.tokens[m.head]
        assert m.start <= tok.start and tok.end <= m.end


def test_biden_out_of_office_in_2026(example_text):
    doc = analyze(example_text, date="2026-03-01")
    biden = doc.actor("joe_biden")
    assert biden.country == "USA"
    assert biden.code != "USA GOV"
    assert biden.sector is None
    # the text still says who "the US president" is
    assert actor_of(doc, "الرئيس الأميركي").id == "joe_biden"


def test_helpers_find_actors_by_position(example_doc):
    sent = example_doc.sentences[0]
    tokens = example_doc.tokens[sent.token_start : sent.token_end]
    putin_tok = next(t for t in tokens if t.text == "بوتين")
    assert mention_at(example_doc, putin_tok.i).actor == "vladimir_putin"
    assert actor_at(example_doc, putin_tok.i).name == "Vladimir Putin"
    inside = mentions_in(example_doc, sent.start, sent.end)
    assert {m.actor for m in inside} >= {"vladimir_putin", "joe_biden", "RUS", "UKR"}
    assert all(sent.start <= m.start and m.end <= sent.end for m in inside)
    assert mention_at(example_doc, 10_000) is None


# -- general constructions on sentences written for these tests --------------------------


def run(text: str, date: str | None = "2023-06-01") -> Document:
    return analyze(text, date=date, stages=["actors"])


def test_title_and_unknown_name_make_a_person():
    doc = run("وقال المتحدث باسم وزارة الخارجية الروسية أندريه فاسيليف إن الاجتماع انتهى.")
    person = actor_of(doc, "أندريه فاسيليف")
    assert person.kind == "PER"
    assert person.code == "RUS GOV"
    assert person.role == "Spokesperson"
    assert not person.known


def test_unknown_name_repeated_by_surname():
    doc = run("التقى السفير الفرنسي بيير لوكلير وزير الخارجية. وأكد لوكلير أن بلاده مستعدة.")
    first = actor_of(doc, "بيير لوكلير")
    again = actor_of(doc, "لوكلير")
    assert again.id == first.id
    assert first.country == "FRA"


def test_agent_with_nisba():
    doc = run("قصف الجيش الإسرائيلي مواقع في الجنوب واعتقلت الشرطة التركية متظاهرين سوريين.")
    assert actor_of(doc, "الجيش الإسرائيلي").code == "ISR MIL"
    assert actor_of(doc, "الشرطة التركية").code == "TUR COP"
    assert actor_of(doc, "متظاهرين سوريين").code == "SYR CVL"


def test_capital_as_government_but_place_after_fi():
    doc = run("رفضت أنقرة الاقتراح الذي قدم في باريس.")
    assert actor_of(doc, "أنقرة").code == "TUR GOV"
    paris = actor_of(doc, "باريس")
    assert paris.country == "FRA"
    assert paris.sector is None


def test_counterpart_without_name_uses_the_lexicon():
    doc = run("اتصل الرئيس الأوكراني فولوديمير زيلينسكي بنظيره الفرنسي.")
    assert actor_of(doc, "بنظيره الفرنسي").id == "emmanuel_macron"


def test_title_alone_resolves_to_office_holder_at_date():
    assert actor_of(run("قال الرئيس الأميركي إن المحادثات مفيدة.", "2022-02-01"),
                    "الرئيس الأميركي").id == "joe_biden"
    assert actor_of(run("قال الرئيس الأميركي إن المحادثات مفيدة.", "2019-02-01"),
                    "الرئيس الأميركي").id == "donald_trump"


def test_dual_title_without_nisba_takes_the_last_two_holders():
    doc = run("استقبل الرئيس التركي رجب طيب أردوغان الرئيس الفرنسي إيمانويل ماكرون، "
              "وبحث الرئيسان الوضع في سوريا.")
    both = actor_of(doc, "الرئيسان")
    assert set(both.members) == {"recep_tayyip_erdogan", "emmanuel_macron"}


def test_the_two_countries_are_the_last_two_states_named():
    doc = run("زار وزير الخارجية المصري سامح شكري باريس والتقى نظيره الفرنسي. "
              "وبحث الوزيران العلاقات بين البلدين.")
    pair = actor_of(doc, "البلدين")
    assert set(pair.members) == {"EGY", "FRA"}
    assert {doc.actor(m).kind for m in pair.members} == {"GPE"}


def test_two_countries_without_the_article_are_any_two():
    doc = run("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان. "
              "وقال إن الخلاف بين دولتين جارتين لا يحل بالقوة.")
    assert not actor_of(doc, "دولتين").members


def test_the_two_state_solution_names_no_states():
    doc = run("التقى الرئيس الأميركي جو بايدن رئيس الوزراء الإسرائيلي نفتالي بينيت، "
              "وأكد دعم بلاده لحل الدولتين.")
    assert not [m for m in doc.mentions if "الدولتين" in m.text]


def test_plural_nisba_is_a_group_of_people():
    doc = run("تظاهر آلاف العراقيين أمام السفارة.")
    group = actor_of(doc, "العراقيين")
    assert group.kind == "GRP"
    assert group.country == "IRQ"


def test_empty_document_has_no_actors():
    doc = find_actors(Document(id="e", text=""))
    assert doc.mentions == [] and doc.actors == []
