"""Event arguments: victims of deeds, verbs carrying their subject, "against" phrases."""

import pytest
from argument_helpers import countries, first_event

from khabar.pipeline import analyze


def test_victim_of_killing_noun_is_recipient():
    doc, event = first_event("وأعلنت الشرطة العراقية مقتل جندي أفغاني في الهجوم.", "ASSAULT")
    assert "AFG" in countries(doc, event.recipient)


def test_verb_with_plural_subject_takes_object():
    doc, event = first_event("وكان المسلحون قد خطفوا أربعة بريطانيين في بغداد.", "ASSAULT")
    assert "GBR" in countries(doc, event.recipient)
    assert "GBR" not in countries(doc, event.actor)


def test_hostile_adjective_governs_like_against():
    doc, event = first_event("وردد المتظاهرون شعارات معادية للحكومة المصرية.", "PROTEST")
    assert "EGY" in countries(doc, event.recipient)


def test_agent_takes_country_of_its_genitive():
    doc = analyze("وقالت حكومة العراق إن الوضع هادئ.", date="2008-01-01")
    government = [a for a in doc.actors if a.sector == "GOV"]
    assert government and government[0].country == "IRQ"


def test_home_grown_agent_takes_the_country_it_is_in():
    doc = analyze("تصاعدت احتجاجات المعارضة ضد الحكومة في تايلاند أمس.", date="2008-01-01")
    [government] = [a for a in doc.actors if a.sector == "GOV"]
    assert government.country == "THA"
    army = analyze("وقال الجيش في العراق إن الوضع هادئ.", date="2008-01-01")
    assert all(a.country is None for a in army.actors if a.sector == "MIL")


def test_two_ministers_and_the_dual_verb_coordinated_after_them():
    text = ("استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة أمس، "
            "وبحث الوزيران العلاقات الثنائية.\n"
            "وقال المتحدث باسم الخارجية إن الوزيرين أكدا دعم التهدئة، واتفقا على تنسيق المواقف.")
    doc = analyze(text, date="2021-12-29")
    [pair] = {m.actor for m in doc.mentions if m.plural and m.text.startswith("الوزير")}
    assert set(doc.actor(pair).members) == {"sameh_shoukry", "ayman_safadi"}
    [agree] = [e for e in doc.events if e.type == "AGREE"]
    assert set(agree.actor) == {"sameh_shoukry", "ayman_safadi"}


def test_light_verb_in_the_imperfect_gives_the_noun_its_actor():
    doc, event = first_event("فرنسا تعلن عن مساعدات إنسانية جديدة للسودان.", "AID")
    assert countries(doc, event.actor) == ["FRA"]
    assert countries(doc, event.recipient) == ["SDN"]


def test_light_verb_that_takes_the_noun_back_as_a_pronoun_names_its_actor():
    doc, event = first_event("وجاء ذلك بعد غارة جوية نفذها الجيش الأردني على مواقع في الجنوب.",
                        "ASSAULT")
    assert countries(doc, event.actor) == ["JOR"]


def test_generic_party_narrowed_by_min_is_the_party_it_names():
    doc, event = first_event("اقتحمت قوات من الشرطة التركية مقر الصحيفة في إسطنبول.", "COERCE")
    assert countries(doc, event.actor) == ["TUR"]
    doc, event = first_event("واتهم المتمردون من جانبهم الحكومة السودانية بقصف القرى.", "ACCUSE")
    assert event.actor and doc.actor(event.actor[0]).name != "side"


def test_speaker_who_says_it_did_the_deed_is_its_actor():
    doc, event = first_event("وقالت الشرطة المصرية إنها اعتقلت عشرة أشخاص في القاهرة.", "COERCE")
    assert countries(doc, event.actor) == ["EGY"]
    doc = analyze("وقال مصدر أمني عراقي إنه قتل في الهجوم.", date="2008-01-01")
    killed = [e for e in doc.events if e.trigger.text == "قتل"]
    assert all(not countries(doc, e.actor) for e in killed)


def test_light_verb_with_an_object_of_its_own_leaves_the_event_noun_alone():
    doc = analyze("وقال المدعي العام الأميركي إنه يجري التحقيق في الهجوم.", date="2008-01-01")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(not e.actor for e in attacks)
    doc = analyze("وشاركت فيها القوات المصرية، ردا على هجوم على الحدود.", date="2008-01-01")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all("EGY" not in countries(doc, e.actor) for e in attacks)


