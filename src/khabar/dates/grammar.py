"""The date grammar: one regular expression over normalised text, built from the lexicons.

The expression is compiled once. It runs over the output of
:func:`khabar.text.normalize.normalize_text` (no diacritics, one alef, ه for ة, ي for ى,
digits 0-9), so each alternative is written once. Each alternative is a named group
``k_<kind>``; inner groups (``d``, ``m``, ``y``, ``rel`` ...) share names across alternatives
and :mod:`khabar.dates.finder` reads them. A proclitic (و ف ب ل ك) may precede the first
word and is left out of the span; the article form لل (للعام) stays in it.

Most sentences hold no date, so :func:`may_hold_date` first tells in a few C-level steps
whether one is possible (a digit, or a token among the surface spellings of the date words).
If so, the expression is tried only where :func:`anchor_positions` finds a digit or a date
word in the raw text, from the anchor's word or the lead words before it
(:func:`lead_words`), on a short normalised window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import product

import regex

from khabar.dates.words import DateWords, date_words
from khabar.text.normalize import normalize_chars

LB = r"(?<![\p{L}\p{M}\p{N}])"
RB = r"(?![\p{L}\p{M}\p{N}])"
DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
DAY = DAY_NUMBER + r"(?![\d٫]|[.,:/]\d)"
YEAR = r"(?<!\d)\d{4}(?![\d٫]|[.,]\d)"
MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
COMMA = r"\s*[،,]?\s*"
PAIR_SEP = r"\s*[/\\(\-–]?\s*"
# Between the numbers of a date; the slash also with spaces (25 / 6 / 1436هـ), the same
# both times.
NUMERIC_SEP = r"[-.]|\s*/\s*"


def _alternation(words: list[str]) -> str:
    """Longest first, spaces as ``\\s+``, ال words also in their لل form (للعام)."""
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        if word.startswith("ال") and len(word) > 3:
            forms.add("لل" + word[2:])
    return "(?:" + _trie(sorted(forms)) + ")"


def _months(words: DateWords, safe_only: bool) -> str:
    names = [n for n, m in words.months.items() if not (safe_only and m.ambiguous)]
    return _alternation(names)


def build_pattern(words: DateWords) -> str:
    """The source of the date expression (see the module docstring)."""
    w = {kind: _alternation(words.words(kind)) for kind in words.kinds}
    units = words.kinds.get("unit", {})
    unit_month = _alternation([u for u, v in units.items() if v == "month"])
    unit_year = _alternation([u for u, v in units.items() if v == "year"])
    month_all = _months(words, safe_only=False)
    month_safe = _months(words, safe_only=True)
    rel = rf"(?P<rel>{w['relative']}){RB}"

    def pair(name: str, names: str = month_all) -> str:
        """A month name, optionally paired with its other-system name (كانون الثاني/يناير)."""
        return rf"(?P<{name}>{names}){RB}(?:{PAIR_SEP}(?P<{name}b>{month_all}){RB}(?:\s*\))?)?"

    year_part = (
        rf"(?:{COMMA}(?:{w['of']}\s+)?(?:{w['year_word']}\s+)?(?P<y>{YEAR})"
        rf"(?:\s*(?P<era>{w['era']}){RB})?"
        rf"|\s+(?:{w['of']}\s+)?(?:{unit_year}\s+(?P<yrel>{w['relative']})"
        rf"|(?P<ythis>{w['this']})\s+{unit_year}){RB})"
    )
    era = rf"(?:\s*(?P<era>{w['era']}){RB})?"
    day_number = rf"(?:(?P<d>{DAY})|(?P<od>{w['ordinal']}){RB})"
    joiner = rf"\s*{w['range_join']}\s*"
    opener = rf"(?:{w['range_open']}\s+)?"
    month_ref = rf"(?:{w['of']}\s+)?(?:{w['month_word']}\s+)?"
    weekday_prefix = rf"(?:(?:{w['day_word']}\s+)?{w['weekday']}{COMMA})?"
    this_month = rf"(?:{w['of']}\s+)?(?:(?P<mthis>{w['this']})\s+{unit_month}|{unit_month}\s+{rel})"

    alternatives = {
        "range": rf"{opener}(?P<rd1>{DAY}){joiner}(?P<rd2>{DAY})\s+{month_ref}{pair('m')}"
                 rf"(?:{year_part})?(?:\s+{rel})?",
        "range2": rf"{opener}(?P<rd1>{DAY})\s+{month_ref}{pair('m1')}{joiner}"
                  rf"(?P<rd2>{DAY})\s+{month_ref}{pair('m')}(?:{year_part})?",
        "iso": rf"(?<!\d)(?P<iy>\d{{4}})(?P<sep>{NUMERIC_SEP})(?P<im>{MONTH_NUMBER})(?P=sep)"
               rf"(?P<id>{DAY_NUMBER})(?!\d){era}",
        "numeric": rf"(?P<nd>{DAY_NUMBER})(?P<sep>{NUMERIC_SEP})(?P<nm>{MONTH_NUMBER})(?P=sep)"
                   rf"(?P<ny>{YEAR}){era}",
        "dmy": rf"{weekday_prefix}{day_number}\s+{month_ref}{pair('m')}(?:{year_part})?"
               rf"(?:\s+{rel})?",
        "dthis": rf"{day_number}\s+{this_month}",
        "my": rf"(?:{w['month_word']}\s+)?{pair('m')}{year_part}",
        "mrel": rf"(?:{w['month_word']}\s+)?{pair('m')}\s+{rel}",
        "mword": rf"{w['month_word']}\s+{pair('m')}",
        "month": pair("m", month_safe),
        "year": rf"(?:{w['year_word']}\s+(?P<y>{YEAR})(?:\s*(?P<era>{w['era']}){RB})?"
                rf"|(?P<y>{YEAR})\s*(?P<era>{w['era']}){RB})",
        "unit": rf"(?:(?P<unit>{w['unit']})\s+{rel}|(?P<this>{w['this']})\s+(?P<unit>{w['unit']}))",
        "weekday": rf"(?:{w['day_word']}\s+)?(?P<wd>{w['weekday']}){RB}(?:\s+{rel})?",
        "day": rf"(?P<rday>{w['day']}){RB}(?:\s+{w['weekday']})?",
    }
    body = "|".join(rf"(?P<k_{kind}>{source})" for kind, source in alternatives.items())
    return rf"{LB}(?P<pro>[وف]?[بلك]?)(?:{body}){RB}"


KINDS = ("range", "range2", "iso", "numeric", "dmy", "dthis", "my", "mrel", "mword", "month",
         "year", "unit", "weekday", "day")


@cache
def expression() -> regex.Pattern:
    """The compiled date expression."""
    return regex.compile(build_pattern(date_words()))


def kind_of(match: regex.Match) -> str:
    """The kind of a match of :func:`expression`: the one ``k_<kind>`` group it took."""
    return next(kind for kind, group in _kind_groups() if match.group(group) is not None)


@cache
def _kind_groups() -> tuple[tuple[str, int], ...]:
    """Each kind with the number of its group. Asked for a group by name, the regex module
    first reads the name as a number and raises, which costs more than the rest of the
    lookup: the kind is found by number."""
    index = expression().groupindex
    return tuple((kind, index[f"k_{kind}"]) for kind in KINDS)


def _trie(words: list[str] | set[str], char: Callable[[str], str] = re.escape) -> str:
    """A regular expression for a set of literals, factored as a trie (fast in ``re``);
    ``char`` writes one character, a space stands for any run of white space."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else char(ch)) + render(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(tree)


