"""The trigger and modality lexicons, loaded once and indexed by normalised word.

``data/triggers.tsv`` lists each verb once, by its perfect and imperfect stems (حذّر / ـحذّر);
:func:`inflect` expands them into the forms that occur in news (persons, genders and numbers
of the perfect and of the imperfect), so the file stays readable and no form is forgotten.
Nouns (masdars and event nouns) get their article, accusative and clitic forms at lookup.
A cell of ``forms`` may hold a multi-word pattern (اتصال هاتفي); its first word is the head.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from khabar.lexicon import load_rows, split_variants
from khabar.lexicon_index import function_words
from khabar.text.normalize import normalize_word
from khabar.text.tokens import CONJUNCTIONS, IMPERFECT_PREFIXES

PERFECT_SUFFIXES = ("", "ت", "تا", "ا", "وا", "نا", "تم")
# The suffixes before which a weak final letter drops (دعت، دعتا، دعوا); before نا and تم it
# stays (دعونا، دعوتم), and دعنا is the imperative "let us", not "we called".
WEAK_PERFECT_SUFFIXES = ("ت", "تا", "وا")
IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ا")
PREPOSITIONS = ("ب", "ل", "ك")
ENCLITICS = ("هما", "هم", "ها", "ه", "كم", "نا")
MIN_FORM = 3
# First letters that word_keys may strip: a conjunction, future س or a preposition.
_PREFIX_LETTERS = frozenset((*CONJUNCTIONS, "س", *PREPOSITIONS))
_ENCLITIC_SET = frozenset(ENCLITICS)
_ENCLITIC_SIZES = sorted({len(e) for e in ENCLITICS}, reverse=True)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of ``triggers.tsv``, normalised."""

    row: int
    pos: str
    rest: tuple[str, ...]
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int
    preps: frozenset[str]
    near: tuple[tuple[str, ...], ...]
    not_near: tuple[tuple[str, ...], ...]
    before: tuple[tuple[str, ...], ...]
    window: int
    needs: frozenset[str]
    imperfect: bool = False  # a verb head that is only an imperfect form (يقتل، تستهدف)
    perfect_only: bool = False  # a verb head that is no imperfect form (أيّد): no future س on it
    hamza: bool = False  # spells a function word without its hamza (هنأ = هنا): needs it written

    @property
    def length(self) -> int:
        return 1 + len(self.rest)


@dataclass(frozen=True, slots=True)
class Cue:
    """A modality or context cue from ``modality.tsv``."""

    words: tuple[str, ...]
    kind: str
    scope: str
    window: int
    value: str


def inflect(perfect: str, imperfect: str) -> set[str]:
    """Perfect and imperfect forms of a verb from its two normalised stems.

    Weak final letters are handled by also suffixing the stem without them (دعا: دعت،
    دعوا; يدعو: يدعون), which yields a few non-words but never a wrong reading of a real one.
    """
    forms: set[str] = set()
    if perfect:
        forms.update(perfect + suffix for suffix in PERFECT_SUFFIXES)
        if perfect[-1] in "اي" and len(perfect) > 2:
            forms.update(perfect[:-1] + suffix for suffix in WEAK_PERFECT_SUFFIXES)
        forms.add(perfect)
    if imperfect:
        bases = {imperfect}
        if imperfect[-1] in "وي" and len(imperfect) > 2:
            bases.add(imperfect[:-1])
        for base in bases:
            for prefix in IMPERFECT_PREFIXES:
                forms.update(prefix + base + suffix for suffix in IMPERFECT_SUFFIXES)
    out = {f for f in forms if len(f) >= MIN_FORM}
    out.update(stem for stem in (perfect,) if stem)
    return out


def noun_forms(form: str) -> set[str]:
    """A noun with and without the article, and its accusative with alif (احتجاجا)."""
    bare = form[2:] if form.startswith("ال") and len(form) > 4 else form
    forms = {form, bare, "ال" + bare}
    if not bare.endswith(("ا", "ه", "ات")):
        forms.add(bare + "ا")
    return forms


def _phrases(cell: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize_word(v).split()) for v in split_variants(cell) if v.strip())


