"""Actors: whether a word is a name, a title or a common word, on sentences written for
these tests."""

from __future__ import annotations

from actor_helpers import actor_of

from khabar.actors.find import find_candidates
from khabar.model import Document
from khabar.pipeline import analyze


def run(text: str, date: str | None = "2023-06-01") -> Document:
    return analyze(text, date=date, stages=["actors"])


def test_a_son_of_another_father_is_not_the_known_short_form():
    doc = run("وقال خليفة بن سلمان إن المنامة ترحب بالمبادرة.")
    assert actor_of(doc, "خليفة بن سلمان").id != "mohammed_bin_salman"
    assert all(m.actor != "mohammed_bin_salman" for m in doc.mentions)


def test_the_short_form_alone_is_still_the_known_person():
    doc = run("وأكد بن سلمان أن المملكة ماضية في خطتها.")
    assert actor_of(doc, "بن سلمان").id == "mohammed_bin_salman"


def test_a_title_that_is_also_a_given_name_names_the_prince():
    doc = run("واستقبل الأمير سلطان بن سلمان وفدا من الخبراء.")
    assert actor_of(doc, "سلطان بن سلمان").id != "mohammed_bin_salman"
    assert all(m.actor != "mohammed_bin_salman" for m in doc.mentions)


def test_a_title_and_a_country_stay_the_office():
    doc = run("وقال سلطان عمان إن بلاده تدعم الحوار.", date="2015-06-01")
    assert actor_of(doc, "سلطان عمان").country == "OMN"


def test_the_leader_of_the_islamic_revolution_is_irans_supreme_leader():
    doc = run("وقال قائد الثورة الإسلامية إن بلاده لن تتراجع عن حقوقها.", date="2015-07-01")
    actor = actor_of(doc, "قائد الثورة الإسلامية")
    assert (actor.id, actor.country, actor.sector) == ("ali_khamenei", "IRN", "GOV")
    assert actor_of(run("وحذر مرشد الثورة من التفاوض."), "مرشد الثورة").id == "ali_khamenei"


def persons(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions if m.actor and doc.actor(m.actor).kind == "PER"]


def test_a_common_given_name_and_a_word_with_the_conjunction_make_no_name():
    doc = run("وأشاد المدرب بمستوى الفريق وقال إن أداءه كان جميل ومميز في المباراة.")
    assert not any("جميل" in text for text in persons(doc))


def test_a_name_that_spells_w_after_a_given_name_stays_a_name():
    doc = run("وقال المحلل عادل وينفري إن الأسواق ستتعافى.")
    assert "عادل وينفري" in persons(doc)


def test_a_common_given_name_before_a_definite_plural_nisba_is_no_name():
    doc = run("ويعزو المراقبون نجاح القوميين إلى تراجع الأحزاب التقليدية.")
    assert not any("نجاح" in text for text in persons(doc))


def test_a_word_carrying_a_pronoun_is_no_name_word():
    for text, word in (("وتحدثت الكاتبة عن سحر شواطئها الذهبية.", "شواطئها"),
                       ("وتعزو البلدية نجاح مهرجانها إلى المتطوعين.", "مهرجانها")):
        assert not any(word in name for name in persons(run(text)))


def test_a_verbal_noun_of_a_derived_verb_is_no_name_word():
    for text, word in (("وقررت الشركة سلفا اقتناء حصة في المصرف.", "اقتناء"),
                       ("وقال المتحدث إن الرئيس يزيد اهتمامه بالملف.", "اهتمامه")):
        assert not any(word in name for name in persons(run(text))), text


def test_a_preposition_on_a_noun_in_mim_ends_a_name():
    doc = run("وتوقعت المنظمة أن الطلب يزيد بمقدار مليون برميل العام المقبل.")
    assert not any("بمقدار" in name for name in persons(doc))


def orgs(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions if m.actor and doc.actor(m.actor).kind == "ORG"]


def test_a_definite_noun_after_a_place_or_an_adjective_ends_an_organisation_name():
    doc = run("وأصدرت جامعة تعز البيان الختامي للمؤتمر.")
    assert "جامعة تعز" in orgs(doc)
    doc = run("واستنكرت هيئة العلماء الإسلامية التصريحات الأخيرة للوزير.")
    assert "هيئة العلماء الإسلامية" in orgs(doc)


