"""Event rules: references versus reports, habitual verbs, irrealis, and recipients found
through pronouns and the partner of a two-party talk."""

from __future__ import annotations

import pytest
from test_events import coded, of_type

from khabar.model import Document
from khabar.pipeline import analyze


def reported(doc, type_):
    return [e for e in of_type(doc, type_) if not e.negated and not e.hypothetical
            and not e.generic]


def test_noun_after_a_reference_word_is_no_event():
    assert not reported(coded("تحدث الكاتب عن ذكرى اغتيال الزعيم في مقاله."), "ASSAULT")
    assert not reported(coded("بعد الهجوم، عاد الهدوء إلى المدينة."), "ASSAULT")


def test_bare_noun_without_marks_of_an_episode_is_no_event():
    assert not reported(coded("تحدث الكاتب طويلا عن التعذيب في السجون."), "ASSAULT")


def test_noun_with_toll_time_or_light_verb_is_an_event():
    assert reported(coded("سقط ثلاثة أشخاص في هجوم على سوق المدينة."), "ASSAULT")
    assert reported(coded("نفذ المسلحين تفجيرا في السوق."), "ASSAULT")
    [event] = reported(coded("شن المسلحين هجوما على الحاجز."), "ASSAULT")
    assert event.actor == ["militants"]


def test_noun_opening_a_headline_is_an_event():
    assert reported(coded("اغتيال الزعيم وسط المدينة."), "ASSAULT")


def test_habitual_imperfect_is_no_event_but_the_perfect_is():
    assert not reported(coded("المسلحين يقتلون الأبرياء ويدمرون البيوت."), "ASSAULT")
    assert reported(coded("قتل المسلحين الأبرياء في القرية."), "ASSAULT")


def test_questions_and_obligations_are_hypothetical():
    [event] = of_type(coded("هل هاجم المسلحين الحاجز؟"), "ASSAULT")
    assert event.hypothetical
    doc = coded("قال بايدن إنه يجب أن تنسحب روسيا من أوكرانيا.")
    assert all(e.hypothetical for e in of_type(doc, "RETREAT"))


def test_warning_of_a_noun_act_is_still_a_threat():
    [threat] = of_type(coded("حذّر بوتين من هجوم على روسيا."), "THREATEN")
    assert threat.actor == ["vladimir_putin"]
    assert not of_type(coded("حذّر بوتين من هجوم على روسيا."), "ASSAULT")


def test_object_pronoun_takes_the_party_named_before():
    [event] = of_type(coded("عرضت أوكرانيا موقفها في الاجتماع، وأيده بايدن بقوة."), "SUPPORT")
    assert event.actor == ["joe_biden"] and event.recipient == ["UKR"]


def test_object_pronoun_takes_no_outlet_the_sentence_was_told_to():
    doc = analyze("وقال المصدر لصحيفة «الشرق الأوسط» إن الاقتراح رفضته الحكومة السورية.",
                  date="2015-08-01")
    [event] = of_type(doc, "REJECT")
    assert event.actor == ["syr_government"] and not event.recipient


def test_partner_of_a_two_party_talk_is_the_recipient():
    doc = coded("أجرى بوتين اتصالا هاتفيا مع بايدن. ورفض بوتين المقترح بشدة.")
    [event] = of_type(doc, "REJECT")
    assert event.actor == ["vladimir_putin"] and event.recipient == ["joe_biden"]


def test_place_after_deployment_is_no_recipient():
    [event] = of_type(coded("نشرت روسيا قوات في أوكرانيا."), "MOBILIZE")
    assert event.actor == ["RUS"] and event.recipient == []


def test_explosions_passives_and_fire_with_words_between():
    assert reported(coded("وقال مصدر أمني إن عبوة ناسفة انفجرت على دورية للشرطة."), "ASSAULT")
    assert reported(coded("تفجرت سيارة مفخخة في السوق امس."), "ASSAULT")
    assert reported(coded("واغتيل الوزير امس في العاصمة."), "ASSAULT")
    assert reported(coded("وأطلقت الحركة عشرات الصواريخ امس على البلدات."), "ASSAULT")
    assert reported(coded("وأطلق المسلح عدة أعيرة نارية على المارة امس."), "ASSAULT")


