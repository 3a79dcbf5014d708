"""Reported versus generic events: the rules that keep an event word from counting as the
report of an occurrence (relative clauses, earlier years, goals, possessed nouns, details of a
known protest, denials, questions), and the detection scorer that reads the flag."""

from __future__ import annotations

import pytest
from test_events import coded, of_type

from khabar.evaluate.events import half_of, reports, score_detection
from khabar.events.lexicon import trigger_index
from khabar.pipeline import analyze


def reported(doc, type_):
    return [e for e in of_type(doc, type_) if reports(e, type_)]


def generic(doc, type_):
    return [e for e in of_type(doc, type_) if e.generic]


def test_generic_events_stay_in_the_record():
    doc = coded("تحدث الكاتب طويلا عن التعذيب في السجون.")
    assert generic(doc, "ASSAULT") and not reported(doc, "ASSAULT")


def test_verb_in_a_relative_clause_is_generic():
    doc = coded("وصل الزعيم الذي اغتاله المسلحين إلى المدينة.")
    assert generic(doc, "ASSAULT") and not reported(doc, "ASSAULT")
    assert reported(coded("اغتال المسلحين الزعيم في المدينة أمس."), "ASSAULT")


def test_verb_with_an_object_pronoun_after_an_indefinite_noun_describes_it():
    doc = coded("وكشف التقرير عن حمولة سفينة أوكرانية اختطفها قراصنة قبالة السواحل.")
    assert of_type(doc, "ASSAULT") and not reported(doc, "ASSAULT")
    assert reported(coded("وقالت الشرطة إن مسلحا اختطفه أمس قرب الحدود."), "ASSAULT")
    assert reported(coded("اختطف قراصنة سفينة أوكرانية قبالة السواحل أمس."), "ASSAULT")


def test_act_dated_to_an_earlier_year_is_historical():
    assert not reported(coded("وكان المسلحين قد خطفوا الصحافي في عام 2003."), "ASSAULT")
    assert not reported(coded("خطف المسلحين الصحافي قبل ثلاثة أعوام."), "ASSAULT")
    assert reported(coded("خطف المسلحين الصحافي أمس."), "ASSAULT")


def test_a_count_past_any_year_dates_nothing_in_an_undated_text():
    doc = analyze("قتل مسلحون 6500 شخص في الهجوم على القرية.")
    assert reported(doc, "ASSAULT")
    assert not reported(analyze("قتل مسلحون 67 شخصا في الهجوم على القرية عام 2003."), "ASSAULT")


def test_earlier_year_that_opens_the_sentence_is_historical_too():
    doc = coded("وفي عام 2013 قتل المسلحين 67 شخصا في هجوم على مركز تجاري.")
    assert not reported(doc, "ASSAULT")
    assert reported(coded("5 فبراير 2004 - اغتيال النائب في انفجار سيارة مفخخة."), "ASSAULT")


def test_span_of_years_after_since_or_a_hedge_and_last_year_are_historical():
    assert not reported(coded("خطف المسلحون الصحافي منذ ثلاث سنوات."), "ASSAULT")
    assert not reported(coded("خطف المسلحون الصحافي قبل نحو ثلاث سنوات."), "ASSAULT")
    assert not reported(coded("وكان المسلحون قد هاجموا القافلة العام الماضي قرب الحدود."),
                        "ASSAULT")
    assert reported(coded("وكان المسلحون قد هاجموا القافلة الليلة الماضية قرب الحدود."),
                    "ASSAULT")


def test_act_yet_to_come_is_planned_not_reported():
    assert generic(coded("وسيتظاهر العمال غدا أمام مقر الحكومة."), "PROTEST")
    assert not reported(coded("وستغلق الشرطة الطرق المؤدية إلى الساحة صباح الأحد."), "PROTEST")
    assert not reported(coded("وسيشن الجيش هجوما على مواقع المسلحين الأسبوع المقبل."), "ASSAULT")
    assert reported(coded("تظاهر العمال أمس أمام مقر الحكومة."), "PROTEST")


def test_means_of_a_named_assault_is_named_with_it():
    doc = coded("أحيا الحزب الذكرى الثانية لاغتيال النائب بتفجير استهدف موكبه وسط بيروت.")
    assert generic(doc, "ASSAULT") and not reported(doc, "ASSAULT")
    assert reported(coded("قتل ثلاثة جنود بتفجير عبوة ناسفة على الطريق أمس."), "ASSAULT")


def test_chronology_line_reports_what_it_dates():
    assert reported(coded("2004: اغتيال الزعيم وسط المدينة."), "ASSAULT")
    doc = coded("12 مارس 2004: أفادت تقارير بتعرض الزعيم الديني لمحاولة اغتيال في المدينة.")
    assert reported(doc, "ASSAULT")


