"""The khabar record: one data model that every stage reads and writes.

A :class:`Document` owns the original text. Every other record points into it with
``start``/``end`` character offsets (Python string indices into ``Document.text``), so any
record can be highlighted in the source: ``doc.text[span.start:span.end] == span.text``.
Stages fill the lists of the document in order (sentences, tokens, mentions, actors,
statements, events); none invents a record type of its own.

The field names follow ``docs/coding-manual.md`` (PLOVER names for events).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from pydantic.dataclasses import dataclass

SCHEMA_VERSION = "1.0"

MentionKind = Literal["PER", "ORG", "GPE", "LOC", "GRP"]
StatementKind = Literal["direct", "indirect", "according_to"]
SegmentRole = Literal["proclitic", "stem", "enclitic"]


STRICT = ConfigDict(extra="forbid", validate_assignment=False)


class Record(BaseModel):
    """Base of the other records: strict fields, no silent extras."""

    model_config = STRICT


@dataclass(config=STRICT, kw_only=True)
class Span:
    """A stretch of the original text.

    Spans and the records that are spans (segments, tokens, sentences, mentions, places) are
    validated as every record is, but they are pydantic dataclasses rather than models: the
    stages read their fields hundreds of thousands of times per article, and a model's
    ``__getattr__`` (which serves its private attributes) keeps Python from specialising those
    reads, which made each several times slower. Their fields are keyword-only, so that a
    subclass can add required fields after the defaults of its base.
    """

    start: int = Field(ge=0, description="offset of the first character in Document.text")
    end: int = Field(ge=0, description="offset just past the last character")
    text: str = Field(description="Document.text[start:end], kept for readability")


@dataclass(config=STRICT, kw_only=True)
class Segment(Span):
    """One morpheme of a token after clitic segmentation (و + أعلن, ل + أوكرانيا)."""

    role: SegmentRole
    norm: str = Field(description="normalised form used for lexicon matching")


@dataclass(config=STRICT, kw_only=True)
class Token(Span):
    """A whitespace/punctuation-delimited word with its clitic segmentation."""

    i: int = Field(description="index of the token in the document")
    sentence: int = Field(description="index of the sentence that holds it")
    norm: str = Field(description="normalised form of the whole token")
    stem: str = Field(description="normalised form with proclitics and enclitics removed")
    segments: list[Segment] = Field(
        default_factory=list,
        description="clitic segmentation (و + أعلن); empty when the word has no clitics")
    is_punct: bool = False


@dataclass(config=STRICT, kw_only=True)
class Sentence(Span):
    """A sentence: split on . ! ? ؟ and line breaks, never on the Arabic comma."""

    i: int
    token_start: int = Field(0, description="index of its first token")
    token_end: int = Field(0, description="index past its last token")


@dataclass(config=STRICT, kw_only=True)
class Mention(Span):
    """A stretch of text that refers to an actor or a place."""

    id: str
    sentence: int
    kind: MentionKind
    actor: str | None = Field(None, description="id of the Actor it resolves to")
    via: str = Field(
        "name",
        description="how it was found: name, title, nisba, capital, counterpart, plural, "
        "anaphor, dropped_subject, pattern",
    )
    gender: Literal["m", "f"] | None = None
    plural: bool = False
    head: int | None = Field(None, description="token index of the mention's head word")


class Actor(Record):
    """One real-world actor, with all its mentions in the document."""

    id: str = Field(description="stable id for known actors (lexicon id), else doc-local")
    name: str = Field(description="canonical English name, or a transliteration")
    name_ar: str | None = None
    kind: MentionKind
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 or CAMEO region/IGO code")
    sector: str | None = Field(None, description="CAMEO sector: GOV, MIL, COP, REB, CVL ...")
    role: str | None = Field(None, description="office or title at the document's date, English")
    known: bool = Field(False, description="found in a lexicon (as opposed to from context)")
    gender: Literal["m", "f"] | None = None
    members: list[str] = Field(default_factory=list, description="actor ids of a group actor")
    mentions: list[str] = Field(default_factory=list, description="mention ids")

    @property
    def code(self) -> str | None:
        """CAMEO-style code such as ``RUS GOV``."""
        parts = [p for p in (self.country, self.sector) if p]
        return " ".join(parts) or None


class Statement(Record):
    """One act of saying, reporting or informing."""

    id: str
    sentence: int
    speaker: str | None = Field(None, description="actor id")
    addressee: str | None = Field(None, description="actor id")
    cue: Span
    content: Span | None = None
    kind: StatementKind
    channel: str | None = None
    via: list[str] = Field(
        default_factory=list,
        description="chain of attribution from the reader inward: outlet ids, then actor ids",
    )
    parent: str | None = Field(None, description="id of the statement that carries this one")
    claim: str | None = Field(None, description="shared id of statements repeating one claim")
    speaker_mention: str | None = Field(None, description="mention id of the speaker, if any")


class EventDate(Record):
    """A date expression resolved against the publication date."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    iso: str | None = Field(None, description="YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD for a range")