def test_suicide_bomber_alone_is_a_person_not_an_attack():
    assert not of_type(coded("وتبحث الشرطة عن انتحاري يقود سيارة."), "ASSAULT")
    assert reported(coded("قتل ثلاثة أشخاص في هجوم انتحاري امس."), "ASSAULT")


def test_attacking_in_words_is_criticism():
    [event] = coded("وهاجم الرئيس المعارضة في كلمة ألقاها أمس أمام البرلمان.").events
    assert (event.type, event.cameo) == ("ACCUSE", "111")
    assert reported(coded("هاجم مسلحون حاجزا للجيش أمس وقتلوا جنديين."), "ASSAULT")


def test_aiming_at_an_improvement_is_no_attack():
    assert not of_type(coded("وتستهدف الخطة تحسين الخدمات الصحية في المحافظات."), "ASSAULT")
    assert reported(coded("استهدف مسلحون حافلة للجيش أمس."), "ASSAULT")


def test_a_plan_or_programme_that_targets_a_public_is_no_attack():
    assert not of_type(coded("وأطلقت الوزارة برنامجا توعويا جديدا يستهدف طلاب المدارس."),
                       "ASSAULT")
    assert not of_type(coded("وتستهدف الإجراءات الجديدة الشركات الصغيرة في البلاد."), "ASSAULT")
    assert not of_type(coded("وقال إن المبادرة تستهدف شرائح واسعة من المجتمع."), "ASSAULT")
    assert reported(coded("واستهدف المسلحين مقر الشرطة أمس."), "ASSAULT")


def test_names_and_function_words_are_not_read_as_verbs():
    ministry = coded("وأفاد بيان وزارة الخارجية بأن الجانبين بحثا الأزمة.")
    assert all(e.trigger.text != "وزارة" for e in ministry.events)
    assert not coded("ومن هنا يفسر الكاتب الدور.").events
    assert not of_type(coded("وأصيب مدنيان اثنان في الحادث."), "SUPPORT")
    assert of_type(coded("هنأ الرئيس نظيره بفوزه."), "SUPPORT")  # the hamza is written


def test_issued_is_no_confiscation_and_benefit_no_support():
    assert not coded("أفاد تقرير صادر أمس بأن الأسعار ارتفعت.").events
    assert of_type(coded("وصادرت الشرطة أسلحة من المنزل أمس."), "COERCE")
    assert not coded("لا فائدة من الحديث.").events


def test_warning_with_a_condition_and_no_act_of_its_own_is_a_threat():
    from khabar.pipeline import analyze

    doc = analyze('أعلن القائد العام للحرس الثوري الإيراني "لو تعرضت سوريا لهجوم أميركي سيقوم '
                  'الحرس الثوري بواجباته."', date="2013-09-01")
    [threat] = [e for e in doc.events if e.type == "THREATEN"]
    assert not threat.hypothetical
    assert [doc.actor(a).country for a in threat.actor] == ["IRN"]
    assert [doc.actor(a).country for a in threat.recipient] == ["USA"]
    [attack] = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.hypothetical


def test_protest_and_bombing_verbs_from_common_press_usage():
    from khabar.pipeline import analyze

    for text, type_ in (("تجمع اكثر من مليون متظاهر امس في اسطنبول.", "PROTEST"),
                        ("وجاب المتظاهرون شوارع المدينة القديمة.", "PROTEST"),
                        ("وقالت الشرطة إن انتحاريا فجر حافلة في العاصمة أمس.", "ASSAULT")):
        doc = analyze(text, date="2008-01-01")
        assert type_ in [e.type for e in doc.events], text
    doc = analyze("واستيقظ القرويون فجر اليوم على صوت الأذان.", date="2008-01-01")
    assert not doc.events


