"""Tokenisation and clitic segmentation, checked against the lexicons.

Arabic glues conjunctions (و ف), prepositions (ب ل ك), the future particle (س), the
article (ال) and object/possessive pronouns onto words. Cutting them blindly breaks names
(بوتين is not ب + وتين), so a split is kept only when what remains is a known word, or when
the article makes the split unambiguous (وال…, بال…, لل…). Known words are every entry of
the lexicons plus ``data/function_words.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

from khabar.model import Segment, Token, TokenColumns
from khabar.text.normalize import normalize_word
from khabar.text.records import batch_maker, maker

# Words come first, and their class opens with the Arabic letters and marks (U+0621-U+065F,
# all letters or marks already): most characters are those, and a range is tested at once
# where a property is looked up. Words and numbers start with different characters, so the
# order of the two changes no match.
TOKEN_RE = regex.compile(
    r"[\u0621-\u065f\p{L}\p{M}\u0640\u200c\u200d]+(?:['’][\p{L}\p{M}]+)*"  # words
    r"|\d+(?:[.,٫]\d+)*"  # numbers, Arabic-Indic digits included (\d is Unicode)
    r"|[^\s\p{L}\p{M}\d]",  # one punctuation or symbol character
)

# Runs of characters between white space (the ``\s`` of TOKEN_RE, spelled out for ``re``,
# whose scan of a plain class is quicker): no token holds white space, so the tokens of a
# text are those of its runs, and a run is cut into tokens once per form (see _run_tokens).
WHITE_SPACE = "".join(regex.findall(r"\s", "".join(map(chr, range(0x10000)))))
RUN_RE = re.compile(f"[^{re.escape(WHITE_SPACE)}]+")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك", "س")
# A preposition glued to the article (بالمدن، للجيش، كالعادة): the word is a definite noun
# that the preposition governs, never a verb.
DEFINITE_WITH_PREP = ("بال", "لل", "كال")
# س marks the future on an imperfect verb only (سيزور، ستعقد), never on a noun (سبيل) or on
# a word too short to be a verb after it (سيئ is no س + يئ).
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
MIN_STEM = 2
ENCLITIC_SET = frozenset(ENCLITICS)
ENCLITIC_SIZES = sorted({len(e) for e in ENCLITICS}, reverse=True)
# The letters a proclitic reading of a word starts with.
CLITIC_FIRST = frozenset(CONJUNCTIONS + PREPOSITIONS)


@lru_cache(maxsize=1)
def names_only() -> frozenset[str]:
    """Personal names that are no other word: they take no pronoun (see ``segment_word``)."""
    from khabar.lexicon_index import personal_names

    return personal_names()


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Normalised single words the segmenter trusts as stems (lexicons + function words)."""
    from khabar.lexicon_index import lexicon_words

    return lexicon_words()