def test_an_adjective_after_a_place_stays_in_the_organisation_name():
    doc = run("وقالت محكمة بغداد العليا إن الحكم نهائي.")
    assert "محكمة بغداد العليا" in orgs(doc)


def test_a_field_in_lam_construct_completes_a_body_named_by_its_country():
    doc = run("وطالبت الرابطة الأردنية لصناعة الأدوية بخفض الضرائب على المواد الخام.")
    assert "الرابطة الأردنية لصناعة الأدوية" in orgs(doc)
    doc = run("وقال رئيس الاتحاد المصري لكرة السلة إن البطولة ستقام في موعدها.")
    assert "الاتحاد المصري لكرة السلة" in orgs(doc)


def test_lam_construct_after_a_whole_name_is_a_purpose():
    doc = run("وتحركت هيئة الطاقة الأردنية لمواجهة الأزمة في المخيمات.")
    assert "هيئة الطاقة الأردنية" in orgs(doc)
    doc = run("وتحرك البنك التجاري لتحقيق الأرباح.")
    assert all("لتحقيق" not in name for name in orgs(doc))
    doc = run("وأعلن الاتحاد الأردني ليكون البطولة في موعدها.")
    assert all("ليكون" not in name for name in orgs(doc))


def test_a_title_governing_a_place_is_the_office_of_the_name_after_it():
    doc = run("وأكد محافظ الأنبار صهيب الراوي أن الطرق مفتوحة.", date="2016-03-01")
    title, name = actor_of(doc, "محافظ الأنبار"), actor_of(doc, "صهيب الراوي")
    assert title.id == name.id
    assert (name.country, name.sector) == ("IRQ", "GOV")


def test_a_local_office_with_no_holder_named_takes_no_country():
    doc = run("وقال محافظ الأنبار إن الطرق مفتوحة.")
    assert actor_of(doc, "محافظ الأنبار").country is None


def test_a_given_name_before_a_known_family_name_names_another_of_that_family():
    doc = run("وقال مارك ريغيف المتحدث باسم رئيس الوزراء الإسرائيلي إن الحكومة سترد.",
              date="2015-01-01")
    actor = actor_of(doc, "مارك ريغيف")
    assert actor.id != "miri_regev"
    assert (actor.country, actor.sector) == ("ISR", "GOV")
    assert all(m.actor != "miri_regev" for m in doc.mentions)


def test_the_family_name_alone_then_names_the_one_named_with_it():
    doc = run("وقال جيب بوش إن الحملة مستمرة. وقال نيل بوش إن الأموال كافية. "
              "وأضاف بوش أن التبرعات تزداد.", date="2015-01-01")
    neil = actor_of(doc, "نيل بوش")
    assert neil.id != actor_of(doc, "جيب بوش").id
    assert [m.actor for m in doc.mentions if m.text == "بوش"] == [neil.id]


def test_a_given_name_of_the_other_gender_is_never_his():
    doc = run("وقالت دونا ترامب إن الحملة مستمرة.", date="2017-06-01")
    assert actor_of(doc, "دونا ترامب").id != "donald_trump"


def test_a_known_persons_own_names_stay_his():
    doc = run("وقال جورج بوش إن الحرب مستمرة. وقال الرئيس بوش إن النصر قريب.",
              date="2005-01-01")
    assert actor_of(doc, "جورج بوش").id == "george_w_bush"
    assert actor_of(doc, "بوش").id == "george_w_bush"
    assert actor_of(run("وقالت ميري ريغيف إن الحكومة سترد.", date="2015-01-01"),
                    "ميري ريغيف").id == "miri_regev"


def test_a_common_word_or_a_family_first_name_before_a_known_name_is_no_given_name():
    doc = run("وتحدث الكاتب عن أمل أوباما في السلام.", date="2012-01-01")
    assert actor_of(doc, "أوباما").id == "barack_obama"
    doc = run("واستقبل شي إردوغان في بكين.", date="2015-06-01")
    assert actor_of(doc, "إردوغان").id == "recep_tayyip_erdogan"