@dataclass(config=STRICT, kw_only=True)
class Place(Span):
    """Where an event happened."""

    name: str | None = None
    country: str | None = None


class Event(Record):
    """One political interaction, coded in PLOVER with its CAMEO code."""

    id: str
    sentence: int
    type: str = Field(description="PLOVER event type, e.g. CONSULT")
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = Field(None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    actor: list[str] = Field(default_factory=list, description="actor ids")
    recipient: list[str] = Field(default_factory=list, description="actor ids")
    trigger: Span
    evidence: Span | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float | None = Field(
        None, ge=0.0, le=1.0,
        description="probability, from khabar's own trained model, that the text reports this "
        "event as having happened; None where no model applies")
    generic: bool = Field(
        False,
        description="refers to a kind of event or to an event not reported here as having "
        "happened (named only, historical, planned, counted in aggregate, or an event an "
        "earlier sentence already reported, told again)")
    statement: str | None = Field(None, description="id of the statement that carries it")
    date: EventDate | None = None
    location: Place | None = None


class TokenColumns(NamedTuple):
    """Per-token values of a document as parallel lists (see :meth:`Document.token_columns`)."""

    starts: list[int]
    norms: list[str]
    stems: list[str]


class Document(Record):
    """One article and everything khabar found in it."""

    schema_version: str = SCHEMA_VERSION
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    syndicated_from: str | None = None
    url: str | None = None
    date: str | None = Field(None, description="publication date, YYYY-MM-DD")
    language: str = "ar"
    byline: Span | None = None
    sentences: list[Sentence] = Field(default_factory=list)
    tokens: list[Token] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    _columns: TokenColumns | None = PrivateAttr(default=None)

    def token_columns(self) -> TokenColumns:
        """The tokens' start offsets, normalised forms and stems as three plain lists.

        Every stage scans the tokens for lexicon words or bisects an offset to its token; plain
        lists are much quicker to scan than the records. The text layer fills them as it
        tokenises; otherwise they are built on first use, and again when the token list is
        replaced.
        """
        # Read from pydantic's store of private values: ``self._columns`` goes through
        # ``BaseModel.__getattr__``, which costs more than the rest of this method.
        private = self.__pydantic_private__
        columns = private.get("_columns") if private else None
        tokens = self.tokens
        if columns is None or len(columns.starts) != len(tokens) or (
                tokens and columns.starts[-1] != tokens[-1].start):
            columns = self._columns = TokenColumns(
                [t.start for t in tokens], [t.norm for t in tokens], [t.stem for t in tokens])
        return columns

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens in order, to bisect a character offset to its token."""
        return self.token_columns().starts

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of this document's text, built without validation: its three
        fields are right by construction (a negative offset still fails as validation does)."""
        if start < 0 or end < 0:
            return Span(start=start, end=end, text=self.text[start:end])
        return _span_maker()({"start": start, "end": end, "text": self.text[start:end]})

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_json(self, *, tokens: bool = True, indent: int | None = None) -> str:
        """Serialise as JSON; ``tokens=False`` leaves out the (bulky) token list."""
        exclude = None if tokens else {"tokens"}
        return self.model_dump_json(exclude=exclude, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        """Read a document written by :meth:`to_json`."""
        return cls.model_validate_json(data)


@cache
def _span_maker() -> Callable[[dict], Span]:
    """The unchecked builder of spans (its module builds records of this one, so it is
    imported on first use)."""
    from khabar.text.records import maker

    return maker(Span)


def json_schema() -> dict:
    """The published JSON Schema of the record (``khabar schema`` prints it)."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://khabar.invalid/schema/document-{SCHEMA_VERSION}.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)
