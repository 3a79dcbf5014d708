"""Helpers shared by the event-argument tests."""

from __future__ import annotations

from khabar.model import Document, Event
from khabar.pipeline import analyze


def first_event(text: str, type_: str) -> tuple[Document, Event]:
    """The document and its first event of ``type_``; fails, listing the types, if none."""
    doc = analyze(text, date="2008-01-01")
    events = [e for e in doc.events if e.type == type_]
    assert events, [e.type for e in doc.events]
    return doc, events[0]


def countries(doc: Document, ids: list[str]) -> list[str | None]:
    """The countries of the actors ``ids`` names, in order."""
    return [doc.actor(i).country for i in ids if doc.actor(i)]