def test_time_set_off_by_commas_stays_inside_the_clause():
    doc, event = first_event("واستدعت وزارة الخارجية الألمانية، الجمعة، السفير الروسي.", "ACCUSE")
    assert countries(doc, event.actor) == ["DEU"]
    assert countries(doc, event.recipient) == ["RUS"]


def test_event_noun_after_a_time_set_off_by_commas_takes_the_verbs_subject():
    doc, event = first_event("وكثفت المقاتلات الفرنسية، أمس، غاراتها على مواقع التنظيم.", "ASSAULT")
    assert countries(doc, event.actor) == ["FRA"]
    doc, event = first_event("وجدد الرئيس المصري، أمس الأحد، دعوته لوقف إطلاق النار.", "REQUEST")
    assert countries(doc, event.actor) == ["EGY"]


def test_a_day_in_brackets_after_a_time_word_is_part_of_the_time():
    doc, event = first_event("وكثفت المقاتلات الفرنسية، أمس (الأحد)، غاراتها على مواقع التنظيم.",
                             "ASSAULT")
    assert countries(doc, event.actor) == ["FRA"]
    doc, event = first_event("واتهمت الحكومة البريطانية اليوم (الاثنين) إسبانيا بانتهاك سيادتها.",
                             "ACCUSE")
    assert countries(doc, event.recipient) == ["ESP"]
    doc, event = first_event("وانتقد اليوم (الثلاثاء) وزير الخارجية المصري الحكومة التركية.",
                             "ACCUSE")
    assert countries(doc, event.actor) == ["EGY"] and countries(doc, event.recipient) == ["TUR"]


def test_a_feminine_verb_takes_no_man_as_its_subject():
    doc, event = first_event("وتستدعي السفير الروسي بعد القرار.", "ACCUSE")
    assert countries(doc, event.actor) != ["RUS"]
    assert countries(doc, event.recipient) == ["RUS"]


def test_verbal_noun_takes_its_object_after_its_agent():
    doc, event = first_event("ردت برلين على موسكو بعد طرد الأخيرة دبلوماسيين أوروبيين.", "SANCTION")
    assert countries(doc, event.actor) == ["RUS"]
    assert countries(doc, event.recipient) == ["EUR"]


def test_call_in_a_phrase_takes_the_clause_subject_and_the_party_after_ma():
    text = ("بحث وزير الخارجية المصري، سامح شكري، خلال اتصال هاتفي أجراه اليوم الأحد، مع "
            "نظيره الأردني أيمن الصفدي، الأوضاع في المنطقة.")
    doc, event = first_event(text, "CONSULT")
    assert countries(doc, event.actor) == ["EGY"]
    assert countries(doc, event.recipient) == ["JOR"]


def test_office_in_apposition_keeps_its_genitive_and_completes_the_name():
    doc = analyze("وحثت سارة ليا ويتسن مديرة قسم الشرق الأوسط وشمال أفريقيا الولايات المتحدة "
                  "على الضغط على حليفتها.", date="2008-01-01")
    [name] = [m for m in doc.mentions if m.text.startswith("سارة")]
    assert name.text == "سارة ليا ويتسن"
    [request] = [e for e in doc.events if e.type == "REQUEST"]
    assert request.actor == [name.actor]
    assert "MEA" not in countries(doc, request.recipient)


def test_no_party_is_its_own_recipient():
    doc = analyze("ودعا باسلمة المنظمات الحقوقية إلى أن تأتي إلى عدن لأنها في حاجة إليها.",
                  date="2015-07-06")
    assert all(not set(e.actor) & set(e.recipient) for e in doc.events)


def test_government_of_a_named_leader_is_his_state_and_plural_verbs_skip_him():
    doc = analyze("وهتف المتظاهرون ضد حكومة الرئيس عمر البشير ورددوا شعارات مناوئة لها.",
                  date="2008-01-01")
    [government] = [m for m in doc.mentions if m.text == "حكومة"]
    assert doc.actor(government.actor).country == "SDN"
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and all("omar_al_bashir" not in e.actor for e in protests)


