"""Whether an event noun reports an occurrence or merely refers to an event.

An event noun often names an event the reader already knows or a kind of act (بعد الهجوم،
ذكرى اغتيال الحريري، ضحايا القصف، مكافحة الإرهاب، أعمال التعذيب): a reference, not a new
event. A verb asserts that something happened; a noun reports an occurrence only when the
sentence gives it the marks of an episode, words of ``data/modality.tsv``:

- a verb that makes it happen or reports its outcome (شنّ، نفّذ، وقع، أسفر، أوقع، تعرّض);
- a time word of the news day (أمس، فجر، الخميس) or a toll (ثلاثة قتلى، بجروح، مفخخة);
- or it opens the sentence, as headlines and chronologies do (اغتيال النائب ...).

A reference word right before the noun (بعد، منذ، ذكرى، جريمة) outweighs all but a verb.
"""

from __future__ import annotations

from khabar.events.lexicon import Trigger, cue_words, key_set, occurrence_marks, occurrence_verbs
from khabar.events.modality import is_break
from khabar.model import Token

EPISODIC_TYPES = frozenset({"ASSAULT", "PROTEST"})
VERB_REACH = 8
MARK_REACH = 8
REFERENCE_REACH = 2
DATELINE_DASHES = frozenset({"-", "ـ", "–", "—", ":"})
DATELINE_WORDS = 3


def mere_mention(tokens: list[Token], trig: Trigger, first: int, last: int, start: int,
                 end: int, future: bool) -> bool:
    """True when a trigger of an episodic type names its act without reporting one: a noun
    that :func:`is_reference` finds bare, or an imperfect verb of habit (يقتلون الأبرياء)."""
    if trig.type not in EPISODIC_TYPES:
        return False
    if trig.pos == "verb":
        return trig.imperfect and not future and _unmarked(tokens, first, last, start, end,
                                                           trig.type)
    return is_reference(tokens, first, last, start, end, trig.type)


def is_reference(tokens: list[Token], first: int, last: int, start: int, end: int,
                 event_type: str) -> bool:
    """True when the noun at ``first..last`` names an event without reporting one."""
    if _opens_sentence(tokens, first, start):
        return False
    if _referred(tokens, first, start):
        return True
    verbs = occurrence_verbs()
    for k in _around(tokens, first, last, start, end, VERB_REACH):
        if not key_set(tokens[k].norm).isdisjoint(verbs):
            return False
    return _unmarked(tokens, first, last, start, end, event_type)


def _unmarked(tokens: list[Token], first: int, last: int, start: int, end: int,
              event_type: str) -> bool:
    """No time word, toll or count near the trigger, and it does not open the sentence."""
    if _opens_sentence(tokens, first, start):
        return False
    marks = occurrence_marks(event_type)
    for k in _around(tokens, first, last, start, end, MARK_REACH):
        norm = tokens[k].norm
        if norm.isdigit() or not key_set(norm).isdisjoint(marks):
            return False
    return True


def _opens_sentence(tokens: list[Token], first: int, start: int) -> bool:
    """Nothing but punctuation and numbers before it (a headline, a dated chronology line),
    or a dateline (تونس - إضراب عام)."""
    k = first - 1
    while k >= start and (tokens[k].is_punct and tokens[k].text not in "،," or
                          tokens[k].norm.isdigit()):
        k -= 1
    if k < start:
        return True
    return k < first - 1 and tokens[k + 1].text in DATELINE_DASHES and k - start < DATELINE_WORDS


def _referred(tokens: list[Token], first: int, start: int) -> bool:
    words = cue_words("reference")
    for k in range(first - 1, max(start, first - REFERENCE_REACH) - 1, -1):
        if tokens[k].is_punct or tokens[k].norm.isdigit():  # منذ 2023 هجمات: منذ governs 2023
            return False
        if not key_set(tokens[k].norm).isdisjoint(words):
            return True
    return False


def _around(tokens: list[Token], first: int, last: int, start: int, end: int,
            reach: int) -> list[int]:
    """Token indices within ``reach`` of the trigger, not across a clause break."""
    out = []
    for k in range(first - 1, max(start, first - reach) - 1, -1):
        if _stop(tokens[k]):
            break
        out.append(k)
    for k in range(last + 1, min(end, last + 1 + reach)):
        if _stop(tokens[k]):
            break
        out.append(k)
    return out


def _stop(token: Token) -> bool:
    """Clause breaks other than the comma, which Arabic news uses between any phrases."""
    return is_break(token) and token.text not in "،,"
