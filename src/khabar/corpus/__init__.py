"""Corpora: ingest many articles into a store, find syndicated copies and stories, export.

:class:`~khabar.corpus.store.Store` is the one API over a corpus; ``khabar ingest``,
``khabar events``, ``khabar export`` and the web layer all go through it.
"""

from khabar.corpus.store import Store

__all__ = ["Store"]
