"""Modality of an event: negated, hypothetical (condition or mere possibility), future.

Cues come from ``data/modality.tsv``. Negation, possibility and irrealis (an act that is
required, possible, aimed at or asked for: يجب أن، يمكن، من أجل، لكي، لا بد; or asked about
in a yes-no question) look a few tokens back within the clause; a denial verb (نفى) negates
the verbal noun or the أن-clause that follows it. A condition (في حال، إذا، لو) makes
hypothetical what lies between it and the end of its clause (the comma, the answer
introduced by فإن، a closing quotation mark or the sentence end). Future comes from the
prefix سـ, from سوف/يعتزم before the trigger, from the أن-clause of من المقرر/يتوقع, or from
المقبل/المرتقبة after it.

The reach of these cues is bounded by grammar, not by distance alone:

- a perfect verb reports a past act, and so does a noun after a light verb in the perfect
  (وجه انتقادات): no later date or المقبل makes it future; a perfect verb after و or ف
  opens a new conjunct that an earlier negation particle does not reach (غير أخلاقية
  واستقالوا), and a denial does not reach a finite verb at all;
- an exceptive or restrictive word (لم يعتقل سوى مرة، لا تستهدف الفلسطينيين وحدهم), a
  negated verb of refraining (لم يتورع عن قتل) or a negated denial (لا ينفي أن) says the act
  happened, and حتى ends a negation's span (لم تتوقف التهديدات حتى اختطافه);
- a form of كان turns قد into a past perfect (كان قد وصل), a plan into one of the past (كان
  من المقرر) and سـ into what would have happened (كنا سنؤيد);
- a question reaches only the clause its question mark closes, and a question word
  (لماذا، كيف) takes the act it asks about as done.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.events.lexicon import Cue, cue_words, cues, inflect
from khabar.events.match import Match, candidates_of, phrase_at
from khabar.model import Token
from khabar.text.sentences import QUESTION_MARKS, QUOTE_MARKS

CLAUSE_BREAKS = frozenset("،,;:؛\"“”«»()")
ANSWER_WORDS = frozenset({"فان", "فانه", "فانها", "فسوف", "فقد"})
MARKER_PREFIXES = ("", "و", "ف")
FLAG = {"negation": "negated", "possibility": "possible", "irrealis": "irrealis",
        "future": "future"}
OPENING_QUOTES = frozenset("«“")
SENTENCE_ENDS = frozenset(".!")
QUOTED_NAME_WORDS = 3  # لـ«جبهة النصرة»
COMPLEMENTISERS = frozenset({"ان", "بان"})
PRONOUN_COMPLEMENTISERS = COMPLEMENTISERS | frozenset({"انه", "انها", "انهم", "بانه", "بانها"})
DENIAL_REACH = 3  # نفت (المصادر) (رسميا) أن
LIGHT_VERB_REACH = 3  # شنّ (الجيش) (أمس) هجوما
AUXILIARY_REACH = 3  # كان (الوزير) (الأمريكي) قد
RESTRICTION_REACH = 8  # لم يعتقل (الأمن) (المتهم) ... سوى مرة واحدة


@dataclass(slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    conditional: bool = False
    possible: bool = False
    irrealis: bool = False
    future: bool = False
    past: bool = False  # a perfect verb: the act is reported as done, never as to come


def is_break(token: Token) -> bool:
    return token.is_punct and token.text in CLAUSE_BREAKS


def _cue_at(tokens: list[Token], i: int, kind: str, end: int):
    for cue in cue_heads(kind).get(tokens[i].norm, ()):
        if len(cue.words) == 1 or phrase_at(tokens, i + 1, cue.words[1:], end):
            return cue
    return None


@cache
def cue_heads(kind: str) -> dict[str, tuple[Cue, ...]]:
    """Cues of one kind by the first word, with و/ف attached or not."""
    out: dict[str, list[Cue]] = {}
    for cue in cues().get(kind, ()):
        for prefix in MARKER_PREFIXES:
            out.setdefault(prefix + cue.words[0], []).append(cue)
    return {k: tuple(v) for k, v in out.items()}


@cache
def any_heads() -> frozenset[str]:
    """First words of every negation, possibility and future cue."""
    return frozenset(w for kind in FLAG for w in cue_heads(kind))


def condition_spans(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges ``[a, b)`` that are antecedents of a condition in one sentence."""
    spans = []
    heads = cue_heads("condition")
    i = start
    while i < end:
        if tokens[i].norm not in heads:
            i += 1
            continue
        cue = _cue_at(tokens, i, "condition", end)
        if cue is None:
            i += 1
            continue
        j = i + len(cue.words)
        while j < end and not is_break(tokens[j]) and tokens[j].norm not in ANSWER_WORDS:
            j += 1
        spans.append((i + len(cue.words), j))
        i = j
    return spans


