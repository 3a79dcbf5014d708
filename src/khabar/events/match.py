"""Finding trigger words and patterns in the tokens of a sentence.

A token matches a trigger when one of its lookup keys (the word with its clitics peeled
off) is a head in the lexicon, the rest of a multi-word pattern follows, the required
neighbouring words (``near_ar``, ``before_ar``) are there and the excluding ones are not.
Of several rows on one word, the most specific wins: a satisfied ``near`` condition, then
the longer pattern, then the order of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.dates.words import date_words
from khabar.events.lexicon import (
    HAMZA_LETTERS,
    Trigger,
    cue_words,
    key_set,
    trigger_index,
    verb_heads,
    word_keys,
)
from khabar.lexicon_index import whole_words
from khabar.model import Token
from khabar.text.tokens import DEFINITE_WITH_PREP, ends_with_ta_marbuta, has_tanween

SHADDA = "\u0651"
CLAUSE_ENDS = frozenset("،,؛;.:")
# The commas and brackets that set off an aside (، اليوم (الاثنين)،): no words of a window.
ASIDE_MARKS = frozenset("،,()[]")
# Vowel marks, shadda and tatweel: written on a letter, they are no letter of their own.
MARKS = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0640"])

YEAR_DIGITS, FIRST_YEAR, LAST_YEAR = 4, 1300, 2100  # 1433 and 2015 are years, 2500 a count


@dataclass(slots=True)
class Match:
    """A trigger found at tokens ``first .. last`` (inclusive) of the document."""

    trigger: Trigger
    first: int
    last: int
    future_prefix: bool
    object_pronoun: bool = False  # a verb that carries its object as an enclitic (أيّده)
    key: str = ""  # the form of the first word that matched, without its clitics


def phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...], end: int) -> bool:
    """Whether ``phrase`` starts at token ``i`` (clitics allowed on every word)."""
    if i + len(phrase) > end:
        return False
    for k, word in enumerate(phrase):  # a loop, not all(): no generator per call
        if word not in key_set(tokens[i + k].norm):
            return False
    return True


def phrase_within(tokens: list[Token], start: int, stop: int, phrases, end: int) -> bool:
    """Whether any phrase starts at a token in ``[start, stop)``."""
    heads = first_words(phrases)
    for i in range(max(start, 0), min(stop, end)):
        keys = key_set(tokens[i].norm)
        if keys.isdisjoint(heads):
            continue
        for phrase in phrases:
            if phrase[0] in keys and phrase_at(tokens, i, phrase, end):
                return True
    return False


@lru_cache(maxsize=4096)
def first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases)


Candidates = tuple[tuple[str, bool, bool, tuple[Trigger, ...]], ...]
_CANDIDATES: dict[str, Candidates] = {}
_CACHE_LIMIT = 300_000


def candidates_of(norm: str) -> Candidates:
    """``(key, future, nominal, triggers)`` for each lookup key of a word that heads a trigger,
    most literal first; empty for the great majority of words, which head none, and for the
    words that the name, place and agent lexicons know whole. Kept in a
    plain dict: this runs once per token, where an ``lru_cache`` call costs more than the
    lookup itself."""
    found = _CANDIDATES.get(norm)
    if found is None:
        index = trigger_index()
        found = ()  # a name or noun read whole: وزارة, not و + زار + ه
        if norm in index or norm not in whole_words():
            for key, future, nominal in word_keys(norm):  # a loop: most find no key
                if key in index:
                    found += ((key, future, nominal, index[key]),)
        if len(_CANDIDATES) >= _CACHE_LIMIT:
            _CANDIDATES.clear()
        _CANDIDATES[norm] = found
    return found


def find_matches(tokens: list[Token], start: int, end: int,
                 norms: list[str] | None = None) -> list[Match]:
    """Trigger matches in tokens ``[start, end)`` (one sentence), left to right; ``norms``
    are the tokens' normalised forms when the caller has them as a list."""
    out: list[Match] = []
    cached = _CANDIDATES.get
    if norms is None:
        norms = [t.norm for t in tokens]
    i = start
    while i < end:
        norm = norms[i]
        found = cached(norm)
        if found is None:
            found = candidates_of(norm)
        if not found:
            i += 1
            continue
        best: tuple[tuple[int, int, int], Match] | None = None
        marbuta = ends_with_ta_marbuta(tokens[i].text)
        for key, future, nominal, candidates in found:
            if marbuta and not key.endswith("ه"):
                continue  # a written ة is no pronoun ه: القتلة are killers, not القتل + ه
            for trig in candidates:
                if trig.pos == "verb" and (nominal or _noun_spelling(tokens, i, start)):
                    continue
                if trig.pos == "noun" and marbuta and _definite_participle(tokens, i, start, end,
                                                                           trig.preps):
                    continue
                if future and trig.perfect_only:
                    continue  # س makes a future of an imperfect only: سائد is no سـ + أيّد
                if trig.hamza and HAMZA_LETTERS.isdisjoint(tokens[i].text):
                    continue
                if trig.pos == "verb" and _conjunction_on_doubled(tokens[i].text, norm, key):
                    continue
                last = i + len(trig.rest)
                if trig.rest and not phrase_at(tokens, i + 1, trig.rest, end):
                    continue
                if not _context_ok(tokens, trig, i, last, start, end):
                    continue
                rank = (1 if trig.near or trig.before else 0, trig.length, -trig.row)
                if best is None or rank > best[0]:
                    best = (rank, Match(trig, i, last, future and trig.pos == "verb",
                                        trig.pos == "verb" and not norm.endswith(key), key))
            if best is not None:
                break
        if best is None:
            i += 1
            continue
        out.append(best[1])
        i = best[1].last + 1
    return out