@cache
def deleted_chars() -> frozenset[str]:
    """Characters that normalisation drops (harakat, tatweel, zero-width and bidi marks)."""
    return frozenset(c for c in _candidate_chars() if not normalize_chars(c))


def _candidate_chars() -> list[str]:
    ranges = [(0x0600, 0x0700), (0x0750, 0x0780), (0x200B, 0x2010), (0xFEFF, 0xFF00)]
    return [chr(c) for a, b in ranges for c in range(a, b)]


# Letters whose spelling varies in raw text (hamza forms, ta marbuta, alef maqsura).
RAW_VARIANTS = {"ا": "اأإآٱ", "ه": "هة", "ي": "يىئی", "و": "وؤ", "ك": "كک"}


def _runs_of(chars: str) -> re.Pattern:
    """Runs of the characters of the class body ``chars``, written as the class and then
    its repeat: ``re`` skips to where a run can start in C only when the pattern opens with a
    plain class; with ``[...]+`` it tries a match at every character of the text."""
    return re.compile(f"[{chars}][{chars}]*")


DIGITS = _runs_of(r"0-9\u0660-\u0669\u06f0-\u06f9")


@cache
def _marks() -> re.Pattern:
    """Runs of characters that normalisation drops, as a class of ranges."""
    codes = sorted(map(ord, deleted_chars()))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(f"\\u{a:04x}-\\u{b:04x}" if b > a else f"\\u{a:04x}" for a, b in ranges)
    return _runs_of(body)


