"""Place names: an index over the place and country lexicons, and the event-location finder.

Places are matched on token n-grams (dictionary lookups, longest first), so the index is built
once and a document is scanned in one pass. A place "introduced" by a locative cue (في، ب،
قرب، شمال، وسط، محيط، ضواحي ...) is where something happened; other mentions are only mentions.
Forms that are also common words (كيف "how" / Kyiv, صور "pictures" / Tyre) sit in the
``cued_ar`` column of ``places.tsv`` and count only after a cue word (في صور، بمدينة صور);
a ب on the form itself is no cue for them, as بحجة is "under the pretext".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.lexicon import load_rows, split_variants
from khabar.model import Document, Place, Token
from khabar.text.normalize import normalize_chars, normalize_word
from khabar.text.sentences import COMMAS
from khabar.text.tokens import known_words, proclitics, tokenize

# Grammar of locative phrases (normalised forms), not a lexicon.
CUES = frozenset({
    "في", "قرب", "بالقرب", "مقربه", "عند", "داخل", "محيط", "ضواحي", "اطراف", "مشارف", "قبالة",
    "قباله", "انحاء", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
})
CUE_PROCLITIC = "ب"
# The preposition of a destination (زيارة إلى بغداد): where a visit happens, not other events.
DESTINATION_CUES = frozenset({"الي"})
# Nouns that name the kind of place before its name: في مدينة حلب، ببلدة بنت جبيل.
PLACE_NOUNS = frozenset({
    "مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه", "مخيم", "محافظه", "ولايه", "منطقه",
    "المنطقه", "مناطق", "حي", "قضاء", "مقاطعه", "اقليم", "ريف", "ضاحيه", "عاصمه", "العاصمه",
    "جزيره", "ميناء", "مطار", "مديريه", "ناحيه", "محليه", "بلدات", "قري", "مدن", "سواحل",
    "ساحل", "حدود", "الحدود", "مياه", "اجواء", "الاراضي", "اراضي",
})
# Nouns whose "في ..." complement is a topic, not where the event happened (الوضع في أوكرانيا).
TOPIC_NOUNS = frozenset({
    "الوضع", "الاوضاع", "الازمه", "الحرب", "الصراع", "النزاع", "التطورات", "الاحداث",
    "التصعيد", "الاستقرار", "السلام", "الامن", "الحل", "التسويه", "الملف", "القتال",
})
# The capital named by its country's adjective (في العاصمة السورية): the noun before the nisba.
CAPITAL_NOUN = "العاصمه"
MAX_WALK_BACK = 4
PLACE_FILE = "places.tsv"
COUNTRY_FILE = "countries.tsv"
ORG_FILE = "organisations.tsv"


@dataclass(frozen=True)
class PlaceEntry:
    """One place of the lexicons (a country, a capital or a row of ``places.tsv``)."""

    id: str
    name: str
    country: str | None
    kind: str
    cued: bool = False


@dataclass(frozen=True)
class PlaceIndex:
    """Normalised word tuples to the places they name, in order of preference."""

    entries: dict[tuple[str, ...], tuple[PlaceEntry, ...]]
    # First word of a name -> words in the longest name it starts: a match is tried from
    # that length down, not from the longest name of all (most names are one or two words).
    first_words: dict[str, int]
    orgs: frozenset[tuple[str, ...]]
    org_first_words: dict[str, int]


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found in a document, with its token range and whether a cue introduces it."""

    entry: PlaceEntry
    start: int
    end: int
    first_token: int
    last_token: int
    cued: bool
    topic: bool = False
    destination: bool = False


def _key(form: str) -> tuple[str, ...]:
    return tuple(normalize_word(form).split())


