"""Resolution within the document: one actor per real-world actor, every mention linked.

Names, organisations, states and places resolve by themselves (lexicon id, or a doc-local
id from the name). Titles, counterparts and plural titles resolve against the office
holders seen so far in the text (a title linked to a name, or a known person whose dated
role is that office), then against the lexicon (who held that office at the document's
date), and only then become an actor of their own described by the title.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.actors.find import (
    GROUPINGS,
    NISBA_ENDINGS,
    PLURAL_NISBA_ENDINGS,
    PORTFOLIO_WORDS,
    Candidate,
)
from khabar.actors.gazetteer import Entry, gazetteer, honorifics, org_heads, portfolios
from khabar.actors.roles import (
    country_of,
    holds,
    leads_body,
    office_of_kind,
    posted_elsewhere,
    role_at,
    same_office,
)
from khabar.actors.translit import name_label, slug, transliterate
from khabar.lexicon_index import function_words
from khabar.model import Actor, Document, Mention
from khabar.text.normalize import normalize_word
from khabar.text.records import build, maker
from khabar.text.tokens import has_enclitic

# Records are built from fields this module makes itself, with the right types: validating
# them again costs more than resolving (see khabar.text.records).
_mention = maker(Mention)
# Every field of Actor in declared order, with its default (None for the required ones);
# the list fields get fresh lists per actor.
ACTOR_DEFAULTS = {name: None if info.is_required() or info.default_factory else info.default
                  for name, info in Actor.model_fields.items()}



# A one-word name shorter than this is too short to be told from another by its consonants.
MIN_VARIANT_LETTERS = 5
LONG_VOWELS = str.maketrans("", "", "اوي")


def consonants(word: str) -> str:
    """The word's first letter and its letters after it that are no long vowel (موسيفيني,
    موسفيني: مسفن), the part of a foreign name that Arabic spellings of it share."""
    return word[:1] + word[1:].translate(LONG_VOWELS)

@dataclass(slots=True)
class Holder:
    """Someone the text or the lexicon shows holding an office, at a token position."""

    position: int
    office: str
    country: str | None
    gender: str | None
    actor: str


# Sentences since the text last named a body over which a bare agent (القوات، الحزب) still
# names it again: one named by a generic word and its state (القوات الروسية) is soon out
# of view, one named by its name (حزب الله، الجيش الإسرائيلي) stays over a long report.
AGENT_AGAIN_REACH = 1
NAME_REACH = 30
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB"})
REFERRING_GROUPS = STATE_SECTORS | {"CVL"}
ANY_NISBA_ENDINGS = (*NISBA_ENDINGS, *PLURAL_NISBA_ENDINGS)  # الروسي، الشعبية، المحليين


@dataclass(slots=True)
class Body:
    """A body or group the text names with its state or its name (الجيش الإسرائيلي، حزب
    الله), under the generic agent its head noun is (army, party)."""

    agent: str | None
    actor: str
    country: str | None
    sector: str | None
    sentence: int  # the last sentence that names it
    named: bool  # by its name (حزب الله), not by a generic word and its state


class Resolver:
    """Turns the candidates of one document into mentions and actors."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.date = doc.date
        self.gaz = gazetteer()
        self.actors: dict[str, Actor] = {}
        self.resolved: dict[int, str] = {}  # id(candidate) -> actor id
        self.holders: list[Holder] = []
        self.bodies: list[Body] = []  # bodies named with a state or a name, in order
        self.named_in_full: set[str] = set()  # known people the document names in full
        self.states_seen: list[str] = []  # states named so far, the last named last

    # -- actors ------------------------------------------------------------------------

    def text_of(self, cand: Candidate) -> str:
        """The document's text that candidate ``cand`` spans."""
        tokens = self.doc.tokens
        return self.doc.text[tokens[cand.start].start:tokens[cand.end - 1].end]

    def actor(self, actor_id: str, **fields) -> str:
        if actor_id not in self.actors:
            self.actors[actor_id] = new_actor(actor_id, fields)
        return actor_id

    def state(self, code: str, sector: str | None = None, label: str | None = None) -> str:
        """The actor for a state (``RUS``) or one of its sectors (``RUS_GOV``)."""
        country = self.gaz.countries.get(code)
        name = country.name_en if country else code
        if sector is None:
            return self.actor(code, name=name, kind="GPE", country=code, known=country is not None)
        suffix = "government" if sector == "GOV" else (label or sector)
        return self.actor(f"{code}_{sector}", name=f"{name} ({suffix})", kind="ORG",
                          country=code, sector=sector, known=country is not None)

    def person(self, entry: Entry) -> str:
        role = role_at(entry.roles, self.date)
        if role:
            country, sector, office = role.country, role.sector, role.role
        else:
            country, sector, office = country_of(entry.roles, self.date), None, None
        return self.actor(entry.id, name=entry.name_en, name_ar=entry.name_ar, kind="PER",
                          country=country, sector=sector, role=office, known=True,
                          gender=entry.gender)

    # -- candidates ------------------------------------------------------------------

    def resolve_named(self, cand: Candidate, titles: list[Candidate]) -> str | None:
        """Actor of a candidate that names its referent."""
        entry = cand.entry
        source = cand.source
        if cand.via == "anaphor":  # المنظمة: the organisation named before with that head
            found = self.resolved.get(id(cand.link)) if cand.link is not None else None
            if found is not None or source == "anaphor":
                return found
        if source == "person":
            if self.namesake_before_office(cand, titles):
                return self.unknown_person(cand, titles)
            return self.person(entry)
        if source == "pattern":
            return self.unknown_person(cand, titles)
        if source == "org":
            return self.actor(entry.id, name=entry.name_en, name_ar=entry.name_ar,
                              kind=entry.kind if entry.kind in ("ORG", "GRP") else "ORG",
                              country=entry.country, sector=entry.sector, known=True)
        if source == "org_name":
            return self.unknown_org(cand)
        if source == "country":
            return self.state(entry.country)
        if source == "capital":
            if cand.via == "capital":
                return self.state(entry.country, "GOV")
            return self.actor(f"{entry.country}_{slug(entry.name_en)}", name=entry.name_en,
                              kind="GPE", country=entry.country, known=True)
        if source == "place":
            return self.actor(f"place_{entry.id}", name=entry.name_en, kind=entry.kind,
                              country=entry.country, known=True)
        if source == "agent" and cand.link is not None and cand.link.source == "org":
            return self.resolve_named(cand.link, [])  # مقاتلي «ولاية سيناء»: the group
        if source == "agent":
            return None if self.names_state_pair(cand) else self.agent(cand)
        if source == "nisba":
            code = cand.countries[0]
            if cand.plural:
                country = self.gaz.countries.get(code)
                name = country.name_en if country else code
                return self.actor(f"{code}_people", name=f"{name} (people)", kind="GRP",
                                  country=code, known=True)
            return self.state(code)
        return None

    def namesake_before_office(self, cand: Candidate, titles: list[Candidate]) -> bool:
        """A known person's one-word name, with no title of his, in a document dated before
        any of his offices and that never names him in full: someone else of that name
        (بوندي in 2015 is no American attorney general, بريتون ودز no European
        commissioner). A man already in public life is named in full first (إيفيت كوبر)."""
        entry = cand.entry
        if cand.end - cand.start != 1 or titles or not entry.roles or not self.date \
                or entry.id in self.named_in_full:
            return False
        return all(self.date < role.start for role in entry.roles)

    def note_named(self, cands: list[Candidate]) -> None:
        """The known people the document names in full somewhere."""
        self.named_in_full.update(cand.entry.id for cand in cands if cand.source == "person"
                                  and cand.end - cand.start > 1)

    def agent(self, cand: Candidate) -> str:
        entry = cand.entry
        if not cand.countries and self.stands_alone(cand):
            named = self.named_before(cand)
            if named is not None:  # ورد الجيش after الجيش الإسرائيلي: the same army
                return named
        if cand.countries:
            code = cand.countries[0]
            ministry = self.ministry(cand, code)
            if ministry is not None:
                return ministry
            if entry.sector:
                return self.state(code, entry.sector, entry.name_en)
            country = self.gaz.countries.get(code)
            return self.actor(f"{code}_{slug(entry.name_en)}",
                              name=f"{country.name_en if country else code} ({entry.name_en})",
                              kind=entry.kind, country=code, known=True)
        return self.actor(f"any_{slug(entry.name_en)}", name=entry.name_en, kind=entry.kind,
                          sector=entry.sector, known=True)

    def ministry(self, cand: Candidate, code: str) -> str | None:
        """A ministry with its portfolio and its state's nisba (وزارة الخارجية الأوغندية):
        that ministry, an actor of its own of that state, labelled as one no lexicon knows
        (Health Ministry (Egypt)), not the state's government as a whole."""
        if cand.entry.kind != "ORG" or cand.end - cand.start < 3:
            return None
        label = self.org_label(cand, code, with_portfolio=True)
        if label is None:
            return None  # الوزارة الأوغندية: no portfolio, no ministry of its own
        return self.actor(f"x_{slug(label)}", name=label, name_ar=self.text_of(cand),
                          kind="ORG", country=code, sector=cand.entry.sector)

    def stands_alone(self, cand: Candidate) -> bool:
        """A definite agent with no pronoun on it and no definite noun before it that it
        would describe (السياسة الخارجية، للشؤون الخارجية are no ministry)."""
        tokens = self.doc.tokens
        if not tokens[cand.start].norm.startswith("ال") or has_enclitic(tokens[cand.end - 1]):
            return False
        before = tokens[cand.start - 1] if cand.start else None
        return before is None or before.sentence != cand.sentence \
            or not before.stem.startswith("ال")

    def described(self, cand: Candidate) -> bool:
        """A nisba-like adjective after the agent (الحزب الديمقراطي، الجيش البروسي): as
        often another body than the one named before as the same one described again."""
        tokens = self.doc.tokens
        after = tokens[cand.end] if cand.end < len(tokens) else None
        return after is not None and after.sentence == cand.sentence \
            and after.norm.startswith("ال") and after.norm.endswith(ANY_NISBA_ENDINGS) \
            and after.norm not in function_words()  # الجيش الذي

    def named_before(self, cand: Candidate) -> str | None:
        """The body a definite generic agent alone names again: the last one named with that
        head noun (الجيش after الجيش الإسرائيلي، الحزب after حزب الله), if still in view.
        None when a body of the agent's sector from elsewhere was named since (الجيش
        الإسرائيلي ثم القوات الروسية: الجيش may be either)."""
        entry = cand.entry
        if not entry.sector or not (entry.kind == "ORG" or entry.sector in REFERRING_GROUPS):
            return None
        since: set[str | None] = set()  # countries of the agent's sector named since
        for body in reversed(self.bodies):
            if body.agent == entry.id:
                if not since <= {body.country} or not self.in_view(body, cand):
                    return None
                body.sentence = cand.sentence
                return body.actor
            if body.sector == entry.sector:
                since.add(body.country)
        return None

    def in_view(self, body: Body, cand: Candidate) -> bool:
        """Whether ``body`` is near enough for the agent ``cand`` to name it again
        (``NAME_REACH``, ``AGENT_AGAIN_REACH``). With an adjective after it, the agent names
        again only a body named by a generic word and its state just before (الطيران الحربي
        السوري ... الطيران الحربي التابع للنظام); after a body named by its name it is as
        often another body of that kind (حزب الكومينتانغ ... الحزب الديمقراطي)."""
        gap = cand.sentence - body.sentence
        if body.named:
            return gap <= NAME_REACH and not self.described(cand)
        return gap <= AGENT_AGAIN_REACH

    def note_body(self, cand: Candidate, actor_id: str) -> None:
        """Keep a body named with its state or its name, for the generic agent of its head
        noun later (``named_before``)."""
        if cand.source == "agent" or (cand.source == "nisba" and cand.entry.type == "agent"):
            # جيشه، قواتها: the state of a pronoun is the resolver's guess, not the text's
            if not cand.countries or cand.countries[0] in GROUPINGS \
                    or has_enclitic(self.doc.tokens[cand.end - 1]):
                return
            agent, named = cand.entry.id, False
        elif cand.source in ("org", "org_name"):
            agent, named = self.head_agent(cand), True
        else:
            return
        actor = self.actors[actor_id]
        self.bodies.append(Body(agent, actor_id, actor.country, actor.sector, cand.sentence,
                                named))

    def head_agent(self, cand: Candidate) -> str | None:
        """The generic agent a name's first word is (الجيش in الجيش الإسرائيلي، حزب in حزب
        الله), if any."""
        token = self.doc.tokens[cand.start]
        for key in (token.stem, token.norm):
            for entry in self.gaz.index.get((key,), ()):
                if entry.type == "agent":
                    return entry.id
        return None

    def unknown_org(self, cand: Candidate) -> str:
        """An organisation named by a head noun and its words (وزارة الزراعة المصرية)."""
        name = cand.name or ""
        country = cand.countries[0] if cand.countries else None
        # A unit (اللواء 105) has its English name from its word and number.
        name_en = cand.entry.name_en if cand.entry is not None else (
            self.org_label(cand, country) or transliterate(self.with_article(cand, name)))
        return self.actor(f"x_{slug(name_en)}", name=name_en,
                          name_ar=name, kind="ORG", country=country, sector=cand.sector)

    def with_article(self, cand: Candidate, name: str) -> str:
        """``name`` with the alef of the article that ل after a proclitic swallows put back
        (لجامعة of للجامعة اللبنانية): one label and one actor for الجامعة اللبنانية and
        للجامعة اللبنانية."""
        stem = next((seg for seg in self.doc.tokens[cand.start].segments
                     if seg.role != "proclitic"), None)
        if stem is not None and stem.norm.startswith("ال") and stem.text.startswith("ل") \
                and not stem.text.startswith("ال") and name.startswith(stem.text):
            return "ا" + name
        return name

    def org_label(self, cand: Candidate, country: str | None,
                  with_portfolio: bool = False) -> str | None:
        """An English name for an organisation named by a head noun and a portfolio, its
        state after (وزارة الصحة المصرية: Health Ministry (Egypt), from وزير الصحة: Health
        Minister), or by a head and its state alone (الوزارة المصرية); None for other words,
        which only a transliteration renders. Only the head of a body of the state (وزارة،
        سلطة، مديرية) counts: the others are as often verbal nouns (تنظيم الكهرباء, regulating
        electricity) or name bodies a minister's portfolio does not (لجنة العدل).
        ``with_portfolio``: None as well for a head and its state alone."""
        tokens = self.doc.tokens
        head = org_heads().get(tokens[cand.start].stem)
        if head is None or not head.name_en or head.sector != "GOV":
            return None
        stems = tuple(tokens[i].stem for i in range(cand.start + 1, cand.end))
        table = portfolios()
        size = next((k for k in range(min(PORTFOLIO_WORDS, len(stems)), 0, -1)
                     if stems[:k] in table), 0)
        if not all(self.state_word(stem) for stem in stems[size:]) or not stems \
                or (with_portfolio and not size):
            return None
        label = head.name_en[:1].upper() + head.name_en[1:]
        if size:  # as the title reads: Foreign Minister, Foreign Ministry
            label = f"{table[stems[:size]]} {label}"
        if country:
            state = self.gaz.countries.get(country)
            label = f"{label} ({state.name_en if state else country})"
        return label

    def state_word(self, stem: str) -> bool:
        """A one-word country or nationality adjective (مصر، المصرية)."""
        return any(entry.type in ("country", "nisba") for entry in self.gaz.index.get((stem,), ()))

    def unknown_person(self, cand: Candidate, titles: list[Candidate]) -> str:
        if cand.link is not None and id(cand.link) in self.resolved:
            return self.resolved[id(cand.link)]
        name = cand.name or self.text_of(cand)
        title = next((t for t in titles if t.title is not None), None)
        if title is None and cand.end - cand.start == 1:
            spelled = self.spelled_otherwise(self.doc.tokens[cand.start].stem)
            if spelled is not None:
                return spelled
        country = sector = role = None
        gender = cand.gender
        if title is not None:
            country = title.countries[0] if title.countries else None
            sector = title.sector if country or title.sector else None
            role = title.title.name_en
            if title.former and not role.startswith("Former"):
                role = f"Former {role}"
            gender = gender or title.gender
        label = name_label(name)
        return self.actor(f"x_{slug(label)}", name=label,
                          name_ar=name, kind="PER", country=country, sector=sector, role=role,
                          gender=gender)

    def spelled_otherwise(self, word: str) -> str | None:
        """A known person named before whose family name the word spells with its long
        vowels written otherwise (موسفيني after يوري موسيفيني): foreign names are written
        with and without them, and one person is not two."""
        if len(word) < MIN_VARIANT_LETTERS:
            return None
        skeleton = consonants(word)
        for actor in self.actors.values():
            if actor.kind == "PER" and actor.known and actor.name_ar:
                family = normalize_word(actor.name_ar.split()[-1])
                if family != word and consonants(family) == skeleton:
                    return actor.id
        return None

    # -- offices -----------------------------------------------------------------------

    def add_holder(self, cand: Candidate, actor_id: str, office: str | None = None,
                   country: str | None = None) -> None:
        actor = self.actors.get(actor_id)
        if actor is None or actor.kind != "PER":
            return
        if office is None and cand.title is not None and cand.title.rank != "counterpart":
            office = cand.title.name_en
            if cand.title.rank == "trade":
                office = cand.title.id  # a film director (المخرج) holds no office Director
            if cand.body is not None:  # the spokesman of this body, not of the state
                office = f"{office} ({self.body_label(cand.body)[0].split(' (')[0]})"
            country = cand.countries[0] if cand.countries else actor.country
        if office is None and actor.role:
            office, country = actor.role, actor.country
        if office:
            self.holders.append(Holder(cand.start, office, country, actor.gender, actor_id))

    def addressed_alone(self, cand: Candidate) -> bool:
        """A form of address with nothing of an office after it (السيد، سموه، بسعادته), not
        one that opens a title (معالي وزير خارجية سلطنة عمان)."""
        tokens = self.doc.tokens
        return cand.title.rank == "honorific" and tuple(
            tokens[i].stem for i in range(cand.start, cand.end)) in honorifics()

    def add_addressed(self, cand: Candidate, actor_id: str) -> None:
        """A person whose name the text opens with a form of address (الشيخ محمد بن راشد)
        holds it, for the form alone later (وأضاف الشيخ). A title before the name is a
        candidate of its own and registers through ``add_holder``."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.kind != "PER":
            return
        tokens = self.doc.tokens
        for size in (1, 2):
            if cand.end - cand.start <= size:
                break
            form = honorifics().get(tuple(tokens[i].stem
                                          for i in range(cand.start, cand.start + size)))
            if form:
                self.holders.append(Holder(cand.start, form, actor.country, actor.gender,
                                           actor_id))
                return

    def holder(self, office: str, country: str | None, gender: str | None, before: int,
               exclude: set[str] = frozenset(), of_kind: bool = False,
               exact: bool = False) -> str | None:
        """The latest actor seen holding ``office`` (or, ``of_kind``, an office of that kind;
        ``exact``, that office and no wider or narrower one) before token ``before``."""
        match = office_of_kind if of_kind else (str.__eq__ if exact else same_office)
        for h in reversed(self.holders):
            if h.position >= before or h.actor in exclude:
                continue
            if not match(h.office, office):
                continue
            if country and h.country != country:
                continue
            if gender == "f" and h.gender == "m":
                continue
            if gender == "m" and h.gender == "f" and not self.actors[h.actor].known:
                continue  # a man's title may name a woman the lexicon knows, not an office
            return h.actor
        return None

    def office_holder(self, office: str, country: str | None, gender: str | None,
                      before: int, exclude: set[str] = frozenset()) -> str | None:
        """Who holds ``office`` of ``country``: from the text first, then the lexicon."""
        found = self.holder(office, country, gender, before, exclude)
        if found or not country:
            return found
        for entry in people_by_country().get(country, []):
            if gender and entry.gender and gender != entry.gender:
                continue  # وزيرة الخارجية الأميركية is not the man in office
            role = role_at(entry.roles, self.date)
            if role and holds(role, office, country) and entry.id not in exclude \
                    and not posted_elsewhere(role.role, office):
                return self.person(entry)
        return None

    def title_actor(self, cand: Candidate) -> str:
        """An office holder the text does not name: described by the office."""
        title = cand.title
        country = cand.countries[0] if cand.countries else None
        sector = cand.sector if country or cand.sector else None
        if country:
            return self.office_actor(title.name_en, country, sector, cand.gender)
        return self.actor(f"x_{slug(title.name_en)}_{cand.start}", name=title.name_en,
                          kind="PER", sector=sector, role=title.name_en, gender=cand.gender)

    def office_actor(self, office: str, country: str, sector: str | None,
                     gender: str | None = None) -> str:
        """The holder of ``office`` of ``country``, described by the office (Ambassador
        (Russia)): one actor per office and country in a document."""
        c = self.gaz.countries.get(country)
        return self.actor(f"{country}_{slug(office)}", name=f"{office} ({c.name_en if c else country})",
                          kind="PER", country=country, sector=sector, role=office, gender=gender)

    def former_actor(self, cand: Candidate) -> str:
        """A former office holder the text does not name: no sector, never the incumbent."""
        office = cand.title.name_en
        role = office if office.startswith("Former") else f"Former {office}"
        country = cand.countries[0] if cand.countries else None
        if country:
            c = self.gaz.countries.get(country)
            return self.actor(f"{country}_{slug(role)}",
                              name=f"{role} ({c.name_en if c else country})", kind="PER",
                              country=country, role=role, gender=cand.gender)
        return self.actor(f"x_{slug(role)}_{cand.start}", name=role, kind="PER", role=role,
                          gender=cand.gender)

    def resolve_title(self, cand: Candidate) -> str:
        if cand.link is not None and id(cand.link) in self.resolved:
            actor_id = self.resolved[id(cand.link)]
            if not cand.former:
                self.add_holder(cand, actor_id)
            return actor_id
        if cand.former:
            return self.former_actor(cand)
        if self.addressed_alone(cand):  # وأضاف الشيخ: the sheikh named before, or no one
            return self.holder(cand.title.name_en, None, cand.gender, cand.start)
        if cand.body is not None:
            return self.body_officer(cand)
        if cand.title.rank == "trade":
            return self.trade_actor(cand)
        office = cand.title.name_en
        country = cand.countries[0] if cand.countries else None
        found = None if cand.construct else self.office_holder(office, country, cand.gender,
                                                               cand.start)
        if found:
            return found
        actor_id = self.title_actor(cand)
        self.add_holder(cand, actor_id)
        return actor_id

    def trade_actor(self, cand: Candidate) -> str | None:
        """A person described by a trade and a nationality (المهاجم السويدي: Striker
        (Sweden)), or by the trade alone, the one so described before (وأضاف المهاجم). A
        trade is no office: no sector, no known holder from the lexicon, and it is kept
        apart from the offices of the same English name (a film director is no Director)."""
        office = cand.title.id
        country = cand.countries[0] if cand.countries else None
        found = self.holder(office, country, cand.gender, cand.start, exact=True)
        if found or not country:
            return found
        trade, c = cand.title.name_en, self.gaz.countries.get(country)
        actor_id = self.actor(f"{country}_trade_{slug(trade)}",
                              name=f"{trade} ({c.name_en if c else country})", kind="PER",
                              country=country, role=trade, gender=cand.gender)
        self.holders.append(Holder(cand.start, office, country, cand.gender, actor_id))
        return actor_id

    def body_officer(self, cand: Candidate) -> str:
        """The holder of an office of a body that is not the state's (رئيس حركة حماس،
        المتحدث باسم حركة طالبان، رئيس النادي الأهلي): the one person the lexicon gives that
        office of that body at the document's date, else an actor described by the office and
        the body. Never the state's office holder, and no holder for the state's titles later
        (الرئيس الفلسطيني is not the head of Hamas)."""
        office, body = cand.title.name_en, cand.body
        country = cand.countries[0] if cand.countries else None
        label, key = self.body_label(body)
        short = label.split(" (")[0]  # Houthis (Ansar Allah): roles say Spokesperson (Houthis)
        found = [entry for entry in people_by_country().get(country, []) if country and
                 (role := role_at(entry.roles, self.date)) and short in role.role
                 and (holds(role, office, country) or leads_body(role.role, office, short)
                      or role.role.lower().startswith(office.split()[-1].lower()))]
        if len(found) == 1:
            return self.person(found[0])
        named = self.holder(f"{office} ({short})", country, cand.gender, cand.start,
                            exact=True)
        if named:  # وأضاف المتحدث باسم وزارة الصحة after سامح كريم، المتحدث باسم ...
            return named
        if body.entry is None and label.endswith(")"):
            label = label[:-1].replace(" (", ", ", 1)  # Spokesperson (Health Ministry, Egypt)
        return self.actor(f"{key}_{slug(office)}", name=f"{office} ({label})", kind="PER",
                          country=country, sector=cand.sector, role=office, gender=cand.gender)

    def body_label(self, body: Candidate) -> tuple[str, str]:
        """The English label of the body a title belongs to and the key of its id: the
        lexicon's, else the label its own actor took."""
        if body.entry is not None:
            return body.entry.name_en, slug(body.entry.id)
        actor = self.actors.get(self.resolved.get(id(body), ""))
        label = actor.name if actor is not None else transliterate(self.text_of(body))
        return label, f"x_{slug(label)}"

    def last_office(self, before: int) -> Holder | None:
        for h in reversed(self.holders):
            if h.position < before:
                return h
        return None

    def resolve_counterpart(self, cand: Candidate) -> str | None:
        """نظيره: the same office as the last office holder, in the country given."""
        last = self.last_office(cand.start)
        country = cand.countries[0] if cand.countries else None
        if cand.link is not None and id(cand.link) in self.resolved:
            actor_id = self.resolved[id(cand.link)]
            if last is not None:
                actor = self.actors.get(actor_id)
                self.add_holder(cand, actor_id, last.office,
                                country or (actor.country if actor else None))
            return actor_id
        if last is None:
            return None
        found = self.office_holder(last.office, country, None, cand.start, {last.actor})
        if found:
            return found
        if country:
            c = self.gaz.countries.get(country)
            return self.actor(f"{country}_{slug(last.office)}",
                              name=f"{last.office} ({c.name_en if c else country})",
                              kind="PER", country=country, role=last.office,
                              sector=self.actors[last.actor].sector)
        return None

    def names_state_pair(self, cand: Candidate) -> bool:
        """البلدين، الدولتين with no nisba after them: the two states the text is about,
        resolved in reading order once the states named before are known. Without the
        article (بين دولتين جارتين) they are any two states."""
        entry = cand.entry
        return cand.source == "agent" and entry.kind == "GPE" and entry.plural \
            and not cand.countries and self.doc.tokens[cand.start].stem.startswith("ال")

    def note_states(self, cand: Candidate, actor_id: str) -> None:
        """Keep the states an actor stands for or belongs to (بوتين: Russia) in reading
        order, each once, at its last place. Places (في جنيف) are where, not who."""
        if cand.source == "place":
            return
        actor = self.actors[actor_id]
        codes = [self.actors[m].country for m in actor.members] if actor.members \
            else [actor.country]
        for code in codes:
            if code in self.gaz.states:
                if code in self.states_seen:
                    self.states_seen.remove(code)
                self.states_seen.append(code)

    def resolve_state_pair(self, cand: Candidate) -> str:
        """العلاقات بين البلدين: the last two states named before, as a group; the generic
        agent when fewer than two were."""
        if len(self.states_seen) < 2:
            return self.agent(cand)
        return self.group([self.state(code) for code in self.states_seen[-2:]])

    def resolve_plural(self, cand: Candidate) -> str | None:
        """الرئيسان الأميركي والروسي: a group of the office holders named or last seen."""
        office = cand.title.name_en
        members: list[str] = []
        if cand.countries:
            for code in cand.countries:
                found = self.office_holder(office, code, None, cand.start, set(members)) \
                    or self.office_actor(office, code, cand.title.sector or cand.sector)
                if found not in members:
                    members.append(found)
        else:
            while len(members) < 2:
                found = self.holder(office, None, None, cand.start, set(members), of_kind=True)
                if not found:
                    break
                members.append(found)
        return self.group(members) if members else None

    def group(self, members: list[str]) -> str:
        """A group actor of the given actors (الرئيسان، البلدين): its id and name join
        theirs, and it has a country or sector where all members share one."""
        members = sorted(members)
        countries = {self.actors[m].country for m in members}
        sectors = {self.actors[m].sector for m in members}
        return self.actor("+".join(members),
                          name=" and ".join(self.actors[m].name for m in members),
                          kind="GRP", members=members,
                          country=countries.pop() if len(countries) == 1 else None,
                          sector=sectors.pop() if len(sectors) == 1 else None)

    # -- the document ------------------------------------------------------------------

    def run(self, cands: list[Candidate]) -> Document:
        self.note_named(cands)
        titles_of: dict[int, list[Candidate]] = {}
        for cand in cands:
            if cand.source == "title" and cand.link is not None:
                titles_of.setdefault(id(cand.link), []).append(cand)
        for cand in cands:  # names first: they do not depend on context
            if cand.source != "title":
                actor_id = self.resolve_named(cand, titles_of.get(id(cand), []))
                if actor_id:
                    self.resolved[id(cand)] = actor_id
                    self.note_body(cand, actor_id)
        ordered = sorted(cands, key=lambda c: (c.start, c.source == "title"))
        pending = [c for c in ordered if c.source == "title" and c.link is not None
                   and c.link.source == "title"]
        for cand in ordered:
            if cand.source == "title":
                if cand in pending:
                    continue
                actor_id = self.resolve_title_like(cand)
            else:
                actor_id = self.resolved.get(id(cand))
                if actor_id is None and self.names_state_pair(cand):
                    actor_id = self.resolve_state_pair(cand)
                elif actor_id:
                    self.add_holder(cand, actor_id)
                    self.add_addressed(cand, actor_id)
            if actor_id:
                self.resolved[id(cand)] = actor_id
                self.note_states(cand, actor_id)
            for other in [p for p in pending if p.link is cand]:
                pending.remove(other)
                other_id = self.resolve_title_like(other)
                if other_id:
                    self.resolved[id(other)] = other_id
        return self.write(cands)

    def resolve_title_like(self, cand: Candidate) -> str | None:
        if cand.via == "counterpart":
            return self.resolve_counterpart(cand)
        if cand.via == "plural":
            return self.resolve_plural(cand)
        return self.resolve_title(cand)

    def write(self, cands: list[Candidate]) -> Document:
        doc = self.doc
        # The document's fields, read once: a record's attribute costs more than a local.
        tokens, text = doc.tokens, doc.text
        mentions: list[Mention] = []
        for cand in sorted(cands, key=lambda c: (c.start, c.end)):
            start, end = tokens[cand.start].start, tokens[cand.end - 1].end
            actor_id = self.resolved.get(id(cand))
            mention_id = f"m{len(mentions) + 1}"
            mentions.append(_mention({
                "start": start, "end": end, "text": text[start:end],
                "id": mention_id, "sentence": cand.sentence,
                "kind": _kind(cand, self.actors.get(actor_id)), "actor": actor_id,
                "via": cand.via, "gender": cand.gender, "plural": cand.plural,
                "head": cand.head}))
            if actor_id:
                self.actors[actor_id].mentions.append(mention_id)
        doc.mentions = mentions
        kept = {a.id for a in self.actors.values() if a.mentions}
        kept.update(m for a in self.actors.values() if a.id in kept for m in a.members)
        doc.actors = [a for a in self.actors.values() if a.id in kept]
        return doc


def new_actor(actor_id: str, fields: dict) -> Actor:
    """``Actor(id=actor_id, **fields)`` without re-validation: every caller passes strings,
    booleans and lists of the declared types. Fields left out take their defaults and do not
    count as set, as with validation."""
    full = dict(ACTOR_DEFAULTS, members=[], mentions=[])
    full["id"] = actor_id
    full.update(fields)
    return build(Actor, full, frozenset(fields) | {"id"})


def _kind(cand: Candidate, actor: Actor | None) -> str:
    if cand.via == "capital":
        return "GPE"
    if actor is not None and cand.source in ("title",):
        return actor.kind
    return cand.kind if cand.kind in ("PER", "ORG", "GPE", "LOC", "GRP") else "ORG"


@lru_cache(maxsize=1)
def people_by_country() -> dict[str, list[Entry]]:
    """Known people by the countries of any of their roles, built once."""
    table: dict[str, list[Entry]] = {}
    seen: set[str] = set()
    for entries in gazetteer().index.values():
        for entry in entries:
            if entry.type != "person" or entry.id in seen:
                continue
            seen.add(entry.id)
            for country in {role.country for role in entry.roles if role.country}:
                table.setdefault(country, []).append(entry)
    return table
