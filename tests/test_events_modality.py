"""Event modality: the reach of negation, possibility and future cues."""

from __future__ import annotations

from test_events import coded, of_type

from khabar.pipeline import analyze


def test_perfect_verb_is_never_future():
    # the later date and المقبل belong to the meeting agreed on, not to the agreement
    doc = analyze("اتفق الطرفان على عقد اجتماع في 15 أغسطس المقبل.", date="2015-07-21")
    [agreement] = of_type(doc, "AGREE")
    assert not agreement.future
    [truce] = of_type(analyze("اتفقت روسيا وأوكرانيا على هدنة تبدأ الأسبوع المقبل.",
                              date="2015-07-21"), "AGREE")
    assert not truce.future


def test_perfect_verb_after_a_conjunction_escapes_an_earlier_negation():
    [attack] = of_type(coded("اعتقلت الشرطة عددا من الأشخاص بسبب أعمال غير قانونية "
                             "وهاجمت المسلحين."), "ASSAULT")
    assert not attack.negated
    arrests = of_type(coded("احتجزت الشرطة المسلحين دون إذن قضائي واعتقلت آخرين."), "COERCE")
    assert arrests and not any(e.negated for e in arrests)
    # a masdar that a negated verb governs stays negated
    [strike] = of_type(coded("لم يتم قصف الحاجز."), "ASSAULT")
    assert strike.negated


def test_exception_or_restriction_lifts_a_negation():
    [strikes] = of_type(coded("ولم تقصف روسيا مواقع المسلحين سوى مرتين."), "ASSAULT")
    assert not strikes.negated
    [target] = of_type(coded("لا تستهدف روسيا أوكرانيا وحدها بل الغرب كله."), "ASSAULT")
    assert not target.negated
    # إلا أن is "however": the negation stands
    [attack] = of_type(coded("لم تهاجم روسيا أوكرانيا إلا أن بوتين هدد الغرب."), "ASSAULT")
    assert attack.negated


def test_qad_after_kana_marks_a_past_perfect():
    [arrest] = of_type(coded("كانت الشرطة قد تمكنت من اعتقال المسلحين."), "COERCE")
    assert not arrest.hypothetical


def test_lamma_and_ghayr_negate_no_event_beyond_their_word():
    # لما before a perfect is "when"; غير negates the adjective after it
    [talks] = of_type(coded("ولما التقى بايدن بوتين، تحدثا عن أوكرانيا."), "CONSULT")
    assert not talks.negated
    [arrest] = of_type(coded("استخدمت الشرطة القوة غير المبررة لاعتقال المسلحين."), "COERCE")
    assert not arrest.negated


def test_complement_of_a_schedule_is_future_unless_the_schedule_is_past():
    [visit] = of_type(coded("ومن المقرر أن يزور بايدن أوكرانيا."), "CONSULT")
    assert visit.future
    [talks] = of_type(coded("ويتوقع أن يلتقي بايدن بوتين."), "CONSULT")
    assert talks.future
    [cancelled] = of_type(coded("وكان من المقرر أن يزور بايدن أوكرانيا."), "CONSULT")
    assert not cancelled.future


def test_exception_of_a_later_negation_leaves_the_first_negated():
    [attack] = of_type(coded("لم تهاجم روسيا أوكرانيا ولا ترى فيها إلا جارة."), "ASSAULT")
    assert attack.negated


def test_act_that_a_request_asks_for_is_not_reported():
    doc = coded("طالب المسلحين بإطلاق سراح المعتقلين.")
    [release] = of_type(doc, "RETREAT")
    assert release.hypothetical
    [demand] = of_type(doc, "REQUEST")
    assert not demand.hypothetical
    [visit] = of_type(coded("ودعا بايدن بوتين لزيارة الولايات المتحدة."), "CONSULT")
    assert visit.hypothetical


def test_question_reaches_only_its_own_clause():
    doc = coded("هاجم المسلحين الحاجز أمس، فهل تنسحب الشرطة من المدينة؟")
    [attack] = of_type(doc, "ASSAULT")
    assert not attack.hypothetical
    [retreat] = of_type(doc, "RETREAT")
    assert retreat.hypothetical


def test_question_word_takes_the_act_as_done():
    [retreat] = of_type(coded("لماذا انسحبت روسيا من أوكرانيا؟"), "RETREAT")
    assert not retreat.hypothetical
    [attack] = of_type(coded("هل هاجم المسلحين الحاجز؟"), "ASSAULT")
    assert attack.hypothetical


def test_denial_does_not_reach_a_finite_verb_after_it():
    doc = coded("ونفت روسيا أي تورط في الحادث وتتهم أوكرانيا بالمسؤولية عنه.")
    [accusation] = of_type(doc, "ACCUSE")
    assert not accusation.negated
    [sending] = of_type(coded("وتنفي روسيا إرسال قوات إلى أوكرانيا."), "MOBILIZE")
    assert sending.negated


def test_idiom_that_opens_with_la_negates_nothing():
    [detention] = of_type(coded("ولا تزال روسيا تحتجز المسلحين."), "COERCE")
    assert not detention.negated
    [visit] = of_type(coded("ولا بد من زيارة أوكرانيا."), "CONSULT")
    assert not visit.negated and visit.hypothetical


def test_negated_refraining_or_denial_reports_the_act():
    [killing] = of_type(coded("لم يتورع عن قتل الرهائن."), "ASSAULT")
    assert not killing.negated
    [welcome] = of_type(coded("ولا ينفي بايدن أن روسيا سوف ترحب بالاتفاق."), "SUPPORT")
    assert not welcome.negated
    [denied] = of_type(coded("ونفى بايدن أن روسيا رحبت بالاتفاق."), "SUPPORT")
    assert denied.negated


def test_hatta_ends_the_span_of_a_negation():
    [killing] = of_type(coded("لم يهدأ حتى اغتيال الزعيم أمس."), "ASSAULT")
    assert not killing.negated


def test_future_after_kana_is_what_would_have_happened():
    [support] = of_type(coded("وقال بايدن: كنا سنؤيد الاتفاق لو وافقت روسيا."), "SUPPORT")
    assert not support.future and support.hypothetical
    [visit] = of_type(coded("ولا يعرف ما إذا كان بايدن سيزور أوكرانيا."), "CONSULT")
    assert visit.future


def test_noun_after_a_perfect_light_verb_is_no_future_act():
    doc = coded("وجه بايدن انتقادات لروسيا بشأن الانتخابات المقررة في سبتمبر المقبل.")
    [criticism] = of_type(doc, "ACCUSE")
    assert not criticism.future
    # a plan before the light verb keeps the act to come
    [meeting] = of_type(coded("يعتزم بايدن عقد اجتماع مع بوتين الأسبوع المقبل."), "CONSULT")
    assert meeting.future


def test_act_told_as_rumour_or_belief_is_left_open():
    for text in ("وهرع الصحافيون إلى الحي الذي تردد أنه شهد تفجيرا.",
                 "وقال المسؤول إن القائد من المعتقد أنه قتل في الغارة."):
        events = of_type(coded(text), "ASSAULT")
        assert events and all(e.hypothetical for e in events)
    for text in ("وقتل الجيش خمسة مسلحين يعتقد أنهم من التنظيم أمس.",
                 "ولم يتردد الجيش في قصف المدينة أمس."):
        events = of_type(coded(text), "ASSAULT")
        assert events and not any(e.hypothetical for e in events)
