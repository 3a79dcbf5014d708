"""A plain Latin transliteration of Arabic names, for actors no lexicon knows.

Readers who do not read Arabic need some label; this is a simple letter map in the spirit
of press transliteration (no vowels are invented beyond long ones), not a standard.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ئ": "'", "ؤ": "'",
    "ء": "'", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
}


@lru_cache(maxsize=50_000)  # names recur within an article and across articles
def transliterate(text: str) -> str:
    """``جين ساكي`` -> ``Jyn Saky``: one Latin rendering per letter, words capitalised."""
    words = []
    for word in text.split():
        latin = "".join(_LETTERS.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in word)
        latin = latin.strip("'")
        if latin:
            words.append(latin[0].upper() + latin[1:])
    return " ".join(words) or text


_NOT_ID = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=50_000)  # labels recur: each known actor's name in every article
def slug(text: str) -> str:
    """An id-safe form of an English or transliterated label."""
    return _NOT_ID.sub("_", text.lower()).strip("_") or "x"