def tokenize(text: str, start: int = 0, end: int | None = None, sentence: int = 0,
             first_index: int = 0, columns: TokenColumns | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and clitic segments; their
    start offsets, norms and stems are also appended to ``columns`` when given."""
    end = len(text) if end is None else end
    rows: list[dict[str, Any]] = []
    append = rows.append
    known, segment = _RUNS.get, _segment
    if columns is None:
        columns = TokenColumns([], [], [])
    add_start, add_norm, add_stem = (columns.starts.append, columns.norms.append,
                                     columns.stems.append)
    index = first_index
    for run in RUN_RE.finditer(text, start, end):
        run_text = run[0]  # indexing skips the argument parsing of ``group()``
        at = run.start()
        for rel, surface, (norm, stem, is_punct, layout) in known(run_text) or _run_tokens(
                run_text):
            offset = at + rel
            add_start(offset)
            add_norm(norm)
            add_stem(stem)
            # A word without clitics is its own single segment: the list stays empty.
            segments = [] if len(layout) == 1 else [
                segment({"start": offset + a, "end": offset + b, "text": seg_text,
                         "role": role, "norm": seg_norm})
                for a, b, seg_text, role, seg_norm in layout]
            append({"start": offset, "end": offset + len(surface), "text": surface,
                    "i": index, "sentence": sentence, "norm": norm, "stem": stem,
                    "segments": segments, "is_punct": is_punct})
            index += 1
    return _tokens(rows)


def proclitics(token: Token) -> tuple[str, ...]:
    """The normalised proclitics glued to a token (وبالمدينة: و، ب)."""
    segments = token.segments
    if not segments:  # most words: no generator to make for nothing
        return ()
    return tuple(s.norm for s in segments if s.role == "proclitic")


def has_enclitic(token: Token) -> bool:
    """Whether a pronoun is glued to the end of a token (قواته، عمرها). The enclitic is
    always the last segment, so that one is the only one to look at."""
    segments = token.segments
    return bool(segments) and segments[-1].role == "enclitic"


_segment = maker(Segment)
_tokens = batch_maker(Token)


# One segment of a word, relative to the word: (start, end, text, role, norm).
SegmentLayout = tuple[int, int, str, str, str]


Analysis = tuple[str, str, bool, tuple[SegmentLayout, ...]]
# Analyses by surface form, a plain dict (a lookup costs half an ``lru_cache`` call, and
# there is one per token); emptied when it reaches ANALYSES_LIMIT forms.
_ANALYSES: dict[str, Analysis] = {}
ANALYSES_LIMIT = 100_000


def analyse_word(surface: str) -> Analysis:
    """Everything a token takes from its surface alone: ``(norm, stem, is_punct, segments)``.

    A word's analysis does not depend on where it stands, and news repeats its words, so it
    is worked out once per surface form.
    """
    found = _ANALYSES.get(surface)
    if found is None:
        if len(_ANALYSES) >= ANALYSES_LIMIT:
            _ANALYSES.clear()
        found = _ANALYSES[surface] = _analyse_word(surface)
    return found


# A token of a run: (offset in the run, surface, analysis).
RunToken = tuple[int, str, Analysis]
# The tokens of each run seen, a plain dict like _ANALYSES, emptied at RUNS_LIMIT runs.
_RUNS: dict[str, tuple[RunToken, ...]] = {}
RUNS_LIMIT = 100_000


def _run_tokens(run: str) -> tuple[RunToken, ...]:
    """The tokens of a run of text without white space, with their analyses.

    News repeats its words with the same punctuation glued on, so a run is scanned and
    analysed once per form; most runs are a single word.
    """
    if len(_RUNS) >= RUNS_LIMIT:
        _RUNS.clear()
    # ``concurrent=False``: the regex module would otherwise release and take back the
    # interpreter lock for every token, which costs a sixth of the scan.
    found = _RUNS[run] = tuple((m.start(), m[0], analyse_word(m[0]))
                               for m in TOKEN_RE.finditer(run, concurrent=False))
    return found


def _analyse_word(surface: str) -> Analysis:
    n = len(surface)
    is_punct = not (surface[0].isalnum() or surface[0] in "\u0640")
    norm = normalize_word(surface) if not is_punct else surface
    if is_punct or not _has_arabic(surface):
        return norm, norm, is_punct, ((0, n, surface, "stem", norm),)
    pre, stem_norm, post = segment_word(norm)
    if post == ("ه",) and ends_with_ta_marbuta(surface):
        stem_norm, post = stem_norm + "ه", ()  # زيادة is a noun, not زياد + ه
    return norm, stem_norm, False, _segments(surface, pre, stem_norm, post)


_TA_MARBUTA_END = regex.compile(r"[ةۀ][\p{M}\u0640]*$")


def ends_with_ta_marbuta(surface: str) -> bool:
    """The word is written with a final ة, marks and tatweel after it aside: a noun or an
    adjective, never a verb, and never the pronoun ه whatever the normalised form says."""
    return _TA_MARBUTA_END.search(surface) is not None


# Tanween (ـً ـٌ ـٍ): the press writes it on indefinite nouns, adjectives and adverbs, never
# on a verb or a name.
TANWEEN = frozenset("\u064b\u064c\u064d")


def has_tanween(surface: str) -> bool:
    """The word is written with tanween (طالبًا، تزامنًا): an indefinite common word."""
    return not TANWEEN.isdisjoint(surface)


_ARABIC_CHAR = regex.compile(r"[\u0600-\u06ff\u0750-\u077f]")


def _has_arabic(surface: str) -> bool:
    first = surface[0]  # nearly always an Arabic letter: no scan needed
    return "\u0600" <= first <= "\u06ff" or _ARABIC_CHAR.search(surface) is not None


@lru_cache(maxsize=50_000)  # asked again only on a miss of analyse_word's cache
def segment_word(norm: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """Split a normalised word into (proclitics, stem, enclitics).

    The stem keeps the article ال (``للرئيس`` gives ``ل`` + ``الرئيس``), since lexicon entries
    are written with it.
    """
    known = known_words()
    if norm in known or len(norm) <= MIN_STEM:
        return (), norm, ()
    if norm[0] not in CLITIC_FIRST:
        # No proclitic to try (most words): only an enclitic may come off, and the article
        # splits of an unknown word need a clitic letter too.
        enclitic = _strip_enclitic(norm, known)
        return ((), enclitic[0], (enclitic[1],)) if enclitic else ((), norm, ())
    for pre, rest in _proclitic_splits(norm):
        if rest in known:
            return pre, rest, ()
        enclitic = _strip_enclitic(rest, known)
        if enclitic:
            return pre, enclitic[0], (enclitic[1],)
    return _fallback(norm)


def _proclitic_splits(norm: str) -> list[tuple[tuple[str, ...], str]]:
    """Every proclitic reading of a word, the longest first, ending with no split."""
    out: list[tuple[tuple[str, ...], str]] = []
    conj_options = [((), norm)]
    if norm[0] in CONJUNCTIONS and len(norm) > MIN_STEM:
        conj_options.insert(0, ((norm[0],), norm[1:]))
    for conj, rest in conj_options:
        if rest[:2] == "لل" and len(rest) > 3:
            out.append((conj + ("ل",), "ال" + rest[2:]))
        if rest and rest[0] in PREPOSITIONS and len(rest) > MIN_STEM and (
                rest[0] != "س" or rest[1] in IMPERFECT_PREFIXES and len(rest) > 3):
            out.append((conj + (rest[0],), rest[1:]))
        if conj:
            out.append((conj, rest))
    out.append(((), norm))
    return out


def _strip_enclitic(word: str, known: frozenset[str]) -> tuple[str, str] | None:
    # (Slices, not startswith: that parses its arguments anew on every call.)
    if word[:2] == "ال":
        return None  # a definite noun takes no pronoun: الرئيسي is an adjective, not الرئيس + ي
    if not word.endswith(ENCLITICS):
        return None  # one test for the many words that end in no pronoun
    # The enclitics are tried longest first; a word ends in at most one of each length.
    for size in ENCLITIC_SIZES:
        enclitic = word[-size:]
        if enclitic in ENCLITIC_SET and len(word) - size >= MIN_STEM + 1:
            stem = word[:-size]
            if stem in known and stem not in names_only():
                return stem, enclitic
            if stem.endswith("ت") and stem[:-1] + "ه" in known:  # ta marbuta before a suffix
                return stem[:-1] + "ه", enclitic
    return None


# Article splits of an unknown word; every one starts with a clitic letter.
ARTICLE_PREFIXES = ("وبال", "وكال", "ولل", "فبال", "فلل", "وال", "فال", "بال", "كال", "لل")
ARTICLE_PREFIX_FIRST = frozenset(p[0] for p in ARTICLE_PREFIXES)
# The proclitic letters of each, by the prefix. No prefix starts another, so a word starts
# with one at most: it is found by a slice of each length, not by trying them all in turn.
_ARTICLE_CLITICS = {p: tuple(p[:-2]) if p.endswith("ال") else tuple(p[:-1])
                    for p in ARTICLE_PREFIXES}
_ARTICLE_PREFIX_SIZES = sorted({len(p) for p in ARTICLE_PREFIXES}, reverse=True)


def _fallback(norm: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """Unknown word: only splits that the article makes safe (وال، بال، لل، فال، كال)."""
    if norm[0] not in ARTICLE_PREFIX_FIRST:
        return (), norm, ()  # most unknown words (names above all) start with no clitic
    for size in _ARTICLE_PREFIX_SIZES:
        letters = _ARTICLE_CLITICS.get(norm[:size])
        if letters is not None and len(norm) - size >= MIN_STEM:
            return letters, "ال" + norm[size:], ()
    if norm[0] in CONJUNCTIONS and len(norm) >= 5 and norm[1:3] == "ال":
        return (norm[0],), norm[1:], ()
    return (), norm, ()


def _segments(surface: str, pre: tuple[str, ...], stem: str,
              post: tuple[str, ...]) -> tuple[SegmentLayout, ...]:
    """Map normalised segments back onto the surface string, diacritics included.

    Every proclitic is one letter; the enclitic is the last letters of the word; the stem
    is what lies between (for لل the stem starts at the article's second lam).
    """
    if not pre and not post:  # most words: one segment, and no letters to find
        return ((0, len(surface), surface, "stem", stem),)
    bounds = _letter_bounds(surface)
    segs: list[SegmentLayout] = []
    cursor = 0
    for pos, letter in enumerate(pre):
        a, b = _char_range(bounds, pos, 1, len(surface))
        a = cursor  # a tatweel or mark before the first letter belongs to the first segment
        segs.append((a, b, surface[a:b], "proclitic", letter))
        cursor = b
    stem_end = len(surface)
    if post:
        n_post = len(post[0])
        stem_end = bounds[len(bounds) - n_post] if len(bounds) >= n_post else len(surface)
    segs.append((cursor, stem_end, surface[cursor:stem_end], "stem", stem))
    if post:
        segs.append((stem_end, len(surface), surface[stem_end:], "enclitic", post[0]))
    return tuple(segs)


def _letter_bounds(surface: str) -> list[int]:
    """Start offsets of the base letters of ``surface`` (marks and tatweel are skipped)."""
    return [i for i, c in enumerate(surface) if normalize_word(c)]


def _char_range(bounds: list[int], first: int, count: int, length: int) -> tuple[int, int]:
    """Surface range covering ``count`` base letters from letter ``first``."""
    start = bounds[first] if first < len(bounds) else length
    last = first + count
    end = bounds[last] if last < len(bounds) else length
    return start, end
