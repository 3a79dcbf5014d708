"""Date arithmetic for resolving expressions against a publication date.

Pure functions over :class:`datetime.date`. A resolved expression is a :data:`DateRange`,
``(first, last)`` with ``first == last`` for a single day. Months are counted in their own
calendar: Gregorian, or Hijri through the ``hijridate`` package (Umm al-Qura, years
1343-1500 AH); a Hijri date outside that table resolves to None.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from khabar.dates.words import HIJRI

DateRange = tuple[date, date]
FUTURE_WEIGHT = 2  # without a tense, a future date counts as twice as far as a past one


def iso(value: DateRange | None) -> str | None:
    """``YYYY-MM-DD`` for a day, ``YYYY-MM-DD/YYYY-MM-DD`` for a longer range."""
    if value is None:
        return None
    first, last = value
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def day(cal: str, year: int, month: int, day_of_month: int) -> DateRange | None:
    """One day of a calendar, or None when it does not exist."""
    try:
        if cal == HIJRI:
            g = Hijri(year, month, day_of_month, validate=True).to_gregorian()
            value = date(g.year, g.month, g.day)
        else:
            value = date(year, month, day_of_month)
    except (ValueError, OverflowError):
        return None
    return value, value


def month(cal: str, year: int, month_number: int) -> DateRange | None:
    """A whole month of a calendar, or None when it is out of range."""
    try:
        if cal == HIJRI:
            h = Hijri(year, month_number, 1, validate=True)
            g = h.to_gregorian()
            first = date(g.year, g.month, g.day)
            return first, first + timedelta(days=h.month_length() - 1)
        last = _stdlib_calendar.monthrange(year, month_number)[1]
        return date(year, month_number, 1), date(year, month_number, last)
    except (ValueError, OverflowError):
        return None


def year(cal: str, year_number: int) -> DateRange | None:
    """A whole year of a calendar, or None when it is out of range."""
    first = month(cal, year_number, 1)
    last = month(cal, year_number, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def year_month_of(cal: str, when: date) -> tuple[int, int] | None:
    """``(year, month)`` of a Gregorian date in ``cal``."""
    if cal != HIJRI:
        return when.year, when.month
    try:
        h = Gregorian(when.year, when.month, when.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def week(pub: date, offset: int) -> DateRange:
    """The ISO week (Monday to Sunday) ``offset`` weeks from the one holding ``pub``."""
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def shift_month(pub: date, offset: int) -> DateRange:
    """The Gregorian month ``offset`` months from the one holding ``pub``."""
    index = pub.year * 12 + pub.month - 1 + offset
    value = month("gregorian", index // 12, index % 12 + 1)
    assert value is not None
    return value


def shift_year(pub: date, offset: int) -> DateRange:
    """The Gregorian year ``offset`` years from the one holding ``pub``."""
    return date(pub.year + offset, 1, 1), date(pub.year + offset, 12, 31)


def weekday(pub: date, target: int, relative: int | None, future: bool) -> DateRange:
    """A named weekday: the last one on or before ``pub``; the next one after it when the
    expression says so (المقبل) or the event is future; the one before ``pub`` for الماضي."""
    if relative == 1 or (relative is None and future):
        ahead = (target - pub.weekday()) % 7 or 7
        value = pub + timedelta(days=ahead)
    elif relative == -1:
        back = (pub.weekday() - target) % 7 or 7
        value = pub - timedelta(days=back)
    else:
        value = pub - timedelta(days=(pub.weekday() - target) % 7)
    return value, value


def nearest(candidates: list[DateRange], pub: date, future: bool) -> DateRange | None:
    """Pick the reading of a date given without its year.

    For a future event, the first one that has not ended before ``pub``; otherwise the
    nearest to ``pub``, a future reading counting as :data:`FUTURE_WEIGHT` times as far, so
    that news about the past leans to the past («7 كانون الأول» published on 31 December is
    the 7th of that December) yet a date just ahead wins («10 كانون الثاني» published on
    31 December is ten days later, not a year back).
    """
    candidates = sorted(candidates)
    if not candidates:
        return None
    if future:
        return next((c for c in candidates if c[1] >= pub), candidates[-1])

    def cost(candidate: DateRange) -> int:
        first, last = candidate
        if last < pub:
            return (pub - last).days
        if first > pub:
            return FUTURE_WEIGHT * (first - pub).days
        return 0

    return min(candidates, key=cost)


def relative_month(cal: str, month_number: int, pub: date, relative: int) -> DateRange | None:
    """A month name with الماضي (-1), الجاري (0) or المقبل (+1): the last such month before
    the publication month, this year's, or the next one after it."""
    now = year_month_of(cal, pub)
    if now is None:
        return None
    this_year, this_month = now
    if relative == 0:
        target = this_year
    elif relative < 0:
        target = this_year if month_number < this_month else this_year - 1
    else:
        target = this_year if month_number > this_month else this_year + 1
    return month(cal, target, month_number)


def years_around(cal: str, pub: date) -> list[int]:
    """The calendar years before, of and after ``pub``: the readings of a year-less date."""
    now = year_month_of(cal, pub)
    if now is None:
        return []
    return [now[0] - 1, now[0], now[0] + 1]
