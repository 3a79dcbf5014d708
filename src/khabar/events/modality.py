"""Modality of an event: negated, hypothetical (condition or mere possibility), future.

Cues come from ``data/modality.tsv``. Negation, possibility and irrealis (an act that is
required, possible or aimed at: يجب أن، يمكن، من أجل، لكي; or asked about in a question)
look a few tokens back within the clause; a denial verb (نفى) negates what follows it in the clause. A condition
(في حال، إذا، لو) makes hypothetical what lies between it and the end of its clause (the
comma, the answer introduced by فإن، a closing quotation mark or the sentence end). Future
comes from the prefix سـ, from سوف/يعتزم before the trigger, or from المقبل/المرتقبة after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.events.lexicon import Cue, cues
from khabar.events.match import candidates_of, phrase_at
from khabar.model import Token

CLAUSE_BREAKS = frozenset("،,;:؛\"“”«»()")
ANSWER_WORDS = frozenset({"فان", "فانه", "فانها", "فسوف", "فقد"})
MARKER_PREFIXES = ("", "و", "ف")
FLAG = {"negation": "negated", "possibility": "possible", "irrealis": "irrealis",
        "future": "future"}
QUESTION_MARKS = frozenset("؟?")
COMPLEMENTISERS = frozenset({"ان", "بان"})
DENIAL_REACH = 3  # نفت (المصادر) (رسميا) أن


@dataclass(slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    conditional: bool = False
    possible: bool = False
    irrealis: bool = False
    future: bool = False


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


def modality(tokens: list[Token], first: int, last: int, clause_start: int, end: int,
             conditions: list[tuple[int, int]], future_prefix: bool) -> Modality:
    """The modality of a trigger at tokens ``first..last`` of a sentence ending at ``end``."""
    mod = Modality(future=future_prefix)
    mod.conditional = any(a <= first < b for a, b in conditions)
    heads = any_heads()
    for i in range(first - 1, clause_start - 1, -1):
        distance = first - i
        if is_break(tokens[i]):
            break
        if tokens[i].norm not in heads:
            continue
        for kind in FLAG:
            cue = _cue_at(tokens, i, kind, end)
            if cue is None:
                continue
            if cue.scope == "after" or distance > cue.window:
                continue
            if kind == "possibility" and cue.words == ("قد",) and not _imperfect(tokens, i + 1):
                continue
            setattr(mod, FLAG[kind], True)
    future_heads = cue_heads("future")
    for i in range(last + 1, min(end, last + 9)):
        if tokens[i].norm not in future_heads:
            continue
        cue = _cue_at(tokens, i, "future", end)
        if cue is not None and cue.scope == "after" and i - last <= cue.window:
            mod.future = True
            break
    if _question(tokens, end) or _modal_complement(tokens, clause_start, end):
        mod.irrealis = True
    if _denied_complement(tokens, clause_start, end):
        mod.negated = True
    if mod.negated:
        mod.future = False
    mod.hypothetical = mod.conditional or mod.possible or mod.irrealis
    return mod


def _modal_complement(tokens: list[Token], clause_start: int, end: int) -> bool:
    """The clause is the أن-complement of a modal (يجب أن، يمكن أن، من أجل أن)."""
    k = clause_start - 1
    if k < 1 or tokens[k].norm not in COMPLEMENTISERS:
        return False
    return any(_cue_at(tokens, i, "irrealis", end) is not None
               for i in range(max(0, k - 2), k))


def _question(tokens: list[Token], end: int) -> bool:
    """The sentence ends in a question mark, perhaps inside closing quotes (سألت «من ...؟»)."""
    k = end - 1
    while k > 0 and tokens[k].is_punct and tokens[k].text not in QUESTION_MARKS \
            and tokens[k].text in CLAUSE_BREAKS:
        k -= 1
    return tokens[k].text in QUESTION_MARKS


def _denied_complement(tokens: list[Token], clause_start: int, end: int) -> bool:
    """The clause is the أن-complement of a denial (نفت المصادر أن تكون الضحيتان تعرضتا ...)."""
    k = clause_start - 1
    if k < 1 or tokens[k].norm not in COMPLEMENTISERS:
        return False
    for i in range(max(0, k - DENIAL_REACH), k):
        cue = _cue_at(tokens, i, "negation", end)
        if cue is not None and cue.scope == "clause":
            return True
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