def test_subject_of_kana_before_qad_and_a_party_counted_before_min():
    doc, event = first_event("وكانت «كتائب عز الدين القسام»، الجناح العسكري لحركة حماس قد أطلقت "
                        "عشرات الصواريخ على البلدات المحيطة بقطاع غزة.", "ASSAULT")
    assert countries(doc, event.actor) == ["PSE"]
    doc, event = first_event("وقال مسؤول إن العشرات من مستوطني المستوطنة هاجموا المواطنين.", "ASSAULT")
    assert [doc.actor(a).sector for a in event.actor] == ["CVL"]


def test_party_named_through_a_noun_and_quotes_after_min():
    doc, event = first_event("وحاصر متظاهرون من انصار «حزب الله» مطار بيروت.", "PROTEST")
    assert event.actor == ["hezbollah"]


def test_casualties_counted_before_an_attack_noun_are_its_victims():
    doc, event = first_event("لقي 26 شخصا بينهم ستة جنود عراقيين حتفهم في هجوم انتحاري بسيارة "
                        "مفخخة في مدينة الصدر.", "ASSAULT")
    assert countries(doc, event.recipient) == ["IRQ"]



def test_crowd_size_between_a_protest_verb_and_its_subject():
    doc, event = first_event("اعتصم عشرات المواطنين أمام ضريح الرئيس الراحل في وسط بيروت، مطالبين "
                        "بتولي الرئيس سعد الحريري رئاسة الحكومة.", "PROTEST")
    assert [doc.actor(a).sector for a in event.actor] == ["CVL"]
    assert event.recipient == ["saad_hariri"]


def test_forces_deployed_on_their_own_ground_are_aimed_at_no_one():
    doc, event = first_event("عزز الجيش السوري من وجوده على الحدود السورية يوم الثلاثاء.", "MOBILIZE")
    assert countries(doc, event.actor) == ["SYR"] and not event.recipient
    doc, event = first_event("ونشرت روسيا قوات على الحدود الأوكرانية.", "MOBILIZE")
    assert countries(doc, event.recipient) == ["UKR"]


def test_sanctions_on_unnamed_bodies_in_a_state_hit_that_state():
    doc, event = first_event("أعلنت وزارة الخزانة الأميركية فرض عقوبات جديدة على أفراد وكيانات عسكرية "
                        "وأمنية في إيران وسوريا.", "SANCTION")
    assert countries(doc, event.actor) == ["USA"]
    assert sorted(countries(doc, event.recipient)) == ["IRN", "SYR"]


def test_a_light_verbs_subject_may_carry_an_adjective():
    doc = analyze("وأدانت الوزارة قيام تنظيم داعش الإرهابي بخطف 200 مدني في القريتين.",
                  date="2015-08-11")
    [kidnap] = [e for e in doc.events if e.type == "ASSAULT"]
    assert kidnap.actor == ["isis"]


def test_a_preposition_before_a_quotation_mark_governs_the_quoted_name():
    doc = analyze("وشن الجيش هجوما على «جبهة النصرة» في ريف إدلب.", date="2015-08-11")
    [attack] = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.recipient == ["nusra"]
    doc = analyze("ولذا، عندما اجتاح «داعش» ثلث أراضي العراق، رحب كثيرون به.", date="2015-08-11")
    [attack] = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor == ["isis"] and not attack.recipient


def test_a_state_right_after_a_visit_is_where_not_who():
    doc = analyze("وأضاف هاموند الذي زار إسرائيل الأسبوع الماضي أن الاتحاد الأوروبي مهم.",
                  date="2015-08-11")
    [visit] = [e for e in doc.events if e.type == "CONSULT"]
    assert visit.recipient == ["ISR"] and "ISR" not in visit.actor


def test_a_mosque_after_a_bombing_is_its_target():
    doc = analyze("وصول الإرهاب إلى الكويت عبر تفجير مسجد الإمام الصادق ليس مفاجئا.",
                  date="2015-07-01")
    [bombing] = [e for e in doc.events if e.type == "ASSAULT"]
    assert not bombing.actor and bombing.recipient


def test_a_light_verb_does_not_reach_past_a_complementiser():
    doc = analyze("أعلنت الشرطة أن مسلحين قتلوا خمسة أشخاص في هجوم على قرية.", date="2015-07-01")
    assert all("any_police" not in e.actor for e in doc.events if e.type == "ASSAULT")