def _lexicon_entries() -> list[tuple[str, PlaceEntry]]:
    """(form, entry) pairs: country names, then places.tsv, then capitals (preference order)."""
    pairs: list[tuple[str, PlaceEntry]] = []
    countries = load_rows(COUNTRY_FILE)
    for row in countries:
        entry = PlaceEntry(id=row.get("code", ""), name=row.get("name_en", ""),
                           country=row.get("code") or None, kind="country")
        pairs.extend((form, entry) for form in split_variants(row.get("names_ar", "")))
    for row in load_rows(PLACE_FILE):
        common = dict(id=row.get("id", ""), name=row.get("name_en", ""),
                      country=row.get("country") or None, kind=row.get("kind", ""))
        pairs.extend((form, PlaceEntry(**common)) for form in split_variants(row.get("names_ar", "")))
        pairs.extend((form, PlaceEntry(**common, cued=True))
                     for form in split_variants(row.get("cued_ar", "")))
    for row in countries:
        entry = _capital_entry(row)
        if entry is None:
            continue
        pairs.extend((form, entry) for form in split_variants(row.get("capitals_ar", "")))
    return pairs


def _capital_entry(row: dict[str, str]) -> PlaceEntry | None:
    name = re.sub(r"\s*\(.*\)", "", row.get("capital_en", "")).strip()
    if not name:
        return None
    return PlaceEntry(id=f"capital_{row.get('code', '').lower()}", name=name,
                      country=row.get("code") or None, kind="city")


@lru_cache(maxsize=1)
def capitals_by_nisba() -> dict[str, PlaceEntry]:
    """The definite feminine nisba of a state (السوريه) to its capital: العاصمة السورية is
    Damascus, and of the names after it (العاصمة الأردنية عمان) the one in that state."""
    found: dict[str, PlaceEntry] = {}
    for row in load_rows(COUNTRY_FILE):
        entry = _capital_entry(row)
        if entry is None:
            continue
        for form in split_variants(row.get("nisba_ar", "")):
            key = _key("ال" + form)
            if len(key) == 1 and key[0].endswith("يه"):
                found.setdefault(key[0], entry)
    return found


@lru_cache(maxsize=1)
def place_index() -> PlaceIndex:
    """The place index, built once per process from the lexicons."""
    entries: dict[tuple[str, ...], list[PlaceEntry]] = {}
    for form, entry in _lexicon_entries():
        key = _key(form)
        if not key:
            continue
        found = entries.setdefault(key, [])
        if all((e.name, e.country) != (entry.name, entry.country) for e in found):
            found.append(entry)
    orgs = {_key(form) for row in load_rows(ORG_FILE)
            for form in split_variants(row.get("names_ar", ""))}
    orgs.discard(())
    return PlaceIndex(
        entries={k: tuple(v) for k, v in entries.items()},
        first_words=_longest_by_first_word(entries),
        orgs=frozenset(orgs),
        org_first_words=_longest_by_first_word(orgs),
    )