def test_a_title_of_the_other_gender_before_the_family_name_names_the_one_named_with_it():
    doc = run("وقال مارك ريغيف إن الحكومة سترد. وأضاف المتحدث الإسرائيلي ريغيف أن "
              "إسرائيل لن تقبل.", date="2015-01-01")
    mark = actor_of(doc, "مارك ريغيف").id
    assert [m.actor for m in doc.mentions if m.text == "ريغيف"] == [mark]


def test_a_speakers_title_says_nothing_of_the_gender_of_whom_it_speaks_for():
    doc = run("وقالت ميشيل أوباما إن المدارس تحتاج دعما. وقالت مستشارة أوباما إن "
              "الرئيس سيزور المنطقة.", date="2012-01-01")
    assert actor_of(doc, "أوباما").id == "barack_obama"


def test_a_preposition_on_a_noun_after_a_name_is_not_a_name_word():
    doc = run("واتهم المدعي العام كريم بارتكاب جرائم حرب.")
    assert all("بارتكاب" not in m.text for m in doc.mentions)
    doc = run("وأدانت المحكمة تشارلز بدعوى دعم المتمردين.")
    assert "تشارلز" in [m.text for m in doc.mentions]
    doc = run("وأمر الملك فاروق بتنفيذ المشروع.")
    assert all("بتنفيذ" not in m.text for m in doc.mentions)
    doc = run("وقال جون براون إن الاقتصاد ينمو، وقال ملاك باعيسى إن الحي قديم.")
    assert {"جون براون", "ملاك باعيسى"} <= {m.text for m in doc.mentions}


def test_a_place_in_a_family_names_shape_after_a_given_name_is_the_family_name():
    doc = run("وقال الخبير سالم الأحمدي إن الأسعار سترتفع. وأضاف الأحمدي أن السوق مستقرة.")
    person = actor_of(doc, "سالم الأحمدي")
    assert person.kind == "PER"
    assert [m.actor for m in doc.mentions if m.text == "الأحمدي"] == [person.id]
    assert actor_of(run("وقال الأستاذ علي الرمادي إن البحث انتهى."), "علي الرمادي").kind == "PER"


def test_the_town_stays_the_town_away_from_a_reporting_verb():
    doc = run("وقال الناشط كريم الزبداني إن القصف مستمر. واستمر الحصار على الزبداني أمس.")
    town = [m for m in doc.mentions if m.text == "الزبداني"]
    assert town and doc.actor(town[-1].actor).kind != "PER"


def test_a_title_that_is_also_a_given_name_after_a_title_phrase_is_the_name():
    doc = run("وقال عضو البرلمان العراقي حاكم الزاملي إن الحكومة مقصرة. وأضاف الزاملي أن "
              "اللجنة ستجتمع.")
    person = actor_of(doc, "حاكم الزاملي")
    assert person.kind == "PER" and person.country == "IRQ"
    assert actor_of(doc, "الزاملي").id == person.id


def test_an_outlet_named_like_a_region_is_the_region_after_a_locative_word():
    doc = run("وشهدت القرى الواقعة في شرق الأناضول هزة أرضية عنيفة.")
    assert "الأناضول" not in orgs(doc)
    assert any(m.text == "الأناضول" and doc.actor(m.actor).kind != "ORG"
               for m in doc.mentions if m.actor)
    doc = run("وقالت الأناضول إن الهزة لم توقع إصابات.")
    assert "الأناضول" in orgs(doc)


def test_the_kingdom_named_like_its_adjective_is_the_adjective_after_a_definite_noun():
    def sources(text: str) -> list[str]:
        doc = analyze(text, stages=["text"])
        return [c.source for c in find_candidates(doc)
                if doc.text[doc.tokens[c.start].start:doc.tokens[c.end - 1].end] == "السعودية"]

    assert sources("وتحدث مسؤول من العائلة المالكة السعودية عن الخطة.") == ["nisba"]
    assert sources("وعاد الوفد إلى السعودية أمس.") == ["country"]


def test_a_newspaper_named_after_a_city_is_the_newspaper():
    doc = run("وقالت صحيفة «واشنطن تايمز» إن مجلس الأمن أجل التصويت.")
    assert any(m.text == "واشنطن تايمز" and doc.actor(m.actor).sector == "MED"
               for m in doc.mentions if m.actor)
    assert all(doc.actor(m.actor).sector != "GOV" for m in doc.mentions if m.actor)


