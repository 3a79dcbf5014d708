"""Flatten a :class:`~khabar.model.Document` into the rows of the store's tables.

Pure functions, run where the article is analysed (a worker process or a Dask worker), so
the process that writes the store only inserts. Column names follow PLOVER for events
(``event_type``, ``event_mode``, ``event_context``, ``actor_country`` ...). Lists of actor
ids are joined with ``;``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from khabar.model import Actor, Document, Event, Statement

SEP = ";"

ACTOR_COLUMNS = ("actor_id", "name", "name_ar", "kind", "country", "sector", "code", "role",
                 "known", "n_mentions")
MENTION_COLUMNS = ("mention_id", "actor_id", "kind", "via", "sentence", "start", "end", "text")
STATEMENT_COLUMNS = (
    "statement_id", "sentence", "speaker", "speaker_name", "speaker_country", "speaker_sector",
    "addressee", "addressee_name", "addressee_country", "kind", "channel", "cue_start",
    "cue_end", "cue_text", "content_start", "content_end", "content_text", "via", "parent",
    "claim")
EVENT_COLUMNS = (
    "event_id", "sentence", "event_type", "event_mode", "event_context", "cameo", "quad_class",
    "actor", "actor_name", "actor_country", "actor_sector", "recipient", "recipient_name",
    "recipient_country", "recipient_sector", "trigger_start", "trigger_end", "trigger_text",
    "evidence_start", "evidence_end", "evidence_text", "negated", "hypothetical", "future",
    "generic", "confidence", "statement_id", "event_date", "event_date_text", "location", "location_country",
    "fingerprint")

# Event columns added by the store's second migration; the first one made the others.
EVENT_COLUMNS_ADDED = ("generic", "confidence")
EVENT_COLUMNS_V1 = tuple(c for c in EVENT_COLUMNS if c not in EVENT_COLUMNS_ADDED)


def _join(values) -> str | None:
    out = [v for v in dict.fromkeys(values) if v]
    return SEP.join(out) if out else None


def _attr(doc: Document, ids: list[str], name: str) -> str | None:
    return _join(getattr(doc.actor(i), name, None) for i in ids)


def actor_rows(doc: Document) -> list[tuple]:
    return [(a.id, a.name, a.name_ar, a.kind, a.country, a.sector, a.code, a.role,
             int(a.known), len(a.mentions)) for a in doc.actors]


def mention_rows(doc: Document) -> list[tuple]:
    return [(m.id, m.actor, m.kind, m.via, m.sentence, m.start, m.end, m.text)
            for m in doc.mentions]


def statement_rows(doc: Document) -> list[tuple]:
    return [_statement_row(doc, s) for s in doc.statements]


def _statement_row(doc: Document, s: Statement) -> tuple:
    speaker: Actor | None = doc.actor(s.speaker)
    addressee: Actor | None = doc.actor(s.addressee)
    content = s.content
    return (s.id, s.sentence, s.speaker, speaker.name if speaker else None,
            speaker.country if speaker else None, speaker.sector if speaker else None,
            s.addressee, addressee.name if addressee else None,
            addressee.country if addressee else None, s.kind, s.channel,
            s.cue.start, s.cue.end, s.cue.text,
            content.start if content else None, content.end if content else None,
            content.text if content else None, _join(s.via), s.parent, s.claim)


def event_rows(doc: Document) -> list[tuple]:
    seen: Counter[str] = Counter()
    rows = []
    for e in doc.events:
        key = fingerprint(e)
        seen[key] += 1
        rows.append(_event_row(doc, e, f"{key}#{seen[key]}"))
    return rows


def fingerprint(e: Event) -> str:
    """What makes two reports of an event the same event: type, parties and flags."""
    flags = "".join("1" if f else "0" for f in (e.negated, e.hypothetical, e.future))
    return f"{e.type}|{e.mode or ''}|{','.join(sorted(e.actor))}|{','.join(sorted(e.recipient))}|{flags}"


def _event_row(doc: Document, e: Event, key: str) -> tuple:
    date = e.date
    loc = e.location
    return (e.id, e.sentence, e.type, e.mode, _join(e.context), e.cameo, e.quad_class,
            _join(e.actor), _attr(doc, e.actor, "name"), _attr(doc, e.actor, "country"),
            _attr(doc, e.actor, "sector"), _join(e.recipient), _attr(doc, e.recipient, "name"),
            _attr(doc, e.recipient, "country"), _attr(doc, e.recipient, "sector"),
            e.trigger.start, e.trigger.end, e.trigger.text,
            e.evidence.start if e.evidence else None, e.evidence.end if e.evidence else None,
            e.evidence.text if e.evidence else None, int(e.negated), int(e.hypothetical),
            int(e.future), int(e.generic), e.confidence, e.statement, date.iso if date else None, date.text if date else None,
            (loc.name or loc.text) if loc else None, loc.country if loc else None, key)


def index_text(doc: Document) -> str:
    """What the full-text index holds: each token's normalised form and, if different, its
    stem without clitics, so بوتين finds وبوتين and the query needs no stemming rules."""
    words = []
    for tok in doc.tokens:
        if tok.is_punct:
            continue
        words.append(tok.norm)
        if tok.stem != tok.norm:
            words.append(tok.stem)
    return " ".join(words)


# What one analysed article becomes before it reaches the store: plain values only, so it
# pickles cheaply between processes and maps onto one Parquet row.
@dataclass
class Prepared:
    id: str
    hash: str
    record: str
    body: str
    title_index: str
    signature: bytes
    source: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    syndicated_from: str | None = None
    n_chars: int = 0
    n_sentences: int = 0
    n_tokens: int = 0
    rows: dict[str, list[tuple]] = field(default_factory=dict)


def content_hash(doc_id: str, text: str) -> str:
    """Identity of an article version: the same id and text are the same article."""
    return hashlib.sha1(f"{doc_id}\n{text}".encode()).hexdigest()


def prepare(doc: Document, source: str | None = None, with_rows: bool = True) -> Prepared:
    """Everything the store needs for one document, computed away from the store."""
    from khabar.corpus.dedupe import signature

    return Prepared(
        id=doc.id, hash=content_hash(doc.id, doc.text), record=doc.to_json(tokens=False),
        body=index_text(doc), title_index=title_text(doc.title),
        signature=signature(doc.text).tobytes(), source=source, date=doc.date,
        outlet=doc.outlet, url=doc.url, title=doc.title, syndicated_from=doc.syndicated_from,
        n_chars=len(doc.text), n_sentences=len(doc.sentences), n_tokens=len(doc.tokens),
        rows=table_rows(doc) if with_rows else {})


def table_rows(doc: Document) -> dict[str, list[tuple]]:
    return {"actors": actor_rows(doc), "mentions": mention_rows(doc),
            "statements": statement_rows(doc), "events": event_rows(doc)}


def title_text(title: str | None) -> str:
    if not title:
        return ""
    from khabar.text.tokens import tokenize

    words = []
    for tok in tokenize(title):
        if not tok.is_punct:
            words.append(tok.norm)
            if tok.stem != tok.norm:
                words.append(tok.stem)
    return " ".join(words)
