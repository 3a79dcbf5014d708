"""Mention finding: longest lexicon matches, then phrase rules over them.

A sentence is first cut into lexicon matches (longest first, over token stems) and plain
tokens. Phrase rules then read that sequence left to right:

- title phrase: a title, more titles (مساعد الرئيس), nisba adjectives (الروسي) and the body
  it belongs to (باسم البيت الأبيض), then an optional name: known, or a run of unknown
  words (المتحدثة باسم البيت الأبيض جين ساكي). A title right after a name is an apposition
  (يوري أوشاكوف مساعد الرئيس الروسي). نظيره and dual titles (الرئيسين) become counterpart and
  plural candidates for the resolver;
- agent phrase: a generic agent and its nisba (الجيش الروسي، الجانب الروسي);
- a foreign family name (ميركل، بيكهام) is a person alone, or with the family names after it;
- a given name followed by unknown words is a person (pattern); the third word on needs
  more evidence (a given name, an article-bearing family name, a particle before it). A given
  name that is also a common word, or a place (صوفيا), counts only before a name-like word;
- organisation name: a head noun (وزارة، حزب، جامعة; ``extra_org_heads.tsv``) and the
  genitives, nisbas, places or foreign proper name after it (وزارة الزراعة المصرية);
- "former" (السابق) after a title marks a former office holder: no sector, never the
  incumbent;
- anything else matched stands alone: person, organisation, country, capital, place, nisba.

The output is a list of :class:`Candidate`; :mod:`khabar.actors.resolve` turns them into
mentions and actors.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import count
from typing import TypeVar

from khabar.actors.gazetteer import (
    Entry,
    Gazetteer,
    Head,
    form_key,
    function_words,
    gazetteer,
    maqsura_org_names,
    name_cue_titles,
    name_cues,
    org_heads,
    org_short_names,
    outlet_names,
    regnal_ordinals,
    reporting_verbs,
    rows,
    unit_ordinals,
    unit_words,
)
from khabar.actors.roles import country_of, role_at, same_office
from khabar.lexicon import load_wordlist, split_variants
from khabar.lexicon_index import RELATIVE_PRONOUNS, common_nouns
from khabar.model import Document, Token
from khabar.text.normalize import normalize_word
from khabar.text.sentences import COMMAS, QUOTE_MARKS
from khabar.text.tokens import has_enclitic, has_tanween, proclitics

MAX_NAME_RUN = 3  # words of a name, not counting particles
MAX_ORG_WORDS = 5  # words after the head of an organisation name
# Kinds of bodies (extra_org_heads.tsv name_en) named by a name rather than by their fields:
# a word with و after one names another body (نادي النصر والاتفاق: two clubs).
NAMED_BY_NAMES = frozenset({"club", "team", "mosque"})
# Endings of a sound masculine plural (المسلمين، المهندسون), normalised.
PLURAL_ENDINGS = ("ين", "ون")
NAME_JOINTS = {".", "-"}  # punctuation inside a quoted name when nothing spaces it
PORTFOLIO_WORDS = 3  # words between a title and its nisba (وزير حقوق الإنسان اليمني)
# Particles inside Arabic and European names (خليفة بن زايد آل نهيان، جان مارك دو لا ...).
NAME_PARTICLES = {"بن", "ابن", "بنت", "ال", "ابو", "ابي", "عبد", "ولد", "دو", "دي", "لا", "فان",
                  "فون"}
# Particles that may start a European name (فان نيستلروي، دي ميستورا).
EUROPEAN_PARTICLES = {"دو", "دي", "فان", "فون", "دا", "ديل", "لا", "لو"}
SON_OF = {"بن", "ابن", "بنت"}
# Origins of given names (given_names.tsv) whose common-word forms are words of Arabic too.
WORD_NAME_ORIGINS = {"arabic", "persian", "turkish", "kurdish", None}
# Origins whose names put the family name first: شي، كيم before a name are its family name.
FAMILY_FIRST_ORIGINS = {"chinese", "korean"}
NAME_OPENERS = {"عبد", "ابو"}  # particles that may begin a name (عبد الرحمن، أبو بكر)
LINEAGE = SON_OF | {"ال"}  # a known name continued (بن جاسم، آل ثاني)
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}  # opening mark -> closing mark
# An organisation's name in Latin letters in parentheses after its Arabic name (ICSS).
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.'-]*")
MAX_LATIN_WORDS = 6
# Words that may follow a speaker's name after a reporting verb (وقال عنان إن ...).
SPEECH_NEXT = {normalize_word(word) for word in (
    "أن", "أنه", "أنها", "في", "خلال", "أمام", "لدى", "عقب", "بعد", "قبل", "أمس", "اليوم", "إلى",
    "ل", "لـ", "عن", "بأن", "بأنه", "أنهم")}
DUAL_SUFFIXES = ("ان", "ين")
# Endings of a dual in the construct state (وزيرا الخارجية، وزيري النفط), normalised.
CONSTRUCT_DUAL_SUFFIXES = ("ا", "ي")
# A written hamza right after ل or ب: the preposition on a word, since names transliterated
# into Arabic write a plain alef there (لامبرت، لاريجاني).
HAMZA_AFTER_PREPOSITION = ("لأ", "لإ", "بأ", "بإ")  # ل before ب: org_name takes the ب ones
# Where a diplomat is posted: لدى الأمم المتحدة، إلى سوريا، في دمشق (normalised).
POSTING_WORDS = {normalize_word(word) for word in ("لدى", "إلى", "في")}
# "former" after a title (الرئيس السابق، الوزيرة السابقة، الرئيس الأسبق).
FORMER = {"السابق", "السابقه", "الاسبق", "السابقين", "السابقان"}
# Endings of an indefinite Arabic adjective (إجرامية، طوعي), normalised: after a head noun
# such a word describes the body rather than names it.
NISBA_ENDINGS = ("يه", "ي")
# Items that may end a title phrase: the title, its nisba or the body it governs (وزير
# الخارجية، السفير الأميركي، عضو مجلس النواب).
TITLE_PHRASE_ENDS = ("title", "nisba", "org", "country")
ADJECTIVE_ENDINGS = (*NISBA_ENDINGS, "يا")  # nisbas and elatives (الوطنية، الأعلى، العليا)
PLURAL_NISBA_ENDINGS = ("يين", "يون")
PREPOSITION_MIM = ("بم", "لم", "كم")  # ب، ل، ك on a noun in م (بمقدار، لمواجهة)
OBJECT_PRONOUNS = ("ها", "هما")  # pronouns no transliterated name ends in
# Verbal nouns of derived verbs (انهيار، اقتناء، استقبال), bare or with a case, plural or
# nisba ending: shapes that no name word takes (normalised spelling).
# The letters between are consonants, as in no transliteration (ألتمان، أوتمار، أنيبال).
_C = "[^اويل]"
VERBAL_NOUN = re.compile(f"ا(?:ن{_C}{_C}|{_C}ت{_C}|ست{_C}{_C})ا{_C}(?:ا|ات|ه|ي|يه)?")
# The passive participle of the first form (مشغول، مقصود): an adjective, no family name.
MAFUL = re.compile(f"م{_C}{_C}و[^اوي]")
# The verbal noun of the second form (تنفيذ، تحقيق، تسليم), bare or with ta marbuta.
TAFIL = re.compile(f"ت{_C}{_C}ي{_C}(?:ه|ات)?")
# Common nouns and adjectives of Arabic shape (normalised), which no foreign name takes: the
# verbal noun of the fourth form and the plural أفعال (إنتاج، إبداع، أبحاث), the verbal noun of
# the second form of a hollow root (تسويق، تطوير), a sound feminine plural (دراسات، رحلات) and
# the participle of the eighth form (محترم، معتقل).
AFAL = re.compile("ا[^اويل][^اوي]ا[^اوي]")
TAFIL_HOLLOW = re.compile("ت[^اوي]وي[^اوي](?:ه|ات)?")
FEMININE_PLURAL = re.compile(".{3,}ات")
MUFTAAL = re.compile("م[^اوي]ت[^اوي][^اوي]")
# The participle of a derived verb of form V or X (متطرف، متشدد، مستقل، مستمتع): an
# adjective, no family name (متولي spells a vowel letter).
DERIVED_PARTICIPLE = re.compile(f"(?:مت|مست){_C}{_C}{_C}")
# Words that end an organisation name rather than belong to it (وزارة الخارجية اليوم).
# في written فى: a text that writes every final ي as ى, as Egyptian papers do.
MAQSURA_SPELLING = re.compile(r"(?<!\S)[وف]?فى(?!\S)")
# Words that qualify an indefinite noun (بلد آخر، صور أخرى، بلد مثل أفغانستان): after a place
# name that is also a common word they show the common word.
INDEFINITE_QUALIFIERS = {normalize_word(word) for word in ("آخر", "أخرى", "مثل")}
# Prepositions a participle takes its complement with (المسؤول عن، المشرف على).
PARTICIPLE_PREPOSITIONS = frozenset({"عن", "على"})
TRAILING_WORDS = {"اليوم", "الحالي", "الحاليه", "الماضي", "الماضيه", "الجاري", "الجديد",
                  "الجديده", "السابق", "السابقه", "العام"}
# Entry types that may match a token's stem with an enclitic removed (حكومتها، رئيسها).
STEM_TYPES = {"title", "agent"}
VERB_PREFIXES = ("ي", "ت", "سي", "ست", "سن")
DERIVED_VERB_PREFIXES = ("يت", "تت", "يست", "تست")  # forms V, VI and X
# An indefinite title word that, before another title, makes its deputy (نائب المستشارة).
DEPUTY_WORDS = frozenset({normalize_word("نائب"), normalize_word("نائبة")})
# Ranks of titles that speak or work for another office holder (المتحدث باسم الرئيس، مستشار
# الرئيس): the name after such a chain may be the governed office holder's.
GOVERNING_RANKS = {"spokesperson", "aide"}
# Letters two spellings of one name share at least (حميد، حامد: 0.75; جيمس، ديفيد: 0.22).
SAME_NAME_RATIO = 0.6
CAPITAL_WORD = normalize_word("العاصمة")
SHADDA = "\u0651"
DATELINE_MARKS = {"-", "ـ", "–", "—", ":", "(", "«"}
# A capital after these is the place, not the government (في القاهرة، وسط بغداد).
LOCATIVE = {"في", "وسط", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
             "شرقي", "غربي"}
# Words of the compass before a place (شرق الأناضول، وسط الجزيرة).
COMPASS = LOCATIVE - {"في", "قرب", "داخل"}
# Entities whose country an agent before them in the construct state takes (حكومة العراق).
GENITIVE_TYPES = {"country", "capital", "place", "org"}
# Items that tie an organisation's name to a state or a place (الاتحاد السعودي، مركز بغداد).
PLACE_TYPES = {"country", "capital", "place", "nisba"}
# Words that tie a body to the party it belongs to (القوات الموالية للرئيس، الشرطة التابعة
# لحماس), with and without the article, normalised.
AFFILIATION = frozenset(normalize_word(article + word) for article in ("", "ال") for word in (
    "موالية", "موالي", "موالين", "موالون", "تابعة", "تابع", "تابعين", "تابعون"))
ARMED_GROUPS = {"REB", "INS"}  # sectors of armed bodies that no state owns
UNIT_BODIES = {"MIL", "COP"}  # the bodies a military or police unit belongs to
# Words between a unit and the army or police it belongs to (الفرقة السابعة في الجيش العراقي).
UNIT_LINKS = AFFILIATION | {"في"}
# Possessive pronouns on an agent (قواته، قواتها، جنودهم) and the gender of their owner.
OWNER_PRONOUNS = {"ه": "m", "ها": "f", "هم": None, "هما": None}
GROUPINGS = {"WST", "ARB"}  # the West, the Arab world: no state to take
COMPASS_NISBAS = {"WST"}  # غربي is also "western": after a place it gives a direction
# Sectors of the state's own bodies: a title before one (رئيس السلطة الفلسطينية، رئيس البرلمان
# العراقي) is the state's office. Before any other organisation (a party, an armed group, a
# club, a university) the title is that organisation's: رئيس حركة حماس is not the Palestinian
# president, رئيس النادي الأهلي not the Egyptian one.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"})
# Sectors of agents that belong to the state they are in (الحكومة في تايلاند).
HOME_SECTORS = {"GOV", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "LAB", "EDU", "HLH"}
# Words after which a place name that is also a common word (cued_ar) is a place.
SPORTS_WORDS_MIN = 3  # sports words that make a document a sports report
PLACE_CUES = {normalize_word(word) for word in (
    "في", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "مدينة", "بلدة", "محافظة", "منطقة",
    "اقليم", "ولاية", "قضاء", "من", "الى", "الي")}


class Item:
    """A lexicon match (``entries`` non-empty) or a plain token, over tokens [start, end).

    ``type`` is the type of the first reading (None for a plain token). A plain class with
    slots: one is made per token, and the phrase rules read ``type`` on every step.
    """

    __slots__ = ("start", "end", "entries", "dual", "type")

    def __init__(self, start: int, end: int, entries: Sequence[Entry] = (),
                 dual: bool = False):
        self.start = start
        self.end = end
        self.entries = entries
        self.dual = dual
        self.type = entries[0].type if entries else None

    def of(self, *types: str) -> Entry | None:
        for entry in self.entries:
            if entry.type in types:
                return entry
        return None


@dataclass(slots=True)
class Candidate:
    """A mention before resolution: where it is, what it looks like, what it points to."""

    start: int
    end: int
    sentence: int
    via: str
    kind: str
    source: str
    entry: Entry | None = None
    title: Entry | None = None
    countries: list[str] = field(default_factory=list)
    sector: str | None = None
    gender: str | None = None
    plural: bool = False
    name: str | None = None
    link: Candidate | None = None
    head: int | None = None
    former: bool = False  # السابق / الأسبق: the office was held before, not now
    construct: bool = False  # رئيس لجنة ...: a title heading a body, no anaphor
    # رئيس حركة حماس: the party, group or club a title heads, or a body of the state that no
    # lexicon knows (المتحدث باسم وزارة الصحة المصرية)
    body: Candidate | None = None


@lru_cache(maxsize=1)
def writes_ya_as_maqsura(text: str) -> bool:
    """Whether a text writes في as فى, and so every final ي as ى: read once per document
    (a string keeps its hash), not once for each word that ends in ى."""
    return MAQSURA_SPELLING.search(text) is not None


def find_candidates(doc: Document) -> list[Candidate]:
    """Every candidate mention of the document, in text order."""
    gaz = gazetteer()
    _, norms, stems = doc.token_columns()
    notable = notable_tokens(norms, stems, gaz)
    out: list[Candidate] = []
    for sent in doc.sentences:
        start, end = sent.token_start, sent.token_end
        first, last = bisect_left(notable, start), bisect_left(notable, end)
        tokens = doc.tokens[start:end]
        items, busy = match_items(tokens, gaz, norms[start:end], stems[start:end],
                                  [i - start for i in notable[first:last]])
        Composer(doc, tokens, items, sent.i, gaz, out, busy).run()
    out = [cand for cand in out if cand.kind != "none"]  # حل الدولتين names no one
    out = bodies_named_after_people(doc, out)
    add_repeated_names(doc, out, gaz)
    add_quoted_short_names(doc, out)
    add_latin_names(doc, out)
    clubs_in_sports(doc, out)
    out = ranks_in_sports(doc, out)
    out.sort(key=lambda c: (c.start, -c.end))
    link_members(doc, out)
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def notable_tokens(norms: list[str], stems: list[str], gaz: Gazetteer) -> list[int]:
    """Indices of the tokens that lexicon matching or a phrase rule may start at.

    Most words of a sentence carry no clitic, start no lexicon key, are no dual, no head of
    an organisation name and no reporting verb: each is a plain item and no rule starts at
    it. Which words are such is a property of the normalised form alone, so it is worked
    out once per form, and the sentences are then cut at the few other tokens only.
    """
    loud = _form_cache(_LoudForms, gaz)
    return [i for i, norm, stem in zip(count(), norms, stems) if norm != stem or loud[norm]]


class _LoudForms(dict):
    """Normalised form -> whether a token of that form with no clitic needs a look, worked
    out on first sight of the form (a dict lookup per token, as every word asks)."""

    def __init__(self, gaz: Gazetteer) -> None:
        super().__init__()
        self.gaz = gaz
        self.heads = org_heads()
        self.reporting = reporting_verbs()
        self.cues = name_cues()
        self.units = unit_words()

    def __missing__(self, norm: str) -> bool:
        if len(self) >= LOUD_CACHE_LIMIT:
            self.clear()
        loud = self[norm] = (norm in self.gaz.longest or norm in self.heads
                             or norm in self.reporting or norm in self.cues
                             or norm in self.units
                             or norm in NAME_OPENERS or norm.startswith("لل")
                             or norm.endswith(DUAL_SUFFIXES)
                             or norm.endswith(CONSTRUCT_DUAL_SUFFIXES)
                             and norm[:-1] in self.gaz.longest)
        return loud


LOUD_CACHE_LIMIT = 300_000
# The caches of word forms built over one gazetteer, by class (see :func:`_form_cache`).
_FORM_CACHES: dict[type, dict] = {}
_Cache = TypeVar("_Cache", bound=dict)


def _form_cache(kind: type[_Cache], gaz: Gazetteer) -> _Cache:
    """The one cache of ``kind`` over the gazetteer ``gaz``: a new gazetteer starts it
    afresh, as what it holds was worked out from the old one."""
    held = _FORM_CACHES.get(kind)
    if held is None or held.gaz is not gaz:
        held = _FORM_CACHES[kind] = kind(gaz)
    return held


# Indices below this share their plain items between sentences and documents.
SHARED_PLAIN = 1 << 16
_plain: list[Item] = []
_plain_lock = threading.Lock()


def plain_items(start: int, end: int) -> list[Item]:
    """The plain items of tokens ``[start, end)`` of a document.

    A plain item of token ``i`` is ``Item(i, i + 1)`` in every sentence of every document,
    and no item is changed once made, so those of the first ``SHARED_PLAIN`` indices are
    made once and shared: most tokens are plain, and a new item for each of them in each
    document was a good part of the cost of cutting sentences into items.
    """
    if end > len(_plain):
        if end > SHARED_PLAIN:
            return [Item(i, i + 1) for i in range(start, end)]
        with _plain_lock:
            _plain.extend(Item(i, i + 1) for i in range(len(_plain), end))
    return _plain[start:end]


def match_items(tokens: list[Token], gaz: Gazetteer, norms: list[str] | None = None,
                stems: list[str] | None = None,
                notable: Sequence[int] | None = None) -> tuple[list[Item], list[int]]:
    """Cut a sentence into longest lexicon matches and plain tokens: the items, and the
    positions among them of the items that the phrase rules must look at.

    A token is looked up whole (البرازيلي is a nisba, not البرازيل + ي), then without its
    proclitics (وبمصر -> مصر), then, for titles and agents only, as its stem without
    enclitics (حكومتها -> حكومة). Names never match through a stripped enclitic: ة is
    normalised to ه, which the segmenter may read as "his" (صورة is not صور + ه).
    ``notable`` lists, in order, the indices of the tokens that may be more than plain
    items (see :func:`notable_tokens`); by default every token is looked at.
    """
    longest, prefixes = gaz.longest, gaz.prefixes
    plans = _form_cache(_WordPlans, gaz)
    items: list[Item] = []
    busy: list[int] = []
    n = len(tokens)
    # The tokens' normalised forms and stems (the document's columns, or built here).
    norms = [t.norm for t in tokens] if norms is None else norms
    stems = [t.stem for t in tokens] if stems is None else stems
    base = tokens[0].i if tokens else 0
    plain = plain_items(base, base + n)  # the sentence's plain items, by token
    i = 0
    for k in range(n) if notable is None else notable:
        if k < i:
            continue  # inside a match
        if k > i:
            items.extend(plain[i:k])
            i = k
        busy.append(len(items))
        norm = norms[i]
        if norm == stems[i] and norm not in longest and not norm.startswith("لل"):
            # A plain word that starts no match; at most a dual title.
            dual = _dual_title(tokens[i], gaz) if norm.endswith(DUAL_SUFFIXES) else None
            dual = dual or _construct_dual(tokens, i, norms, gaz)
            items.append(dual or plain[i])
            i += dual.end - dual.start if dual else 1
            continue
        tok = tokens[i]
        plan = plans.get(tok.text)
        if plan is None or plan[0] != norm:
            plan = plans.plan(tok)
        _, word, leads = plan
        if leads and i + 1 < n and _leads_on(leads, norms[i + 1], prefixes):
            found = _longest_match(tok, norms[i:], gaz)
        elif word is not None:
            found = Item(tok.i, tok.i + 1, word[0], dual=word[1])
        else:
            found = None
        if found is None or found.type == "title" and has_enclitic(tok):
            dual = _construct_dual(tokens, i, norms, gaz)
            if dual is not None:
                found = _title_before_name(dual, norms[i:], gaz)
        if found is None:
            found = plain[i]
        items.append(found)
        i += found.end - found.start
    if i < n:
        items.extend(plain[i:])
    return items, busy


# What a token that needs a look matches alone, by its surface form: its normalised form,
# the one-word match as ``(entries, dual)`` (None for a plain token), and the words it looks
# itself up by that begin keys of two words or more.
WordPlan = tuple[str, "tuple[Sequence[Entry], bool] | None", tuple[str, ...]]


class _WordPlans(dict):
    """Surface form -> :data:`WordPlan`, worked out on first sight of the form.

    A token's analysis is a function of its surface (see ``analyse_word``), and so is what
    it matches when the word after it continues no key: which forms to look it up by, the
    one-word entries, the dual and hamza checks. Most words that need a look are such, so
    only the few that may begin a longer name are looked up word by word again.
    """

    def __init__(self, gaz: Gazetteer) -> None:
        super().__init__()
        self.gaz = gaz

    def plan(self, tok: Token) -> WordPlan:
        if len(self) >= PLAN_CACHE_LIMIT:
            self.clear()
        found = _longest_match(tok, [tok.norm], self.gaz)
        word = (found.entries, found.dual) if found is not None else None
        longest = self.gaz.longest
        leads = tuple(first for first, _ in _first_forms(tok) if longest.get(first, 0) > 1)
        plan = self[tok.text] = (tok.norm, word, leads)
        return plan


PLAN_CACHE_LIMIT = 100_000


def _leads_on(leads: tuple[str, ...], nxt: str, prefixes: set[tuple[str, ...]]) -> bool:
    """Whether a key of two words or more starts with one of ``leads`` and then ``nxt``."""
    for first in leads:
        if (first, nxt) in prefixes:
            return True
    return False


def _longest_match(tok: Token, norms: list[str], gaz: Gazetteer) -> Item | None:
    """The longest lexicon match that starts at ``tok``, or None for a plain token.
    ``norms`` are the sentence's normalised forms from the token on."""
    if tok.norm in _function_word_forms() and _spelt_function_word(tok):
        return None
    index, longest, prefixes = gaz.index, gaz.longest, gaz.prefixes
    n = len(norms)
    found = None
    for first, names in _first_forms(tok):
        limit = min(longest.get(first, 0), n)
        # Grow the key word by word while it still leads to some key; keep the longest
        # key that has entries.
        key: tuple[str, ...] = (first,)
        size = 1
        while size <= limit:
            entries = index.get(key)
            if entries and not names:
                entries = [e for e in entries if e.type in STEM_TYPES]
            if entries:
                found = Item(tok.i, tok.i + size, entries)
            if size == limit:
                break
            key = (*key, norms[size])
            if key not in prefixes:
                break
            size += 1
        if found:
            break
    if tok.stem.endswith(DUAL_SUFFIXES):
        dual = _dual_title(tok, gaz)
        if dual and (found is None or (found.end - found.start == 1
                                       and found.type == "agent")):
            found = dual
    if found is not None and found.end - found.start == 1 and _hamza_unlike_name(tok, found):
        found = None
    if found is not None and found.type == "title" and found.end - found.start > 1:
        found = _title_before_name(found, norms, gaz)
    return found