@lru_cache(maxsize=1)
def trigger_index() -> dict[str, tuple[Trigger, ...]]:
    """Head word (normalised) -> the triggers it may start."""
    index: dict[str, list[Trigger]] = {}
    reserved = reserved_words()
    for n, row in enumerate(load_rows("triggers.tsv")):
        common = dict(
            row=n, type=row["type"], mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(";") if c),
            cameo=row["cameo"], quad_class=int(row["quad_class"] or 0),
            preps=frozenset(normalize_word(p) for p in split_variants(row["recipient_preps"])),
            near=_phrases(row["near_ar"]), not_near=_phrases(row["not_near_ar"]),
            before=_phrases(row["before_ar"]), window=int(row["window"] or 3),
            needs=frozenset(split_variants(row["needs"])),
        )
        heads: dict[tuple[str, tuple[str, ...]], None] = {}  # (head, rest of pattern), in order
        perfect_forms: set[str] = set()
        imperfect_forms: set[str] = set()
        hamza_forms: set[str] = set()
        written_hamza = not HAMZA_LETTERS.isdisjoint(row["perfect"] + row["imperfect"])
        perfects = [normalize_word(v) for v in split_variants(row["perfect"])]
        imperfects = [normalize_word(v) for v in split_variants(row["imperfect"])] or [""]
        for perfect in perfects or [""]:
            for imperfect in imperfects:
                for form in inflect(perfect, imperfect):
                    if form in reserved:
                        if not written_hamza:
                            continue
                        hamza_forms.add(form)
                    heads[form, ()] = None
                perfect_forms.update(inflect(perfect, ""))
                imperfect_forms.update(inflect("", imperfect))
        for phrase in _phrases(row["forms"]):
            if not phrase:
                continue
            for head in noun_forms(phrase[0]) if len(phrase) == 1 else {phrase[0]}:
                heads[head, phrase[1:]] = None
        for head, rest in heads:
            pos = "verb" if row["pos"] == "verb" and not rest and head not in _noun_heads(row) \
                else "noun"
            imperfect = pos == "verb" and head not in perfect_forms
            perfect_only = pos == "verb" and head not in imperfect_forms
            index.setdefault(head, []).append(Trigger(pos=pos, rest=rest, imperfect=imperfect,
                                                      perfect_only=perfect_only,
                                                      hamza=head in hamza_forms, **common))
    return {k: tuple(v) for k, v in index.items()}


HAMZA_LETTERS = frozenset("أإؤئء")


@lru_cache(maxsize=1)
def reserved_words() -> frozenset[str]:
    """Function words and counted numbers (هنا، قبل، اثنان). A verb form that spells one once
    vowels are gone (قَبِل، a dual of أثنى) is read as that word; one that spells it once its
    hamza is gone (هنّأ) only where the text writes the hamza."""
    return function_words() | cue_words("count_word")


@lru_cache(maxsize=1)
def verb_heads() -> frozenset[str]:
    """Every inflected verb form of the trigger lexicon: a noun form that is also one of them
    (خطف، قتل) may be a verb with an object pronoun (خطفهم مسلحون)."""
    out: set[str] = set()
    for past, present in _verb_stems():
        out.update(inflect(past, present))
    return frozenset(out)


@lru_cache(maxsize=1)
def short_verb_heads() -> frozenset[str]:
    """The two-letter perfects of the trigger verbs, of doubled roots whose shadda is not
    written (حثّ، شنّ، ردّ): after و or ف they still make a three-letter word."""
    return frozenset(past for past, _ in _verb_stems() if len(past) < MIN_FORM)


def _verb_stems() -> Iterator[tuple[str, str]]:
    """The normalised (perfect, imperfect) stem pairs of every verb row of the triggers."""
    for row in load_rows("triggers.tsv"):
        if row["pos"] != "verb":
            continue
        for perfect in split_variants(row["perfect"]) or [""]:
            for imperfect in split_variants(row["imperfect"]) or [""]:
                yield normalize_word(perfect), normalize_word(imperfect)


@lru_cache(maxsize=1)
def feminine_verb_forms() -> frozenset[str]:
    """Third-person feminine singular forms of the trigger verbs (قتلت، تستدعي) that spell no
    other form of any of them: such a verb agrees with no masculine singular subject."""
    feminine: set[str] = set()
    other: set[str] = set()
    for past, present in _verb_stems():
        own = {f for f in (past and past + "ت", past[-1:] in ("ا", "ي") and past[:-1] + "ت",
                           present and "ت" + present) if f}
        feminine |= own
        other |= inflect(past, present) - own
    return frozenset(feminine - other)


