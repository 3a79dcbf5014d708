"""Event recipients: cause phrases, demands and slogans of protests, pronouns pointing back,
counted objects past a participial clause, victims of "underwent", objects as pronouns."""

import pytest

from khabar.pipeline import analyze


def _events(text: str, type_: str):
    doc = analyze(text, date="2008-01-01")
    events = [e for e in doc.events if e.type == type_]
    assert events, [e.type for e in doc.events]
    return doc, events


def _countries(doc, ids):
    return [doc.actor(i).country for i in ids if doc.actor(i)]


def _recipients(text: str, type_: str) -> list[str | None]:
    doc, events = _events(text, type_)
    return _countries(doc, events[0].recipient)


def test_cause_phrase_after_protest_names_its_target():
    text = "وتظاهر مئات الطلاب أمام الجامعة احتجاجا على زيارة الرئيس الأمريكي للبلاد."
    assert "USA" in _recipients(text, "PROTEST")


def test_cause_phrase_beats_the_place_of_the_protest():
    text = "وتظاهر الطلاب أمام السفارة الفرنسية احتجاجا على قرار الحكومة المصرية."
    assert _recipients(text, "PROTEST")[:1] == ["EGY"]


def test_demand_after_a_comma_is_addressed_to_its_object():
    text = "وتجمع المحتجون في الساحة، مطالبين الحكومة المصرية بالإفراج عن المعتقلين."
    assert "EGY" in _recipients(text, "PROTEST")


def test_slogan_names_the_target():
    assert "USA" in _recipients("وخرج الطلاب إلى الشوارع مرددين «يسقط بوش».", "PROTEST")


def test_pronoun_of_a_visit_points_to_the_man_named_before():
    text = "ووصل الرئيس الأمريكي إلى جاكرتا أمس، فيما تظاهر آلاف الطلاب احتجاجا على زيارته."
    assert _recipients(text, "PROTEST") == ["USA"]  # not Jakarta: a city is no "he"


def test_pronoun_skips_the_place_after_a_preposition():
    text = "وصلت وزيرة الخارجية الأمريكية إلى القاهرة، وتظاهر المئات احتجاجا على زيارتها."
    assert _recipients(text, "PROTEST") == ["USA"]


def test_victim_of_a_denounced_deed_is_not_the_target():
    text = "وتظاهر المئات في العاصمة تنديدا باعتقال الصحافيين الأمريكيين."
    assert "USA" not in _recipients(text, "PROTEST")


def test_own_rights_in_a_demand_are_no_recipient():
    doc, events = _events("وتظاهر المئات أمس وطالبوا بحقوقهم.", "PROTEST")
    assert not events[0].recipient


def test_counted_object_past_a_participial_clause():
    text = "وخطف مسلحون يرتدون زي الجيش ثلاثة فرنسيين في بغداد."
    doc, events = _events(text, "ASSAULT")
    assert _countries(doc, events[0].recipient) == ["FRA"]


def test_who_underwent_an_attack_is_its_victim_not_its_actor():
    doc, events = _events("وتعرض السفير البريطاني لهجوم في بغداد أمس.", "ASSAULT")
    assert "GBR" in _countries(doc, events[0].recipient)
    assert "GBR" not in _countries(doc, events[0].actor)


def test_fronted_party_is_the_object_of_a_verb_with_a_pronoun():
    text = "وقال الجيش إن الجنود الأمريكيين هاجمهم مسلحون في الموصل."
    doc, events = _events(text, "ASSAULT")
    assert "USA" in _countries(doc, events[0].recipient)
    assert "USA" not in _countries(doc, events[0].actor)


def _actors(text: str, type_: str) -> list[str | None]:
    doc, events = _events(text, type_)
    return _countries(doc, events[0].actor)


def test_owner_of_the_object_an_attack_hits():
    text = "وهاجم مسلحون مقرا للشرطة العراقية في بغداد أمس."
    assert _recipients(text, "ASSAULT") == ["IRQ"]


def test_owner_of_the_target_after_a_preposition_and_belonging():
    text = "وشن الجيش السوري هجوما على مواقع تابعة للجيش التركي قرب الحدود."
    assert _recipients(text, "ASSAULT") == ["TUR"]


def test_agent_of_an_attack_noun_after_min_qibal():
    text = "وتعرضت السفارة الأميركية لاعتداء من قبل مسلحين من الجيش الروسي."
    doc, events = _events(text, "ASSAULT")
    assert _countries(doc, events[0].actor) == ["RUS"]
    assert _countries(doc, events[0].recipient) == ["USA"]


def test_agent_after_ala_yad_makes_the_subject_the_victim():
    text = "وقتل الصحافي الفرنسي على أيدي جنود من الجيش السوري."
    doc, events = _events(text, "ASSAULT")
    assert _countries(doc, events[0].actor) == ["SYR"]
    assert _countries(doc, events[0].recipient) == ["FRA"]


