"""Statements: who said what to whom, and the chain of attribution (the isnad).

``find_statements(doc)`` reads the sentences, tokens, mentions and actors of a document and
fills ``doc.statements``; it also fills ``doc.outlet`` and ``doc.syndicated_from`` from the
byline or an agency dateline when the caller gave none.

Conventions of the records:

- ``via`` lists the chain from the reader inward. Outlets come first as ``outlet:<name>``
  (``outlet:Syria Home News``, then ``outlet:Al Mayadeen`` for the outlet it carries), then
  actor ids of the speakers who carry the statement: for «وأعلن أوشاكوف أنّ بوتين أبلغ بايدن
  أنّ …» the inner statement has ``via = [outlet:Syria Home News, outlet:Al Mayadeen,
  <Ushakov's id>]`` and ``parent`` = the outer statement's id. A carrier of unknown identity is
  left out of the chain; a relay (نقلت الوكالة عن المصدر أنّ …) adds the relaying actor.
- ``cue`` spans the whole reporting word with its conjunction (وأعلن، وبحسب، وفقاً لـ).
- ``content`` is inside the quotation marks for ``direct`` statements, the clause after the
  complementiser for ``indirect`` ones, and the main clause for ``according_to`` ones.
- ``claim`` is shared by statements of one speaker that repeat one claim (``c1`` …).
- ids are ``s1``, ``s2`` … in the order of the cues.
"""

from __future__ import annotations

from khabar.model import Document
from khabar.statements.attribution import attribute, to_statements
from khabar.statements.bylines import set_outlet
from khabar.statements.claims import link_claims
from khabar.statements.frames import find_frames
from khabar.statements.view import DocView

__all__ = ["find_statements"]


def find_statements(doc: Document) -> Document:
    """Fill ``doc.statements`` (and the outlet from the byline when missing)."""
    set_outlet(doc)
    view = DocView.build(doc)
    frames = [find_frames(doc, view, sentence) for sentence in doc.sentences]
    doc.statements = to_statements(doc, attribute(doc, view, frames))
    link_claims(doc)
    return doc
