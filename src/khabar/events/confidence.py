"""How sure khabar is that the text reports an event as having happened.

Trigger words find events well but cannot tell a report (قتل مسلحون ثلاثة أشخاص أمس) from a
mention (العنف لا يحل المشاكل), an opinion, a demand or a question. ``score_events`` sets
``Event.confidence`` from a small logistic model that khabar trains itself
(``scripts/train_event_confidence.py``; weights in ``data/event_confidence.json``): a sum
of the weights of the event's features and a sigmoid, so that it costs next to nothing.

The features say little about the event type (most are shared by every type), so the model
speaks for all sixteen types though it learnt from PROTEST and ASSAULT only:

- the trigger: verb or noun, perfect or imperfect, definite, several words; its type and
  CAMEO root; the modality flags the rules found (negated, hypothetical, future, generic);
- the arguments: actor, recipient, date, place; a carrying statement, a quoted one;
- the sentence: question marks, first and second person, digits, the cue words of
  ``data/confidence_cues.tsv`` (demands, opinion, questions, generic quantifiers, history,
  reactions, plans), the episode marks and reference words of ``data/modality.tsv``, its
  length, the trigger's position, other events beside it;
- optionally the normalised stems of the sentence (``stem:``) and the trigger (``trigger:``),
  kept by the trainer only where they occur often enough and cross-validation shows they help.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from khabar.events.lexicon import cue_words, typed_cue_words
from khabar.events.match import candidates_of
from khabar.lexicon import data_path, load_rows
from khabar.model import Document, Event, Token
from khabar.text.normalize import normalize_word
from khabar.text.sentences import QUESTION_MARKS, QUOTE_MARKS

MODEL_FILE = "event_confidence.json"
CUE_FILE = "confidence_cues.tsv"
CUE_KINDS = ("demand", "opinion", "person", "question", "generic", "history", "reaction", "plan")
NEAR_KINDS = ("preposition", "relative", "complementiser")  # read around the trigger only
NEAR_REACH = 3
PREPOSITION_CLITICS = frozenset({"ب", "ل", "ك"})
PERSON_ENCLITICS = frozenset({"نا", "كم", "كما", "كن"})
NUMBER = re.compile(r"[0-9٠-٩]+")
YEAR = re.compile(r"(1[89]|20)[0-9]{2}")
LONG_SENTENCE = 40
SHORT_SENTENCE = 12

# Features every event has a value for, with what they mean: the list written into the model
# file. The lexical families (``stem:``, ``trigger:``) come on top.
FEATURES: dict[str, str] = {
    "type:ASSAULT": "the event is an ASSAULT", "type:PROTEST": "the event is a PROTEST",
    "quad:1": "verbal cooperation", "quad:2": "material cooperation",
    "quad:3": "verbal conflict", "quad:4": "material conflict",
    "negated": "the rules marked it negated", "hypothetical": "marked hypothetical",
    "future": "marked future", "generic": "marked generic (named, not reported)",
    "verb": "the trigger is a verb", "verb_perfect": "a perfect (past) verb",
    "verb_imperfect": "an imperfect verb (present, habitual or future)",
    "noun_definite": "the trigger is a noun with the article", "noun_plural": "a noun in -ات",
    "multiword": "the trigger is a pattern of several words",
    "possessive": "the trigger carries a pronoun enclitic (its object or possessor)",
    "after_preposition": "the trigger follows a preposition (ضد الهجوم، بالتظاهر)",
    "relative_after": f"a relative pronoun within {NEAR_REACH} words after the trigger",
    "complementiser_before": f"أن or إن within {NEAR_REACH} words before the trigger",
    "actor": "an actor was found", "recipient": "a recipient was found",
    "date": "a date was found", "location": "a place was found",
    "statement": "a statement carries the event", "quoted": "it lies inside quotation marks",
    "question": "the sentence has a question mark", "person": "first or second person",
    "digits": "the sentence has digits", "year": "the sentence names a year",
    "episode": "episode marks: time words, counts, casualties (data/modality.tsv)",
    "reference": "reference words of data/modality.tsv (after, anniversary, fight against)",
    **{f"cue:{kind}": f"a {kind} word of data/confidence_cues.tsv" for kind in CUE_KINDS
       if kind != "person"},
    "length_short": f"fewer than {SHORT_SENTENCE} words", "length_long":
    f"more than {LONG_SENTENCE} words", "position": "trigger position in the sentence, 0 to 1",
    "same_type": "another event of the same type in the sentence",
    "other_reported": "another event in the sentence that is not generic",
}
LEXICAL_PREFIXES = ("stem:", "trigger:")


@cache
def cue_index() -> dict[str, str]:
    """Normalised cue word -> its kind."""
    return {normalize_word(row["term_ar"]): row["kind"] for row in load_rows(CUE_FILE)}


@cache
def load_model() -> dict:
    """The trained model (weights, bias, threshold and its provenance); empty when absent."""
    path = data_path(MODEL_FILE)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _trigger_form(tokens: list[Token], event: Event, first: int) -> tuple[str, bool]:
    """``(pos, imperfect)`` of the trigger's head word as the trigger lexicon knows it."""
    pos, imperfect = "noun", False
    for _key, _future, nominal, triggers in candidates_of(tokens[first].norm):
        for trig in triggers:
            if trig.type == event.type and not (nominal and trig.pos == "verb"):
                return trig.pos, trig.imperfect
    return pos, imperfect