def test_agent_phrase_of_a_nearer_deed_is_not_the_first_ones():
    text = "وطالب الوزير باعتقال المسؤولين عن اغتيال الصحافي على يد الجيش السوري."
    assert "SYR" not in _actors(text, "COERCE")
    assert _actors(text, "ASSAULT") == ["SYR"]


def test_arrest_phrase_split_by_its_subject_takes_that_subject():
    assert _actors("وألقت الشرطة المصرية القبض على ثلاثة متهمين.", "COERCE") == ["EGY"]


def test_a_word_with_a_preposition_is_no_light_verb():
    text = "وقالت الشرطة المصرية إن مسلحين هاجموا مكتبا بالقناة، واعتقال الصحافي."
    doc = analyze(text, date="2008-01-01")
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert all(not e.actor for e in arrests)


def test_light_verb_with_the_conjunction_carries_the_noun():
    assert _actors("وشن «الجيش الإسرائيلي» هجوما على غزة.", "ASSAULT") == ["ISR"]


def test_subject_of_the_verb_that_takes_the_attack_back_in_quotes():
    text = "وقال إن هجوما شنته «القوات الروسية» استهدف قاعدة عسكرية."
    assert _actors(text, "ASSAULT") == ["RUS"]


def test_arrest_phrase_after_a_pronoun_complementiser_is_the_speakers():
    text = "وقالت الشرطة التايلاندية إنها ألقت القبض على خمسة أشخاص."
    assert _actors(text, "COERCE") == ["THA"]


def _actors(text: str, type_: str) -> list[str | None]:
    doc, events = _events(text, type_)
    return _countries(doc, events[0].actor)


def test_relative_clause_object_pronoun_names_the_party_described():
    text = "ونقل الجنود المصريون الذين اعتقلتهم الشرطة الإسرائيلية إلى سجن قريب."
    assert (_actors(text, "COERCE"), _recipients(text, "COERCE")) == (["ISR"], ["EGY"])


def test_relative_clause_without_object_pronoun_has_the_party_as_subject():
    text = "وتحدث المرشد الإيراني علي خامنئي الذي رفض الاتفاق حتى الآن عن شروط بلاده."
    assert _actors(text, "REJECT") == ["IRN"]


def test_relative_clause_deed_without_object_is_a_passive():
    text = "وقال المرصد إن الجنود السوريين الذين قتلوا نتيجة القصف بلغوا عشرين."
    doc, events = _events(text, "ASSAULT")
    killing = next(e for e in events if e.trigger.text == "قتلوا")
    assert (killing.actor, _countries(doc, killing.recipient)) == ([], ["SYR"])


def test_relative_taken_up_by_a_pronoun_after_the_verb_is_no_subject():
    text = "وقالت الوزيرة إن غزة، التي دمرت فيها المقاتلات الإسرائيلية آلاف البيوت، لم تعمر بعد."
    assert "PSE" not in _actors(text, "ASSAULT")


def test_party_after_the_min_of_a_count_is_the_victim():
    text = "وخطفت جبهة النصرة ثمانية عناصر من الشرطة العراقية أمس."
    assert _recipients(text, "ASSAULT") == ["IRQ"]
    text = "واعتقلت الشرطة التركية العشرات من أنصار حزب العمال الكردستاني."
    assert _recipients(text, "COERCE") == ["TUR"]  # PKK, a Turkish party


def test_count_after_an_event_noun_names_its_victims():
    text = "وأعلن المرصد مقتل 34 عنصرا من الشرطة العراقية في الهجوم."
    doc, events = _events(text, "ASSAULT")
    killing = next(e for e in events if e.trigger.text == "مقتل")
    assert _countries(doc, killing.recipient) == ["IRQ"]


def test_partitive_followed_by_a_count_is_the_subject_not_the_victim():
    text = "وفي عام 2013 قتل أربعة مسلحين من حركة الشباب الصومالية 67 شخصا في نيروبي."
    assert "SOM" not in _recipients(text, "ASSAULT")


def test_light_verb_past_an_adjective_names_the_attacker():
    text = "وجاءت الغارات ردا على هجوم مسلح نفذه نحو 300 من مقاتلي حركة الشباب الصومالية."
    doc, events = _events(text, "ASSAULT")
    attack = next(e for e in events if e.trigger.text == "هجوم")
    assert attack.actor and not attack.recipient


def test_owner_after_a_clitic_written_apart_is_hit():
    text = "ونفذ الطيران الإسرائيلي غارات على مقرات لـ«حزب الله» في جنوب لبنان."
    doc, events = _events(text, "ASSAULT")
    assert _countries(doc, events[0].recipient) == ["LBN"]


