"""Building the text layer's records (tokens, segments, sentences) without re-validation.

A long article has hundreds of thousands of tokens and segments, and pydantic validation of
each one cost more than all the tokenising around it. The text layer makes every field
itself, with the right types, so validating them again proves nothing. ``build(cls, fields)``
makes the same record that ``cls(**fields)`` makes (same values, same set fields, same JSON),
only without the checks. ``model_construct`` would do this too, but it is slower than
validation in the pydantic versions we support. When pydantic's layout is not the expected
one, ``build`` validates as usual.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from itertools import repeat
from typing import Any, TypeVar

from pydantic import BaseModel

from khabar.model import Segment, Sentence, Token

R = TypeVar("R", bound=BaseModel)

_new = object.__new__


def _slot_setter(name: str) -> Callable[[Any, Any], None] | None:
    """Setter of an instance slot that a pydantic model keeps its state in."""
    slot = BaseModel.__dict__.get(name)
    return getattr(slot, "__set__", None)


_set_dict = _slot_setter("__dict__")
_set_fields_set = _slot_setter("__pydantic_fields_set__")
_set_extra = _slot_setter("__pydantic_extra__")
_set_private = _slot_setter("__pydantic_private__")


def _trusted(cls: type[R], fields: dict[str, Any], given: frozenset[str] | None = None) -> R:
    """The record ``cls(**fields)``, unchecked: ``fields`` holds every field of ``cls``, in
    declared order and of the declared types, and becomes the record's own dict (pass a fresh
    one). ``given`` names the fields the record counts as set (default: all of them), as if
    the others had been left to their defaults.
    """
    record = _new(cls)
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


def _works() -> bool:
    """Whether trusted building gives exactly what validation gives, in this pydantic."""
    if None in (_set_dict, _set_fields_set, _set_extra, _set_private):
        return False
    seg = {"start": 0, "end": 1, "text": "و", "role": "proclitic", "norm": "و"}
    tok = {"start": 0, "end": 2, "text": "وب", "i": 0, "sentence": 0, "norm": "وب",
           "stem": "ب", "segments": [], "is_punct": False}
    sent = {"start": 0, "end": 2, "text": "وب", "i": 0, "token_start": 0, "token_end": 1}
    cases = ((Segment, seg, None), (Token, tok, frozenset(tok) - {"is_punct"}),
             (Sentence, sent, None))
    try:
        for cls, fields, given in cases:
            fast = _trusted(cls, dict(fields), given)
            slow = _validated(cls, dict(fields), given)
            if fast != slow or list(fast) != list(slow) \
                    or fast.model_fields_set != slow.model_fields_set \
                    or fast.model_dump_json() != slow.model_dump_json():
                return False
    except Exception:  # noqa: BLE001 - any surprise means: validate as usual
        return False
    return True


build = _trusted if _works() else _validated


def maker(cls: type[R]) -> Callable[[dict[str, Any]], R]:
    """A one-argument ``build(cls, fields)`` for hot loops, for records whose fields are all
    given: the setters are bound once, and each call costs one function call instead of five.

    Every record it makes shares one set of set fields: pydantic only ever adds to that set
    (on attribute assignment), and adding a field it already holds changes nothing. A fresh
    set per record was a tenth of the text layer's time.
    """
    if build is _validated:
        return lambda fields: _validated(cls, fields)
    new, set_dict, set_fields, set_extra, set_private = (
        _new, _set_dict, _set_fields_set, _set_extra, _set_private)
    shared = set(cls.model_fields)

    def make(fields: dict[str, Any]) -> R:
        record = new(cls)
        set_dict(record, fields)
        set_fields(record, shared)
        set_extra(record, None)
        set_private(record, None)
        return record

    return make


_consume = deque(maxlen=0).extend  # runs an iterator to its end, in C


def batch_maker(cls: type[R]) -> Callable[[list[dict[str, Any]]], list[R]]:
    """Like :func:`maker`, for a list of field dicts at once: the records of a sentence are
    made with one ``map`` per step, run in C, instead of a Python call (and five setter
    calls) per record; a token record's setters cost as much as its field dict. The records
    share one set of set fields, as with :func:`maker`."""
    if build is _validated:
        return lambda rows: [_validated(cls, fields) for fields in rows]
    new, set_dict, set_fields, set_extra, set_private = (
        _new, _set_dict, _set_fields_set, _set_extra, _set_private)
    shared = set(cls.model_fields)

    def make_all(rows: list[dict[str, Any]]) -> list[R]:
        n = len(rows)
        records = list(map(new, repeat(cls, n)))
        _consume(map(set_dict, records, rows))
        _consume(map(set_fields, records, repeat(shared, n)))
        _consume(map(set_extra, records, repeat(None, n)))
        _consume(map(set_private, records, repeat(None, n)))
        return records

    return make_all
