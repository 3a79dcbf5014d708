"""ANERcorp span conventions of the mention-finder scorer, on sentences written for these tests."""

from khabar.evaluate.ner import gold_spans, predicted_spans, predicted_window


def _spans(text: str) -> set[tuple[str, str]]:
    tokens = text.split()
    return {(" ".join(tokens[a:b]), kind) for a, b, kind in predicted_spans(tokens)}


def test_gold_spans_read_iob2():
    assert gold_spans(["B-PERS", "I-PERS", "O", "B-LOC", "B-MISC"]) == {(0, 2, "PER"),
                                                                       (3, 4, "LOC")}


def test_generic_place_head_is_left_out():
    assert ("غزة", "LOC") in _spans("وقصفت الطائرات مدينة غزة أمس .")
    assert ("لبنان", "LOC") in _spans("وانتشر الجيش في جنوب لبنان .")


def test_direction_stays_in_a_state_name_not_in_a_region():
    assert ("جنوب أفريقيا", "LOC") in _spans("وزار الوفد جنوب أفريقيا أمس .")
    assert ("أفريقيا", "LOC") in _spans("وانتشر المرض في غرب أفريقيا .")


def test_movement_head_is_left_out_of_a_known_organisation():
    assert ("حماس", "ORG") in _spans("وقالت حركة حماس إنها ترفض الاقتراح .")


def test_army_of_a_country_is_no_named_organisation():
    assert not any(kind == "ORG" for _, kind in _spans("وقال الجيش اللبناني إنه رد على النيران ."))


def test_quoted_name_after_a_head_is_the_name_alone():
    assert ("ميديا غروب", "ORG") in _spans("وتعاقدت شركة « ميديا غروب » مع المخرج .")


def test_quoted_known_name_after_a_head_is_the_name_alone():
    assert ("الشباب", "ORG") in _spans("وتبنت حركة « الشباب » الهجوم على القاعدة .")


def test_institute_keeps_its_head():
    assert ("معهد ماساتشوستس للتكنولوجيا", "ORG") in _spans(
        "وقال باحثون في معهد ماساتشوستس للتكنولوجيا إن النتائج مشجعة .")


def test_nationality_after_an_organisation_name_is_left_out():
    assert ("حزب الله", "ORG") in _spans("وقال حزب الله اللبناني إنه لن يرد .")
    assert ("اتحاد الصناعات الألمانية", "ORG") in _spans(
        "وحذر اتحاد الصناعات الألمانية من الركود .")


def test_club_named_by_its_city():
    assert ("برشلونة", "ORG") in _spans("وفاز برشلونة الإسباني على ضيفه أمس .")


def test_world_regions_and_former_states_are_places():
    spans = _spans("وزار الوفد مقاطعة قوانغدونغ وجزيرة سومطرة قبل انهيار الاتحاد السوفياتي .")
    assert {("قوانغدونغ", "LOC"), ("سومطرة", "LOC"), ("الاتحاد السوفياتي", "LOC")} <= spans


def test_agency_initials_are_left_untagged_as_anercorp_does():
    assert not any(kind == "ORG" for _, kind in _spans("القاهرة - ( د ب أ ) - بدأ الاجتماع أمس ."))
    assert ("بي بي سي", "ORG") in _spans("وقال مراسل بي بي سي إن القصف توقف .")


def test_english_towns_name_their_clubs_in_a_sports_report():
    spans = _spans("وفاز بورتسموث على ضيفه بلاكبيرن في مباراة البطولة بعد أن أشرك المدرب أفضل اللاعبين .")
    assert {("بورتسموث", "ORG"), ("بلاكبيرن", "ORG")} <= spans


def test_honorific_epithet_is_left_out_of_a_place():
    assert ("مكة", "LOC") in _spans("ووصل الحجاج إلى مكة المكرمة أمس .")


def test_military_unit_is_left_untagged_as_anercorp_does():
    spans = predicted_window([["وتقدم", "اللواء", "العاشر", "نحو", "البلدة", "."]])[0]
    assert not any(kind == "ORG" for _, _, kind in spans)


def test_news_agency_keeps_its_head():
    assert ("وكالة أنباء الشرق الأوسط", "ORG") in _spans(
        "وذكرت وكالة أنباء الشرق الأوسط أن الوزير وصل .")
    assert ("فرانس برس", "ORG") in _spans("وقال مسؤول لوكالة فرانس برس إن الوضع هادئ .")


def test_known_ministry_is_left_untagged_like_an_unknown_one():
    assert not any(kind == "ORG" for _, kind in _spans("وأعلنت وزارة الخارجية التركية أمس أن الوفد وصل ."))


def test_organisation_after_a_lam_genitive_is_a_span_of_its_own():
    spans = _spans("وصوتت الجمعية العامة للأمم المتحدة على القرار أمس .")
    assert ("للأمم المتحدة", "ORG") in spans
    assert not any(kind == "ORG" and "الجمعية" in text for text, kind in spans)
    spans = _spans("ويصوت مجلس الأمن التابع للأمم المتحدة على القرار اليوم .")
    assert {("مجلس الأمن", "ORG"), ("للأمم المتحدة", "ORG")} <= spans
