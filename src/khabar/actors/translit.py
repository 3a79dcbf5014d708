"""A plain Latin transliteration of Arabic names, for actors no lexicon knows.

Readers who do not read Arabic need some label. A person's name takes the English spelling
that ``given_names.tsv`` and ``family_names.tsv`` give each word they list (محمد: Muhammad,
عبد الرحمن: Abdulrahman); other words get a simple letter map in the spirit of press
transliteration (no vowels are invented beyond long ones), not a standard.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from khabar.actors.gazetteer import form_key, rows
from khabar.text.normalize import normalize_word

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ئ": "'", "ؤ": "'",
    "ء": "'", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
}


AIN = "ع"


@lru_cache(maxsize=50_000)  # names recur within an article and across articles
def transliterate(text: str) -> str:
    """``جين ساكي`` -> ``Jyn Saky``: one Latin rendering per letter, words capitalised."""
    words = []
    for word in text.split():
        latin = "".join(_LETTERS.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in word)
        latin = latin.strip("'")
        if word.startswith(AIN) and not latin.startswith(("a", "i")):
            latin = "A" + latin  # عطية: Atya, as the press writes an ain before a vowel
        if latin:
            words.append(latin[0].upper() + latin[1:])
    return " ".join(words) or text


# Name particles, as English press writes them.
PARTICLES = {normalize_word(ar): en for ar, en in (
    ("عبد", "Abd"), ("بن", "bin"), ("ابن", "ibn"), ("بنت", "bint"), ("أبو", "Abu"), ("آل", "Al"))}
ARTICLE = "ال"
# Particles that a father's name follows: خالد بن علي is Ali's son, not the name Binali.
SON_OF = frozenset(normalize_word(ar) for ar in ("بن", "ابن", "بنت"))


@cache
def _name_spellings() -> dict[tuple[str, ...], str]:
    """English spellings of given and family names by their normalised words, read once.
    A known person's one-word short form is his family name, so it spells his kin's name too
    (مارك ريغيف: Mark Regev, after Miri Regev)."""
    table: dict[tuple[str, ...], str] = {}
    for name in ("given_names.tsv", "family_names.tsv"):
        for row in rows(name):
            spelling = row.get("name_en", "").strip()
            for form in row.get("name_ar", "").split("|"):
                key = form_key(form)
                if key and spelling:
                    table.setdefault(key, spelling)
    for row in rows("people.tsv"):
        english = row.get("name_en", "").split()
        for form in row.get("short_ar", "").split("|"):
            key = form_key(form)
            if len(key) == 1 and len(english) > 1:
                article = len(english) > 2 and english[-2].lower() in ("al", "el")
                table.setdefault(key, " ".join(english[-2:] if article else english[-1:]))
    return table


@lru_cache(maxsize=50_000)  # names recur within an article and across articles
def name_label(text: str) -> str:
    """``محمد عبد الله العطية`` -> ``Muhammad Abdullah al-Atya``: the English spelling of each
    word the name lists know (two words of a compound name together), the article of
    another word as ``al-`` before the letter map of the rest, the letter map for the rest."""
    words = text.split()
    norms = [normalize_word(word) for word in words]
    table = _name_spellings()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = tuple(norms[i : i + 2])
        if len(pair) == 2 and pair[0] not in SON_OF and pair in table:
            out.append(table[pair])  # عبد الرحمن: Abdulrahman
            i += 2
            continue
        out.append(_word_label(words[i], norms[i], table))
        i += 1
    return " ".join(word for word in out if word) or text


def _word_label(word: str, norm: str, table: dict[tuple[str, ...], str]) -> str:
    if norm in PARTICLES:
        return PARTICLES[norm]
    if (norm,) in table:
        return table[norm,]
    if norm.startswith(ARTICLE) and len(norm) > 3 and word.startswith(ARTICLE):
        # العطية: al-Atya; the word without the article is no given name of the lists
        # (السادات is not سادات, Sedat; البشري not بشرى)
        return f"al-{transliterate(word[2:])}"
    return transliterate(word)


_NOT_ID = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=50_000)  # labels recur: each known actor's name in every article
def slug(text: str) -> str:
    """An id-safe form of an English or transliterated label."""
    return _NOT_ID.sub("_", text.lower()).strip("_") or "x"