def test_purpose_of_protesting_names_the_target():
    text = "وتجمع متظاهرون في وسط طهران للاحتجاج على زيارة وزير الخارجية الفرنسي."
    doc, events = _events(text, "PROTEST")
    assert _countries(doc, events[0].recipient) == ["FRA"]


def test_protest_against_an_arrest_is_not_aimed_at_those_arrested():
    text = "وانطلقت مسيرة تضم الآلاف باتجاه مجلس الشورى، للتنديد بالقبض على الناشطين المصريين."
    assert "EGY" not in _recipients(text, "PROTEST")


def test_slogan_calling_a_leader_to_go_names_the_target():
    text = "وتجمع المتظاهرون أمام مقر الحكومة وهتفوا «ليستقيل نتنياهو»."
    doc, events = _events(text, "PROTEST")
    assert any("ISR" in _countries(doc, e.recipient) for e in events)


def test_clash_between_two_sides_names_both():
    text = "واندلعت اشتباكات عنيفة بين الجيش اللبناني و«جبهة النصرة» عند أطراف البلدة."
    doc, events = _events(text, "ASSAULT")
    clash = next(e for e in events if e.trigger.text == "اشتباكات")
    assert _countries(doc, clash.actor) == ["LBN"]
    assert [doc.actor(i).name for i in clash.recipient] == ["Nusra Front"]


def test_between_of_a_border_names_no_side_of_an_attack():
    text = "وقصفت المدفعية التركية قرى على الحدود بين سوريا والعراق."
    doc, events = _events(text, "ASSAULT")
    assert "IRQ" not in _countries(doc, events[0].actor + events[0].recipient)


def test_those_killed_in_a_fight_are_its_recipient_and_the_other_side_its_actor():
    text = "وقتل أربعة جنود في اشتباكات مع مسلحين قرب الحدود."
    doc, events = _events(text, "ASSAULT")
    assert [(e.actor, e.recipient) for e in events] == [(["any_gunmen"], ["any_soldiers"])]


def test_those_who_fell_in_a_fight_were_hit_by_the_other_side():
    text = "ولقي خمسة جنود حتفهم في مواجهات مع مسلحين في ريف المحافظة."
    doc, events = _events(text, "ASSAULT")
    assert (events[0].actor, events[0].recipient) == (["any_gunmen"], ["any_soldiers"])


def test_killer_of_a_fight_fought_its_other_side():
    text = "وقتل الجيش العراقي عشرة مسلحين في اشتباكات مع عناصر تنظيم داعش."
    doc, events = _events(text, "ASSAULT")
    fight = next(e for e in events if e.trigger.text == "اشتباكات")
    assert _countries(doc, fight.actor) == ["IRQ"]


def test_counted_victims_of_a_bare_killing_with_no_subject():
    text = "قتل ستة مدنيين أمس في قصف على أحد الأحياء."
    doc, events = _events(text, "ASSAULT")
    assert events[0].recipient == ["any_civilians"]


def test_killers_counted_before_their_victims_are_no_victims():
    text = "وقتل ثلاثة مسلحين 20 شخصا في هجوم على سوق المدينة."
    doc, events = _events(text, "ASSAULT")
    assert "any_gunmen" not in events[0].recipient


def test_parties_named_in_apposition_to_a_counted_object_are_its_recipients():
    text = "وطردت موسكو أمس دبلوماسيين اثنين، هما ألماني وبولندي، ردا على خطوة مماثلة."
    assert _recipients(text, "SANCTION") == ["DEU", "POL"]
    text = "وأعلن الجيش مقتل 12 شخصا هم تسعة جنود فرنسيين وثلاثة مدنيين."
    assert "FRA" in _recipients(text, "ASSAULT")


def test_party_whose_positions_a_bombing_hits():
    for text in ("وقصف الجيش الإسرائيلي مقرات حماس فجر اليوم.",
                 "ورد الجيش الإسرائيلي بقصف مواقع حماس شمال القطاع."):
        doc, events = _events(text, "ASSAULT")
        assert _countries(doc, events[0].recipient) == ["PSE"], text


def test_members_after_an_attack_noun_are_not_what_it_hits():
    doc, events = _events("وأسفر هجوم عناصر حماس على الموقع عن مقتل جنديين.", "ASSAULT")
    assert "PSE" not in [c for e in events for c in _countries(doc, e.recipient)]


def test_party_a_phone_call_is_made_to_with_ba():
    text = "وأجرى الرئيس الروسي اتصالا هاتفيا بالرئيس الإيراني لبحث الملف النووي."
    assert _recipients(text, "CONSULT") == ["IRN"]


