"""Date expressions: finding them, spans into the original text, resolution rules."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.dates import find_dates, parse_date_string, resolve_event_date
from khabar.dates.grammar import may_hold_date

PUB = date(2021, 12, 31)  # a Friday


def only(text: str, pub: date | str | None = PUB) -> tuple[str, str | None]:
    found = find_dates(text, pub_date=pub)
    assert len(found) == 1, found
    return found[0].text, found[0].iso


# --- the example article -------------------------------------------------------------------

def test_example_article_dates(example_text):
    found = {d.text: d.iso for d in find_dates(example_text, pub_date="2021-12-31")}
    assert found["الخميس"] == "2021-12-30"
    assert found["10 كانون الثاني/يناير"] == "2022-01-10"
    assert found["7 كانون الأول/ديسمبر الجاري"] == "2021-12-07"
    assert not any("50" in t or "ثلاث" in t for t in found)


def test_example_event_dates(example_text):
    text = example_text
    call = text.index("سيناقشان")  # future verb, but reported «في وقت سابق»
    assert resolve_event_date(text, call, call + 8, PUB, future=True).iso == "2021-12-30"
    talks = text.index("المحادثات الروسية")
    assert resolve_event_date(text, talks, talks + 9, PUB, future=True).iso == "2022-01-10"
    summit = text.index("قمّة")
    assert resolve_event_date(text, summit, summit + 4, PUB).iso == "2021-12-07"
    first = text.index("اتصال هاتفي")
    assert resolve_event_date(text, first, first + 11, PUB) is None


def test_example_spans_slice(example_text):
    for d in find_dates(example_text, pub_date=PUB):
        assert example_text[d.start : d.end] == d.text


# --- resolution rules ----------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, iso", [
    ("التقى الوزيران الخميس", "الخميس", "2021-12-30"),
    ("التقى الوزيران يوم الجمعة", "يوم الجمعة", "2021-12-31"),
    ("التقى الوزيران يوم الخميس الماضي", "يوم الخميس الماضي", "2021-12-30"),
    ("وصل الجمعة الماضية", "الجمعة الماضية", "2021-12-24"),
    ("يزور دمشق الخميس المقبل", "الخميس المقبل", "2022-01-06"),
    ("وصل أمس إلى بغداد", "أمس", "2021-12-30"),
    ("وصل بالأمس إلى بغداد", "الأمس", "2021-12-30"),
    ("وصل أمس الأول إلى بغداد", "أمس الأول", "2021-12-29"),
    ("وصل أول أمس إلى بغداد", "أول أمس", "2021-12-29"),
    ("قتل فجر الأول من أمس", "الأول من أمس", "2021-12-29"),
    ("يصل غداً إلى بغداد", "غداً", "2022-01-01"),
    ("يصل بعد غد إلى بغداد", "بعد غد", "2022-01-02"),
    ("اجتمع المجلس اليوم", "اليوم", "2021-12-31"),
    ("قصفت الطائرات الليلة الماضية", "الليلة الماضية", "2021-12-30"),
    ("أفرج عنه الليلة قبل الماضية", "الليلة قبل الماضية", "2021-12-29"),
    ("اجتمعوا الأسبوع الماضي", "الأسبوع الماضي", "2021-12-20/2021-12-26"),
    ("في الشهر الجاري", "الشهر الجاري", "2021-12-01/2021-12-31"),
    ("في الشهر المقبل", "الشهر المقبل", "2022-01-01/2022-01-31"),
    ("خلال الشهر المنصرم", "الشهر المنصرم", "2021-11-01/2021-11-30"),
    ("في العام الماضي", "العام الماضي", "2020-01-01/2020-12-31"),
    ("في السنة المقبلة", "السنة المقبلة", "2022-01-01/2022-12-31"),
    ("منذ بداية هذا العام", "هذا العام", "2021-01-01/2021-12-31"),
    ("للعام المقبل", "للعام المقبل", "2022-01-01/2022-12-31"),
    ("في عام 2019", "عام 2019", "2019-01-01/2019-12-31"),
    ("منذ 2011م", "2011م", "2011-01-01/2011-12-31"),
    ("في 7 كانون الأول/ديسمبر الجاري", "7 كانون الأول/ديسمبر الجاري", "2021-12-07"),
    ("في 10 كانون الثاني/يناير", "10 كانون الثاني/يناير", "2022-01-10"),
    ("في 7 كانون الأول", "7 كانون الأول", "2021-12-07"),
    ("في 3 تشرين الأول (أكتوبر) 2020", "3 تشرين الأول (أكتوبر) 2020", "2020-10-03"),
    ("في السابع من كانون الثاني/ يناير الماضي", "السابع من كانون الثاني/ يناير الماضي",
     "2021-01-07"),
    ("في السابع من كانون الثاني/ يناير وصل", "السابع من كانون الثاني/ يناير", "2022-01-07"),
    ("الجمعة 31 ديسمبر 2021", "الجمعة 31 ديسمبر 2021", "2021-12-31"),
    ("في 5 حزيران 1967", "5 حزيران 1967", "1967-06-05"),
    ("في الخامس من حزيران 1967", "الخامس من حزيران 1967", "1967-06-05"),
    ("في 14 جويلية", "14 جويلية", "2021-07-14"),
    ("في 20 غشت 2020", "20 غشت 2020", "2020-08-20"),
    ("في 15 آب", "15 آب", "2021-08-15"),
    ("في آب الماضي", "آب الماضي", "2021-08-01/2021-08-31"),
    ("في يناير المقبل", "يناير المقبل", "2022-01-01/2022-01-31"),
    ("في ديسمبر الجاري", "ديسمبر الجاري", "2021-12-01/2021-12-31"),
    ("في مارس 2020", "مارس 2020", "2020-03-01/2020-03-31"),
    ("في 7 ديسمبر من العام الماضي", "7 ديسمبر من العام الماضي", "2020-12-07"),
    ("في العاشر من الشهر الجاري", "العاشر من الشهر الجاري", "2021-12-10"),
    ("في 10 من الشهر الماضي", "10 من الشهر الماضي", "2021-11-10"),
    ("في يناير", "يناير", "2022-01-01/2022-01-31"),
    ("بين 10 و12 يناير", "بين 10 و12 يناير", "2022-01-10/2022-01-12"),
    ("من 1 إلى 5 مارس 2022", "من 1 إلى 5 مارس 2022", "2022-03-01/2022-03-05"),
    ("من 28 ديسمبر إلى 3 يناير", "من 28 ديسمبر إلى 3 يناير", "2021-12-28/2022-01-03"),
    ("في ١٠ كانون الثاني ٢٠٢٢", "١٠ كانون الثاني ٢٠٢٢", "2022-01-10"),
    ("بتاريخ 2021-12-30", "2021-12-30", "2021-12-30"),
    ("بتاريخ 30/12/2021", "30/12/2021", "2021-12-30"),
])
def test_resolution(text, surface, iso):
    assert only(text) == (surface, iso)


@pytest.mark.parametrize("text, surface, iso", [
    ("في 12 رمضان 1445 هـ", "12 رمضان 1445 هـ", "2024-03-22"),
    ("في 1 محرم 1443", "1 محرم 1443", "2021-08-09"),
    ("في 10 ذي الحجة", "10 ذي الحجة", "2021-07-20"),
    ("خلال شهر رمضان المقبل", "شهر رمضان المقبل", "2022-04-02/2022-05-01"),
    ("منذ عام 1443 هـ", "عام 1443 هـ", "2021-08-09/2022-07-29"),
    ("بتاريخ 25/6/1436 هـ", "25/6/1436 هـ", "2015-04-14"),
    ("وتاريخ 25 / 6 / 1436هـ", "25 / 6 / 1436هـ", "2015-04-14"),
    ("بتاريخ 1436/06/25", "1436/06/25", "2015-04-14"),
])
def test_hijri(text, surface, iso):
    assert only(text) == (surface, iso)


def test_future_tense_looks_forward():
    text = "سيلتقي الوزيران الخميس في جنيف"
    i = text.index("سيلتقي")
    assert resolve_event_date(text, i, i + 6, PUB, future=True).iso == "2022-01-06"
    assert resolve_event_date(text, i, i + 6, PUB, future=False).iso == "2021-12-30"
    text = "ستعقد القمة في 20 كانون الأول"
    assert resolve_event_date(text, 0, 5, PUB, future=True).iso == "2022-12-20"
    assert resolve_event_date(text, 0, 5, PUB).iso == "2021-12-20"


def test_year_inference_leans_to_the_past():
    assert only("في 10 فبراير", date(2021, 8, 15))[1] == "2021-02-10"
    assert only("في 5 يناير", date(2021, 11, 20))[1] == "2022-01-05"


def test_without_publication_date():
    assert only("التقيا الخميس", None) == ("الخميس", None)
    assert only("في 10 يناير", None) == ("10 يناير", None)
    assert only("في 10 يناير 2022", None) == ("10 يناير 2022", "2022-01-10")


def test_impossible_day_is_kept_as_text():
    assert only("في 30 فبراير 2021") == ("30 فبراير 2021", None)


def test_resolve_prefers_the_date_inside_then_the_nearest():
    text = "قال أمس إن الوزيرين سيجتمعان في 10 يناير في جنيف."
    meet = text.index("سيجتمعان")
    assert resolve_event_date(text, meet, meet + 8, PUB).text == "10 يناير"
    said = text.index("قال")
    assert resolve_event_date(text, said, said + 3, PUB).text == "أمس"
    two = "اجتمعا أمس. وسيلتقيان غداً."
    i = two.index("وسيلتقيان")
    assert resolve_event_date(two, i, i + 9, PUB).text == "غداً"


# --- false positives -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "في اتصال هاتفي دام 50 دقيقة",
    "خلال جولتين أو ثلاث من المفاوضات",
    "مارس الضغط على الحكومة",
    "قال رمضان قديروف",
    "الأمين العام للأمم المتحدة",
    "بشكل عام",
    "في اليوم التالي غادر",
    "في اليوم العالمي للمرأة",
    "قوى 14 آذار",
    "في شارع 26 يوليو",
    "ذكرى ثورة 25 يناير",
    "قتل 2000 شخص",
    "ثلاثة أيام",
    "أب الشهيد",
    "الأيام المقبلة",
    "",
])
def test_not_dates(text):
    assert find_dates(text, pub_date=PUB) == []


def test_quick_check_rejects_plain_sentences():
    assert not may_hold_date("وقال الوزير إن الحكومة ستواصل العمل على تحسين الأوضاع")
    assert may_hold_date("والخميس")
    assert may_hold_date("الخَمِيسِ")
    assert may_hold_date("عام")


def test_white_space_is_every_character_of_backslash_s():
    import re

    from khabar.dates.grammar import WHITE_SPACE
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert re.findall(r"\s", every) == list(WHITE_SPACE)


def test_a_date_word_between_unusual_spaces_still_counts():
    assert may_hold_date("وصل الوفد\u00a0الخميس\u2009إلى العاصمة")
    assert not may_hold_date("وصل الوفد\u00a0أمسية\u2009إلى العاصمة")


# --- offsets ---------------------------------------------------------------------------------

def test_offsets_with_start_end_and_diacritics():
    text = "مقدمة. التقى الوزيران الخَمِيسَ، ويصلان غداً."
    s = text.index("التقى")
    found = find_dates(text, s, len(text), PUB)
    assert [d.text for d in found] == ["الخَمِيسَ", "غداً"]
    for d in found:
        assert text[d.start : d.end] == d.text
    assert find_dates(text, 0, s, PUB) == []


def test_proclitic_left_out_of_span():
    assert only("والخميس") == ("الخميس", "2021-12-30")
    assert only("وغداً") == ("غداً", "2022-01-01")


WORDS = ["الخميس", "أمس", "10", "كانون", "الثاني", "/", "يناير", "2021", "عام", "من", "إلى",
         "الماضي", "الجاري", "رمضان", "1445", "هـ", "و", "ً", "ّ", "،", " ", "\n", "ـ", "مارس",
         "الشهر", "المقبل", "الحادي", "والعشرين", "آب", "٣", "بين", "قال", "في"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.integers(0, 6))
def test_every_span_slices_the_text(parts, cut):
    text = " ".join(parts) if cut % 2 else "".join(parts)
    start = min(cut, len(text))
    for d in find_dates(text, start, None, PUB):
        assert start <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        assert d.iso is None or len(d.iso) in (10, 21)


# --- metadata --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2021-12-31", date(2021, 12, 31)),
    ("20211231", date(2021, 12, 31)),
    ("2021-12-31T10:00:00Z", date(2021, 12, 31)),
    ("2021-12-31 22:15:00+03:00", date(2021, 12, 31)),
    ("2021/12/31", date(2021, 12, 31)),
    ("31/12/2021", date(2021, 12, 31)),
    ("Fri, 31 Dec 2021 10:00:00 GMT", date(2021, 12, 31)),
    ("31 December 2021", date(2021, 12, 31)),
    ("الخميس 30 كانون الأول 2021", date(2021, 12, 30)),
    ("نشر في: الخميس، 30 ديسمبر 2021 - 10:15", date(2021, 12, 30)),
    ("12 رمضان 1445", date(2024, 3, 22)),
    ("٢٠٢١-١٢-٣١", date(2021, 12, 31)),
    ("ديسمبر 2021", None),
    ("كلام", None),
    ("", None),
    ("2021-02-30", None),
])
def test_parse_date_string(value, expected):
    assert parse_date_string(value) == expected


# --- dates that are no event's date --------------------------------------------------------

@pytest.mark.parametrize("text, surface, no_event", [
    ("قتلت الجماعة آلاف الأشخاص منذ عام 2009 في الشمال", "عام 2009", True),
    ("يدور القتال في المدينة منذ مطلع الشهر الحالي", "الشهر الحالي", True),
    ("ومنذ يناير الماضي يعيش السكان في الخيام", "يناير الماضي", True),
    ("بناء على قرار المجلس رقم 57/ 30 وتاريخ 25/ 6/ 1436هـ، وافقت الحكومة",
     "25/ 6/ 1436هـ", True),
    ("وثق التقرير الهجمات منذ 17 يوليو حتى 19 منه", "17 يوليو", False),
    ("هاجم المسلحون القرية في عام 2009", "عام 2009", False),
])
def test_since_and_cited_document_dates(text, surface, no_event):
    from khabar.dates import no_event_lead
    found = {d.text: d for d in find_dates(text, pub_date=PUB)}
    d = found[surface]
    lead = no_event_lead(text, d.start, d.end)
    assert (lead is not None) is no_event
    assert lead is None or text[lead:].lstrip("و").startswith(("منذ", "تاريخ"))


@pytest.mark.parametrize("text", [
    "وصرح الوزير ذلك اليوم بأن الحكومة لن تتراجع",
    "والتقى الوفد في نفس اليوم رئيس البرلمان",
])
def test_that_day_is_not_today(text):
    assert find_dates(text, pub_date=PUB) == []


def test_name_holding_a_date_hides_its_parts():
    # ثورة names the day: neither the day nor the month and year under it is a date
    assert find_dates("وهو من شباب ثورة 11 فبراير (شباط) 2011 في المدينة", pub_date=PUB) == []


def test_hijri_figures_with_spaces_after_the_slashes():
    assert only("صدر القرار وتاريخ 25/ 6/ 1436هـ") == ("25/ 6/ 1436هـ", "2015-04-14")


def test_since_the_event_that_opened_a_period():
    from khabar.dates import no_event_lead
    text = "تصاعدت الهجمات منذ اندلاع الحرب مع الجيش في فبراير 2022 في المدينة"
    (d,) = find_dates(text, pub_date=PUB)
    assert no_event_lead(text, d.start, d.end) == text.index("منذ")