def test_a_visit_to_a_place_is_received_by_its_state():
    doc = analyze("وقام ساركوزي بزيارة إلى تونس مرفوقا بوفد مكون من أعضاء في مجلس الشيوخ.",
                  date="2015-07-22")
    [visit] = of_type(doc, "CONSULT")
    assert visit.actor == ["nicolas_sarkozy"] and visit.recipient == ["TUN"]


def test_sociology_is_no_meeting():
    doc = analyze("ويشارك علماء الاجتماع بالمزيد من البيانات.", date="2015-07-22")
    assert not of_type(doc, "CONSULT")
    doc = analyze("وعقد الوزير اجتماعا مع نظيره الفرنسي.", date="2015-07-22")
    assert of_type(doc, "CONSULT")


def test_qad_before_a_form_five_perfect_stresses_the_fact():
    doc = analyze("فقد تجمع مئات المتظاهرين الغاضبين في الطرقات وأحرقوا الإطارات.",
                  date="2008-01-01")
    [protest] = [e for e in of_type(doc, "PROTEST") if e.trigger.text == "تجمع"]
    assert not protest.hypothetical
    doc = analyze("وقد تستهدف الطائرات المواقع.", date="2008-01-01")
    assert all(e.hypothetical for e in of_type(doc, "ASSAULT"))


def test_an_event_told_again_with_a_definite_noun_is_not_reported_twice():
    doc = analyze("هاجم مسلحون من حركة الشباب قرية في شمال كينيا أمس. "
                  "ووقع الهجوم في منطقة لامو الساحلية.", date="2015-07-01")
    assert len([e for e in of_type(doc, "ASSAULT") if not e.generic]) == 1
    [again] = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "الهجوم"]
    assert again.generic


def test_a_word_spelt_as_a_noun_is_no_verb():
    # ta marbuta and tanween are never written on a verb; after a count the dual is a noun
    assert not of_type(coded("وقال إن دعاة الحرب لا يمثلون الشارع."), "REQUEST")
    assert not of_type(coded("وكانت مياه النبع عذبة باردة."), "ASSAULT")
    assert not of_type(coded("وقدم الوزير طالبًا من الجامعة إلى الحضور."), "REQUEST")
    assert not of_type(coded("وبلغ عدد المعتقلين 24 طالبا وثلاثة صحافيين."), "REQUEST")
    assert of_type(coded("وفي عام 2014 دعا بايدن إلى الحوار."), "REQUEST")
    assert of_type(coded("وطالبا الحكومة بوقف الحملة."), "REQUEST")


def test_a_career_or_a_cultural_festival_is_no_protest():
    assert not of_type(coded("وبدأ اللاعب مسيرته مع النادي عام 2010."), "PROTEST")
    assert not of_type(coded("وافتتحت التظاهرة الثقافية في المدينة أمس."), "PROTEST")
    assert of_type(coded("وخرجت مسيرة حاشدة في المدينة أمس."), "PROTEST")


def test_paying_a_price_is_no_praise():
    assert not of_type(coded("وقال إن الحركة ستدفع ثمن هذا القرار."), "SUPPORT")
    assert of_type(coded("وثمن بايدن موقف روسيا."), "SUPPORT")


def test_a_danger_to_security_is_no_threat():
    assert not of_type(coded("وقال إن الجماعات المتطرفة تهدد الاستقرار في المنطقة."), "THREATEN")
    assert not of_type(coded("ووصف الهجمات بأنها تهديد للأمن الإقليمي."), "THREATEN")
    assert of_type(coded("وهدد بايدن روسيا أمس."), "THREATEN")


def test_an_event_word_inside_an_organisations_name_is_no_event():
    def found(text: str) -> Document:
        return analyze(text, date="2015-08-06")

    assert not of_type(found("ودعت منظمة حظر الأسلحة الكيميائية إلى التحقيق."), "COERCE")
    assert not of_type(found("وداهمت القوات مقرا سريا لقناة «المسيرة» في المدينة."), "PROTEST")
    assert of_type(found("وتجمع الصحافيون أمام نادي الصحافة للاحتجاج على القرار."), "PROTEST")