def _noun_heads(row: dict[str, str]) -> set[str]:
    out: set[str] = set()
    for phrase in _phrases(row["forms"]):
        if len(phrase) == 1:
            out.update(noun_forms(phrase[0]))
    return out


@lru_cache(maxsize=200_000)
def word_keys(norm: str) -> tuple[tuple[str, bool, bool], ...]:
    """Lookup keys of a normalised token, most literal first.

    Each key comes with two flags: ``future`` (the prefix س was taken off an imperfect) and
    ``nominal`` (a preposition ب ل ك was taken off, so only a noun can start there).
    Strips a conjunction (و ف), then س or a preposition (لل gives ال), then one enclitic.
    A three-letter word keeps its first letter, which is a root letter as often as not (وصل،
    وقع), unless the two letters left are a verb of a doubled root (وحث، وشن).
    """
    if len(norm) == MIN_FORM and norm[0] in CONJUNCTIONS and norm[1:] in short_verb_heads():
        return ((norm, False, False), (norm[1:], False, False))
    if len(norm) <= MIN_FORM or (norm[0] not in _PREFIX_LETTERS
                                 and not norm.endswith(ENCLITICS)):
        return ((norm, False, False),)  # nothing to strip: the common case, kept cheap
    keys: list[tuple[str, bool, bool]] = [(norm, False, False)]
    bases = [norm]
    if len(norm) > 3 and norm[0] in CONJUNCTIONS:
        bases.append(norm[1:])
        keys.append((norm[1:], False, False))
    for base in list(bases):
        if len(base) > 3 and base[0] == "س" and base[1] in IMPERFECT_PREFIXES:
            keys.append((base[1:], True, False))
        if base.startswith("لل") and len(base) > 4:
            keys.append(("ال" + base[2:], False, True))
        elif len(base) > 3 and base[0] in PREPOSITIONS:
            keys.append((base[1:], False, True))
    for key, future, nominal in list(keys):
        # No enclitic ends another, so a key ends in one at most: one slice per length.
        for size in _ENCLITIC_SIZES:
            if key[-size:] in _ENCLITIC_SET and len(key) - size >= MIN_FORM:
                stem = key[:-size]
                keys.append((stem, future, nominal))
                if stem.endswith("ت"):
                    keys.append((stem[:-1] + "ه", future, nominal))
                break
    seen: set[str] = set()
    out = []
    for key in keys:
        if key[0] not in seen:
            seen.add(key[0])
            out.append(key)
    return tuple(out)


class _KeySets(dict):
    """Normalised form -> all lookup keys of a token of that form, for matching the later
    words of a pattern; worked out on first sight of the form, emptied at KEY_SETS_LIMIT."""

    def __missing__(self, norm: str) -> frozenset[str]:
        if len(self) >= KEY_SETS_LIMIT:
            self.clear()
        keys = self[norm] = frozenset([k[0] for k in word_keys(norm)])  # a list: no generator
        return keys


KEY_SETS_LIMIT = 200_000
# The rules ask for a token's keys tens of thousands of times a document: the bound lookup
# of a dict is a third of the cost of an ``lru_cache`` call.
key_set = _KeySets().__getitem__


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[Cue, ...]]:
    """Modality and context cues by kind."""
    out: dict[str, list[Cue]] = {}
    for row in load_rows("modality.tsv"):
        words = tuple(normalize_word(row["term_ar"]).split())
        if not words:
            continue
        cue = Cue(words=words, kind=row["kind"], scope=row["scope"],
                  window=int(row["window"] or 0), value=row["value"])
        out.setdefault(row["kind"], []).append(cue)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict[str, str]]:
    """CAMEO code -> PLOVER type, mode, context, quad class (``data/cameo_plover.tsv``)."""
    return {row["cameo"]: row for row in load_rows("cameo_plover.tsv")}


@lru_cache(maxsize=1)
def support_verbs() -> frozenset[str]:
    """Inflected forms of the light verbs that carry an event noun (عقد قمة، شنّ غارات،
    تعلن عن مساعدات)."""
    return frozenset(support_verb_reach())