@cache
def _anchor_words() -> re.Pattern:
    """Date words in raw text (see :func:`anchor_positions`)."""
    words = date_words()
    phrases = [n for n, m in words.months.items() if not m.ambiguous]
    for name, month in words.months.items():
        if month.ambiguous:
            phrases += [f"{of} {name}" for of in words.words("of")]
            phrases.append(f"{name} ال")  # every relative word starts with the article
    for kind in ("weekday", "day", "unit", "year_word", "month_word"):
        phrases.extend(words.words(kind))
    singles = {_bare(p) for p in phrases if " " not in p}
    stems = set(singles)
    for phrase in phrases:
        if " " in phrase and not any(_bare(w) in singles for w in phrase.split()):
            stems.add(phrase)
    stems = {_rarer_start(stem) for stem in stems}
    return re.compile(_raw_trie(stems))


def _raw_trie(stems: set[str]) -> str:
    """A trie of the raw spellings of ``stems`` whose every branch opens with one plain
    letter (ا, أ, إ ... each its own): ``re`` then knows the letters that a match can start
    with and skips the others in C, rather than trying the trie at every character."""
    rests: dict[str, list[str]] = {}
    for stem in sorted(stems):
        rests.setdefault(stem[0], []).append(stem[1:])
    return "|".join(re.escape(letter) + _trie(after, _raw_letter)
                    for first, after in rests.items()
                    for letter in RAW_VARIANTS.get(first, first))


def _raw_letter(ch: str) -> str:
    """A normalised letter as a class of its raw spellings (:data:`RAW_VARIANTS`)."""
    return f"[{RAW_VARIANTS[ch]}]" if ch in RAW_VARIANTS else re.escape(ch)


# The characters of ``\s``, spelled out (all of them lie below U+10000): a class of plain
# characters is one table lookup a character in ``re``, while a class that holds ``\s`` is
# tried item by item.
WHITE_SPACE = "".join(c for c in map(chr, range(0x10000)) if c.isspace())
TOKENS = _runs_of("^" + re.escape(WHITE_SPACE) + r"/.,،؛;:!?؟\"'«»“”()\[\]{}<>\-–—…")
PROCLITIC_SEQUENCES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def may_hold_date(segment: str) -> bool:
    """Whether ``segment`` has a digit or a word that a date expression needs.

    The quick test run on every sentence, all in C: a scan for digits, then the tokens
    (vowel marks taken out first) against the surface spellings of :func:`_surface_keys`.
    """
    if DIGITS.search(segment):
        return True
    if _marks().search(segment):
        segment = _marks().sub("", segment)
    return not _surface_keys().isdisjoint(TOKENS.findall(segment))