def test_noun_described_by_a_relative_clause_is_referred():
    doc = coded("قال الوزير إن الهجوم الذي وقع أمس دليل على ضعف الحكومة.")
    assert not reported(doc, "ASSAULT")


def test_circumstances_surrounding_an_act_refer_to_it():
    doc = coded("وكشف المحققون الظروف المحيطة باختطاف الصحافي في بغداد أمس.")
    assert not reported(doc, "ASSAULT")


def test_crowd_the_police_disperse_is_a_known_protest():
    doc = coded("واستخدمت الشرطة الغاز المسيل للدموع لتفريق آلاف المتظاهرين أمام البرلمان.")
    assert not reported(doc, "PROTEST")
    assert reported(coded("وتظاهر آلاف الطلاب أمس أمام البرلمان."), "PROTEST")


def test_crowd_or_road_the_police_act_on_is_no_protest_of_theirs():
    doc = analyze("وحاصرت الشرطة مئات المتظاهرين أمام مبنى النقابة في وسط المدينة.")
    assert not reported(doc, "PROTEST")
    assert not reported(analyze("وأغلقت قوات الأمن الطرق المؤدية إلى الساحة أمس."), "PROTEST")
    assert reported(analyze("وحاصر مئات المحتجين مبنى المحافظة أمس."), "PROTEST")


def test_act_an_inquiry_or_a_role_is_about_is_known_not_reported():
    doc = coded("وتحدث الوزير عن دور المخابرات الأجنبية في اختطاف الصحافي، ونفى أي صلة.")
    assert not reported(doc, "ASSAULT")
    doc = coded("ونشرت الصحيفة نتائج تحقيق أجرته الحكومة في مقتل 12 مدنيا.")
    assert not reported(doc, "ASSAULT")
    assert reported(coded("وقتل 12 مدنيا في هجوم على السوق أمس."), "ASSAULT")


def test_attack_counted_in_a_series_by_an_ordinal_is_not_reported_again():
    assert not reported(coded("وقالت الشرطة إن العملية هي ثالث هجوم بسيارة مفخخة تشنه الجماعة في الشمال."), "ASSAULT")
    assert reported(coded("وشنت الجماعة هجوما بسيارة مفخخة في الشمال أمس."), "ASSAULT")


def test_toll_told_in_a_relative_clause_describes_a_known_attack():
    doc = coded("وأدانت الحكومة الهجوم الذي أسفر عن مقتل عشرة أشخاص في السوق.")
    assert not reported(doc, "ASSAULT")
    doc = coded("وتحدث الوزير عن الحرب في الإقليم والتي أسفرت عن مقتل 200 ألف شخص.")
    assert not reported(doc, "ASSAULT")
    assert reported(coded("وأسفر الهجوم عن مقتل عشرة أشخاص في السوق أمس."), "ASSAULT")


def test_acts_a_reader_argues_in_reply_to_a_published_piece_are_no_news():
    doc = coded("تعقيبا على مقال الكاتب حول الأزمة، المنشور بتاريخ 3 مارس الماضي، "
                "أقول إن الجيش قصف القرى ودمر المنازل.")
    assert of_type(doc, "ASSAULT") and not reported(doc, "ASSAULT")
    assert reported(coded("وقال الوزير إن الجيش قصف القرى ودمر المنازل أمس."), "ASSAULT")


def test_protest_where_a_toll_fell_is_known_not_reported():
    doc = coded("وسقط ثلاثة متظاهرين برصاص الشرطة في مظاهرات شهدتها المدينة.")
    assert not reported(doc, "PROTEST")
    doc = coded("وأسفرت المواجهات عن إصابة عدد من الطلاب خلال المسيرة.")
    assert not reported(doc, "PROTEST")
    assert reported(coded("وشارك آلاف الطلاب في مظاهرات شهدتها المدينة أمس."), "PROTEST")


def test_act_prevented_or_foiled_did_not_take_place():
    doc = coded("وأحبطت الشرطة هجوما بسيارة مفخخة على مقر الحكومة أمس.")
    assert of_type(doc, "ASSAULT") and not reported(doc, "ASSAULT")
    doc = coded("ومنعت الشرطة مئات الشبان من قطع الطريق الدولي أمس.")
    assert not reported(doc, "PROTEST")
    assert reported(coded("وقطع مئات الشبان الطريق الدولي أمس."), "PROTEST")


def test_act_not_held_back_from_is_reported_but_a_habit_is_not():
    assert reported(coded("ولم يتورع شاب عاطل عن إحراق نفسه احتجاجا على البطالة."), "PROTEST")
    assert reported(coded("ولم يتوان المسلحون عن قتل الرهائن."), "ASSAULT")
    habit = coded("ولا يتورع الشبان العاطلون عن إحراق أنفسهم احتجاجا على البطالة.")
    assert not reported(habit, "PROTEST")


