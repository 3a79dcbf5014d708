"""Loading of lexicon data files (``khabar/data/*.tsv``), once per process.

Lexicons are tab-separated files with a header row and a ``source`` column; see
``data/README.md``. Code holds the rules; words live in these files.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("khabar") / "data"))


def data_path(name: str) -> Path:
    """Path of a packaged data file."""
    return DATA_DIR / name


@cache
def _read(name: str) -> tuple[dict[str, str], ...]:
    path = data_path(name)
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = []
        for row in reader:
            rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
        return tuple(rows)


def load_rows(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon file as dicts (empty list when the file is absent)."""
    return list(_read(name))


def split_variants(cell: str) -> list[str]:
    """Split a ``|``-separated cell of Arabic variants."""
    return [v.strip() for v in cell.split("|") if v.strip()]


@cache
def load_wordlist(name: str) -> frozenset[str]:
    """A one-word-per-line list (comments with #), e.g. ``function_words.txt``."""
    path = data_path(name)
    if not path.exists():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.split("\t")[0])
    return frozenset(words)
