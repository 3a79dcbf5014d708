"""Normalisation of Arabic for matching, with a map back to the original offsets.

Matching must not care about diacritics, tatweel, the many shapes of alef and hamza,
alef maqsura versus ya, ta marbuta versus ha, Arabic-Indic digits or spelling variants
such as الأميركي/الأمريكي. Records, however, always point into the *original* text, so the
text-level normaliser returns, for every character it keeps, the offset it came from.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from khabar.lexicon import load_rows

# Characters deleted outright: harakat, Quranic marks, dagger alef, tatweel, bidi/zero-width.
_DELETE = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u0670", "\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
)

# One character for one character.
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ؤ": "و",
    "ک": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"',
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

# Every character of the scripts and punctuation that news is written in has an entry, its
# own code where it stays: ``str.translate`` raises and clears a KeyError for each character
# that it finds no entry for, which cost several times the lookup itself on Arabic text.
_KEPT_RANGES = (range(0x0000, 0x0780), range(0x2000, 0x2070))
_TABLE = str.maketrans({**{c: c for r in _KEPT_RANGES for c in r},
                        **{c: None for c in _DELETE}, **_MAP})


@lru_cache(maxsize=1)
def _variants() -> list[tuple[str, str]]:
    """Spelling variants from ``data/spelling_variants.tsv`` (already normalised)."""
    rows = load_rows("spelling_variants.tsv")
    return [(r["variant"].translate(_TABLE), r["canonical"].translate(_TABLE)) for r in rows]


def normalize_chars(text: str) -> str:
    """Character-level normalisation: lower case, no diacritics, one alef, digits 0-9."""
    return text.translate(_TABLE).lower()


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """Normalise one word or phrase for lexicon lookup (characters, then spelling variants)."""
    norm = normalize_chars(word)
    for variant, canonical in _variants():
        if variant in norm:
            norm = norm.replace(variant, canonical)
    return " ".join(norm.split())


def normalize_text(text: str) -> tuple[str, list[int]]:
    """Normalise a whole text and return ``(normalised, offsets)``.

    ``offsets[i]`` is the index in ``text`` of the character that became ``normalised[i]``
    (one extra entry at the end equals ``len(text)``), so a match ``normalised[a:b]`` is
    ``text[offsets[a]:offsets[b - 1] + 1]`` in the original.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        mapped = ch.translate(_TABLE)
        if not mapped:
            continue
        mapped = mapped.lower()
        out.append(mapped)
        offsets.extend([i] * len(mapped))
    offsets.append(len(text))
    return "".join(out), offsets


ARABIC_LETTER = regex.compile(r"\p{Arabic}")
# Runs of what is not a letter, and of what is not Arabic script: deleting the first from
# the text leaves its letters, and the second from those its Arabic letters, without a
# string per letter (a set-operation class such as [\p{L}&&\p{Arabic}] scans at half speed).
_NOT_LETTERS = regex.compile(r"\P{L}+")
_NOT_ARABIC = regex.compile(r"\P{Arabic}+")


def arabic_ratio(text: str, head: int = 20_000) -> float:
    """Share of letters that are Arabic script in the first ``head`` characters, to refuse
    texts in another language."""
    # Spaces go first, by a plain replace: between words they are most of the runs the
    # pattern would otherwise find and cut out one by one (three times as slow).
    letters = _NOT_LETTERS.sub("", text[:head].replace(" ", ""), concurrent=False)
    if not letters:
        return 0.0
    return len(_NOT_ARABIC.sub("", letters, concurrent=False)) / len(letters)
