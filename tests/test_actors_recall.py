"""Person names found without a lexicon entry: coordination, lone given names, speakers and
nationality adjectives before foreign names, and records built without re-validation."""

from __future__ import annotations

from pydantic import TypeAdapter

from khabar.actors import find_actors
from khabar.model import Document, Mention
from khabar.pipeline import text_layer


def persons(text: str) -> list[str]:
    doc = find_actors(text_layer(Document(id="t", text=text, date="2021-12-31")))
    return [m.text for m in doc.mentions if m.kind == "PER" and m.via in ("pattern", "name")]


def test_conjunction_starts_the_next_name():
    assert persons("وحضر الاجتماع سمير منصور وأحمد سعيد.") == ["سمير منصور", "وأحمد سعيد"]


def test_name_of_a_conjoined_person_leaves_the_conjunction_out():
    doc = find_actors(text_layer(Document(id="t", text="وحضر سمير منصور وأحمد سعيد.")))
    names = sorted(a.name_ar for a in doc.actors if a.kind == "PER")
    assert names == ["أحمد سعيد", "سمير منصور"]


def test_common_word_given_name_in_a_list_of_names():
    assert persons("وشارك في العمل محمود ياسين ونور الشريف وأحمد زكي.") == [
        "محمود ياسين", "ونور الشريف", "وأحمد زكي"]
    assert persons("وضمت القائمة مدحت شلبي وعادل فتحي.") == ["مدحت شلبي", "وعادل فتحي"]
    assert persons("وحضر الحفل سامي يوسف وأمل كثيرة تحققت.") == ["سامي يوسف"]


def test_given_name_that_is_a_word_too_after_a_given_name():
    assert persons("وقال المدرب خالد فارس إن الفريق جاهز.") == ["خالد فارس"]
    assert persons("ويرى الباحث أحمد بان أن الفكرة قديمة.") == ["أحمد بان"]
    assert persons("وقف الجنرال يوسي صباح السابع من يونيو.") == ["يوسي"]


def test_lone_given_name_is_a_person_unless_a_common_word():
    assert persons("وكان حمدان قد غادر المدينة.") == ["حمدان"]
    assert persons("وكان دورها أكبر من المتوقع.") == []


def test_two_unknown_words_after_a_reporting_verb():
    assert persons("وقال زوران بيتروفيتش إن الوقت ينفد.") == ["زوران بيتروفيتش"]
    assert persons("ورد بشكل واضح بأن الوقت ينفد.") == []


def test_foreign_name_after_a_nationality_adjective():
    assert "زوران بيتروفيتش" in persons("وسجل المهاجم الكرواتي زوران بيتروفيتش هدفين.")


def test_common_word_given_name_after_a_nationality_adjective():
    assert persons("وعادت المرتبة الثانية للإثيوبي طارق مبارك أمس.") == ["طارق مبارك"]
    assert persons("وسجل الهدف المغربي مبارك بوصوفة بعد تمريرة.") == ["مبارك بوصوفة"]
    assert persons("وتزايد الضغط الأميركي علي الحكومة.") == []


def test_family_name_with_the_article_after_two_given_names():
    assert persons("وكتب الأديب عباس محمود العقاد، وهو شاعر أيضا.") == ["عباس محمود العقاد"]
    assert persons("وقال العقيد راشد إبراهيم الصفيان إن الوضع هادئ.") == ["راشد إبراهيم الصفيان"]
    assert persons("وحضر العقيد راشد إبراهيم الاجتماع أمس.") == ["راشد إبراهيم"]
    assert persons("ثم التقى جواد سليم المشغول بعمله.") == ["جواد سليم"]
    assert persons("في شارع محمد مظلوم المتقاطع مع الميدان.") == ["محمد مظلوم"]


def test_noun_with_a_pronoun_after_a_name_ends_it():
    assert persons("والتقى يحيى زوجته في المطار.") == ["يحيى"]
    assert persons("وخرج موسى معهم إلى المدينة.") == ["موسى"]
    assert persons("وتعاقد النادي مع ماريو غوتزه أمس.") == ["ماريو غوتزه"]


def test_name_after_a_particle_may_end_in_ya():
    assert persons("ومرر الكرة ستيفن فان بيرسي إلى زميله.") == ["ستيفن فان بيرسي"]


def test_foreign_given_names_of_the_lexicon():
    assert persons("وأعلن بيار نكورونزيزا ترشحه.") == ["بيار نكورونزيزا"]
    assert persons("وكان جوشوا لانديس قد كتب مقالا.") == ["جوشوا لانديس"]


def test_participle_after_a_name_is_not_a_family_name():
    assert persons("وفاز اللاعب سمير بنزيمي المصنف أولا.") == ["سمير بنزيمي"]


def test_records_match_validated_records(example_doc):
    as_json = TypeAdapter(Mention).dump_json
    for mention in example_doc.mentions:
        validated = Mention(**vars(mention))
        assert validated == mention and as_json(validated) == as_json(mention)
    for record in example_doc.actors:
        validated = type(record).model_validate(record.model_dump())
        assert validated.model_dump_json() == record.model_dump_json()
        given = type(record)(**record.model_dump(include=record.model_fields_set))
        assert given.model_fields_set == record.model_fields_set


def test_kinship_word_with_a_pronoun_introduces_a_name():
    assert persons("وحضر الحفل الوزير وزوجته كارولينا.") == ["كارولينا"]
    assert persons("وسافر الرئيس برفقة نجله ماكسيم إلى باريس.") == ["ماكسيم"]


def test_short_noun_with_a_preposition_after_a_name_ends_it():
    assert persons("ويشعر أبو عبد الله بحزن شديد.") == ["أبو عبد الله"]
    assert persons("وأصيب أصدقاء عبد العزيز بصدمة مما حدث.") == ["عبد العزيز"]
    assert persons("وقال جواد عبد الكريم لشبكة الأخبار إن الوضع هادئ.") == ["جواد عبد الكريم"]


def test_given_name_of_the_short_noun_shape_stays_in_the_name():
    assert persons("وأكد يوسف بطرس أن القانون جديد.") == ["يوسف بطرس"]


def test_family_name_with_the_article_after_a_form_of_address():
    assert persons("وقال الشيخ الزهيري إن الوضع هادئ.") == ["الزهيري"]
    assert persons("وقال المهندس المعماري إن البناء قديم.") == []


def test_relative_pronoun_after_a_name_cue_is_no_adjective():
    assert persons("وجرى ذلك أمام زوجته التي نالت نصيبها من الضرب.") == []
    assert persons("وقال الكاتب الذي عرف بمواقفه إن الوضع صعب.") == []


def test_family_name_with_the_conjunction_names_the_next_person_of_a_list():
    assert persons("وقال كيروف ومارتينيز إن المحادثات مثمرة.") == ["كيروف", "ومارتينيز"]


def test_title_of_another_state_after_a_known_person_is_not_his():
    text = "واستقبل رئيس إقليم كردستان مسعود بارزاني وزير الخارجية القطري أمس."
    doc = find_actors(text_layer(Document(id="t", text=text, date="2015-06-01")))
    minister = next(m for m in doc.mentions if m.text == "وزير الخارجية القطري")
    barzani = next(m for m in doc.mentions if m.text == "مسعود بارزاني")
    assert minister.actor != barzani.actor