def test_a_deed_verb_with_no_object_after_its_subject_is_a_passive():
    doc, event = first_event("وقالت الشرطة إن ثلاثة جنود أتراك قتلوا في هجوم على الحاجز أمس.",
                        "ASSAULT")
    assert "TUR" in countries(doc, event.recipient)
    assert "TUR" not in countries(doc, event.actor)
    doc, event = first_event("وقال الجيش إن جنديا تركيا قتل أيضا كما أصيب آخرون.", "ASSAULT")
    assert "TUR" in countries(doc, event.recipient) and not event.actor


def test_a_deed_verb_with_a_counted_object_after_a_phrase_is_active():
    doc, event = first_event("وقالت الشرطة إن المسلحين الأكراد خطفوا في الهجوم خمسة عمال أتراك.",
                        "ASSAULT")
    assert "KUR" in countries(doc, event.actor)


def test_merged_events_keep_no_party_as_its_own_recipient():
    doc, event = first_event("كانت ميركل انتقدته كثيرا، واتهمها بأنها متطرفة.", "ACCUSE")
    assert event.actor == ["angela_merkel"] and "angela_merkel" not in event.recipient


def test_a_pronoun_with_b_between_a_verb_and_its_subject():
    doc, event = first_event("ووافق البرلمان على الإصلاحات التي طالبت بها الحكومة العراقية.",
                             "REQUEST")
    assert countries(doc, event.actor) == ["IRQ"] and not event.recipient
    doc, event = first_event("وأشاد به وزير الخارجية المصري أمس.", "SUPPORT")
    assert countries(doc, event.actor) == ["EGY"]


def test_an_agent_phrase_names_who_did_an_act_of_any_type():
    doc, event = first_event("وتم رفضه من قبل الحكومة الأردنية.", "REJECT")
    assert countries(doc, event.actor) == ["JOR"]
    doc, event = first_event("وصدرت انتقادات شديدة من جانب الحكومة الفرنسية.", "ACCUSE")
    assert countries(doc, event.actor) == ["FRA"]


def test_a_bare_head_between_a_verb_with_its_object_and_the_party_heads_the_subject():
    doc, event = first_event("وشملت الاتفاقية القرى التي تحاصرها أطراف المعارضة السورية منذ أشهر.",
                             "COERCE")
    assert event.actor == ["SYR_OPP"] and not event.recipient
    doc, event = first_event("فيما انتقده أنصار الحزب الجمهوري الأمريكي بشدة.", "ACCUSE")
    assert countries(doc, event.actor) == ["USA"] and not event.recipient


def test_a_party_after_a_verb_whose_relative_is_its_subject_is_its_object():
    doc, event = first_event("وأعلن الحزب الذي انتقد الحكومة الأردنية أنه سيقاطع الانتخابات.",
                             "ACCUSE")
    assert countries(doc, event.recipient) == ["JOR"] and "JOR" not in countries(doc, event.actor)
    doc = analyze("وقال الكاتب الذي انتقد الحكومة المصرية إن الوضع صعب.", date="2015-07-01")
    [event] = [e for e in doc.events if e.type == "ACCUSE"]
    assert not event.actor and countries(doc, event.recipient) == ["EGY"]
    doc, event = first_event("وقال إن الجماعة التي حظرت الحكومة المصرية نشاطها إرهابية.", "COERCE")
    assert countries(doc, event.actor) == ["EGY"]


def test_a_state_or_capital_after_a_visit_noun_is_where_it_goes():
    doc, event = first_event("وأعرب وزير الخارجية الفرنسي عن رغبته في زيارة طهران.", "CONSULT")
    assert countries(doc, event.actor) == ["FRA"] and countries(doc, event.recipient) == ["IRN"]
    doc, event = first_event("ولم يتلق رئيس الوزراء الهندي دعوة لزيارة باكستان.", "CONSULT")
    assert countries(doc, event.recipient) == ["PAK"] and "PAK" not in countries(doc, event.actor)
    doc, event = first_event("وكانت زيارة الرئيس الأمريكي إلى القاهرة ناجحة.", "CONSULT")
    assert countries(doc, event.actor) == ["USA"]


def test_protest_with_no_party_read_is_staged_by_the_crowd_its_sentence_names():
    doc, event = first_event("وأكد المحتجون للصحافيين أن الهدف من المظاهرة هو الضغط على البلدية.",
                             "PROTEST")
    assert [doc.actor(a).sector for a in event.actor] == ["CVL"]
    doc, event = first_event("وأغلق عدة آلاف من المتظاهرين الطريق الدولي بين المدينتين.", "PROTEST")
    assert [doc.actor(a).sector for a in event.actor] == ["CVL"]


