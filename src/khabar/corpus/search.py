"""Full-text queries over normalised Arabic: the query is read as the index was written.

The index holds every token's normalised form and its stem without clitics
(:func:`khabar.corpus.rows.index_text`); a query word matches either, so بوتين finds
وبوتين, الأمريكي finds الأميركي, and وبوتين finds بوتين. Every word is quoted for FTS5, so
operators, quotes, ``*``, ``NEAR`` or SQL in a query are searched for as plain words.
"""

from __future__ import annotations

from khabar.text.tokens import tokenize


def query_words(query: str) -> list[tuple[str, str]]:
    """``(normalised form, stem)`` of each word of the query."""
    return [(t.norm, t.stem) for t in tokenize(query) if not t.is_punct and t.norm]


def quote(term: str) -> str:
    """An FTS5 string literal: the term is a phrase of its words, never syntax."""
    return '"' + term.replace('"', '""') + '"'


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression that needs every word (in either form)."""
    parts = []
    for norm, stem in query_words(query):
        forms = sorted({norm, stem})
        parts.append("(" + " OR ".join(quote(f) for f in forms) + ")")
    return " AND ".join(parts)


def snippet(record: dict, words: list[tuple[str, str]], width: int = 200) -> str:
    """The first sentence of the record that holds a query word, as written in the text."""
    forms = {f for pair in words for f in pair}
    sentences = record.get("sentences") or []
    for sentence in sentences:
        tokens = tokenize(sentence["text"])
        if any(t.norm in forms or t.stem in forms for t in tokens):
            return _clip(sentence["text"], width)
    return _clip(sentences[0]["text"], width) if sentences else ""


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