def _longest_by_first_word(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """First word of each key -> length of the longest key that it starts."""
    longest: dict[str, int] = {}
    for key in keys:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


def lookup_place(name_ar: str) -> PlaceEntry | None:
    """The preferred place for an Arabic name written as in the lexicons (any spelling)."""
    found = place_index().entries.get(_key(name_ar))
    return found[0] if found else None


def find_places(doc: Document | str, start: int = 0, end: int | None = None) -> list[Place]:
    """Every place mention in ``doc.text[start:end]``, left to right, longest names first."""
    if isinstance(doc, str):
        doc = Document(id="text", text=doc)
    return [_to_place(doc, m) for m in match_places(doc, start, end)]


def find_place(doc: Document, start: int = 0, end: int | None = None) -> Place | None:
    """Where the event in ``doc.text[start:end]`` happened: the first place a cue introduces.

    A place in a topic phrase (الوضع في أوكرانيا، الحرب في سوريا) is not the event's location.
    """
    for match in match_places(doc, start, end):
        if match.cued and not match.topic:
            return _to_place(doc, match)
    return None


def find_destination(doc: Document, start: int, end: int, pos: int) -> Place | None:
    """Where a visit named at ``pos`` goes, in ``doc.text[start:end]``: the place that the
    first إلى after ``pos`` introduces (زيارة إلى بغداد), else the last one before it (وصل
    إلى بغداد في زيارة). A later إلى is another trip (زيارته إلى الإقليم تكملة لزيارته إلى
    بغداد), so an unknown place after the first one leaves the visit without a place."""
    tokens = _tokens_within(doc, doc.tokens or tokenize(doc.text), start, end)
    cues = [t.start for t in tokens if t.stem in DESTINATION_CUES]
    after = [c for c in cues if c >= pos]
    before = [c for c in cues if c < pos]
    if not (after or before):
        return None
    cue = after[0] if after else before[-1]
    matches = match_places(doc, cue, end)
    if matches and matches[0].destination and matches[0].first_token <= MAX_WALK_BACK:
        return _to_place(doc, matches[0])
    return None


def find_place_aside(doc: Document, first: int, last: int, sentence_start: int,
                     sentence_end: int) -> Place | None:
    """Where the event of the clause of tokens ``[first, last)`` happened, told by a place
    phrase set off by a comma beside it rather than inside it: one that opens the sentence
    and frames all of it (وفي محافظة شبوة، دارت اشتباكات), or one right after the clause
    (التقى الوزير نظيره، في العاصمة القطرية الدوحة). A phrase is only the place itself with
    its cue, place nouns and adjectives: a longer stretch before the comma is a clause of
    its own, whose place is its own."""
    tokens = doc.tokens
    if first > sentence_start:
        comma = _closing_comma(tokens, sentence_start, first)
        if comma == first - 1:  # the frame's own clause, not one reported or added later
            place = _whole_phrase_place(doc, sentence_start, comma)
            if place is not None:
                return place
    if last < sentence_end - 1 and tokens[last].text in COMMAS:
        close = _closing_comma(tokens, last + 1, sentence_end) or sentence_end
        return _whole_phrase_place(doc, last + 1, close)
    return None


def _closing_comma(tokens: list[Token], start: int, end: int) -> int | None:
    """The first comma in tokens ``[start, end)`` that ends a phrase short enough to be a
    place phrase, or None."""
    for k in range(start, min(end, start + MAX_WALK_BACK + 3)):
        if tokens[k].text in COMMAS:
            return k
    return None


def _whole_phrase_place(doc: Document, start: int, end: int) -> Place | None:
    """The place of tokens ``[start, end)`` when they are one place phrase: a cue and place
    nouns or adjectives, then a name that ends the phrase (في العاصمة اليمنية صنعاء)."""
    tokens = doc.tokens
    while end > start and tokens[end - 1].is_punct:
        end -= 1
    if end <= start or tokens[start].stem != "في" and \
            CUE_PROCLITIC not in proclitics(tokens[start]):
        return None
    matches = match_places(doc, tokens[start].start, tokens[end - 1].end)
    if len(matches) != 1:
        return None
    match = matches[0]
    if not match.cued or match.topic or match.first_token > MAX_WALK_BACK \
            or match.last_token != end - start - 1:
        return None
    return _to_place(doc, match)


def _tokens_within(doc: Document, tokens: list, start: int, end: int) -> list:
    """Tokens inside ``[start, end)``, found by bisection (tokens are in text order)."""
    if tokens is doc.tokens:
        starts = doc.token_starts()
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
    else:
        lo = bisect.bisect_left(tokens, start, key=lambda t: t.start)
        hi = bisect.bisect_right(tokens, end, key=lambda t: t.end)
    return [t for t in tokens[lo:hi] if t.start >= start and t.end <= end]


def match_places(doc: Document, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
    """Place matches with their cue status (what :func:`find_places` and :func:`find_place` read)."""
    end = len(doc.text) if end is None else end
    tokens = doc.tokens or tokenize(doc.text)
    window = _tokens_within(doc, tokens, start, end)
    index = place_index()
    matches: list[PlaceMatch] = []
    i = 0
    while i < len(window):
        tok = window[i]
        if tok.stem == CAPITAL_NOUN and i + 1 < len(window):
            capital = _capital_match(window, i, index)
            if capital is not None:
                matches.append(capital)
                i = capital.last_token + 1
                continue
        if tok.is_punct or not _may_start(tok.stem, tok.norm):
            i += 1
            continue
        org_len = _org_length(window, i, index)
        match = _match_at(window, i, index)
        if org_len and (match is None or org_len > match.last_token - match.first_token + 1):
            i += org_len
            continue
        if match is None:
            i += 1
            continue
        matches.append(match)
        i = match.last_token + 1
    return matches


def _capital_match(window: list[Token], i: int, index: PlaceIndex) -> PlaceMatch | None:
    """العاصمة and a state's nisba at ``i``: the name after them, read as that state's
    place where it has such a reading (عمان is Amman there, not Oman), else the capital."""
    capital = capitals_by_nisba().get(window[i + 1].stem)
    if capital is None:
        return None
    named = _match_at(window, i + 2, index) if i + 2 < len(window) else None
    if named is not None:
        key = tuple(t.norm for t in window[named.first_token:named.last_token + 1])
        same = [e for e in index.entries.get(key, ()) if e.country == capital.country]
        return replace(named, entry=same[0]) if same else named
    cued = _cued_before(window, i) or CUE_PROCLITIC in proclitics(window[i])
    return PlaceMatch(entry=capital, start=_start_offset(window[i], -1),
                      end=window[i + 1].end, first_token=i, last_token=i + 1, cued=cued,
                      topic=cued and _topic_before(window, i))


def _match_at(window: list[Token], i: int, index: PlaceIndex) -> PlaceMatch | None:
    """The longest place name starting at window position ``i``."""
    first = window[i]
    if first.is_punct:
        return None
    for form, stripped, clitics in _first_forms(first.stem, first.norm):
        if form not in index.first_words:
            continue
        longest = min(index.first_words[form], len(window) - i)
        for n in range(longest, 0, -1):
            rest = window[i + 1:i + n]
            if any(t.is_punct for t in rest):
                continue
            found = index.entries.get((form, *(t.norm for t in rest)))
            if not found:
                continue
            if stripped < 0:
                clitics = proclitics(first)
            worded = _cued_before(window, i)
            cued = worded or CUE_PROCLITIC in clitics or _venue_next(window, i, i + n - 1)
            for entry in found:
                if entry.cued and not worded:  # بحجة is "under the pretext", بصور "with pictures"
                    continue
                last = window[i + n - 1]
                stop = _stem_end(last) if n == 1 and stripped < 0 else last.end
                return PlaceMatch(entry=entry, start=_start_offset(first, stripped), end=stop,
                                  first_token=i, last_token=i + n - 1, cued=cued,
                                  topic=cued and _topic_before(window, i),
                                  destination=not entry.cued and _cued_before(window, i,
                                                                              DESTINATION_CUES))
    return None


@lru_cache(maxsize=100_000)
def _may_start(stem: str, norm: str) -> bool:
    """Whether a word may begin a place or organisation name (most words may not)."""
    index = place_index()
    return stem in index.org_first_words or any(
        form in index.first_words for form, _, _ in _first_forms(stem, norm))


@lru_cache(maxsize=100_000)
def _first_forms(stem: str, norm: str) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """Readings of a name's first word: (form, letters stripped, proclitics), best first.

    The segmenter's stem comes first (``-1`` letters: its offsets are in the segments). When
    the segmenter left an unknown word whole, و/ف and ب/ل/ك (لل to ال) are also stripped by
    hand; a known word (بايدن) is never cut.
    """
    forms: list[tuple[str, int, tuple[str, ...]]] = [(stem, -1, ())]
    if stem != norm or norm in known_words():
        return tuple(forms)
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            head = conj + prep
            if not head or not norm.startswith(head):
                continue
            rest = norm[len(head):]
            if prep == "ل" and rest.startswith("ل"):
                rest = "ا" + rest
            if len(rest) >= 2:
                forms.append((rest, len(head), tuple(head)))
    forms.append((norm, 0, ()))
    seen: set[str] = set()
    return tuple(f for f in forms if not (f[0] in seen or seen.add(f[0])))


def _start_offset(token: Token, stripped: int) -> int:
    """Offset where the name starts inside its first token, after ``stripped`` letters."""
    if stripped < 0:
        stem = next((s for s in token.segments if s.role == "stem"), None)
        return stem.start if stem else token.start
    if stripped == 0:
        return token.start
    bounds = [k for k, ch in enumerate(token.text) if normalize_chars(ch)]
    return token.start + (bounds[stripped] if stripped < len(bounds) else 0)


def _stem_end(token: Token) -> int:
    """End of the stem segment (an enclitic is not part of the name)."""
    stem = next((s for s in token.segments if s.role == "stem"), None)
    return stem.end if stem else token.end


def _cued_before(window: list[Token], i: int, cues: frozenset[str] = CUES) -> bool:
    """Is the name at ``i`` introduced by a cue, over place nouns and adjectives in between?"""
    j = i - 1
    for _ in range(MAX_WALK_BACK):
        if j < 0 or window[j].is_punct:
            return False
        token = window[j]
        if token.stem in cues:
            return True
        if token.stem in PLACE_NOUNS or is_place_adjective(token.stem):
            if cues is CUES and CUE_PROCLITIC in proclitics(token):
                return True
            j -= 1
            continue
        return False
    return False


def _venue_next(window: list[Token], first: int, last: int) -> bool:
    """Is the name at ``first..last`` the subject of a verb of venue (شهدت بغداد مظاهرات،
    القاهرة قد شهدت، شهدت العاصمة بغداد)? The verb names where the act after it happens,
    as a locative word does; the verbs are the ``venue`` cues of ``modality.tsv``."""
    from khabar.events.lexicon import key_set, venue_verbs  # events imports this module

    verbs = venue_verbs()
    j = first - 1
    while j >= 0 and first - j <= MAX_WALK_BACK and (
            window[j].stem in PLACE_NOUNS or is_place_adjective(window[j].stem)):
        j -= 1
    k = last + 1
    if k < len(window) and window[k].stem == "قد":
        k += 1
    return any(0 <= v < len(window) and not window[v].is_punct
               and not key_set(window[v].norm).isdisjoint(verbs) for v in (j, k))


def _topic_before(window: list[Token], i: int) -> bool:
    """Is the cue before ``i`` the في of a topic noun (الوضع في ...)?"""
    j = i - 1
    while j >= 0 and (window[j].stem in PLACE_NOUNS or is_place_adjective(window[j].stem)):
        j -= 1
    if j >= 1 and window[j].stem == "في":
        return window[j - 1].stem in TOPIC_NOUNS
    return False


def is_place_adjective(stem: str) -> bool:
    """A nisba or direction adjective such as الأوكرانية، الجنوبي after a place noun (skipped
    between cue and name, and read as part of the place noun by the argument rules)."""
    return stem.startswith("ال") and (stem.endswith("يه") or stem.endswith("ي")) and len(stem) > 4


def _org_length(window: list[Token], i: int, index: PlaceIndex) -> int:
    """Length in tokens of an organisation name starting at ``i`` (its words are no place)."""
    first = window[i].stem
    if first not in index.org_first_words:
        return 0
    for n in range(min(index.org_first_words[first], len(window) - i), 1, -1):
        key = (first, *(t.norm for t in window[i + 1:i + n]))
        if key in index.orgs:
            return n
    return 0


def _to_place(doc: Document, match: PlaceMatch) -> Place:
    return Place(start=match.start, end=match.end, text=doc.text[match.start:match.end],
                 name=match.entry.name, country=match.entry.country)