def test_a_threat_that_something_poses_or_faces_is_no_threatening():
    assert not of_type(coded("وقال إن التنظيم بات يشكل تهديدا عالميا."), "THREATEN")
    assert not of_type(coded("وأعلنت الحكومة إجراءات جديدة في مواجهة التهديدات الإرهابية."),
                       "THREATEN")
    assert not of_type(coded("وقال إن الأزمة تهدد استقرار الحكومة."), "THREATEN")
    assert of_type(coded("وهددت روسيا أوكرانيا بالرد."), "THREATEN")


SPORTS_REPORT = ("يلتقي فريق الهلال مع النصر مساء الغد في مباراة قوية ضمن الدوري. "
                 "وخاض الفريق ثلاث مواجهات ودية خلال معسكره، وقال المدرب إن هجوم الفريق "
                 "جاهز للمباراة، بعد انسحاب اللاعب من البطولة بسبب الإصابة.")


def test_words_of_play_in_a_sports_report_are_no_events():
    doc = analyze(SPORTS_REPORT)
    assert not [e for e in doc.events if e.type in {"CONSULT", "ASSAULT", "RETREAT"}]


def test_a_minister_meeting_in_a_sports_report_is_still_an_event():
    doc = analyze(SPORTS_REPORT + " والتقى وزير الخارجية السعودي مع نظيره القطري أمس.")
    assert of_type(doc, "CONSULT")
    assert of_type(analyze("يلتقي وزير الخارجية السعودي مع نظيره القطري غدا."), "CONSULT")


@pytest.mark.parametrize("talks", [
    "ودخل ريال مدريد في مفاوضات مع مانشستر يونايتد لضم اللاعب.",
    "ويتفاوض نادي الاتحاد مع نادي الشباب حول انتقال المدافع.",
    "وأجرى رئيس نادي الاتحاد محادثات مع وكيل اللاعب حول الصفقة.",
])
def test_talks_over_a_transfer_in_a_sports_report_are_no_consultation(talks):
    doc = analyze(SPORTS_REPORT + " " + talks)
    assert not of_type(doc, "CONSULT")


def test_talks_of_a_government_in_a_sports_report_are_still_a_consultation():
    doc = analyze(SPORTS_REPORT + " وأجرت الحكومة مفاوضات مع المعارضة أمس.")
    assert of_type(doc, "CONSULT")


def test_a_verb_form_that_names_a_place_is_no_event():
    assert not of_type(analyze("وسيطر التنظيم على مدينة تدمر الأثرية في ريف حمص."), "ASSAULT")
    assert not of_type(analyze("ونقل المسلحون الأسرى إلى تدمر أمس."), "ASSAULT")
    assert of_type(analyze("وقال إن الميليشيات تدمر المنازل في القرى."), "ASSAULT")


def test_the_genitive_of_a_noun_before_a_call_is_not_its_caller():
    doc = analyze("وطالب الرئيس الإيراني بتنسيق أكبر في مكافحة التنظيمات الإرهابية، "
                  "خلال مكالمة هاتفية مع الرئيس التركي رجب طيب أردوغان.")
    [call] = of_type(doc, "CONSULT")
    assert all(doc.actor(a).name != "terrorist groups" for a in call.actor)


def test_an_interview_with_an_outlet_is_no_consultation():
    assert not of_type(analyze("وقالت الفنانة التي التقتها «الشرق الأوسط» في بيروت إنها سعيدة."),
                       "CONSULT")
    assert not of_type(analyze("وأوضح المسؤول في اتصال هاتفي مع «الشرق الأوسط» أن الوفد وصل."),
                       "CONSULT")
    assert of_type(analyze("والتقى الرئيس الأميركي رئيس الوزراء العراقي في البيت الأبيض."),
                   "CONSULT")


def test_an_outlet_reports_and_does_not_act():
    doc = analyze("وبحسب «رويترز» اتفقت الشركة مع وزارة العدل الأميركية على إتمام الصفقة.")
    assert all(doc.actor(a).name != "Reuters" for e in doc.events for a in e.actor)
    doc = analyze("وقال وزير الخارجية الفرنسي لوكالة الصحافة الفرنسية إنه يدين الهجوم بشدة.")
    assert all(doc.actor(r).name != "Agence France-Presse" for e in doc.events
               for r in e.recipient)