def point_to(cand: Candidate, earlier: Candidate) -> Candidate:
    """Make ``cand`` another mention of the person ``earlier`` names (its name, gender and
    link)."""
    cand.via, cand.name, cand.link, cand.gender = "name", earlier.name, earlier, earlier.gender
    return cand


@cache
def _function_word_forms() -> frozenset[str]:
    """Function words with and without a leading و or ف: the only norms worth the spelling
    check of :func:`_spelt_function_word`."""
    words = function_words()
    return words | {c + w for w in words for c in "وف"}


def _spelt_function_word(tok: Token) -> bool:
    """A function word whose spelling tells it from a name that normalises alike: وإلى is no
    والي (governor), على no علي. Written with ى or an initial hamza, it is the function word."""
    surface = tok.text[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 2 else tok.text
    norm = tok.norm[1:] if surface is not tok.text else tok.norm
    return norm in function_words() and (surface.endswith("ى") or surface[:1] in "أإ")


HAMZA_LETTERS = frozenset("أإآؤئ")
NAME_TYPES = frozenset({"given", "family"})
_UNWRITTEN = str.maketrans({chr(c): None for c in (*range(0x064B, 0x0653), 0x0670, 0x0640)})


@cache
def _name_spellings() -> dict[str, frozenset[str]]:
    """Normalised given and family name -> the spellings the lexicons write it with, without
    diacritics (إدوار، باول)."""
    spellings: dict[str, set[str]] = {}
    for name in ("given_names.tsv", "family_names.tsv"):
        for row in rows(name):
            for form in split_variants(row.get("name_ar", "")):
                written = form.translate(_UNWRITTEN)
                spellings.setdefault(normalize_word(written), set()).add(written)
    return {norm: frozenset(forms) for norm, forms in spellings.items()}


def _title_before_name(found: Item, norms: list[str], gaz: Gazetteer) -> Item:
    """A title whose last word heads a longer organisation name (زعيم حزب | الله، رئيس
    حزب | القوات اللبنانية): the title stops before that word, so that the name is found
    and the title phrase reads it as the body the office belongs to. ``norms`` are the
    sentence's normalised forms from the title's first token on."""
    size = found.end - found.start
    head = norms[size - 1]
    if head not in org_heads() or head not in gaz.longest:
        return found
    key: tuple[str, ...] = (head,)
    for word in norms[size:size - 1 + gaz.longest[head]]:
        key = (*key, word)
        if key not in gaz.prefixes and key not in gaz.index:
            return found
        if any(entry.type == "org" for entry in gaz.index.get(key, ())):
            return Item(found.start, found.end - 1, found.entries)
    return found


def _hamza_unlike_name(tok: Token, item: Item) -> bool:
    """A one-word given or family name that the text writes with a hamza after its first
    letter where every spelling of the name has another letter there: اليأس is not إلياس,
    بدأنا not ب + دانا, نؤيد not نويد, سائلا not سايلا. The press drops hamzas far more often
    than it adds one inside a word, so a name written without one still matches; the first
    alef of a transliterated name takes any hamza or none (آموس، أموس), so it tells
    nothing."""
    if not HAMZA_LETTERS.intersection(tok.text[1:]):
        return False
    if any(entry.type not in NAME_TYPES for entry in item.entries):
        return False
    segments = [seg for seg in tok.segments if seg.role != "proclitic"]
    written = ("".join(seg.text for seg in segments) if segments else tok.text).translate(
        _UNWRITTEN)
    known = [form for form in _name_spellings().get(normalize_word(written), ())
             if len(form) == len(written)]
    return bool(known) and not any(
        all(form[k] == letter for k, letter in enumerate(written)
            if k and letter in HAMZA_LETTERS)
        for form in known)


def _first_forms(tok: Token) -> tuple[tuple[str, bool], ...]:
    """Forms to look a token up by, each with whether name entries may match it."""
    norm, stem = tok.norm, tok.stem
    if stem == norm:
        if norm.startswith("لل") and len(norm) > 4:  # للامم: ل + الامم left unsplit
            return ((norm, True), ("ا" + norm[1:], True))
        return ((norm, True),)
    bare = bare_form(tok)
    if bare == stem:
        return ((norm, True), (stem, True))
    if bare == norm:
        return ((norm, True), (stem, False))
    return ((norm, True), (bare, True), (stem, False))


def bare_form(tok: Token) -> str:
    """The normalised token without its proclitics (enclitics kept): the stem and the
    enclitic, the last segment, when there is one."""
    if not has_enclitic(tok):
        return tok.stem
    return tok.stem + tok.segments[-1].norm


_named: tuple[Document | None, dict[str, set[str]]] = (None, {})


def _countries_named(doc: Document, gaz: Gazetteer) -> dict[str, set[str]]:
    """The countries a document names by a one-word name, capital or nisba of theirs, each
    with the words that name it: read once per document, and only for one that has a word spelt
    like two places."""
    global _named
    named = _named
    if named[0] is doc:
        return named[1]
    found: dict[str, set[str]] = {}
    for norm in {tok.norm for tok in doc.tokens}:
        for entry in gaz.index.get((norm,)) or ():
            if entry.type in ("country", "capital", "nisba") and entry.country:
                found.setdefault(entry.country, set()).add(norm)
    _named = (doc, found)
    return found


def _dual_title(tok: Token, gaz: Gazetteer) -> Item | None:
    """الرئيسان / الرئيسين: a dual of a one-word title."""
    stem = tok.stem
    if len(stem) > 5 and stem.endswith(DUAL_SUFFIXES):
        entries = gaz.index.get((stem[:-2],))
        if entries and entries[0].type == "title":
            return Item(tok.i, tok.i + 1, [entries[0]], dual=True)
    return None


def _construct_dual(tokens: list[Token], i: int, norms: list[str],
                    gaz: Gazetteer) -> Item | None:
    """وزيرا الخارجية المصري والأردني / وزيري النفط الكويتي والسعودي: the dual of a title
    of two words or more in the construct state, which has lost its ن: two office holders,
    one for each nisba after."""
    stem = bare_form(tokens[i])  # وزيري is no وزير + ي: no pronoun before a genitive
    if len(stem) < 5 or not stem.endswith(CONSTRUCT_DUAL_SUFFIXES):
        return None
    key = (stem[:-1],)
    limit = min(gaz.longest.get(key[0], 0), len(tokens) - i)
    found = None
    for size in range(2, limit + 1):
        key = (*key, norms[i + size - 1])
        if key not in gaz.prefixes and key not in gaz.index:
            break
        entries = gaz.index.get(key)
        if entries and entries[0].type == "title" and _nisba_at(norms, i + size, gaz):
            found = Item(tokens[i].i, tokens[i].i + size, [entries[0]], dual=True)
    return found


def _nisba_at(norms: list[str], k: int, gaz: Gazetteer) -> bool:
    """Whether word ``k`` is a nisba: a construct dual is read only before one, as
    وزيري الاقتصاد والعمل joins two offices, not two holders of one."""
    return k < len(norms) and any(e.type == "nisba" for e in gaz.index.get((norms[k],)) or ())


class Composer:
    """Phrase rules over the items of one sentence, appending candidates to ``out``."""

    def __init__(self, doc: Document, tokens: list[Token], items: list[Item], sentence: int,
                 gaz: Gazetteer, out: list[Candidate], busy: Sequence[int] | None = None):
        self.doc = doc
        # The document's tokens, read once: a record's attribute costs a good deal more than
        # a plain object's, and the rules ask for tokens by index at every step.
        self.doc_tokens = doc.tokens
        self.tokens = tokens
        self.items = items
        self.sentence = sentence
        self.gaz = gaz
        self.out = out
        self.offset = tokens[0].i if tokens else 0
        self.sentence_end = tokens[-1].i + 1 if tokens else 0
        self._by_start: dict[int, Item] | None = None
        # Positions of the items a rule may start at (see match_items); the rest are plain.
        self.busy = range(len(items)) if busy is None else busy

    def tok(self, i: int) -> Token:
        return self.doc_tokens[i]

    def run(self) -> None:
        p = 0
        items = self.items
        heads = org_heads()
        reporting = reporting_verbs()
        cues = name_cues()
        units = unit_words()
        _, norms, stems = self.doc.token_columns()  # quicker to index than the tokens
        n = len(items)
        busy, k, last = self.busy, 0, len(self.busy)
        while p < n:
            while k < last and busy[k] < p:
                k += 1
            if k == last:
                break  # plain items only from here on
            p = busy[k]
            item = items[p]
            stem = stems[item.start]
            one_word = item.end - item.start == 1
            if one_word and stem in units:
                q = self.unit(p, units[stem])
                if q:
                    p = q
                    continue
            kind = item.type
            if kind is None:  # a plain token: an organisation head, or a verb's subject
                norm = norms[item.start]
                if one_word and stem in heads:
                    q = self.org_name(p, heads[stem])
                    if q:
                        p = q
                        continue
                if p + 1 < n and stem in cues:
                    q = self.name_after_cue(p + 1)
                    if q:
                        p = q
                        continue
                if norm in NAME_OPENERS and self.name_opener(p):
                    p = self.opened_name(p)
                    continue
                if p + 1 < n and norm in reporting and not items[p + 1].entries:
                    q = self.verb_subject(p + 1)
                    if q:
                        p = q
                        continue
                if norm != stem and self.person_before(item.start):
                    q = self.conjoined_name(p)
                    if q:
                        p = q
                        continue
                p += 1
                continue
            if kind == "org" and self.region_not_outlet(item):
                self.entity(Item(item.start, item.end, [
                    e for e in item.entries if e.type in ("country", "place")]))
                p += 1
                continue
            if kind == "country" and item.of("nisba") and self.after_definite_word(item):
                self.nisba(item)  # الحدود السعودية: the adjective, not the kingdom
                p += 1
                continue
            if kind == "place" and p + 1 < n and items[p + 1].type == "nisba" \
                    and item.of("title"):
                kind = "title"  # السفيرة الأميركية: the ambassador, not the town
            if kind == "agent" and one_word:
                head = heads.get(stem)
                if head is not None:
                    q = self.org_name(p, head)
                    if q:
                        p = q
                        continue
            earlier = self.place_surname(p) if kind == "place" else None
            if kind == "place" and self.possessed_noun(item):
                p += 1  # في حواره مع: his interview, not Huwara
            elif earlier is not None:
                p = self.again(p, earlier)  # الأحمدي after علي الأحمدي: him, not the town
            elif kind in ("place", "capital") and self.club(p):
                p += 2
            elif kind in ("place", "capital", "country") and self.quoted_title(p):
                p += 1
            elif kind in ("place", "capital") and self.person_reading(p):
                p = self.given_name(p)
            elif kind == "title" and self.adjective(p):
                p += 1  # المؤتمر الصحافي، المكتب الإعلامي: an adjective, no office holder
            elif kind == "title":
                p = self.title_phrase(p)[0]
            elif kind == "agent":
                p = self.agent_phrase(p)[0]
            elif kind in ("given", "family") and self.pronoun_on(item):
                p += 1  # عمرها، أملهم: a noun with a pronoun, no name
            elif kind == "given" and self.listed_given(p):
                p = self.listed_name(p)
            elif kind == "given" and self.closed_given(p):
                p = self.closed_name(p)
            elif kind == "given":
                if p + 1 < n and items[p + 1].type == "person" and self.first_name_of(p):
                    self.entity(items[p + 1], start=item.start)  # هيديكي كونو
                    p += 2
                else:
                    p = self.given_name(p)
            elif kind == "family":
                p = self.surname(p)
            elif kind in ("nisba", "org") and self.alif_maqsura_word(item):
                p += 1  # بيده اليمنى: the right hand, not Yemen; أودى بحياة: no Audi
            elif kind == "nisba" and self.direction(p):
                p += 1  # ريف حلب الغربي: the western countryside, not the West
            elif kind == "nisba":
                self.nisba(item)
                p = self.name_after_nisba(p + 1)
            elif kind == "place" and item.entries[0].cued and (
                    not self.place_cue(item) or self.qualified_noun(p)):
                p += 1
            elif kind == "person" and item.entries[0].cued \
                    and not self.named_before(item.entries[0].id):
                p = self.given_name(p) if item.of("given") else p + 1  # بنس، فيشر alone
            elif kind == "person":
                start = self.name_start(p, particles=False) if item.end - item.start == 1 \
                    and not self.tok(item.start).segments else None  # كارتر | بنتنياهو
                if start is not None and self.other_bearer(item, start):
                    self.add(self.person(start, item.end))  # ستيفان فليتشر is not توم فليتشر
                    p += 1
                    continue
                if start == item.start:
                    other = self.namesake(p)
                    if other is not None:
                        self.add(self.person(other[0], other[1]))
                        p = other[2]
                        continue
                    earlier = self.bearer_before(item)
                    if earlier is not None:  # فريدريكسن after يوهان فريدريكسن
                        self.add(point_to(self.person(item.start, item.end), earlier))
                        p += 1
                        continue
                p = self.known_person(p, start)[0]  # خوسي لويس ثاباتيرو
            elif kind is not None:
                self.entity(item)
                p += 1
            else:
                p += 1

    def adjective(self, p: int) -> bool:
        """A one-word definite title right after a definite noun that no lexicon knows and
        before no name (المؤتمر الصحافي، الأوساط الصحافية): an adjective that agrees with the
        noun, not an office holder. Verbs carry no article; the short verbs that begin with
        its letters (ألقى، ألمح، التقى) are told apart by their length."""
        if p == 0 or self.items[p].end - self.items[p].start != 1 or self.name_follows(p + 1):
            return False
        before = self.items[p - 1]
        if before.entries or before.end - before.start != 1:
            return False
        prev, tok = self.tok(before.start), self.tok(self.items[p].start)
        verb_shape = len(prev.stem) <= 5  # القي، المح، التقي: perhaps a verb
        return (tok.stem.startswith("ال") and tok.stem == bare_form(tok)
                and prev.stem.startswith("ال") and not verb_shape and not prev.is_punct)

    # -- single entities -------------------------------------------------------------

    def add(self, cand: Candidate) -> Candidate:
        self.out.append(cand)
        return cand

    def first_name_of(self, p: int) -> bool:
        """Item ``p``, a given name, is the first name of the known person whose one-word
        name follows (هيديكي كونو); a given name that is also a common word is not."""
        item, nxt = self.items[p], self.items[p + 1]
        return (nxt.end - nxt.start == 1 and item.end - item.start == 1
                and not item.entries[0].cued and not self.other_bearer(nxt, item.start))

    def entity(self, item: Item, start: int | None = None) -> Candidate:
        entry = item.entries[0]
        if entry.type == "country" and len(item.entries) > 1:
            entry = self.rival_city(item) or entry
        via, sector = "name", entry.sector
        if entry.type == "capital":
            via, sector = ("name", None) if self.capital_place(item) else ("capital", "GOV")
        countries = [entry.country] if entry.country else []
        return self.add(Candidate(item.start if start is None else start, item.end,
                                  self.sentence, via, entry.kind, entry.type, entry=entry,
                                  countries=countries, sector=sector, gender=entry.gender,
                                  head=item.start))

    def rival_city(self, item: Item) -> Entry | None:
        """A city of another country spelt like a country (عمان is Oman and Amman): the
        city where the text marks it, with a shadda (عمّان), after العاصمة or its
        country's nisba (العاصمة الأردنية عمان), or where the document names the city's
        country and never the other one (في عمان in a story about Jordan)."""
        country = item.entries[0].country
        city = next((e for e in item.entries if e.type in ("capital", "place")
                     and e.country and e.country != country), None)
        if city is None:
            return None
        if SHADDA in self.tok(item.start).text:
            return city
        before = [self.tok(i) for i in range(max(self.offset, item.start - 2), item.start)]
        for tok in before:
            entries = self.gaz.index.get((tok.norm,)) or ()
            if tok.stem == CAPITAL_WORD or any(e.type == "nisba" and e.country == city.country
                                              for e in entries):
                return city
        named = _countries_named(self.doc, self.gaz)
        word = {self.tok(item.start).norm}
        return city if named.get(city.country, word) - word \
            and not named.get(country, word) - word else None

    def capital_place(self, item: Item) -> bool:
        """A capital named as a place, not as its government: after a locative word or ب
        (في موسكو، بالرياض), after العاصمة (العاصمة الفرنسية باريس), or as a dateline (الرياض
        25 شوال ... واس، موسكو - سبوتنيك)."""
        if "ب" in proclitics(self.tok(item.start)) or self.place_cue(item):
            return True
        before = [self.tok(i).stem for i in range(max(self.offset, item.start - 2), item.start)]
        if before and before[-1] in LOCATIVE or CAPITAL_WORD in before:
            return True
        if item.start != self.offset or item.end >= self.sentence_end:
            return False
        nxt = self.tok(item.end)
        return nxt.norm[:1].isdigit() or nxt.text in DATELINE_MARKS

    def after_definite_word(self, item: Item) -> bool:
        """A country named like its feminine adjective (السعودية), bare, right after a
        definite word: a definite noun governs no definite genitive, so the word after it
        agrees with it as an adjective (العائلة المالكة السعودية، للديون السعودية). With a
        preposition or و on it (بالسعودية، والسعودية), or after إلى, it is the kingdom."""
        if item.start <= self.offset or proclitics(self.tok(item.start)):
            return False
        before = self.tok(item.start - 1)
        return before.stem.startswith("ال") and self.arabic_word(before) \
            and before.norm not in function_words()

    def region_not_outlet(self, item: Item) -> bool:
        """A name that is an outlet's and a region's (الأناضول، الجزيرة) after a word of
        the compass (شرق الأناضول، شمال الجزيرة): the region, as a newspaper, a channel or
        an agency has no east. After في or ب either reading is found (قال في الجزيرة)."""
        return item.of("country", "place") is not None and item.start > self.offset \
            and self.tok(item.start - 1).stem in COMPASS

    def club(self, p: int) -> bool:
        """A city and a masculine nationality adjective of its own country (برشلونة الإسباني،
        ليون الفرنسي): a city's name is feminine, so the adjective agrees with the club or
        team (النادي) the city names. Adds the club as an organisation."""
        items = self.items
        if p + 1 >= len(items) or items[p + 1].type != "nisba" or items[p].entries[0].cued:
            return False
        place, nisba = items[p].entries[0], items[p + 1].entries[0]
        tok = self.tok(items[p + 1].start)
        if nisba.plural or not place.country or place.country != nisba.country \
                or not tok.stem.startswith("ال") or not tok.stem.endswith("ي"):
            return False
        start, end = items[p].start, items[p + 1].end
        name = self.doc.text[self.tok(start).start : self.tok(end - 1).end]
        self.add(Candidate(start, end, self.sentence, "pattern", "ORG", "org_name", name=name,
                           countries=[place.country], head=start))
        return True

    def quoted_title(self, p: int) -> bool:
        """A place name that alone fills quotation marks (التقت « الشرق الأوسط »، صحيفة
        "بابل") names a newspaper, a company or a programme, not the place, unless a place
        word or a locative stands before the marks (مدينة « برلين »). Adds it as an
        organisation: the outlet the lexicon knows by that title, if any."""
        items = self.items
        if p == 0 or p + 1 >= len(items):
            return False
        opening, closing = self.tok(items[p - 1].start), self.tok(items[p + 1].start)
        if QUOTE_PAIRS.get(opening.text) != closing.text or (
                opening.i > self.offset and self.tok(opening.i - 1).stem in PLACE_CUES):
            return False
        start, end = items[p].start, items[p].end
        outlet = outlet_names().get(tuple(self.tok(t).norm for t in range(start, end)))
        if outlet:  # لـ«الشرق الأوسط»: صحيفة الشرق الأوسط
            self.entity(Item(start, end, outlet))
            return True
        name = self.doc.text[self.tok(start).start : self.tok(end - 1).end]
        self.add(Candidate(start, end, self.sentence, "pattern", "ORG", "org_name", name=name,
                           head=start))
        return True

    def foreign_title(self, inside: Sequence[Item]) -> bool:
        """Quoted words after a head noun that carry no article and that no lexicon knows,
        with a place name among them (صحيفة «نيويورك ديلي نيوز»، «جوييش ديلي فوروارد»): a
        title spelt from a foreign language, the body's name, and neither place a place."""
        closed = function_words()
        for item in inside:
            tok = self.tok(item.start)
            if tok.is_punct or tok.norm != tok.stem or tok.stem.startswith("ال") \
                    or tok.norm in closed or item.type not in (None, "place", "capital") \
                    or (item.type is None and tok.stem.endswith("ة")):
                return False
        return len(inside) > 1 and not all(item.entries for item in inside)

    def place_cue(self, item: Item) -> bool:
        """A locative word right before a place name that is also a common word."""
        return item.start > self.offset and self.tok(item.start - 1).stem in PLACE_CUES

    def possessed_noun(self, item: Item) -> bool:
        """A one-word place the text writes with a final ه where the word before that letter
        is a common noun (حواره is حوار + ه, his interview, not the town حوارة): a place
        name takes no possessive pronoun, and a ta marbuta written ه hides one here."""
        if item.end - item.start != 1:
            return False
        tok = self.tok(item.start)
        word = bare_form(tok)
        return tok.text.endswith("ه") and len(word) >= 4 and word[:-1] in common_nouns()

    def alif_maqsura_word(self, item: Item) -> bool:
        """A one-word nisba or organisation the text writes with a final ى: the word that
        spelling is (اليمنى, the right one, of يد، الجهة، الزاوية; أودى, a verb, no Audi),
        as a nisba and a foreign company's name end in ي, unless the text writes every
        final ي so, as Egyptian papers do (فى for في: المصرى، سونى)."""
        tok = self.tok(item.start)
        return item.end - item.start == 1 and tok.text.endswith("ى") \
            and tok.stem not in maqsura_org_names() and not writes_ya_as_maqsura(self.doc.text)

    def qualified_noun(self, p: int) -> bool:
        """The word after item ``p`` qualifies an indefinite noun (في بلد آخر، في بلد عربي،
        في صور مثل هذه): a place name that is also a common word is then the common word,
        as a town takes no such adjective."""
        q = p + 1
        if q >= len(self.items):
            return False
        return self.tok(self.items[q].start).norm in INDEFINITE_QUALIFIERS \
            or self.indefinite_nisba(q) or self.genitive_noun(q)

    def genitive_noun(self, q: int) -> bool:
        """Item ``q`` is a plain definite noun the lexicons do not know (في صور الأقمار
        الصناعية، في صور المرشد): after a place name that is also a common word it is the
        common noun's genitive, as a town governs none; a nisba (صور الجنوبية) is a lexicon
        word, and a time word (اليوم، الماضي) may follow a town."""
        item = self.items[q]
        if item.entries or item.end - item.start != 1:
            return False
        tok = self.tok(item.start)
        return tok.norm == tok.stem and tok.norm.startswith("ال") \
            and not tok.norm.endswith(("ي", "يه")) and tok.norm not in TRAILING_WORDS

    def nisba(self, item: Item) -> Candidate:
        entry = item.of("nisba")
        if entry.plural:
            return self.add(Candidate(item.start, item.end, self.sentence, "nisba", "GRP",
                                      "nisba", entry=entry, countries=[entry.country],
                                      plural=True, head=item.start))
        return self.add(Candidate(item.start, item.end, self.sentence, "nisba", "GPE", "nisba",
                                  entry=entry, countries=[entry.country], head=item.start))

    def nisbas(self, p: int) -> tuple[int, list[str]]:
        """Nisba adjectives from item ``p`` on (الأميركي والروسي): next index, countries. A
        state comes before a grouping it belongs to (الجيش العربي السوري is Syria's army)."""
        countries: list[str] = []
        while p < len(self.items):
            entry = self.items[p].of("nisba")
            if entry is None or (self.items[p].type in ("person", "org")):
                break
            countries.append(entry.country)
            p += 1
        if len(countries) > 1:
            countries.sort(key=lambda code: code in GROUPINGS)
        return p, countries

    # -- organisation names -------------------------------------------------------------

    def org_name(self, p: int, head: Head) -> int | None:
        """A head noun and the words that name it (وزارة الزراعة المصرية، جامعة زيورخ).

        After the head come definite words (الزراعة), lam-genitives (لصناعة، للتنمية),
        nisbas, countries and places, or a run of unknown words (a foreign proper name) that
        is no indefinite adjective (منظمة إجرامية). A function word ends the name (حزب
        الاستقلال الذي).
        A definite head (الرابطة) needs a nisba, place or genitive after it to be a name; so
        does a head that is as often a common noun (حركة المرور، تنظيم الرحلات), a lam
        genitive counting, but not plain words.
        Returns the next item index, or None when the words after the head name nothing.
        """
        items = self.items
        first = self.tok(items[p].start)
        if has_enclitic(first):
            return None  # فريقه الجديد برشلونة: a noun with a pronoun governs no name
        definite = first.stem.startswith("ال")
        if not definite and self.indefinite_nisba(p + 1):
            return None  # شركة أمريكية، فريق بلجيكي: a description, no name
        quoted = None if definite else self.quote_end(p + 1)
        inside = [] if quoted is None else items[p + 2 : quoted - 1]
        if quoted is not None and not any(item.of("org") for item in inside):
            known = self.known_quoted(p, quoted)  # صحيفة «نيكاي»، قناة "الحرة"
            if known is not None:  # تنظيم «القاعدة»، قناة «المسيرة»، حركة «الشباب»
                self.entity(Item(items[p].start, items[quoted - 1].end, known))
                return quoted
            if not any(item.entries for item in inside) or self.foreign_title(inside):
                # not صحيفة «واشنطن بوست», a title the lexicon knows
                return self.add_org(p, quoted, [], head)
        q, words, countries, proper, anchored = p + 1, 0, [], False, False
        settled = False  # a place or an adjective ends the words that name the body
        grounded = False  # a nisba, place or lam genitive: more than plain words
        last_plain = None  # the word before, when a plain definite word or lam genitive
        closed = function_words()
        while q < len(items) and words < MAX_ORG_WORDS:
            item = items[q]
            tok = self.tok(item.start)
            kind = item.type
            plain, last_plain = last_plain, None
            if tok.norm != tok.stem and tok.norm.startswith(("ب", "في")) \
                    or tok.text.startswith(HAMZA_AFTER_PREPOSITION[2:]):
                break  # جامعة القرويين بفاس، جامعة ماكغيل بأبحاثها: ب after the name
            if tok.norm in closed:
                break  # حزب الاستقلال الذي، جامعة ليدز إلى
            if kind in PLACE_TYPES and not proper:
                entry = item.entries[0]
                if entry.country:
                    countries.append(entry.country)
                anchored = settled = grounded = True
            elif kind is not None and kind != "agent":
                break
            elif tok.is_punct or not ("\u0600" <= tok.norm[:1] <= "\u06ff"):
                break
            elif tok.norm.startswith("لل") and len(tok.norm) > 4 and words \
                    and not (proper and item.entries):
                # للتنمية: the genitive with lam, after a foreign name too (معهد رادكليف
                # للدراسات المتقدمة), but not a known agent (مدرسة هوبان للشرطة)
                anchored, proper, grounded = True, False, True
                last_plain = tok
            elif words and self.lam_construct(p, q):
                # الرابطة الألمانية لصناعة النفط، الاتحاد المصري لكرة السلة
                anchored = settled = grounded = True
                q += 1
                words += 1
            elif tok.stem.startswith("ال") and tok.stem == tok.norm and not proper:
                if words and self.governing_participle(q):
                    break  # الهيئة السياسية للائتلاف | البالغ عددهم، هيئة المحلفين | البالغ عددهم
                adjective = tok.norm.endswith(ADJECTIVE_ENDINGS)
                if settled and not adjective:
                    break  # جامعة صنعاء | الدكتور، رابطة العالم الإسلامي | التصريحات
                settled = settled or adjective and words > 0  # الزراعة، الأعلى
                last_plain = tok
            elif kind is None and plain is not None and head.name_en not in NAMED_BY_NAMES \
                    and self.coordinated_word(plain, tok, settled):
                # وزارة الاقتصاد والمالية، المجلس الاقتصادي والاجتماعي: only adjectives follow
                settled, last_plain = True, tok
            elif words == 0 and not definite \
                    and (tok.text.endswith("ة") or tok.norm in org_heads()
                         or self.common_noun_shape(tok)) \
                    and tok.stem == tok.norm and not tok.norm.startswith(("و", "لل")) \
                    and self.definite_word_at(q + 1):
                pass  # اتحاد كرة القدم، هيئة مكافحة الفساد، هيئة تنظيم الكهرباء: a construct
            elif (words == 0 or proper) and self.name_like(tok) and not definite \
                    and not tok.norm.endswith(NISBA_ENDINGS) \
                    and not (self.outside_proper_name(tok) if words else self.describes(q)):
                # not منظمة إجرامية، جماعة متطرفة، محكمة تدعمها
                proper = anchored = True
            else:
                break
            q += 1
            words += 1
        if words == 0 or (definite and not anchored) or (head.common and not grounded):
            return None  # حركة المرور، تنظيم الرحلات: a common noun, not a body
        while q > p + 1 and self.tok(items[q - 1].start).norm.startswith("لل") is False \
                and self.tok(items[q - 1].start).norm in self.gaz.vocabulary \
                and self.tok(items[q - 1].start).norm in TRAILING_WORDS:
            q -= 1
        return self.add_org(p, q, countries, head)

    def lam_construct(self, p: int, q: int) -> bool:
        """A lam genitive in construct at item ``q``: ل on an indefinite noun with a plain
        definite word after it (لصناعة النفط، لرصد الزلازل، لحقوق الإنسان), after a head
        named so far by its country or place alone (الرابطة الألمانية، مركز بغداد): such a
        body is named by its field too. After a genitive or a plain adjective the name is
        whole, and ل opens a purpose (وزارة التربية التونسية لمواجهة الظاهرة، البنك
        التجاري لتحقيق النجاح). A body's head there (لوكالة الأنباء) is the party spoken
        to, and ل on an imperfect verb (ليكون) a clause."""
        if any(item.type not in PLACE_TYPES for item in self.items[p + 1 : q]):
            return False
        tok = self.tok(self.items[q].start)
        if self.items[q].entries or has_enclitic(tok) or tok.norm in function_words():
            return False
        if proclitics(tok) == ("ل",):
            noun = tok.stem
        elif tok.stem == tok.norm and tok.norm.startswith("ل"):
            noun = tok.norm[1:]  # the segmenter leaves ل on a word it does not know (لكرة)
        else:
            return False
        return len(noun) >= 3 and not noun.startswith(("ال", "ل", "ي")) \
            and noun not in org_heads() and noun not in function_words() \
            and self.definite_word_at(q + 1)

    def governing_participle(self, q: int) -> bool:
        """A definite participle at item ``q`` (البالغ، المقرر، المسؤول) with its complement
        after it: a pronoun's noun (البالغ عددهم، المقرر عقده) or عن، على (المسؤول عن). It
        opens a clause on the body, so the body's name ends before it. Nisbas and feminine
        adjectives (المدني، المتحدة) are no such participle; ب after one is as often part of
        the name (لجنة التدريب المشترك بأجهزة الزكاة) as a complement."""
        stem = self.tok(self.items[q].start).norm[2:]
        participle = len(stem) == 4 and stem[1] == "ا" \
            or stem.startswith("م") and len(stem) in (4, 5)
        if not participle or stem.endswith((*NISBA_ENDINGS, "ه")) or q + 1 >= len(self.items):
            return False
        nxt = self.tok(self.items[q + 1].start)
        return has_enclitic(nxt) or nxt.norm in PARTICIPLE_PREPOSITIONS

    def coordinated_word(self, before: Token, tok: Token, settled: bool) -> bool:
        """A definite word with the conjunction alone on it that goes on a name's genitive
        chain (وزارة الاقتصاد والمالية، جمعية الثقافة والفنون), or an adjective after an
        adjective (المجلس الاقتصادي والاجتماعي، للدراسات السياسية والاستراتيجية): a body
        named by two fields is one body. After an adjective, a plural one too, or once
        the name is settled but for a lam genitive, a noun starts a new party (منظمة العفو
        الدولية والحكومة، الاتحاد العالمي للعلماء المسلمين والمرجع)."""
        if proclitics(tok) != ("و",) or not tok.stem.startswith("ال") or has_enclitic(tok) \
                or tok.stem in function_words():
            return False
        if tok.norm.endswith(ADJECTIVE_ENDINGS):
            return True
        lam_genitive = before.norm.startswith("لل")  # المركز المصري للبحوث والدراسات
        return (lam_genitive or not settled) and not before.norm.endswith(ADJECTIVE_ENDINGS) \
            and not before.norm.endswith(PLURAL_ENDINGS)

    def definite_word_at(self, q: int) -> bool:
        """Item ``q`` is a plain word with the article and no other clitic (القدم)."""
        if q >= len(self.items) or self.items[q].entries:
            return False
        tok = self.tok(self.items[q].start)
        return tok.stem == tok.norm and tok.norm.startswith("ال") and tok.norm not in function_words()

    def indefinite_nisba(self, q: int) -> bool:
        """Item ``q`` is a nationality adjective without the article (شركة أمريكية): after an
        indefinite head it says what kind of body, it does not name one."""
        if q >= len(self.items) or self.items[q].type != "nisba":
            return False
        return not self.tok(self.items[q].start).stem.startswith("ال")

    def describes(self, q: int) -> bool:
        """The unknown word at item ``q``, after an indefinite head, describes the body
        rather than names it: an adjective in ta marbuta (جماعة متطرفة، حركة خطيرة) or a
        common noun of Arabic shape (شركة إنتاج، فريق عمل يتحرك, see
        :meth:`common_noun_shape`) that no genitive or name follows (مجلس قيادة الثورة،
        مجلس أمناء كلية الطب، شركة نفط نيبال are constructs), a participle of a derived verb
        (تنظيم متشدد، جهاز مستقل) or an imperfect verb opening a relative clause (محكمة
        تدعمها، صحيفة تؤيد العائلة) that has no verbal noun's shape (تفعيل، تفاعل: اتحاد
        تنسيقيات، لجنة تكافؤ الفرص) or a foreign name's late alef (صحيفة تلغراف). Foreign
        names write a final -a with alef."""
        tok = self.tok(self.items[q].start)
        norm = tok.norm
        if tok.text.endswith("ة") or self.common_noun_shape(tok):
            if q + 1 == len(self.items):
                return True
            nxt = self.items[q + 1]
            word = self.tok(nxt.start)
            return not (nxt.entries or word.stem.startswith("ال") or word.norm in org_heads()
                        or self.name_like(word) and not self.verb_like(word))
        if len(norm) >= 5 and norm.startswith(("مت", "مست")):
            return True
        return self.imperfect_verb(tok) and "ا" not in norm[3:] and not (
            norm[0] == "ت" and len(norm) >= 5 and (norm[2] == "ا" or norm[3] == "ي"))

    def common_noun_shape(self, tok: Token) -> bool:
        """An unknown word that is an Arabic common noun or adjective by its shape (إنتاج،
        تسويق، دراسات، محترم) or one the lexicons write with the article (العمل، النفط):
        after an indefinite head it says what kind of body (شركة إنتاج، فريق عمل، فريق
        محترم) unless a genitive follows (لجنة إعداد الدستور), not its name.
        Transliterations spell their vowels, so seldom take these shapes; a nisba (إسلامي)
        is an adjective, never in construct."""
        norm = tok.norm
        return bool(AFAL.fullmatch(norm) or TAFIL.fullmatch(norm)
                    or TAFIL_HOLLOW.fullmatch(norm) or FEMININE_PLURAL.fullmatch(norm)
                    or MUFTAAL.fullmatch(norm)) \
            or "ال" + norm in self.gaz.vocabulary and not norm.endswith(NISBA_ENDINGS)

    def outside_proper_name(self, tok: Token) -> bool:
        """A word after the first of a foreign name that goes on the sentence instead: a verb
        (مسجد هوبان يقع) or a word after the conjunction (وشريكته). An adverb with tanween
        (هجومياً) is no name-like word to begin with (see :meth:`name_like`)."""
        return self.verb_like(tok) or self.conjoined(tok)

    def add_org(self, p: int, q: int, countries: list[str], head: Head) -> int:
        """An organisation named by items ``p`` to ``q``: the next item index. A state's
        nisba comes before a grouping's, as in :meth:`nisbas` (مؤسسة النقد العربي السعودي is
        Saudi Arabia's)."""
        items = self.items
        countries = sorted(countries, key=lambda code: code in GROUPINGS or code in self.gaz.regions)
        start, end = items[p].start, items[q - 1].end
        text = self.doc.text[self.bare_start(start) : self.tok(end - 1).end]
        self.add(Candidate(start, end, self.sentence, "pattern", "ORG", "org_name", name=text,
                           countries=countries[:1], sector=head.sector if countries or
                           head.sector not in ("GOV", "JUD") else None, head=start))
        return q

    def unit(self, p: int, word: Entry) -> int | None:
        """A unit word and the number or ordinal after it (اللواء 105، الفرقة الرابعة،
        للفوج 37): a military or police unit, not an officer. It takes the country of a nisba
        after it (الكتيبة 47 المصرية), else the country and the sector of the army or police
        it belongs to (التابع للجيش اليمني، في الجيش العراقي، الفوج 12 شرطة), which keeps its
        own mention. Returns the next item index, or None when no number follows."""
        value = self.unit_number(p + 1)
        if value is None:
            return None
        items = self.items
        q, countries = self.nisbas(p + 2)
        sector = word.sector
        if not countries:
            countries, sector = self.unit_body(word, q)
        start, end = items[p].start, items[q - 1].end
        text = self.doc.text[self.bare_start(start) : self.tok(end - 1).end]
        unit = replace(word, id=f"{word.id}_{value}", name_en=f"{word.name_en} {value}")
        self.add(Candidate(start, end, self.sentence, "pattern", "ORG", "org_name", name=text,
                           entry=unit, countries=countries[:1], sector=sector, head=start))
        return q

    def unit_number(self, q: int) -> int | None:
        """The number in digits or the ordinal at item ``q`` that numbers a unit."""
        if q >= len(self.items) or self.items[q].entries:
            return None
        number = self.tok(self.items[q].start).norm
        return int(number) if number.isdecimal() else unit_ordinals().get(number)

    def unit_body(self, word: Entry, q: int) -> tuple[list[str], str | None]:
        """The country and sector of the army or police that a unit is said to belong to
        from item ``q`` on: التابع للجيش اليمني، في الجيش العراقي، للحرس الجمهوري، شرطة."""
        items = self.items
        r = q
        if r < len(items) and not items[r].entries \
                and self.tok(items[r].start).norm in UNIT_LINKS:
            r += 1
        if r >= len(items) or not items[r].entries:
            return self.affiliated_country(word, q), word.sector
        body, tok = items[r].entries[0], self.tok(items[r].start)
        linked = r > q or "ل" in proclitics(tok) or tok.norm.startswith("لل") \
            or not tok.stem.startswith("ال")  # شرطة: a unit of the police
        if not linked or body.sector not in UNIT_BODIES or items[r].type not in ("agent", "org"):
            return self.affiliated_country(word, q), word.sector
        countries = [body.country] if body.country else self.nisbas(r + 1)[1]
        return [c for c in countries if c not in GROUPINGS][:1], body.sector

    def known_quoted(self, p: int, after: int) -> list[Entry] | None:
        """The known organisation that a head noun and the name quoted after it spell
        together (تنظيم «القاعدة» is تنظيم القاعدة): the marks are the writer's, the name
        the lexicon's, even where the quoted word alone is a common one (حركة «الشباب», not
        young men). ``after`` is the item after the closing mark."""
        tokens = range(self.items[p + 2].start, self.items[after - 2].end)
        key = (self.tok(self.items[p].start).stem, *(self.tok(t).norm for t in tokens))
        entries = [e for e in self.gaz.index.get(key, ()) if e.type == "org"]
        return entries or None

    def quote_end(self, q: int) -> int | None:
        """Quotation marks at item ``q`` around a few words with no punctuation (a name
        after a head noun: صحيفة «لوموند»): the item after the closing mark, or None."""
        items = self.items
        if q >= len(items) or self.tok(items[q].start).text not in QUOTE_PAIRS:
            return None
        close = QUOTE_PAIRS[self.tok(items[q].start).text]
        words = 0
        for r in range(q + 1, len(items)):
            tok = self.tok(items[r].start)
            if tok.text == close:
                return r + 1 if r > q + 1 else None
            if tok.is_punct and not self.name_joint(r):
                return None
            words += not tok.is_punct
            if words > MAX_ORG_WORDS:
                return None
        return None

    def name_joint(self, r: int) -> bool:
        """A dot or hyphen at item ``r`` with no space on either side joins the parts of one
        name (إتش.إس.بي.سي، أيرو-أتلنتيك)."""
        tok = self.tok(self.items[r].start)
        if tok.text not in NAME_JOINTS or r == 0 or r + 1 == len(self.items):
            return False
        before, after = self.tok(tok.i - 1), self.tok(tok.i + 1)
        return before.end == tok.start and tok.end == after.start \
            and not before.is_punct and not after.is_punct

    # -- agents ----------------------------------------------------------------------

    def agent_phrase(self, p: int) -> tuple[int, Candidate]:
        item = self.items[p]
        entry = item.of("agent")
        q, countries = self.nisbas(p + 1)
        end = self.items[q - 1].end
        via = "nisba" if countries else "name"
        owner = None if countries else self.armed_owner(item)
        if owner is not None:
            countries = owner.countries or self.entry_countries(owner.entry)
        elif not countries:
            countries = (self.genitive_country(item, q) or self.located_country(entry, q)
                         or self.affiliated_country(entry, q) or self.owner_country(item))
        cand = self.add(Candidate(item.start, end, self.sentence, via, entry.kind, "agent",
                                  entry=entry, countries=countries, sector=entry.sector,
                                  gender=entry.gender, plural=entry.plural, head=item.start))
        if owner is not None and owner.source == "org":
            cand.link = owner  # مقاتليه after داعش: the group itself
        return q, cand

    def genitive_country(self, item: Item, q: int) -> list[str]:
        """The country of a state, capital, place, body or known person named right after an
        agent in the construct state (حكومة العراق، قوات الحلف الأطلسي، شرطة دبي، حكومة
        الرئيس عمر البشير); the genitive keeps its own mention."""
        if q >= len(self.items) or item.end - item.start != 1:
            return []
        tok = self.tok(item.start)
        if tok.stem.startswith("ال") or tok.stem != bare_form(tok):
            return []  # الحكومة العراق is no construct; حكومتها has its owner
        nxt = self.items[q]
        if nxt.type == "title" and q + 1 < len(self.items) \
                and self.items[q + 1].type == "person":
            nxt = self.items[q + 1]  # حكومة الرئيس عمر البشير
        if nxt.type == "person":  # حكومة محمد الغنوشي: the state the person serves
            return [c for c in self.entry_countries(nxt.entries[0]) if c not in GROUPINGS]
        if nxt.type not in GENITIVE_TYPES or nxt.entries[0].cued:
            return []
        country = nxt.entries[0].country
        return [country] if country and country not in GROUPINGS else []

    def affiliated_country(self, entry: Entry, q: int) -> list[str]:
        """The country of the party that an agent is said to belong to (القوات الموالية
        للرئيس هادي، الشرطة التابعة لحماس، قوات موالية للنظام السوري): forces, police and
        militias act for their owner's state; the owner keeps its own mention. Rebels loyal
        to a state named alone are its proxies abroad (الانفصاليون الموالون لروسيا fight in
        Ukraine), so a state alone gives an armed group no country."""
        items = self.items
        if q + 1 >= len(items) or items[q].entries \
                or self.tok(items[q].start).norm not in AFFILIATION:
            return []
        owner, tok = items[q + 1], self.tok(items[q + 1].start)
        if "ل" not in proclitics(tok) and not tok.norm.startswith("لل"):
            return []  # للأمم المتحدة keeps its لل unsplit
        if owner.type in ("title", "agent", None):
            r, countries = self.nisbas(q + 2)  # للنظام السوري، للجيش اللبناني
            if not countries and owner.type == "title" and r < len(items) \
                    and items[r].type == "person":  # للرئيس عبد ربه منصور هادي
                countries = self.entry_countries(items[r].entries[0])
        elif owner.type == "person":
            countries = self.entry_countries(owner.entries[0])
        elif owner.type in GENITIVE_TYPES and not owner.entries[0].cued and not (
                owner.type == "country" and entry.sector in ARMED_GROUPS):
            countries = self.entry_countries(owner.entries[0])
        else:
            return []
        return [c for c in countries if c not in GROUPINGS][:1]

    def owner_country(self, item: Item) -> list[str]:
        """The country of the party an agent's possessive pronoun points to (قال الجيش
        الأميركي إن قواته، الحكومة العراقية ... قواتها، جنوده): the nearest one named before,
        in this sentence or the one before, that agrees with the pronoun in gender. A
        newspaper named by its quoted title is whom a speaker talks to (قال لـ«الشرق
        الأوسط» إن حكومته): the pronoun points past it."""
        if item.end - item.start != 1:
            return []
        pronoun = next((seg.norm for seg in self.tok(item.start).segments
                        if seg.role == "enclitic"), None)
        if pronoun not in OWNER_PRONOUNS:
            return []
        gender = OWNER_PRONOUNS[pronoun]
        for cand in self.owners(item.start, gender):
            countries = cand.countries or self.entry_countries(cand.entry)
            if not countries or self.quoted_outlet(cand):
                continue
            states = [c for c in countries if c not in self.gaz.regions]
            if states:
                return states[:1]
        return []

    def quoted_outlet(self, cand: Candidate) -> bool:
        """A newspaper or channel named by its title alone in quotation marks."""
        return cand.sector == "MED" and cand.start > 0 \
            and self.tok(cand.start - 1).text in QUOTE_PAIRS

    def owners(self, start: int, gender: str | None) -> Iterator[Candidate]:
        """Candidates before token ``start``, nearest first, in this sentence or the one
        before, that a pronoun of ``gender`` may point to."""
        for cand in reversed(self.out):
            if cand.sentence < self.sentence - 1:
                return
            if cand.start < start and not (gender and cand.gender and cand.gender != gender):
                yield cand

    def armed_owner(self, item: Item) -> Candidate | None:
        """The named armed group a word for fighters with a possessive pronoun belongs to
        (داعش ... قرب الحدود التركية ... مقاتليه): the group, even one of no country, when no
        party but a nisba adjective (التركية of الحدود) is named between them."""
        entry = item.of("agent")
        if item.end - item.start != 1 or entry is None or entry.sector not in ARMED_GROUPS:
            return None
        pronoun = next((seg.norm for seg in self.tok(item.start).segments
                        if seg.role == "enclitic"), None)
        if pronoun not in OWNER_PRONOUNS:
            return None
        owner = next((cand for cand in self.owners(item.start, OWNER_PRONOUNS[pronoun])
                      if cand.source != "nisba"), None)
        return owner if owner is not None and self.armed_group(owner) else None

    @staticmethod
    def armed_group(cand: Candidate) -> bool:
        """A named armed group or its head noun named again (داعش، التنظيم)."""
        sector = cand.sector or (cand.entry.sector if cand.entry is not None else None)
        return cand.source in ("org", "org_name", "anaphor") and sector in ARMED_GROUPS

    def entry_countries(self, entry: Entry | None) -> list[str]:
        """The country a lexicon entry gives, for a person that of the role held at the
        document's date."""
        if entry is None:
            return []
        country = entry.country or (country_of(entry.roles, self.doc.date) if entry.roles
                                    else None)
        return [country] if country else []

    def located_country(self, entry: Entry, q: int) -> list[str]:
        """The country of a state, capital, place or body that في puts a home-grown agent in
        (الحكومة في تايلاند، الشرطة في الموصل، المتظاهرون في بغداد). Armies, armed groups, refugees and
        international bodies are often abroad, so they take no country this way."""
        if entry.sector not in HOME_SECTORS or q + 1 >= len(self.items):
            return []
        at, nxt = self.items[q], self.items[q + 1]
        if at.entries or self.tok(at.start).norm != "في" or nxt.type not in GENITIVE_TYPES:
            return []
        country = nxt.entries[0].country
        return [country] if country and country not in GROUPINGS else []

    # -- titles ----------------------------------------------------------------------

    def title_phrase(self, p: int) -> tuple[int, Candidate]:
        items = self.items
        item = items[p]
        title = item.of("title")
        counterpart = title.rank == "counterpart"
        sector = title.sector
        countries: list[str] = []
        q = p + 1
        inner = []  # المتحدث باسم | الرئيس: the titles a head title governs
        if not counterpart:
            while q < len(items) and items[q].type == "title" and not items[q].dual:
                if self.titled_name(p, q):
                    break  # الأمير | سلطان بن سلمان: the prince's name, not a second title
                nxt = items[q].entries[0]
                if nxt.rank == "counterpart" or self.unit_number(q + 1) is not None \
                        and self.tok(items[q].start).stem in unit_words():
                    break  # قائد | اللواء 15: the unit is found on its own
                sector = sector or nxt.sector
                inner.append(nxt)
                q += 1
        if inner and self.tok(item.start).norm in DEPUTY_WORDS and item.end - item.start == 1:
            # نائب المستشارة: the Vice Chancellor, not a member of parliament
            title = replace(inner[0], name_en=f"Deputy {inner[0].name_en}", rank="aide",
                            id=f"deputy_{inner[0].id}")
            sector = inner[0].sector
        q, found = self.nisbas(q)
        countries += found
        body = headed = place = None
        if not countries and q < len(items) and not counterpart:
            nxt = items[q]
            if nxt.type in ("org", "country", "capital"):
                if not self.coordinated(q):
                    body = self.entity(nxt)
                    q += 1
            elif self.governed_place(p, q):
                place = self.entity(nxt)  # حاكم أوهايو | جون كاسيتش: the place governed
                q += 1
            elif nxt.type == "agent" or (not nxt.entries and nxt.end - nxt.start == 1):
                head = org_heads().get(self.tok(nxt.start).stem)
                r = self.org_name(q, head) if head is not None else None
                if r:
                    q, body = r, self.out[-1]  # وكيل وزارة النفط العراقية
                elif nxt.type == "agent":
                    q, body = self.agent_phrase(q)
            if body is not None:
                countries += body.countries
                sector = sector or body.sector
                if body.kind == "ORG" and body.source != "agent" \
                        and body.sector not in STATE_BODY_SECTORS:
                    # its own office's sector stays (نائبة حزب العمال is a member of
                    # parliament); a head's is the body's (رئيس حركة حماس is no government,
                    # زعيم حزب الله leads an armed group, not just a party)
                    headed = body
                    sector = body.sector if sector in (None, "GOV", "PTY") else sector
                elif body.source == "org_name":
                    # المتحدث باسم وزارة الصحة المصرية: an office of a body no lexicon
                    # knows, which no known holder of the state's offices holds
                    headed = body
        former = title.rank != "counterpart" and title.name_en.startswith("Former")
        if q < len(items) and not items[q].entries and self.tok(items[q].start).norm in FORMER:
            former, q = True, q + 1  # وزير الخارجية الروسي السابق
        if former:
            sector = None  # a former office holder is not the office at the document's date
        end = items[q - 1].end
        via = "counterpart" if counterpart else ("plural" if item.dual else "title")
        cand = Candidate(item.start, end, self.sentence, via, "GRP" if item.dual else "PER",
                         "title", title=title, countries=countries, sector=sector,
                         gender=title.gender, plural=item.dual, head=item.start,
                         former=former, body=headed)
        self.add(cand)
        if item.dual:
            return q, cand
        if title.rank == "diplomat" and self.posting(q):
            self.entity(items[q + 1])  # المندوب الروسي لدى | الأمم المتحدة | فيتالي تشوركين
            q += 2
        r = q + 1 if q < len(items) and self.tok(items[q].start).text in COMMAS else q
        if r < len(items):
            holder = not counterpart and title.rank not in GOVERNING_RANKS
            target = self.name_after_title(r, counterpart, cand.gender,
                                           cand.countries if holder else ())
            inner += self.titles_within(item)
            if target is not None and not self.holds_inner(target[1], title, inner):
                cand.link = target[1]
                if place is not None:  # a named holder of a local office: its country
                    cand.countries += place.countries
                return target[0], cand
            if target is not None:
                q = target[0]
        cand.construct = self.governs_genitive(cand, q)
        if not counterpart:
            self.apposition(cand)
        return q, cand

    def governed_place(self, p: int, q: int) -> bool:
        """Item ``q`` is a place that the one-word indefinite title at item ``p`` governs as
        its genitive (حاكم أوهايو، محافظ البصرة). A definite title governs none: a place
        word after it is the holder's name (الرئيس بخاري). The place's country is the
        office's only for the holder named next: a state has many governors, and the
        lexicon's one is not this one."""
        items = self.items
        return (items[q].type == "place" and not items[q].entries[0].cued
                and items[p].end - items[p].start == 1
                and not self.tok(items[p].start).stem.startswith("ال")
                and not self.coordinated(q))

    def posting(self, q: int) -> bool:
        """Items ``q`` and on are where a diplomat serves (لدى الأمم المتحدة، إلى سوريا، في
        دمشق) and a name comes after it: that name is the diplomat's."""
        items = self.items
        if q + 2 >= len(items) or items[q].entries \
                or self.tok(items[q].start).norm not in POSTING_WORDS \
                or items[q + 1].type not in ("country", "capital", "org"):
            return False
        nxt = items[q + 2]
        return nxt.type in ("person", "given") or (
            not nxt.entries and self.name_like(self.tok(nxt.start)))

    def coordinated(self, q: int) -> bool:
        """Item ``q`` opens with the conjunction و or ف: it is a second party beside the title
        before it (الأمين العام ومنظمة الصحة، وزير الخارجية وروسيا), not the body that title
        governs. A second title or portfolio after و stays with the first: one person may
        hold both (نائب رئيس الوزراء ووزير الخارجية، وزير الثقافة والإعلام)."""
        return bool(proclitics(self.tok(self.items[q].start))[:1] in (("و",), ("ف",)))

    def title_follows(self, q: int) -> bool:
        """Item ``q`` is a title (العميد محمد مساعد مدير ...): the word before it may be a
        given name of its own, not the surname of someone named before."""
        return q < len(self.items) and self.items[q].type == "title"

    def titles_within(self, item: Item) -> list[Entry]:
        """Titles a title of several words names after its first (مستشار | الرئيس)."""
        index = self.gaz.index
        return [entry for i in range(item.start + 1, item.end)
                for entry in index.get((self.tok(i).stem,), ()) if entry.type == "title"]

    def holds_inner(self, person: Candidate, head: Entry, inner: list[Entry]) -> bool:
        """A known person named after a chain of titles (المتحدث باسم الرئيس الروسي فلاديمير
        بوتين) who holds a governed title but not the head one: the name is the genitive's,
        and the head title is someone else."""
        while person.link is not None and person.source == "pattern":
            person = person.link  # روحاني after حسن روحاني: the person named before
        if not inner or head.rank not in GOVERNING_RANKS or person.source != "person" \
                or person.entry is None:
            return False
        role = role_at(person.entry.roles, self.doc.date)
        if role is None or not role.role or same_office(role.role, head.name_en):
            return False
        return any(same_office(role.role, t.name_en) for t in inner)

    def direction(self, p: int) -> bool:
        """A nisba of the compass (الغربي، الغربية) right after a place: a direction."""
        entry = self.items[p].entries[0]
        return entry.country in COMPASS_NISBAS and p > 0 \
            and self.items[p - 1].type in ("place", "capital", "country")

    def governs_genitive(self, cand: Candidate, q: int) -> bool:
        """An indefinite title with no country, followed by a noun it governs (رئيس لجنة
        العلاقات الخارجية، رئيس برنامج الأمن، رئيس للجمهورية): the head of that body, not
        the office holder named before."""
        if cand.countries or cand.end - cand.start != 1 or q >= len(self.items):
            return False
        title, nxt = self.tok(cand.start), self.tok(self.items[q].start)
        return (not title.norm.startswith("ال") and title.stem == title.norm
                and self.arabic_word(nxt) and nxt.norm not in function_words())

    def body_word(self, r: int, gender: str | None) -> bool:
        """An unknown word after a title that starts no name: a definite noun (رئيس الإقليم،
        رئيس الفنون التشكيلية) or, after a man's title, a feminine noun (رئيس قيادة المنطقة،
        رئيس فرقة طرب): the body or field the office is of."""
        tok = self.tok(self.items[r].start)
        return tok.norm.startswith("ال") or (gender == "m" and tok.text.endswith("ة"))

    def name_after_title(self, r: int, counterpart: bool, gender: str | None = None,
                         countries: Sequence[str] = ()) -> tuple[int, Candidate] | None:
        items = self.items
        item = items[r]
        if r + 1 < len(items) and not item.entries and item.end - item.start == 1 \
                and self.tok(item.start).norm.startswith("ال") and self.given_opens(r + 1):
            r += 1  # الدكتور رياض غنام، الخبير الاقتصادي أمين فارس: an adjective of the title
            item = items[r]
        if self.closed_given(r) and not self.closed_after_cue(r):
            return None  # المشرف علي القطاع: the preposition
        if item.type == "person":
            if self.not_the_titles(item, countries):
                return self.unknown_bearer(r)
            earlier = self.bearer_before(item) if self.other_gender(item, gender) \
                and not self.governing_title() else None
            if earlier is not None:  # المتحدث ريغيف after مارك ريغيف: not ميري ريغيف
                return self.again(r, earlier), self.out[-1]
            return self.known_person(r)
        if counterpart and item.type == "title" and not item.dual:
            q, cand = self.title_phrase(r)
            return q, cand
        run = self.name_run(r, strong=True)
        if run and run[2] < len(items) and items[run[2]].type == "person" \
                and items[run[2]].end - items[run[2]].start == 1:
            if self.other_bearer(items[run[2]], run[0]):
                return run[2] + 1, self.add(self.person(run[0], items[run[2]].end))
            return self.known_person(run[2], start=run[0])  # الرئيس جورج ووكر | بوش
        if run and items[r].type not in ("given", "family") and self.body_word(r, gender) \
                and not (self.family_name(self.tok(run[0])) and self.titled_surname(run)):
            return None  # not الشيخ الخراساني أن (see :meth:`addressed_family_name`)
        if run and run[1] - run[0] == 1 and not self.title_follows(run[2]):
            earlier = self.surname_before(r)
            if earlier is not None:  # وزير الخارجية شكري after سامح شكري: the minister again
                return self.again(r, earlier), self.out[-1]
        if run and run[1] - run[0] >= 2 and self.described(run):
            return None
        if run and (run[1] - run[0] >= 2 or items[r].type in ("given", "family")
                    or self.titled_surname(run)):
            q = self.regnal(run[2]) if run[1] - run[0] == 1 else run[2]  # الملك محمد الخامس
            return q, self.add(self.earlier_ending(self.person(run[0], items[q - 1].end)))
        return None

    def given_opens(self, q: int) -> bool:
        """Item ``q`` opens a name after a title and its definite adjective: a given name,
        or one that is also a common word (أمين) when a name word or another such given
        name (فارس) follows it, not a definite noun (أمين المجمع) unless a family name."""
        item = self.items[q]
        if item.type == "given":
            return not item.entries[0].cued or self.name_follows(q + 1)
        if not self.worded_given(q) or q + 1 >= len(self.items):
            return False
        nxt = self.tok(self.items[q + 1].start)
        if nxt.norm.startswith("ال") and not self.family_name(nxt):
            return False  # أمين المجمع: the office of a body, not a name
        return self.name_follows(q + 1) or self.worded_given(q + 1)

    def worded_given(self, q: int) -> bool:
        """Item ``q`` is one plain word that is a given name and a common word (أمين، فارس)."""
        if q >= len(self.items):
            return False
        item = self.items[q]
        return not item.entries and item.end - item.start == 1 \
            and self.tok(item.start).norm in self.gaz.worded_given

    def titled_surname(self, run: tuple[int, int, int]) -> bool:
        """A one-word run after a title that is a bare unknown word (no article, no verb
        shape) before what follows a speaker or a name (السيد شيمزو من، الوزير كرتي إن):
        a family name the title vouches for. After a form of address the family name may
        carry the article in a nisba shape (الشيخ الخراساني، السيد الحكيمي إن)."""
        title = self.items[run[2] - 2] if run[2] >= 2 else None
        return run[1] - run[0] == 1 and title is not None and title.type == "title" \
            and title.end - title.start == 1 and self.tok(title.start).stem.startswith("ال") \
            and (self.lone_surname(run[0]) or self.addressed_family_name(title, run[0])) \
            and not self.no_subject_name(self.tok(run[0])) \
            and self.speech_follows(run[2], True)

    def addressed_family_name(self, title: Item, i: int) -> bool:
        """Token ``i``, an unknown word with the article in the nisba shape of a family
        name (الخراساني، الحكيمي), after a form of address (الشيخ، السيد): an adjective
        does not follow a form of address, a trade or an office as it does (المهندس
        المعماري، الكاتب الصحفي)."""
        entry = title.of("title")
        return entry is not None and entry.rank == "honorific" \
            and self.family_name(self.tok(i)) and self.name_like(self.tok(i))

    def described(self, run: tuple[int, int, int]) -> bool:
        """Unknown words after a title that make a noun and its adjective, not a name: the
        last ends in ta marbuta (سرعات متنوعة), or both end in the accusative alef
        (مرتبا شهريا); or a verb and its object (الرئيس يدعم مبادرات، الملكة تحضر حفلات).
        A word some lexicon knows (عبد العزيز) makes it a name."""
        if any(self.items_at(i) is not None and self.items_at(i).entries
               or self.tok(i).norm in NAME_PARTICLES for i in range(run[0], run[1])):
            return False
        last = self.doc_tokens[run[1] - 1]
        first = self.doc_tokens[run[0]]
        if last.text.endswith("ة") or self.imperfect_verb(first):
            return True  # الرئيس يدعم مبادرات: the title's verb and its object
        return first.text.endswith(("ا", "اً", "ًا")) and last.text.endswith(("ا", "اً", "ًا"))

    def not_the_titles(self, item: Item, countries: Sequence[str]) -> bool:
        """A known person's one-word name after the title of a state's office that cannot be
        his: that of another state (الرئيس النمساوي هاينز فيشر is not the American هاينز).
        The name is someone else's. A spokesman's or an aide's title names his principal
        after it (مستشارة أوباما), and gives no ``countries``."""
        entry = item.entries[0]
        if item.end - item.start != 1:
            return False
        states = {code for code in countries if self.state(code)}
        own = {code for code in (entry.country, *(r.country for r in entry.roles))
               if self.state(code)}
        return bool(states) and bool(own) and states.isdisjoint(own)

    def state(self, code: str | None) -> bool:
        return code is not None and code in self.gaz.countries and code not in self.gaz.regions

    def unknown_bearer(self, p: int) -> tuple[int, Candidate]:
        """The name at item ``p`` and the name-like words after it (other known surnames
        among them: هاينز فيشر), as an unknown person."""
        q = p + 1
        while q < len(self.items) and q - p < MAX_NAME_RUN and self.bearer_word(q):
            q += 1
        return q, self.add(self.person(self.items[p].start, self.items[q - 1].end))

    @staticmethod
    def other_gender(item: Item, gender: str | None) -> bool:
        """A title of one gender before the one-word name of a known person of the other
        (المتحدث ريغيف, the lexicon knowing ميري ريغيف): someone else of that name."""
        own = item.entries[0].gender
        return item.end - item.start == 1 and bool(gender) and bool(own) and gender != own

    def governing_title(self) -> bool:
        """The last candidate is a title that speaks or works for whom it names after it,
        one that ends in an indefinite word governing the name (متحدثة باسم فيشر، مستشارة
        أوباما): its gender is not that of the name. A definite one (المتحدث الإسرائيلي
        ريغيف) names its holder."""
        last = self.out[-1] if self.out else None
        return last is not None and last.title is not None \
            and last.title.rank in GOVERNING_RANKS \
            and not self.tok(last.end - 1).stem.startswith("ال")

    def bearer_word(self, q: int) -> bool:
        """Item ``q`` goes on a foreign name: a known surname or an unknown name-like word
        without the article (هاينز فيشر، not the object الزوار after it)."""
        item = self.items[q]
        if item.type == "person":
            return item.end - item.start == 1
        return self.name_follows(q) and (
            bool(item.entries) or not self.tok(item.start).norm.startswith("ال"))

    def name_after_cue(self, q: int) -> int | None:
        """The name after an honorific or a trade (الدكتور ماجد نجم، العداء المغربي ربيع دكانة،
        المدرب المحلي جمال يعقوب), its nationality adjectives and one other adjective
        between: the next item index, or None. The cue vouches for the name, so a given name
        that is also a common word is enough; a name that no given name starts must not look
        like the rest of a noun phrase (see :meth:`cued_name_start`). The cue and its
        nationality describe the person (see :meth:`trade_person`)."""
        items = self.items
        cue, first = q - 1, len(self.out)
        while q < len(items) and items[q].type == "nisba" and not items[q].entries[0].plural:
            self.nisba(items[q])
            q += 1
        nisbas = len(self.out) - first
        r = self.cued_name(q)
        named = self.out[first + nisbas:]
        if not named:
            self.trade_person(cue, q)
        elif nisbas and named[0].kind == "PER" and named[0].source in ("person", "pattern") \
                and not self.other_state(named[0], self.out[first]):
            self.trade_person(cue, q, named[0])
        return r

    def reported_by(self, cue: int) -> bool:
        """The cue at item ``cue`` is the subject of a reporting verb right before it (وأضاف
        المهاجم): a speaker the text described before, where a trade elsewhere is as often
        the trade in general (بعقل الشاعر)."""
        start = self.items[cue].start
        return start > self.offset and self.tok(start - 1).norm in reporting_verbs()

    def trade_person(self, cue: int, q: int, person: Candidate | None = None) -> None:
        """A trade with its nationality (items ``cue`` to ``q``) describes a person of that
        country, as a title with a nisba does (مسؤول أمريكي), not the state: its candidate
        replaces the nisbas' ones. With no name after it (قال المهاجم السويدي إن) it is the
        person; before a name (اللاعب المصري محمد صلاح) it is the named ``person``'s, and
        the trade alone later (وأضاف المهاجم) is the one described so before. A nisba of
        the other gender is no adjective of the cue (المدافع الإسرائيلية are guns)."""
        title = name_cue_titles()[self.tok(self.items[cue].start).stem]
        at = len(self.out) - (person is not None)
        if q > cue + 1:
            nisbas = self.out[at - (q - cue - 1):at]
            if any(not self.tok(c.start).norm.startswith("ال")
                   or self.tok(c.end - 1).text.endswith("ة") != (title.gender == "f")
                   for c in nisbas):
                return
            at -= len(nisbas)
            del self.out[at:at + len(nisbas)]
            countries = [c.countries[0] for c in nisbas]
        elif self.reported_by(cue) and any(c.title is not None and c.title.id == title.id
                                           for c in reversed(self.out)):
            countries = []
        else:
            return
        item = self.items[cue]
        cand = Candidate(item.start, self.items[q - 1].end, self.sentence, "title", "PER",
                         "title", title=title, countries=countries, gender=title.gender,
                         head=item.start, link=person)
        self.out.insert(at, cand)
        if person is None and not self.preposition_on(item):
            self.apposition(cand)  # غروس المدرب السويسري, not بيكهام فانفرد بالحارس

    def cued_name(self, q: int) -> int:
        """The name at item ``q`` after a name cue and its nationality adjectives: the next
        item index."""
        items = self.items
        if q + 1 < len(items) and not items[q].entries and self.definite_word(q) \
                and self.tok(items[q].start).norm not in RELATIVE_PRONOUNS \
                and (items[q + 1].type == "given" or self.name_follows(q + 1)):
            q += 1  # المدرب المحلي جمال يعقوب: an adjective of the cue, not زوجته التي نالت
        if q >= len(items):
            return q
        if items[q].type == "person":
            return self.known_person(q)[0]
        if items[q].entries and items[q].type not in ("given", "family"):
            return q
        if self.closed_given(q) and not self.closed_after_cue(q):
            return q  # اللاعب علي العودة: the preposition
        if not items[q].entries and not self.cued_name_start(q):
            return q
        run = self.name_run(q, strong=True)
        if run is None:
            return q
        if items[q].type == "given" or self.tok(items[q].start).norm in self.gaz.worded_given:
            r = run[2]  # الدكتور خالد السقاف: after a given name the name rules hold
        else:
            r = q + 1
            while r < run[2] and not (not items[r].entries and self.ends_cued_name(r)):
                r += 1
        if r == q + 1 and not items[q].entries and len(self.tok(run[0]).norm) < 4:
            return q  # اللاعب طعن: a short unknown word alone is more likely a verb
        cand = self.earlier_ending(self.person(run[0], items[r - 1].end))
        self.add(self.earlier_name(cand) if r == q + 1 else cand)  # المدرب بينيتيز again
        return r

    def cued_name_start(self, q: int) -> bool:
        """An unknown word after a name cue that may start a name: no article (الوحيد), no
        conjunction (وراوغه), no verb or preposition shape (يريد، اتحدت، لوجود), no
        feminine ending (إمكانية), no pronoun (الكاتب مقاله) and no accusative of a common
        word (المدرب السويسري عددا من، اللاعب الفرنسي أيضا)."""
        tok = self.tok(self.items[q].start)
        return not (tok.norm.startswith(("ال", "و")) or tok.text.startswith("ا")
                    or self.verb_like(tok) or self.hidden_clitic(tok) and not self.spelt_name(tok)
                    or tok.text.endswith(("ة", "ه", "ها", "هم")) or self.common_accusative(tok))

    def common_accusative(self, tok: Token) -> bool:
        """A common word with the indefinite accusative ا (عددا، كثيرا، أيضا): an object or an
        adverb, which no name is. A foreign name in ا (سيلفا، باولا) is no common word less
        its ا."""
        norm = tok.norm
        return norm.endswith("ا") and (has_tanween(tok.text) or norm in function_words()
                                       or norm[:-1] in self.gaz.vocabulary
                                       or norm[:-1] in common_nouns())

    def ends_cued_name(self, r: int) -> bool:
        """Item ``r``, a plain word inside a name run after a cue, is outside the name: a
        definite noun (طلب الرحيل), a verb (أوفيد يصف) or a word with a pronoun or preposition
        (الفردوسي كتابه، شون لفيضان)."""
        tok = self.tok(self.items[r].start)
        return (tok.norm.startswith("ال") and not self.family_name(tok)) \
            or self.verb_like(tok) or tok.norm.endswith(("ه", "ها")) or tok.norm != tok.stem

    def definite_word(self, q: int) -> bool:
        """Item ``q`` is one plain word with the article (المحلي، الخميني)."""
        item = self.items[q]
        return item.end - item.start == 1 and self.tok(item.start).norm.startswith("ال")

    def name_after_nisba(self, p: int) -> int:
        """Two or three unknown words after a singular nationality adjective are a foreign
        name (اللاعب الكونغولي شاباني نوندا): the next item index. After a title and its
        portfolio (وزير حقوق الإنسان اليمني عز الدين الأصبحي) the nisba and the name belong to
        the title."""
        prev = self.items[p - 1]
        if p >= len(self.items) or prev.entries[0].plural \
                or not self.tok(prev.start).stem.startswith("ال"):
            return p
        title = self.title_before(prev.start)
        if title is not None:
            target = self.name_after_title(p, False, title.gender, [prev.entries[0].country])
            if target is not None:
                title.link = target[1]
                title.countries = title.countries or [prev.entries[0].country]
                return target[0]
        if self.common_given(p):
            return self.given_after_nisba(p)
        if self.items[p].entries:
            return p
        run = self.name_run(p)
        if run is None or not 2 <= run[1] - run[0] <= 3 \
                or not all(self.lone_surname(i) and not self.tok(i).text.endswith("ة")
                           for i in range(run[0], run[1])):
            return p  # فريق العربي بداية جيدة: feminine nouns and adjectives, no name
        self.add(self.person(run[0], run[1]))
        return run[2]

    def common_given(self, p: int) -> bool:
        """Item ``p`` is one word that is a given name and a common word too (طالب، مبارك،
        علي): alone it reads as the word."""
        item = self.items[p]
        if item.end - item.start != 1:
            return False
        if item.entries:
            return item.type == "given" and item.entries[0].cued
        return self.tok(item.start).norm in self.gaz.worded_given

    def given_after_nisba(self, p: int) -> int:
        """A name of two words or three that a given name which is also a common word opens
        right after a nationality adjective (للبوروندي طارق مبارك، الكويتي طالب الدوسري): the
        adjective vouches for it as a trade would. Returns the next item index."""
        if self.closed_given(p) and not self.closed_after_cue(p):
            return p  # الأميركي علي العراق: the preposition
        run = self.name_run(p, strong=True)
        if run is None or not 2 <= run[1] - run[0] <= 3:
            return p
        self.add(self.person(run[0], run[1]))
        return run[2]

    def title_before(self, start: int) -> Candidate | None:
        """The title this sentence's last candidate is, when only a short portfolio of plain
        definite or construct words (حقوق الإنسان، شؤون اللاجئين) stands between it and token
        ``start``; None otherwise."""
        out = self.out
        if len(out) < 2 or out[-2].sentence != self.sentence:
            return None
        title = out[-2]  # out[-1] is the nisba itself
        if title.source != "title" or title.via != "title" or title.link is not None \
                or title.countries or not 0 < start - title.end <= PORTFOLIO_WORDS:
            return None
        for i in range(title.end, start):
            tok = self.tok(i)
            item = self.items_at(i)
            if item is None or item.entries or not self.arabic_word(tok) \
                    or tok.norm in function_words() or self.verb_like(tok):
                return None
        return title

    def lone_surname(self, i: int, inner: bool = False) -> bool:
        """One unknown word alone after a reporting verb (وقال عنان، وشددت رايس):
        a surname, unless it has the article (الرئيس الجديد) or the shape of a verb. The
        ``inner`` word after an unknown one may start with ت or ي when a vowel follows the
        letter, or with تر or تش, as a transliterated name does (وقال هريديش تريباثي); ير
        is a verb (يرى، يريد)."""
        tok = self.tok(i)
        verb = self.verb_like(tok) and (not inner or self.imperfect_verb(tok)
                                        or self.derived_verb(tok) or tok.norm[0] == "س"
                                        or tok.norm[:2] == "ير")
        return (self.name_like(tok) and not tok.norm.startswith("ال")
                and not verb and len(tok.norm) >= 3
                and not self.article_noun(tok))

    def apposition(self, cand: Candidate) -> None:
        """A title right after a person's name describes that person."""
        out = self.out
        for k in range(len(out) - 2, -1, -1):
            prev = out[k]
            if prev.sentence != self.sentence:
                return  # only earlier sentences from here on: ``out`` is in sentence order
            if prev.end > cand.start:
                continue
            gap = [t for t in range(prev.end, cand.start) if self.tok(t).text not in COMMAS]
            if prev.kind != "PER" or prev.source not in ("person", "pattern"):
                return
            if self.other_state(prev, cand):
                return  # يودويونو الرئيس الأميركي: the host, then his guest's title
            if not gap:
                cand.link = prev
            elif prev.source == "pattern" and gap == [prev.end] and cand.start == prev.end + 1 \
                    and self.lone_surname(prev.end) and self.tok(prev.end).norm[0] not in "لبك":
                # سارة ليا ويتسن مديرة ...: the unknown word before the title ends the name
                # (not one with a preposition's letter: لويز ريتشاردسون لمنصب نائب ...)
                prev.end += 1
                prev.name = f"{prev.name} {self.tok(prev.end - 1).text}" if prev.name else None
                cand.link = prev
            return

    @staticmethod
    def other_state(person: Candidate, title: Candidate) -> bool:
        """A known person of one state before the title of another's office: the title
        is not his (سوسيلو بامبانغ يودويونو الرئيس الأميركي)."""
        if person.entry is None or not title.countries:
            return False
        states = {role.country for role in person.entry.roles if role.country}
        return bool(states) and states.isdisjoint(title.countries)

    # -- names -----------------------------------------------------------------------

    @staticmethod
    def arabic_word(tok: Token) -> bool:
        """A plain Arabic word without clitics."""
        return (not tok.is_punct and tok.stem == tok.norm and len(tok.norm) >= 2
                and "\u0600" <= tok.norm[0] <= "\u06ff")

    def name_like(self, tok: Token) -> bool:
        """An unknown word that may be part of a name: none written with tanween
        (مارتين تزامنًا، هولمز مذنبًا), the mark of an indefinite common word."""
        if tok.is_punct or len(tok.norm) < 2:
            return False
        if tok.stem != tok.norm and not self.final_ya(tok):
            return False
        if has_tanween(tok.text):
            return False
        if len(tok.norm) >= 5 and tok.norm.endswith(OBJECT_PRONOUNS):
            return False  # إدارتها، زميليهما: a noun or verb with a pronoun the segmenter left on
        if VERBAL_NOUN.fullmatch(tok.norm):
            return False  # سلفا اقتناء، انهيارا مفاجئا
        if not ("\u0600" <= tok.norm[0] <= "\u06ff"):
            return False
        return tok.norm not in self.gaz.vocabulary and tok.norm not in _function_word_forms()

    @staticmethod
    def common_after_word(tok: Token) -> bool:
        """A word that follows a given name which is also a common word (حسن، جميل، نجاح)
        without making a name with it: one glued to the conjunction (جميل ومميز), as the
        second of two names seldom is (the segmenter leaves و on a word it does not know;
        a name that spells "w" writes a vowel letter after it: وينفري، ووكر، والاس), a
        definite plural nisba (نجاح القوميين), as no family name is, a preposition on a
        noun in م (يزيد بمقدار، لمدة، كمراقب), or the participle of a derived verb (مؤيد
        متطرف، سعيد مستمتع): shapes no family name takes."""
        norm, text = tok.norm, tok.text
        return (len(norm) >= 4 and text[0] == "و" and text[1] not in "اوي" and not tok.segments
                or norm.startswith("ال") and norm.endswith(PLURAL_NISBA_ENDINGS)
                or len(norm) >= 5 and norm.startswith(PREPOSITION_MIM)
                or bool(DERIVED_PARTICIPLE.fullmatch(norm)))

    @staticmethod
    def final_ya(tok: Token) -> bool:
        """A word the segmenter read as a stem and the pronoun ي (شاباني as شابا + ي، بيرسي as
        بيرس + ي): transliterated names end in ي far more often than news prose says "my".
        The stem must spell a long vowel after its first letter, as transliterations do; a
        nisba adjective on a bare root (شخصي، بحثي، مصرفي) does not."""
        segments = tok.segments
        return (len(segments) == 2 and segments[0].role == "stem" and segments[1].norm == "ي"
                and any(letter in "اوي" for letter in segments[0].norm[1:]))

    @staticmethod
    def glued_noun(tok: Token) -> bool:
        """An unknown word that is ب or ل on a noun the segmenter left whole: a verbal
        noun (بارتكاب، بتنفيذ، لاستعادة), a common noun of the lexicons (لتحقيق) or one in
        alif maqsura (بدعوى). Such a word after a name is the verb's complement (اتهم صدام
        بارتكاب، أدانت تايلور بدعوى), where a name word that begins with the letter spells
        none of these (براون، بلير، بلاتيني; باعيسى is با on a name). A short noun of
        three root letters with no vowel letter, bare or in ة (لشرح، بحزن، لمهنة، لشبكة), is
        glued too: transliterations spell their vowels (بلير، لحود), and the Arabic names of
        that shape (بهجت، بندر) are in the lexicons, so never get here."""
        norm = tok.norm
        if len(norm) < 4 or norm[0] not in "بل" or tok.stem != norm:
            return False
        rest = norm[1:]
        return bool(VERBAL_NOUN.fullmatch(rest) or TAFIL.fullmatch(rest)
                    or tok.text.endswith("ى") and rest[0] != "ا" or rest in common_nouns()
                    or Composer.short_root_noun(rest, tok.text.endswith("ة")))

    @staticmethod
    def short_root_noun(rest: str, feminine: bool) -> bool:
        """``rest`` spells three consonants, with ة after them when ``feminine``."""
        root = rest[:-1] if feminine else rest
        return len(root) == 3 and not any(letter in "اويىءه" for letter in root)

    def pronoun_noun(self, tok: Token) -> bool:
        """An unknown word that ends in a pronoun the segmenter left on (معهم، زوجته، وهاتفه):
        هم, or ه (not ة) after the ta of a feminine noun or on a known word. Names end in
        ه too (غوتزه، دنه), but not on a word of the lexicons."""
        if tok.norm.endswith(("هم", "هما")):
            return True
        if not tok.text.endswith("ه"):
            return False
        core = tok.norm[:-1]
        return core.endswith("ت") or self.known_noun(core) \
            or (core[:1] in "وبلف" and self.known_noun(core[1:]))

    def known_noun(self, norm: str) -> bool:
        """A word of the lexicons, a common noun or a particle of names (ابن)."""
        return norm in self.gaz.vocabulary or norm in common_nouns() or norm in NAME_PARTICLES

    def article_noun(self, tok: Token) -> bool:
        """An unknown word whose form with the article is a known word (مهندس, as المهندس
        is; قيادة، مستقلة): an indefinite common noun or adjective. Such a word is a name
        only after a given name (يوسف خميس، حازم إمام), where family names keep it."""
        return "ال" + tok.norm in self.gaz.vocabulary

    def name_run(self, p: int, strong: bool = False) -> tuple[int, int, int] | None:
        """A name from item ``p``: (first token, end token, next p), or None.

        The first word may be any given name or unknown word. The second may also be an
        unknown word carrying a clitic-like first letter (فارس، بوش) when neither it nor its
        stem is a known word. From the third word on, plain unknown words are as often
        outside the name as in it, so only given names, family names with the article
        (الخطابي) and words after a particle (بن، أبو، عبد) extend it.
        """
        items = self.items
        opener = self.name_opener(p)
        if self.tok(items[p].start).norm in NAME_PARTICLES and items[p].type != "given" \
                and not opener:
            return None  # a name does not start with بن or آل
        q, words, after_particle = (p + 1, 0, True) if opener else (p, 0, False)
        first = items[p].of("given")
        # محمد منير: any given name next; ``strong`` when a cue before vouches for the name,
        # or عبد / أبو opens it (عبد الله قاسم)
        first_strong = strong or opener or (first is not None and not first.cued)
        while q < len(items) and words < MAX_NAME_RUN + 1:
            item = items[q]
            tok = self.tok(item.start)
            if q > p and self.conjoined(tok):
                break  # محمد عبد الواحد وأحمد: the conjunction starts the next name
            if not item.entries and tok.text.startswith(HAMZA_AFTER_PREPOSITION):
                break  # بينيتيز لأعرف: a preposition before a verb or noun
            if q > p and not item.entries and (self.derived_verb(tok)
                                               or self.imperfect_verb(tok)):
                break  # روحاني يتحرك، مارتين يأتي: the verb after the name
            if q > p and not item.entries and not after_particle \
                    and self.accusative_noun(tok):
                break  # ترأس عباس اجتماعا: the object after the name
            if q > p and not item.entries and not after_particle and self.glued_noun(tok):
                break  # اتهم صدام بارتكاب: a preposition on the noun after the name
            if q > p and not item.entries and not after_particle and self.pronoun_noun(tok):
                break  # التقى يحيى زوجته: a noun with a pronoun after the name
            if (q > p and tok.norm in NAME_PARTICLES and item.type in (None, "given")
                    and item.end - item.start == 1):
                q += 1
                after_particle = True
                continue
            if q > p and not after_particle and self.closed_given(q) \
                    and not self.name_word(q + 1):
                break  # جوزيه علي فريقه: the preposition, unless the name goes on
            given = item.of("given", "family") if q == p else (
                item.entries[0] if item.type in ("given", "family") else None)
            if q > p and given is not None and given.cued and self.lam_on(item):
                break  # القاضي تحيز لصالح: a common word after ل ends the name (not بروان)
            if given is not None and (q == p or after_particle or not given.cued
                                      or (words == 1 and first_strong)):
                ok = True
            elif q == p and strong and q > 0 and self.titled_name(q - 1, q):
                ok = True  # الأمير سلطان بن سلمان: the title vouches for the name
            elif q > p and not after_particle and self.kin_of_other(p, q):
                ok = True  # خليفة بن سلمان، مارك ريغيف: another of that family
            elif q > p and item.type == "person" and item.entries[0].cued \
                    and item.end - item.start == 1:
                ok = True  # هادي قطيم | الشيباني: a common surname ends another's name
            elif words == 1 and first_strong and not item.entries \
                    and item.end - item.start == 1 and tok.norm in self.gaz.worded_given:
                # أمين فارس، محمد صلاح: a given name that is a word too, the father's; not a
                # time before an ordinal (والجنرال ناركيس صباح السابع من يونيو)
                ok = q + 1 >= len(items) \
                    or self.tok(items[q + 1].start).norm not in regnal_ordinals()
            elif words == 1 and first_strong and self.family_nisba(p, item):
                ok = True  # محمد القمري، فرحان إيراني: a family name, not the state
            elif words == 1 and first_strong and self.family_place(item):
                ok = True  # علي الأحمدي، محمد الرمادي: a family name, not the town
            elif words == 1 and first_strong and self.company_surname(item):
                ok = True  # غوران إريكسون، هنري فورد: the family name, not the company
            elif item.entries:
                # بن سلطان: after a particle a title or place word is a name; بن محمد بن
                # راشد: a known person's name is the father's
                ok = after_particle and (item.type == "person" or (
                    item.end - item.start == 1 and item.type in (
                        "title", "place", "nisba", "agent") and tok.stem == tok.norm))
            elif after_particle:
                # آل ثاني، عبد الكريم: any word after a particle; روبن فان بيرسي: a final ي
                # that the segmenter read as a pronoun
                ok = self.arabic_word(tok) or self.final_ya(tok) and self.name_like(tok)
            elif q == p and strong and tok.norm in self.gaz.worded_given:
                # الدكتور صلاح البردويل، الخبير أمين فارس: the cue vouches
                ok = self.name_follows(q + 1) or self.worded_given(q + 1)
            elif words == 1 and first is not None and not (first_strong or after_particle) \
                    and self.common_after_word(tok):
                ok = False  # حسن الجوار، جميل ومميز: a common word and what follows it
            elif q == p or words == 1:
                ok = self.name_like(tok) or (words == 1 and self.clitic_name_like(tok))
                ok = ok and (first is not None and words == 1 or not self.article_noun(tok))
            else:
                ok = self.name_like(tok) and (self.family_name(tok) or self.last_foreign_word(q)
                                              or self.family_after_father(q))
            if not ok:
                break
            q += 1
            words += 1
            after_particle = False
        while q > p and self.tok(items[q - 1].start).norm in NAME_PARTICLES \
                and items[q - 1].end - items[q - 1].start == 1:
            q -= 1
        last = self.tok(items[q - 1].start)
        if q - p > 2 and self.verb_like(last) and (
                last.norm[0] == "س" or self.imperfect_verb(last) or not self.spelt_name(last)):
            q -= 1  # كوندوليزا رايس ستزور: a verb after a two-word name, not تيبيراتو
        if q == p:
            return None
        return items[p].start, items[q - 1].end, q

    def family_after_father(self, q: int) -> bool:
        """Item ``q`` is a word with the article after a given name that follows another
        (عباس محمود العقاد، محمد ماجد العيطان): the third word of a name of given name,
        father's name and family name, whatever its ending, where what follows a name comes
        next (a comma, إن، الذي, a title). A word that the lexicons know (محمد أحمد المسؤول)
        never gets here; an object does not end a name (حضر ماهر سعيد الحفل أمس)."""
        prev = self.items[q - 1]
        tok = self.tok(self.items[q].start)
        rest = tok.norm[2:]
        return tok.norm.startswith("ال") and prev.type == "given" \
            and prev.end - prev.start == 1 and not tok.text.endswith("ة") \
            and not (len(rest) >= 5 and rest.startswith(("مت", "مست"))) \
            and not MAFUL.fullmatch(rest) and self.name_closes(q + 1)  # not جواد سليم المشغول

    def name_closes(self, q: int) -> bool:
        """Item ``q`` closes a name before it: the end, a punctuation mark, a title or nisba
        in apposition, a relative pronoun or the complementiser (العقاد، الذي، إن), not a
        time word as after an object (حضر ماهر سعيد الحفل أمس)."""
        if q >= len(self.items):
            return True
        if self.items[q].type in ("title", "nisba"):
            return True
        tok = self.tok(self.items[q].start)
        return tok.is_punct or tok.norm in RELATIVE_PRONOUNS \
            or (tok.norm in SPEECH_NEXT and tok.norm.startswith(("ان", "بان")))

    def family_nisba(self, p: int, item: Item) -> bool:
        """A one-word masculine singular nisba right after the given name at item ``p`` is the
        family name (محمد المصري، الضابط عصام القمري): an adjective of a person names no state.
        After a head of state's title a definite one is his state (الملك عبد الله الأردني),
        an indefinite one still the family name (الرئيس جون كندي); a title before
        the given name takes its nisba before it (الرئيس القمري عثمان غزالي); a feminine or
        plural form still describes (سلمى المصرية، الشبان المصريون)."""
        entry = item.of("nisba")
        if entry is None or item.type != "nisba" or item.end - item.start != 1 \
                or entry.plural or item.dual or self.tok(item.start).text.endswith(("ة", "ه")):
            return False
        title = self.items[p - 1].of("title") if p > 0 else None
        return title is None or title.rank not in ("head_of_state", "head_of_government") \
            or not self.tok(item.start).stem.startswith("ال")  # الرئيس جون كندي

    def family_place(self, item: Item) -> bool:
        """A one-word place in the shape of a family name with the article (الأحمدي،
        الرمادي، الزهراني) right after a given name is the family name: a given name governs
        no place, and the nisba shape is what family names take. Other places after a name
        are as often its object or genitive (وصل عباس القاهرة، نيل القاهرة)."""
        return item.type == "place" and item.end - item.start == 1 \
            and self.family_name(self.tok(item.start))

    def place_surname(self, p: int) -> Candidate | None:
        """The person named before whose family name the place at item ``p`` spells (see
        :meth:`family_place`), as the subject of a reporting verb: وأضاف الأحمدي after علي
        الأحمدي names him again. Elsewhere the town is as likely (الهجوم على الزبداني،
        أهالي الزبداني after the activist فادي الزبداني)."""
        item = self.items[p]
        if not self.family_place(item) or item.start <= self.offset \
                or self.tok(item.start - 1).norm not in reporting_verbs():
            return None
        return self.surname_before(p)

    def company_surname(self, item: Item) -> bool:
        """A company of one word right after a given name is the family name it is named
        after (غوران إريكسون، هنري فورد): a given name does not go before a company. With a
        preposition on it the company may be a complement (وعمل جون بفورد)."""
        entry = item.of("org")
        return entry is not None and item.type == "org" and entry.sector == "BUS" \
            and item.end - item.start == 1 and not proclitics(self.tok(item.start))

    def last_foreign_word(self, q: int) -> bool:
        """Item ``q``, a third name word, is the last of a transliterated name: it spells two
        long vowels, has no verb shape, feminine ending or pronoun, does not start with the
        article or a letter that may be a clitic (الانخراط، وحلفائه، بعنوان), and what
        follows it is what follows a name (إيمان البحر درويش ومن، فديريكو جارثيا لوركا الذي)."""
        tok = self.tok(self.items[q].start)
        return (self.spelt_name(tok) and not self.imperfect_verb(tok)
                and not self.derived_verb(tok)
                and not tok.norm.startswith(("ال", "و", "ب", "ل", "ك"))
                and not tok.norm.endswith(("ه", "ا", "هم")) and self.name_ends(q + 1))

    def name_ends(self, q: int) -> bool:
        """Item ``q`` starts what comes after a name: punctuation, a word with the
        conjunction, a relative pronoun or a word that follows a speaker."""
        if q >= len(self.items):
            return True
        tok = self.tok(self.items[q].start)
        return (tok.is_punct or self.conjoined(tok) or tok.norm in RELATIVE_PRONOUNS
                or tok.norm in SPEECH_NEXT)

    def closed_given(self, p: int) -> bool:
        """Item ``p`` is a given name that is also a function word: علي, most often the
        preposition على spelt with ي."""
        item = self.items[p]
        return item.type == "given" and item.end - item.start == 1 \
            and self.tok(item.start).stem in function_words()

    def closed_name(self, p: int) -> int:
        """علي with no title before it starts a name only when the rest of a name follows
        (see :meth:`closed_name_follows`): the next item index."""
        if not self.closed_name_follows(p + 1):
            return p + 1
        return self.opened_name(p)

    def closed_name_follows(self, q: int) -> bool:
        """What tells the name علي from the preposition at item ``q`` after it: بن، عبد or
        أبو (علي بن أبي طالب، علي عبد الله), a known family or one-word person name (علي
        لاريجاني), or a given name that another name word follows (علي محمد الحمادي). A
        given name alone is too weak: على governs names too (بالتحفظ علي عبد الفتاح)."""
        if q >= len(self.items):
            return False
        item = self.items[q]
        tok = self.tok(item.start)
        if item.end - item.start == 1 and (tok.norm in SON_OF or tok.norm in NAME_OPENERS):
            return True
        if not item.entries or item.entries[0].cued or item.end - item.start != 1:
            return False
        if item.type in ("family", "person"):
            return True
        return item.type == "given" and self.name_word(q + 1)

    def closed_after_cue(self, r: int) -> bool:
        """علي right after a title or honorific (الإمام علي) is the name unless the word
        after it reads as what على governs: a definite word or a known entity (المشرف علي
        القطاع، الأميركي علي العراق) or another plain word (الوزير علي هامش القمة). A place
        in a family name's shape (الباحث علي الأحمدي) is his family name."""
        if r + 1 >= len(self.items) or self.closed_name_follows(r + 1):
            return True
        nxt = self.items[r + 1]
        tok = self.tok(nxt.start)
        if nxt.entries:
            return nxt.type in ("given", "family") or self.family_place(nxt)
        return (tok.is_punct or tok.norm.isdigit() or tok.norm in _function_word_forms()
                or self.conjoined(tok))

    def name_word(self, q: int) -> bool:
        """Item ``q`` carries a name on: a particle, a given or family name or an unknown
        name-like word."""
        if q >= len(self.items):
            return False
        item = self.items[q]
        return (item.end - item.start == 1 and self.tok(item.start).norm in NAME_PARTICLES) \
            or self.name_follows(q)

    def name_opener(self, p: int) -> bool:
        """Item ``p`` is عبد or أبو before a plain Arabic word (عبد الرحمن، أبو محمد): the
        first half of a compound name, which a surname may follow."""
        items = self.items
        if p + 1 >= len(items) or items[p].entries or items[p].end - items[p].start != 1:
            return False
        nxt = items[p + 1]
        return self.tok(items[p].start).norm in NAME_OPENERS and nxt.end - nxt.start == 1 \
            and self.arabic_word(self.tok(nxt.start)) and nxt.type in (None, "given", "title")

    def conjoined(self, tok: Token) -> bool:
        """A word carrying the conjunction و that is not itself a known word (واحمد)."""
        segments = tok.segments
        return (bool(segments) and segments[0].role == "proclitic" and segments[0].norm == "و"
                and (tok.norm,) not in self.gaz.index)

    @staticmethod
    def family_name(tok: Token) -> bool:
        """A family name with the article: a nisba shape (الخطابي، المالكي), not a
        participle or verbal noun (المصنف، التقدم)."""
        return tok.norm.startswith("ال") and tok.norm.endswith("ي")

    def name_follows(self, q: int) -> bool:
        """Item ``q`` is a given name or an unknown name-like word (خالد [عليوة])."""
        if q >= len(self.items):
            return False
        item = self.items[q]
        if item.entries:
            return (item.type in ("given", "family") and not item.entries[0].cued
                    or q > 0 and self.kin_of_other(q - 1, q))
        tok = self.tok(item.start)
        return (self.name_like(tok) and not self.verb_like(tok)
                and not tok.norm.endswith(("ه", "هم")))

    def clitic_name_like(self, tok: Token) -> bool:
        """An unknown word whose first letter the segmenter read as a clitic (فارس)."""
        if tok.stem == tok.norm or tok.is_punct or len(tok.norm) < 3:
            return False
        vocabulary = self.gaz.vocabulary
        if tok.stem.startswith("ال"):
            return False  # بالتحدث: a preposition and a definite noun
        return (tok.norm not in vocabulary and tok.stem not in vocabulary
                and (tok.stem,) not in self.gaz.index and (tok.norm,) not in self.gaz.index)

    def accusative_noun(self, tok: Token) -> bool:
        """An indefinite noun in the accusative whose tanween the text leaves unwritten
        (اجتماعا، مؤتمرا، قرارا، بيانا): without the alef, with or without the article, it
        is a common noun of the lexicons (اجتماع), so it is a verb's object, not a name
        ending in -a (ماريا، سيلفا، ماسا)."""
        norm = tok.norm
        if len(norm) < 4 or norm[-1] != "ا" or tok.stem.startswith("ال") \
                or (norm,) in self.gaz.index:
            return False
        nouns = common_nouns()
        return norm[:-1] in nouns or "ال" + norm[:-1] in nouns

    @staticmethod
    def derived_verb(tok: Token) -> bool:
        """An imperfect of a derived verb (يتحرك، تتوجه، يستمر): a shape that transliterated
        names do not take."""
        return len(tok.norm) >= 5 and tok.norm.startswith(DERIVED_VERB_PREFIXES)

    @staticmethod
    def imperfect_verb(tok: Token) -> bool:
        """An imperfect verb whose prefix a consonant follows (يلمح، تطرق، يقضيان، يأتي with
        its hamza). Transliterated names that begin with these letters spell a vowel after
        them (تاناكا، توبي، تيخادا), write تش or تر for "ch" and "tr" (تشافيز، تريسي), or end
        in alef (تقلا); after س a name is as likely as a future verb (سيناترا، ستنغل)."""
        text = tok.text
        return (len(tok.norm) >= 4 and text[0] in "يت" and text[1] not in "اويىر"
                and not text.startswith("تش") and not tok.norm.endswith("ا"))

    @staticmethod
    def verb_like(tok: Token) -> bool:
        """An imperfect or future verb shape (يـ، تـ، سيـ، ستـ) of four letters or more."""
        return len(tok.norm) >= 4 and tok.norm.startswith(VERB_PREFIXES)

    def person_reading(self, p: int) -> bool:
        """A place name that is also a given name (أسامة) reads as a person when a name-like
        word follows and no locative word or preposition introduces it."""
        item = self.items[p]
        if item.end - item.start != 1 or item.of("given") is None:
            return False
        tok = self.tok(item.start)
        if not {"ب", "ل"}.isdisjoint(proclitics(tok)):
            return False
        if item.start > self.offset and self.tok(item.start - 1).stem in PLACE_CUES:
            return False
        return self.name_follows(p + 1)

    def verb_subject(self, p: int) -> int | None:
        """An unknown name right after a reporting verb (وقال عنان إن، وشددت رايس في). A
        word that ends a name found before is that person again, even a common word (وتوقع
        فارس تزايد after أمين فارس), which no lexicon would take as a name alone."""
        definite = self.tok(self.items[p].start).norm.startswith("ال")
        again = self.surname_again(p, speech=definite)
        if again is not None:
            return again
        if definite:
            # قال المسؤول: a noun, unless a name ended with it or it is an honorific before one
            return self.name_after_honorific(p)
        run = self.name_run(p)
        unknown = run[1] if run is not None else 0  # the end of the unknown words
        if run is not None and run[1] - run[0] == 1 and self.worded_surname(run[2]):
            run = (run[0], run[1] + 1, run[2] + 1)  # وقال سلفان شالوم إن
        if run is None or run[1] - run[0] > 2 \
                or not all(self.lone_surname(i, i > run[0]) for i in range(run[0], unknown)) \
                or self.no_subject_name(self.tok(run[0])) \
                or (run[1] - run[0] == 2 and self.hidden_clitic(self.tok(run[0]))) \
                or not self.speech_follows(run[2], run[1] - run[0] == 2):
            return None  # longer runs need a given name (ردّ بشكل واضح بأن)
        self.add(self.earlier_name(self.person(run[0], run[1])))
        return run[2]

    def worded_surname(self, q: int) -> bool:
        """Item ``q`` is one word that the lexicons know as a name and a common word too
        (شالوم، شريف), right before what follows a speaker: after an unknown word that a
        reporting verb takes as its subject, it ends that name (وقال سلفان شالوم إن)."""
        if q >= len(self.items):
            return False
        item = self.items[q]
        return item.end - item.start == 1 and item.type in ("given", "family") \
            and item.entries[0].cued and self.speech_follows(q + 1, True)

    def no_subject_name(self, tok: Token) -> bool:
        """An unknown word after a reporting verb that is no bare surname: one with the
        conjunction, a noun with a pronoun (كتبت روايتها، تقول عائلتها، أكد حقه; names end
        in يه: رينيه، بارنييه), a preposition on a
        noun (see :meth:`hidden_clitic_noun`) or a long plural nisba (دعا إسلاميون إلى,
        where كينيون is short enough to be a name)."""
        return (self.conjoined(tok) or tok.norm.endswith(("ها", "هم"))
                or (tok.text.endswith("ه") and not tok.text.endswith("يه"))
                or self.hidden_clitic_noun(tok)
                or (len(tok.norm) >= 7 and tok.norm.endswith("يون")))

    def name_after_honorific(self, p: int) -> int | None:
        """A definite honorific and a name after a reporting verb (وأوضح الدكتور عبد الله
        الصايغ أن): the name, when it opens with a given name or with عبد / أبو."""
        items = self.items
        if items[p].entries or p + 1 >= len(items) or not (
                items[p + 1].type == "given" and not items[p + 1].entries[0].cued
                or self.name_opener(p + 1)):
            return None
        run = self.name_run(p + 1)
        if run is None or run[1] - run[0] < 2 or not self.speech_follows(run[2], True):
            return None
        self.add(self.person(run[0], run[1]))
        return run[2]

    def surname_again(self, p: int, speech: bool = True) -> int | None:
        """A family name alone after a reporting verb (وقال الصايغ إن) that ends a name found
        before (عبد الله الصايغ): that person again. With the article the word may be a noun
        that the verb takes (قال المسؤول), so ``speech`` asks for what follows a speaker."""
        if self.items[p].entries or (speech and not self.speech_follows(p + 1)):
            return None
        earlier = self.surname_before(p)
        return None if earlier is None else self.again(p, earlier)

    def again(self, p: int, earlier: Candidate) -> int:
        """Item ``p`` names the person ``earlier`` again: the next item index."""
        self.add(point_to(self.person(self.items[p].start, self.items[p].end), earlier))
        return p + 1

    def earlier_name(self, cand: Candidate) -> Candidate:
        """A name that starts with the surname of a name found before (وأكد لوكلير، وقالت
        كلينتون after هيلاري كلينتون) points to that name."""
        first = next(self.longer_names_ending(bare_form(self.tok(cand.start))), None)
        if first is not None:
            point_to(cand, first)
        return cand

    def earlier_ending(self, cand: Candidate) -> Candidate:
        """A compound name alone (المستشار عبد الكريم) that ends a longer name found before
        (صلاح الدين عبد الكريم) points to that name."""
        size = cand.end - cand.start
        if size != 2 or self.tok(cand.start).norm not in NAME_OPENERS:
            return cand
        stems = (self.tok(cand.start).stem, self.tok(cand.start + 1).stem)
        for prev in reversed(self.out):
            if prev.source == "pattern" and prev.link is None and prev.end - prev.start > size \
                    and (self.tok(prev.end - 2).stem, self.tok(prev.end - 1).stem) == stems:
                point_to(cand, prev)
                break
        return cand

    def hidden_clitic(self, tok: Token) -> bool:
        """An unknown word that may hide a preposition (بشكل، لدرجة), or a known word behind
        a conjunction: too weak a start for a two-word name that no given name starts."""
        norm = tok.norm
        return norm[0] in "بلك" or (norm[0] in "فو" and norm[1:] in self.gaz.vocabulary)

    def hidden_clitic_noun(self, tok: Token) -> bool:
        """An unknown word after a reporting verb that is a preposition on a noun: ب or ل
        before a word ending in ta marbuta or a pronoun (قال ببساطة، تطالب بتشكيلها، يعترف
        بحنينه), the
        manner or object of the saying, where a surname alone (بوكوفا، بلاتر) ends in
        neither."""
        return tok.norm[0] in "بل" and tok.norm.endswith(("ه", "ها", "هم"))

    def speech_follows(self, q: int, apposition: bool = False) -> bool:
        """What comes after a speaker: a complementiser, a place or time phrase, a relative
        pronoun, a colon or quote (وقال عنان إن، وشددت رايس في مؤتمر، وقال غابريال الذي), not
        the rest of a noun phrase; with ``apposition``, also a title or nisba (وقال ريناتو
        سوليدام رئيس المعهد)."""
        if q >= len(self.items):
            return True
        item = self.items[q]
        if apposition and item.type in ("title", "nisba"):
            return True
        tok = self.tok(item.start)
        return (tok.norm in SPEECH_NEXT or tok.norm in RELATIVE_PRONOUNS
                or (tok.is_punct and tok.text not in "-ـ"))

    def given_name(self, p: int) -> int:
        earlier = self.surname_before(p)
        if earlier is not None:  # شكري رحب after سامح شكري: the minister, and a verb
            return self.again(p, earlier)
        q = self.regnal(p + 1)
        if q > p + 1 and self.items[p].end - self.items[p].start == 1:
            self.add(self.person(self.items[p].start, self.items[q - 1].end))
            return q  # الحسن الثاني، تشارلز الأول
        if self.items[p].of("given").cued and self.preposition_on(self.items[p]):
            return p + 1  # لحسن الحظ، لصالح المرشحين، بفضل الله: the word after a preposition
        if self.items[p].of("given").cued and not self.name_follows(p + 1):
            run = self.apposed_name(p)
            if run is not None:  # سامح كريم، المتحدث باسم ...: the title vouches
                self.add(self.person(run[0], run[1]))
                return run[2]
            if self.speaker_alone(p):  # وتوقع عادل أن: the speaker, not a common word
                self.add(self.person(self.items[p].start, self.items[p].end))
            return p + 1  # a given name that is also a common word, alone
        run = self.name_run(p)
        if run is None:
            return p + 1
        if run[1] - run[0] < 2:
            if not self.lone_given(p):
                return p + 1
        self.add(self.person(self.father_of(p, run[0]), run[1]))
        return run[2]

    def apposed_name(self, p: int) -> tuple[int, int, int] | None:
        """A name of two words or more from item ``p``, a given name that is also a common
        word, that a comma sets off before a title (سامح كريم، المتحدث باسم الوزارة): the
        title in apposition describes a person, so the words before it name him."""
        run = self.name_run(p, strong=True)
        if run is None or run[1] - run[0] < 2 or run[2] + 1 >= len(self.items):
            return None
        comma, title = self.items[run[2]], self.items[run[2] + 1]
        if comma.entries or self.tok(comma.start).text not in COMMAS or title.type != "title":
            return None
        return run

    def preposition_on(self, item: Item) -> bool:
        """A one-word item glued to the preposition ب، ل or ك or to the conjunction ف: a
        given name that is also a common word reads there as the word (بكامل جاهزيتها، لصالح
        الآخرين، فعالية الكتاب), as news prose puts ف before a name almost never. A whole
        word that the lexicons know as it stands (وبسام) hides no preposition."""
        if item.end - item.start != 1:
            return False
        tok = self.tok(item.start)
        if (tok.norm.removeprefix("و"),) in self.gaz.index:
            return False
        return not {"ب", "ل", "ك", "ف"}.isdisjoint(proclitics(tok))

    def lam_on(self, item: Item) -> bool:
        """A one-word item glued to ل or ك, which begin no transliterated name the way ب
        does (بروان، برام): a word after a preposition (لصالح، لحسن)."""
        return self.preposition_on(item) and not {"ل", "ك"}.isdisjoint(
            proclitics(self.tok(item.start)))

    def opened_name(self, p: int) -> int:
        """A name that عبد or أبو opens (عبد الله قاسم، أبو طالب، أبو أيوب): a compound
        given name or a kunya names a person even when its second word is a common word
        or a given name of its own. Returns the next item index."""
        run = self.name_run(p)
        if run is None:
            return p + 1
        self.add(self.person(run[0], run[1]))
        return run[2]

    def person_before(self, token_index: int) -> bool:
        """The sentence's last candidate is a person's name that ends right before token
        ``token_index`` or before a comma there (بوش، شارون): the first of a list of names."""
        out = self.out
        if not out or out[-1].sentence != self.sentence or out[-1].kind != "PER" \
                or out[-1].source not in ("person", "pattern"):
            return False
        gap = out[-1].end
        if gap < token_index and self.tok(gap).text in COMMAS:
            gap += 1
        return gap == token_index

    def conjoined_name(self, p: int) -> int | None:
        """Unknown words after و that follow a person's name (لازاروس بابادوبولوس وأنطونيس
        فوتسيس، بوش وشارون) name the next person of the list: the next item index, or None.
        The first word must read as a name once the conjunction is off it; a noun with a
        pronoun (وحلفاؤه) or in ta marbuta, or a verb (ويتابع) ends the list."""
        tok = self.tok(self.items[p].start)
        if not self.conjoined(tok) or not self.conjoined_name_like(tok):
            return None
        q = p + 1
        while q < len(self.items) and q - p <= MAX_NAME_RUN - 1 and self.name_follows(q) \
                and not self.tok(self.items[q].start).norm.startswith("و") \
                and not self.tok(self.items[q].start).text.endswith("ة"):
            q += 1
        self.add(self.person(self.items[p].start, self.items[q - 1].end))
        return q

    def listed_given(self, p: int) -> bool:
        """Item ``p`` is a one-word given name that is also a common word, glued to و right
        after a person's name (محمود مرسي ونور الشريف، أحمد البكري وعادل فتحي): the list of
        names vouches for it as the cue of a title would."""
        item = self.items[p]
        if item.end - item.start != 1 or not item.entries[0].cued:
            return False
        return proclitics(self.tok(item.start)) == ("و",) and self.person_before(item.start)

    def listed_name(self, p: int) -> int:
        """The name that a listed given name opens (see :meth:`listed_given`), of two words
        at least: the next item index. A definite word after the given name (نور الشريف،
        طارق السيد) is the family name only where the list goes on or ends after it."""
        run = self.name_run(p, strong=True)
        if run is not None and run[1] - run[0] >= 2:
            q = run[2]
            if q < len(self.items) and not self.list_goes_on(q) \
                    and self.name_follows(q) and self.list_goes_on(q + 1):
                q += 1  # ومرح ماهر عبيد، ومايا: the list vouches for a third word
            if self.list_goes_on(q) or not self.tok(self.items[q - 1].start).text.endswith("ة"):
                self.add(self.person(run[0], self.items[q - 1].end))  # not وأسماء كثيرة حضرت
                return q
            return p + 1
        q = p + 1
        if q < len(self.items) and self.definite_word(q) and self.list_goes_on(q + 1):
            tok = self.tok(self.items[q].start)
            if not (self.verb_like(tok) or tok.norm.endswith(("ه", "ها", "هم"))
                    or tok.norm.endswith(PLURAL_NISBA_ENDINGS)):
                self.add(self.person(self.items[p].start, self.items[q].end))
                return q + 1
        return p + 1

    def list_goes_on(self, q: int) -> bool:
        """Item ``q`` ends a name of a list: the sentence's end, a punctuation mark or the
        next name with و."""
        if q >= len(self.items):
            return True
        tok = self.tok(self.items[q].start)
        return tok.is_punct or (proclitics(tok)[:1] == ("و",)
                                and self.items[q].type in ("given", "family", "person"))

    def conjoined_name_like(self, tok: Token) -> bool:
        """A word with و whose stem may be a name: unknown, without the article, no verb
        shape, no pronoun and no feminine or plural ending."""
        stem = tok.stem
        return (len(tok.segments) == 2 and len(stem) >= 4 and stem not in NAME_PARTICLES and "\u0600" <= stem[0] <= "\u06ff"
                and not has_tanween(tok.text) and not stem.startswith("ال")
                and stem not in self.gaz.vocabulary and stem not in _function_word_forms()
                and not self.verb_like(tok.segments[1])
                and not self.imperfect_verb(tok.segments[1])
                and not tok.text.endswith(("ة", "ه", "ها", "هم", "هما", "ات")))

    def speaker_alone(self, p: int) -> bool:
        """A one-word given name that is also a common word, right after a reporting verb
        and before what follows a speaker (وقال عادل إن، وتوقع ماجد أن): a person."""
        item = self.items[p]
        if item.end - item.start != 1 or p == 0 or self.items[p - 1].entries:
            return False
        verb = self.tok(self.items[p - 1].start)
        return verb.norm in reporting_verbs() and self.speech_follows(p + 1)

    def surname_before(self, p: int) -> Candidate | None:
        """A one-word given name that is the last word of a person named before (شكري after
        سامح شكري), unless a lineage follows it or precedes that word (حمدان بن محمد)."""
        item = self.items[p]
        if item.end - item.start != 1 or (p + 1 < len(self.items) and self.tok(
                self.items[p + 1].start).norm in LINEAGE):
            return None
        cand = next((c for c in self.longer_names_ending(bare_form(self.tok(item.start)))
                     if c.start != item.start), None)
        if cand is None or self.tok(cand.end - 2).norm in NAME_PARTICLES:
            return None
        return cand

    def father_of(self, p: int, start: int) -> int:
        """Start of a name before "son of" at item ``p``: a given name that is also a common
        word (خالد بن محمد) or a word no lexicon knows (معاوية بن أبي سفيان)."""
        if p == 0 or self.tok(self.items[p].start).norm not in SON_OF:
            return start
        before = self.items[p - 1]
        tok = self.tok(before.start)
        if self.covered(before.start) or before.end - before.start != 1:
            return start
        if before.type == "given" or (not before.entries and self.name_like(tok)
                                      and not self.verb_like(tok) and not self.conjoined(tok)):
            return before.start
        return start

    def known_person(self, p: int, start: int | None = None) -> tuple[int, Candidate]:
        """A person of the lexicon at item ``p`` with the lineage after the name
        (محمد بن راشد آل مكتوم): the next item index and the candidate."""
        other = self.other_lineage(p) if start in (None, self.items[p].start) else None
        if other is not None:  # لبيد بن ربيعة is not Yair Lapid
            return other, self.add(self.person(self.items[p].start, self.items[other - 1].end))
        q = self.regnal(self.lineage(p + 1))
        cand = self.entity(self.items[p], start=start)
        cand.end = self.items[q - 1].end
        return q, cand

    def regnal(self, q: int) -> int:
        """The item after a regnal ordinal at item ``q`` (الثاني، الثالث عشر), or ``q``."""
        items, ordinals = self.items, regnal_ordinals()
        if q >= len(items) or items[q].entries or self.tok(items[q].start).norm not in ordinals:
            return q
        if q + 1 < len(items) and not items[q + 1].entries and " ".join(
                (self.tok(items[q].start).norm, self.tok(items[q + 1].start).norm)) in ordinals:
            return q + 2
        return q + 1

    def lineage(self, q: int) -> int:
        """The item after a known person's name and the lineage that continues it
        (بن راشد، آل مكتوم): a particle and the Arabic word after it, repeated."""
        items = self.items
        while q + 1 < len(items) and items[q].end - items[q].start == 1 \
                and self.tok(items[q].start).norm in LINEAGE and items[q].type in (None, "given") \
                and items[q + 1].end - items[q + 1].start == 1 \
                and self.arabic_word(self.tok(items[q + 1].start)) \
                and items[q + 1].type in (None, "given", "family", "place", "title"):
            q += 2
        return q

    def surname(self, p: int) -> int:
        """A family name with no given name before it (وقال بيكهام، فان باستن): a person,
        with any family names right after it; one that is also an Arabic word is not."""
        items = self.items
        if items[p].entries[0].cued:
            return p + 1
        q = p + 1
        while q < len(items) and items[q].type == "family" and not items[q].entries[0].cued:
            q += 1
        start = self.name_start(p)
        if start == items[p].start and self.first_name_before(p):
            start = items[p - 1].start
        elif start == items[p].start and self.listed_before(p):
            # الرئيسان خروشوف وتيتو: the word before is the surname of the list's first
            self.add(self.earlier_name(self.person(items[p - 1].start, items[p - 1].end)))
        self.add(self.earlier_name(self.person(start, items[q - 1].end)))
        return q

    def first_name_before(self, p: int) -> bool:
        """Item ``p``, a foreign family name, follows an unknown word that is its given name
        (روين فرنانديز، كولو توريه): foreign given names are spelt too many ways for the
        given-name list to hold them all. Not a word that a name of the sentence already
        covers, nor one with the article, a clitic, a verb prefix or ending (انتقدوا) or a
        feminine ending, nor one that may hide the conjunction or a preposition (ومدفعي،
        بخصوص، لأولاد). A family name with the conjunction on it starts the next name of a
        list (وقال كيروف ومارتينيز)."""
        if proclitics(self.tok(self.items[p].start))[:1] == ("و",):
            return False
        return self.name_shaped_before(p)

    def listed_before(self, p: int) -> bool:
        """Item ``p``, a foreign family name with the conjunction on it, follows an unknown
        word in the shape of a foreign name (see :meth:`first_name_before`): the surname of
        the person named before it in a list (زيكو ومارادونا)."""
        return proclitics(self.tok(self.items[p].start))[:1] == ("و",) \
            and self.name_shaped_before(p)

    def name_shaped_before(self, p: int) -> bool:
        """Item ``p`` follows one unknown word in the shape of a foreign name (see
        :meth:`first_name_before`)."""
        if p == 0:
            return False
        before = self.items[p - 1]
        if before.entries or before.end - before.start != 1:
            return False
        if self.covered(before.start):
            return False
        tok = self.tok(before.start)
        return (self.lone_surname(before.start) and not tok.text.endswith("ة")
                and not tok.norm.startswith(("و", "ب", "لا")) and not tok.norm.endswith("وا")
                and self.spelt_vowels(tok.norm)
                and not (tok.norm[0] in "لكف" and tok.norm[1:] in self.gaz.vocabulary))

    def spelt_name(self, tok: Token) -> bool:
        """An unknown word the segmenter left whole that spells two long vowels after its
        first letter (كوستاس، بونغي، لوكاس): a transliterated name, though its first letter
        may be a preposition's (بشكل، لدرجة spell none)."""
        return tok.norm == tok.stem and sum(letter in "اوي" for letter in tok.norm[1:]) >= 2

    @staticmethod
    def spelt_vowels(norm: str) -> bool:
        """A long vowel letter (و، ي) inside a word: transliterated names spell their
        vowels (فيديل، روين، كولو), where the verbs and nouns that stand before a name in
        the construct state mostly do not (أدرك، طلب، اقتراح)."""
        return any(letter in "وي" for letter in norm[1:-1])

    def name_start(self, p: int, particles: bool = True) -> int:
        """First token of the person whose surname is item ``p``: the start of a name found
        just before it (خوسي لويس | ثاباتيرو) or, with ``particles``, of the European
        particles right before it (فان نيستلروي، دي ميستورا)."""
        items, out = self.items, self.out
        start = items[p].start
        last = out[-1] if out and out[-1].sentence == self.sentence else None
        if last is not None and last.end == start and last.source == "pattern" \
                and last.kind == "PER" and last.link is None and not self.linked(last):
            out.pop()
            return last.start
        taken = last.end if last is not None else self.offset
        k = p - 1
        while particles and k >= 0 and p - k <= 2 and items[k].start >= taken \
                and not items[k].entries and items[k].end - items[k].start == 1 \
                and self.tok(items[k].start).norm in EUROPEAN_PARTICLES:
            start = items[k].start
            k -= 1
        return start

    def other_bearer(self, item: Item, start: int) -> bool:
        """A known person's surname after a name none of whose words his full names hold
        (ستيفان فليتشر, the lexicon knowing توم فليتشر): someone else of that name."""
        entry = item.entries[0]
        return bool(entry.name_words) and start < item.start and not any(
            self.own_name(i, entry) for i in range(start, item.start))

    @staticmethod
    def own_word(stem: str, words: frozenset[str]) -> bool:
        """A word of a known person's names, or another spelling of one (حميد for حامد،
        فرنسوا for فرانسوا): names are transliterated many ways."""
        return stem in words or any(
            SequenceMatcher(None, stem, word).ratio() >= SAME_NAME_RATIO for word in words)

    def pronoun_on(self, item: Item) -> bool:
        """A one-word item whose word carries a pronoun: names take none (see
        ``names_only`` of the segmenter), so it is the common word it also spells. A given
        name that the lexicon spells with ta marbuta, written with final ha (ناديه، وأمنه), is
        such a word too: the press writes the name نادية (but ريناته, as its lexicon row)."""
        if item.end - item.start != 1:
            return False
        tok = self.tok(item.start)
        given = item.of("given")
        return has_enclitic(tok) or (given is not None and tok.text.endswith("ه")
                                     and (given.name_ar or "").endswith("ة"))

    def named_before(self, person_id: str) -> bool:
        """Whether the document has named this known person by a form that needs no support
        (his full name, or a surname that is no ordinary word)."""
        return any(c.entry is not None and c.entry.id == person_id and not c.entry.cued
                   for c in self.out)

    def namesake(self, p: int) -> tuple[int, int, int] | None:
        """A known person's one-word name after a given name that is none of his (بوب كروكر،
        سام والتون): someone else of that name. ``(start, end, next item)`` of the name, or
        None. A name after his is left alone: in والتقى بوتين أردوغان it is the object."""
        items, item = self.items, self.items[p]
        words = item.entries[0].name_words
        given = items[p - 1].of("given") if p > 0 else None
        if not words or given is None or given.cued or items[p - 1].end != item.start \
                or items[p - 1].end - items[p - 1].start != 1:
            return None
        if self.covered(items[p - 1].start) or self.own_name(items[p - 1].start, item.entries[0]):
            return None
        return items[p - 1].start, item.end, p + 1

    def titled_name(self, p: int, q: int) -> bool:
        """Item ``q``, an indefinite title that is also a given name (سلطان، أمير، حاكم),
        right after item ``p`` and before the rest of a name: the name of the person so
        titled. Item ``p`` is a definite title (الأمير سلطان بن سلمان، الشيخ أمير الصباح)
        or the definite nisba or body that ends a title phrase (عضو البرلمان العراقي حاكم
        الزاملي). A definite noun governs no genitive, so the second title cannot be the
        first one's office."""
        items = self.items
        if items[q].end - items[q].start != 1 or items[p].type not in TITLE_PHRASE_ENDS \
                or not self.tok(items[p].end - 1).stem.startswith("ال") \
                or self.tok(items[q].start).norm not in self.gaz.titled_given:
            return False
        if q + 1 >= len(items):
            return False
        nxt = self.tok(items[q + 1].start)
        return (nxt.norm in SON_OF and items[q + 1].end - items[q + 1].start == 1
                or self.name_follows(q + 1))

    def kin_of_other(self, p: int, q: int) -> bool:
        """Item ``q`` is a known person's short form right after a name, items ``p`` to
        ``q``, none of whose words are his: another person of his family. A form in بن
        after خليفة (خليفة بن سلمان) names another son of a father so named; a one-word
        family name after a given name (مارك ريغيف، نيل بوش, the lexicon knowing ميري ريغيف
        and جيب بوش) names another bearer of that family name, unless a word of the names
        before it is his (عادل بن أحمد | الجبير)."""
        item = self.items[q]
        if item.type != "person" or q <= p:
            return False
        entry = item.entries[0]
        if item.end - item.start >= 2:
            return self.tok(item.start).norm in SON_OF and not any(
                self.tok(i).stem in entry.name_words
                for i in range(self.items[p].start, item.start))
        if entry.cued or not entry.name_words or not self.family_given(q - 1):
            return False
        start = min(self.items[p].start, self.name_before(q))
        return not any(self.own_name(i, entry) for i in range(start, item.start))

    def name_before(self, q: int) -> int:
        """First token of the one-word given names and particles right before item ``q``
        (عادل بن أحمد | الجبير): the words of the name that a look at item ``q - 1`` alone
        would miss."""
        k = q
        while k > 0 and self.items[k - 1].end == self.items[k].start \
                and self.items[k - 1].end - self.items[k - 1].start == 1 \
                and (self.items[k - 1].type == "given"
                     or self.tok(self.items[k - 1].start).norm in NAME_PARTICLES):
            k -= 1
        return self.items[k].start

    def family_given(self, p: int) -> bool:
        """Item ``p`` is a one-word given name that may go before a family name: one that
        is no common word, or a transliterated one that is (مارك، نيل، جون). A common word
        of Arabic or a language written with its words (نجاح، أمل، رسول) before a name is as
        often a noun whose genitive the name is (نجاح أوباما)."""
        item = self.items[p]
        given = item.of("given")
        return given is not None and item.end - item.start == 1 \
            and given.origin not in FAMILY_FIRST_ORIGINS \
            and (not given.cued or given.origin not in WORD_NAME_ORIGINS)

    def own_name(self, token_index: int, entry: Entry) -> bool:
        """The word at ``token_index`` is one of a known person's names (see
        :meth:`own_word`), unless the lexicon knows it as a given name of the other gender:
        ماري before a man's family name names someone else whatever its spelling."""
        item = self.items_at(token_index)
        given = item.of("given") if item is not None else None
        if given is not None and given.gender and entry.gender and given.gender != entry.gender:
            return False
        return self.own_word(self.tok(token_index).stem, entry.name_words)

    def other_lineage(self, p: int) -> int | None:
        """A known person's one-word name and a lineage (بن ربيعة) whose names none of his
        full names hold: someone else's name. The next item index, or None."""
        item = self.items[p]
        words = item.entries[0].name_words
        q = self.lineage(p + 1)
        if not words or item.end - item.start != 1 or q == p + 1:
            return None
        lineage = [self.tok(self.items[i].start).stem for i in range(p + 2, q, 2)]
        return None if any(self.own_word(stem, words) for stem in lineage) else q

    def bearer_before(self, item: Item) -> Candidate | None:
        """The person of the document whose longer name ends in this one-word name of a
        known person, when that is someone else (يوهان فريدريكسن, not Mette Frederiksen)."""
        if item.end - item.start != 1:
            return None
        other = next(self.longer_names_ending(bare_form(self.tok(item.start))), None)
        if other is None or other.entry is not None and other.entry.id == item.entries[0].id:
            return None
        return other

    def longer_names_ending(self, bare: str) -> Iterator[Candidate]:
        """The people found so far, latest first, named by two words or more of which the
        last is ``bare`` without its proclitics (سامح شكري for وشكري). Enclitics count: a
        final ي may belong to the name (مسعودي is not مسعود)."""
        return (c for c in reversed(self.out) if c.kind == "PER" and c.end - c.start >= 2
                and c.source in ("pattern", "person") and bare_form(self.tok(c.end - 1)) == bare)

    def covered(self, token_index: int) -> bool:
        """A candidate of this sentence already reaches past ``token_index``: the word is
        part of a name found before it."""
        last = self.out[-1] if self.out and self.out[-1].sentence == self.sentence else None
        return last is not None and last.end > token_index

    def linked(self, cand: Candidate) -> bool:
        """Some candidate of this sentence points to ``cand`` (a title to its name)."""
        for other in reversed(self.out):
            if other.sentence != self.sentence:
                return False
            if other.link is cand:
                return True
        return False

    def lone_given(self, p: int) -> bool:
        """A given name alone (وكان حمدان، الأمير زيان): a person when it is no common word."""
        item = self.items[p]
        given = item.of("given")
        return item.type == "given" and not given.cued and item.end - item.start == 1

    def person(self, start: int, end: int) -> Candidate:
        text = self.doc.text[self.bare_start(start) : self.tok(end - 1).end]
        first = self.items_at(start)
        given = first.of("given") if first else None
        gender = given.gender if given else None
        return Candidate(start, end, self.sentence, "pattern", "PER", "pattern", name=text,
                         gender=gender, head=end - 1)

    def bare_start(self, token_index: int) -> int:
        """Where a name starts without a conjunction or preposition (وأحمد سعيد، لجبهة
        العند): one actor whatever is glued to its first word."""
        tok = self.tok(token_index)
        return next((seg.start for seg in tok.segments if seg.role != "proclitic"), tok.start)

    def items_at(self, token_index: int) -> Item | None:
        if self._by_start is None:  # built once per sentence, on first use
            self._by_start = {}
            for item in self.items:
                self._by_start.setdefault(item.start, item)
        return self._by_start.get(token_index)


@cache
def sports_words() -> frozenset[str]:
    """The words of ``sports_words.txt``, normalised."""
    return frozenset(normalize_word(word) for word in load_wordlist("sports_words.txt"))


def is_sports_report(doc: Document) -> bool:
    """The document uses several words of sports reporting (مباراة، اللاعب، الدوري)."""
    words = sports_words()
    return sum(map(words.__contains__, doc.token_columns().stems)) >= SPORTS_WORDS_MIN


def clubs_in_sports(doc: Document, out: list[Candidate]) -> None:
    """In a sports report, a city or district alone is its club (واستجاب الزمالك، حارس مرمى
    ليفربول): the club plays, signs and wins where the place cannot. A place after a
    locative word (في برشلونة، إلى مدريد) stays the place, and countries stay states (their
    teams are named with منتخب)."""
    if not is_sports_report(doc):
        return
    for k, cand in enumerate(out):
        if cand.source != "place" or cand.end - cand.start != 1 or cand.entry is None \
                or cand.entry.kind != "LOC" or _after_locative(doc, cand.start):
            continue
        out[k] = Candidate(cand.start, cand.end, cand.sentence, "pattern", "ORG", "org_name",
                           name=doc.tokens[cand.start].text, countries=cand.countries,
                           head=cand.start)


def ranks_in_sports(doc: Document, out: list[Candidate]) -> list[Candidate]:
    """In a sports report, a military rank that names no one after it is the word it also
    spells: الفريق الأول is the first team (لاعبي الفريق الأول، مدير الكرة بالفريق الأول),
    not a general. A rank before a name (الفريق أول عبد الرحمن البنيان) stays."""
    if not any(_bare_rank(cand) for cand in out) or not is_sports_report(doc):
        return out
    starts = {cand.start for cand in out if cand.kind == "PER" and not _bare_rank(cand)}
    return [cand for cand in out if not (_bare_rank(cand) and cand.end not in starts)]


def _bare_rank(cand: Candidate) -> bool:
    """A candidate that is a military rank alone."""
    title = cand.title
    return cand.source == "title" and cand.entry is None and title is not None \
        and title.rank == "military"


# Kinds of bodies (extra_org_heads.tsv name_en) that are named after people: جامعة الملك سعود،
# مركز الملك سلمان، مؤسسة محمد بن راشد، صندوق الملك عبد الله. A mosque named after one is a
# building, not a party (مسجد الحسن الثاني).
NAMED_AFTER_HEADS = frozenset({"university", "college", "institute", "foundation", "centre",
                               "fund"})


def bodies_named_after_people(doc: Document, out: list[Candidate]) -> list[Candidate]:
    """A head noun of a body often named after a person, right before a person (جامعة الملك
    سعود، مركز الملك سلمان للإغاثة): the body is the party and takes the person's country.
    A person found only by pattern, now its name, is no mention of its own; one the lexicon
    knows stays inside it (مؤسسة كوفي أنان), for what names him again. The head is
    indefinite and bare (جامعته، الجامعة govern no name). Returns the candidates in text
    order."""
    heads = org_heads()
    people: dict[int, list[Candidate]] = {}
    for cand in out:
        if cand.kind == "PER":
            people.setdefault(cand.start, []).append(cand)
    if not people:
        return out
    tokens = doc.tokens
    dropped: set[int] = set()
    added: list[Candidate] = []
    for start in sorted(people):
        i = start - 1
        head = heads.get(tokens[i].stem) if i >= 0 else None
        tok = tokens[i] if head is not None else None
        if tok is None or head.name_en not in NAMED_AFTER_HEADS or tok.stem.startswith("ال") \
                or has_enclitic(tok) or tok.sentence != tokens[start].sentence \
                or any(id(c) in dropped for c in people[start]):
            continue
        named, end = [], start
        while end in people:  # الملك + سعود: a title and the name after it
            named.extend(people[end])
            end = max(c.end for c in people[end])
        # a person the lexicon knows stays, inside the body's name, for what names him again
        dropped.update(id(c) for c in named if c.source != "person" or c.entry is None)
        dropped.update(id(c) for c in out if c.start == i and c.end == i + 1)
        country = next((c.entry.country for c in named
                        if c.entry is not None and c.entry.country), None)
        body = Candidate(i, end, tok.sentence, "pattern", "ORG", "org_name",
                         name=doc.text[tok.start : tokens[end - 1].end],
                         countries=[country] if country else [], sector=head.sector, head=i)
        added.append(body)
        for cand in out:  # رئيس جامعة السلطان قابوس: the office is the body's
            if cand.end == i and cand.source == "title" and cand.body is None \
                    and not cand.former and cand.kind == "PER":
                cand.body = body
                cand.sector = body.sector if cand.sector in (None, "GOV", "PTY") \
                    else cand.sector
    if not added:
        return out
    kept = [c for c in out if id(c) not in dropped] + added
    kept.sort(key=lambda c: (c.start, -c.end))
    return kept


def link_members(doc: Document, out: list[Candidate]) -> None:
    """A plural word for armed men in the construct state before a named armed group names
    that group (مقاتلي «ولاية سيناء»، مسلحي حركة الشباب): the fighters are its members, no
    anonymous party, and take its country. ``out`` is in text order."""
    for k, cand in enumerate(out[:-1]):
        entry = cand.entry
        if cand.source != "agent" or entry is None or entry.sector not in ARMED_GROUPS \
                or not cand.plural or cand.countries or cand.end - cand.start != 1:
            continue
        tok = doc.tokens[cand.start]
        if tok.stem.startswith("ال") or has_enclitic(tok):
            continue  # المقاتلين «داعش» is no construct; مقاتليه has its owner
        nxt = out[k + 1]
        gap = nxt.start - cand.end
        if gap and not (gap == 1 and doc.tokens[cand.end].norm in QUOTE_PAIRS):
            continue
        if nxt.source == "org" and nxt.entry is not None and nxt.entry.sector in ARMED_GROUPS:
            cand.link, cand.countries = nxt, list(nxt.countries)


def _after_locative(doc: Document, i: int) -> bool:
    """Token ``i`` has a locative preposition on it (بمانشستر) or right before it (في ليون)."""
    return "ب" in proclitics(doc.tokens[i]) or (i > 0 and doc.tokens[i - 1].stem in PLACE_CUES)


def add_repeated_names(doc: Document, out: list[Candidate], gaz: Gazetteer) -> None:
    """Later mentions of a person named in full, by the last word of the name: one found by
    pattern (ساكي) or a known person whose lexicon row gives no short form (روحاني after
    حسن روحاني). The word with the article on it is another word (الزعيم الروحاني)."""
    surnames: dict[str, Candidate] = {}
    for cand in out:
        surname = _surname(doc, cand, gaz)
        if surname is not None:
            surnames.setdefault(surname, cand)
    if not surnames:
        return
    covered = set()
    for cand in out:
        covered.update(range(cand.start, cand.end))
    stems = doc.token_columns().stems
    for i in [k for k, stem in enumerate(stems) if stem in surnames]:
        tok = doc.tokens[i]
        first = surnames[tok.stem]
        if tok.i in covered or tok.is_punct or has_enclitic(tok):
            continue  # عمرها after محمد عمر: a noun with a pronoun
        if tok.i >= first.end:
            out.append(Candidate(tok.i, tok.i + 1, tok.sentence, "name", "PER", "pattern",
                                 name=first.name, gender=first.gender, head=tok.i, link=first))


def _surname(doc: Document, cand: Candidate, gaz: Gazetteer) -> str | None:
    """The stem of the word that names alone the person of a full name ``cand``, or None.
    Of a known person only the last word of the main form counts: بوش of جورج بوش, not
    الابن of جورج بوش الابن, nor the ordinal of a monarch (عبد الله الثاني)."""
    if cand.source not in ("pattern", "person") or cand.kind != "PER" \
            or cand.end - cand.start < 2:
        return None
    last = doc.tokens[cand.end - 1]
    if doc.tokens[cand.end - 2].norm in NAME_PARTICLES or last.norm in gaz.vocabulary:
        return None  # عبد الله، آل ثاني: the last word alone names no one
    if cand.source == "person" and (last.norm in regnal_ordinals() or cand.entry is None
                                    or form_key(cand.entry.name_ar or "")[-1:] != (last.stem,)):
        return None
    return last.stem


def add_quoted_short_names(doc: Document, out: list[Candidate]) -> None:
    """A known organisation named again in quotation marks without its head noun
    («القاعدة» and تنظيم القاعدة، «النصرة» and جبهة «النصرة» in one report). Alone the
    rest is often a common word (القاعدة, the base), so the document must name the
    organisation in full too."""
    named = {cand.entry.id for cand in out if cand.source == "org" and cand.entry is not None}
    if not named:
        return
    short = org_short_names()
    norms = doc.token_columns().norms
    covered = {i for cand in out for i in range(cand.start, cand.end)}
    for i in [k for k, norm in enumerate(norms) if norm in QUOTE_PAIRS]:
        close = QUOTE_PAIRS[norms[i]]
        end = next((k for k in range(i + 2, min(i + 4, len(norms))) if norms[k] == close), None)
        if end is None or covered.intersection(range(i + 1, end)):
            continue
        entry = next((e for e in short.get(tuple(norms[i + 1:end]), ()) if e.id in named), None)
        if entry is not None:
            out.append(Candidate(i + 1, end, doc.tokens[i + 1].sentence, "name", entry.kind,
                                 "org", entry=entry, countries=[entry.country] if
                                 entry.country else [], sector=entry.sector, head=i + 1))


def add_latin_names(doc: Document, out: list[Candidate]) -> None:
    """An organisation's name in Latin letters in parentheses right after its Arabic name
    (الوكالة الدولية للطاقة الذرية (IAEA)، مؤسسة «سكور بلس» (ScorePlus)): another mention
    of the same body, as its acronym or its own spelling of the name."""
    tokens = doc.tokens
    for cand in [c for c in out if c.kind == "ORG" and c.source in ("org", "org_name")]:
        i = cand.end
        if i < len(tokens) and tokens[i].text in QUOTE_MARKS:
            i += 1  # the closing mark of a quoted name
        span = _latin_in_parentheses(tokens, i, cand.sentence)
        if span is not None:
            out.append(replace(cand, start=span[0], end=span[1], head=span[0]))


def _latin_in_parentheses(tokens: list[Token], i: int, sentence: int) -> tuple[int, int] | None:
    """The tokens in Latin letters between parentheses opening at token ``i`` of
    ``sentence``, one of them capitalised as a name is (not «(see below)»), or None."""
    if i >= len(tokens) or tokens[i].text != "(":
        return None
    end = i + 1
    while end < len(tokens) and end - i <= MAX_LATIN_WORDS and tokens[end].sentence == sentence \
            and LATIN_NAME.fullmatch(tokens[end].text):
        end += 1
    if end == i + 1 or end >= len(tokens) or tokens[end].text != ")":
        return None
    if not any(tok.text[0].isupper() for tok in tokens[i + 1 : end]):
        return None
    return i + 1, end
