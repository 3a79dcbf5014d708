"""Indexes built once over all lexicons (the words the segmenter may trust)."""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.lexicon import DATA_DIR, load_rows, load_wordlist, split_variants
from khabar.text.normalize import normalize_word

ARABIC_COLUMNS_SUFFIXES = ("_ar", "forms", "pattern")
# The relative pronouns of one man or a body of masculine name, of a woman, a state or
# things, and of several people (الذي، التي، الذين), normalised: the three whose agreement
# rules tell a noun's gender and number apart, and the common ones after a name.
RELATIVE_MASCULINE, RELATIVE_FEMININE, RELATIVE_PLURAL = RELATIVE_PRONOUNS = tuple(
    normalize_word(word) for word in ("الذي", "التي", "الذين"))


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Every normalised single word in the Arabic columns of every lexicon."""
    words: set[str] = set()
    inner: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        words.update(_row_words(path.name))
        inner.update(_inner_words(path.name))
    words.update(_listed_words("function_words.txt", "common_words.txt"))
    return frozenset(words - {w for w in inner - _first_words()
                              if w.startswith(PROCLITICS) and w[1:] in words})


# Proclitics a lexicon writes on a word inside a name (الديوان الملكي بالمغرب، لجنة الأمم
# المتحدة لحقوق الإنسان، وزارة الخارجية والمغتربين); و and ف begin too many names alone.
PROCLITICS = ("ب", "ل", "وال")


@cache
def _first_words() -> frozenset[str]:
    """Words that begin some variant of some lexicon: a word of its own, not a clitic form."""
    words: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        words.update(_variant_words(path.name)[0])
    words.update(_listed_words("function_words.txt", "common_words.txt"))
    return frozenset(words)


def _inner_words(name: str) -> frozenset[str]:
    """Words of a lexicon that stand only after the first word of a variant. One with a
    proclitic on a word the lexicons know (بمكة in منى بمكة) is that word with the
    proclitic, and the segmenter must not trust it as a stem: في قصر بمكة is ب + مكة."""
    return _variant_words(name)[1]


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Closed-class words of ``function_words.txt`` (الذي، إلى، كان), normalised."""
    return frozenset(_listed_words("function_words.txt"))


# Lexicons of names, places, offices and agents: what they spell is a name or a noun.
NAME_LEXICONS = ("countries", "organisations", "people", "places", "titles", "agents",
                 "given_names", "family_names", "extra_")


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """Words to read whole, not as clitics around a shorter word (وزارة is no و + زار + ه,
    سارة no سار + ه, فائدة no ف + أيّد + ه): the normalised single words of the name, place,
    office and agent lexicons, of ``common_words.txt`` and of ``whole_words.txt``."""
    words: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        if path.name.startswith(NAME_LEXICONS):
            words.update(_row_words(path.name))
    words.update(_listed_words("common_words.txt", "whole_words.txt"))
    return frozenset(words)


@lru_cache(maxsize=1)
def personal_names() -> frozenset[str]:
    """Given and family names that no other lexicon or word list spells (بتول، ميركل): a
    name carries no possessive pronoun, so بتولي is ب + تولي, not "my Batoul"."""
    names: set[str] = set()
    other: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        words = _row_words(path.name)
        if path.name in PERSONAL_NAME_FILES:
            names.update(words)
        else:
            other.update(words)
    other.update(_listed_words("function_words.txt", "common_words.txt", "whole_words.txt"))
    return frozenset(names - other)


PERSONAL_NAME_FILES = ("given_names.tsv", "family_names.tsv")


# Lexicons of proper names: people, states and places.
PROPER_NAME_LEXICONS = ("given_names", "family_names", "people", "countries", "places",
                        "extra_people", "extra_countries", "extra_places")


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Words of the lexicons that no lexicon of people, states or places spells: اجتماع،
    بيان، مؤتمر (of triggers, channels, organisation names), but not ماس (of هايكو ماس) or
    كوريا."""
    words: set[str] = set()
    names: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        proper = path.name.startswith(PROPER_NAME_LEXICONS)
        (names if proper else words).update(_row_words(path.name))
    return frozenset(words - names)


def _listed_words(*names: str) -> set[str]:
    """The normalised words of the word lists ``names`` (``function_words.txt`` ...)."""
    return {normalize_word(w) for name in names for w in load_wordlist(name)}


@cache
def _variant_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the later words of the variants of a lexicon's Arabic columns."""
    first: set[str] = set()
    later: set[str] = set()
    for row in load_rows(name):
        for column, cell in row.items():
            if not column.endswith(ARABIC_COLUMNS_SUFFIXES) or not cell:
                continue
            for variant in split_variants(cell):
                words = [w for w in normalize_word(variant).split() if len(w) > 1]
                first.update(words[:1])
                later.update(words[1:])
    return frozenset(first), frozenset(later)


@cache
def _row_words(name: str) -> frozenset[str]:
    """The normalised words of a lexicon's Arabic columns; read once, as three indexes ask."""
    first, later = _variant_words(name)
    return first | later