def test_a_tourist_visit_is_no_consultation():
    assert not of_type(coded("ويمكن للزائر زيارة المعالم الأثرية في المدينة القديمة."),
                       "CONSULT")
    assert not of_type(coded("ومن أجمل ما في الرحلة زيارة حديقة الحيوانات."), "CONSULT")
    assert of_type(coded("وبدأ بايدن أمس زيارة رسمية إلى روسيا."), "CONSULT")


def test_a_visit_to_places_is_no_consultation():
    assert not of_type(coded("وقام الوفد بزيارة مواقع أثرية قرب العاصمة."), "CONSULT")
    assert not of_type(coded("وهذه من أجمل الأماكن التي ينبغي زيارتها في الصيف."), "CONSULT")
    assert not of_type(coded("ومنع المسلحون السكان من زيارة قبور ذويهم."), "CONSULT")


def test_a_visit_to_a_town_a_bookshop_or_a_beach_is_no_consultation():
    assert not of_type(coded("والشتاء هو أفضل وقت لزيارة المدينة القديمة."), "CONSULT")
    assert not of_type(coded("ولا بد للقارئ من زيارة مكتبة الجامعة في وسط البلد."), "CONSULT")
    assert not of_type(coded("ويوفر الفندق زيارات للشواطئ القريبة."), "CONSULT")


def test_a_government_that_attacks_does_so_in_words():
    doc = analyze("وهاجم وزير الخارجية الإيراني رئيس الوزراء الإسرائيلي أمس.")
    assert of_type(doc, "ACCUSE") and not of_type(doc, "ASSAULT")
    assert of_type(coded("هاجم المسلحين الحاجز أمس."), "ASSAULT")


def test_a_source_that_declines_to_be_named_rejects_nothing():
    assert not of_type(coded("وقال مسؤول، رفض الكشف عن اسمه، إن الوفد وصل أمس."), "REJECT")
    assert of_type(coded("ورفض بايدن العرض الروسي."), "REJECT")


def test_owing_loyalty_or_thanks_is_no_condemnation():
    assert not of_type(coded("وقال إن الميليشيات التي تدين بالولاء لإيران تسيطر على المدينة."),
                       "ACCUSE")
    assert not of_type(coded("ويدين الفريق بالفضل في هذا الفوز لحارس مرماه."), "ACCUSE")
    assert of_type(coded("وأدانت روسيا الهجوم على السفارة."), "ACCUSE")


def test_what_protesters_demand_is_their_protest_not_a_request():
    doc = analyze("وطالب آلاف المتظاهرين أمام البرلمان في العاصمة برحيل الحكومة.")
    assert of_type(doc, "PROTEST") and not of_type(doc, "REQUEST")
    doc = analyze("ونظم العمال إضرابا عاما أمس والمطالبة برفع الأجور.")
    assert of_type(doc, "PROTEST") and not of_type(doc, "REQUEST")
    doc = analyze("ودعت النقابات العمالية إلى تظاهرات غدا ضد قانون التقشف.")
    assert of_type(doc, "REQUEST")


def test_a_killing_an_attack_caused_is_that_attack():
    doc = analyze("وقالت الشرطة إنها تشتبه في أنه يقف وراء هجوم على مطعم أدى إلى مقتل مواطن فرنسي.")
    [attack] = of_type(doc, "ASSAULT")
    assert attack.trigger.text == "هجوم" and not attack.generic
    assert [doc.actor(r).country for r in attack.recipient] == ["FRA"]
    doc = analyze("وأعلنت الجماعة مسؤوليتها عن الهجوم الذي أسفر عن مقتل 38 شخصا في العاصمة.")
    assert len(of_type(doc, "ASSAULT")) == 1
    assert of_type(analyze("وأدى الشجار في السوق أمس إلى مقتل شخصين."), "ASSAULT")


