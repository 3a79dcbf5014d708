"""Actors: name, organisation and office rules on sentences written for these tests."""

from __future__ import annotations

from khabar.actors.find import find_candidates, gazetteer, match_items
from khabar.evaluate.ner import predicted_window
from khabar.model import Document
from khabar.pipeline import analyze, text_layer


def run(text: str, date: str | None = "2023-06-01") -> Document:
    return analyze(text, date=date, stages=["actors"])


def mention(doc: Document, text: str):
    found = [m for m in doc.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return found[0]


def texts(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions]


# -- former office holders ----------------------------------------------------------------


def test_former_president_is_not_the_incumbent():
    doc = run("قال الرئيس الأميركي السابق إن المحادثات كانت مفيدة.")
    actor = doc.actor(mention(doc, "الرئيس الأميركي السابق").actor)
    assert actor.id != "joe_biden"
    assert actor.country == "USA"
    assert actor.sector is None
    assert actor.role.startswith("Former")


def test_former_minister_links_to_the_name_without_a_sector():
    doc = run("قال وزير الخارجية الفرنسي السابق بيير دوران إن الحرب خطأ.")
    title = mention(doc, "وزير الخارجية الفرنسي السابق")
    name = mention(doc, "بيير دوران")
    assert title.actor == name.actor
    actor = doc.actor(name.actor)
    assert actor.country == "FRA"
    assert actor.sector is None
    assert actor.code != "FRA GOV"


def test_current_title_still_takes_the_office_sector():
    doc = run("قال وزير الخارجية الفرنسي بيير دوران إن الحرب خطأ.")
    assert doc.actor(mention(doc, "بيير دوران").actor).code == "FRA GOV"


# -- person names -------------------------------------------------------------------------


def test_given_name_and_unknown_surname_make_a_person():
    doc = run("وصل كلاوس برينكمان إلى القاهرة أمس.")
    assert mention(doc, "كلاوس برينكمان").kind == "PER"


def test_third_plain_word_does_not_extend_a_name():
    doc = run("شارك كلاوس برينكمان مباراة ودية.")
    assert "كلاوس برينكمان" in texts(doc)
    assert not any(t.startswith("كلاوس برينكمان ") for t in texts(doc))


def test_name_after_nasab_particle_continues():
    doc = run("استقبل الأمير خالد بن سلطان الوفد.")
    assert any(t.startswith("خالد بن سلطان") for t in texts(doc))


def test_place_that_is_a_given_name_reads_as_person_before_a_name():
    doc = run("قالت صوفيا لورينتي إنها سعيدة.")
    assert mention(doc, "صوفيا لورينتي").kind == "PER"


def test_place_that_is_a_given_name_stays_a_place_after_a_preposition():
    doc = run("وصل الوفد إلى صوفيا أمس.")
    assert mention(doc, "صوفيا").kind in ("GPE", "LOC")


def test_name_never_matches_through_a_stripped_enclitic():
    # صورة is normalised to صوره; it is not the city صور with a pronoun
    doc = run("نشرت الوكالة صورة للاجتماع.")
    assert "صورة" not in texts(doc)


def test_lam_plus_article_left_unsplit_still_matches():
    doc = run("قدم السفير طلبا للأمم المتحدة.")
    assert doc.actor(mention(doc, "للأمم المتحدة").actor).kind == "ORG"


# -- organisation names -------------------------------------------------------------------


def test_head_noun_and_nisba_name_an_organisation_with_its_country():
    doc = run("قالت وزارة الزراعة المصرية إن المحصول جيد.")
    actor = doc.actor(mention(doc, "وزارة الزراعة المصرية").actor)
    assert actor.kind == "ORG"
    assert actor.country == "EGY"
    assert actor.code == "EGY GOV"


def test_head_noun_and_foreign_proper_name():
    doc = run("أعلنت جامعة برينستون برنامجا جديدا.")
    assert mention(doc, "جامعة برينستون").kind == "ORG"


def test_organisation_name_stops_before_a_locative():
    doc = run("تخرج من جامعة الزيتونة بتونس.")
    assert "جامعة الزيتونة" in texts(doc)


def test_bare_head_is_not_a_name():
    cands = find_candidates(text_layer(Document(id="t", text="أعلنت الوزارة أمس القرار.")))
    assert not any(c.source == "org_name" for c in cands)


# -- the ANERcorp evaluator's span conventions -------------------------------------------


def test_evaluator_drops_titles_from_person_spans():
    spans = predicted_window([["قال", "الرئيس", "جاك", "شيراك", "إن"]])[0]
    assert (2, 4, "PER") in spans


def test_evaluator_keeps_the_clitic_token_whole():
    spans = predicted_window([["ذهب", "إلى", "وبرلين", "ثم", "عاد"]])[0]
    assert (2, 3, "LOC") in spans


def test_evaluator_reads_a_window_as_one_document():
    spans = predicted_window([["التقى", "كلاوس", "برينكمان", "الوفد"],
                              ["وقال", "برينكمان", "إن", "الاتفاق", "جيد"]])
    assert (1, 3, "PER") in spans[0]
    assert (1, 2, "PER") in spans[1]


def test_words_that_only_look_like_names_or_titles_are_no_actors():
    assert not run("واستؤنفت الرحلات من وإلى عدن.").actors[0].sector  # وإلى is no governor
    assert not any(m.kind == "PER" for m in run("وقال خلال المؤتمر الصحافي إن الوضع هادئ.")
                   .mentions)
    assert [m.text for m in run("رأيت الرئيس في المؤتمر.").mentions] == ["الرئيس"]
    assert not any(m.kind == "PER" for m in run("وقع الحادث على سبيل المثال أمس.").mentions)
    assert mention(run("وقال والي الخرطوم إن الوضع هادئ."), "والي الخرطوم").kind == "PER"


def test_surname_of_a_person_named_before_is_that_person_not_a_new_name():
    doc = run("استقبل وزير الخارجية سامح شكري نظيره الأردني. وأضاف أن شكري رحب بالمشروع.")
    assert mention(doc, "شكري").actor == "sameh_shoukry"
    assert not any(m.text == "شكري رحب" for m in doc.mentions)


def test_head_of_a_regime_is_the_president_named_after_it():
    doc = analyze("وقال رئيس النظام السوري بشار الأسد إن الحرب مستمرة.", date="2015-07-21")
    assert mention(doc, "رئيس النظام السوري").actor == "bashar_al_assad"


def test_joined_abd_names_match_the_lexicon():
    doc = analyze("وبعث الملك سلمان بن عبدالعزيز رسالة إلى الرئيس.", date="2016-01-01")
    assert mention(doc, "الملك سلمان بن عبدالعزيز").actor == "king_salman"


def test_a_title_after_a_short_verb_with_alif_lam_is_the_subject():
    assert mention(run("ألقى الرئيس كلمة أمام البرلمان."), "الرئيس").kind == "PER"
    assert mention(run("وألمح الوزير إلى الحل."), "الوزير").kind == "PER"


def test_forces_with_a_possessive_pronoun_take_the_country_of_their_owner():
    doc = analyze("وقال الجيش الأميركي إن قواته أطلقت صاروخا على مقاتلين.", date="2008-01-01")
    [forces] = [m for m in doc.mentions if m.text == "قواته"]
    assert doc.actor(forces.actor).country == "USA"
    doc = analyze("وقالت الحكومة العراقية إن قواتها دخلت المدينة.", date="2008-01-01")
    [forces] = [m for m in doc.mentions if m.text == "قواتها"]
    assert doc.actor(forces.actor).country == "IRQ"


def test_a_bare_ambassador_is_no_particular_ambassador():
    # The lexicon knows ambassadors posted to one capital; "the Russian ambassador" in
    # another text is the office, not that person.
    doc = analyze("واستدعت الخارجية الألمانية السفير الروسي، وتم إبلاغه رفض القرار.",
                  date="2026-01-01")
    [ambassador] = [m for m in doc.mentions if m.text == "السفير الروسي"]
    actor = doc.actor(ambassador.actor)
    assert actor.country == "RUS" and not actor.known
    assert not any(m.text.startswith("وتم") for m in doc.mentions)


def test_members_of_a_pair_of_office_holders_are_kept():
    doc = analyze("وطالب المتظاهرون بطرد السفيرين الأميركي والإسرائيلي.", date="2008-01-01")
    [pair] = [m for m in doc.mentions if m.plural and m.text.startswith("السفيرين")]
    members = doc.actor(pair.actor).members
    assert {doc.actor(m).country for m in members} == {"USA", "ISR"}


def test_government_with_a_possessive_pronoun_takes_the_country_of_the_person_before():
    doc = analyze("وقال نتنياهو في بداية الاجتماع الأسبوعي لحكومته إن الوضع صعب.",
                  date="2015-07-01")
    [government] = [m for m in doc.mentions if m.text == "لحكومته"]
    assert doc.actor(government.actor).country == "ISR"


def test_the_latter_used_as_a_noun_is_the_last_party_named():
    doc = analyze("والتقى بوتين أردوغان، وقال الأخير إن الزيارة ناجحة.", date="2020-01-01")
    [latter] = [m for m in doc.mentions if m.text == "الأخير"]
    assert latter.actor == "recep_tayyip_erdogan"
    doc = analyze("وقال مسؤولون إن الأيام الأخيرة شهدت هدوءا.", date="2020-01-01")
    assert not any(m.text == "الأخيرة" for m in doc.mentions)
    doc = analyze("وكانت زيارة بوتين الأخيرة إلى تركيا ناجحة.", date="2020-01-01")
    assert not any(m.text == "الأخيرة" for m in doc.mentions)


def test_a_title_before_a_nationality_is_no_town_of_that_spelling():
    doc = analyze("وأرسلت التعليمات إلى السفيرة الأميركية في الأمم المتحدة.", date="2015-07-20")
    [envoy] = [m for m in doc.mentions if m.text.startswith("السفيرة")]
    assert envoy.kind == "PER" and doc.actor(envoy.actor).country == "USA"


def test_a_title_heading_a_body_is_not_the_office_holder_named_before():
    text = ("وقال الرئيس الأميركي باراك أوباما إن الاتفاق جيد.\n"
            "وقال رئيس لجنة العلاقات الخارجية في مجلس الشيوخ إن الاتفاق سيئ.")
    doc = analyze(text, date="2015-07-20")
    heads = [m for m in doc.mentions if m.text == "رئيس"]
    assert heads and all(m.actor != "barack_obama" for m in heads)


def test_a_definite_or_feminine_noun_after_a_mans_title_starts_no_name():
    doc = analyze("وسلط رئيس الإقليم الضوء على أوضاع النازحين.", date="2015-07-20")
    assert not any("الضوء" in m.text for m in doc.mentions)
    doc = analyze("وتحدث رئيس فرقة طرب جدة عن الحفل.", date="2015-07-20")
    assert not any("طرب" in m.text for m in doc.mentions)


def test_given_names_with_the_article_start_a_name_after_a_title():
    doc = analyze("وتعهد وزير الخارجية التونسي الطيب البكوش بإحداث قنصلية جديدة.",
                  date="2015-07-01")
    [name] = [m for m in doc.mentions if m.text == "الطيب البكوش"]
    [title] = [m for m in doc.mentions if m.text == "وزير الخارجية التونسي"]
    assert name.kind == "PER" and title.actor == name.actor


def test_western_after_a_place_is_a_direction_not_the_west():
    doc = analyze("وتعرضت بلدة دار عزة بريف حلب الغربي لقصف بصاروخين.", date="2015-07-17")
    assert not any(m.actor == "WST" for m in doc.mentions)
    doc = analyze("وحذر الرئيس من العقوبات الغربية على روسيا.", date="2015-07-17")
    assert any(m.actor == "WST" for m in doc.mentions)


def test_a_title_and_the_family_name_alone_name_the_person_again():
    text = ("وأكد وزير الخارجية المصري سامح شكري أن الوضع صعب.\n"
            "وأكد وزير الخارجية شكري، أن مصر ما زالت تؤمن بالحل.")
    doc = analyze(text, date="2015-08-06")
    assert {m.actor for m in doc.mentions if m.text in ("شكري", "وزير الخارجية")} \
        == {"sameh_shoukry"}
    doc = analyze("وقال العميد جعفر محمد إن الوضع هادئ. وأكد العميد محمد مساعد المدير ذلك.",
                  date="2015-08-06")
    assert mention(doc, "محمد").actor != mention(doc, "جعفر محمد").actor


def test_a_name_after_a_spokesman_of_an_office_may_be_the_office_holders():
    text = ("رصدت ساعة على معصم ديمتري بيسكوف المتحدث باسم الرئيس الروسي فلاديمير بوتين. "
            "وتزوج المتحدث البالغ من العمر 47 عاما من صديقته.")
    doc = analyze(text, date="2015-08-06")
    assert mention(doc, "المتحدث باسم الرئيس الروسي").actor == "dmitry_peskov"
    assert mention(doc, "المتحدث").actor == "dmitry_peskov"
    assert mention(doc, "فلاديمير بوتين").actor == "vladimir_putin"
    doc = analyze("وقال مساعد الرئيس الروسي يوري أوشاكوف إن المحادثة كانت بناءة.",
                  date="2021-12-31")
    assert mention(doc, "مساعد الرئيس الروسي").actor == "yuri_ushakov"
    doc = analyze("بعث الملك برقية لفخامة الرئيس خوان مانويل سانتوس رئيس جمهورية كولومبيا.",
                  date="2015-08-06")
    assert mention(doc, "لفخامة الرئيس").actor == "juan_manuel_santos"


def test_a_capital_named_as_a_place_is_not_its_government():
    doc = analyze("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس تنظم أمانة منطقة "
                  "الرياض معرضا في العاصمة الفرنسية باريس.", date="2015-08-10")
    assert {m.actor for m in doc.mentions if m.text in ("الرياض", "باريس")} \
        == {"SAU_riyadh", "FRA_paris"}
    doc = analyze("وقالت موسكو إن العقوبات لن تجدي.", date="2015-08-10")
    assert mention(doc, "موسكو").actor == "RUS_GOV"


def test_a_known_surname_after_another_given_name_is_someone_else():
    doc = analyze("وقال المدرب ستيفان فليتشر إن الفريق جاهز. وقال السيناتور بوب كروكر في خطاب.",
                  date="2015-08-06")
    assert mention(doc, "ستيفان فليتشر").actor != "tom_fletcher"
    assert mention(doc, "بوب كروكر").actor.startswith("x_")
    doc = analyze("وقال رئيس الوزراء اليوناني أليسكيس تسيبراس إن الاتفاق سيئ. "
                  "وقال الرئيس الأفغاني السابق حميد كرزاي إن.", date="2015-08-06")
    assert mention(doc, "أليسكيس تسيبراس").actor == "alexis_tsipras"
    assert mention(doc, "حميد كرزاي").actor == "hamid_karzai"
    doc = analyze("والتقى بوتين أردوغان في سوتشي. وسيلتقي كارتر بنتنياهو اليوم.",
                  date="2020-01-01")
    assert mention(doc, "أردوغان").actor == "recep_tayyip_erdogan"
    assert any(m.actor == "benjamin_netanyahu" for m in doc.mentions)


def test_an_unknown_body_is_one_actor_whatever_is_glued_to_it():
    doc = analyze("سيطرت القوات على جبهة العند. ثم تقدمت نحو لجبهة العند.", date="2015-08-06")
    assert mention(doc, "جبهة العند").actor == mention(doc, "لجبهة العند").actor


def test_a_short_name_that_is_also_a_word_needs_the_full_name_or_a_title():
    doc = analyze("وليلة الجمعة، ترأس صديقه حفل العشاء. وقالت المصادر إن مرتكبي هجوم باردو "
                  "اعتنقا النهج المتطرف.", date="2015-08-06")
    assert not any(m.actor in ("liz_truss", "tamir_pardo") for m in doc.mentions)
    doc = analyze("وقال نائب الرئيس الأميركي مايك بنس إن الاتفاق سيئ. وأضاف بنس أن الحل قريب.",
                  date="2019-08-06")
    assert [m.actor for m in doc.mentions if m.text == "بنس"] == ["mike_pence"]
    doc = analyze("بتنسيق مع الموقوف هادي قطيم الشيباني، وحدد لكل خلية دورها.", date="2015-08-06")
    assert mention(doc, "هادي قطيم الشيباني").actor != "asaad_al_shaibani"


def test_a_name_with_a_pronoun_is_the_common_word_it_spells():
    doc = analyze("وقال محمد عمر إن الوضع صعب. وكان عمرها عشرين عاما. وأضاف عمر أن الحل قريب.",
                  date="2015-08-06")
    assert "عمرها" not in texts(doc)
    assert mention(doc, "عمر").actor == mention(doc, "محمد عمر").actor


# -- clubs ------------------------------------------------------------------------------


def test_city_and_masculine_nationality_name_a_club():
    doc = run("وفاز بورتو البرتغالي على ضيفه بهدفين.")
    found = mention(doc, "بورتو البرتغالي")
    assert found.kind == "ORG"
    assert doc.actor(found.actor).country == "PRT"


def test_city_and_feminine_nationality_stay_a_place():
    doc = run("ووصل الوفد إلى غرناطة الإسبانية أمس.")
    assert all(m.kind != "ORG" for m in doc.mentions if "غرناطة" in m.text)


def test_place_name_filling_quotation_marks_is_an_organisation():
    doc = run("وقال الوزير لـ « الشرق الأوسط » إن المحادثات مستمرة.")
    assert mention(doc, "الشرق الأوسط").kind == "ORG"


def test_quoted_place_that_titles_a_known_newspaper_is_that_newspaper():
    doc = run("وأكد مصدر أمني لـ«الشرق الأوسط» أن التحقيقات ما زالت جارية.")
    actor = doc.actor(mention(doc, "الشرق الأوسط").actor)
    assert (actor.country, actor.sector) == ("SAU", "MED")


def test_quoted_place_after_a_place_word_stays_a_place():
    doc = run("ووصل الوفد إلى مدينة « برلين » أمس.")
    assert all(m.kind != "ORG" for m in doc.mentions if "برلين" in m.text)


def test_for_his_part_names_no_side():
    doc = analyze("من جانبه، أبدى الرئيس محمود عباس استعداده للتعامل مع أي مبادرة.",
                  date="2015-08-06")
    assert not any(m.text == "جانبه" for m in doc.mentions)


def test_a_feminine_title_is_no_man_in_office_and_a_family_name_names_the_one_before():
    doc = analyze("دعت وزيرة الخارجية الأميركية السابقة هيلاري كلينتون إلى رفع الحظر. "
                  "وقالت كلينتون إن الحظر فشل. وقالت وزيرة الخارجية الأميركية إن الحوار مهم. "
                  "وقال وزير الخارجية الأميركي إن الاتفاق جيد.", date="2015-08-01")
    assert mention(doc, "كلينتون").actor == "hillary_clinton"
    assert mention(doc, "وزيرة الخارجية الأميركية").actor != "john_kerry"
    assert mention(doc, "وزير الخارجية الأميركي").actor == "john_kerry"


# -- teams, mosques and descriptions after a head -------------------------------------------


def test_team_and_a_foreign_name_is_a_club():
    doc = run("وتعادل فريق هوبرز مع ضيفه أمس.")
    assert mention(doc, "فريق هوبرز").kind == "ORG"


def test_mosque_and_a_foreign_name_is_an_organisation():
    doc = run("وصلى الوفد في مسجد هوبان يوم الجمعة.")
    assert mention(doc, "مسجد هوبان").kind == "ORG"


def test_a_body_named_by_two_fields_is_one_body():
    doc = run("وقالت جمعية الآداب والفنون في بيان إن المعرض سيفتتح غدا.")
    assert mention(doc, "جمعية الآداب والفنون").kind == "ORG"
    doc = run("وأصدر المعهد الوطني للدراسات الزراعية والبيئية تقريرا جديدا.")
    assert "المعهد الوطني للدراسات الزراعية والبيئية" in texts(doc)


def test_a_noun_after_the_conjunction_ends_a_settled_name_or_a_club():
    doc = run("وتدعم مؤسسة نوران للتعليم والصحة المدارس الريفية بالكتب.")
    assert "مؤسسة نوران للتعليم والصحة" in texts(doc)
    doc = run("وتأهل نادي الفيحاء والرائد إلى الدور الثاني.")
    assert not any("والرائد" in text for text in texts(doc))


def test_definite_team_with_a_nationality_names_no_club():
    doc = run("وفاز الفريق المصري على منافسه أمس.")
    assert all(m.kind != "ORG" for m in doc.mentions)


def test_head_with_a_pronoun_governs_no_name():
    doc = run("وانضم اللاعب إلى فريقه الجديد هوبرز أمس.")
    assert all(not m.text.startswith("فريقه") for m in doc.mentions)


def test_head_and_indefinite_nationality_is_a_description():
    doc = run("واختار اللعب لأفضل فريق بلجيكي في الدوري.")
    assert all(m.kind != "ORG" for m in doc.mentions)


def test_verb_after_a_foreign_name_ends_an_organisation_name():
    doc = run("ويقع مسجد هوبان يتوسط المدينة القديمة.")
    assert mention(doc, "مسجد هوبان").kind == "ORG"


# -- names opened by عبد and أبو --------------------------------------------------------------


def test_name_opened_by_abd_is_a_person():
    doc = run("كما قدم عبد الله قاسم في الهجوم دورا كبيرا.")
    assert mention(doc, "عبد الله قاسم").kind == "PER"


def test_kunya_before_a_given_name_belongs_to_the_name():
    doc = run("فتركها أبو أيوب ودخل الجيش المدينة.")
    assert "أبو أيوب" in texts(doc)
    assert "أيوب" not in texts(doc)


def test_feminine_words_after_a_nationality_are_no_name():
    doc = run("وحقق الفريق العربي بداية جيدة في الجولة الرابعة.")
    assert "بداية جيدة" not in texts(doc)


# -- علي, the name or the preposition على spelt with ي ------------------------------------------


def test_ali_before_bin_starts_a_name():
    doc = run("وتولى علي بن أبي طالب الخلافة بعد مقتل عثمان.")
    assert mention(doc, "علي بن أبي طالب").kind == "PER"


def test_ali_after_an_honorific_is_a_name():
    doc = run("واستطاع الإمام علي ورجاله أن يحققوا الانتصار.")
    assert mention(doc, "علي").kind == "PER"


def test_ali_before_two_name_words_is_a_name():
    doc = run("وحضر اللقاء علي محمد الحمادي مدير الإدارة التجارية.")
    assert mention(doc, "علي محمد الحمادي").kind == "PER"


def test_ali_as_a_preposition_is_no_name():
    doc = run("وأكد المشرف علي القطاع الاقتصادي أن الحفاظ علي الاستقرار مهم.")
    assert all(not m.text.startswith("علي") for m in doc.mentions)
    doc = run("وقال جوزيه علي فريقه أن يلعب بقوة.")
    assert "جوزيه علي" not in texts(doc)


# -- a title before a known person's surname; place names that are also words ---------------


def test_title_before_a_presidents_surname_is_the_person():
    doc = run("واضاف الرئيس الأسد ان الافاق مفتوحة قبل الزيارة.", date="2006-08-15")
    assert mention(doc, "الأسد").kind == "PER"


def test_surname_that_is_a_word_alone_is_no_person():
    doc = run("وكان الأسد في القفص أمام الزوار.")
    assert "الأسد" not in texts(doc)


def test_word_that_names_a_place_needs_a_locative_cue():
    doc = run("وقدمت مساعدات مالية للشعب الفلسطيني.")
    assert "مالية" not in texts(doc)
    doc = run("وبنى المسجد الصحابي الجليل سعد بن أبي وقاص.")
    assert "الجليل" not in texts(doc)
    doc = run("وسقطت صواريخ في الجليل أمس.")
    assert mention(doc, "الجليل").kind != "PER"


# -- clubs in sports reports ----------------------------------------------------------------


def test_city_alone_in_a_sports_report_is_its_club():
    doc = run("وتعادل مانشستر مع ضيفه في المباراة. وقال المدرب إن اللاعب سيغيب عن الفريق.")
    assert mention(doc, "مانشستر").kind == "ORG"


def test_goal_and_penalty_words_make_a_sports_report():
    doc = run("وتعادل مانشستر مع ضيفه. وأهدر المهاجم ركلة جزاء وسدد الهداف كرة في المرمى.")
    assert mention(doc, "مانشستر").kind == "ORG"


def test_city_after_a_locative_in_a_sports_report_stays_a_place():
    doc = run("وتقام المباراة في مانشستر. وقال المدرب إن اللاعب سيغيب عن الفريق.")
    assert mention(doc, "مانشستر").kind != "ORG"


def test_city_outside_sports_stays_a_place():
    doc = run("وتعادلت أسعار المنازل في مانشستر مع أسعار ليفربول.")
    assert all(m.kind != "ORG" for m in doc.mentions)


def test_a_word_with_a_pronoun_after_a_trade_is_no_name():
    doc = analyze("يستهل الكاتب مقاله بأن الاتفاق التاريخي مهم.", date="2015-08-06")
    assert "مقاله" not in texts(doc)


def test_a_state_before_a_grouping_and_an_agent_named_again_keep_the_state():
    doc = analyze("وقالت هيئة العمليات في الجيش العربي السوري في بيان إن الجيش عزز انتشاره.",
                  date="2026-03-04")
    assert mention(doc, "الجيش العربي السوري").actor == "SYR_MIL"
    assert mention(doc, "الجيش").actor == "SYR_MIL"


def test_naib_before_another_title_is_its_deputy():
    doc = analyze("وتوجه غابريال، نائب المستشارة الألمانية أنجيلا ميركل، إلى إيران.",
                  date="2015-07-20")
    title = mention(doc, "نائب المستشارة الألمانية")
    assert title.actor != "angela_merkel"
    assert doc.actor(title.actor).role == "Deputy Chancellor"


def test_a_body_after_the_conjunction_is_a_second_party_not_the_titles():
    doc = run("وقال الأمين العام ومنظمة الصحة العالمية إن الوضع خطير.", date="2015-08-06")
    assert "الأمين العام" in texts(doc)
    assert mention(doc, "ومنظمة الصحة العالمية").actor == "who"
    doc = run("وقال وزير الخارجية وروسيا إن الاتفاق قريب.", date="2015-08-06")
    assert doc.actor(mention(doc, "وزير الخارجية").actor).country is None


def test_a_second_portfolio_after_the_conjunction_stays_with_the_title():
    doc = run("وقال وزير الثقافة والإعلام السعودي إن المعرض يفتتح غدا.", date="2015-08-06")
    assert doc.actor(mention(doc, "وزير الثقافة والإعلام السعودي").actor).country == "SAU"


def test_a_known_surname_after_another_states_title_is_someone_else():
    doc = run("وحث الرئيس النمساوي هاينز فيشر الزوار على الحضور.", date="2015-07-27")
    title = mention(doc, "الرئيس النمساوي")
    assert title.actor != "avril_haines"
    assert doc.actor(title.actor).country == "AUT"
    assert "هاينز فيشر" in texts(doc)
    doc = run("وقالت مستشارة أوباما للأمن القومي إن الاتفاق جيد.", date="2015-07-27")
    assert mention(doc, "أوباما").actor == "barack_obama"


def test_a_hamza_after_a_preposition_ends_a_name():
    doc = run("وقال اللاعب: أتكلم كثيرا مع السيد بينيتيز لأعرف ما يريده مني.")
    assert not any("لأعرف" in t for t in texts(doc))
    doc = run("وتتميز جامعة ماكغيل بأبحاثها المتميزة في الطب.")
    assert "جامعة ماكغيل" in texts(doc)


def test_a_derived_verb_after_a_name_is_no_part_of_it():
    doc = run("تحدث حسن روحاني أمس. والرئيس روحاني يتحرك في هذا الاتجاه منذ أشهر.",
              date="2015-07-27")
    assert mention(doc, "روحاني").actor == "hassan_rouhani"
    doc = run("وكانت أليكس تتوجه في ذلك السبيل.")
    assert "أليكس" in texts(doc)


def test_a_noun_and_its_adjective_after_a_title_are_no_name():
    doc = run("وتوقع الوزير اليمني أدوارا إيجابية للأمم المتحدة.")
    assert not any("أدوارا" in t for t in texts(doc))
    doc = run("ونقل رئيس الوزراء مكاتبه نهاية الشهر إلى القصر.")
    assert not any("نهاية" in t for t in texts(doc))


def test_a_known_surname_after_someone_else_of_that_name_is_him_again():
    doc = run("قال المتحدث يوهان فريدريكسن إن العبوة لم تنفجر. وأضاف فريدريكسن أن الشرطة "
              "تحقق.", date="2021-08-06")
    again = [m for m in doc.mentions if m.text == "فريدريكسن"]
    assert again and again[0].actor == mention(doc, "يوهان فريدريكسن").actor
    assert again[0].actor != "mette_frederiksen"


def test_a_lineage_none_of_his_names_hold_is_someone_else():
    doc = run("وتتناول المسرحية حياة الشاعر لبيد بن ربيعة صاحب المعلقة.", date="2023-06-01")
    assert mention(doc, "لبيد بن ربيعة").actor != "yair_lapid"


def test_a_word_with_tanween_is_no_part_of_a_name():
    doc = run("وقال المدرب إن كارلوس سيبقى، وسيشغل حسين منصبًا أكبر في النادي الموسم المقبل.")
    assert "حسين" in texts(doc)
    assert not any("منصبًا" in t for t in texts(doc))
    doc = run("ويأتي العيد محملاً بالهدايا للأطفال.")
    assert not any("محملاً" in t for t in texts(doc))


def test_a_preposition_on_a_noun_after_a_reporting_verb_is_no_speaker():
    doc = run("وقال ببساطة إن الخطة فشلت، وقالت بوكوفا إن الآثار دمرت.")
    assert texts(doc) == ["بوكوفا"]
    doc = run("وخرج السكان يطالبون بتشكيلها، بعد سيطرة المسلحين على البلدة.")
    assert not any("بتشكيلها" in t for t in texts(doc))


def test_a_womans_name_written_with_final_ha_is_a_noun_and_pronoun():
    doc = run("وأكد الوزير حرص بلاده على وحدة اليمن وأمنه واستقراره.")
    assert not any("وأمنه" in t for t in texts(doc))
    doc = run("وغادر المهاجم نحو ناديه الجديد أمس بعد الاتفاق.")
    assert not any("ناديه" in t for t in texts(doc))
    doc = run("وقالت نادية مراد إن الوضع صعب.")
    assert "نادية مراد" in texts(doc)
    doc = run("وقالت ريناته شميت إن الحكومة ستدرس الطلب.")
    assert "ريناته شميت" in texts(doc)


def test_an_imperfect_verb_after_a_name_is_no_part_of_it():
    doc = run("وكان مارتين يأتي إلى النادي كل صباح قبل التدريب.")
    assert "مارتين" in texts(doc)
    doc = run("وأصدر الرئيس اليمني قرارين يقضيان بتعيين محافظ جديد.")
    assert not any("يقضيان" in t for t in texts(doc))
    doc = run("وقال هيساو تاناكا إن الخطة جيدة، وأكد ذلك بريان تريسي.")
    assert {"هيساو تاناكا", "بريان تريسي"} <= set(texts(doc))


def test_an_indefinite_head_and_a_description_name_no_body():
    for text in ("ولا ينتمي المتهم إلى أي جماعة متطرفة بحسب الشرطة.",
                 "ونشرت الخبر صحيفة تؤيد الحكومة منذ سنوات.",
                 "وقال إن جبهة تعذب السكان في المدينة.",
                 "وطالب الحزب بتشكيل لجنة مستقلة للتحقيق."):
        assert not any(m.text.endswith(("متطرفة", "تؤيد", "تعذب", "مستقلة"))
                       for m in run(text).mentions), text
    doc = run("وقال الناطق باسم مجلس قيادة الثورة إن الهدنة صامدة.")
    assert any(m.text.startswith("مجلس قيادة") for m in doc.mentions)
    doc = run("ونشرت صحيفة تلفراف الهولندية التقرير أمس.")
    assert any(m.text.startswith("صحيفة تلفراف") for m in doc.mentions)


def test_an_indefinite_head_and_a_common_noun_of_arabic_shape_name_no_body():
    for text, word in (("وقال إنه يملك شركة إنتاج، ويعمل في السينما منذ سنوات.", "إنتاج"),
                       ("وأسس مع زملائه شركة تسويق في دبي العام الماضي.", "تسويق"),
                       ("وقال المدرب إن الفريق يواجه فريق محترم يملك لاعبين جيدين.", "محترم"),
                       ("وقررت الوزارة تشكيل فريق عمل يتابع تنفيذ الخطة.", "عمل"),
                       ("وأنشأت الجامعة مركز دراسات في العاصمة.", "دراسات")):
        assert not any(m.text.endswith(word) for m in run(text).mentions), text
    doc = run("وقال رئيس مجلس أمناء الجامعة الأهلية إن القرار صائب.")
    assert any(m.text.startswith("مجلس أمناء الجامعة") for m in doc.mentions)
    doc = run("وأعلن اتحاد تنسيقيات الثورة أن القصف استمر.")
    assert any(m.text == "اتحاد تنسيقيات الثورة" for m in doc.mentions)


def test_an_adjective_in_ta_marbuta_before_a_verb_names_no_body():
    doc = run("ورفضت جماعة متشددة تسيطر على المدينة توقيع الاتفاق.")
    assert not any(m.text.startswith("جماعة") for m in doc.mentions)


def test_the_elative_akbar_alone_is_no_given_name():
    doc = run("والحديدة ثاني أكبر ميناء في اليمن، وتمتلك إيران رابع أكبر مخزون للغاز.")
    assert not any("أكبر" in t for t in texts(doc))
    doc = run("وقال علي أكبر صالحي إن الاتفاق جيد.", date="2015-07-27")
    assert mention(doc, "علي أكبر صالحي").actor == "ali_akbar_salehi"


def test_a_short_name_years_before_any_of_his_offices_is_someone_else():
    text = "وقالت بوندي إن القضية ستحال إلى المحكمة الأسبوع المقبل."
    assert mention(run(text, date="2025-06-01"), "بوندي").actor == "pam_bondi"
    assert mention(run(text, date="2015-07-21"), "بوندي").actor != "pam_bondi"
    doc = run("وقالت إيفيت كوبر إن الحزب سيعود. وأضافت كوبر أن الانتخابات قريبة.",
              date="2015-07-21")
    assert {m.actor for m in doc.mentions if "كوبر" in m.text} == {"yvette_cooper"}


def test_a_common_given_name_after_a_preposition_is_the_word():
    for text in ("ولحسن الحظ أن الطائرة هبطت بسلام.",
                 "وصوّت النواب لصالح القرار بأغلبية كبيرة.",
                 "ولا تعمل الطائرة إلا بكامل جاهزيتها."):
        assert not [m for m in run(text).mentions if m.kind == "PER"], text
    doc = run("وحضر اللقاء أحمد سعيد وبسام شراب.")
    assert any("بسام شراب" in t for t in texts(doc))


def test_a_verb_and_its_object_after_a_title_are_no_name():
    doc = run("وأكد أن الرئيس يدعم مبادرات السلام، وأن الملكة تحضر حفلات الاستقبال.")
    assert not any(("يدعم" in t or "تحضر" in t) for t in texts(doc))
    doc = run("وقال وزير المالية الهولندي يروين ديسلبلوم إن المفاوضات صعبة.")
    assert any("يروين ديسلبلوم" in t for t in texts(doc))


def test_a_name_after_a_diplomats_posting_is_the_diplomats():
    doc = run("وقال المندوب الروسي لدى الأمم المتحدة فيتالي تشوركين إن الوضع خطير.",
              date="2015-07-27")
    assert mention(doc, "المندوب الروسي").actor == "vitaly_churkin"
    assert mention(doc, "الأمم المتحدة").actor == "un"
    doc = analyze("وقال المبعوث الأممي إلى سوريا ستيفان دي ميستورا إن الوضع خطير.",
                  date="2015-07-27")
    assert doc.statements[0].speaker == "staffan_de_mistura"


# -- bodies said to belong to another -----------------------------------------------------


def test_a_body_loyal_to_a_party_takes_its_country():
    doc = run("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو المطار.", date="2015-07-21")
    assert doc.actor(mention(doc, "القوات").actor).code == "YEM MIL"
    doc = run("وقصفت قوات تابعة للنظام السوري قرية في ريف حماة.")
    assert doc.actor(mention(doc, "قوات").actor).code == "SYR MIL"
    doc = run("واعتقلت الشرطة التابعة لحماس ثلاثة صحافيين.")
    assert doc.actor(mention(doc, "الشرطة").actor).code == "PSE COP"


def test_rebels_loyal_to_a_state_alone_take_no_country():
    doc = run("واشتبك الجيش الأوكراني مع الانفصاليين الموالين لروسيا قرب دونيتسك.")
    assert doc.actor(mention(doc, "الانفصاليين").actor).country is None


# -- organisation names in quotation marks ------------------------------------------------


def test_a_head_and_a_quoted_known_name_are_the_known_body():
    doc = run("وأعلن تنظيم «القاعدة» مسؤوليته عن تفجير السفارة.")
    assert mention(doc, "تنظيم «القاعدة»").actor == "al_qaeda"


def test_a_head_and_a_quoted_common_word_are_the_known_body():
    doc = run("وتبنت حركة «الشباب» الهجوم على قاعدة عسكرية جنوب مقديشو.")
    assert mention(doc, "حركة «الشباب»").actor == "al_shabaab"


def test_a_quoted_short_name_is_the_body_the_report_names_in_full():
    doc = run("وسيطرت جبهة النصرة على معبر حدودي. وقال ناشطون إن «النصرة» أعدمت أسيرين.")
    assert doc.actor(mention(doc, "النصرة").actor).name == "Nusra Front"
    doc = run("وقال ضابط إن «القاعدة» الجوية استقبلت الطائرات.")
    assert "القاعدة" not in texts(doc)


# -- military and police units ------------------------------------------------------------


def test_unit_word_and_number_name_a_military_unit_not_an_officer():
    doc = run("وقال مصدر عسكري إن اللواء 105 استعاد السيطرة على التلة.")
    actor = doc.actor(mention(doc, "اللواء 105").actor)
    assert actor.kind == "ORG" and actor.sector == "MIL"
    assert "Major General" not in {a.name for a in doc.actors}


def test_unit_with_an_ordinal_takes_the_country_of_its_army():
    doc = run("وقصفت الفرقة السابعة في الجيش العراقي مواقع المسلحين قرب المدينة.")
    assert doc.actor(mention(doc, "الفرقة السابعة").actor).code == "IRQ MIL"
    doc = run("وأعلنت الكتيبة 47 المصرية انتهاء مهمتها في الصحراء.")
    assert doc.actor(mention(doc, "الكتيبة 47 المصرية").actor).code == "EGY MIL"


def test_unit_after_a_commander_is_its_own_mention():
    doc = run("وقال قائد اللواء 15 إن قواته تقدمت نحو المطار.")
    assert doc.actor(mention(doc, "اللواء 15").actor).kind == "ORG"


def test_major_general_before_a_name_keeps_the_rank_and_a_band_is_no_unit():
    doc = run("وقال اللواء خليفة حفتر إن الجيش سيتقدم، وغنّت الفرقة الموسيقية في الحفل.")
    assert doc.actor(mention(doc, "خليفة حفتر").actor).kind == "PER"
    assert all("الفرقة" not in t for t in texts(doc))
    assert all(not t.startswith("فوج") for t in texts(run("وأرسل فوج 500 مقاتل إلى الجبهة.")))


def test_police_commandos_are_a_police_agent():
    doc = run("واشتبك مغاوير الشرطة مع المسلحين في حي الصناعة.")
    assert doc.actor(mention(doc, "مغاوير الشرطة").actor).sector == "COP"


# -- names of United Nations agencies -----------------------------------------------------


def test_un_agency_names_with_high_or_the_un_inside():
    doc = run("وأعلنت المفوضية العليا لشؤون اللاجئين أن آلاف الأسر عبرت الحدود، فيما حذرت "
              "مفوضية الأمم المتحدة لحقوق الإنسان من انتهاكات في المخيمات.")
    assert mention(doc, "المفوضية العليا لشؤون اللاجئين").actor == "unhcr"
    assert mention(doc, "مفوضية الأمم المتحدة لحقوق الإنسان").actor == "ohchr"


# -- lexicon rows --------------------------------------------------------------------------

def test_tear_gas_is_no_place():
    doc = run("واستخدمت قوى الأمن القنابل المسيلة للدموع لتفريق المحتجين في بيروت.")
    assert "المسيلة" not in texts(doc)


def test_named_armed_groups_that_begin_with_army():
    doc = run("وسيطر جيش الفتح على مدينة إدلب بعد أن طرد جيش المهدي من الحي.")
    for text, country in (("جيش الفتح", "SYR"), ("جيش المهدي", "IRQ")):
        actor = doc.actor(mention(doc, text).actor)
        assert (actor.country, actor.sector) == (country, "REB")


def test_jeb_bush_is_not_his_brother():
    doc = run("وقال جيب بوش إنه سيعلن ترشحه للرئاسة.", date="2015-06-01")
    assert doc.actor(mention(doc, "جيب بوش").actor).name == "Jeb Bush"


# -- a nisba after a given name ------------------------------------------------------------


def test_nisba_after_a_given_name_is_a_family_name():
    doc = run("وقال الكاتب أحمد المصري إن الأزمة ستطول، وشكل الضابط عصام القمري خلية سرية.")
    for name in ("أحمد المصري", "عصام القمري"):
        assert doc.actor(mention(doc, name).actor).country is None
    assert "المصري" not in texts(doc) and "القمري" not in texts(doc)


def test_nisba_after_a_head_of_states_name_or_before_it_is_the_state():
    doc = run("واستقبل الملك عبد الله الأردني الوفد، وأكد الرئيس القمري دعمه للاتفاق.")
    assert doc.actor(mention(doc, "الأردني").actor).country == "JOR"
    assert doc.actor(mention(doc, "الرئيس القمري").actor).country == "COM"


# -- fighters of a named group -------------------------------------------------------------


def test_fighters_before_a_named_group_are_that_group():
    doc = run("وقتل الجيش عشرين من مقاتلي «ولاية سيناء» في هجوم على كمين قرب العريش.")
    assert mention(doc, "مقاتلي").actor == mention(doc, "ولاية سيناء").actor


def test_fighters_of_a_pronoun_belong_to_the_group_not_a_nisba_named_between():
    doc = run("وسيطر تنظيم داعش على بلدة قرب الحدود التركية، وقال إن مقاتليه قتلوا عشرة جنود.")
    assert mention(doc, "مقاتليه").actor == mention(doc, "تنظيم داعش").actor


def test_militias_of_a_government_named_between_are_not_the_groups():
    doc = run("وهاجم تنظيم داعش الحكومة العراقية وميليشياتها في بيان جديد.")
    assert doc.actor(mention(doc, "وميليشياتها").actor).country == "IRQ"


def _speaker_of(text: str, date: str = "2015-06-01"):
    doc = analyze(text, date=date)
    return doc.actor(doc.statements[0].speaker)


def test_a_title_before_a_party_group_or_club_is_an_office_of_that_body():
    head = _speaker_of("وقال رئيس حركة حماس إن الحركة لن تتراجع عن شروطها.")
    assert head.id != "mahmoud_abbas" and (head.country, head.sector) == ("PSE", "REB")
    club = _speaker_of("وقال رئيس النادي الأهلي إن الفريق جاهز للمباراة.")
    assert club.id != "abdel_fattah_el_sisi" and club.sector != "GOV"
    spokesman = _speaker_of("وقال المتحدث باسم حركة حماس إن الحركة لن تتراجع.")
    assert spokesman.id != "nabil_abu_rudeineh" and spokesman.sector == "REB"
    # the state's own bodies keep the state's office holder
    assert _speaker_of("وقال رئيس السلطة الفلسطينية إن الحكومة جاهزة.").id == "mahmoud_abbas"
    assert _speaker_of("وقال الأمين العام لحزب الله إن المقاومة جاهزة.").id == "hassan_nasrallah"


def test_a_party_title_leaves_the_party_name_it_ends_in():
    doc = run("وقال زعيم حزب الله في كلمة متلفزة إن المقاومة لن تسلم سلاحها.")
    party = mention(doc, "حزب الله")
    assert party.actor == "hezbollah"
    leader = doc.actor(mention(doc, "زعيم حزب الله").actor)
    assert (leader.country, leader.sector) == ("LBN", "REB") and "Hezbollah" in leader.role
    doc = run("وأعلن رئيس حزب الليكود أنه سيبدأ مشاورات تشكيل الحكومة الأسبوع المقبل.")
    assert mention(doc, "حزب الليكود").actor == "likud"
    assert doc.actor(mention(doc, "رئيس حزب الليكود").actor).country == "ISR"


def test_parties_of_the_region_are_coded_with_their_country():
    doc = run("وانتقد حزب العدالة والتنمية الحاكم موقف حزب الشعوب الديمقراطي، فيما دعا حزب "
              "الوفد وحزب النور إلى الحوار ورحب المؤتمر الشعبي العام بالمبادرة.",
              date="2015-08-01")
    codes = {m.text: (doc.actor(m.actor).country, doc.actor(m.actor).sector)
             for m in doc.mentions if m.actor}
    assert codes["حزب العدالة والتنمية"] == ("TUR", "PTY")
    assert codes["حزب الشعوب الديمقراطي"] == ("TUR", "PTY")
    assert codes["حزب الوفد"] == ("EGY", "PTY")
    assert codes["وحزب النور"] == ("EGY", "PTY")
    assert codes["المؤتمر الشعبي العام"] == ("YEM", "PTY")


def test_a_form_of_address_alone_is_the_person_so_addressed_before_or_no_one():
    doc = run("وقال الشيخ صباح الأحمد إن الكويت مستعدة للحوار. وأضاف الشيخ أن الكويت ترحب "
              "بالمبادرة.", date="2015-08-01")
    first = mention(doc, "الشيخ صباح الأحمد")
    again = [m for m in doc.mentions if m.text == "الشيخ"]
    assert again and again[0].actor == first.actor
    doc = run("وقال السيد إن الوضع في المدينة صعب، وأكد سموه أن الحل قريب.")
    assert all(m.actor is None for m in doc.mentions if m.text in ("السيد", "سموه"))
    assert not [a for a in doc.actors if a.kind == "PER"]


def test_the_leader_of_a_body_is_whoever_heads_it_under_its_own_title():
    doc = run("وقال زعيم حزب الله في خطاب متلفز إن الحزب لن يتراجع.", date="2015-08-01")
    assert mention(doc, "زعيم حزب الله").actor == "hassan_nasrallah"
    doc = run("وقال زعيم حزب الله في خطاب متلفز إن الحزب لن يتراجع.", date="2025-08-01")
    assert mention(doc, "زعيم حزب الله").actor == "naim_qassem"


def test_a_head_that_is_also_a_common_noun_needs_more_than_plain_words():
    for text in ("وتسببت الأمطار في تعطيل حركة المرور على الطريق الدولي.",
                 "وتولت البلدية تنظيم المعرض في الساحة الرئيسية.",
                 "وتشهد الحدود حركة نزوح كبيرة منذ أيام."):
        assert not any(m.text.endswith(("المرور", "المعرض", "نزوح"))
                       for m in run(text).mentions), text
    doc = run("وأعلنت حركة المقاومة الإسلامية رفضها للمبادرة.")
    assert any(m.text.startswith("حركة المقاومة الإسلامية") for m in doc.mentions)
    doc = run("وقاتل الجيش الكيني تنظيم الشباب في جنوب الصومال.")
    assert mention(doc, "تنظيم الشباب").kind == "ORG"


def test_a_national_security_council_is_no_un_security_council():
    doc = run("وترأس الرئيس اجتماعا طارئا لمجلس الأمن القومي الفلسطيني أمس.")
    body = mention(doc, "لمجلس الأمن القومي الفلسطيني")
    assert (doc.actor(body.actor).country, doc.actor(body.actor).sector) == ("PSE", "GOV")
    doc = run("وعقد مجلس الأمن جلسة طارئة حول اليمن.")
    assert doc.actor(mention(doc, "مجلس الأمن").actor).country == "UNO"


def test_a_board_of_directors_is_a_generic_body_not_a_named_one():
    doc = run("وأوصى مجلس الإدارة بتوزيع الأرباح على المساهمين.")
    assert doc.actor(mention(doc, "مجلس الإدارة").actor).name == "board"


def test_a_university_or_centre_named_after_a_person_is_a_body():
    doc = run("وقال رئيس جامعة السلطان قابوس إن الطلاب عادوا إلى الدراسة.")
    body = mention(doc, "جامعة السلطان قابوس")
    assert body.kind == "ORG" and doc.actor(body.actor).sector == "EDU"
    assert doc.actor(mention(doc, "رئيس").actor).sector == "EDU"
    doc = run("وتخرج الباحث في جامعة محمد الخامس بالرباط.")
    assert mention(doc, "جامعة محمد الخامس").kind == "ORG"
    assert not any(m.kind == "PER" and "محمد" in m.text for m in doc.mentions)


def test_a_head_noun_in_construct_after_another_head_names_one_body():
    doc = run("ورفضت هيئة تنظيم الاتصالات منح القناة ترخيصا جديدا.")
    assert mention(doc, "هيئة تنظيم الاتصالات").kind == "ORG"
    doc = run("وفاز حزب تحالف اليسار الراديكالي في الانتخابات.")
    assert mention(doc, "حزب تحالف اليسار الراديكالي").kind == "ORG"


def test_a_quoted_name_may_join_its_parts_with_dots_or_a_hyphen():
    doc = run("وقالت شركة «إس.تي.سي» إن أرباحها ارتفعت هذا العام.")
    assert mention(doc, "شركة «إس.تي.سي»").kind == "ORG"
    doc = run("وذكرت مجلة « لورالي أيرو-أتلنتيك » أن الأسطول يتوسع.")
    assert mention(doc, "مجلة « لورالي أيرو-أتلنتيك »").kind == "ORG"


# -- a generic agent alone names again the body named before ------------------------------


def test_a_bare_agent_is_the_body_named_before_with_that_head():
    doc = run("وشن الجيش الإسرائيلي غارات على غزة. وقال مسؤول إن القصف استمر ساعات. "
              "ورد الجيش بقصف مواقع حماس.")
    assert mention(doc, "الجيش").actor == mention(doc, "الجيش الإسرائيلي").actor
    doc = run("وأعلن حزب الله أن الحزب لن يشارك في الحكومة.")
    assert mention(doc, "الحزب").actor == "hezbollah"
    doc = run("اعتقلت الشرطة المصرية ثلاثة أشخاص في القاهرة. "
              "وقالت مصادر إن الشرطة أفرجت عن اثنين منهم لاحقا.")
    assert mention(doc, "الشرطة").actor == mention(doc, "الشرطة المصرية").actor


def test_protesters_named_with_their_state_are_named_again_just_after():
    doc = run("خرج المتظاهرون العراقيون إلى الشوارع في البصرة. "
              "وطالب المتظاهرون بتحسين الخدمات.")
    assert mention(doc, "المتظاهرون").actor == "IRQ_CVL"
    doc = run("خرج المتظاهرون العراقيون إلى الشوارع في البصرة. وأغلقت المحلات أبوابها. "
              "وامتدت المظاهرات إلى مدن أخرى. وطالب المتظاهرون بتحسين الخدمات.")
    assert mention(doc, "المتظاهرون").actor == "any_protesters"


def test_a_body_of_another_state_named_since_leaves_the_agent_generic():
    doc = run("تقدمت القوات الروسية نحو المدينة وقال الجيش الأوكراني إن القوات انسحبت.")
    assert mention(doc, "القوات").actor == "any_forces"


def test_an_agent_set_apart_by_a_word_next_to_it_is_no_body_named_before():
    doc = run("عقد حزب العمال مؤتمره السنوي في لندن. وقال نائب عن الحزب الوطني إن المؤتمر فشل.")
    assert mention(doc, "الحزب").actor == "any_party"
    doc = run("أصدرت وزارة الخارجية الأمريكية بيانا. وانتقد الكاتب السياسة الخارجية للبلاد.")
    assert doc.actor(mention(doc, "الخارجية").actor).country is None


# -- common words that spell a place, a nisba, a rank or a name ---------------------------


def test_a_place_that_is_a_common_word_before_an_indefinite_qualifier_is_the_word():
    doc = run("ويمكن أن يقضي المدان عقوبته في بلد آخر من أعضاء الاتحاد.")
    assert "بلد" not in texts(doc)
    doc = run("وتبقى الصحافة مهنة صعبة في بلد مثل الصومال.")
    assert "بلد" not in texts(doc)
    doc = run("وجرت عملية تحرير الرهائن في بلد عربي قبل سنوات.")
    assert "بلد" not in texts(doc)
    doc = run("وقتل ثلاثة جنود في هجوم في بلد شمال بغداد.")
    assert mention(doc, "بلد").actor == "place_balad"


def test_a_nisba_written_with_alif_maqsura_is_the_word_that_spelling_is():
    doc = run("ولوح الرئيس لأنصاره بيده اليمنى بعد خروجه من المحكمة.")
    assert "اليمنى" not in texts(doc)
    doc = run("وقال إن الخلاف أثر على مجرى المفاوضات.")
    assert "مجرى" not in texts(doc)
    doc = run("وقال المسؤول اليمنى فى بيان إن القوات تقدمت.")
    assert doc.actor(mention(doc, "المسؤول اليمنى").actor).country == "YEM"


def test_a_company_name_written_with_alif_maqsura_is_the_verb_that_spelling_is():
    doc = run("وأودى انفجار سيارة مفخخة بحياة خمسة مدنيين في كركوك.")
    assert "وأودى" not in texts(doc)
    doc = run("وقالت شركة أودي الألمانية إنها ستسحب آلاف السيارات.")
    assert "أودي" in texts(doc)
    doc = run("وأعلنت سونى عن تراجع مبيعاتها في الربع الأخير.")
    assert "سونى" in texts(doc)


def test_an_indefinite_qada_is_a_district_or_a_spending_not_the_judiciary():
    doc = run("وسقطت قذائف على قضاء حديثة في محافظة الأنبار.")
    assert "قضاء" not in texts(doc) and "حديثة" in texts(doc)
    doc = run("ويفضل كثير من المواطنين قضاء إجازاتهم في المدن الساحلية.")
    assert "قضاء" not in texts(doc)
    doc = run("وأكد الوزير أن القضاء وحده يفصل في هذه القضية.")
    assert "القضاء" in texts(doc)


def test_the_centre_of_a_province_or_a_town_is_a_place_not_a_body():
    doc = run("وانفجرت عبوة ناسفة قرب سوق شعبي في مركز محافظة بابل.")
    assert not [t for t in texts(doc) if t.startswith("مركز")] and "بابل" in texts(doc)
    doc = run("وأغلقت الشرطة الطرق المؤدية إلى مركز المدينة بعد الانفجار.")
    assert not [t for t in texts(doc) if t.startswith("مركز")]


def test_a_preposition_like_word_ends_a_body_name():
    doc = run("وأكد رئيس جامعة الملك سعود ضمن حديثه أن الجامعة ستفتتح كلية جديدة.")
    assert "جامعة الملك سعود" in texts(doc)


def test_a_place_among_foreign_words_in_a_quoted_title_is_no_place():
    doc = run("ونقلت صحيفة «شيكاغو ديلي هيرالد» عن مصادر أمنية أن التحقيق مستمر.")
    assert not any(m.text in ("ديلي", "شيكاغو") for m in doc.mentions)
    paper = [m for m in doc.mentions if "هيرالد" in m.text]
    assert paper and doc.actor(paper[0].actor).sector == "MED"


def test_the_european_committee_is_the_european_commission():
    doc = run("وقالت اللجنة الأوروبية إنها ستدرس طلب الانضمام خلال أسابيع.")
    assert doc.actor(mention(doc, "اللجنة الأوروبية").actor).country == "EU"


def test_a_military_rank_with_no_name_in_a_sports_report_is_no_officer():
    doc = run("وعاد اللاعب إلى تدريبات الفريق الأول بعد غيابه عن المباراة الأخيرة أمام النادي المنافس.")
    assert "الفريق الأول" not in texts(doc)
    doc = run("وغاب اللاعب عن المباراة بقرار من مدرب النادي الفريق الأول عبد الله الشهري.")
    assert mention(doc, "الفريق الأول").actor == mention(doc, "عبد الله الشهري").actor


def test_a_rank_with_its_staff_qualifier_joins_the_name_after_it():
    doc = run("وأكد الفريق الأول الركن فهد العتيبي أن القوات جاهزة.")
    assert mention(doc, "الفريق الأول الركن").actor == mention(doc, "فهد العتيبي").actor


def test_a_given_name_that_is_a_word_before_the_noun_of_an_idiom_names_no_one():
    doc = run("ودعا البيان إلى الالتزام بمبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية.")
    assert "حسن الجوار" not in texts(doc)
    doc = run("وطالب الوزير طهران بإثبات حسن النية قبل استئناف المحادثات.")
    assert "حسن النية" not in texts(doc)


def test_dairy_products_name_no_albanians():
    doc = run("وتراجعت صادرات منتجات الألبان والأجبان إلى الأسواق الخليجية.")
    assert not any(m.text == "الألبان" for m in doc.mentions)


def test_early_is_no_bi_before_accra():
    doc = run("وفتحت الشرطة النار باكرا صباح اليوم في وسط المدينة.")
    assert all(doc.actor(m.actor).country != "GHA" for m in doc.mentions)


def test_pronoun_points_past_the_newspaper_a_minister_talks_to():
    doc = run("وقال وزير الخارجية اليمني لـ«الشرق الأوسط» إن حكومته ستحاسب المسؤولين.")
    assert doc.actor(mention(doc, "حكومته").actor).country == "YEM"


def test_a_word_matched_alone_still_begins_a_longer_name():
    doc = text_layer(Document(id="t", text="استقبل وزير الضيوف. وقال وزير الخارجية إن المحادثات مثمرة."))
    matches = []
    for sent in doc.sentences:
        items, _ = match_items(doc.tokens[sent.token_start:sent.token_end], gazetteer())
        matches.append([(item.end - item.start, item.type) for item in items if item.entries])
    assert matches == [[(1, "title")], [(2, "title")]]
