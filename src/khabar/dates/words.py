"""The date lexicons (``data/months.tsv``, ``data/date_words.tsv``), loaded once.

Every entry is normalised with :func:`khabar.text.normalize.normalize_chars`, the same
character folding that :func:`khabar.text.normalize.normalize_text` applies to a text, so a
pattern built from these words matches the normalised text directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.lexicon import load_rows, split_variants
from khabar.text.normalize import normalize_chars

GREGORIAN = "gregorian"
HIJRI = "hijri"


@dataclass(frozen=True)
class Month:
    """One month name: its calendar, its number and whether it needs company to count."""

    calendar: str
    month: int
    ambiguous: bool


@dataclass(frozen=True)
class DateWords:
    """Normalised lexicon entries, by role."""

    months: dict[str, Month]
    kinds: dict[str, dict[str, str]]

    def words(self, kind: str) -> list[str]:
        """Normalised words of one kind (empty when the lexicon has none)."""
        return list(self.kinds.get(kind, {}))

    def value(self, kind: str, word: str) -> str | None:
        """The ``value`` cell of a normalised word of ``kind``."""
        return self.kinds.get(kind, {}).get(_norm(word))


def _norm(word: str) -> str:
    return " ".join(normalize_chars(word).split())


@cache
def date_words() -> DateWords:
    """The date lexicons, normalised; built once per process."""
    months: dict[str, Month] = {}
    for row in load_rows("months.tsv"):
        month = Month(row["calendar"], int(row["month"]), row.get("ambiguous") == "yes")
        for name in split_variants(row["name_ar"]):
            months[_norm(name)] = month
    kinds: dict[str, dict[str, str]] = {}
    for row in load_rows("date_words.tsv"):
        table = kinds.setdefault(row["kind"], {})
        for word in split_variants(row["word_ar"]):
            table[_norm(word)] = row.get("value", "")
    return DateWords(months=months, kinds=kinds)