def test_a_phone_is_no_phone_call():
    assert not of_type(analyze("وقالت الشركة إنها باعت 40 مليون هاتف آيفون في الربع الثالث."),
                       "CONSULT")
    assert not of_type(analyze("وكان يشاهد المباراة على هاتفه المحمول في المقهى."), "CONSULT")
    assert of_type(analyze("وهاتف الرئيس الروسي نظيره التركي أمس."), "CONSULT")


def test_receiving_with_no_party_who_receives_is_no_visit():
    assert not of_type(analyze("وتستقبل الجامعة نحو 400 طالب في كل عام."), "CONSULT")
    assert not of_type(analyze("وهي حدائق تاريخية تستقبل الزوار منذ ثلاثة قرون."), "CONSULT")
    assert of_type(analyze("واستقبل الرئيس التونسي وزير الخارجية الفرنسي أمس."), "CONSULT")


def test_a_need_is_a_request_only_when_voiced_to_a_party():
    doc = analyze("وقال المتحدث إن المدرسة بحاجة إلى تمويل كبير كي تبقى مفتوحة.")
    assert not of_type(doc, "REQUEST")
    doc = analyze("وأبلغ بوتين بايدن أن موسكو بحاجة إلى ضمانات أمنية من واشنطن.")
    assert of_type(doc, "REQUEST")


def test_event_takes_no_date_led_by_since():
    # the killings run from 2009 to now: the year is when the count began, not the event's date
    doc = analyze("وقالت الشرطة إن الجماعة المسلحة قتلت آلاف الأشخاص منذ عام 2009 في شمال البلاد.",
                  date="2015-07-21")
    killing = next(e for e in doc.events if e.trigger.text == "قتلت")
    assert killing.date is None or "2009" not in (killing.date.iso or "")


def test_event_takes_the_date_of_its_own_clause():
    # أمس is when the policeman died, set off by commas; the attack was on Thursday
    doc = analyze("توفي شرطي، أمس، متأثرا بإصابته في هجوم المسلحين على مركز الشرطة يوم الخميس.",
                  date="2015-07-21")
    attack = next(e for e in doc.events if e.trigger.text == "هجوم")
    assert attack.date is not None and attack.date.iso == "2015-07-16"


def test_event_takes_no_date_of_the_event_that_opened_a_period():
    doc = analyze("وقالت الوزارة إن المسلحين صعدوا هجماتهم منذ تولي الرئيس مهامه في 29 مايو "
                  "الماضي.", date="2015-07-21")
    attacks = next(e for e in doc.events if e.trigger.text == "هجماتهم")
    assert attacks.date is None or attacks.date.iso != "2015-05-29"


def test_event_named_after_since_takes_its_date():
    # the killing opened the period, so February is its own date
    doc = analyze("وتقام المباريات بلا جمهور منذ مقتل 19 مشجعا في فبراير الماضي.",
                  date="2015-07-21")
    killing = next(e for e in doc.events if e.trigger.text == "مقتل")
    assert killing.date is not None and killing.date.iso == "2015-02-01/2015-02-28"


def test_visit_noun_happens_at_its_destination():
    doc = analyze("وأكد وزير الدفاع الأميركي خلال زيارة إلى إسرائيل أمس التزام بلاده بأمنها.",
                  date="2015-07-21")
    visit = next(e for e in doc.events if e.trigger.text == "زيارة")
    assert visit.location is not None and visit.location.country == "ISR"


def test_present_tense_act_after_the_headline_takes_no_shared_date():
    doc = analyze("أعلن الجيش الأميركي الخميس الماضي أن الطائرات الأميركية قصفت مواقع تنظيم داعش "
                  "في العراق.\nوتقصف الطائرات الأميركية مواقع تنظيم داعش في العراق بشكل متواصل.",
                  date="2015-07-21")
    strikes = next(e for e in doc.events if e.trigger.text == "قصفت")
    ongoing = next(e for e in doc.events if e.trigger.text == "وتقصف")
    assert strikes.date is not None and strikes.date.iso == "2015-07-16"
    assert ongoing.date is None


