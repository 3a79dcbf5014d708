"""Helpers shared by the actor tests."""

from __future__ import annotations

from khabar.model import Actor, Document


def actor_of(doc: Document, text: str) -> Actor | None:
    """The actor of the first mention spelt ``text``; fails, listing the mentions, if none."""
    found = [m for m in doc.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return doc.actor(found[0].actor)