def _conjunction_on_doubled(text: str, norm: str, key: str) -> bool:
    """A verb form that starts with و in a word that writes its last letter doubled (وعدّ،
    وردّ): the و is the conjunction before a doubled verb (عدّ "considered"), not the first
    letter of the verb (وعد "promised"); no verb of the lexicon that starts with و doubles
    its last letter."""
    if SHADDA not in text or not key.startswith("و") or key not in norm:
        return False
    wanted, letters = norm.index(key) + len(key), 0
    for n, char in enumerate(text):
        if char in MARKS:
            continue
        letters += 1
        if letters == wanted:
            marks = text[n + 1:n + 3]
            return SHADDA in marks
    return False


def _noun_spelling(tokens: list[Token], i: int, start: int) -> bool:
    """The writing of token ``i`` shows a noun where the letters also spell a verb form: a
    verb never ends in ta marbuta (عذبة is sweet, not عذّبه; دعاة are advocates) nor carries
    tanween (طالبًا, a student); after a count any form is the counted noun (24 طالبا، 400
    طالب), and a form whose alif is the dual's is the predicate after كان or one of its
    sisters (كان طالبا مجدا). A year is no count (عام 2014 دعا)."""
    text = tokens[i].text
    if has_tanween(text) or ends_with_ta_marbuta(text):
        return True
    if i == start:
        return False
    prev = tokens[i - 1].norm
    if _counts(prev):
        return True
    norm = tokens[i].norm
    if not (norm.endswith("ا") and norm[:-1] in verb_heads()):
        return False
    return (prev[1:] if prev[:1] in "وف" else prev) in cue_words("copula")


def _definite_participle(tokens: list[Token], i: int, start: int, end: int,
                         preps: frozenset[str]) -> bool:
    """A verbal noun of the pattern مُفاعَلة spells the feminine participle too (محاصرة, a
    siege, and besieged): written with the article right after a definite noun that a
    preposition governs (إلى المدن المحاصرة، للمناطق المحاصرة), it is that noun's adjective.
    No verb stands between to take it as its object (فرقت الشرطة المظاهرة), and a verbal
    noun after a noun would be its genitive, which takes no article of its own. Followed by
    the preposition of its party, it is the verbal noun, subject of a fronted predicate (من
    الخطأ الموافقة على، لا يحق للنادي المطالبة ببدل)."""
    if i - 2 < start or not tokens[i].norm.startswith("الم"):
        return False
    prev, norm = tokens[i - 1], tokens[i - 1].norm
    if prev.is_punct or not norm.startswith(("ال",) + DEFINITE_WITH_PREP):
        return False
    after = tokens[i + 1].norm if i + 1 < end else ""
    if after in preps or after[:1] in preps:  # على، بـ (a one-letter preposition is glued on)
        return False
    before = tokens[i - 2].norm
    return norm.startswith(DEFINITE_WITH_PREP) or before in _prepositions() \
        or before[1:] in _prepositions()