def event_features(doc: Document, event: Event, *, lexical: bool = True,
                   view: SentenceView | None = None,
                   neighbours: list[Event] | None = None) -> dict[str, float]:
    """The features of one event in its document (names as in :data:`FEATURES`, plus the
    ``stem:`` and ``trigger:`` families when ``lexical``). ``view`` (its sentence's
    :func:`sentence_view`) and ``neighbours`` (the events of its sentence) are computed here
    when not given."""
    sent = doc.sentences[event.sentence]
    if view is None:
        view = sentence_view(doc, event.sentence, lexical)
    tokens = doc.tokens
    first = _token_at(doc, event.trigger.start, sent.token_start, sent.token_end)
    out: dict[str, float] = {f"type:{event.type}": 1.0}
    if event.quad_class:
        out[f"quad:{event.quad_class}"] = 1.0
    for flag in ("negated", "hypothetical", "future", "generic"):
        if getattr(event, flag):
            out[flag] = 1.0
    head = tokens[first]
    pos, imperfect = _trigger_form(tokens, event, first)
    if pos == "verb":
        out["verb"] = 1.0
        out["verb_imperfect" if imperfect else "verb_perfect"] = 1.0
    else:
        if head.stem.startswith("ال"):
            out["noun_definite"] = 1.0
        if head.stem.endswith("ات"):
            out["noun_plural"] = 1.0
    if " " in event.trigger.text.strip():
        out["multiword"] = 1.0
    _near_features(tokens, first, sent.token_start, sent.token_end, out)
    for name, value in (("actor", event.actor), ("recipient", event.recipient),
                        ("date", event.date), ("location", event.location),
                        ("statement", event.statement)):
        if value:
            out[name] = 1.0
    _sentence_features(view, event, out)
    n = max(1, sent.token_end - sent.token_start - 1)
    out["position"] = round((first - sent.token_start) / n, 3)
    if neighbours is None:
        neighbours = [e for e in doc.events if e.sentence == event.sentence]
    for other in neighbours:
        if other is event:
            continue
        if other.type == event.type:
            out["same_type"] = 1.0
        if not other.generic and not other.negated and not other.hypothetical:
            out["other_reported"] = 1.0
    if lexical:
        out[f"trigger:{event.type}:{_lemma(head.stem)}"] = 1.0
    return out


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What the features read from one sentence, whatever the event: computed once."""

    flags: dict[str, float]
    words: frozenset[str]  # stems and normalised forms, for the episode marks of each type
    quotes: tuple[int, ...]  # offsets of the quotation marks


def sentence_view(doc: Document, i: int, lexical: bool = False) -> SentenceView:
    """The sentence-wide features of sentence ``i`` (and its ``stem:`` family if ``lexical``)."""
    sent = doc.sentences[i]
    cues = cue_index()
    reference = cue_words("reference")
    flags: dict[str, float] = {}
    words: set[str] = set()
    quotes: list[int] = []
    count = 0
    for tok in doc.tokens[sent.token_start:sent.token_end]:
        if tok.is_punct:
            if tok.text in QUESTION_MARKS:
                flags["question"] = 1.0
            elif tok.text in QUOTE_MARKS:
                quotes.append(tok.start)
            continue
        count += 1
        stem, norm = tok.stem, tok.norm
        words.add(stem)
        words.add(norm)
        if stem not in cues and norm not in cues and stem not in reference \
                and not lexical and not tok.segments:
            continue  # the common case: a plain word that is no cue
        kind = cues.get(stem) or cues.get(norm)
        if kind and kind not in NEAR_KINDS:
            flags["person" if kind == "person" else f"cue:{kind}"] = 1.0
        if stem in reference:
            flags["reference"] = 1.0
        if tok.segments and tok.segments[-1].role == "enclitic" and \
                tok.segments[-1].norm in PERSON_ENCLITICS:
            flags["person"] = 1.0
        if lexical:
            flags[f"stem:{_lemma(stem)}"] = 1.0
    for match in NUMBER.finditer(sent.text):
        flags["digits"] = 1.0
        if YEAR.fullmatch(match.group()):
            flags["year"] = 1.0
    if count < SHORT_SENTENCE:
        flags["length_short"] = 1.0
    elif count > LONG_SENTENCE:
        flags["length_long"] = 1.0
    return SentenceView(flags, frozenset(words), tuple(quotes))


def _sentence_features(view: SentenceView, event: Event, out: dict[str, float]) -> None:
    out.update(view.flags)
    if not view.words.isdisjoint(typed_cue_words("occurrence_mark", event.type)):
        out["episode"] = 1.0
    if sum(1 for q in view.quotes if q < event.trigger.start) % 2:
        out["quoted"] = 1.0


def _near_features(tokens: list[Token], first: int, lo: int, hi: int,
                   out: dict[str, float]) -> None:
    """Function words around the trigger: what governs it and what describes it."""
    cues = cue_index()
    head = tokens[first]
    roles = [(s.role, s.norm) for s in head.segments]
    if any(role == "enclitic" for role, _ in roles):
        out["possessive"] = 1.0
    if any(role == "proclitic" and norm in PREPOSITION_CLITICS for role, norm in roles) or (
            first > lo and cues.get(tokens[first - 1].stem) == "preposition"):
        out["after_preposition"] = 1.0
    for i in range(max(lo, first - NEAR_REACH), first):
        if cues.get(tokens[i].stem) == "complementiser":
            out["complementiser_before"] = 1.0
    for i in range(first + 1, min(hi, first + 1 + NEAR_REACH)):
        if cues.get(tokens[i].stem) == "relative":
            out["relative_after"] = 1.0


def _lemma(stem: str) -> str:
    """A stem without the article, so الهجوم and هجوم count as one word."""
    return stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem


def _token_at(doc: Document, offset: int, lo: int, hi: int) -> int:
    """Index of the token of the sentence ``[lo, hi)`` that holds ``offset``."""
    i = bisect_right(doc.token_starts(), offset, lo, hi) - 1
    return max(lo, i)


def probability(features: dict[str, float], model: dict) -> float:
    """The model's probability for an event with these features."""
    weights = model["weights"]
    z = model["bias"]
    for name, value in features.items():
        w = weights.get(name)
        if w is not None:
            z += w * value
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score_events(doc: Document) -> Document:
    """Set ``confidence`` on every event (a pipeline stage); left None without a model."""
    model = load_model()
    if not model or not doc.events:
        return doc
    lexical = bool(model.get("lexical"))
    by_sentence: dict[int, list[Event]] = {}
    for event in doc.events:
        by_sentence.setdefault(event.sentence, []).append(event)
    for i, events in by_sentence.items():
        view = sentence_view(doc, i, lexical)
        for event in events:
            features = event_features(doc, event, lexical=lexical, view=view, neighbours=events)
            event.confidence = round(probability(features, model), 4)
    return doc


__all__ = ["FEATURES", "SentenceView", "event_features", "load_model", "probability",
           "score_events", "sentence_view"]
