"""Arabic date expressions, resolved against the publication date.

API (stable)
------------
``find_dates(text, start=0, end=None, pub_date=None) -> list[EventDate]``
    Every date expression in ``text[start:end]``, in text order. ``start``/``end`` of each
    :class:`~khabar.model.EventDate` are offsets into ``text`` (``text[d.start:d.end] ==
    d.text``); a leading conjunction or preposition (و ف ب ل ك) is left out of the span,
    trailing diacritics are kept in. ``iso`` is ``"YYYY-MM-DD"`` for a day,
    ``"YYYY-MM-DD/YYYY-MM-DD"`` for anything longer (a week, a month, a year, a range of
    days), or None when the expression needs a publication date that was not given.
    ``pub_date`` is a :class:`datetime.date`, a string that :func:`parse_date_string`
    reads, or None (an unreadable string counts as None). Tense is not known here, so
    weekdays look back and year-less dates follow the "nearest" rule below.

``resolve_event_date(text, start, end, pub_date, future=False) -> EventDate | None``
    The date of an event whose evidence spans ``text[start:end]``: the date expression
    inside that span, else the nearest one in its sentence (the text between the nearest
    sentence ends or line breaks around the span); None when there is none. With
    ``future=True`` (the event is announced, سـ/سوف/المقبل) weekdays and year-less dates
    look forward, unless the sentence reports an earlier statement (في وقت سابق، سابقاً):
    then the future is seen from before publication and the past rules apply.

``no_event_lead(text, start, end) -> int | None``
    Where a word begins that leads the date expression ``text[start:end]`` and makes it no
    event's date (None when there is none): منذ opens a state that lasts to the time of
    writing (منذ عام 2011، منذ مطلع العام الحالي، منذ اندلاع الحرب في فبراير 2022), وتاريخ
    dates a cited document (قرار رقم 57 وتاريخ 25/6/1436هـ). A period that حتى or إلى closes (منذ 17 يوليو حتى
    19 منه) is not such a state. An event named between the word and the date (منذ مقتل
    المشجعين في فبراير) is dated by it.

``parse_date_string(value) -> datetime.date | None``
    One day from metadata or a page body: ``YYYY-MM-DD``, ``YYYYMMDD``, ISO timestamps,
    ``DD/MM/YYYY``, RFC 2822, English «31 December 2021», and Arabic «الخميس 30 كانون
    الأول 2021» or «12 رمضان 1445 هـ». None for anything else, a month or a year alone
    included.

Resolution rules (publication date P)
-------------------------------------
- Weekday (الخميس، يوم الخميس): the last one on or before P; the next one after P with
  ``future=True``; الماضي/المنصرم: the last one strictly before P; المقبل/القادم: the next
  one strictly after P.
- أمس P-1, أمس الأول/أول أمس/الليلة قبل الماضية P-2, اليوم/الليلة P, الليلة الماضية/البارحة P-1, غداً P+1,
  بعد غد P+2. اليوم followed by التالي، الأول، العالمي ... ("the day") is not a date.
- الأسبوع/الشهر/العام (السنة) + الماضي/الجاري/الحالي/المقبل, or هذا/هذه + unit: the ISO week
  (Monday-Sunday), calendar month or year before, of or after P.
- Day + month + year in any system (يناير، كانون الثاني، جانفي، يوليوز، رمضان ...); a pair
  «10 كانون الثاني/يناير» counts once. Month + year: the month. عام 2021 / 2021م: the year;
  1445 هـ: the Hijri year. Hijri dates convert through ``hijridate`` (1343-1500 AH).
- Month (with or without a day) + الجاري/الحالي: in P's year; + الماضي: the last such month
  before P's month; + المقبل: the next one after P's month; «ديسمبر من العام الماضي»: that
  month of the year before. «10 من الشهر الجاري» and «العاشر من الشهر الماضي»: that day of
  P's month, or of the month before.
- Year-less day-month or month ("nearest"): of the readings in the years before, of and
  after P, the nearest to P, a future reading counting twice as far. So, published
  2021-12-31, «7 كانون الأول» is 2021-12-07 and «10 كانون الثاني» is 2022-01-10. With
  ``future=True``: the first reading that does not end before P.
- Ranges «بين 10 و12 يناير», «من 1 إلى 5 مارس», «من 28 ديسمبر إلى 3 يناير»: first/last day.
- Numeric dates: YYYY-MM-DD (also with / or .) and DD/MM/YYYY (day first, as in Arabic).

Ambiguous month names (مارس is also a verb, آب reads as أب, رمضان is also a name) count only
next to a day, a year, شهر or a relative word; a date after a name-giving noun (قوى 14 آذار،
شارع 26 يوليو، ثورة 25 يناير) is a name, not a date. The word lists are the data files
``data/months.tsv`` and ``data/date_words.tsv``.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import regex

from khabar.dates.finder import find_spans, normalize_window, sentence_bounds
from khabar.dates.parse import coerce_date, parse_date_string
from khabar.dates.words import date_words
from khabar.model import EventDate
from khabar.text.normalize import normalize_chars

__all__ = ["find_dates", "no_event_lead", "parse_date_string", "resolve_event_date"]


def find_dates(text: str, start: int = 0, end: int | None = None,
               pub_date: date | str | None = None) -> list[EventDate]:
    """Every date expression in ``text[start:end]`` (see the module docstring)."""
    end = len(text) if end is None else end
    return find_spans(text, start, end, coerce_date(pub_date), future=False)


def resolve_event_date(text: str, start: int, end: int, pub_date: date | str | None,
                       future: bool = False) -> EventDate | None:
    """The date of an event whose evidence is ``text[start:end]`` (see the module docstring)."""
    left, right = sentence_bounds(text, start, end)
    if future and _reports_earlier_statement(text[left:right]):
        future = False
    found = find_spans(text, left, right, coerce_date(pub_date), future)
    if not found:
        return None

    def distance(d: EventDate) -> int:
        assert d.start is not None and d.end is not None
        if d.end > start and d.start < end:
            return 0
        return start - d.end if d.end <= start else d.start - end

    return min(found, key=distance)


def no_event_lead(text: str, start: int, end: int) -> int | None:
    """Where the منذ or وتاريخ that leads the date ``text[start:end]`` begins (see the
    module docstring), or None: an event in its sentence happened on another day, or over
    the whole period. A period closed by حتى or إلى (منذ 17 يوليو حتى 19 منه) is the time
    of its events: None."""
    left = max(0, start - NO_EVENT_LOOK_BACK)
    before, offsets = normalize_window(text[left:start])
    lead = _no_event_lead().search(before)
    if lead is None or _closed_by_date(text, end):
        return None
    return left + offsets[lead.start()]


def _closed_by_date(text: str, end: int) -> bool:
    """Whether حتى or إلى and a day or a month follow ``text[end]`` (حتى 19 منه، إلى مارس)."""
    after = normalize_chars(text[end:end + NO_EVENT_LOOK_BACK]).split()
    if len(after) < 2 or after[0] not in date_words().words("range_join"):
        return False
    words = date_words()
    return after[1][0].isdigit() or after[1] in words.months or after[1] in words.kinds.get(
        "ordinal", {})


NO_EVENT_LOOK_BACK = 56  # characters: a lead word and a period edge or an event (منذ أواخر )


@cache
def _no_event_lead() -> regex.Pattern:
    """A lead word of data/date_words.tsv (no_event_lead) at the end, maybe with a period
    edge or with the short name of the event that opened the period and في between."""
    words = date_words()
    leads = "|".join(map(regex.escape, sorted(words.words("no_event_lead"), key=len, reverse=True)))
    edges = "|".join(map(regex.escape, sorted(words.words("period_edge"), key=len, reverse=True)))
    event = r"(?:[\p{L}\p{M}\p{N}]+\s+){1,4}في\s+"  # منذ اندلاع الحرب مع روسيا في فبراير 2022
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{leads})\s+(?:(?:{edges})\s+|{event})?$")


def _reports_earlier_statement(sentence: str) -> bool:
    return bool(_earlier().search(normalize_chars(sentence)))


@cache
def _earlier() -> regex.Pattern:
    """Words that mark a statement made before publication (data/date_words.tsv, earlier)."""
    words = sorted(date_words().words("earlier"), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{body})(?![\p{{L}}\p{{M}}])")
