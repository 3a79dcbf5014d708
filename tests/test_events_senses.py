"""Trigger words in a sense that reports no event."""

import pytest

from khabar.pipeline import analyze


def types(text: str, date: str = "2015-08-01") -> list[str]:
    """The types of the events coded in ``text``."""
    return [e.type for e in analyze(text, date=date).events]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن باريس خطفت الأضواء في المعرض الدولي.",
    "لكن روما خطف التعادل في الدقيقة الأخيرة من المباراة.",
])
def test_stealing_the_limelight_or_a_draw_is_no_abduction(text):
    assert "ASSAULT" not in types(text, "2015-07-01")


def test_an_abduction_is_still_read():
    assert "ASSAULT" in types("وخطف مسلحون ثلاثة صحافيين فرنسيين في بغداد.", "2015-07-01")


def test_searching_for_someone_is_no_discussion():
    assert "CONSULT" not in types("وقال إن جنود النظام السوري كانوا يبحثون عنه فهرب إلى الأردن.")
    assert types("وبحث وزير الخارجية الفرنسي مع نظيره المصري الأزمة الليبية.") == ["CONSULT"]


def test_future_sin_takes_no_perfect():
    assert "SUPPORT" not in types("وقال إن الاعتقاد سائد بأن البرلمان لن يقبل الاتفاق.")
    assert "SUPPORT" in types("وقال إن البرلمان سيؤيد الاتفاق الجديد.")


@pytest.mark.parametrize("text", [
    "ويدرس في الجامعة أكثر من 3500 طالب من عشرين دولة.",
    "وشارك في الامتحانات نحو 12 مليون طالب في أنحاء البلاد.",
])
def test_a_counted_student_demands_nothing(text):
    assert "REQUEST" not in types(text)


def test_a_year_is_no_count():
    assert "REQUEST" in types("وفي عام 2014 طالب البرلمان الحكومة بالاستقالة.")


def test_we_returned_is_no_promise():
    assert "AGREE" not in types("وقال: وعدنا إلى منازلنا بعد انتهاء القتال.")
    assert "AGREE" in types("وقد وعدنا رئيس الوزراء بحل الأزمة.")


@pytest.mark.parametrize("text", [
    "وارتفع ثمن الخبز في الأسواق الشعبية.",
    "ويبلغ ثمن الجهاز الجديد مئة دولار.",
])
def test_a_price_is_no_praise(text):
    assert "SUPPORT" not in types(text)


def test_financial_brokerage_is_no_mediation():
    assert "CONSULT" not in types("وتعمل الشركة في الوساطة المالية وإدارة الأصول في الرياض.")


@pytest.mark.parametrize("text", [
    "ويلتقي النهران عند مدينة البصرة.",
    "وتلتقي هذه الأفكار مع رؤية الحكومة للإصلاح.",
    "وتلتقي مصالح البلدين في مواجهة الإرهاب.",
])
def test_things_that_converge_hold_no_meeting(text):
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize("text", [
    "وانفجرت سيارة مفخخة قرب مسجد علي بن أبي طالب في المدينة.",
    "وزار الوفد مدرسة أبو طالب الابتدائية في القرية.",
])
def test_a_verb_after_abu_or_bin_is_a_name(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "ووصلت قافلة الإغاثة إلى البلدات المحاصرة في ريف حمص.",
    "وتفشت الأمراض بين السكان في المناطق المحاصرة جنوب العاصمة.",
    "وقال المتحدث إن الغذاء لم يدخل للأحياء المحاصرة منذ شهرين.",
])
def test_a_besieged_place_is_no_siege(text):
    assert "COERCE" not in types(text)


def test_a_definite_verbal_noun_after_its_verb_is_still_read():
    assert "PROTEST" in types("وفرقت الشرطة المظاهرة في وسط العاصمة بالقوة.")


@pytest.mark.parametrize("text", [
    "ويحتفل التونسيون بعيد الاستقلال الذي يوافق هذا العام يوم الأحد.",
    "وكان اكتمال القمر يوافق اليوم الثاني من الشهر.",
    "وتنطلق الاحتفالات بالذكرى التي توافق 14 تموز من كل عام.",
])
def test_falling_on_a_date_is_no_agreement(text):
    assert "AGREE" not in types(text)


@pytest.mark.parametrize("text", [
    "ووافق البرلمان يوم الأحد على مشروع القانون.",
    "وقال إن الحكومة لن توافق اليوم على أي تسوية.",
])
def test_agreeing_on_a_date_is_still_read(text):
    assert "AGREE" in types(text)


@pytest.mark.parametrize("text", [
    "استدعت وزارة الخارجية الأردنية، أمس (الأحد)، سفير إسرائيل في عمان.",
    "واستدعت الخارجية البحرينية، اليوم (الثلاثاء)، القائم بالأعمال العراقي في المنامة.",
])
def test_a_patterns_window_counts_no_commas_or_brackets(text):
    assert "ACCUSE" in types(text)


@pytest.mark.parametrize("text", [
    "وكان السفير الأردني في باريس قد دعا إلى الحفل عشرات الدبلوماسيين والصحافيين.",
    "وقال الوزير إنه دعا لحضور حفل الافتتاح وفودا من عشرين دولة.",
])
def test_an_invitation_to_a_party_is_no_request(text):
    assert "REQUEST" not in types(text)


def test_a_call_to_a_dialogue_is_still_a_request():
    assert types("ودعا الرئيس الفلسطيني إلى الحوار مع الفصائل.") == ["REQUEST"]


SPORTS_OPENING = "وقال مدرب الفريق إن المباراة المقبلة صعبة على اللاعبين قبل انطلاق البطولة. "


@pytest.mark.parametrize("text", [
    "ويتفاوض نادي الهلال مع اللاعب البرازيلي لضمه إلى صفوفه.",
    "وأعرب رئيس نادي النصر عن ترحيبه باللاعب الجديد في الملعب.",
])
def test_club_talks_and_welcomes_in_a_sports_report_are_no_diplomacy(text):
    assert types(SPORTS_OPENING + text) == []


def test_talks_between_states_in_a_sports_report_are_still_read():
    text = SPORTS_OPENING + "وتفاوضت الحكومة المصرية مع الحكومة الإثيوبية على سد النهضة."
    assert types(text) == ["CONSULT"]