@lru_cache(maxsize=1)
def support_verb_reach() -> dict[str, int]:
    """Inflected light verb -> how many words before its event noun it may stand: a verb of
    one fixed phrase stays close to its noun (ألقت الشرطة القبض), the others may be far. A
    row's ``value`` is its imperfect stem."""
    out: dict[str, int] = {}
    for cue in cues().get("support_verb", ()):
        word = cue.words[0]
        for form in (word, *inflect(word, normalize_word(cue.value))):
            out[form] = max(out.get(form, 0), cue.window)
    return out



@lru_cache(maxsize=1)
def venue_verbs() -> frozenset[str]:
    """Inflected verbs of venue (شهد، عرف): their subject is where the event a noun after
    them names happens (شهدت بغداد مظاهرات), not who does it. A row's ``value`` is its
    imperfect stem."""
    return frozenset(form for cue in cues().get("venue", ())
                     for form in (cue.words[0], *inflect(cue.words[0], normalize_word(cue.value))))

# Who acts in the act a verb of will takes: its subject (قرر، حاول), the party it addresses
# (طالب الحكومة بالانسحاب: a charge), or its subject for that party (وعد العراق بتقديم: a promise).
CONTROL_ROLES = ("control", "charge", "promise")


@lru_cache(maxsize=1)
def control_verbs() -> dict[str, tuple[int, str, str]]:
    """Inflected verbs of will and attempt (قرر، حاول، تعتزم) -> how many words their subject
    (and the party they address) may fill before the act they take (قرر الرئيس العراقي صدام
    حسين غزو الكويت), how they take it: ``verb`` only with أن (رفض إرسال قوات is often
    someone else's sending), ``prep`` a verbal noun only after a preposition (فشل في اعتقال),
    ``before`` also a bare verbal noun (قرر غزو); and who acts in it (:data:`CONTROL_ROLES`):
    the subject, else the addressee of a charge (حث باكستان على اعتقال)."""
    out: dict[str, tuple[int, str, str]] = {}
    for role in CONTROL_ROLES:
        for cue in cues().get(role, ()):
            word = cue.words[0]
            for form in (word, *inflect(word, normalize_word(cue.value))):
                out[form] = (cue.window, cue.scope, role)
    return out


@lru_cache(maxsize=1)
def control_perfects() -> frozenset[str]:
    """The perfect forms of the verbs of will and attempt: some start with a letter that
    marks the imperfect elsewhere (تعهد، تمكنت)."""
    return frozenset(form for role in CONTROL_ROLES for cue in cues().get(role, ())
                     for form in inflect(cue.words[0], ""))


@lru_cache(maxsize=1)
def control_reach() -> int:
    """The most words a verb of will may stand before the act it takes."""
    return max((window for window, _, _ in control_verbs().values()), default=0)


@lru_cache(maxsize=1)
def adverb_words() -> frozenset[str]:
    """Time adverbs that may stand between a verb and its subject."""
    return frozenset(" ".join(c.words) for c in cues().get("adverb", ()))


@lru_cache(maxsize=64)  # one per kind of modality.tsv (about 40)
def cue_words(kind: str) -> frozenset[str]:
    """The one-word cues of a kind (``reference`` ...), normalised."""
    return frozenset(c.words[0] for c in cues().get(kind, ()) if len(c.words) == 1)


@lru_cache(maxsize=64)
def typed_cue_words(kind: str, event_type: str) -> frozenset[str]:
    """The one-word cues of a kind that hold for any event type or for ``event_type``."""
    return frozenset(c.words[0] for c in cues().get(kind, ())
                     if len(c.words) == 1 and c.value in ("", event_type))


def occurrence_marks(event_type: str) -> frozenset[str]:
    """Words that mark an episode of ``event_type``: those of any type (أمس، ثلاثة) and its
    own (قتلى، مفخخة for ASSAULT; المتظاهرون، لافتات for PROTEST)."""
    return typed_cue_words("occurrence_mark", event_type)


@lru_cache(maxsize=1)
def occurrence_verbs() -> frozenset[str]:
    """Perfect forms of the verbs that make an event noun happen (شنّ هجوما، أسفر الهجوم)
    and their masdars (اندلاع، تنفيذ). Light verbs of speech acts (عقد، أجرى، وجّه، تلقّى)
    are not among them: they make a talk or a message, not an attack or a protest."""
    out: set[str] = set()
    for word in cue_words("occurrence_verb"):
        out.add(word)
        out.update(inflect(word, ""))
    return frozenset(out)