def test_crowd_behind_a_preposition_does_not_stage_the_protest():
    doc, event = first_event("وخرجت مظاهرة كبيرة في وسط المدينة دعما للمعتقلين.", "PROTEST")
    assert not event.actor


def test_a_state_named_on_its_tanks_is_its_military():
    doc, event = first_event("وقصفت دبابة إسرائيلية منزلا في شمال القطاع مساء أمس.", "ASSAULT")
    assert [doc.actor(a).code for a in event.actor] == ["ISR MIL"]


@pytest.mark.parametrize("text, code", [
    ("وشنت مقاتلات تركية غارات على مواقع للمسلحين في جبال قنديل.", "TUR MIL"),
    ("وقصفت طائرات حربية روسية مواقع للمعارضة في ريف حماة.", "RUS MIL"),
    ("وقصفت بوارج أميركية أهدافا على الساحل الليبي.", "USA MIL"),
])
def test_a_state_named_on_its_warplanes_is_its_military(text, code):
    doc, event = first_event(text, "ASSAULT")
    assert [doc.actor(a).code for a in event.actor] == [code]


def test_a_state_body_does_not_act_on_its_own_state():
    doc, event = first_event("وأطلقت دبابة إسرائيلية النار على المقاتلين بعد اشتباكهم مع وحدة "
                             "إسرائيلية خاصة شرق المخيم.", "ASSAULT")
    assert [doc.actor(a).code for a in event.actor] == ["ISR MIL"] and not event.recipient


def test_a_protest_only_named_takes_no_crowd_as_its_party():
    doc = analyze("وطالب آلاف الطلاب أمس بإلغاء قانون التظاهر الذي أقره البرلمان.", date="2008-01-01")
    assert all(not e.actor for e in doc.events if e.type == "PROTEST")


def test_a_town_or_capital_after_a_meeting_noun_is_its_venue():
    doc, event = first_event("وشارك وزير الدفاع الياباني في اجتماع هاواي مع نظيره الأمريكي.",
                             "CONSULT")
    assert countries(doc, event.actor) == ["JPN"]
    doc = analyze("وقال الوزير إن محادثات مسقط بين الوفدين كانت مثمرة.", date="2008-01-01")
    assert "OMN" not in [doc.actor(a).country for e in doc.events for a in e.actor]
    doc, event = first_event("وعقدت محادثات طهران وواشنطن في فيينا.", "CONSULT")
    assert countries(doc, event.actor) == ["IRN", "USA"]


def test_who_repels_an_attack_was_attacked():
    doc, event = first_event("وتمكن الجيش العراقي من صد هجوم لتنظيم داعش على مدينة الرمادي.",
                             "ASSAULT")
    assert countries(doc, event.recipient) == ["IRQ"] and "IRQ" not in countries(doc, event.actor)
    doc, event = first_event("وتصدت القوات الأوكرانية لهجوم شنه الانفصاليون في دونيتسك.",
                             "ASSAULT")
    assert countries(doc, event.recipient) == ["UKR"]


def test_a_party_after_fih_or_khilalaha_that_agrees_with_the_verb_is_its_subject():
    doc, event = first_event("وأصدرت المنظمة بيانا دعت فيه «أوبك» المنتجين إلى خفض الإنتاج.",
                             "REQUEST")
    assert [doc.actor(a).name for a in event.actor] == ["OPEC"]
    doc, event = first_event("وعقد مؤتمرا صحافيا أشاد خلاله وزير الخارجية المصري بالجيش.",
                             "SUPPORT")
    assert countries(doc, event.actor) == ["EGY"] and event.actor[0] not in event.recipient


def test_a_party_after_fih_that_disagrees_with_the_verb_is_its_object():
    doc, event = first_event("وألقى الوزير كلمة هاجم فيها روسيا بشدة.", "ACCUSE")
    assert countries(doc, event.recipient) == ["RUS"]