def test_light_verb_before_the_noun_reports_it():
    assert reported(coded("شن المسلحين هجوما على الحاجز."), "ASSAULT")
    assert reported(coded("وقع هجوم على الحاجز صباح اليوم."), "ASSAULT")


def test_noun_named_as_a_goal_or_plan_is_not_reported():
    assert not reported(coded("دعا الحزب أنصاره للتظاهر أمام البرلمان."), "PROTEST")
    assert not reported(coded("نشرت الشرطة قوات إضافية تحسبا لهجوم على الحاجز."), "ASSAULT")
    assert reported(coded("تعرض الحاجز لهجوم مساء الخميس."), "ASSAULT")


def test_possessed_noun_refers_to_a_known_event():
    doc = coded("وواصل المتظاهرون مسيرتهم نحو الساحة.")
    assert not reported(doc, "PROTEST")


def test_verb_with_an_object_pronoun_is_not_a_possessed_noun():
    assert reported(coded("وقال مصدر إن ثلاثة جنود خطفهم المسلحين أمس."), "ASSAULT")


def test_detail_of_a_known_protest_is_an_elaboration():
    assert not reported(coded("ورفع المتظاهرون لافتات تندد بالحكومة."), "PROTEST")
    assert not reported(coded("وهتف المتظاهرون ضد الحكومة."), "PROTEST")
    assert reported(coded("ورفع آلاف المتظاهرين لافتات تندد بالحكومة."), "PROTEST")


def test_core_protest_verbs_still_report():
    assert reported(coded("تظاهر مئات الطلاب أمام البرلمان أمس."), "PROTEST")
    assert reported(coded("اندلعت مظاهرات في العاصمة احتجاجا على الغلاء."), "PROTEST")


def test_single_word_form_survives_a_longer_pattern_on_the_same_head():
    """مظاهرات is a trigger on its own although مظاهرات احتجاجية is a pattern of its row."""
    rests = {t.rest for t in trigger_index()["مظاهرات"] if t.type == "PROTEST"}
    assert () in rests and ("احتجاجيه",) in rests


def test_denied_complement_is_negated():
    doc = coded("ونفت المصادر أن يكون المسلحين قد خطفوا الصحافي.")
    assert all(e.negated for e in of_type(doc, "ASSAULT"))


def test_question_inside_closing_quotes_is_hypothetical():
    doc = coded("وسألت الصحيفة «من نفذ التفجير في السوق؟»")
    assert all(e.hypothetical for e in of_type(doc, "ASSAULT"))


def test_score_detection_skips_generic_events(monkeypatch):
    import khabar.evaluate.events as ev

    monkeypatch.setattr(ev, "_analyze", lambda record: coded(record["text"]))
    records = [
        {"id": "a", "event_type": "ASSAULT", "label": "yes",
         "text": "قتل المسلحين ثلاثة أشخاص في السوق أمس."},
        {"id": "b", "event_type": "ASSAULT", "label": "difficult no",
         "text": "وصل الزعيم الذي اغتاله المسلحين إلى المدينة."},
        {"id": "c", "event_type": "ASSAULT", "label": "ambiguous", "text": "قتل المسلحين رجلا."},
    ]
    figures = score_detection(records)
    row = figures["per_type"]["ASSAULT"]
    assert row["tp"] == 1 and row["pred"] == 1 and row["fp_rate_difficult_no"] == 0.0
    halves = figures["halves"]
    assert sum(rows["ASSAULT"]["gold"] for rows in halves.values() if rows) == 1


def test_halves_are_a_fixed_split_of_ids():
    ids = [f"doc-{n}" for n in range(200)]
    split = [half_of(i) for i in ids]
    assert split == [half_of(i) for i in ids]
    assert 60 < split.count("A") < 140


@pytest.mark.parametrize("text, type_", [
    ("وتشهد مدينة حلب منذ أيام اشتباكات عنيفة بين الجيش والمعارضة.", "ASSAULT"),
    ("وتشهد العاصمة حاليا احتجاجات واسعة ضد الحكومة.", "PROTEST"),
    ("وشهدت البصرة منذ أسبوع مظاهرات ضد انقطاع الكهرباء.", "PROTEST"),
])
def test_an_act_going_on_at_the_scene_a_verb_of_venue_names_is_reported(text, type_):
    assert reported(coded(text), type_)


def test_a_habit_of_the_scene_a_verb_of_venue_names_is_not_reported():
    assert generic(coded("ويشهد الإقليم باستمرار مواجهات مع المسلحين."), "ASSAULT")
