"""Statements: cues, speakers (VSO, SVO, dropped subjects), nesting and via, quotes,
according-to phrases, channels, bylines, repeated claims, and the scores on the gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from khabar.evaluate.statements import attach_gold_actors, evaluate
from khabar.model import Document
from khabar.pipeline import analyze
from khabar.statements import find_statements
from khabar.statements.view import OPEN_TO_CLOSE, quote_end

EVAL = Path(__file__).resolve().parents[1] / "eval" / "statements"


def run(text: str, actors: dict[str, list[str]], outlet: str | None = None) -> Document:
    """Text layer, then mentions built from ``actors`` (name -> surface forms), then statements."""
    doc = analyze(text, stages=[], outlet=outlet)
    gold = [{"name": name, "mentions": forms, "kind": "PER"} for name, forms in actors.items()]
    attach_gold_actors(doc, gold)
    return find_statements(doc)


def speaker(doc: Document, statement) -> str | None:
    actor = doc.actor(statement.speaker)
    return actor.name if actor else None


def by_cue(doc: Document, cue: str):
    return next(s for s in doc.statements if s.cue.text == cue)


def test_vso_and_dropped_subjects_follow_gender():
    doc = run("قالت المتحدثة باسم الوزارة سارة علي إن الوفد وصل.\n"
              "وقال الوزير خالد عمر إن المحادثات بناءة.\n"
              "ولفتت إلى أن الاتفاق قريب.\nوأضاف أن الجولة المقبلة في القاهرة.",
              {"Sara Ali": ["المتحدثة باسم الوزارة سارة علي"], "Khaled Omar": ["الوزير خالد عمر"]})
    assert [speaker(doc, s) for s in doc.statements] == ["Sara Ali", "Khaled Omar", "Sara Ali",
                                                         "Khaled Omar"]
    assert by_cue(doc, "ولفتت").content.text == "الاتفاق قريب"


def test_svo_speaker_and_object_addressee():
    doc = run("بوتين أبلغ بايدن أن موسكو تريد ضمانات.", {"Putin": ["بوتين"], "Biden": ["بايدن"]})
    (st,) = doc.statements
    assert speaker(doc, st) == "Putin" and doc.actor(st.addressee).name == "Biden"
    assert st.content.text == "موسكو تريد ضمانات" and st.kind == "indirect"


def test_nested_statement_carries_the_chain():
    doc = run("وأعلن أوشاكوف أنّ بوتين أبلغ بايدن أنّ موسكو بحاجة إلى ضمانات.\n(سيرياهوم نيوز-الميادين)",
              {"Ushakov": ["أوشاكوف"], "Putin": ["بوتين"], "Biden": ["بايدن"]})
    outer, inner = doc.statements
    assert (doc.outlet, doc.syndicated_from) == ("Syria Home News", "Al Mayadeen")
    assert outer.via == ["outlet:Syria Home News", "outlet:Al Mayadeen"]
    assert inner.parent == outer.id
    assert inner.via == outer.via + [outer.speaker]
    assert speaker(doc, inner) == "Putin" and outer.content.text.startswith("بوتين أبلغ")


def test_participle_continues_the_clause_speaker_and_ends_the_content():
    doc = run("وكشف أوشاكوف أنّ بوتين أكّد لبايدن أنّ “روسيا ستتصرف بحزم”، مشيراً إلى أنّ "
              "“الحوار المباشر هو الأهم”.", {"Ushakov": ["أوشاكوف"], "Putin": ["بوتين"],
                                             "Biden": ["لبايدن"]})
    outer, inner, participle = doc.statements
    assert doc.actor(inner.addressee).name == "Biden" and inner.kind == "direct"
    assert inner.content.text == "روسيا ستتصرف بحزم"
    assert speaker(doc, participle) == "Ushakov" and participle.parent is None
    assert "مشيراً" not in outer.content.text


@pytest.mark.parametrize("quote", ["“{}”", "«{}»", '"{}"'])
def test_quotation_marks(quote):
    doc = run("وقال الوزير: " + quote.format("الوضع صعب جدا") + ".", {"Minister": ["الوزير"]})
    (st,) = doc.statements
    assert st.kind == "direct" and st.content.text == "الوضع صعب جدا"


def test_unclosed_quote_stops_at_the_sentence_end():
    doc = run("وقال الوزير إن “الحل سياسي ولا بديل عنه.\nوأضاف المتحدث أن الجولة انتهت.",
              {"Minister": ["الوزير"], "Spokesman": ["المتحدث"]})
    first, second = doc.statements
    assert first.content.text == "الحل سياسي ولا بديل عنه"
    assert speaker(doc, second) == "Spokesman"


def test_according_to_before_and_after_its_clause():
    doc = run("وبحسب الوزارة، فقد ارتفع عدد الضحايا إلى 30.\n"
              "وارتفعت الأسعار بنسبة 3 في المئة، وفقاً لوكالة رويترز.",
              {"Ministry": ["الوزارة"], "Reuters": ["وكالة رويترز"]})
    first, second = doc.statements
    assert (first.kind, speaker(doc, first), first.content.text) == \
        ("according_to", "Ministry", "ارتفع عدد الضحايا إلى 30")
    assert (speaker(doc, second), second.content.text) == ("Reuters", "وارتفعت الأسعار بنسبة 3 في المئة")


def test_channel_frames_the_cue_not_the_content():
    doc = run("وقالت الوزارة في بيان إن الوزيرين سيناقشان الملف خلال اتصال هاتفي الخميس.",
              {"Ministry": ["الوزارة"]})
    assert doc.statements[0].channel == "statement"


def test_noun_phrase_object_is_no_statement():
    doc = run("وأعرب الكرملين عن ترحيبه بنتائج المباحثات.", {"Kremlin": ["الكرملين"]})
    assert doc.statements == []


def test_dateline_agency_and_spans_point_into_the_text():
    doc = run("موسكو-سانا\nقال الوزير إن الوفد وصل.", {"Minister": ["الوزير"]})
    assert doc.outlet == "SANA"
    for st in doc.statements:
        for span in (st.cue, st.content):
            assert doc.text[span.start:span.end] == span.text


def test_example_article(example_doc):
    doc = example_doc
    if not doc.actors:
        pytest.skip("the actors stage is not in this install")
    names = {(speaker(doc, s), s.cue.text) for s in doc.statements}
    for expected in [("Yuri Ushakov", "وأعلن"), ("Vladimir Putin", "أبلغ"), ("White House", "قال"),
                     ("Jen Psaki", "وقالت"), ("Dmitry Peskov", "قال"), ("Kremlin", "مشيراً"),
                     ("Jen Psaki", "ولفتت")]:
        assert expected in names
    assert all(s.via[:2] == ["outlet:Syria Home News", "outlet:Al Mayadeen"]
               for s in doc.statements)
    inner = by_cue(doc, "أبلغ")
    assert doc.actor(inner.addressee).name == "Joe Biden" and inner.channel == "phone call"
    repeated = [s for s in doc.statements if s.claim and speaker(doc, s) == "Joe Biden"]
    assert len(repeated) == 2 and repeated[0].claim == repeated[1].claim


def test_scores_on_our_gold(shared):
    """The whole gold: its example part points into ../shared by ids and offsets."""
    figures = evaluate(EVAL, actors="gold", shared=shared)
    assert figures["gold"] >= 60
    assert figures["speaker_accuracy"] >= 0.9 and figures["content_overlap"] >= 0.9


def test_scores_on_constructed_gold():
    """The constructed part carries its own text, so it is scored without ../shared too."""
    figures = evaluate(EVAL / "constructed.jsonl", actors="gold")
    assert figures["gold"] >= 30
    assert figures["speaker_accuracy"] >= 0.9 and figures["content_overlap"] >= 0.9


def test_scores_on_seed_gold(shared):
    figures = evaluate(shared / "gold" / "dev" / "seed-gold.jsonl", actors="gold")
    assert figures["gold"] == 23 and figures["f1"] >= 0.9 and figures["via_accuracy"] >= 0.9


def test_long_sentence_keeps_each_content_to_its_clause():
    unit = "وقال الوزير إن الوضع صعب في المنطقة، مشيرا إلى أن الحل قريب"
    doc = run("، ".join([unit] * 60) + ".", {"Minister": ["الوزير"]})
    assert len(doc.sentences) == 1 and len(doc.statements) == 120
    contents = {(s.cue.text, s.content.text) for s in doc.statements}
    assert contents == {("وقال", "الوضع صعب في المنطقة"), ("مشيرا", "الحل قريب")}
    assert {speaker(doc, s) for s in doc.statements} == {"Minister"}


def test_repeated_claim_found_among_many_statements():
    lines = [f"وقال الوزير إن الرقم {n}1 و{n}2 و{n}3 و{n}4 مسجل." for n in range(100, 250)]
    lines.insert(40, "وقال الوزير إن المفاوضات النووية ستستأنف الأسبوع المقبل في فيينا.")
    lines.insert(120, "وقال الوزير إن المفاوضات النووية ستستأنف في فيينا الأسبوع المقبل.")
    doc = run("\n".join(lines), {"Minister": ["الوزير"]})
    claimed = [s for s in doc.statements if s.claim]
    assert len(doc.statements) == 152
    assert [s.sentence for s in claimed] == [40, 120] and claimed[0].claim == claimed[1].claim


def _scan_quote_end(text: str, open_at: int, limit: int) -> tuple[int, bool]:
    """quote_end written as a plain scan, character by character."""
    opener = text[open_at]
    closer = OPEN_TO_CLOSE.get(opener, opener)
    for i in range(open_at + 1, limit):
        if text[i] == closer:
            return i, True
        if text[i] == opener and opener != closer:
            return i, False
    return limit, False


@settings(max_examples=400, deadline=None)
@given(hst.text(alphabet="ab “”«»\"„", min_size=1, max_size=30), hst.data())
def test_quote_end_matches_a_plain_scan(text, data):
    open_at = data.draw(hst.integers(0, len(text) - 1))
    limit = data.draw(hst.integers(0, len(text)))
    assert quote_end(text, open_at, limit) == _scan_quote_end(text, open_at, limit)


def _speaker_name(doc: Document, statement) -> str | None:
    actor = doc.actor(statement.speaker) if statement.speaker else None
    return actor.name_ar or actor.name if actor else None


def test_definite_head_noun_is_the_body_named_before():
    doc = analyze("أصدرت منظمة العفو الدولية تقريرا عن السجون. "
                  "وقالت المنظمة إن الأوضاع سيئة.", date="2015-01-01")
    said = by_cue(doc, "وقالت")
    assert said.speaker is not None and doc.actor(said.speaker).name == "Amnesty International"


def test_definite_head_noun_without_a_body_before_has_no_speaker():
    doc = analyze("وقالت المنظمة إن الأوضاع سيئة.", date="2015-01-01")
    assert by_cue(doc, "وقالت").speaker is None


def test_dropped_subject_continues_the_subject_of_the_sentence_before():
    doc = analyze("قالت الشرطة إن الطريق مغلق. أعرب الرئيس باراك أوباما عن حزنه للحادث. "
                  "وقال إن الضحايا أبرياء.", date="2015-07-20")
    assert doc.actor(by_cue(doc, "وقال").speaker).name == "Barack Obama"


def test_dropped_subject_continues_the_opening_subject_of_its_sentence():
    doc = analyze("انتقد الوزير كريم الشاذلي القرار، وقال إنه متسرع.", date="2015-01-01")
    said = by_cue(doc, "وقال")
    assert said.speaker is not None and "الشاذلي" in (_speaker_name(doc, said) or "")


def test_plural_verb_does_not_continue_a_person():
    doc = analyze("أعرب الرئيس باراك أوباما عن حزنه للحادث. ويرون أن الضحايا أبرياء.",
                  date="2015-07-20")
    statement = by_cue(doc, "ويرون")
    assert statement is None or statement.speaker is None


def test_document_author_is_the_speaker():
    doc = analyze("وقال تقرير صادر عن منظمة العفو الدولية إن السجون مكتظة.", date="2015-01-01")
    assert doc.actor(by_cue(doc, "وقال").speaker).name == "Amnesty International"


def test_document_without_author_has_no_speaker():
    doc = analyze("قال الوزير إن الخطة جاهزة. وذكر التقرير أن السجون مكتظة.",
                  date="2015-01-01")
    assert by_cue(doc, "وذكر").speaker is None


def test_statement_as_subject_takes_the_speaker_of_that_statement():
    doc = analyze("قالت الوزارة في بيان إن الطريق مغلق. قال الخبير إن الحل صعب. "
                  "وأضاف البيان أن الإصلاح يبدأ غدا.", date="2015-01-01")
    assert by_cue(doc, "وأضاف").speaker == by_cue(doc, "قالت").speaker is not None


def test_quoted_outlet_name_and_its_head_noun_later():
    doc = analyze("وذكرت مجلة «بلوفيو» أن المصنع سيغلق. وقالت المجلة إن العمال غاضبون.",
                  date="2015-01-01")
    first, second = by_cue(doc, "وذكرت"), by_cue(doc, "وقالت")
    assert first.speaker is not None and second.speaker == first.speaker


def test_topic_with_amma_is_the_subject_of_its_verb():
    doc = analyze("قال الخبير إن السوق هادئة. أما الوزير فقال إن الأسعار سترتفع.",
                  date="2015-01-01")
    assert by_cue(doc, "فقال").speaker != by_cue(doc, "قال").speaker
    assert by_cue(doc, "فقال").speaker is not None


def test_leading_adverbial_before_the_opening_subject():
    doc = analyze("قالت الشرطة إن الطريق مغلق. من جهته، أعرب الرئيس باراك أوباما عن حزنه. "
                  "وقال إن الضحايا أبرياء.", date="2015-07-20")
    assert doc.actor(by_cue(doc, "وقال").speaker).name == "Barack Obama"


def test_speakers_named_after_an_honorific_and_again_by_their_family_name():
    from khabar.pipeline import analyze

    doc = analyze("وأوضح الدكتور عبد الله الصايغ أن الجامعة مستعدة. وقال الصايغ إن كثيرا من "
                  "الجامعات حرصت على المشاركة.", date="2015-07-20")
    speakers = {s.speaker for s in doc.statements}
    assert len(speakers) == 1 and None not in speakers


def test_a_name_in_quotation_marks_after_a_cue_is_no_quotation():
    from khabar.pipeline import analyze

    doc = analyze("وقال نتنياهو «الاتفاق سيئ». كما نقلت «رويترز».", date="2015-07-20")
    assert all(s.content is None or s.content.text != "رويترز" for s in doc.statements)
    assert not any(m.text == "سيئ" for m in doc.mentions)


def test_a_counted_party_after_a_cue_is_the_speaker():
    doc = analyze("وقال عدد من المسؤولين الأميركيين إن الوضع صعب. ويقول الكثير من الخبراء إن "
                  "النمو بطيء.", date="2015-08-06")
    speakers = [s.speaker for s in doc.statements]
    assert speakers == ["USA_official", "any_experts"]


def test_a_group_and_its_genitive_before_a_cue_is_the_speaker():
    doc = analyze("ولكن خبراء الاختبارات يقولون: إن الاختبارات مصممة لتقييم عمل التلاميذ.",
                  date="2015-07-20")
    assert [s.speaker for s in doc.statements] == ["any_experts"]


def test_a_pronoun_after_the_cue_is_no_new_subject():
    doc = run("وقال الوزير خالد عمر إن الوفد وصل.\nوتابع وهو يغادر القاعة: «سنعود غدا».",
              {"Khaled Omar": ["الوزير خالد عمر"]})
    assert [speaker(doc, s) for s in doc.statements] == ["Khaled Omar", "Khaled Omar"]


def test_a_cue_in_a_relative_clause_on_a_document_speaks_for_its_issuer():
    doc = run("وأصدر الوزير خالد عمر بيانا أكد فيه أن المحادثات ستستأنف الأسبوع المقبل.",
              {"Khaled Omar": ["الوزير خالد عمر"]})
    (st,) = doc.statements
    assert speaker(doc, st) == "Khaled Omar"
    assert st.content.text == "المحادثات ستستأنف الأسبوع المقبل"


def test_a_noun_with_my_is_no_verb_with_its_object():
    doc = run("وقال الوزير إن الوفد يحتاج إلى وقت إضافي «لدراسة كل المقترحات المطروحة على "
              "الطاولة».", {"Minister": ["الوزير"]})
    assert [s.cue.text for s in doc.statements] == ["وقال"]


def test_according_to_with_words_after_its_source_and_no_comma():
    doc = run("وبحسب الوزير خالد عمر الذي تحدث للصحافيين أمس فإن الوفد وصل إلى القاهرة.",
              {"Khaled Omar": ["الوزير خالد عمر"]})
    (st,) = doc.statements
    assert (speaker(doc, st), st.content.text) == ("Khaled Omar", "الوفد وصل إلى القاهرة")


@pytest.mark.parametrize(("text", "expected"), [
    ("ورد الوزير خالد عمر على السفير ماجد نجم الذي قال إن الحدود ستبقى مغلقة.", "Majed Najm"),
    ("وانتقد الوزير خالد عمر الدول التي قال إنها تدعم المسلحين.", "Khaled Omar"),
    ("ورد الوزير خالد عمر على السفير ماجد نجم الذي وصفه بأنه متشدد.", "Khaled Omar"),
])
def test_a_cue_in_a_relative_clause_speaks_for_the_noun_it_describes(text, expected):
    doc = run(text, {"Khaled Omar": ["الوزير خالد عمر"], "Majed Najm": ["السفير ماجد نجم"]})
    (st,) = doc.statements
    assert speaker(doc, st) == expected


def test_a_verbal_noun_is_said_by_its_genitive():
    doc = run("ورد الوزير خالد عمر على تأكيد السفير ماجد نجم أن الحدود مغلقة.\n"
              "وأضاف أن المعبر سيفتح غدا.",
              {"Khaled Omar": ["الوزير خالد عمر"], "Majed Najm": ["السفير ماجد نجم"]})
    assert [(s.cue.text, speaker(doc, s)) for s in doc.statements] == [
        ("تأكيد", "Majed Najm"), ("وأضاف", "Khaled Omar")]


def test_a_time_after_the_cue_is_no_unknown_subject():
    doc = run("قال الوزير خالد عمر إن الوفد وصل.\nوأعلن الأسبوع الماضي أن المعبر سيفتح.",
              {"Khaled Omar": ["الوزير خالد عمر"]})
    assert [speaker(doc, s) for s in doc.statements] == ["Khaled Omar", "Khaled Omar"]


def test_a_subject_before_qad_and_its_verb_is_the_speaker():
    doc = analyze("قالت الشرطة إن الطريق مغلق. وكانت منظمة العفو الدولية قد أعلنت أن السجون "
                  "مكتظة.", date="2015-01-01")
    said = by_cue(doc, "أعلنت")
    assert said.speaker is not None and doc.actor(said.speaker).name == "Amnesty International"


@pytest.mark.parametrize(("text", "inner"), [
    ("وقال الوزير خالد عمر إن الخبراء الأجانب يرون أن الأزمة ستنتهي قريبا.", None),
    ("وقال الوزير خالد عمر إنه كان يعتقد أن الأزمة ستنتهي قريبا.", "Khaled Omar"),
])
def test_a_cue_with_no_subject_named_at_the_start_of_a_content_is_inside_it(text, inner):
    doc = run(text, {"Khaled Omar": ["الوزير خالد عمر"]})
    outer, nested = doc.statements
    assert outer.content.text.endswith("الأزمة ستنتهي قريبا")
    assert (nested.parent, speaker(doc, nested)) == (outer.id, inner)


@pytest.mark.parametrize(("text", "expected"), [
    ("أصدرت منظمة العفو الدولية تقريرا عن السجون أمس. وقالت إن الأوضاع سيئة.",
     "Amnesty International"),
    ("أصدرت منظمة العفو الدولية تقريرا عن السجون أمس. وقال إن الأوضاع سيئة.", None),
    ("نشر الجيش الإسرائيلي أمس صورا للعملية. وقال إن الجنود عادوا إلى قواعدهم.", "Israeli army"),
    ("نشر موقع الجيش الإسرائيلي أمس صورا للعملية. وقال إن الجنود عادوا إلى قواعدهم.", None),
])
def test_a_dropped_subject_continues_a_body_that_opened_the_sentence_before(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert (doc.actor(said.speaker).name if said.speaker else None) == expected


def test_a_body_named_a_sentence_back_does_not_speak_in_the_middle_of_another():
    doc = analyze("أصدرت منظمة العفو الدولية تقريرا عن السجون أمس. وتبين أن السيارة تعود لامرأة "
                  "من المدينة، تعتقد أنها كانت في المكان.", date="2015-01-01")
    assert doc.statements[-1].speaker is None


@pytest.mark.parametrize("said", ["وأضاف لـ«الصحيفة اليومية» أن المعبر سيفتح غدا.",
                                  "وأضاف على «المنصة» أن المعبر سيفتح غدا."])
def test_a_quoted_name_after_a_preposition_is_no_speaker(said):
    doc = run("وقال الوزير خالد عمر إن الوفد وصل.\n" + said,
              {"Khaled Omar": ["الوزير خالد عمر"], "Daily": ["الصحيفة اليومية"],
               "Platform": ["المنصة"]})
    assert [speaker(doc, s) for s in doc.statements] == ["Khaled Omar", "Khaled Omar"]


@pytest.mark.parametrize("text", [
    "وقال تقرير أصدرته مؤخرا منظمة العفو الدولية إن السجون مكتظة.",
    "ويقول تقرير حديث صادر عن منظمة العفو الدولية إن السجون مكتظة.",
    "وقال بيان لـ«منظمة العفو الدولية» إن السجون مكتظة.",
])
def test_a_document_with_words_between_it_and_its_author_speaks_for_the_author(text):
    doc = analyze(text, date="2015-01-01")
    (said,) = doc.statements
    assert said.speaker is not None and doc.actor(said.speaker).name == "Amnesty International"


@pytest.mark.parametrize(("text", "expected"), [
    ("أصدر مجلس الأمن الدولي أمس تقريرا عن المقاتلين الأجانب. وأشار التقرير إلى أن عددهم "
     "ارتفع.", "UN Security Council"),
    ("ونقلت وكالة الأناضول عن مصادر محلية أن الطريق مغلق. وقالت الوكالة إن الجيش وصل إلى "
     "المدينة.", "Anadolu Agency"),
    ("ونقلت وكالة الأنباء الرسمية السودانية «سونا» عن السفير خالد عمر أن القمة ستعقد غدا. "
     "ويقود الوزير الوفد، وذكرت الوكالة أن الوزراء سيجتمعون صباحا.", "Sudan (state media)"),
    ("وأعلنت هيئة تنظيم الكهرباء أن الأسعار ستنخفض. وبينت الهيئة أن الحد الأعلى للتعرفة ثابت.",
     "Hy'a Tnzym Alkhrba"),
])
def test_a_definite_noun_as_subject_speaks_for_who_it_named_before(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == expected


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الشرطة لوكالة الصحافة الفرنسية إن الطريق مغلق.",
    "وأكد الأمين العام لجامعة الدول العربية أن القمة ستعقد في موعدها.",
    "وقالت مصادر عسكرية موالية للحكومة إن القوات تقدمت.",
    "ووصف الوزير الحكومة الإسرائيلية بأنها متطرفة.",
])
def test_an_outlet_a_noun_of_the_subject_or_what_is_described_is_no_addressee(text):
    doc = analyze(text, date="2015-01-01")
    (said,) = doc.statements
    assert said.addressee is None


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد بوتين لبايدن أن روسيا لا تريد الحرب.", "Joe Biden"),
    ("وأكد الملك سلمان، خلال كلمته أمس للمواطنين، أن الوطن بخير.", "citizens"),
])
def test_an_addressee_follows_the_cue_or_its_subject(text, expected):
    doc = analyze(text, date="2021-12-31")
    (said,) = doc.statements
    assert said.addressee is not None and doc.actor(said.addressee).name == expected


def _names(doc: Document, ids: list[str]) -> list[str]:
    return [doc.actor(i).name if doc.actor(i) else i for i in ids]


def test_a_verb_citing_a_source_with_naqlan_an_gives_the_source_as_speaker():
    doc = analyze("وذكرت وكالة الأنباء السعودية نقلا عن مصدر مسؤول أن الحادث وقع أمس.",
                  date="2015-08-01")
    (said,) = doc.statements
    assert speaker(doc, said) == "source" and _names(doc, said.via) == ["Saudi Press Agency"]


def test_a_relay_citing_a_pronoun_continues_the_speaker_before():
    doc = analyze("وقال عادل الجبير إن الحل ممكن. ونقلت عنه وكالة الصحافة الفرنسية قوله إن "
                  "المملكة مستعدة. وأضاف أن الحوار مستمر.", date="2015-08-01")
    relayed, added = doc.statements[1:]
    assert speaker(doc, relayed) == "Adel al-Jubeir"
    assert _names(doc, relayed.via) == ["Agence France-Presse"]
    assert speaker(doc, added) == "Adel al-Jubeir"


def test_a_trailing_relay_with_a_pronoun_joins_the_chain_and_ends_the_content():
    doc = analyze("وأكد مسؤول الشرطة ماركوس دانلادي أن 13 شخصا قتلوا في هجومين، وأصيب 15 شخصا "
                  "بجروح، بحسب ما نقلت عنه وكالة الصحافة الفرنسية.", date="2015-08-01")
    (said,) = doc.statements
    assert _names(doc, said.via) == ["Agence France-Presse"]
    assert said.content.text.endswith("بجروح")


@pytest.mark.parametrize("text", [
    "وقال مسؤول أمني، فضل عدم ذكر اسمه، إن القوات وصلت إلى المدينة.",
    "وقال مسؤول أمني رفض ذكر اسمه إن القوات وصلت إلى المدينة.",
])
def test_a_speaker_who_asked_not_to_be_named_said_nothing_by_it(text):
    doc = analyze(text, date="2015-08-01")
    (said,) = doc.statements
    assert said.cue.text == "وقال" and said.content.text == "القوات وصلت إلى المدينة"


def test_remarks_an_agency_relayed_keep_their_speaker_and_join_the_chain():
    doc = analyze("وقال عادل الجبير إن الحل ممكن. وأضاف في تصريحات نقلتها وكالة الصحافة الفرنسية "
                  "أن الحوار مستمر.", date="2015-08-01")
    added = doc.statements[-1]
    assert speaker(doc, added) == "Adel al-Jubeir"
    assert _names(doc, added.via) == ["Agence France-Presse"]


def test_a_quoted_name_opening_the_clause_after_an_is_indirect_content():
    doc = run("ولفت الأنصاري إلى أن «أنصار الشام» ترصد التحركات وتحاول إفشالها.",
              {"Ansari": ["الأنصاري"]})
    (said,) = doc.statements
    assert said.kind == "indirect" and said.content.text.endswith("وتحاول إفشالها")


def test_an_apposition_on_the_source_of_an_according_to_phrase_is_no_content():
    doc = analyze("وبحسب رئيس المعارضة، يتسحاق هيرتسوغ، فإن الحكومة ستسقط قريبا.",
                  date="2015-08-01")
    (said,) = doc.statements
    assert said.content.text == "الحكومة ستسقط قريبا"


@pytest.mark.parametrize(("text", "expected"), [
    ("وشدد المجلس في بيانه على أن الأسعار ستبقى مستقرة.", "statement"),
    ("وقال الوزير خلال كلمته إن الأسعار ستبقى مستقرة.", "speech"),
    ("وقال الوزير في حديث لـ«الشرق الأوسط» إن الأسعار ستبقى مستقرة.", "interview"),
    ("وأكد الوزير في حواره مع الصحيفة أن الأسعار ستبقى مستقرة.", "interview"),
])
def test_a_channel_with_a_possessive_pronoun_or_named_as_a_talk_frames_the_cue(text, expected):
    doc = analyze(text, date="2015-08-01")
    (said,) = doc.statements
    assert said.channel == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال بوتين في رسالة وجهها إلى أوباما إن روسيا مستعدة للتعاون.", "Barack Obama"),
    ("وأكد بوتين خلال اتصال هاتفي مع أوباما أن روسيا مستعدة للتعاون.", "Barack Obama"),
    ("وقال بوتين في مؤتمر صحافي مع أوباما إن روسيا مستعدة للتعاون.", None),
])
def test_the_party_a_letter_or_call_goes_to_is_the_addressee(text, expected):
    doc = analyze(text, date="2015-08-01")
    (said,) = doc.statements
    assert (doc.actor(said.addressee).name if said.addressee else None) == expected


def test_a_verb_without_subject_in_a_quotation_is_the_quoted_speakers_own():
    doc = run("وقال الوزير خالد عمر: «شاهدنا الدمار بأعيننا، لكن لا أعتقد أن عدد الضحايا كبير».",
              {"Khaled Omar": ["الوزير خالد عمر"]})
    said, believed = doc.statements
    assert said.content.text.endswith("عدد الضحايا كبير")
    assert speaker(doc, believed) == "Khaled Omar" and believed.parent == said.id


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت صحيفة «الشرق الأوسط» قد ذكرت أن المعبر سيفتح غدا.", "Asharq Al-Awsat"),
    ("وكانت حركة «حماس» أعلنت أن الهدنة صامدة.", "Hamas"),
    ("وفي حديث لصحيفة «الشرق الأوسط» قال إن المعبر سيفتح غدا.", None),
])
def test_a_name_alone_in_quotation_marks_before_its_verb_is_the_speaker(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert (doc.actor(said.speaker).name if said.speaker else None) == expected


def test_a_quoted_name_before_a_relative_cue_is_where_the_document_appeared():
    doc = run("ونشر الوزير خالد عمر تغريدة على موقع التواصل «تويتر» قال فيها إن المعبر سيفتح.",
              {"Khaled Omar": ["الوزير خالد عمر"], "Twitter": ["تويتر"]})
    assert speaker(doc, doc.statements[-1]) == "Khaled Omar"


@pytest.mark.parametrize(("text", "expected"), [
    ("ذكر المرصد السوري لحقوق الإنسان أن الاشتباكات تجددت في المدينة. وقال المرصد إن عشرة "
     "مقاتلين قتلوا.", "Syrian Observatory for Human Rights"),
    ("وأكدت الفرقة الأولى الساحلية أن مقاتليها تقدموا. وأضاف قائد ميداني أن الهجوم مستمر، "
     "وأوضحت الفرقة أن الطريق مقطوع.", "Division 1"),
])
def test_a_definite_noun_as_subject_speaks_for_the_body_whose_name_it_began(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("واتهمت باكستان الهند بانتهاك وقف إطلاق النار في كشمير، وقالت إن أربعة مدنيين قتلوا.",
     "Pakistan"),
    ("أدانت فرنسا الهجوم على السفارة أمس. وقالت إن المسؤولين عنه سيحاسبون.", "France"),
    ("أدانت فرنسا الهجوم على السفارة أمس. وقال إن المسؤولين عنه سيحاسبون.", None),
])
def test_a_dropped_subject_continues_a_state_that_opened_the_sentence(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert (doc.actor(said.speaker).name if said.speaker else None) == expected


@pytest.mark.parametrize("text", [
    "الخبير خالد عمر يشكك في قدرة التنظيم على تصدير النفط، ويرى أن ذلك وهم كبير.",
    "النائب خالد عمر يمثل المدينة في البرلمان. ويقول إن الحوار متعثر.",
])
def test_a_dropped_subject_continues_a_person_opening_the_sentence_before_his_verb(text):
    doc = run(text, {"Khaled Omar": ["الخبير خالد عمر", "النائب خالد عمر"]})
    assert speaker(doc, doc.statements[-1]) == "Khaled Omar"


@pytest.mark.parametrize("text", [
    "من جهة أخرى، أكد الوزير خالد عمر وقوع الهجمات. وقال إن المسلحين فروا.",
    "وفي العاصمة، رفض الوزير خالد عمر قرار المجلس. وقال إن القرار ظالم.",
])
def test_a_leading_prepositional_phrase_does_not_hide_the_subject_a_verb_continues(text):
    doc = run(text, {"Khaled Omar": ["الوزير خالد عمر"]})
    assert speaker(doc, doc.statements[-1]) == "Khaled Omar"


def test_the_writers_aside_after_jadir_is_no_statement():
    doc = analyze("قالت الشرطة إن الطريق مغلق. والجدير ذكره أن الوزارة أعلنت أن المعبر سيفتح.",
                  date="2015-01-01")
    assert [s.cue.text for s in doc.statements] == ["قالت", "أعلنت"]


def test_yud_a_written_with_alif_maqsura_names_someone_and_says_nothing():
    doc = analyze("وقال شاهد يدعى خالد كان في السوق: «سمعنا انفجارا كبيرا». ويدعي البعض أن "
                  "السوق احترق بالكامل.", date="2015-01-01")
    assert [s.cue.text for s in doc.statements] == ["وقال", "ويدعي"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ونقل الجرحى إلى مستشفى المدينة بسبب إصابتهم «الخطيرة جدا في الرأس والصدر».", []),
    ("ونقل السجناء من المبنى «ب» إلى المبنى «د» لأن الوضع فيه «خطير جدا ولا يمكن السكوت "
     "عنه».", []),
    ("ونقلت الوكالة عن مصدر أمني أن الجرحى نقلوا إلى المستشفى.", ["ونقلت"]),
])
def test_naqala_that_moves_someone_to_a_place_reports_nothing(text, expected):
    doc = analyze(text, date="2015-01-01")
    assert [s.cue.text for s in doc.statements] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وفسر المحلل إصرار الوزير على ذكر العدد بأنه محاولة للتهدئة.", []),
    ("وما الذي ينبغي على الحكومة، في رأيك، أن تفعله الآن؟", []),
    ("وجاء ذلك ردا على وصف الحوثيين المقاومة بأنها «عصابات مسلحة تعمل لحساب الخارج».",
     [("وصف", "Houthis (Ansar Allah)")]),
    ("وخلالها قال الوزير إن المعبر سيفتح.", [("قال", "Minister")]),
    ("صدر القانون في عهد زين العابدين بن علي يقول المحامون إنه كان جائرا.",
     [("يقول", "lawyers")]),
])
def test_a_verbs_form_after_a_preposition_is_a_noun_said_only_by_its_genitive(text, expected):
    doc = analyze(text, date="2015-01-01")
    assert [(s.cue.text, doc.actor(s.speaker).name) for s in doc.statements] == expected


def test_a_short_parenthesis_between_a_subject_and_its_verb_keeps_the_subject():
    doc = run("فالمدعو خالد عمر (17 عاما) أفاد بأنه كان على اتصال بالتنظيم.",
              {"Khaled Omar": ["خالد عمر"]})
    assert speaker(doc, doc.statements[-1]) == "Khaled Omar"


def test_a_subject_before_a_verb_with_its_object_pronoun_is_the_speaker():
    doc = run("وقال الوزير خالد عمر إن السفير ماجد نجم أبلغه بأن القوات ستنسحب.",
              {"Khaled Omar": ["الوزير خالد عمر"], "Majed Najm": ["السفير ماجد نجم"]})
    told = doc.statements[-1]
    assert told.cue.text == "أبلغه" and speaker(doc, told) == "Majed Najm"
    assert told.parent == doc.statements[0].id


def test_a_verb_joined_after_a_comma_continues_the_subject_of_the_clause_before():
    doc = run("وتواصلت الاشتباكات في المدينة، فيما أعلن الوزير خالد عمر مقتل جندي، وقال في بيان "
              "إن الوضع تدهور.", {"Khaled Omar": ["الوزير خالد عمر"]})
    assert speaker(doc, doc.statements[-1]) == "Khaled Omar"


@pytest.mark.parametrize("text", [
    "ويقول «جديدي» إن الحدود مغلقة منذ أسابيع.",
    "ويرى بعضهم أن الحدود مغلقة منذ أسابيع.",
    "وحذر بعضهم من أن الحدود ستغلق.",
])
def test_a_quoted_name_or_a_count_with_a_pronoun_after_the_verb_is_its_own_subject(text):
    doc = run("وقال الوزير خالد عمر إن المحادثات بناءة. " + text, {"Khaled Omar": ["الوزير خالد عمر"]})
    assert doc.statements[-1].speaker is None


def test_a_statement_issued_by_the_office_of_a_party_speaks_for_that_party():
    doc = run("وأفاد بيان صادر عن قيادة الجيش اللبناني أمس بأن طائرتين حلقتا فوق الجنوب. "
              "وأضاف البيان أن الطائرتين غادرتا الأجواء.", {"Lebanese army": ["الجيش اللبناني"]})
    assert [speaker(doc, s) for s in doc.statements] == ["Lebanese army", "Lebanese army"]


@pytest.mark.parametrize("text", [
    "والدفعة المقبلة تبلغ 300 مليون دولار ويفترض أن تدفع في سبتمبر.",
    "ويبلغ عددهم 1600 نسمة «لكن القلة المتطرفة تلفت الانتباه دائما».",
])
def test_a_form_of_balagha_that_amounts_to_a_figure_reports_nothing(text):
    assert not analyze(text).statements


@pytest.mark.parametrize("text", [
    "لكن دبلوماسيين يقولون إن الخيار الأرجح هو العقوبات.",
    "ولكن مسؤولا قال إن الخيار الأرجح هو العقوبات.",
    "التحقيقات الأولية أشارت إلى أن المنفذ كان تحت المراقبة.",
])
def test_a_noun_naming_no_actor_before_a_bare_verb_is_its_subject(text):
    doc = run("وقال الوزير خالد عمر إن المحادثات بناءة. " + text, {"Khaled Omar": ["الوزير خالد عمر"]})
    assert doc.statements[-1].speaker is None


@pytest.mark.parametrize("text", [
    "ومضى يقول إن الخيار الأرجح هو العقوبات.",
    "لكن سرعان ما أوضح أن الخيار الأرجح هو العقوبات.",
    "وحول هذا الأمر يضيف أن الخيار الأرجح هو العقوبات.",
])
def test_a_bare_verb_after_a_verb_or_a_phrase_goes_on_with_the_speaker(text):
    doc = run("وقال الوزير خالد عمر إن المحادثات بناءة. " + text, {"Khaled Omar": ["الوزير خالد عمر"]})
    assert speaker(doc, doc.statements[-1]) == "Khaled Omar"


@pytest.mark.parametrize("text", [
    "ورفع المحتجون لافتة كتب عليها «ارحلوا عن بلادنا».",
    "وعلى الباب لافتة صغيرة مكتوبة بالعربية «مكتب الاستقبال مغلق اليوم».",
])
def test_a_banner_with_words_written_on_it_is_no_statement(text):
    assert not analyze(text).statements


@pytest.mark.parametrize("text,expected", [
    ("وأوضحت الدراسة التي نشرها معهد الأبحاث الاقتصادية أن الأزمة أفادت البلاد.", "the institute"),
    ("وقال التقرير الذي أصدرته منظمة العفو الدولية إن الأزمة عميقة.", "Amnesty International"),
])
def test_a_document_whose_relative_clause_names_its_issuer_speaks_for_it(text, expected):
    doc = run(text, {"the institute": ["معهد الأبحاث الاقتصادية"],
                     "Amnesty International": ["منظمة العفو الدولية"]})
    assert speaker(doc, doc.statements[0]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال رئيس لجنة الشؤون الخارجية، عبادة الزنتوري، إن الاجتماع سيعقد الأحد. وأوضح الزنتوري "
     "أن اللجنة ستناقش الاتفاق مع الحكومة.", "President (Ljna Alsh'wn Alkharjya)"),
    ("حضر الحفل ميرزا الدهماني رئيس مجلس أمناء الكلية. وقال الدهماني إن البرنامج يستقبل مئة "
     "طالب هذا العام.", "President (Mjls Amna Alklya)"),
])
def test_a_family_name_alone_speaks_for_the_title_written_beside_the_full_name(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == expected


@pytest.mark.parametrize("text", [
    "نقلت الصحيفة عن أصدقاء عبد العزيز الحربي أنه كان هادئا. وقال أصدقاء له إن الاعتقال كان "
    "مفاجئا.",
    "وعرض المصمم جون فاليري تشكيلته الجديدة في باريس. وقال المصمم إن الألوان مستوحاة من البحر.",
])
def test_a_noun_before_a_name_is_no_family_name_of_that_person(text):
    doc = analyze(text, date="2015-01-01")
    assert doc.statements[-1].speaker is None


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. أما الشاعر سامح عبد الحميد، فيرى "
     "أن الاتفاق هش.", "Sameh Abdulhamid"),
    ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. أما المؤيدون للاتفاق فيقولون إنه "
     "يمنح طهران أموالا كثيرة.", None),
    ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. أما عن العقوبات، فقال إنها سترفع "
     "تدريجيا.", "Laurent Fabius"),
])
def test_the_topic_after_amma_is_the_speaker_of_its_verb_with_fa(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert (doc.actor(said.speaker).name if said.speaker else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وأضاف في مقال على موقع وزارة "
     "الخارجية الفرنسية: «سنراقب التنفيذ بدقة».", "Laurent Fabius"),
    ("وأشاد رئيس الوزراء العراقي حيدر العبادي بالقوات. وكشف قبل يومين من زيارة الكويت أن الحكومة "
     "ستدعم الأنبار.", "Haider al-Abadi"),
])
def test_a_name_in_the_genitive_of_a_governed_noun_is_no_subject(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == expected


def test_a_title_opening_the_sentence_names_the_subject_past_an_unknown_name():
    doc = analyze("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وزير الداخلية الكويتي "
                  "الشيخ عبادة الكافوري قال أمس إن البلاد ستواجه الخلايا بقوة.", date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == "Interior Minister (Kuwait)"


@pytest.mark.parametrize("text", [
    "وشاهد الملايين المباراة النهائية التي كانت تنقلها قناة «سبورت وان».",
    "وارتفع عدد الصحافيين المعتقلين في البلاد، بحسب ما توضح أرقام جمعتها صحيفة «الوطن اليوم».",
])
def test_the_quoted_end_of_a_name_after_a_cue_is_no_quotation(text):
    assert analyze(text, date="2015-01-01").statements == []


@pytest.mark.parametrize(("text", "expected"), [
    # a feminine state in the genitive is no subject of a masculine participle
    ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وأشار إلى دور خاص لدى الأكراد في "
     "العراق وسوريا، معتبرا أن الحل سياسي.", "Laurent Fabius"),
    # a body whose head is a feminine plural agrees with a feminine participle
    ("وأكدت القوات المسلحة المصرية في بيان وصول الطائرات الفرنسية، مشيرة إلى أن الدفعة الثانية "
     "تصل قريبا.", "Egyptian army"),
])
def test_a_participle_takes_the_name_it_agrees_with(text, expected):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == expected


def test_a_plural_participle_with_no_group_named_has_no_speaker():
    doc = analyze("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وأعرب الحضور عن شكرهم "
                  "للوزارة، مؤكدين أن الأمسية كانت ناجحة.", date="2015-01-01")
    said = doc.statements[-1]
    assert said.cue.text == "مؤكدين" and said.speaker is None


def test_a_demonstrative_subject_refers_back_to_the_body_named_before():
    doc = analyze("أعلنت هيئة سلامة الطيران الفرنسية أن الحطام وصل إلى المطار. وقالت هذه الهيئة في "
                  "بيان إن الفحص يبدأ غدا.", date="2015-01-01")
    first, said = doc.statements
    assert first.speaker is not None and said.speaker == first.speaker


@pytest.mark.parametrize("text", [
    "وقال أحد الشهود لوكالة الأنباء إن الانفجار هز السوق المزدحمة.",
    "وأطلقت الشرطة النار على المحتجين، بحسب شهود في المدينة.",
])
def test_witnesses_are_civilians_who_speak(text):
    doc = analyze(text, date="2015-01-01")
    said = doc.statements[-1]
    actor = doc.actor(said.speaker) if said.speaker else None
    assert actor is not None and actor.kind == "GRP" and actor.sector == "CVL"


def test_a_yes_no_question_about_a_belief_is_no_statement():
    doc = analyze("وقال وزير الخارجية الفرنسي لوران فابيوس في حوار مع الصحيفة إن الاتفاق جيد.\n"
                  "* هل تعتقد أن العقوبات سترفع قريبا؟\n"
                  "- أعتقد أن الأمر يحتاج إلى وقت طويل.", date="2015-01-01")
    assert [s.cue.text for s in doc.statements] == ["وقال", "أعتقد"]
    assert doc.actor(doc.statements[-1].speaker).name == "Laurent Fabius"


@pytest.mark.parametrize("interview", ["خلال حوار أجرته معه «الشرق الأوسط»",
                                       "في مقابلة أجرتها معه قناة «الجزيرة»"])
def test_the_outlet_after_with_him_is_who_interviewed_the_speaker(interview):
    doc = analyze("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وقال " + interview
                  + " إن العقوبات سترفع تدريجيا.", date="2015-01-01")
    said = doc.statements[-1]
    assert said.speaker is not None and doc.actor(said.speaker).name == "Laurent Fabius"