def test_a_deed_joined_by_a_verb_of_wounding_is_a_passive():
    doc, event = first_event("وقالت مصادر إن ثلاثة جنود أتراك قتلوا وأصيب آخرون في الهجوم.",
                             "ASSAULT")
    assert countries(doc, event.recipient) == ["TUR"] and "TUR" not in countries(doc, event.actor)
    doc, event = first_event("وأفاد المرصد أن شرطيا قتل وجرح ثلاثة آخرون في سيناء.", "ASSAULT")
    assert event.recipient and not event.actor
    doc, event = first_event("وقال المرصد إن مسلحي داعش قتلوا وجرحوا عشرات المدنيين السوريين.",
                             "ASSAULT")
    assert countries(doc, event.recipient) == ["SYR"]


def test_a_deed_with_people_after_it_and_no_object_is_a_passive():
    doc, event = first_event("وقتل جندي تركي في هجوم على قافلة عسكرية.", "ASSAULT")
    assert countries(doc, event.recipient) == ["TUR"] and "TUR" not in countries(doc, event.actor)
    doc, event = first_event("وقتل مسلحون جنديا تركيا في هجوم على قافلة عسكرية.", "ASSAULT")
    assert countries(doc, event.recipient) == ["TUR"]


def test_a_deeds_genitive_with_a_party_after_it_with_lam_made_the_deed():
    doc, event = first_event("وندد البيان باعتقال السلطات الإيرانية للصحافي الأميركي.", "COERCE")
    assert countries(doc, event.actor) == ["IRN"] and countries(doc, event.recipient) == ["USA"]
    doc, event = first_event("وأعلن الجيش مقتل القائد العسكري للتنظيم.", "ASSAULT")
    assert event.recipient and not set(event.recipient) & set(event.actor)


@pytest.mark.parametrize("text, type_, pair", [
    ("وجاء انتقاد الحكومة الروسية للولايات المتحدة بعد العقوبات الجديدة.", "ACCUSE",
     (["RUS"], ["USA"])),
    ("وأثار اتهام واشنطن لموسكو بالتدخل في الانتخابات غضب الكرملين.", "ACCUSE",
     (["USA"], ["RUS"])),
    ("وتأتي زيارة كيري للقاهرة بعد أسابيع من الاتفاق النووي.", "CONSULT",
     (["USA"], ["EGY"])),
])
def test_a_verbal_nouns_genitive_with_a_party_after_it_with_lam_acts_on_it(text, type_, pair):
    doc, event = first_event(text, type_)
    assert (countries(doc, event.actor), countries(doc, event.recipient)) == pair


@pytest.mark.parametrize("text", [
    "وعبر الرئيس المصري عن التهاني للرئيس اللبناني بمناسبة انتخابه.",
    "وعبر الرئيس المصري عن أصدق التهاني للرئيس اللبناني بمناسبة انتخابه.",
    "وأعرب الرئيس المصري في برقية عن أبلغ التهاني للرئيس اللبناني بمناسبة انتخابه.",
])
def test_a_light_verb_read_as_a_preposition_or_an_elative_before_the_noun(text):
    doc, event = first_event(text, "SUPPORT")
    assert countries(doc, event.actor) == ["EGY"] and countries(doc, event.recipient) == ["LBN"]


def test_a_letter_in_construct_with_an_event_noun_carries_it():
    doc, event = first_event("وبعث الرئيس المصري، أمس (الأحد)، برقية تهنئة للرئيس اللبناني.",
                             "SUPPORT")
    assert countries(doc, event.actor) == ["EGY"] and countries(doc, event.recipient) == ["LBN"]


def test_a_noun_after_the_complementiser_is_the_subject_of_the_act_not_the_speaker():
    doc, event = first_event("وأشار المصدر إلى أن الموقوف زار السعودية مرات عدة خلال العام "
                             "الماضي.", "CONSULT")
    assert event.actor == [] and countries(doc, event.recipient) == ["SAU"]
    doc, event = first_event("وأعلن السفير الأميركي في نيروبي أن الرئيس باراك أوباما الذي يصل "
                             "الأسبوع المقبل، سيزور قرية والده.", "CONSULT")
    assert [doc.actor(i).name for i in event.actor] == ["Barack Obama"]


@pytest.mark.parametrize("text, kind", [
    ("وتظاهر في العاصمة الفرنسية باريس آلاف المحتجين ضد قانون العمل.", "PROTEST"),
    ("ووقعت في العاصمة العراقية بغداد اشتباكات عنيفة.", "ASSAULT"),
])
def test_a_city_after_a_place_noun_under_a_preposition_is_no_actor(text, kind):
    doc, event = first_event(text, kind)
    assert not {doc.actor(a).kind for a in event.actor} & {"GPE", "LOC"}
    assert event.location is not None


