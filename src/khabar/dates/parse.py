"""Dates from metadata and page bodies: ISO forms, timestamps, RFC 2822, Arabic dates."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

from khabar.text.normalize import normalize_chars

_ISO = re.compile(r"^\s*(\d{4})([-/.]?)(\d{1,2})\2(\d{1,2})(?:$|[T\s_]|[+-]\d\d:?\d\d$|Z$)", re.I)
_DMY = re.compile(r"^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:$|[T\s])")
_ENGLISH = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")


def parse_date_string(value: str) -> date | None:
    """A single calendar day from a metadata string or a dateline, or None.

    Reads ``YYYY-MM-DD``, ``YYYYMMDD``, ``YYYY/MM/DD``, ISO timestamps (the date part, as
    written), ``DD/MM/YYYY``, RFC 2822 (``Fri, 31 Dec 2021 10:00:00 GMT``), English
    ``31 December 2021``, and Arabic dates such as «الخميس 30 كانون الأول 2021» or
    «12 رمضان 1445 هـ» (the first full date in the string). Arabic-Indic digits are fine.
    A month or year alone is not a day and gives None.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    flat = normalize_chars(value).strip()
    for pattern, order in ((_ISO, (1, 3, 4)), (_DMY, (4, 3, 1))):
        match = pattern.match(flat)
        if match:
            try:
                return date(*(int(match.group(i)) for i in order))
            except ValueError:
                return None
    if "," in flat and ":" in flat:
        try:
            return parsedate_to_datetime(value.strip()).date()
        except (TypeError, ValueError, IndexError):
            pass
    for fmt in _ENGLISH:
        try:
            return datetime.strptime(flat, fmt).date()
        except ValueError:
            continue
    return _arabic(value)


@lru_cache(maxsize=4096)
def _parse_cached(value: str) -> date | None:
    """Publication dates repeat across the sentences of a document: parse each once."""
    return parse_date_string(value)


def _arabic(value: str) -> date | None:
    from khabar.dates.finder import find_spans

    for found in find_spans(value, 0, len(value), None, future=False):
        if found.iso and len(found.iso) == 10:
            return date.fromisoformat(found.iso)
    return None


def coerce_date(value: date | datetime | str | None) -> date | None:
    """A publication date given as a date, a datetime, a string (see
    :func:`parse_date_string`) or None; an unreadable string counts as unknown (None)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return _parse_cached(value)
    raise TypeError(f"publication date must be a date, a string or None, not {type(value)!r}")