def modality(tokens: list[Token], match: Match, clause_start: int, end: int,
             conditions: list[tuple[int, int]]) -> Modality:
    """The modality of the trigger ``match`` in a sentence ending at ``end``."""
    first, last = match.first, match.last
    verb = match.trigger.pos == "verb"
    perfect = verb and not match.trigger.imperfect and not match.future_prefix
    mod = Modality(future=match.future_prefix, past=perfect)
    mod.conditional = any(a <= first < b for a, b in conditions)
    if match.future_prefix and not mod.conditional \
            and _auxiliary_before(tokens, first, clause_start):
        mod.future, mod.irrealis = False, True  # كنا سنؤيد الاتفاق لو: would have
    particle = _cues_before(tokens, first, clause_start, end, mod, verb,
                            _coordinated(tokens[first].norm, match.key))
    if not verb and _done_by_light_verb(tokens, first, clause_start):
        mod.past = True
    planned = mod.future
    if _future_after(tokens, last, end):
        mod.future = True
    if _asked(tokens, last, end) and not _presupposed(tokens, first, clause_start) \
            or _complement_of(tokens, clause_start, end, "irrealis") \
            or _complement_of(tokens, clause_start, end, "hearsay", PRONOUN_COMPLEMENTISERS):
        mod.irrealis = True
    if _complement_of(tokens, clause_start, end, "future"):
        mod.future = planned = True
    if particle >= 0 and (_restricted(tokens, particle, last, end)
                          or _negation_undone(tokens, particle, first)):
        mod.negated = False
    if _denied_complement(tokens, clause_start, end):
        mod.negated = True
    if mod.negated or mod.past and not planned:
        mod.future = False
    mod.hypothetical = mod.conditional or mod.possible or mod.irrealis
    return mod


def _cues_before(tokens: list[Token], first: int, clause_start: int, end: int, mod: Modality,
                 verb: bool, coordinated: bool) -> int:
    """Set the flags of the cues before the trigger in its clause; return the index of the
    nearest negation particle that reaches it, or -1. A perfect verb after و or ف that does
    not follow the particle directly opens a new conjunct, out of its reach. An idiom that
    opens with a particle (لا يزال still, لا بد must) negates nothing. A denial verb
    (نفى) takes a verbal noun or an أن-clause: a finite verb after it in the clause with no
    أن between is a predicate of its own (ينفون أي تورط ... وتتهمان العسكريين)."""
    heads = any_heads()
    particle = -1
    for i in range(first - 1, clause_start - 1, -1):
        distance = first - i
        if is_break(tokens[i]):
            break
        if tokens[i].norm not in heads:
            continue
        for kind in FLAG:
            cue = _cue_at(tokens, i, kind, end)
            if cue is None or cue.scope == "after" or distance > cue.window:
                continue
            if kind == "possibility" and cue.words == ("قد",) and (
                    not _imperfect(tokens, i + 1) or _auxiliary_before(tokens, i, clause_start)):
                continue
            if kind == "future" and _auxiliary_before(tokens, i, clause_start):
                continue  # كان من المقرر: a plan of the past
            if kind == "negation" and cue.scope == "clause" and verb:
                continue
            if kind == "negation" and cue.scope == "before":
                if mod.past and coordinated and distance > 1 or \
                        _cue_at(tokens, i, "negation_idiom", end) is not None:
                    continue
                mod.past = mod.past or cue.value == "past"
                if particle < 0:
                    particle = i
            setattr(mod, FLAG[kind], True)
    return particle