def kinds(doc: Document) -> set[str]:
    return {doc.actor(m.actor).kind for m in doc.mentions if m.actor}


def test_a_participle_after_a_given_name_that_is_a_word_is_no_family_name():
    assert "PER" not in kinds(run("وقال إنه سعيد مستمتع بعمله الجديد."))
    assert "PER" not in kinds(run("وتحول الشاب إلى مؤيد متشدد للتنظيم بعد أشهر."))
    assert actor_of(run("وقال مؤيد الحسيني إن اللجنة ستجتمع."), "مؤيد الحسيني").kind == "PER"


def test_a_given_name_that_is_a_word_glued_to_fa_is_the_word():
    assert "PER" not in kinds(run("وطالب النواب بمراجعة فعالية القرار قبل تمديده."))


def test_a_place_written_with_a_pronoun_is_the_noun():
    doc = run("وقال الوزير في حواره مع الصحيفة إن الأزمة انتهت.")
    assert all(m.actor != "place_huwara" for m in doc.mentions)
    doc = run("واقتحمت قوة عسكرية بلدة حوارة جنوب نابلس.")
    assert any(m.actor == "place_huwara" for m in doc.mentions)


def test_a_common_word_place_before_a_definite_genitive_is_the_noun():
    doc = run("وظهرت الآليات في صور الأقمار الصناعية أمس.")
    assert all(m.actor != "place_tyre" for m in doc.mentions)
    doc = run("وسقط صاروخ في صور الجنوبية فجر اليوم.")
    assert any(m.actor == "place_tyre" for m in doc.mentions)


def test_as_a_reaction_names_no_kurds():
    for text in ("وجاء قرار الحكومة كرد فعل على العقوبات الجديدة.",
                 "ووصف المتحدث الهجوم بأنه جاء كرد على الغارات الأخيرة."):
        doc = run(text)
        assert all(doc.actor(m.actor).country != "KUR" for m in doc.mentions if m.actor)


def test_the_footballer_walcott_is_no_iraqi_town():
    doc = run("ووقع المهاجم ثيو والكوت عقدا جديدا مع ناديه. وأحرز والكوت هدفين في المباراة.")
    assert actor_of(doc, "ثيو والكوت").kind == "PER"
    assert all(m.actor != "place_kut" for m in doc.mentions)


def _country_of_first(doc: Document, form: str) -> str | None:
    mention = next(m for m in doc.mentions if form in m.text)
    return doc.actor(mention.actor).country


def test_amman_is_the_jordanian_capital_where_the_text_says_so():
    for text in ("ووصل الوفد إلى العاصمة عمان مساء أمس لبحث ملف المياه.",
                 "وتظاهر المئات في عمّان احتجاجا على رفع الأسعار.",
                 "وقال مسؤول أردني إن المؤتمر سيعقد في عمان الشهر المقبل."):
        assert _country_of_first(run(text), "عم") == "JOR", text


def test_oman_stays_the_sultanate_without_a_sign_of_jordan():
    for text in ("وقال الوزير إن عمان ترحب بالاتفاق بين الطرفين.",
                 "وزار الوزير الأردني مسقط، وقال إن عمان شريك مهم."):
        assert _country_of_first(run(text), "عمان") == "OMN", text


def test_a_construct_dual_title_names_one_holder_for_each_nisba():
    for text in ("وبحث وزيرا الخارجية المصري والأردني في القاهرة أمس أزمة المياه.",
                 "والتقى وزيري الخارجية الروسي والأميركي على هامش القمة."):
        doc = run(text)
        mention = next(m for m in doc.mentions if "الخارجية" in m.text)
        group = doc.actor(mention.actor)
        assert group.kind == "GRP" and len(group.members) == 2, text


def test_a_dual_before_two_offices_is_no_pair_of_holders():
    doc = run("واجتمع وزيري الاقتصاد والعمل مع النقابات أمس.")
    assert all(doc.actor(m.actor).kind != "GRP" for m in doc.mentions if m.actor)
