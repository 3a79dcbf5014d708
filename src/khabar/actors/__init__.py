"""Actors: recognise, resolve and code every person, organisation, state and group.

``find_actors(doc)`` fills ``doc.mentions`` and ``doc.actors`` from the lexicons in
``khabar/data`` (countries, organisations, titles, agents, people, places, given names and
their ``extra_`` supplements). Later stages find actors by position with:

- :func:`mention_at` ``(doc, token_index) -> Mention | None``: the mention covering a token
  (the one whose head it is, else the shortest);
- :func:`mentions_in` ``(doc, start_char, end_char) -> list[Mention]``: mentions lying
  inside a character range, in text order;
- :func:`actor_at` ``(doc, token_index) -> Actor | None``: the actor of :func:`mention_at`.
"""

from __future__ import annotations

from bisect import bisect_right

from khabar.actors.bodies import add_body_anaphors, add_latter_anaphors
from khabar.actors.find import find_candidates
from khabar.actors.resolve import Resolver
from khabar.model import Actor, Document, Mention

__all__ = ["actor_at", "find_actors", "mention_at", "mentions_in"]


def find_actors(doc: Document) -> Document:
    """Pipeline stage: mentions and actors, coded at ``doc.date``."""
    if not doc.tokens:
        doc.mentions, doc.actors = [], []
        return doc
    cands = add_body_anaphors(doc, find_candidates(doc))
    return Resolver(doc).run(add_latter_anaphors(doc, cands))


def mention_at(doc: Document, token_index: int) -> Mention | None:
    """The mention that covers token ``token_index`` (its head preferred, else the shortest)."""
    if not 0 <= token_index < len(doc.tokens):
        return None
    tok = doc.tokens[token_index]
    best: Mention | None = None
    for mention in _mentions_of_sentence(doc, tok.sentence):
        if mention.start <= tok.start and tok.end <= mention.end:
            if mention.head == token_index:
                return mention
            if best is None or mention.end - mention.start < best.end - best.start:
                best = mention
    return best


def actor_at(doc: Document, token_index: int) -> Actor | None:
    """The actor of the mention covering token ``token_index``."""
    mention = mention_at(doc, token_index)
    return doc.actor(mention.actor) if mention else None


def mentions_in(doc: Document, start_char: int, end_char: int) -> list[Mention]:
    """Mentions lying wholly inside ``doc.text[start_char:end_char]``, in text order."""
    starts = [m.start for m in doc.mentions]
    first = bisect_right(starts, start_char - 1)
    out = []
    for mention in doc.mentions[first:]:
        if mention.start >= end_char:
            break
        if mention.end <= end_char:
            out.append(mention)
    return out


def _mentions_of_sentence(doc: Document, sentence: int) -> list[Mention]:
    return [m for m in doc.mentions if m.sentence == sentence]
