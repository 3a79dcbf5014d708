"""PLOVER/CAMEO events: the ``events`` stage of the pipeline.

``find_events(doc)`` reads the tokens, the resolved mentions and actors and the statements,
and fills ``doc.events``. The steps, each in its own module:

1. :mod:`~khabar.events.match` finds trigger words and patterns of ``data/triggers.tsv``;
2. :mod:`~khabar.events.modality` marks them negated, hypothetical or future;
3. :mod:`~khabar.events.arguments` finds actor and recipient in the word order;
4. :mod:`~khabar.events.coder` turns warnings into threats, fills in arguments from the
   carrying statement, dates, places and contexts, and merges duplicates.
"""

from __future__ import annotations

from khabar.events.coder import code_events
from khabar.model import Document


def find_events(doc: Document) -> Document:
    """Fill ``doc.events`` (a pipeline stage)."""
    doc.events = code_events(doc)
    return doc


__all__ = ["find_events"]
