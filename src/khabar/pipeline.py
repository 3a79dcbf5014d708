"""The analysis pipeline: an ordered list of named ``Document -> Document`` stages.

``analyze(text)`` builds a :class:`~khabar.model.Document` and runs each stage in turn:
text layer (byline, sentences, tokens), actors, statements, events. Stages are plain
functions; a stage whose module is missing from this install is skipped.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import import_module

from khabar.errors import InputError
from khabar.model import Document, Sentence, TokenColumns
from khabar.text.normalize import arabic_ratio
from khabar.text.records import build
from khabar.text.sentences import find_byline, split_sentences
from khabar.text.tokens import tokenize

Stage = Callable[[Document], Document]

MAX_CHARS_DEFAULT = 2_000_000
MIN_ARABIC_RATIO = 0.3

# Later stages, by dotted path, so the text layer works on its own.
STAGE_PATHS: list[tuple[str, str]] = [
    ("actors", "khabar.actors:find_actors"),
    ("statements", "khabar.statements:find_statements"),
    ("events", "khabar.events:find_events"),
    ("confidence", "khabar.events.confidence:score_events"),
]


# Analyses between two full collections: cycles made by callers or libraries meanwhile wait
# at most this long; a full pass over the lexicons and caches takes ~0.2 s.
FULL_COLLECTION_EVERY = 5000
_analyses = itertools.count(1)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector off the records of one analysis.

    The records of an analysis form no reference cycles, so the collector has nothing to free
    among them; but each of its passes walks every live object it tracks, and an article makes
    tens of thousands of tokens and segments (on a 1 MB article the passes took three times as
    long as the tokenising itself; on ordinary news, a tenth of the whole analysis). So the
    collector is paused meanwhile, and afterwards what was made goes straight to its oldest
    generation, where a record the caller drops is freed by its reference count. Every
    ``FULL_COLLECTION_EVERY`` analyses a full collection frees whatever cycles others made.
    A caller that had paused the collector, or frozen objects of its own, keeps its collector
    as it was.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            _promote_or_collect()
            gc.enable()


def _promote_or_collect() -> None:
    """Move every tracked object to the oldest generation without walking them (``freeze``
    then ``unfreeze``: two list merges), or, now and then, collect in full."""
    if gc.get_freeze_count():
        return
    if next(_analyses) % FULL_COLLECTION_EVERY == 0:
        gc.collect()
    else:
        gc.freeze()
        gc.unfreeze()


def text_layer(doc: Document) -> Document:
    """Byline, sentences and tokens, every one with offsets into ``doc.text``."""
    with collector_paused():
        return _text_layer(doc)


def _text_layer(doc: Document) -> Document:
    text = doc.text
    byline = find_byline(text)
    if byline:
        doc.byline = doc.span(*byline)
    tokens = []
    sentences = []
    columns = TokenColumns([], [], [])
    for i, (start, end) in enumerate(split_sentences(text, skip=byline)):
        sent_tokens = tokenize(text, start, end, sentence=i, first_index=len(tokens),
                               columns=columns)
        sentences.append(build(Sentence, {
            "start": start, "end": end, "text": text[start:end], "i": i,
            "token_start": len(tokens), "token_end": len(tokens) + len(sent_tokens)}))
        tokens.extend(sent_tokens)
    doc.sentences = sentences
    doc.tokens = tokens
    doc._columns = columns
    return doc


def _load_stage(path: str) -> Stage | None:
    module_name, func_name = path.split(":")
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None
        raise
    return getattr(module, func_name, None)


def pipeline(stages: list[str] | None = None) -> list[tuple[str, Stage]]:
    """The named stages to run, text layer first; ``stages`` limits the later ones."""
    return list(_pipeline(None if stages is None else tuple(stages)))


@lru_cache(maxsize=64)
def _pipeline(stages: tuple[str, ...] | None) -> tuple[tuple[str, Stage], ...]:
    """Stages looked up once per selection: importing is not free, even from the cache."""
    out: list[tuple[str, Stage]] = [("text", text_layer)]
    for name, path in STAGE_PATHS:
        if stages is not None and name not in stages:
            continue
        func = _load_stage(path)
        if func is not None:
            out.append((name, func))
    return tuple(out)


def doc_id(text: str) -> str:
    """Content hash used as the id of an article that has none."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def check_text(text: str, source: str, max_chars: int = MAX_CHARS_DEFAULT) -> None:
    """Refuse what khabar cannot analyse, with a message naming the input."""
    if not text.strip():
        raise InputError(source, "is empty", "give an article with Arabic text")
    if "\x00" in text[:10_000]:
        raise InputError(source, "looks like binary data", "give a UTF-8 text, HTML or JSON file")
    check_unicode(text, source, "text")
    if len(text) > max_chars:
        raise InputError(source, f"is too large ({len(text):,} characters; the limit is {max_chars:,})",
                         "split it into articles or raise --max-chars")
    # The opening of an article shows its language; the longer head decides only when the
    # opening is not plainly Arabic (a Latin-script header, a table of figures).
    if arabic_ratio(text, 2_000) < MIN_ARABIC_RATIO and arabic_ratio(text) < MIN_ARABIC_RATIO:
        raise InputError(source, "has no Arabic text", "khabar analyses Arabic news articles")


def check_unicode(value: str, source: str, field: str) -> None:
    """Refuse lone surrogates (``"\\ud800"`` escaped in JSON): no output could encode them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(source, f"has a character in its {field} that is not valid Unicode "
                         f"(at {exc.start})", "send UTF-8 text without lone surrogates") from exc


def analyze(text: str, *, id: str | None = None, date: str | None = None,
            outlet: str | None = None, url: str | None = None, title: str | None = None,
            stages: list[str] | None = None, source: str = "<text>",
            max_chars: int = MAX_CHARS_DEFAULT) -> Document:
    """Analyse one article and return its record."""
    check_text(text, source, max_chars)
    for field, value in (("id", id), ("date", date), ("outlet", outlet), ("url", url),
                         ("title", title)):
        if value is not None:
            check_unicode(value, source, field)
    doc = Document(id=id or doc_id(text), text=text, date=date, outlet=outlet, url=url, title=title)
    with collector_paused():
        for _name, stage in pipeline(stages):
            doc = stage(doc)
    return doc