def test_asking_not_to_be_named_is_no_request():
    doc = analyze("وقال ضابط في الشرطة، طالبا عدم ذكر اسمه، إن المسلحين فروا إلى الجبال.")
    assert not of_type(doc, "REQUEST")
    assert of_type(analyze("وطالب الرئيس المصري إسرائيل بالانسحاب من الأراضي المحتلة."), "REQUEST")


def test_a_student_after_kana_is_no_request():
    doc = analyze("وقال الجيران إن منفذ الهجوم كان طالبا هادئا في كلية الهندسة.")
    assert not of_type(doc, "REQUEST")
    assert of_type(analyze("وكان طالب وزير الخارجية الروسي بوقف القصف."), "REQUEST")


def test_when_need_calls_is_no_request():
    doc = analyze("وقال الوزير إن الجيش مستعد للتدخل إذا دعت الحاجة إلى ذلك.")
    assert not of_type(doc, "REQUEST")


def test_an_open_heart_is_no_welcome():
    assert not of_type(analyze("وتقبل المدرب الانتقادات بصدر رحب بعد الهزيمة."), "SUPPORT")
    assert of_type(analyze("ورحب وزير الخارجية الفرنسي بالاتفاق النووي."), "SUPPORT")


def test_leaving_the_stage_is_no_retreat():
    assert not of_type(analyze("وانسحبت الروائية الأميركية بهدوء من المشهد الثقافي."), "RETREAT")
    assert not of_type(analyze("وحاولت المغنية أن تنسحب من المسرح بعد ساعتين."), "RETREAT")
    assert of_type(analyze("وانسحبت قوات النظام السوري من مطار الثعلة العسكري."), "RETREAT")


def test_a_written_ta_marbuta_is_no_pronoun_on_an_event_noun():
    # القتلة are killers and الذبحة الصدرية is angina, not a killing or slaughter "of him"
    assert not of_type(coded("وقال إن هؤلاء القتلة لن يفلتوا من العقاب."), "ASSAULT")
    assert not of_type(coded("ونقل الوزير إلى المستشفى إثر إصابته بالذبحة الصدرية."), "ASSAULT")
    assert of_type(coded("وأدان الوزير مقتله في القرية أمس."), "ASSAULT")
    assert of_type(coded("وعاد الوفد إلى بغداد للزيارة الثانية هذا العام."), "CONSULT")


def test_the_imperfect_of_striking_is_a_strike_only_with_its_strikers():
    # يضرب and تضرب spell "hits" as often as "goes on strike"
    assert not of_type(coded("وتضرب البلاد موجة حر شديدة منذ أسبوع."), "PROTEST")
    assert not of_type(coded("وقال إن الصواريخ قد تضرب العاصمة."), "PROTEST")
    assert of_type(coded("ويضرب عمال المصانع عن العمل منذ يومين."), "PROTEST")
    assert of_type(coded("وأضرب عمال الميناء أمس احتجاجا على الأجور."), "PROTEST")


def test_heartbeats_are_no_air_strikes():
    assert not of_type(coded("وقال الطبيب إن ضربات القلب تسارعت لدى المريض."), "ASSAULT")
    assert of_type(coded("وشنت الطائرات ضربات على مواقع المسلحين أمس."), "ASSAULT")


def test_agreeing_with_an_opinion_is_no_agreement():
    assert not of_type(coded("وقال إنه يتفق مع وزير الخارجية الأميركي في الرأي بشأن الأزمة."),
                       "AGREE")
    assert not of_type(coded("ولم توافقه الرأي المتحدثة باسم الوزارة."), "AGREE")
    assert of_type(coded("واتفقت الحكومة مع المعارضة على تشكيل لجنة مشتركة."), "AGREE")


def test_deaths_in_an_accident_or_a_disaster_are_no_attack():
    assert not of_type(coded("وقالت الشرطة إن أربعة ركاب قتلوا صباح اليوم (الأحد) في تحطم "
                             "طائرة صغيرة."), "ASSAULT")
    assert not of_type(coded("وأعلن الدفاع المدني مقتل سبعة أشخاص في حادث سير على الطريق "
                             "الدولي."), "ASSAULT")
    assert not of_type(coded("قتل 20 شخصا على الأقل في الفيضانات التي ضربت الإقليم."), "ASSAULT")
    assert of_type(coded("قتل المسلحين أربعة جنود في هجوم على الحاجز."), "ASSAULT")


