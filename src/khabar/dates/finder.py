"""Finding date expressions in Arabic text and resolving them against the publication date.

Matching runs over the normalised text (see :mod:`khabar.dates.grammar`); every span is
mapped back to the original text, trailing diacritics included. Resolution rules are in the
package docstring (:mod:`khabar.dates`).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from datetime import date

import regex

from khabar.dates import calendars as cal
from khabar.dates.calendars import DateRange
from khabar.dates.grammar import (
    anchor_positions,
    deleted_chars,
    expression,
    kind_of,
    lead_words,
    may_hold_date,
)
from khabar.dates.words import GREGORIAN, HIJRI, date_words
from khabar.model import EventDate
from khabar.text.normalize import normalize_chars, normalize_text
from khabar.text.sentences import TERMINATORS

_WORD = regex.compile(r"[\p{L}\p{M}]+")


def find_spans(text: str, start: int, end: int, pub: date | None,
               future: bool) -> list[EventDate]:
    """Date expressions in ``text[start:end]``, resolved with the given tense."""
    found: list[EventDate] = []
    if not may_hold_date(text[start:end]):
        return found
    cursor = start
    for anchor in anchor_positions(text, start, end):
        if anchor < cursor:
            continue
        match = _match_at(text, anchor, cursor, end)
        if match is None:
            continue
        kind, m, s, e = match
        cursor = e
        if kind == NOT_A_DATE:  # its words hold no other date (ثورة 11 فبراير 2011)
            continue
        value = _resolve(kind, m, pub, future)
        found.append(EventDate(text=text[s:e], start=s, end=e, iso=cal.iso(value)))
    return found


def _match_at(text: str, anchor: int, floor: int,
              end: int) -> tuple[str, regex.Match, int, int] | None:
    """The expression that holds the anchor at ``text[anchor]``, if any: tried from the
    earliest lead word before the anchor's word (``floor`` is where the previous expression
    ended), on a normalised window around the anchor. A name that holds a date comes back
    as :data:`NOT_A_DATE`, so that the anchors inside it start no shorter date."""
    w0 = max(floor, text.rfind(" ", floor, max(floor, anchor - LOOK_BACK)) + 1)
    w1 = text.find(" ", min(end, anchor + LOOK_AHEAD), end)
    w1 = end if w1 < 0 else w1
    norm, offsets = normalize_window(text[w0:w1])
    own = _word_start(norm, bisect_left(offsets, anchor - w0))
    starts = [own]
    lead = lead_words()
    while starts[0] > 0:
        previous = _word_start(norm, _skip_back(norm, starts[0]))
        if previous >= starts[0] or _strip_conjunction(norm, previous) not in lead:
            break
        starts.insert(0, previous)
    for i in starts:
        m = expression().match(norm, i)
        if m is None:
            continue
        kind = kind_of(m)
        a, b = m.end("pro"), m.end()
        if _is_false_positive(kind, m, norm, a, b):
            kind = NOT_A_DATE
        return kind, m, w0 + offsets[a], _past_marks(text, w0 + offsets[b - 1] + 1, end)
    return None


NOT_A_DATE = "name"  # the kind of a date expression that is part of a name
HIJRI_YEARS_BELOW = 1600  # a year in figures below this in today's news is a Hijri one
LOOK_BACK = 30  # characters before an anchor that may hold lead words (الحادي والعشرين من)
LOOK_AHEAD = 70  # characters after an anchor that an expression may still cover
_WORD_END = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _word_start(norm: str, i: int) -> int:
    """Start of the word (letters and digits) that holds or follows ``norm[i]``."""
    while i > 0 and norm[i - 1].isalnum():
        i -= 1
    return i


def _skip_back(norm: str, i: int) -> int:
    """Index of the last letter or digit before ``norm[i]`` (or 0)."""
    i -= 1
    while i > 0 and not norm[i].isalnum():
        i -= 1
    return max(i, 0)


def normalize_window(window: str) -> tuple[str, list[int] | range]:
    """``normalize_text`` for a short window, without its per-character loop when it can."""
    norm = normalize_chars(window)
    if len(norm) == len(window):
        return norm, range(len(window) + 1)
    dropped = deleted_chars()
    offsets = [i for i, c in enumerate(window) if c not in dropped]
    if len(offsets) != len(norm):
        return normalize_text(window)
    offsets.append(len(window))
    return norm, offsets


def _strip_conjunction(norm: str, i: int) -> str:
    word = _WORD_END.match(norm, i)
    if word is None:
        return ""
    value = word.group()
    return value[1:] if value[:1] in "وف" and len(value) > 2 else value


def _past_marks(text: str, i: int, end: int) -> int:
    """Move a span end over the diacritics and tatweel that follow its last letter."""
    while i < end and (unicodedata.category(text[i]) == "Mn" or text[i] == "\u0640"):
        i += 1
    return i


def _is_false_positive(kind: str, match: regex.Match, norm: str, a: int, b: int) -> bool:
    """Names that hold a date (قوى 14 آذار, شارع 26 يوليو) and اليوم meaning "the day"
    (اليوم التالي, ذلك اليوم)."""
    words = date_words().kinds
    if kind in ("dmy", "range", "range2", "month", "mword"):
        before = _WORD.findall(norm, max(0, a - 30), a)
        if before and before[-1] in words.get("name_head", {}):
            return True
    if kind == "day" and match.group("rday") in ("اليوم", "لليوم"):
        after = _WORD.match(norm, _skip_space(norm, b))
        if after and after.group() in words.get("not_today", {}):
            return True
        before = _WORD.findall(norm, max(0, a - 12), a)
        if before and before[-1] in words.get("not_today_before", {}):
            return True
    return False


def _skip_space(norm: str, i: int) -> int:
    while i < len(norm) and norm[i].isspace():
        i += 1
    return i


def _resolve(kind: str, m: regex.Match, pub: date | None, future: bool) -> DateRange | None:
    """The date range an expression stands for, or None when it cannot be told."""
    if kind == "iso":
        return cal.day(_numeric_calendar(m, m["iy"]), int(m["iy"]), int(m["im"]), int(m["id"]))
    if kind == "numeric":
        return cal.day(_numeric_calendar(m, m["ny"]), int(m["ny"]), int(m["nm"]), int(m["nd"]))
    if kind == "year":
        calendar = HIJRI if _era(m) == HIJRI else GREGORIAN
        return cal.year(calendar, int(m["y"]))
    if kind in ("range", "range2"):
        return _resolve_range(m, pub, future)
    if kind == "dthis":
        return _resolve_this_month_day(m, pub)
    if kind in ("dmy", "my", "mrel", "mword", "month"):
        calendar, month = _month(m, "m")
        return _resolve_month_day(calendar, month, _day_of_month(m), m, pub, future)
    if pub is None:
        return None
    if kind == "unit":
        return _resolve_unit(m, pub)
    if kind == "weekday":
        target = int(date_words().value("weekday", _article(m["wd"])) or 0)
        return cal.weekday(pub, target, _relative(m["rel"]), future)
    if kind == "day":
        offset = int(date_words().value("day", _article(m["rday"])) or 0)
        value = date.fromordinal(pub.toordinal() + offset)
        return value, value
    return None


def _resolve_month_day(calendar: str, month: int, day_of_month: int | None, m: regex.Match,
                       pub: date | None, future: bool) -> DateRange | None:
    """A month name with or without a day, a year or a relative word."""
    if calendar == GREGORIAN and _era(m) == HIJRI:
        return None
    if m["y"]:
        return _at(calendar, int(m["y"]), month, day_of_month)
    if pub is None:
        return None
    relative = _relative(m["rel"]) if m["rel"] else _relative(m["yrel"])
    if m["ythis"] is not None:
        relative = 0
    if m["yrel"] or m["ythis"] is not None:
        now = cal.year_month_of(calendar, pub)
        return None if now is None else _at(calendar, now[0] + (relative or 0), month,
                                             day_of_month)
    if relative is not None:
        whole = cal.relative_month(calendar, month, pub, relative)
        if whole is None or day_of_month is None:
            return whole
        return _at(calendar, *_year_month(calendar, whole[0]), day_of_month)
    readings = [_at(calendar, y, month, day_of_month) for y in cal.years_around(calendar, pub)]
    return cal.nearest([r for r in readings if r], pub, future)


def _resolve_range(m: regex.Match, pub: date | None, future: bool) -> DateRange | None:
    """``بين 10 و12 يناير``, ``من 28 ديسمبر إلى 3 يناير``: the first day to the last."""
    calendar, month = _month(m, "m")
    last = _resolve_month_day(calendar, month, int(m["rd2"]), m, pub, future)
    if last is None:
        return None
    first_month = _month(m, "m1")[1] if m["m1"] else month
    year, last_month = _year_month(calendar, last[0])
    if first_month > last_month:
        year -= 1
    first = _at(calendar, year, first_month, int(m["rd1"]))
    if first is None or first[0] > last[0]:
        return None
    return first[0], last[0]


def _resolve_this_month_day(m: regex.Match, pub: date | None) -> DateRange | None:
    """``10 من الشهر الجاري``, ``العاشر من الشهر الماضي``: a day of a month near ``pub``."""
    if pub is None:
        return None
    relative = 0 if m["mthis"] is not None else _relative(m["rel"])
    whole = cal.shift_month(pub, relative or 0)
    return _at(GREGORIAN, whole[0].year, whole[0].month, _day_of_month(m))


def _resolve_unit(m: regex.Match, pub: date) -> DateRange | None:
    """الأسبوع/الشهر/العام + الماضي/الجاري/المقبل, or هذا + unit."""
    unit = date_words().value("unit", _article(m["unit"]))
    relative = 0 if m["this"] is not None else (_relative(m["rel"]) or 0)
    if unit == "week":
        return cal.week(pub, relative)
    if unit == "month":
        return cal.shift_month(pub, relative)
    if unit == "year":
        return cal.shift_year(pub, relative)
    return None


def _at(calendar: str, year: int, month: int, day_of_month: int | None) -> DateRange | None:
    if day_of_month is None:
        return cal.month(calendar, year, month)
    return cal.day(calendar, year, month, day_of_month)


def _year_month(calendar: str, when: date) -> tuple[int, int]:
    value = cal.year_month_of(calendar, when)
    assert value is not None
    return value


def _month(m: regex.Match, group: str) -> tuple[str, int]:
    info = date_words().months[_article(m[group])]
    return info.calendar, info.month


def _day_of_month(m: regex.Match) -> int | None:
    if m["d"]:
        return int(m["d"])
    if m["od"]:
        return int(date_words().value("ordinal", " ".join(m["od"].split())) or 0) or None
    return None


def _numeric_calendar(m: regex.Match, year: str) -> str:
    """A date in figures is Hijri when هـ follows it or its year is one (25/6/1436)."""
    if _era(m) == HIJRI or (_era(m) is None and int(year) < HIJRI_YEARS_BELOW):
        return HIJRI
    return GREGORIAN


def _era(m: regex.Match) -> str | None:
    return date_words().value("era", m["era"]) if m["era"] else None


def _relative(word: str | None) -> int | None:
    if not word:
        return None
    value = date_words().value("relative", word)
    return int(value) if value else None


def _article(word: str) -> str:
    """لل forms back to ال (لليوم -> اليوم) for lookup; other words unchanged."""
    word = " ".join(word.split())
    return "ال" + word[2:] if word.startswith("لل") else word


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around ``text[start:end]`` up to the nearest sentence ends or line breaks."""
    stops = TERMINATORS | {"\n", "\r"}
    left = start
    while left > 0 and text[left - 1] not in stops:
        left -= 1
    right = end
    while right < len(text) and text[right] not in stops:
        right += 1
    return left, right