def _done_by_light_verb(tokens: list[Token], first: int, clause_start: int) -> bool:
    """A light verb in the perfect shortly before an event noun (شنّ هجوما، قاموا بتهديده،
    أعرب عن دعمه): the act is reported as done, whatever later date or المقبل follows."""
    verbs = perfect_light_verbs()
    for k in range(first - 1, max(clause_start, first - LIGHT_VERB_REACH) - 1, -1):
        if is_break(tokens[k]):
            return False
        if _bare(tokens[k].norm) in verbs:
            return True
    return False


@cache
def perfect_light_verbs() -> frozenset[str]:
    """Perfect forms of the light verbs of ``support_verb`` rows; a row without an imperfect
    stem is a verbal noun (قيام), not a verb."""
    out: set[str] = set()
    for cue in cues().get("support_verb", ()):
        if cue.value:
            out.add(cue.words[0])
            out.update(inflect(cue.words[0], ""))
    return frozenset(out)


def _future_after(tokens: list[Token], last: int, end: int) -> bool:
    """A future word a few tokens after the trigger (الأسبوع المقبل، زيارته المرتقبة)."""
    future_heads = cue_heads("future")
    for i in range(last + 1, min(end, last + 9)):
        if tokens[i].norm not in future_heads:
            continue
        cue = _cue_at(tokens, i, "future", end)
        if cue is not None and cue.scope == "after" and i - last <= cue.window:
            return True
    return False


def _coordinated(norm: str, key: str) -> bool:
    """The word carries the conjunction و or ف before the form that matched (وهدد، فقتل)."""
    return bool(key) and norm[:1] in "وف" and norm[1:].startswith(key)


def _restricted(tokens: list[Token], particle: int, last: int, end: int) -> bool:
    """An exceptive or restrictive word after a negation particle, up to a few words past the
    trigger in its clause (لم يفرج عنهم إلا بعد، ليس فقط): the act happened within limits.
    إلا أن (however) and إلا إذا (unless) do not restrict."""
    words = cue_words("restriction")
    openers = cue_words("restriction_break")
    particles = cue_heads("negation")
    for k in range(particle + 1, min(end, last + 1 + RESTRICTION_REACH)):
        if is_break(tokens[k]) or k > last and tokens[k].norm in particles:
            return False  # ولا يرون فيه إلا: the exception belongs to the next negation
        if tokens[k].norm in words:
            return not (k + 1 < end and tokens[k + 1].norm in openers)
    return False


def _negation_undone(tokens: list[Token], particle: int, first: int) -> bool:
    """Between the particle and the trigger, a verb of refraining that the particle negates
    (لم يتورع عن قتل، لم يتوان عن الموافقة: he did not hold back from it, so he did it) or a
    word that ends the negated span (لم تتوقف التهديدات حتى اختطافه)."""
    refrain = cue_words("refrain")
    bounds = cue_words("negation_bound")
    return any(_bare(tokens[k].norm) in refrain and k == particle + 1
               or tokens[k].norm in bounds for k in range(particle + 1, first))


def _auxiliary_before(tokens: list[Token], i: int, clause_start: int) -> bool:
    """A form of كان shortly before a cue: قد marks a past perfect there (كان الوزير قد وصل،
    أن يكون الحزب قد قاد), whatever the verb after it, a plan or an expectation is one of
    the past (كان من المقرر أن، لم يكن من المتوقع أن), and a verb with سـ tells what would
    have happened (كنا سنؤيد الاتفاق لو، كان سيهدم)."""
    words = cue_words("auxiliary")
    return any(_bare(tokens[k].norm) in words
               for k in range(max(clause_start, i - AUXILIARY_REACH), i))


def _bare(norm: str) -> str:
    """The word without a leading و or ف (وكان، فكانت)."""
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