def test_time_closed_by_a_comma_after_a_meeting_keeps_its_party():
    text = "وعقد وزير الخارجية السعودي اجتماعا اليوم، مع وزير الخارجية الفرنسي في باريس."
    assert _recipients(text, "CONSULT") == ["FRA"]
    text = "وأجرى الملك اتصالا هاتفيا أمس، بالرئيس المصري."
    assert _recipients(text, "CONSULT") == ["EGY"]


def test_object_past_a_place_and_a_time_after_the_subject():
    text = "واستقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأميركي."
    assert _recipients(text, "CONSULT") == ["USA"]
    text = "وانتقد الرئيس التركي في خطاب أمس الحكومة الألمانية."
    assert _recipients(text, "ACCUSE") == ["DEU"]


def test_town_inside_the_place_phrase_is_not_the_guest():
    text = "واستقبل ولي العهد السعودي في مكتبه بالرياض اليوم سفير اليابان لدى المملكة."
    assert _recipients(text, "CONSULT") == ["JPN"]


def test_state_with_lam_after_a_visit_is_where_it_goes():
    text = "وقال الرئيس الأمريكي خلال زيارته الأخيرة لإسرائيل إن السلام ممكن."
    assert _recipients(text, "CONSULT") == ["ISR"]
    text = "وتأتي زيارة الرئيس الأمريكي لموسكو بعد أشهر من التوتر."
    assert _recipients(text, "CONSULT") == ["RUS"]


def test_person_with_lam_after_a_visit_is_the_visitor_not_the_host():
    text = "وهذه أول زيارة لمسؤول أميركي إلى طهران منذ عقود."
    assert _recipients(text, "CONSULT") == ["IRN"]


def test_noun_joined_to_the_object_with_its_own_nisba_is_an_object_too():
    text = "وخطف مسلحون أربعة فرنسيين وطيارين كينيين اثنين قرب الحدود."
    assert _recipients(text, "ASSAULT") == ["FRA", "KEN"]


def test_verb_after_the_object_joins_no_party_named_by_title():
    text = "وهاجم مسلحون دورية عراقية وقال مسؤول أمريكي إن الهجوم فشل."
    assert _recipients(text, "ASSAULT") == ["IRQ"]


def test_party_a_received_call_or_letter_comes_from_made_it():
    doc, events = _events("وتلقى الرئيس المصري اتصالا هاتفيا أمس من الرئيس الفرنسي.", "CONSULT")
    assert (_countries(doc, events[0].actor), _countries(doc, events[0].recipient)) == (
        ["FRA"], ["EGY"])
    doc, events = _events("وتسلم العاهل الأردني رسالة خطية من الرئيس الروسي.", "CONSULT")
    assert (_countries(doc, events[0].actor), _countries(doc, events[0].recipient)) == (
        ["RUS"], ["JOR"])


def test_party_met_right_after_where_is_met_by_the_subject_before():
    doc, events = _events(
        "ووصل وزير الخارجية الأميركي إلى القاهرة أمس، حيث التقى الرئيس المصري.", "CONSULT")
    met = [e for e in events if e.recipient]
    assert met and (_countries(doc, met[0].actor), _countries(doc, met[0].recipient)) == (
        ["USA"], ["EGY"])


def test_subject_after_where_with_whom_he_met_stays_the_subject():
    text = "وانتقلت المحادثات إلى فيينا حيث التقى وزير الخارجية الأميركي نظيره الإيراني."
    doc, events = _events(text, "CONSULT")
    assert _countries(doc, events[0].actor) == ["USA"]
    text = "وسافر الوفد إلى موسكو حيث يلتقي الرئيس الروسي مع رئيس الوزراء الهندي."
    doc, events = _events(text, "CONSULT")
    assert (_countries(doc, events[0].actor), _countries(doc, events[0].recipient)) == (
        ["RUS"], ["IND"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("واجتمع الرئيس اليمني مع زعماء القبائل وطالبهم بالوقوف إلى جانب الحكومة.", ["YEM"], [None]),
    ("وأثنى الرئيس الفرنسي على موقف الرئيس المصري ودعاه إلى زيارة باريس.", ["FRA"], ["EGY"]),
])
def test_object_pronoun_of_a_joined_verb_takes_up_the_party_met(text, actor, recipient):
    doc, events = _events(text, "REQUEST")
    assert (_countries(doc, events[0].actor), _countries(doc, events[0].recipient)) == (
        actor, recipient)


def test_object_pronoun_of_a_thing_leaves_the_subject_of_its_clause():
    text = "وقال المتحدث إن الجانب الروسي قدم مقترحا، وإن الرئيس الأميركي أيد الفكرة وأيده."
    doc, events = _events(text, "SUPPORT")
    assert _countries(doc, events[-1].actor) == ["USA"]
