"""Building records (tokens, segments, sentences, mentions, actors) without re-validation.

A long article has hundreds of thousands of tokens and segments, and pydantic validation of
each one cost more than all the tokenising around it. The stages make every field themselves,
with the right types, so validating them again proves nothing. ``build(cls, fields)`` makes
the same record that ``cls(**fields)`` makes (same values, same set fields, same JSON), only
without the checks. ``model_construct`` would do this too for models, but it is slower than
validation in the pydantic versions we support. When pydantic's layout is not the expected
one, ``build`` validates as usual.

Two kinds of record are built: pydantic models (an actor), whose state sits in four instance
slots, and the pydantic dataclasses of the text (tokens, segments, sentences, mentions),
whose state is their instance dict.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable
from functools import cache
from itertools import repeat
from typing import Any, TypeVar

from pydantic import BaseModel

from khabar.model import Actor, Segment, Sentence, Span, Token

R = TypeVar("R")

_new = object.__new__


def _slot_setter(name: str) -> Callable[[Any, Any], None] | None:
    """Setter of an instance slot that a pydantic model keeps its state in."""
    slot = BaseModel.__dict__.get(name)
    return getattr(slot, "__set__", None)


_set_dict = _slot_setter("__dict__")
_set_fields_set = _slot_setter("__pydantic_fields_set__")
_set_extra = _slot_setter("__pydantic_extra__")
_set_private = _slot_setter("__pydantic_private__")
_set_span_dict = getattr(vars(Span).get("__dict__"), "__set__", None)
_is_dataclass = cache(dataclasses.is_dataclass)  # asked once per record type, not per record


def _trusted(cls: type[R], fields: dict[str, Any], given: frozenset[str] | None = None) -> R:
    """The record ``cls(**fields)``, unchecked: ``fields`` holds every field of ``cls``, in
    declared order and of the declared types, and becomes the record's own dict (pass a fresh
    one). ``given`` names the fields a model counts as set (default: all of them), as if the
    others had been left to their defaults; a dataclass keeps no such count.
    """
    record = _new(cls)
    if _is_dataclass(cls):
        _set_span_dict(record, fields)
        return record
    _set_dict(record, fields)
    _set_fields_set(record, set(fields if given is None else given))
    _set_extra(record, None)
    _set_private(record, None)
    return record


def _validated(cls: type[R], fields: dict[str, Any], given: frozenset[str] | None = None) -> R:
    """The record ``cls(**fields)``, validated (when pydantic's layout is not the expected one)."""
    if given is not None:
        fields = {name: value for name, value in fields.items() if name in given}
    return cls(**fields)


def _same(fast: Any, slow: Any) -> bool:
    """Whether two records are the same in value, field order, set fields and JSON (a
    dataclass writes its JSON in the order of its fields, whatever the order of its dict)."""
    if isinstance(slow, BaseModel):
        return fast == slow and list(fast) == list(slow) \
            and fast.model_fields_set == slow.model_fields_set \
            and fast.model_dump_json() == slow.model_dump_json()
    return type(fast) is type(slow) and fast == slow and vars(fast) == vars(slow)


def _works() -> bool:
    """Whether trusted building gives exactly what validation gives, in this pydantic."""
    if None in (_set_dict, _set_fields_set, _set_extra, _set_private, _set_span_dict):
        return False
    seg = {"start": 0, "end": 1, "text": "و", "role": "proclitic", "norm": "و"}
    tok = {"start": 0, "end": 2, "text": "وب", "i": 0, "sentence": 0, "norm": "وب",
           "stem": "ب", "segments": [], "is_punct": False}
    sent = {"start": 0, "end": 2, "text": "وب", "i": 0, "token_start": 0, "token_end": 1}
    actor = {"id": "a1", "name": "X", "name_ar": None, "kind": "PER", "country": None,
             "sector": None, "role": None, "known": False, "gender": None, "members": [],
             "mentions": []}
    cases = ((Segment, seg, None), (Token, tok, None), (Sentence, sent, None),
             (Actor, actor, frozenset({"id", "name", "kind"})))
    try:
        for cls, fields, given in cases:
            if not _same(_trusted(cls, dict(fields), given),
                         _validated(cls, dict(fields), given)):
                return False
    except Exception:  # noqa: BLE001 - any surprise means: validate as usual
        return False
    return True


build = _trusted if _works() else _validated


def maker(cls: type[R]) -> Callable[[dict[str, Any]], R]:
    """A one-argument ``build(cls, fields)`` for hot loops, for dataclass records (tokens,
    segments, mentions) whose fields are all given: the setter is bound once."""
    if build is _validated:
        return lambda fields: _validated(cls, fields)
    new, set_record_dict = _new, _set_span_dict

    def make(fields: dict[str, Any]) -> R:
        record = new(cls)
        set_record_dict(record, fields)
        return record

    return make


_consume = deque(maxlen=0).extend  # runs an iterator to its end, in C


def batch_maker(cls: type[R]) -> Callable[[list[dict[str, Any]]], list[R]]:
    """Like :func:`maker`, for a list of field dicts at once: the records of a sentence are
    made with one ``map`` per step, run in C, instead of a Python call per record; a token
    record's setter costs as much as its field dict."""
    if build is _validated:
        return lambda rows: [_validated(cls, fields) for fields in rows]
    set_record_dict = _set_span_dict

    def make_all(rows: list[dict[str, Any]]) -> list[R]:
        records = list(map(_new, repeat(cls, len(rows))))
        _consume(map(set_record_dict, records, rows))
        return records

    return make_all