def test_standing_in_the_middle_of_something_is_no_mediation():
    assert not of_type(coded("وتقع المدينة التي تتوسط قناة السويس في شرق البلاد."), "CONSULT")
    assert not of_type(coded("وانتهت الجولة في الساحة التي يتوسطها القصر الملكي."), "CONSULT")
    assert of_type(coded("وتوسطت روسيا بين المسلحين والحكومة لإطلاق الرهائن."), "CONSULT")
    assert of_type(coded("ونجحت الوساطة الروسية في التوصل إلى هدنة."), "CONSULT")


def test_an_event_noun_after_the_head_of_a_body_names_the_body():
    assert not of_type(coded("وقال رئيس فريق الوساطة إن الأزمة داخلية."), "CONSULT")
    assert not of_type(coded("ونقل المهاجرون إلى مركز احتجاز قرب العاصمة."), "COERCE")
    assert of_type(coded("وشارك آلاف في تنظيم الاحتجاجات أمام البرلمان."), "PROTEST")


def _countries(doc, ids):
    return [doc.actor(i).country for i in ids]


@pytest.mark.parametrize("text", [
    "وطالب الرئيس الفرنسي بوقف القصف على حلب.",
    "ودعا الأمين العام للأمم المتحدة بان كي مون إلى وقف الهجمات على المدنيين في غزة.",
])
def test_a_halted_act_is_not_done_by_the_one_who_calls_for_the_halt(text):
    doc = analyze(text, date="2008-05-01")
    caller = next(e for e in doc.events if e.type == "REQUEST")
    attack = next(e for e in doc.events if e.type == "ASSAULT")
    assert attack.hypothetical and not set(attack.actor) & set(caller.actor)


def test_a_halted_act_is_done_by_the_party_the_call_addresses():
    doc = analyze("ودعا الرئيس المصري إسرائيل إلى وقف الغارات على غزة.", date="2008-05-01")
    attack = next(e for e in doc.events if e.type == "ASSAULT")
    assert _countries(doc, attack.actor) == ["ISR"]


def test_a_ceasefire_called_for_is_not_declared_by_the_caller():
    doc = analyze("وطالب الرئيس الفرنسي بوقف إطلاق النار في غزة.", date="2008-05-01")
    assert [e.type for e in doc.events] == ["REQUEST"]
    doc = analyze("وأعلنت الحكومة السورية وقف إطلاق النار في حلب.", date="2008-05-01")
    ceasefire = next(e for e in doc.events if e.type == "RETREAT")
    assert _countries(doc, ceasefire.actor) == ["SYR"]


def test_merged_events_leave_no_party_acting_on_itself():
    doc = analyze("ويستعد رئيس البرلمان التونسي لزيارة لندن ولقاء ساستها.", date="2015-08-01")
    [visit] = [e for e in doc.events if e.type == "CONSULT"]
    assert visit.recipient == ["GBR_GOV"] and "GBR_GOV" not in visit.actor


@pytest.mark.parametrize("text", [
    "وقال وزير الإعلام اليمني في اتصال هاتفي، إن الوزراء سيعودون إلى عدن الأسبوع المقبل.",
    "وأوضح محافظ عدن، في اتصال هاتفي لـ«الشرق الأوسط»، أن الوزراء عادوا إلى المدينة.",
])
def test_a_phone_call_in_the_reporting_frame_is_an_interview(text):
    assert "CONSULT" not in [e.type for e in analyze(text, date="2015-08-01").events]


def test_a_phone_call_with_a_party_in_the_reporting_frame_is_still_a_call():
    doc = analyze("وقال الرئيس المصري في اتصال هاتفي مع الملك سلمان إن البلدين يقفان معا.",
                  date="2015-08-01")
    assert "CONSULT" in [e.type for e in doc.events]