def _complement_of(tokens: list[Token], clause_start: int, end: int, kind: str,
                   openers: frozenset[str] = COMPLEMENTISERS) -> bool:
    """The clause is the أن-complement of a cue of ``kind``: a modal (يجب أن، يمكن أن، من
    أجل أن) for irrealis, a plan or an expectation (من المقرر أن، من المتوقع أن) for future,
    a rumour or a belief (تردد أنه، من المعتقد أنه) for hearsay, which leaves the act open;
    a hearsay verb takes أن with its pronoun as often as bare (``openers``)."""
    k = clause_start - 1
    if k < 1 or tokens[k].norm not in openers:
        return False
    return any(_cue_at(tokens, i, kind, end) is not None
               and not (kind == "future" and _auxiliary_before(tokens, i, 0))
               for i in range(max(0, k - 2), k))


def _asked(tokens: list[Token], last: int, end: int) -> bool:
    """The trigger lies in the clause that a question mark closes (هل تقبل إسرائيل بفرض حظر؟،
    سألت «من هاجم المدينة؟»). A question at the end of a long sentence does not reach back
    over a comma, a full stop inside a quotation or a quotation that opens after the trigger
    to what the sentence told before it (قصفت ... المدينة، فلماذا الآن؟). A short quoted name
    (لـ«داعش») is no break."""
    k = last + 1
    while k < end:
        text = tokens[k].text
        if text in QUESTION_MARKS:
            return True
        if text in OPENING_QUOTES or text == '"':
            close = _closing_quote(tokens, k, end)
            if close is None:
                return False
            k = close
        elif text in SENTENCE_ENDS or is_break(tokens[k]) and text not in QUOTE_MARKS:
            return False
        k += 1
    return False


def _presupposed(tokens: list[Token], first: int, clause_start: int) -> bool:
    """A question word before the trigger in its clause, or in the words that lead to it
    from the last punctuation, asks about an act it takes as done
    (لماذا انسحبت؟، كيف التقى الجندي بالفتى؟، من الذي جعل إيران تتوصل إلى توافق؟); only a
    yes-no question (هل هاجم المسلحون الحاجز؟) leaves the act open."""
    words = cue_words("question_word")
    for k in range(first - 1, -1, -1):
        if is_break(tokens[k]) and k < clause_start:
            return False
        if _bare(tokens[k].norm) in words:
            return True
    return False


def _closing_quote(tokens: list[Token], k: int, end: int) -> int | None:
    """The index of the mark that closes a short quotation opened at ``k``, if any."""
    for c in range(k + 1, min(end, k + QUOTED_NAME_WORDS + 2)):
        if tokens[c].text in QUOTE_MARKS:
            return c
    return None


def _denied_complement(tokens: list[Token], clause_start: int, end: int) -> bool:
    """The clause is the أن-complement of a denial (نفت المصادر أن تكون الضحيتان تعرضتا ...);
    a denial that is itself negated (لا ينفي أن) grants what follows."""
    k = clause_start - 1
    if k < 1 or tokens[k].norm not in COMPLEMENTISERS:
        return False
    for i in range(max(0, k - DENIAL_REACH), k):
        cue = _cue_at(tokens, i, "negation", end)
        if cue is not None and cue.scope == "clause":
            return not (i > 0 and _cue_at(tokens, i - 1, "negation", end) is not None)
    return False


def _imperfect(tokens: list[Token], i: int) -> bool:
    """قد before an imperfect verb is 'may'; before a perfect it only stresses the fact."""
    if i >= len(tokens):
        return False
    norm = tokens[i].norm
    if not (len(norm) > 2 and norm[0] in "يتن" and norm not in {"تم", "تمت"}):
        return False
    return not _perfect_only(norm)


def _perfect_only(norm: str) -> bool:
    """A word the trigger lexicon knows as a perfect or a verbal noun but never as an
    imperfect (تجمع، تظاهر: form V, whose perfect opens with ت like its masdar): after قد
    it is the perfect, and قد stresses the fact (فقد تجمع مئات المتظاهرين)."""
    found = [trig for _key, _future, _nominal, triggers in candidates_of(norm)
             for trig in triggers]
    return bool(found) and not any(trig.pos == "verb" and trig.imperfect for trig in found)