@cache
def _surface_keys() -> frozenset[str]:
    """Raw spellings of every word a date expression must contain: each date word (and one
    telling word of each phrase: كانون of كانون الثاني), with hamza forms of alef, ة for a
    final ه, ى for a final ي, the لل form of words with the article, and the proclitics
    that may be glued to the front (والخميس، بالأمس)."""
    words = date_words()
    phrases = list(words.months)
    for kind in ("weekday", "day", "unit", "year_word", "month_word"):
        phrases.extend(words.words(kind))
    singles = {p for p in phrases if " " not in p}
    keys: set[str] = set(singles)
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) > 1 and not any(p in singles for p in parts):
            keys.add(max(reversed(parts), key=lambda w: len(_bare(w))))
    out: set[str] = set()
    for key in keys:
        forms = [key, "لل" + key[2:]] if key.startswith("ال") else [key]
        for form in forms:
            for spelling in _spellings(form):
                out.update(pre + spelling for pre in PROCLITIC_SEQUENCES)
    return frozenset(out)


def _spellings(word: str) -> list[str]:
    """Raw spellings that normalise to ``word`` (alef with hamza or madda, final ة and ى)."""
    options = []
    for i, ch in enumerate(word):
        last = i == len(word) - 1
        if ch == "ا":
            options.append("اأإآ")
        elif last and ch == "ه":
            options.append("هة")
        elif last and ch == "ي":
            options.append("يى")
        else:
            options.append(ch)
    return ["".join(p) for p in product(*options)]


def anchor_positions(text: str, start: int, end: int) -> list[int]:
    """Where a date expression can be in the *raw* ``text[start:end]``: digits and date words.

    A superset of what the grammar finds, so that a sentence without a date costs a scan or
    two and no normalisation. Vowel marks and tatweel are taken out before the word scan (and
    positions mapped back); letters stand for their spelling variants (:data:`RAW_VARIANTS`);
    an ambiguous month name (مارس, آب) counts only with a digit, شهر, a relative word or من
    next to it, so it enters as those phrases.
    """
    found = [m.start() for m in DIGITS.finditer(text, start, end)]
    segment = text[start:end]
    marks = [m.span() for m in _marks().finditer(segment)]
    if not marks:
        found += [start + m.start() for m in _anchor_words().finditer(segment)]
        return sorted(found)
    bare = _marks().sub("", segment)
    removed: list[tuple[int, int]] = []  # (position in bare, characters removed before it)
    total = 0
    for a, b in marks:
        total += b - a
        removed.append((b - total, total))
    for m in _anchor_words().finditer(bare):
        shift = 0
        for position, count in removed:
            if position > m.start():
                break
            shift = count
        found.append(start + m.start() + shift)
    return sorted(found)


def _rarer_start(stem: str) -> str:
    """Drop leading alef, waw and ya (the commonest letters, and where spelling varies) while
    four letters remain: fewer places in a text enter the scan."""
    while len(stem.split()[0]) > 4 and stem[0] in "اوي":
        stem = stem[1:]
    return stem


def lead_words() -> frozenset[str]:
    """Normalised words that may open an expression before its first anchor (من 1 إلى 5
    مارس, هذا العام, العاشر من آب, آب الماضي)."""
    return _lead_words()


@cache
def _lead_words() -> frozenset[str]:
    words = date_words()
    lead: set[str] = set()
    for kind in ("range_open", "this", "day_word", "of", "ordinal", "weekday", "month_word"):
        for word in words.words(kind):
            lead.update(word.split())
    for word in words.words("day"):  # the first word of بعد غد, أول أمس
        if " " in word:
            lead.update(word.split())
    for name in words.months:
        lead.update(name.split())
    return frozenset(lead)


def _bare(word: str) -> str:
    """A word without its article, which لل forms and proclitics leave intact (الخميس ->
    خميس); short words keep it (الغد, not غد, which بغداد holds)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word
