"""One gazetteer over every actor lexicon, built once per process.

Each lexicon row becomes one or more :class:`Entry` objects keyed by the normalised token
sequence of each Arabic form. Lookups are plain dict hits over token stems, so matching a
sentence costs a few dictionary probes per token whatever the size of the lexicons.

A file ``X.tsv`` and its supplement ``extra_X.tsv`` share one format and are read together;
rows of ``X.tsv`` come first, so the main lexicon wins when both know an id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from khabar.lexicon import DATA_DIR, load_rows, load_wordlist, split_variants
from khabar.lexicon_index import function_words
from khabar.text.normalize import normalize_word
from khabar.text.tokens import TOKEN_RE

# Entry types, in the order that decides which reading of an ambiguous form comes first.
PRIORITY = ("person", "org", "country", "capital", "place", "title", "agent", "nisba", "given",
            "family")


@dataclass(frozen=True, slots=True)
class Role:
    """One dated office of a named person."""

    country: str | None
    sector: str | None
    role: str | None
    start: str
    end: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a lexicon form."""

    type: str
    id: str
    name_en: str
    kind: str = "ORG"
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    plural: bool = False
    rank: str | None = None
    name_ar: str | None = None
    roles: tuple[Role, ...] = field(default_factory=tuple)
    # A place name that is also a common word (needs a locative cue), or a person's short
    # name that is also a word or a common name (needs his full name before or a title).
    cued: bool = False
    name_words: frozenset[str] = frozenset()  # a person's: every word of his full names
    origin: str | None = None  # a given name's language (arabic, english, persian...)


@dataclass(slots=True)
class Gazetteer:
    """Normalised token sequence -> entries, plus the longest key for each first token."""

    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)
    countries: dict[str, Entry] = field(default_factory=dict)
    # Codes of regions and groupings (MEA, EUR, WST): rows of countries.tsv with no region.
    regions: set[str] = field(default_factory=set)
    # Codes of states and territories with a seat of government: rows with a capital.
    states: set[str] = field(default_factory=set)
    # Every leading part of a key of two words or more (its first two words, ...): a match
    # grows word by word only while it can still reach a key.
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    # One-word given names left out of the index for being lexicon words too (صلاح، فارس،
    # أمين): a name only where a cue vouches for it and a name word follows.
    worded_given: set[str] = field(default_factory=set)
    # One-word given names left out for being titles (سلطان، أمير): a name only after a
    # definite title and before the rest of a name (الأمير سلطان بن سلمان).
    titled_given: set[str] = field(default_factory=set)

    def add(self, form: str, entry: Entry, *, vocabulary: bool = True) -> None:
        key = form_key(form)
        if not key:
            return
        self._add_key(key, entry, vocabulary)
        joined = joined_servant_names(key)
        if joined != key:  # عبد العزيز is as often written عبدالعزيز
            self._add_key(joined, entry, vocabulary)

    def _add_key(self, key: tuple[str, ...], entry: Entry, vocabulary: bool) -> None:
        entries = self.index.setdefault(key, [])
        if any(e.type == entry.type and e.id == entry.id and e.cued == entry.cued
               for e in entries):
            return
        entries.append(entry)
        entries.sort(key=lambda e: PRIORITY.index(e.type))
        if len(key) > self.longest.get(key[0], 0):
            self.longest[key[0]] = len(key)
        for size in range(2, len(key) + 1):
            self.prefixes.add(key[:size])
        if vocabulary:
            self.vocabulary.update(key)

    def get(self, key: tuple[str, ...]) -> list[Entry] | None:
        return self.index.get(key)