def _falls_on(tokens: list[Token], last: int, end: int, preps: frozenset[str]) -> bool:
    """A date right after the verb, and no preposition of its party before the clause ends:
    the verb says on what date something falls (العيد الذي يوافق هذا العام يوم الأحد، كان
    البدر يوافق اليوم الثاني من الشهر), not who agreed (وافق يوم الأحد على القانون)."""
    k = last + 1
    if k >= end or not (tokens[k].norm.isdigit() or tokens[k].norm in _date_heads()):
        return False
    for j in range(k, end):
        norm = tokens[j].norm
        if tokens[j].text in CLAUSE_ENDS:
            return True
        if norm in preps or norm[:1] in preps:
            return False
    return True


@lru_cache(maxsize=1)
def _date_heads() -> frozenset[str]:
    """Words that open a date (اليوم، أمس، الأحد، يوم، هذا العام، عام)."""
    words = date_words()
    return frozenset(w for kind in ("day", "weekday", "day_word", "this", "year_word")
                     for w in words.words(kind) if " " not in w)


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    # imported here: the argument rules read the trigger matcher through modality
    from khabar.events.arguments import PREPOSITION_WORDS
    return PREPOSITION_WORDS


def _counts(norm: str) -> bool:
    """Whether a word counts what follows it: a number that is no year (400 طالب، 12 مليون
    طالب) or a number word (آلاف، مئات، ألف). No verb follows a count; the counted noun
    does, even where its letters spell a verb (طالب a student, not "demanded")."""
    if norm.isdigit():
        return not (len(norm) == YEAR_DIGITS and FIRST_YEAR <= int(norm) <= LAST_YEAR)
    return norm in cue_words("count_word") or norm in cue_words("crowd_count")


def _words_on(tokens: list[Token], i: int, words: int, end: int) -> int:
    """The token after ``words`` words from ``i`` on: a pattern's window counts words, and
    the commas and brackets of an aside (استدعت الوزارة، اليوم (الاثنين)، السفير) are none."""
    while i < end and words > 0:
        if tokens[i].text not in ASIDE_MARKS:
            words -= 1
        i += 1
    return i


def _words_back(tokens: list[Token], i: int, words: int, start: int) -> int:
    """The first of the ``words`` words before ``i``, the marks of an aside not counted."""
    while i > start and words > 0:
        i -= 1
        if tokens[i].text not in ASIDE_MARKS:
            words -= 1
    return i


def _context_ok(tokens: list[Token], trig: Trigger, first: int, last: int, start: int,
                end: int) -> bool:
    w = trig.window
    if trig.near:
        if w < 0:
            ok = phrase_within(tokens, _words_back(tokens, first, -w, start), first, trig.near,
                               end)
        else:
            ok = phrase_within(tokens, last + 1, _words_on(tokens, last + 1, w, end), trig.near,
                               end)
        if not ok:
            return False
    if trig.before and not phrase_within(tokens, max(start, first - abs(w)), first,
                                         trig.before, end):
        return False
    if "dated" in trig.needs and trig.pos == "verb" and _falls_on(tokens, last, end, trig.preps):
        return False
    if trig.not_near:
        span = abs(w)
        if phrase_within(tokens, max(start, first - span), first, trig.not_near, end):
            return False
        if phrase_within(tokens, last + 1, last + 1 + span, trig.not_near, end):
            return False
    return True
