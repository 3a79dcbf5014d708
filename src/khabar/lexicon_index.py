"""Indexes built once over all lexicons (the words the segmenter may trust)."""

from __future__ import annotations

from functools import lru_cache

from khabar.lexicon import DATA_DIR, load_rows, load_wordlist, split_variants
from khabar.text.normalize import normalize_word

ARABIC_COLUMNS_SUFFIXES = ("_ar", "forms", "pattern")


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Every normalised single word in the Arabic columns of every lexicon."""
    words: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        for row in load_rows(path.name):
            for column, cell in row.items():
                if not column.endswith(ARABIC_COLUMNS_SUFFIXES) or not cell:
                    continue
                for variant in split_variants(cell):
                    for word in normalize_word(variant).split():
                        if len(word) > 1:
                            words.add(word)
    for name in ("function_words.txt", "common_words.txt"):
        words.update(normalize_word(w) for w in load_wordlist(name))
    return frozenset(words)