def joined_servant_names(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with عبد joined to the word after it (عبد الله -> عبدالله), as names are
    often written; ``key`` itself when it has no such pair."""
    if "عبد" not in key[:-1]:
        return key
    out: list[str] = []
    skip = False
    for k, word in enumerate(key):
        if skip:
            skip = False
            continue
        if word == "عبد" and k + 1 < len(key):
            out.append(word + key[k + 1])
            skip = True
        else:
            out.append(word)
    return tuple(out)


def form_key(form: str) -> tuple[str, ...]:
    """Normalised tokens of a lexicon form, split as the tokenizer splits text."""
    return tuple(normalize_word(m.group()) for m in TOKEN_RE.finditer(form))


def rows(name: str) -> list[dict[str, str]]:
    """Rows of ``name`` followed by those of its ``extra_`` supplement."""
    return load_rows(name) + load_rows("extra_" + name)


def without_article(form: str) -> str | None:
    """The form without a leading ال (for indefinite uses: متظاهرون فلسطينيون)."""
    norm = normalize_word(form)
    if norm.startswith("ال") and len(norm) > 4:
        return norm[2:]
    return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer over all actor lexicons (built once)."""
    gaz = Gazetteer()
    _add_countries(gaz)
    _add_organisations(gaz)
    _add_titles(gaz)
    _add_agents(gaz)
    _add_people(gaz)
    _add_places(gaz)
    common = common_vocabulary()
    _add_given_names(gaz, common)
    _add_family_names(gaz, common)
    gaz.vocabulary.update(common)
    return gaz


# Words that begin names built word by word (عبد الله، أبو بكر، بن علي), normalised.
NAME_START_PARTICLES = frozenset({"عبد", "ابو", "بن", "ابن"})
NAME_LEXICONS = {"countries.tsv", "people.tsv", "places.tsv", "given_names.tsv",
                 "family_names.tsv"}
ARABIC_COLUMNS = ("_ar", "forms", "pattern")


def common_vocabulary() -> set[str]:
    """Words that are not names: every Arabic word of the lexicons that hold no names
    (titles, agents, cues, triggers, dates ...) and the function and common word lists."""
    words: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        if path.name.removeprefix("extra_") in NAME_LEXICONS:
            continue
        for row in load_rows(path.name):
            for column, cell in row.items():
                if column.endswith(ARABIC_COLUMNS) and cell:
                    for variant in split_variants(cell):
                        words.update(w for w in normalize_word(variant).split() if len(w) > 1)
    for name in ("function_words.txt", "common_words.txt"):
        words.update(normalize_word(w) for w in load_wordlist(name))
    return words


def _opt(value: str | None) -> str | None:
    return value or None


def _add_countries(gaz: Gazetteer) -> None:
    for row in rows("countries.tsv"):
        code = row.get("code", "")
        name = row.get("name_en", code)
        if not code:
            continue
        country = Entry("country", code, name, kind="GPE", country=code)
        gaz.countries[code] = country
        if not row.get("region"):
            gaz.regions.add(code)
        if row.get("capital_en"):
            gaz.states.add(code)
        for form in split_variants(row.get("names_ar", "")):
            gaz.add(form, country, vocabulary=False)
        capital = Entry("capital", code, row.get("capital_en") or name, kind="GPE",
                        country=code, sector="GOV")
        for form in split_variants(row.get("capitals_ar", "")):
            gaz.add(form, capital, vocabulary=False)
        for form in split_variants(row.get("nisba_ar", "")):
            plural = _is_plural_nisba(form)
            nisba = Entry("nisba", code, name, kind="GPE", country=code, plural=plural,
                          gender="f" if normalize_word(form).endswith("ه") else "m")
            gaz.add(form, nisba)
            gaz.add("ال" + form, nisba)


def _is_plural_nisba(form: str) -> bool:
    norm = normalize_word(form).split()[0]
    return norm.endswith(("يون", "يين", "ين", "ون")) or not norm.endswith(("ي", "يه", "ان"))


def _add_organisations(gaz: Gazetteer) -> None:
    for row in rows("organisations.tsv"):
        entry = Entry("org", row.get("id", ""), row.get("name_en", ""), kind=row.get("kind") or "ORG",
                      country=_opt(row.get("country")), sector=_opt(row.get("sector")),
                      name_ar=(split_variants(row.get("names_ar", "")) or [None])[0])
        for form in split_variants(row.get("names_ar", "")):
            gaz.add(form, entry)


def _add_titles(gaz: Gazetteer) -> None:
    for row in rows("titles.tsv"):
        entry = Entry("title", normalize_word(row.get("title_ar", "")), row.get("name_en", ""),
                      kind="PER", sector=_opt(row.get("sector")), gender=_opt(row.get("gender")),
                      rank=_opt(row.get("rank")), name_ar=row.get("title_ar"))
        for form in split_variants(row.get("title_ar", "")):
            gaz.add(form, entry)


def _add_agents(gaz: Gazetteer) -> None:
    for row in rows("agents.tsv"):
        entry = Entry("agent", row.get("name_en", ""), row.get("name_en", ""),
                      kind=row.get("kind") or "GRP", sector=_opt(row.get("sector")),
                      gender=_opt(row.get("gender")), plural=row.get("number") == "pl",
                      name_ar=row.get("term_ar"))
        for form in split_variants(row.get("term_ar", "")):
            gaz.add(form, entry)
            bare = without_article(form)
            if bare and " " not in bare:
                gaz.add(bare, entry)


def _add_people(gaz: Gazetteer) -> None:
    people: dict[str, dict] = {}
    for row in rows("people.tsv"):
        pid = row.get("id", "")
        if not pid:
            continue
        person = people.setdefault(pid, {"row": row, "roles": [], "forms": [], "short": [],
                                         "cued": []})
        role = Role(_opt(row.get("country")), _opt(row.get("sector")), _opt(row.get("role_en")),
                    row.get("start", ""), row.get("end", ""))
        if role not in person["roles"]:
            person["roles"].append(role)
        person["forms"] += split_variants(row.get("names_ar", ""))
        person["short"] += split_variants(row.get("short_ar", ""))
        person["cued"] += split_variants(row.get("cued_ar", ""))
    for pid, person in people.items():
        row = person["row"]
        entry = Entry("person", pid, row.get("name_en", pid), kind="PER",
                      gender=_opt(row.get("gender")), roles=tuple(person["roles"]),
                      name_ar=(person["forms"] or [None])[0],
                      name_words=frozenset(word for form in person["forms"]
                                           for word in form_key(form)))
        for form in person["forms"] + person["short"]:
            gaz.add(form, entry, vocabulary=False)
        cued = replace(entry, cued=True)  # a word or a common name too: needs support
        for form in person["cued"]:
            gaz.add(form, cued, vocabulary=False)


def _add_places(gaz: Gazetteer) -> None:
    for row in rows("places.tsv"):
        kind = "GPE" if row.get("kind") in {"region", "province", "state", "governorate"} else "LOC"
        name = row.get("name_en", "")
        pid = row.get("id") or name.lower().replace(" ", "_")
        entry = Entry("place", pid, name, kind=kind, country=_opt(row.get("country")))
        for form in split_variants(row.get("names_ar", "")):
            gaz.add(form, entry, vocabulary=False)
        cued = Entry("place", pid, name, kind=kind, country=_opt(row.get("country")), cued=True)
        for form in split_variants(row.get("cued_ar", "")):
            gaz.add(form, cued, vocabulary=False)


def _add_given_names(gaz: Gazetteer, common: set[str]) -> None:
    """Given names; one that is also a frequent word (``common`` = y) is weak evidence
    (``cued``), and one that is a function or lexicon word is left out (a lexicon word that
    names no title or place is kept in ``worded_given``, for cues to vouch for). A two-word name is
    kept when one of its words is a common word (عز الدين، نور الدين), which the name rules
    do not read as part of a name; one that a particle starts (عبد الله) is read word by
    word. A name that is also a function word (``common`` = f: علي, the preposition على
    spelt with ي) is kept as weak evidence all the same: the finder asks it for a strict
    cue (see ``Composer.closed_given``)."""
    for row in rows("given_names.tsv"):
        closed = row.get("common", "") == "f"
        weak = closed or row.get("common", "") == "y"
        entry = Entry("given", normalize_word(row.get("name_ar", "")), row.get("name_en", ""),
                      kind="PER", gender=_opt(row.get("gender")), cued=weak,
                      name_ar=(split_variants(row.get("name_ar", "")) or [None])[0],
                      origin=_opt(row.get("origin")))
        for form in split_variants(row.get("name_ar", "")):
            key = form_key(form)
            if len(key) == 1 and (closed or key[0] not in common):
                gaz.add(form, entry, vocabulary=False)
            elif len(key) == 1 and key[0] not in function_words() and key not in gaz.index:
                gaz.worded_given.add(key[0])  # not آن (أن) nor أمير، ملك (titles)
            elif len(key) == 1 and any(e.type == "title" for e in gaz.index.get(key, ())):
                gaz.titled_given.add(key[0])
            elif len(key) == 2 and _compound_given(gaz, key, common):
                gaz.add(form, entry, vocabulary=False)


def _compound_given(gaz: Gazetteer, key: tuple[str, ...], common: set[str]) -> bool:
    """A two-word given name with a common word in it, that neither a particle, a function
    word nor a title or place word (أمام، إمام) starts."""
    closed = function_words()
    if key[0] in NAME_START_PARTICLES or any(word in closed for word in key):
        return False
    if any(e.type not in ("given", "family") for e in gaz.index.get(key[:1], ())):
        return False
    return any(word in common or word in gaz.vocabulary for word in key)


def _add_family_names(gaz: Gazetteer, common: set[str]) -> None:
    """Foreign family names (ميركل، بيكهام) that name a person even alone; one that is also
    an Arabic word (``common`` = y) is ``cued`` and counts only after a given name."""
    for row in rows("family_names.tsv"):
        entry = Entry("family", row.get("name_en", ""), row.get("name_en", ""), kind="PER",
                      cued=row.get("common", "") == "y")
        for form in split_variants(row.get("name_ar", "")):
            if normalize_word(form) not in common:
                gaz.add(form, entry, vocabulary=False)


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun of organisation names (وزارة، حزب، جامعة). ``common``: the bare head is
    as often a common noun (حركة المرور، تنظيم الرحلات), so a name no lexicon knows needs more
    than plain words after it."""

    name_en: str
    sector: str | None
    common: bool = False


@lru_cache(maxsize=1)
def org_heads() -> dict[str, Head]:
    """Normalised head forms, with and without the article, built once. A head whose
    definite form is only a common noun (الفريق المصري: the Egyptian side) is kept bare."""
    heads: dict[str, Head] = {}
    for row in load_rows("extra_org_heads.tsv"):
        head = Head(row.get("name_en", ""), _opt(row.get("sector")), row.get("common") == "y")
        for form in split_variants(row.get("head_ar", "")):
            norm = normalize_word(form)
            heads.setdefault(norm, head)
            if row.get("article") != "n":
                heads.setdefault("ال" + norm, head)
    return heads


@lru_cache(maxsize=1)
def org_short_names() -> dict[tuple[str, ...], list[Entry]]:
    """Known organisations by their name without its head noun (القاعدة of تنظيم القاعدة،
    النصرة of جبهة النصرة), where that rest is no lexicon key of its own."""
    gaz, heads = gazetteer(), org_heads()
    short: dict[tuple[str, ...], list[Entry]] = {}
    for key, entries in gaz.index.items():
        if len(key) < 2 or key[0] not in heads or key[1:] in gaz.index:
            continue
        for entry in entries:
            if entry.type == "org" and entry not in short.get(key[1:], ()):
                short.setdefault(key[1:], []).append(entry)
    return short


@lru_cache(maxsize=1)
def maqsura_org_names() -> frozenset[str]:
    """One-word organisation names the lexicon writes with a final ى (سونى): the text's ى
    then spells the name, not another word (a verb such as أودى)."""
    names = set()
    for row in rows("organisations.tsv"):
        for form in split_variants(row.get("names_ar", "")):
            if " " not in form.strip() and form.strip().endswith("ى"):
                names.add(normalize_word(form))
    return frozenset(names)


@lru_cache(maxsize=1)
def outlet_names() -> dict[tuple[str, ...], list[Entry]]:
    """Known newspapers and channels by their name without the head noun that the lexicon
    writes before it (الشرق الأوسط of صحيفة الشرق الأوسط), even where that rest is a key of
    its own (the region): in quotation marks it is the outlet's title."""
    gaz, heads = gazetteer(), org_heads()
    names: dict[tuple[str, ...], list[Entry]] = {}
    for key, entries in gaz.index.items():
        head = heads.get(key[0]) if len(key) > 1 else None
        if head is None or head.sector != "MED" or key[0].startswith("ال"):
            continue
        for entry in entries:
            if entry.type == "org" and entry.sector == "MED" \
                    and entry not in names.get(key[1:], ()):
                names.setdefault(key[1:], []).append(entry)
    return names


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Reporting verbs of ``cues.tsv`` (قال، أكدت ...), normalised, also with و or ف before
    them: the word after one is often the speaker's bare surname (وقال عنان)."""
    forms = {normalize_word(row["form_ar"]) for row in load_rows("cues.tsv")
             if row.get("kind") == "verb" and row.get("form_ar")}
    return frozenset(forms | {c + f for f in forms for c in ("و", "ف")})


@lru_cache(maxsize=1)
def name_cues() -> frozenset[str]:
    """Honorifics and trades of ``name_cues.tsv`` (الدكتور، الإمام، العداء), normalised: the
    words after one are a name even when they are also common words (الدكتور ماجد نجم)."""
    return frozenset(name_cue_titles())


@lru_cache(maxsize=1)
def name_cue_titles() -> dict[str, Entry]:
    """The cues of ``name_cues.tsv`` by normalised form, each as a title of rank ``trade``:
    with a nationality and no name after it (المهاجم السويدي) the cue itself describes the
    person, as a title does, with no office and so no sector."""
    titles = {}
    for row in load_rows("name_cues.tsv"):
        gender = row.get("gender") or None
        entry = Entry("title", f"trade_{row['name_en']}_{gender}", row["name_en"], kind="PER",
                      gender=gender, rank="trade")
        titles.update((normalize_word(form), entry) for form in split_variants(row["cue_ar"]))
    return titles


@lru_cache(maxsize=1)
def honorifics() -> dict[tuple[str, ...], str]:
    """Forms of address of the title lexicons (rank ``honorific``: السيد، الشيخ، صاحب السمو),
    normalised word by word, with their English name. They hold no office: alone they name
    the person the text last addressed so, never a new actor."""
    return {form_key(form): row["name_en"] for row in rows("titles.tsv")
            if row.get("rank") == "honorific" for form in split_variants(row["title_ar"])}


@cache
def _ordinals() -> tuple[tuple[str, int], ...]:
    """Ordinals below twenty of ``date_words.tsv`` (الثاني، الثالث عشر), normalised word by
    word, with their value."""
    return tuple((" ".join(normalize_word(w) for w in form.split()), int(row["value"]))
                 for row in load_rows("date_words.tsv")
                 if row.get("kind") == "ordinal" and row.get("value", "").isdigit()
                 and int(row["value"]) < 20
                 for form in split_variants(row["word_ar"]))


@lru_cache(maxsize=1)
def regnal_ordinals() -> frozenset[str]:
    """Ordinals below twenty (الثاني، الثالث عشر), normalised: after a monarch's or pope's
    name they belong to it (الحسن الثاني، تشارلز الأول)."""
    return frozenset(form for form, _value in _ordinals())


@lru_cache(maxsize=1)
def unit_words() -> dict[str, Entry]:
    """Words of military and police units of ``units.tsv`` in their definite forms
    (الفرقة، اللواء، للكتيبة), normalised: before a number or an ordinal they name a unit
    (اللواء 105), which only the definite word does (فوج 500 مقاتل is a count)."""
    units: dict[str, Entry] = {}
    for row in load_rows("units.tsv"):
        for form in split_variants(row.get("unit_ar", "")):
            norm = normalize_word(form)
            entry = Entry("unit", row["name_en"].lower(), row["name_en"], "ORG",
                          sector=_opt(row.get("sector")))
            lam = "ل" + norm if norm.startswith("ل") else "لل" + norm  # للواء، للفرقة
            units.setdefault("ال" + norm, entry)
            units.setdefault(lam, entry)
    return units


@lru_cache(maxsize=1)
def unit_ordinals() -> dict[str, int]:
    """One-word ordinals of ``date_words.tsv`` below twenty in both genders (الرابع،
    الرابعة، الأول، الأولى), normalised, with their value: the ordinal that numbers a unit
    agrees with its word (الفرقة الرابعة، الفوج الأول)."""
    ordinals: dict[str, int] = {}
    for norm, value in _ordinals():
        if " " not in norm:
            ordinals[norm] = ordinals[_feminine_ordinal(norm)] = value
    return ordinals


def _feminine_ordinal(norm: str) -> str:
    """The feminine of a normalised ordinal: الأول is الأولى, the rest take ta marbuta."""
    return norm[:-1] + "لي" if norm.endswith("اول") else norm + "ه"


MINISTER_WORDS = frozenset({normalize_word("وزير"), normalize_word("وزيرة")})
MINISTER_SUFFIX = " Minister"


@lru_cache(maxsize=1)
def portfolios() -> dict[tuple[str, ...], str]:
    """Portfolios by the words that name them after وزير in ``titles.tsv`` (الصحة -> Health,
    from وزير الصحة: Health Minister): a body no lexicon knows takes its English name from
    them (وزارة الصحة: Health Ministry)."""
    table: dict[tuple[str, ...], str] = {}
    for row in rows("titles.tsv"):
        name = row.get("name_en", "")
        if row.get("rank") != "minister" or not name.endswith(MINISTER_SUFFIX) \
                or name.startswith(("Deputy", "Assistant", "Former")):
            continue
        for form in split_variants(row.get("title_ar", "")):
            key = form_key(form)
            if len(key) > 1 and key[0] in MINISTER_WORDS and key[1].startswith("ال"):
                table.setdefault(key[1:], name[: -len(MINISTER_SUFFIX)])
    return table