@pytest.mark.parametrize("text, kind", [
    ("وشهدت بغداد مظاهرات حاشدة ضد الحكومة يوم الجمعة.", "PROTEST"),
    ("وتشهد طرابلس اشتباكات متقطعة منذ أيام.", "ASSAULT"),
    ("وكانت القاهرة قد شهدت مظاهرات حاشدة ضد الحكومة.", "PROTEST"),
    ("وعرفت تونس احتجاجات واسعة خلال الشهر الماضي.", "PROTEST"),
])
def test_the_place_a_verb_of_venue_names_is_no_actor(text, kind):
    doc, event = first_event(text, kind)
    assert not event.actor


def test_a_passive_act_in_a_later_clause_takes_no_subject_from_the_content():
    doc, event = first_event(
        "وأوضح المتحدث أن الشركات الأجنبية ملتزمة بالقانون، وسيتم رفض أي طلب مخالف.", "REJECT")
    assert not event.actor


@pytest.mark.parametrize("text, parties", [
    ("واستؤنفت أمس المفاوضات بين الحكومة السودانية والحركة الشعبية في أديس أبابا.", None),
    ("وجرت مباحثات بين الرئيس المصري والملك الأردني في القاهرة.", {"EGY", "JOR"}),
    ("وتتواصل المحادثات المباشرة بين روسيا وأوكرانيا حول الغاز.", {"RUS", "UKR"}),
    ("وعقد اجتماع بين روسيا والصين وإيران في موسكو.", {"RUS", "CHN", "IRN"}),
    ("وانطلق أمس الحوار بين الحكومة اليمنية والحوثيين في جنيف.", None),
    ("واستؤنف الحوار الوطني بين الحكومة والمعارضة في الجزائر.", None),
])
def test_talks_between_two_sides_are_a_joint_act_of_both(text, parties):
    doc, event = first_event(text, "CONSULT")
    assert len(event.actor) >= 2 and not event.recipient
    if parties:
        assert set(countries(doc, event.actor)) == parties


def test_a_dialogue_with_no_two_sides_is_no_talks():
    doc = analyze("وقال الوزير في حوار مع صحيفة محلية إن بلاده ترفض التدخل.", date="2015-01-01")
    assert not [e for e in doc.events if e.type == "CONSULT"]
    doc = analyze("وأكد الرئيس أهمية الحوار لحل الأزمة.", date="2015-01-01")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_lone_side_of_talks_leaves_the_host_its_actor():
    doc, event = first_event("واستضافت مصر محادثات بين الفصائل الفلسطينية.", "CONSULT")
    assert countries(doc, event.actor) == ["EGY"]


def test_a_word_between_other_than_the_talks_own_leaves_them():
    doc = analyze("وبحث الاجتماع علاقات التعاون بين مجلس التعاون وميانمار.", date="2015-01-01")
    assert not any(len(e.actor) > 1 for e in doc.events if e.type == "CONSULT")


@pytest.mark.parametrize("text, place", [
    ("وشهدت دمشق مظاهرات حاشدة ضد الحكومة يوم الجمعة.", "SYR"),
    ("وكانت القاهرة قد شهدت مظاهرات حاشدة ضد الحكومة.", "EGY"),
    ("وشهدت العاصمة الليبية طرابلس اشتباكات عنيفة أمس.", "LBY"),
])
def test_the_place_a_verb_of_venue_names_is_where_the_act_happens(text, place):
    doc = analyze(text, date="2015-01-01")
    event = next(e for e in doc.events if e.type in ("PROTEST", "ASSAULT"))
    assert event.location is not None and event.location.country == place


def test_people_counted_after_a_storm_stormed_the_place():
    doc, event = first_event("واقتحم مئات الطلاب الصينيين مبنى وزارة التعليم أمس.", "COERCE")
    assert (countries(doc, event.actor), event.recipient) == (["CHN"], ["x_education_ministry"])
    doc, event = first_event("واعتقلت الشرطة المصرية عشرات الطلاب الصينيين أمس.", "COERCE")
    assert (countries(doc, event.actor), countries(doc, event.recipient)) == (["EGY"], ["CHN"])
