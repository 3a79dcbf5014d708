"""Repeated claims: statements of one speaker whose contents share most of their words.

Articles repeat a line (the example gives Biden's line on de-escalation twice, in slightly
different words); both statements then carry the same ``claim`` id. Words are compared as
normalised stems, function words left out; a statement is never a repeat of one it carries.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import chain

from khabar.lexicon_index import function_words
from khabar.model import Document, Statement
from khabar.text.normalize import normalize_word
from khabar.text.tokens import segment_word

MIN_SHARED = 4
MIN_OVERLAP = 0.6


def content_words(text: str) -> frozenset[str]:
    """Normalised content-word stems of a stretch of text."""
    words = set()
    for raw in normalize_word(text).split():
        word = _content_word(raw)
        if word is not None:
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=100_000)
def _content_word(raw: str) -> str | None:
    """The comparable stem of one normalised word, or None for a function or short word."""
    word = "".join(ch for ch in raw if ch.isalnum())
    if len(word) < 3:
        return None
    stem = segment_word(word)[1]
    stop = function_words()
    if word in stop or stem in stop or len(stem) < 3:
        return None
    return stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem


def link_claims(doc: Document) -> None:
    """Give statements that repeat one claim a shared ``claim`` id (``c1``, ``c2`` …)."""
    statements = [s for s in doc.statements if s.content is not None]
    # Only a speaker with two statements or more can repeat a claim: the others' words are
    # never compared, so they are not worked out.
    said = Counter(s.speaker for s in statements if s.speaker is not None)
    words = {s.id: content_words(s.content.text) if said[s.speaker] > 1 else frozenset()
             for s in statements}
    parents = {s.id: s.parent for s in doc.statements}
    # Only statements of one speaker with enough words can repeat a claim, and only those
    # that share MIN_SHARED words with it: an index of each speaker's words finds them, so a
    # long article is not compared pair by pair. A statement that already has a claim id
    # only needs the later ones that have none yet (two grouped statements change nothing).
    by_speaker: dict[str, list[int]] = {}
    for i, s in enumerate(statements):
        if s.speaker is not None and len(words[s.id]) >= MIN_SHARED:
            by_speaker.setdefault(s.speaker, []).append(i)
    index: dict[str, dict[str, list[int]]] = {}
    for speaker, same in by_speaker.items():
        postings = index[speaker] = {}
        for j in same:
            for word in words[statements[j].id]:
                postings.setdefault(word, []).append(j)
    ungrouped = {speaker: dict.fromkeys(same) for speaker, same in by_speaker.items()}
    groups: dict[str, str] = {}
    count = 0
    for i, a in enumerate(statements):
        if a.speaker is None or len(words[a.id]) < MIN_SHARED:
            continue
        left = ungrouped[a.speaker]
        left.pop(i, None)
        grouped = a.id in groups
        postings = index[a.speaker]
        shared = Counter(chain.from_iterable(postings[word] for word in words[a.id]))
        later = sorted(j for j, n in shared.items()
                       if n >= MIN_SHARED and j > i and (not grouped or j in left))
        for j in later:
            b = statements[j]
            if a.id in groups and b.id in groups:
                continue
            if _carries(parents, a.id, b.id):
                continue
            if not _same_claim(words[a.id], words[b.id]):
                continue
            if a.id not in groups:
                count += 1
                groups[a.id] = f"c{count}"
            groups.setdefault(b.id, groups[a.id])
            left.pop(j, None)
    for statement in doc.statements:
        statement.claim = groups.get(statement.id)


def _same_claim(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED and shared / max(1, min(len(a), len(b))) >= MIN_OVERLAP


def _carries(parents: dict[str, str | None], a: str, b: str) -> bool:
    """Whether one statement carries the other, at any depth."""
    for x, y in ((a, b), (b, a)):
        node = parents.get(y)
        while node is not None:
            if node == x:
                return True
            node = parents.get(node)
    return False


def claim_statements(doc: Document, claim: str) -> list[Statement]:
    return [s for s in doc.statements if s.claim == claim]
