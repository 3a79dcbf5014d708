"""Actor and recipient of an event from Arabic word order and the resolved mentions.

Verbs: Arabic news is mostly verb-subject-object, so the actor is the first mention after
the verb that no preposition governs, else the nearest one before it in the clause
(subject-verb order after أنّ). A verb that carries its own plural subject (خطفوا، قتلوا)
or follows a complementiser with a pronoun (أنها قتلت) takes no subject after it: the
mention there is its object. The recipient is the next mention, either a direct object
(حثّ روسيا، هاجم الحاجز) or governed by one of the prepositions the trigger's row lists
(على، ضد، مع، لـ، إلى، بـ), also through one noun (احتجاجا على زيارة بوش); "hostile to"
adjectives (شعارات معادية للرئيس) govern like ضد. Nouns: the actor is a genitive or nisba
adjectives right after the noun (هجوم المسلحين، المحادثات الروسية الأميركية), else the
subject of the clause before it (قيام روسيا بغزو، عقد الرئيسان قمة); the recipient comes
through a preposition. Nouns of what is done to someone (مقتل، اغتيال، خطف، اعتقال) take
their victim as the genitive, also after a number (مقتل ثلاثة من الجنود): that is the
recipient. Mentions joined by و (روسيا والصين) form one compound actor.

Further recipients: a counted object is the verb's object even past a participial clause
(خطف مسلحون يرتدون زي الشرطة خمسة بريطانيين); whoever "underwent" an attack is its victim,
not its actor (تعرّض السيستاني لمحاولة اغتيال); a verb carrying its object as a pronoun
takes the subject after it and a party fronted at the clause start as that object (بأن جنودا
خطفهم مسلحون); a protest with no recipient of its own is
aimed at whom its cause phrase, demand or slogan names, before or after it in the sentence
(احتجاجا على زيارة بوش، مطالبين رئيس الوزراء بـ، يسقط بوش), also through a possessive
pronoun (احتجاجا على زيارته) that points to the nearest party named before the protest.

Further actors: a light verb that takes the noun back as a pronoun names its subject (غارة
نفذها الجيش); a generic party narrowed by من is the party named (قوات من الشرطة
الإسرائيلية); كان ... قد + verb takes the subject after كان; a feminine verb takes no man as
its subject (وتستدعي السفير: he is the object); a call named in a phrase (خلال اتصال هاتفي
... مع نظيره) takes the clause's subject and the party after مع. Further recipients: a
verbal noun's object after its genitive agent (طرد روسيا دبلوماسيين), and the casualties a
verb counts before an attack noun (لقي 26 شخصا حتفهم في هجوم); the owner of what a
material act hits (هاجم مسلحون مقرا للشرطة، هجوم على مواقع تابعة للتنظيم); the parties a
pronoun in apposition names after a counted or generic object (طرد ثلاثة دبلوماسيين هم ألماني
وسويدي). Further actors:
the party a phrase of agency names after a material act (اعتداء من قبل مسلحين، قتل الصحافي
على يد الجيش: the subject read before it is then the victim); the subject of a verb of will or
attempt for the act it takes with أن or as a verbal noun (قرر صدام حسين غزو الكويت، حاولت
إسرائيل أن تغتال ...): the noun after that act is then its object, not its subject.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.actors.gazetteer import reporting_verbs
from khabar.events.lexicon import (
    Trigger,
    adverb_words,
    control_perfects,
    control_reach,
    control_verbs,
    cue_words,
    cues,
    feminine_verb_forms,
    key_set,
    support_verb_reach,
    support_verbs,
    trigger_index,
    venue_verbs,
    verb_heads,
    word_keys,
)
from khabar.events.modality import CLAUSE_BREAKS, is_break
from khabar.lexicon_index import (
    RELATIVE_FEMININE,
    RELATIVE_MASCULINE,
    RELATIVE_PLURAL,
    RELATIVE_PRONOUNS,
    function_words,
)
from khabar.model import Document, Mention, Token
from khabar.places import PLACE_NOUNS, is_place_adjective
from khabar.statements.lexicon import channels
from khabar.text.normalize import normalize_word
from khabar.text.sentences import COMMAS
from khabar.text.tokens import DEFINITE_WITH_PREP, ends_with_ta_marbuta, proclitics

PREPOSITION_WORDS = frozenset(normalize_word(w) for w in (
    "على", "ضد", "مع", "إلى", "الى", "في", "من", "عن", "بين", "أمام", "لدى", "نحو", "باتجاه",
    "بحق", "حول", "بشأن", "خلال", "عبر", "منذ", "قرب", "داخل", "حيال", "تجاه", "إثر", "بعد",
    "قبل", "عند", "ضمن", "مثل",
))
PROCLITIC_PREPS = frozenset({"ب", "ل", "ك"})
QUOTE_MARKS = frozenset("«»“”\"'")
QUOTED_NAME_WORDS = 4  # words a name in quotation marks may have (حركة «الشباب» المتشددة)
KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
KANA_REACH = 15
CASUALTY_REACH = 15  # لقي (count, victims, time ...) حتفهم في | هجوم
# Complementisers: a light verb before one does not reach the nouns of the clause it opens.
COMPLEMENTISERS = frozenset(normalize_word(w) for w in (
    "أن", "أنّ", "إن", "إنّ", "بأن", "بأنّ", "أنه", "أنها", "إنه", "إنها", "بأنه", "لأن"))
CLAUSE_OPENERS = COMPLEMENTISERS | frozenset(normalize_word(w) for w in (
    "التي", "الذي", "الذين", "اللذين", "اللتين", "حيث", "بينما", "فيما", "كما", "لكن", "ولكن"))
# Adjectives and participles meaning "against" before a لـ / بـ genitive: they govern like ضد.
AGAINST_WORDS = frozenset(normalize_word(w) for w in (
    "معادية", "معاد", "معادي", "معادين", "مناهضة", "مناهض", "مناهضين", "مضادة", "مضاد",
    "مناوئة", "مناوئ", "مناوئين", "منددة", "مندد", "منددين", "منددا",
))
# Complementisers carrying the subject as a pronoun (أنها قتلت): no subject after the verb.
PRONOUN_OPENERS = frozenset(normalize_word(w) for w in (
    "أنه", "أنها", "أنهم", "أنهما", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم", "لأنه",
    "لأنها", "لأنهم", "أننا", "إننا", "بأننا",
))
GENERIC_PREFIX = "any_"  # ids of generic agents (any_forces, any_protester)
# Prepositions of time: a phrase they open is an adjunct of whatever verb precedes.
TIME_PREPS = frozenset(normalize_word(w) for w in (
    "خلال", "بعد", "قبل", "إثر", "اثر", "عقب", "منذ", "أثناء", "اثناء", "حتى"))
# Prepositions through which light verbs take their event noun (شارك في، قام بـ، أعلن عن،
# انضم إلى).
LIGHT_VERB_PREPS = frozenset(normalize_word(w) for w in ("في", "عن", "إلى", "الى", "ب"))
TIME_ASIDE = 5  # at most four words of time between two commas
# Brackets round the day after a time word (اليوم (الاثنين)، أمس (السبت)): the house style
# of the agencies; the bracketed day is part of the time, not a break in the clause.
TIME_BRACKETS = frozenset("()")
TIME_BRACKET_WORDS = 3  # at most two words inside the brackets (صباح (الأحد)، (15 يوليو))
# The object pronoun that takes each relative pronoun up (الذي استقبله، التي زارها).
RELATIVE_OBJECTS = {RELATIVE_MASCULINE: "ه", RELATIVE_FEMININE: "ها", RELATIVE_PLURAL: "هم"}
# The relative pronouns a clause of the party before it opens with: the three and the duals.
RELATIVES = frozenset(RELATIVE_PRONOUNS).union(normalize_word(w) for w in (
    "اللذين", "اللتين", "اللذان", "اللتان"))
# CAMEO codes whose event noun names what is done to a victim (killing, abduction,
# assassination, torture, arrest): the genitive after the noun is the victim.
PATIENT_NOUN_CAMEO = frozenset({"180", "181", "186", "1822", "173"})
DIRECT_OBJECT_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "ASSAULT", "COERCE",
                                 "CONSULT", "SUPPORT", "REJECT", "SANCTION"})
# Prepositions through which a cause phrase or demand names its target.
AIM_PREPS = frozenset(normalize_word(w) for w in ("على", "ضد", "ب", "ل"))
WHERE = normalize_word("حيث")
PLACE_KINDS = frozenset({"GPE", "LOC"})
PRONOUNS = {"ه": "m", "ها": "f", "هم": "p", "هما": "p", "هن": "p"}
# Prepositions whose pronoun takes up a noun before a relative verb (بيانا دعت فيه، زيارة
# أشاد خلالها): they stand between the verb and its subject.
RESUMING_PREPS = ("في", "خلال")
AIM_REACH = 25
AIM_BACK = 8
# Material acts whose object may be counted far from the verb (اعتقلت الشرطة ... خمسة).
COUNTED_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
ACTOR_REACH = 3
LIGHT_VERB_REACH = 14
TALK_REACH = 10  # from a call to the مع that names its other party
ON = normalize_word("على")
BETWEEN = normalize_word("بين")
SIDE_GAP = 3  # بين or و to a side's name: a head noun and a quotation mark (بين عناصر «داعش»)
JOINT = "joint"  # the value of the two_sided cues of talks, whose two sides act together
JOINT_TYPES = frozenset({"CONSULT", "AGREE"})
SIDE_REACH = 6  # the first side's end to the second's start (مواطنين من الموصل ومسلحي داعش)
SANCTION_REACH = 8  # عقوبات (جديدة) على | أفراد وكيانات ... في | إيران
RECIPIENT_REACH = 7
# Endings of a noun and of the nisba adjective that agrees with it: sound plurals, a feminine
# or non-human plural with a feminine adjective, an accusative with its accusative.
NISBA_AGREEMENT = (("ين", "ين"), ("ون", "ون"), ("ات", "يه"), ("ه", "يه"), ("ا", "يا"))
PLACE_PHRASE = 5  # في | مكتبه بمقر الإمارة بالرياض: a place before a time and an object
IN = normalize_word("في")
PLACE_HEAD_WORDS = 3  # في | العاصمة اليونانية | أثينا: a place noun and two adjectives
# The governor a place noun passes on to the name in apposition after it (None: none).
PLACE_GOVERNORS: dict[str | None, str | None] = {
    p: p for p in PREPOSITION_WORDS} | {"ب": normalize_word("في"), "ل": None, None: None}
APPOSITION_PRONOUNS = frozenset({"هم", "هما", "هن"})  # ثلاثة دبلوماسيين هم ...
NOUN_COUNT_REACH = 2  # مقتل (الجنود) خمسة من ...: a count right after the noun or its genitive
VERB_PREFIXES = ("ي", "ت")
IMPERFECT_HEADS = ("ي", "ت", "ن")  # أن يغزو، أن تفرض، أن نرد
# Words that may follow a verb with no object: a preposition, a time phrase, a new clause or a
# clause of cause or time (قتلوا في، قتل جراء، قتل عندما، قتل كما أصيب).
OBJECT_REACH = 10  # from the phrase after a verb to an object put after it
# What joins a verb of will or attempt to the act it takes: أن before a verb (قرر أن يغزو، هدد
# بأن يهاجم), a preposition before a verbal noun (وافق على إرسال، تمكن من اقتحام، سعى إلى).
CONTROL_LINKS = frozenset(normalize_word(w) for w in ("أن", "بأن"))
CONTROL_PREPS = frozenset(normalize_word(w) for w in ("على", "من", "إلى", "الى", "في"))
PASSIVE_FOLLOWERS = PREPOSITION_WORDS | TIME_PREPS | CLAUSE_OPENERS | frozenset(normalize_word(w) for w in (
    "جراء", "جرّاء", "عندما", "حين", "حينما", "بينما", "وسط", "أثناء"))


@dataclass(slots=True, eq=False)
class Slot:
    """A mention placed on the tokens: ``first..last`` token indices, and its governor.

    Slots compare by identity: there is one per mention, so two slots are equal only when
    they are the same, and the rules' many ``slot in parties`` tests no longer compare
    every field of two mentions for each pair.
    """

    mention: Mention
    first: int
    last: int
    prep: str | None
    office_last: bool = False  # ends with an office in apposition (فلانة، مديرة ...)
    sacred: bool = False  # a religious body or place of worship (مسجد الإمام الصادق)


@dataclass(slots=True)
class Arguments:
    actor: list[Slot]
    recipient: list[Slot]


def mention_slots(doc: Document) -> dict[int, list[Slot]]:
    """Mentions that resolve to an actor, by sentence, with token positions and governor."""
    starts = doc.token_starts()
    tokens = doc.tokens  # read once: a document's field costs more than a local
    sectors = {actor.id: actor.sector for actor in doc.actors}
    by_sentence: dict[int, list[Slot]] = {}
    for mention in doc.mentions:
        if not mention.actor or mention.kind == "LOC":
            continue
        first = bisect_right(starts, mention.start) - 1
        last = bisect_right(starts, mention.end - 1) - 1
        if first < 0 or last < first:
            continue
        by_sentence.setdefault(tokens[first].sentence, []).append(
            Slot(mention, first, last, _governor(tokens, first),
                 sacred=sectors.get(mention.actor) == "REL"))
    for slots in by_sentence.values():
        slots.sort(key=lambda s: (s.first, -s.last))
        _drop_nested(slots)
    return by_sentence


def _drop_nested(slots: list[Slot]) -> None:
    """Drop nested mentions; join a title to the name right after it (الرئيس الروسي بوتين)."""
    kept: list[Slot] = []
    for slot in slots:
        if kept and slot.first <= kept[-1].last:
            continue
        if kept and slot.first == kept[-1].last + 1 and slot.mention.actor == kept[-1].mention.actor:
            kept[-1].last = slot.last
            kept[-1].office_last = slot.mention.via == "title"
            continue
        kept.append(slot)
    slots[:] = kept


def _governor(tokens: list[Token], first: int) -> str | None:
    """The preposition governing a mention: a proclitic on it or the word before it, or the
    one governing a place noun that the mention stands in apposition to (في العاصمة اليونانية
    أثينا، على مدينة مومباي): the place is where something happens, not who does it. A ب
    there is the في of a place (بمدينة فرانكفورت), and a ل the genitive of a title
    (المدعي العام لولاية فيرجينيا), whose office the place still names."""
    prep = _direct_governor(tokens, first)
    if prep is None and first > 0 and not tokens[first - 1].is_punct:
        head = _place_head(tokens, first)
        if head is not None:
            prep = PLACE_GOVERNORS.get(_direct_governor(tokens, head), prep)
    return prep


def _place_head(tokens: list[Token], first: int) -> int | None:
    """The first word of a place noun and its adjectives right before ``first`` (العاصمة
    اليونانية, مدينة), if the words there are such a phrase."""
    head = None
    k = first - 1
    while k >= 0 and first - k <= PLACE_HEAD_WORDS:
        stem = tokens[k].stem
        if stem in PLACE_NOUNS:
            head = k
        elif not is_place_adjective(stem):
            break
        k -= 1
    return head


def _direct_governor(tokens: list[Token], first: int) -> str | None:
    """The preposition on the mention's first word or right before it."""
    token = tokens[first]
    prep = None
    for clitic in proclitics(token):  # a loop, not a generator made for every mention
        if clitic in PROCLITIC_PREPS:
            prep = clitic
            break
    if prep is None and token.norm.startswith("لل"):
        prep = "ل"
    if prep is not None:
        if prep != "ك" and first > 0 and tokens[first - 1].norm in AGAINST_WORDS:
            return "ضد"  # شعارات معادية للرئيس
        return prep
    if first > 1 and tokens[first - 1].text in QUOTE_MARKS:
        first -= 1  # على «حزب الله»: the preposition stands before the quotation mark
    if first > 0 and not tokens[first - 1].is_punct:
        prev = tokens[first - 1].norm
        bare = prev[1:] if len(prev) > 2 and prev[0] in "وف" else prev
        if bare in PREPOSITION_WORDS:
            return bare
    return None


def clause_bounds(tokens: list[Token], first: int, start: int, end: int,
                  noun: bool = False, last: int | None = None) -> tuple[int, int]:
    """Token range of the clause around ``first`` (punctuation and complementisers).

    ``noun``: the trigger is an event noun, whose clause goes on back past a time set off
    by commas right before it (كثفت قوات التحالف، أمس، غاراتها): the noun is the object of
    the verb before, and the time the verb's. ``last``: the trigger's last token, whose own
    time closed by a comma right after it breaks nothing (أجرى اتصالا هاتفيا أمس، بالرئيس).
    A break is told by the norm alone (a mark's norm is the mark, and no word's norm is
    one), so each step calls nothing."""
    a = first
    while a > start and tokens[a - 1].norm not in CLAUSE_OPENERS:
        if tokens[a - 1].norm in CLAUSE_BREAKS:
            aside = _time_aside_before(tokens, a - 1, start) if noun and a == first else None
            if aside is None:
                aside = _bracketed_time_before(tokens, a - 1, start)
            if aside is None:
                break
            a = aside
        a -= 1
    b = first + 1
    while b < end and tokens[b].norm not in CLAUSE_OPENERS:
        if tokens[b].norm in CLAUSE_BREAKS:
            aside = (_time_aside(tokens, b, end) or _quoted_name(tokens, b, end)
                     or _bracketed_time(tokens, b, end))
            if aside is None and not _trailing_time(tokens, last, b):
                break
            b = aside or b
        b += 1
    return a, b


def _trailing_time(tokens: list[Token], last: int | None, b: int) -> bool:
    """The comma at ``b`` closes a time right after the trigger ending at ``last``
    (أجرى اتصالا هاتفيا أمس، بالرئيس): the party after it is still the trigger's."""
    return last is not None and b > last + 1 and tokens[b].text in COMMAS \
        and all(_time_word(tokens[k]) for k in range(last + 1, b))


def _quoted_name(tokens: list[Token], k: int, end: int) -> int | None:
    """A short name in quotation marks after the trigger (على «جبهة النصرة»): the index of
    the closing mark; None when ``k`` opens no such name. The name is part of the clause,
    not a break in it. (Before the trigger, a quoted outlet is as often a source as a
    subject: بحسب «رويترز» تستهدف الإجراءات.)"""
    if tokens[k].text not in QUOTE_MARKS:
        return None
    for c in range(k + 1, min(end, k + QUOTED_NAME_WORDS + 2)):
        if tokens[c].text in QUOTE_MARKS:
            return c if c > k + 1 else None
        if tokens[c].is_punct:
            return None
    return None


def _time_aside(tokens: list[Token], b: int, end: int) -> int | None:
    """A time set off by commas inside the clause (استدعت الوزارة، الجمعة، السفير): the
    index of its closing comma, else None."""
    if tokens[b].text not in COMMAS:
        return None
    for c in range(b + 1, min(b + 1 + TIME_ASIDE, end)):
        if tokens[c].text in COMMAS:
            return c if c > b + 1 else None
        if not _time_word(tokens[c]):
            return None
    return None


def _bracketed_time(tokens: list[Token], b: int, end: int) -> int | None:
    """A day in brackets after a time word (أعلنت اليوم (الاثنين) وزارة): the index of the
    closing bracket, else None."""
    if tokens[b].text != "(" or b == 0 or not _time_word(tokens[b - 1]):
        return None
    for c in range(b + 1, min(b + 1 + TIME_BRACKET_WORDS, end)):
        if tokens[c].text == ")":
            return c if c > b + 1 else None
        if not _time_word(tokens[c]):
            return None
    return None


def _bracketed_time_before(tokens: list[Token], b: int, start: int) -> int | None:
    """:func:`_bracketed_time` seen from after it (وجه الطرفان الاتهامات أمس (السبت) بقصف):
    the index of the opening bracket, else None; the clause goes on before it."""
    if tokens[b].text != ")":
        return None
    for c in range(b - 1, max(start, b - 1 - TIME_BRACKET_WORDS) - 1, -1):
        if tokens[c].text == "(":
            return c if c < b - 1 and c > start and _time_word(tokens[c - 1]) else None
        if not _time_word(tokens[c]):
            return None
    return None


def _time_aside_before(tokens: list[Token], b: int, start: int) -> int | None:
    """A time set off by commas before the trigger (جدد المبعوث، أمس، دعوته): the index of
    its opening comma, else None; the clause goes on before it."""
    if tokens[b].text not in COMMAS:
        return None
    for c in range(b - 1, max(start, b - 1 - TIME_ASIDE) - 1, -1):
        if tokens[c].text in COMMAS:
            return c if c < b - 1 else None
        if not _time_word(tokens[c]):
            return None
    return None


def find_arguments(tokens: list[Token], slots: list[Slot], trig: Trigger, first: int,
                   last: int, start: int, end: int) -> Arguments:
    """Actor and recipient mentions of a trigger at tokens ``first..last``."""
    args = _clause_arguments(tokens, slots, trig, first, last, start, end)
    # قتل الصحافي على يد مسلحين: a passive, the party read as its subject the victim; an
    # act of another type with no subject takes the agent too (تم رفضه من قبل الجيش)
    agent = _agent_by(tokens, slots, last, end) \
        if trig.type in COUNTED_OBJECT_TYPES or not args.actor else []
    if agent:
        recipient = [s for s in args.recipient if s not in agent]
        args = Arguments(agent, recipient or [s for s in args.actor if s not in agent])
    args.actor = _partitive(tokens, slots, args.actor)
    if trig.pos == "noun" and trig.type == "ASSAULT":
        fight = fight_reach(tokens[first])
        victim = _undergoer(tokens, slots, first, start) or (
            [] if args.recipient and not fight else _casualties(tokens, slots, first, start))
        if victim:
            # لقي جنديان حتفهما في اشتباكات مع مسلحين: the other side of the fight killed them
            other = args.recipient if fight and args.recipient else args.actor
            args = Arguments([s for s in other if s not in victim], victim)
        elif args.actor and _repelled(tokens, first, start):
            # تمكن الجيش من صد هجوم للتنظيم: who repels the attack was attacked; a party
            # with ل right after the attack made it
            attacker = [s for s in slots if s.first == last + 1 and s.prep == "ل"]
            other = _compound(attacker[0], slots, tokens) if attacker else args.recipient
            args = Arguments([s for s in other if s not in args.actor], args.actor)
    if trig.type == "PROTEST" and (not args.recipient or _before_building(tokens, args.recipient[0])):
        aim = _aim(tokens, slots, first, last, start, end, args.actor)
        if aim:
            args.recipient = aim
    if trig.type == "SANCTION" and not args.recipient:
        args.recipient = _targets_in(tokens, slots, last, end)
    if not args.recipient or all(_generic(s) for s in args.recipient):
        anchor = args.recipient[-1].last if args.recipient else last
        named = _named_after(tokens, slots, anchor, end, args.actor)
        if named:  # طرد ثلاثة دبلوماسيين هم ألماني وسويدي: the three are the parties named
            args.recipient = named
    sides = None
    if trig.pos == "noun" and trig.type == "ASSAULT":
        sides = _sides(tokens, slots, first, end)
    elif trig.pos == "noun" and trig.type in JOINT_TYPES:
        sides = _sides(tokens, slots, first, end, JOINT)
        if sides is not None and len(sides.actor) == 1 and args.actor:
            sides = None  # استضافت القاهرة محادثات بين الفصائل: a lone side leaves the host
    if sides is not None and not sides.actor:  # بين مسلحيهم ومقاتلي المقاومة: one side unnamed
        sides.actor = [s for s in args.actor if s not in sides.recipient]
    return sides or args


def _generic(slot: Slot) -> bool:
    """A party named only by what it is (any_soldiers, any_diplomats)."""
    return slot.mention.actor.startswith(GENERIC_PREFIX)


def _named_after(tokens: list[Token], slots: list[Slot], anchor: int, end: int,
                 actor: list[Slot]) -> list[Slot]:
    """The parties that a pronoun in apposition names after an object counted or named
    only by what it is (طرد روسيا ثلاثة دبلوماسيين، هم ألماني وسويدي وبولندي): the
    mentions right after هم or هما, or after a count there (هم تسعة جنود فرنسيين), within
    the object's reach and its clause."""
    for k in range(anchor + 1, min(end - 1, anchor + 1 + RECIPIENT_REACH)):
        token = tokens[k]
        if token.text in COMMAS and tokens[k + 1].norm in APPOSITION_PRONOUNS:
            continue
        if _hard_break(token) or any(s.first <= k <= s.last for s in slots
                                      if s not in actor and not _generic(s)):
            return []
        if token.norm in APPOSITION_PRONOUNS:
            named = [s for s in slots if s.prep is None and s not in actor and (
                s.first == k + 1 or s.first == k + 2 and _counted(tokens, s.first))]
            return _compound(named[0], slots, tokens) if named else []
    return []


@cache
def two_sided(value: str = "") -> dict[str, int]:
    """Nouns of an act between two sides, with how many words after them their بين may
    stand (the ``two_sided`` cues): a fight by default, talks with value ``joint``."""
    return {c.words[0]: c.window for c in cues().get("two_sided", ())
            if len(c.words) == 1 and c.value == value}


def fight_reach(token: Token, value: str = "") -> int:
    """How far a noun of a fight between two sides (of talks, with value ``joint``) may
    stand from its بين; 0 for any other noun."""
    stem = token.stem.removeprefix("ال")
    nouns = two_sided(value)
    return nouns.get(stem) or nouns.get(stem.removesuffix("ا"), 0)


def _sides(tokens: list[Token], slots: list[Slot], first: int, end: int,
           value: str = "") -> Arguments | None:
    """The two sides of a fight named with بين (اشتباكات بين الجيش ومسلحين، المواجهات بين
    قوات النظام و«جبهة النصرة»): the first is the actor, the second the recipient. Talks
    between two sides (المفاوضات بين الحكومة والمعارضة) are one joint act: both are its
    actors, as the subjects of التقى X وY are. Only the act's own بين counts, and a lone
    side stays in its place: the mediator's بين names two recipients, and بين البلدين
    after a border is a place."""
    reach = fight_reach(tokens[first], value)
    if not reach:
        return None
    k = first + 1
    while k < min(end, first + 1 + reach) and _bare(tokens[k].norm) != BETWEEN:
        if _hard_break(tokens[k]) or tokens[k].norm in CLAUSE_OPENERS:
            return None
        k += 1
    if k >= min(end, first + 1 + reach):
        return None
    one = next((s for s in slots if k < s.first <= k + SIDE_GAP
                and not _broken(tokens, k, s.first) and not _joined(tokens, k, s)), None)
    other = _second_side(tokens, slots, one.last if one else k, end)
    if one is None and other is None:
        return None
    if value == JOINT:  # بين السادات وكارتر وبيغين: a third side joined by و takes part too
        parties = _compound(one, slots, tokens) if one else []
        if other is not None and other not in parties:
            parties += _compound(other, slots, tokens)
        return Arguments(parties, [])
    return Arguments([one] if one else [], [other] if other else [])


def _second_side(tokens: list[Token], slots: list[Slot], after: int, end: int) -> Slot | None:
    """The side joined by و after the first (بين الجيش ومسلحين، بين X و«Y»)."""
    for slot in slots:
        if slot.first <= after:
            continue
        if slot.first - after > SIDE_REACH or _broken(tokens, after, slot.first, commas=True):
            return None
        if _joined(tokens, after, slot):
            return slot
        if slot.prep is None:
            return None
    return None


def _joined(tokens: list[Token], after: int, slot: Slot) -> bool:
    """A mention joined by و to what ends at ``after``: on it or on its head noun
    (ومسلحين، و«جبهة النصرة»، ومقاتلي المقاومة)."""
    return any(tokens[j].norm == "و" or "و" in proclitics(tokens[j])
               for j in range(after + 1, slot.first + 1))


def _broken(tokens: list[Token], i: int, j: int, commas: bool = False) -> bool:
    """A break between tokens ``i`` and ``j`` other than a quotation mark (and a comma)."""
    return any(_hard_break(tokens[k]) and not (commas and tokens[k].text in COMMAS)
               for k in range(i + 1, j))


@cache
def agent_phrases() -> tuple[tuple[str, ...], ...]:
    """Phrases that name the agent of a passive or an event noun (من قبل، على يد، بواسطة)."""
    return tuple(c.words for c in cues().get("agent_by", ()))


@cache
def agent_reach() -> int:
    """How many words after an event its phrase of agency may stand (the rows' window)."""
    return max((c.window for c in cues().get("agent_by", ())), default=0)


def _agent_by(tokens: list[Token], slots: list[Slot], last: int, end: int) -> list[Slot]:
    """The party a phrase of agency names after an event with no actor of its own (تعرضت
    السفارة لاعتداء من قبل مسلحين، مقتل ثلاثة مدنيين على يد قوات التحالف): who did it.
    The phrase stands in the event's clause, a few words after it, with no other deed
    between (إدانة مقتل مدنيين على يد: the agent is the killing's)."""
    for k in range(last + 1, min(end, last + 1 + agent_reach())):
        if _hard_break(tokens[k]) or tokens[k].norm in CLAUSE_OPENERS or _deed(tokens[k]):
            return []
        norm = tokens[k].norm
        for phrase in agent_phrases():
            j = k + len(phrase)
            if j >= end or phrase[0] != norm \
                    or tuple(tokens[i].norm for i in range(k, j)) != phrase:
                continue
            if tokens[j].text in QUOTE_MARKS:
                j += 1
            agent = next((s for s in slots if s.first == j), None)
            return _compound(agent, slots, tokens) if agent is not None else []
    return []


def _targets_in(tokens: list[Token], slots: list[Slot], last: int, end: int) -> list[Slot]:
    """Sanctions on people or bodies no lexicon names, in a state the text does name (فرض
    عقوبات على أفراد وكيانات عسكرية في إيران وسوريا): that state is whom they hit."""
    k = last + 1
    while k < end and k - last <= SANCTION_REACH and _bare(tokens[k].norm) != ON:
        k += 1
    if k >= end or k - last > SANCTION_REACH:
        return []
    for slot in slots:
        if slot.first <= k:
            continue
        if slot.first - k > SANCTION_REACH or slot.prep != "في" or slot.mention.kind != "GPE" \
                or any(is_break(tokens[j]) or any(s.first <= j <= s.last for s in slots)
                       for j in range(k + 1, slot.first)):
            return []
        return _compound(slot, slots, tokens)
    return []


def _clause_arguments(tokens: list[Token], slots: list[Slot], trig: Trigger, first: int,
                      last: int, start: int, end: int) -> Arguments:
    a, b = clause_bounds(tokens, first, start, end, noun=trig.pos == "noun", last=last)
    after = [s for s in slots if last < s.first < b]
    before = [s for s in slots if a <= s.last < first]
    controlled = _controlled(tokens, slots, trig, first, last, start, end, after)
    if controlled is not None:
        return controlled
    if trig.pos == "verb":
        joined = _joined_with_object(tokens, slots, first, last, start, after)
        if joined is not None:
            return joined
        args = _verb_arguments(tokens, trig, first, last, after, before)
        if args.actor and not args.recipient and _met_where(tokens, trig, first, last, after,
                                                            args.actor):
            return Arguments(_subject_before_where(tokens, slots, first, start), args.actor)
        relative = _relative_antecedent(tokens, slots, first, start)
        if args.actor and args.actor[0].first > last \
                and _relative_subject(tokens, first, last, start, args.actor):
            # الكاتب الذي هاجم الحكومة: the party after the verb is its object
            party = _compound_back(relative[1], slots, tokens) if relative is not None else []
            return Arguments(party, args.actor)
        if relative is not None:
            return _relative_arguments(tokens, slots, trig, args, *relative, first, last)
        if not args.actor:
            args.actor = _kana_subject(tokens, slots, first, start)
        if not args.actor and _coordinated(tokens, first):
            if _subject_in_verb(tokens, first):
                args.actor = _shared_subject(slots, a, first)
            elif _feminine(tokens[first]):
                args.actor = _shared_subject(slots, a, first, plural=False)
        return args
    if trig.cameo in PATIENT_NOUN_CAMEO and _nominal(tokens, first):
        actor = _light_verb_subject(tokens, slots, first, start, acting=True)
        victim = _victim(tokens, after, last)
        if victim is not None:
            genitive = _compound(victim, after, tokens)
            done_to = _lam_object(tokens, after, victim, genitive[-1].last, last)
            if done_to is not None:
                # اعتقال السلطات للصحافي: the genitive made the arrest, ل names whom
                return Arguments(genitive, done_to)
            return Arguments(actor, genitive)
        return Arguments(actor, _noun_recipient(tokens, trig, after, last))
    actor = _done_by(tokens, after, last)
    if actor:
        rest = [s for s in after if s.first > actor[-1].last]
        return Arguments(actor, _noun_recipient(tokens, trig, rest, actor[-1].last))
    chain = [s for s in after if s.prep is None and s.first == last + 1]
    if chain and trig.type == "ASSAULT" and chain[0].sacred:
        # تفجير مسجد الإمام الصادق: a mosque or a religious body is bombed, it bombs no one
        return Arguments([], _compound(chain[0], after, tokens))
    if not chain and trig.cameo in PATIENT_NOUN_CAMEO:
        # قتل ثلاثة جنود: a passive whose victims are counted, unless a count follows them
        # (قتل أربعة مسلحين 67 شخصا: the killers and their victims)
        victim = _victim(tokens, after, last)
        if victim is not None and _counted(tokens, victim.first) \
                and not _object_ahead(tokens, victim.last):
            return Arguments([], _compound(victim, after, tokens))
    if chain and trig.mode == "visit" and _destination(chain[0]):
        # دعوة لزيارة باكستان، رغبته في زيارة طهران: where the visit goes, not who goes
        return Arguments(_light_verb_subject(tokens, slots, first, start),
                         _compound(chain[0], after, tokens))
    if chain and _meeting_venue(trig, chain[0], after, tokens):
        # اجتماع هاواي، محادثات مسقط: where the meeting is held, not who meets
        after = [s for s in after if s is not chain[0]]
        chain = []
    if chain:
        actor = _compound(chain[0], after, tokens, adjacent=True)
        if _victim_like(tokens, chain[0]) and _undergone(tokens, trig, first, last, actor[-1].last):
            return Arguments([], actor)  # وقتل جندي تركي في هجوم: the passive's subject
    else:
        actor = _light_verb_subject(tokens, slots, first, start)
        prior = [s for s in before if s.prep is None and (
            first - s.last <= 3 or _only_adverbs(tokens, s.last, first, commas=True))]
        if not actor and prior and not _adjunct(tokens, first) \
                and not _venue_subject(tokens, prior[-1]):
            actor = _compound_back(prior[-1], before, tokens)
            if _undergone(tokens, trig, first, last):  # إن جنديا قتل أيضا: a verb, passive
                return Arguments([], actor)
        if not actor and trig.type == "CONSULT" and _adjunct(tokens, first):
            talk = _talk_parties(tokens, slots, first, last, start)
            if talk is not None:
                return talk
    rest = [s for s in after if not actor or s.first > actor[-1].last]
    if chain and trig.cameo in PATIENT_NOUN_CAMEO:  # a bare form read as a verb: وخطف مسلحون
        counted = _counted_object(tokens, rest, actor[-1].last)
        if counted:
            return Arguments(actor, counted)
    if chain and trig.type in DIRECT_OBJECT_TYPES:
        done_to = _lam_object(tokens, after, chain[0], actor[-1].last, last)
        if done_to:  # انتقاد الكنيسة للعالم: the genitive criticises, ل names whom
            return Arguments(actor, done_to)
        obj = _noun_object(tokens, rest, actor[-1].last)
        if obj:
            return Arguments(actor, obj)
    if not chain and actor and _received(tokens, first, start):
        sender = _sender(tokens, rest, last)
        if sender:
            return Arguments(sender, actor)
    return Arguments(actor, _noun_recipient(tokens, trig, rest, last))


def _met_where(tokens: list[Token], trig: Trigger, first: int, last: int, after: list[Slot],
               party: list[Slot]) -> bool:
    """A meeting or visit told right after حيث by a verb in the singular whose only party
    follows it bare, with no second party after (وصل الوزير إلى القاهرة، حيث التقى الرئيس
    المصري): the clause goes on with the subject of the one before, dropped, and the party
    is the one met. A subject of several (حيث التقى الوفدان) or one followed by whom it met
    (حيث التقى الرئيس نظيره، حيث يلتقي الفريق مع) is the verb's own."""
    if trig.type != "CONSULT" or first == 0 or _bare(tokens[first - 1].norm) != WHERE:
        return False
    head = party[0]
    if head.first <= last or head.prep is not None or _several(head) \
            or _subject_in_verb(tokens, first):
        return False
    end = party[-1].last
    if end + 1 < len(tokens):
        norm = tokens[end + 1].norm
        if norm in trig.preps or norm[:1] in trig.preps or not _ends_party(tokens[end + 1]):
            return False  # حيث التقى الوزير نظيره، مع نظيره: a party after him is whom he met
    return not any(s.first > end and (s.prep is None and s.first - end <= 2
                                      or s.prep in trig.preps) for s in after)


def _ends_party(token: Token) -> bool:
    """What may follow the object of a verb and not be a second one: a mark, a preposition,
    a time or a clause joined by و (التقى المصابين وهنأهم)."""
    norm = token.norm
    return token.is_punct or norm[:1] in ("و",) + tuple(PROCLITIC_PREPS) \
        or norm in PREPOSITION_WORDS or _time_word(token)


def _subject_before_where(tokens: list[Token], slots: list[Slot], first: int,
                          start: int) -> list[Slot]:
    """The subject of the clause before حيث: the first party of the sentence that no
    preposition governs and that names no place (the town reached is the object, وصل
    المبعوث طهران), after the complementiser that opens it (قال المتحدث إن الوزير وصل),
    or none, left to the speaker of a statement that holds the act."""
    opening = start
    for k in range(first - 2, start - 1, -1):
        if tokens[k].norm in CLAUSE_OPENERS:
            opening = k + 1
            break
    for slot in slots:
        if opening <= slot.first and slot.last < first - 1 and _subject_before(tokens, slot):
            return _compound(slot, slots, tokens)
    return []


def _subject_before(tokens: list[Token], slot: Slot) -> bool:
    """A party that may be the subject a later verb shares: no preposition governs it, it
    names no place, and no mark sets it off (زيارته، صباح أمس، مستشفى القوات: the place of
    a visit after a time aside is its object)."""
    return slot.prep is None and slot.mention.kind not in PLACE_KINDS \
        and not (slot.first > 0 and tokens[slot.first - 1].is_punct)


def _received(tokens: list[Token], first: int, start: int) -> bool:
    """The event noun is the object of a verb of receiving a few words before it, with no
    break between (تلقى الملك اتصالا هاتفيا، تسلم الرئيس رسالة خطية)."""
    receive = cue_words("receive")
    for v in range(first - 1, max(start, first - LIGHT_VERB_REACH) - 1, -1):
        if is_break(tokens[v]):
            return False
        if _bare(tokens[v].norm) in receive:
            return True
    return False


def _sender(tokens: list[Token], rest: list[Slot], last: int) -> list[Slot]:
    """The party with من after a received noun, past only its adjectives and time (اتصالا
    هاتفيا أمس من الرئيس): who made the call or sent the letter."""
    for slot in rest:
        if slot.first - last > RECIPIENT_REACH or any(
                is_break(tokens[k]) for k in range(last + 1, slot.first)):
            return []
        if slot.prep == "من":
            return _compound(slot, rest, tokens)
    return []


def _venue_subject(tokens: list[Token], slot: Slot) -> bool:
    """A place next to a verb of venue (شهدت بغداد مظاهرات، القاهرة قد شهدت مظاهرات): where
    the act the noun after it names happens, not who does it."""
    if slot.mention.kind not in ("GPE", "LOC"):
        return False
    after = slot.last + 1
    if after < len(tokens) and _bare(tokens[after].norm) == "قد":
        after += 1
    verbs = venue_verbs()
    return any(0 <= v < len(tokens) and not key_set(tokens[v].norm).isdisjoint(verbs)
               for v in (slot.first - 1, after))


def _meeting_venue(trig: Trigger, slot: Slot, after: list[Slot], tokens: list[Token]) -> bool:
    """A town or a capital named alone right after a meeting noun (اجتماع هاواي، محادثات
    مسقط، قمة الرياض) names where the meeting is held, as a talks' venue names them in the
    press; a state (محادثات إيران) or two parties joined (محادثات طهران وواشنطن) still
    meet."""
    if trig.type != "CONSULT" or trig.pos != "noun" or trig.mode is not None:
        return False
    mention = slot.mention
    if mention.kind not in ("GPE", "LOC") or len(_compound(slot, after, tokens)) > 1:
        return False
    if mention.via == "capital":
        return True
    place = mention.actor or ""
    return mention.via == "name" and "_" in place and not place.rsplit("_", 1)[1].isupper()


def _destination(slot: Slot) -> bool:
    """A state, capital or place named by its name (باكستان، طهران، محافظة عدن): after a
    visit noun, where it goes; a nisba (الزيارة الأمريكية) or a title names who goes."""
    mention = slot.mention
    return mention.kind in ("GPE", "LOC") and mention.via in ("name", "capital")


def _controlled(tokens: list[Token], slots: list[Slot], trig: Trigger, first: int, last: int,
                start: int, end: int, after: list[Slot]) -> Arguments | None:
    """The act a verb of will or attempt takes (قرر صدام حسين غزو الكويت، حاولت إسرائيل أن
    تغتال قائد حماس، تمكنت القوات من اقتحام المنطقة): its actor is that verb's subject, and
    the noun after it (the verbal noun's genitive, the verb's object) is whom it hits, not
    who does it. A charge's act is done by the party it addresses (حث الرئيس باكستان على
    اعتقال), a promise's act is done for it (وعدت واشنطن بغداد بتقديم مساعدات). None when no
    such verb governs the trigger, or when the verb after أن agrees with another subject
    (يريد أن تفرض أوروبا عقوبات)."""
    v = controlling_verb(tokens, slots, trig, first, start)
    if v is None:
        return None
    actor = _control_subject(tokens, slots, v, first, start, end)
    role = control_role(tokens[v])
    addressee = _addressee(tokens, slots, actor, first) if role != "control" else []
    if role == "charge":
        if not addressee:
            return None  # وتدعوهم لزيارة: the addressee is a pronoun, read as ever
        actor = addressee
    if trig.pos == "verb":
        return Arguments(actor, _recipient(trig, after, last, tokens) or addressee)
    genitive = [s for s in after if s.prep is None and s.first == last + 1]
    if genitive and trig.type in DIRECT_OBJECT_TYPES:
        return Arguments(actor, _compound(genitive[0], after, tokens))
    rest = [s for s in after if s not in genitive]
    return Arguments(actor, _noun_recipient(tokens, trig, rest, last)
                     or (addressee if role == "promise" else []))


def _addressee(tokens: list[Token], slots: list[Slot], subject: list[Slot],
               first: int) -> list[Slot]:
    """The party a charge or promise addresses: the mention after its subject, before the act
    (طالبت المعارضة الحكومة بالإفراج)."""
    if not subject:
        return []
    rest = [s for s in slots if subject[-1].last < s.first < first and s.prep is None]
    return _compound(rest[0], slots, tokens) if rest else []


def control_role(token: Token) -> str:
    """Who acts in the act the verb of will at ``token`` takes (:data:`CONTROL_ROLES`)."""
    controls = control_verbs()
    return next((controls[key][2] for key in key_set(token.norm) if key in controls), "")


def controlling_verb(tokens: list[Token], slots: list[Slot], trig: Trigger, first: int,
                start: int) -> int | None:
    """The verb of will or attempt whose act the trigger names: right before it, or before
    its subject, with أن before a verb and a preposition or nothing before a verbal noun
    without the article (قرر غزو، قرر الرئيس أن يغزو، وافق على إرسال), also through the
    verbal noun of the light verb the trigger's row names before it (وعد بتقديم المساعدات).
    Between them stand only its subject (and a party it addresses) and time adverbs."""
    if trig.pos != "verb" and _light_noun_before(tokens, trig, first, start):
        first -= 1
    k = first - 1
    if k < start:
        return None
    link = tokens[k].stem if tokens[k].stem in CONTROL_LINKS else _bare(tokens[k].norm)
    if trig.pos == "verb":
        if link not in CONTROL_LINKS or not _bare(tokens[first].norm).startswith(IMPERFECT_HEADS):
            return None
        k -= 1
        needs = "verb"
    elif tokens[first].stem.startswith("ال"):
        return None  # رفض الهجوم، سعى في القمة: a thing named, not an act the subject takes
    elif link in CONTROL_PREPS:
        k -= 1
        needs = "prep"
    elif not PROCLITIC_PREPS.isdisjoint(proclitics(tokens[first])) \
            or tokens[first].norm.startswith("لل"):
        needs = "prep"  # هدد بغزو، خطط لاستهداف، استدعى السفير للاحتجاج
    else:
        needs = "before"
    controls = control_verbs()
    for v in range(k, max(start, k - control_reach()) - 1, -1):
        token = tokens[v]
        control = next((controls[key] for key in key_set(token.norm) if key in controls), None)
        if control is not None:
            window, takes, _ = control
            if k - v > window or not _takes(takes, needs):
                return None
            return v if needs != "verb" or _same_person(token, tokens[first]) else None
        if token.is_punct or not (token.norm in adverb_words()
                                  or any(s.first <= v <= s.last and s.prep is None for s in slots)):
            return None
    return None


def _light_noun_before(tokens: list[Token], trig: Trigger, first: int, start: int) -> bool:
    """The word before an event noun is the verbal noun of a light verb its row names
    (بتقديم المساعدات، بإرسال قوات): the act a verb of will takes is named there."""
    if first - 1 < start:
        return False
    keys = key_set(tokens[first - 1].norm)
    return any(len(words) == 1 and words[0] in keys for words in trig.before)


def _takes(takes: str, needs: str) -> bool:
    """A verb of will that takes its act as ``takes`` says (verb, prep, before) takes one
    shaped as ``needs``: every such verb takes أن, a bare verbal noun only ``before``."""
    return needs == "verb" or takes == "before" or takes == needs


def _same_person(control: Token, verb: Token) -> bool:
    """The verb after أن agrees with the verb of will before it (قررت ... أن تفرض، قرروا أن
    يفرضوا): they share a subject."""
    return _person(control, perfect=True) in ("", _person(verb, perfect=False))


def _person(token: Token, perfect: bool) -> str:
    """Person, gender and number of a verb form, from its affixes: "p" plural or dual, "f"
    feminine (or second person), "m" masculine, "1" first person; "" when unsure."""
    norm = next((key for key in key_set(token.norm)
                 if key in control_verbs() or key in trigger_index()), _bare(token.norm))
    if norm.endswith(("وا", "ون", "ان", "تا")):
        return "p"
    if norm[:1] in VERB_PREFIXES + ("ن",) and not (perfect and norm in control_perfects()):
        return "p" if norm.endswith("ا") else {"ي": "m", "ت": "f", "ن": "1"}[norm[0]]
    if not perfect:
        return ""
    if norm.endswith("ا"):
        return "p"
    return "f" if norm.endswith("ت") else "1" if norm.endswith("نا") else "m"


def _control_subject(tokens: list[Token], slots: list[Slot], v: int, first: int, start: int,
                     end: int) -> list[Slot]:
    """The subject of the verb of will at ``v``: after it (قرر الرئيس غزو), before it in its
    clause (إن الرئيس قرر أن), the party a relative pronoun before it describes (كورتس الذي
    يعتزم زيارة إيران), or the subject a coordinated plural or feminine verb shares with the
    clause before (اجتمعت الحكومة وقررت فرض عقوبات)."""
    subject = next((s for s in slots if v < s.first < first and s.prep is None), None)
    if subject is not None:
        return _compound(subject, slots, tokens)
    relative = _relative_antecedent(tokens, slots, v, start)
    if relative is not None:
        return _compound_back(relative[1], slots, tokens)
    a, _ = clause_bounds(tokens, v, start, end)
    prior = [s for s in slots if a <= s.last < v and _subject_like(tokens, s)]
    if prior:
        return _compound_back(prior[-1], slots, tokens)
    if _coordinated_form(tokens[v]):
        if _subject_in_verb(tokens, v):
            return _shared_subject(slots, a, v)
        if _person(tokens[v], perfect=True) == "f":
            return _shared_subject(slots, a, v, plural=False)
    return []


def _coordinated_form(token: Token) -> bool:
    """A verb that opens its clause with و or ف (وقررت، فحاول)."""
    return token.norm[:1] in ("و", "ف") and _bare(token.norm) in control_verbs()


def _relative_antecedent(tokens: list[Token], slots: list[Slot], first: int,
                         start: int) -> tuple[str, Slot] | None:
    """The relative pronoun opened right before the verb and the party its clause describes
    (ساركوزي الذي استقبله، المسلحين الذين قد خطفوا، الحكومة، التي قررت): the mention that
    ends right before the pronoun, past a comma, and agrees with it. One after في or من names
    a place or an origin (ويب من جزر كايمان الذي), not the party."""
    k = first - 1
    if k > start and _bare(tokens[k].norm) == "قد":
        k -= 1
    if k <= start or tokens[k].norm not in RELATIVES:
        return None
    relative, j = tokens[k].norm, k - 1
    if tokens[j].text in COMMAS:
        j -= 1
    slot = next((s for s in slots if s.last == j), None)
    if slot is None or slot.prep in ("في", "من") or not _agrees(relative, slot.mention):
        return None
    return relative, slot


def _relative_subject(tokens: list[Token], first: int, last: int, start: int,
                      party: list[Slot]) -> bool:
    """The verb opens a relative clause whose pronoun is its subject, so the ``party`` named
    after it is its object, whatever the pronoun stands for (الكاتب الذي هاجم الحكومة،
    الهجوم الذي استهدف السفارة): the verb agrees with the pronoun, and neither the verb, a
    preposition after it, the party nor the word after the party takes the pronoun back
    (التي استهدفها الجيش، التي يطالب بها الدائنون، التي انسحبت قواتها، التي حظرت
    السلطات نشاطها: the party is the subject)."""
    k = first - 1
    if k > start and _bare(tokens[k].norm) == "قد":
        k -= 1
    if k < start or tokens[k].norm not in RELATIVES:
        return False
    relative = tokens[k].norm
    if _object_pronoun_of(tokens[last]) is not None or _resumed(tokens, last) \
            or not _verb_agrees(tokens[first], relative):
        return False
    back = RELATIVE_OBJECTS.get(relative)
    if back is None:
        return True
    end = min(len(tokens), party[-1].last + 2)
    return not any(len(tokens[j].text) > len(back) + 2 and tokens[j].text.endswith(back)
                   for j in range(party[0].first, end))  # the letters: ة is never ه


def _agrees(relative: str, mention: Mention) -> bool:
    """الذي describes one man or a body of masculine name, never a state or a city; التي a
    woman, a state, a body of feminine name or things of several; الذين several people; the
    duals any pair."""
    if relative == RELATIVE_MASCULINE:
        return not mention.plural and mention.gender != "f" and (
            mention.kind != "GPE" or mention.gender == "m")
    if relative == RELATIVE_FEMININE:
        return mention.gender != "m"
    if relative == RELATIVE_PLURAL:
        return mention.plural or mention.kind == "GRP"
    return True


def _relative_arguments(tokens: list[Token], slots: list[Slot], trig: Trigger, args: Arguments,
                        relative: str, antecedent: Slot, first: int, last: int) -> Arguments:
    """A verb right after a relative pronoun has the party the clause describes as its
    object when it carries a pronoun that agrees with the relative (ساركوزي الذي استقبله
    الرئيس التونسي), else as its subject when the verb agrees with it too (هاموند الذي زار
    إسرائيل), or, a deed done to someone with no object after it, as the victim of its
    passive (الجنود الذين قتلوا نتيجة القصف). A pronoun on a preposition right after the verb
    (التي دمرت فيها، التي حظر عليها) takes the relative up: the party is none of the verb's."""
    party = _compound_back(antecedent, slots, tokens)
    pronoun = _object_pronoun_of(tokens[last])
    if pronoun is not None and pronoun == RELATIVE_OBJECTS.get(relative, pronoun):
        return Arguments([s for s in args.actor if s not in party], party)
    if args.actor or _resumed(tokens, last) or not _verb_agrees(tokens[first], relative):
        return args
    if pronoun is None and _passive_deed(tokens, slots, trig, first, last):
        return Arguments([], party)
    return Arguments(party, [s for s in args.recipient if s not in party])


def _object_pronoun_of(token: Token) -> str | None:
    """The object pronoun a trigger verb carries (استقبله: ه، اعتقلتهم: هم), split off by the
    segmenter or left whole on a form of the trigger lexicon; None without one."""
    if _object_pronoun(token):
        return next(seg.norm for seg in token.segments
                    if seg.role == "enclitic" and seg.norm in PRONOUNS)
    index = trigger_index()
    bare = _bare(token.norm)
    if bare in index:
        return None
    return next((p for p in sorted(PRONOUNS, key=len, reverse=True)
                 if bare.endswith(p) and bare[:-len(p)] in index), None)


def _resumed(tokens: list[Token], last: int) -> bool:
    """A preposition with a pronoun right after the verb (فيها، عليه، إليه، به) takes the
    relative pronoun up: the clause describes where or about what, not who acts."""
    if last + 1 >= len(tokens):
        return False
    norm = tokens[last + 1].norm
    return any(word.endswith(p) and word[:-len(p)] in PREPOSITION_WORDS | PROCLITIC_PREPS
               for word in (norm, _bare(norm)) for p in PRONOUNS)


def _verb_agrees(verb: Token, relative: str) -> bool:
    """The verb can have the relative's party as subject: الذي takes no feminine verb
    (منظمة كايج البريطانية الذي دعت), التي no masculine singular one (التي دعا تنظيم داعش)."""
    if relative == RELATIVE_MASCULINE:
        return not _feminine(verb)
    if relative == RELATIVE_FEMININE:
        norm = _bare(verb.norm)
        return _feminine(verb) or norm.endswith(("وا", "ون"))
    return True


def _passive_deed(tokens: list[Token], slots: list[Slot], trig: Trigger, first: int,
                  last: int) -> bool:
    """A perfect verb of a deed done to someone with no object after it (الذين قتلوا نتيجة
    القصف، الذي اعتقل لاحقا): news writes its passive so. A mention or a count right after
    the verb is its object (الذي قتل خمسة من الجنود)."""
    if not _perfect_deed(tokens, trig, first):
        return False
    k = last + 1
    if k >= len(tokens) or tokens[k].is_punct:
        return True
    if tokens[k].norm.isdigit() or tokens[k].norm in cue_words("count_word"):
        return False
    return not any(s.first == k and s.prep is None for s in slots)


def _talk_parties(tokens: list[Token], slots: list[Slot], first: int, last: int,
                  start: int) -> Arguments | None:
    """A call or meeting named in a phrase of the clause (استعرض الوزير، فلان، خلال اتصال
    هاتفي أجراه اليوم، مع نظيره): its parties are whoever مع names after it and the
    clause's subject, named before it past commas. Without a مع, None: the parties are
    those of the clause's own event (حذّر بوتين بايدن في اتصال هاتفي)."""
    partner = next((s for s in slots if last < s.first <= last + TALK_REACH and s.prep == "مع"
                    and _only_call_details(tokens, last, s.first - 1)), None)
    prior = [s for s in slots if start <= s.last < first and s.prep is None
             and first - s.last <= LIGHT_VERB_REACH and not _construct_genitive(tokens, s)]
    if partner is None or not prior:
        return None
    return Arguments(_compound_back(prior[-1], slots, tokens), _compound(partner, slots, tokens))


def _construct_genitive(tokens: list[Token], slot: Slot) -> bool:
    """The mention is the definite genitive of the indefinite noun in ta marbuta right before
    it (في مكافحة التنظيمات الإرهابية): part of a noun phrase, no subject of the clause. An
    indefinite word there is the noun's adjective (عبارة غربية)."""
    k = slot.first - 1
    if k < 0 or tokens[k].is_punct or not tokens[slot.first].stem.startswith("ال"):
        return False
    return ends_with_ta_marbuta(tokens[k].text) and not tokens[k].stem.startswith("ال")


def _only_call_details(tokens: list[Token], i: int, j: int) -> bool:
    """Between a call and the مع of its other party stand only its time, commas and the
    verb that takes it back (اتصال هاتفي أجراه اليوم الجمعة، مع نظيره)."""
    return all(_time_word(tokens[k], commas=True) or _light_verb_with_object(tokens[k].norm)
               for k in range(i + 1, j))


def _noun_object(tokens: list[Token], rest: list[Slot], agent_end: int) -> list[Slot]:
    """A verbal noun's object after its genitive agent (طرد روسيا دبلوماسيين ألمانا، اتهام
    الحكومة المعارضة): the next mention, right after the agent, after a number or after a
    noun of what it holds (قصف الجيش مواقع الحركة)."""
    if not rest or rest[0].prep is not None:
        return []
    obj = rest[0]
    if obj.first == agent_end + 1 or (obj.first == agent_end + 2 and (
            _counted(tokens, obj.first) or _holding(tokens[obj.first - 1]))):
        return _compound(obj, rest, tokens)
    return []


def _holding(token: Token) -> str:
    """What a noun in construct before a party names of it: "thing" it holds (مواقع، مقرات),
    "member" (عناصر، مقاتلي), or "" for any other word."""
    if token.stem.startswith("ال"):
        return ""
    kinds = holding_nouns()
    return next((kinds[key] for key in key_set(token.norm) if key in kinds), "")


@cache
def holding_nouns() -> dict[str, str]:
    """Nouns of what a party holds or is made of (``holding`` cues) -> thing or member."""
    return {c.words[0]: c.value for c in cues().get("holding", ()) if len(c.words) == 1}


def _held(tokens: list[Token], slot: Slot, anchor: int) -> bool:
    """A party in construct right after an event noun's genitive that names a thing it holds
    (بقصف مواقع الحركة، تدمير مقرات الحزب): the party is what the act hits. Members there
    may be who act (هجوم عناصر الحركة)."""
    k = slot.first - 1
    return slot.prep is None and k == anchor + 1 and _holding(tokens[k]) == "thing"


def _before_building(tokens: list[Token], slot: Slot) -> bool:
    """A protest's recipient found only as where it stood (أمام السفارة، أمام ضريح الرئيس):
    a demand or slogan may still name whom it is aimed at."""
    if slot.prep == "امام":
        return True
    k = slot.first - 1
    return slot.prep is None and k > 0 and _governor(tokens, k) == "امام"


def _partitive(tokens: list[Token], slots: list[Slot], actor: list[Slot]) -> list[Slot]:
    """A generic party that a من phrase narrows down (قوات من الشرطة الإسرائيلية، متظاهرون
    من أنصار حزب الله، لاجئ من التبت) is the party it names."""
    if len(actor) != 1 or not actor[0].mention.actor.startswith(GENERIC_PREFIX):
        return actor
    k = actor[0].last + 1
    if k + 1 >= len(tokens) or tokens[k].norm != "من" or _object_pronoun(tokens[k + 1]) \
            or tokens[k + 1].norm in function_words():
        return actor  # من جانبهم، من جهتها: "for their part"
    for slot in slots:
        if slot.first <= k:
            continue
        words = [j for j in range(k + 1, slot.first) if tokens[j].text not in QUOTE_MARKS]
        if len(words) <= 1 and not any(_hard_break(tokens[j]) for j in range(k, slot.first)):
            return _compound(slot, slots, tokens)  # من أنصار «حزب الله»
        break
    return actor


def _done_by(tokens: list[Token], after: list[Slot], last: int) -> list[Slot]:
    """The subject of a light verb that takes the event noun back as a pronoun (ضربة جوية
    نفذها الجيش، تظاهرة نظمتها الحركة، الهجمات التي شنتها القوات): the noun's actor; also
    past one adjective of the noun (هجوم مسلح نفذه نحو 300 من مقاتلي التنظيم)."""
    k = last + 1
    if k < len(tokens) and tokens[k].norm in RELATIVES:
        k += 1
    if k + 1 < len(tokens) and _light_verb_with_object(tokens[k + 1].norm) \
            and _indefinite_adjective(tokens[k]) and not any(s.first <= k for s in after):
        k += 1
    if k >= len(tokens) or not _light_verb_with_object(tokens[k].norm):
        return []
    for slot in after:
        if slot.first <= k:
            continue
        if (slot.prep is None or slot.prep == "من") and _only_counts(tokens, k, slot.first):
            return _compound(slot, after, tokens)
        break
    return []


def _indefinite_adjective(token: Token) -> bool:
    """A word that may be an indefinite adjective (مسلح، انتحاري): no article, punctuation,
    number, preposition or function word."""
    norm = token.norm
    return not (token.is_punct or norm.isdigit() or norm.startswith("ال")
                or _bare(norm) in PREPOSITION_WORDS or norm in function_words())


def _only_counts(tokens: list[Token], i: int, j: int) -> bool:
    """Between a verb and its subject stand only time adverbs, a count (نفذه نحو 300 من
    مقاتلي التنظيم) and the quotation mark that opens a name (شنته «حركة الشباب»)."""
    counts = cue_words("crowd_count")
    return all(tokens[k].norm in counts or tokens[k].norm.isdigit() or tokens[k].norm == "من"
               or tokens[k].norm in adverb_words() or tokens[k].text in QUOTE_MARKS
               for k in range(i + 1, j))


def _light_verb_with_object(norm: str) -> bool:
    """نفذها، شنه، نظمتها: a light verb with a third-person object pronoun."""
    light = support_verbs()
    return any(norm.endswith(p) and norm[:-len(p)] in light for p in PRONOUNS)


def _noun_recipient(tokens: list[Token], trig: Trigger, rest: list[Slot],
                    last: int) -> list[Slot]:
    """The first mention after a noun governed by one of the trigger's prepositions, or a
    state or town with ل after a visit (زيارته الأخيرة لإسرائيل، زيارة الجبير لموسكو): where
    the visit goes. A person with ل there is the visitor (أول زيارة لوزير أميركي)."""
    for slot in rest:
        if slot.first - last > RECIPIENT_REACH:
            break
        if slot.prep in trig.preps or _through_noun(tokens, slot, trig.preps) or \
                trig.mode == "visit" and slot.prep == "ل" and slot.mention.kind == "GPE" or \
                trig.type in COUNTED_OBJECT_TYPES and (
                    _owner(tokens, slot, trig.preps, last, verb=False)
                    or _held(tokens, slot, last)
                    or _partitive_count(tokens, slot, last, reach=NOUN_COUNT_REACH)):
            return _compound(slot, rest, tokens)
    return []


def _nominal(tokens: list[Token], first: int) -> bool:
    """The trigger reads as a noun: a form no verb shares (مقتل، اغتيال), or a bare
    three-letter form (قتل، خطف) that the article or a preposition marks as a noun."""
    tok = tokens[first]
    stem = tok.stem
    if stem.startswith("ال") or len(stem) != 3:
        return True
    if not PROCLITIC_PREPS.isdisjoint(proclitics(tok)):
        return True
    return first > 0 and _bare(tokens[first - 1].norm) in PREPOSITION_WORDS


def _victim(tokens: list[Token], after: list[Slot], last: int) -> Slot | None:
    """The genitive after a noun of what is done to someone: right after it (مقتل جندي),
    after a number (مقتل 15 شخصا، خطف ثلاثة جنود) or one quantity word and من (العشرات من)."""
    for slot in after:
        gap = slot.first - last - 1
        if gap > 2:
            return None
        if any(is_break(tokens[k]) for k in range(last + 1, slot.first)):
            return None
        if gap == 0 and slot.prep is None:
            return slot
        if gap == 1 and slot.prep is None and (tokens[last + 1].norm.isdigit()
                                               or slot.mention.plural
                                               or slot.mention.kind == "GRP"):
            return slot
        if gap == 2 and slot.prep == "من":
            return slot
        return None
    return None


def _lam_object(tokens: list[Token], after: list[Slot], genitive: Slot, end: int,
                last: int) -> list[Slot] | None:
    """Whom a deed's noun with its agent in the genitive was done to: a party with ل right
    after the genitive (اعتقال السلطات الإيرانية للصحافي الأميركي، اعتقال تونس لبعض
    قيادات «فجر ليبيا»), else None. An office's ل names whose office it is (مقتل القائد
    العسكري للتنظيم); a ل word that is no party or count is a purpose (لتبادلهم)."""
    if genitive.first != last + 1 or genitive.mention.via == "title" or end + 1 >= len(tokens):
        return None
    token = tokens[end + 1]
    rest = [s for s in after if s.first > end]
    if rest and rest[0].first == end + 1 and rest[0].prep == "ل":
        return _compound(rest[0], rest, tokens)
    if "ل" in proclitics(token) and _bare(token.norm)[1:] in quantities():
        return []
    return None


def _bare(norm: str) -> str:
    """A word without a leading و or ف."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def _through_noun(tokens: list[Token], slot: Slot, preps: frozenset[str]) -> bool:
    """A mention that is the genitive of a noun governed by one of ``preps``
    (احتجاجا على زيارة بوش، ضد قرار الحكومة); never through في, which names a place."""
    k = slot.first - 1
    if slot.prep is not None or k <= 0 or tokens[k].is_punct or tokens[k].norm.isdigit():
        return False
    if tokens[k].norm in PREPOSITION_WORDS or _bare(tokens[k].norm) in PREPOSITION_WORDS:
        return False
    governor = _governor(tokens, k)
    return governor is not None and governor != "في" and governor in preps  # في شمال العراق


def _subject_in_verb(tokens: list[Token], first: int) -> bool:
    """The verb carries its subject: a plural or dual suffix (خطفوا، يحتجون، اتفقا، التقتا)
    or a pronoun on the complementiser before it (أنها قتلت)."""
    norm = _bare(tokens[first].norm)
    if len(norm) >= 4 and (norm.endswith("وا") or (norm.endswith("ون")
                                                   and norm.startswith(VERB_PREFIXES))):
        return True
    if len(norm) >= 4 and (norm[:-1] in verb_heads() and norm.endswith("ا")
                           or norm[:-2] in verb_heads() and norm.endswith("تا")):
        return True
    return first > 0 and tokens[first - 1].norm in PRONOUN_OPENERS


def _verb_arguments(tokens: list[Token], trig: Trigger, first: int, last: int,
                    after: list[Slot], before: list[Slot]) -> Arguments:
    actor: list[Slot] = []
    # Time between the verb and its subject does not count to the reach (انتقد اليوم
    # (الاثنين) وزير الخارجية).
    cand = [s for s in after if s.first - last <= ACTOR_REACH
            or s is after[0] and _only_adverbs(tokens, last, s.first)]
    if cand and cand[0].prep is None and _object_pronoun_of(tokens[last]) is not None and (
            _only_adverbs(tokens, last, cand[0].first)
            or _construct_head_between(tokens, last, cand[0].first)):
        # عسكريين خطفهم مقاتلو الطوارق: the subject follows, the fronted party is the object.
        actor = _compound(cand[0], after, tokens)
        topic = before[-1] if before and _adjacent_before(before[-1], last) \
            and _clause_initial(tokens, before[-1].first) else None
        recipient = _compound_back(topic, before, tokens) if topic and not topic.prep else []
        return Arguments(actor, recipient)
    if before and before[-1].prep is None and _adjacent_before(before[-1], last) \
            and not (_coordinated(tokens, first) and _subject_in_verb(tokens, first)
                     and not _several(before[-1])):
        actor = _compound_back(before[-1], before, tokens)
        if _undergone(tokens, trig, first, last):
            return Arguments([], actor)
        return Arguments(actor, _recipient(trig, after, last, tokens))
    if _subject_in_verb(tokens, first):
        # خطفوا، ورددوا: a party of several, the nearest such before it in the clause
        prior = [s for s in before if _subject_like(tokens, s)]
        plural = [s for s in prior if _several(s)]
        prior = plural or prior
        actor = _compound_back(prior[-1], before, tokens) if prior else []
        if actor and _undergone(tokens, trig, first, last):
            return Arguments([], actor)
        return Arguments(actor, _recipient(trig, after, last, tokens))
    if cand and trig.mode == "visit" and cand[0].prep is None and cand[0].first == last + 1 \
            and cand[0].mention.kind == "GPE":
        # بعد أن زار واشنطن: a state or capital right after a visit is where, not who
        prior = [s for s in before if _subject_like(tokens, s)]
        actor = _compound_back(prior[-1], before, tokens) if prior else []
        return Arguments(actor, _compound(cand[0], after, tokens))
    if cand and cand[0].prep is None and not _blocked(tokens, last, cand[0].first) and \
            (_subject_follows(tokens, trig, last, cand[0].first)
             or _resumed_subject(tokens, trig, first, last, cand[0])) and \
            not _disagrees(tokens[first], cand[0]):
        actor = _compound(cand[0], after, tokens)
        if _victim_like(tokens, cand[0]) and _undergone(tokens, trig, first, last, actor[-1].last):
            return Arguments([], actor)  # وقتل جندي تركي في هجوم: the passive's subject
        rest = [s for s in after if s.first > actor[-1].last]
        anchor = actor[-1].last
    else:
        prior = [s for s in before if _subject_like(tokens, s)]
        if prior:
            actor = _compound_back(prior[-1], before, tokens)
        rest, anchor = after, last
    return Arguments(actor, _recipient(trig, rest, anchor, tokens, actor[-1] if actor else None))


def _joined_with_object(tokens: list[Token], slots: list[Slot], first: int, last: int,
                        start: int, after: list[Slot]) -> Arguments | None:
    """A verb joined by و or ف that carries its object as a pronoun and has no party right
    after it (التقى الوزير بقادة الأجهزة وطالبهم بتشديد الإجراءات، أثنى المرشح على شومر
    ودعاه إلى) has no subject of its own: the pronoun takes up the nearest party before it
    that agrees with it, and the subject is the party that no preposition governs before
    that one, which it shares with the verb before. None where either is missing."""
    pronoun = _object_pronoun_of(tokens[last])
    if pronoun is None or tokens[first].norm[:1] not in ("و", "ف") \
            or any(s.prep is None and s.first - last <= 2 for s in after):
        return None
    opening = start
    for k in range(first - 1, start - 1, -1):
        norm = _bare(tokens[k].norm)  # وأن بايدن أعرب ... وأيّده: a clause of its own
        if norm in CLAUSE_OPENERS or norm in PRONOUN_OPENERS:
            opening = k + 1
            break
    before = [s for s in slots if opening <= s.first and s.last < first]
    taken = next((s for s in reversed(before)
                  if s.prep != IN and _takes_up(s.mention, PRONOUNS[pronoun])), None)
    if taken is None:
        return None
    taken = _construct_head(tokens, taken, before, PRONOUNS[pronoun])
    subject = next((s for s in reversed(before) if s.last < taken.first
                    and _subject_before(tokens, s)), None)
    if subject is None:
        return None
    return Arguments(_compound_back(subject, before, tokens), _compound_back(taken, before, tokens))


def _takes_up(mention: Mention, pronoun: str) -> bool:
    """Whether an object pronoun can stand for the party: هم and هما for several or a group,
    ه for one man or a body of masculine name, ها for a woman, a state or a body."""
    if pronoun == "p":
        return mention.plural or mention.kind == "GRP"
    return not mention.plural and mention.gender in (None, pronoun) \
        and (pronoun == "f" or mention.kind != "GPE")


def _construct_head(tokens: list[Token], slot: Slot, pool: list[Slot], pronoun: str) -> Slot:
    """The head of a genitive chain of parties (زعماء القبائل): the party right before
    ``slot`` with no preposition or و between them that the pronoun may stand for too,
    back to the first; a verb's subject right before its object (زار الرئيس المتظاهرين)
    is none."""
    head = slot
    for other in reversed(pool):
        if other.last == head.first - 1 and head.prep is None \
                and tokens[head.first].norm[:1] != "و" and _takes_up(other.mention, pronoun):
            head = other
        elif other.last < head.first - 1:
            break
    return head


def _victim_like(tokens: list[Token], slot: Slot) -> bool:
    """A mention of people with no article on its first word (جندي تركي، هشام بركات): how
    news names the victims of an unvowelled passive put after it (قتل جندي في هجوم، اغتيل
    طلال الأردني في مخيم). The doers of a deed it names as a body, a state or with the
    article (قتلت القوات، خطف داعش، اعتقلت الشرطة في بغداد المتهم)."""
    return slot.mention.kind not in ("ORG", "GPE") and not tokens[slot.first].norm.startswith("ال")


def _construct_head_between(tokens: list[Token], verb: int, mention: int) -> bool:
    """One bare noun stands between a verb that carries its object and the party after it:
    the head of the subject the party completes (تحاصرها أطراف المعارضة، دعاه ممثله السيد
    أحمد الصافي). A word with the article, a preposition or a number is no such head."""
    if mention - verb != 2:
        return False
    token = tokens[verb + 1]
    norm = token.norm
    return not token.is_punct and not norm.startswith("ال") and not norm.isdigit() \
        and norm not in PREPOSITION_WORDS and norm not in function_words() \
        and PROCLITIC_PREPS.isdisjoint(proclitics(token)) \
        and trigger_index().keys().isdisjoint(key_set(norm))


def _perfect_deed(tokens: list[Token], trig: Trigger, first: int) -> bool:
    """The trigger is the perfect of a deed done to someone (قتل، خطف، اعتقل), the form news
    writes its unvowelled passive with: no imperfect row, no imperfect prefix on the word."""
    return trig.cameo in PATIENT_NOUN_CAMEO and not trig.imperfect \
        and not _bare(tokens[first].norm).startswith(VERB_PREFIXES)


def _undergone(tokens: list[Token], trig: Trigger, first: int, last: int,
               tail: int | None = None) -> bool:
    """A perfect verb of a deed done to someone (قتل، خطف، اعتقل) after its subject and with
    no object, only a phrase, a time word or a break after it and no count before the
    clause ends, is read as a passive (14 جنديا قتلوا في قصف، إن شرطيا قتل عندما): news
    writes the unvowelled passive so, and the subject before it is the victim, not the
    killer (قتلت القوات 143 شخصا، خطفوا في الهجوم خمسة عمال have objects). ``tail``: the
    last word of a subject put after the verb (قتل جندي تركي في هجوم), whose tail is read
    instead."""
    if not _perfect_deed(tokens, trig, first) or _object_pronoun(tokens[last]):
        return False
    k = (last if tail is None else tail) + 1
    while k < len(tokens) and (tokens[k].norm in adverb_words() or tokens[k].text in QUOTE_MARKS):
        k += 1
    if k >= len(tokens):
        return True
    if tokens[k].is_punct:
        # after a subject that follows the verb a comma may set off more of it (اختطف يوسف،
        # وقاصرون يهود، الطفل): the object may still come
        return tail is None or tokens[k].text not in COMMAS
    token = tokens[k]
    if token.norm in CLAUSE_OPENERS or _coordinated_casualty(tokens, k):
        return True
    if token.norm not in PASSIVE_FOLLOWERS and PROCLITIC_PREPS.isdisjoint(proclitics(token)):
        return False
    if tail is not None and token.norm not in PASSIVE_FOLLOWERS \
            and "ل" in proclitics(token):
        return False  # قتل عناصر الشرطة لأفراد: the killing's agent, then its object
    return not _object_ahead(tokens, k)


def _coordinated_casualty(tokens: list[Token], k: int) -> bool:
    """A verb that counts the wounded or dead joined by و at ``k`` (قتلوا وأصيب آخرون، قتل
    وجرح 18): the deed before it is told of its victims too, so it is a passive. A plural
    one with a word after it other than a phrase takes an object (قتلوا وجرحوا العشرات)."""
    norm = tokens[k].norm
    if norm[0] not in "وف" or key_set(norm).isdisjoint(cue_words("casualty")):
        return False
    if not norm.endswith("وا") or k + 1 >= len(tokens) or tokens[k + 1].is_punct:
        return True
    after = tokens[k + 1]
    return after.norm in PASSIVE_FOLLOWERS or not PROCLITIC_PREPS.isdisjoint(proclitics(after))


def _object_ahead(tokens: list[Token], k: int) -> bool:
    """A count follows in the clause, past the phrase at ``k`` (خطفوا في الهجوم خمسة
    عمال): the verb's object, put after an adjunct. A mention there is no sign of one: it
    is as often an adjective of the phrase's noun (في قصف للمناطق الباكستانية)."""
    counts = cue_words("count_word")
    for j in range(k + 1, min(len(tokens), k + OBJECT_REACH)):
        token = tokens[j]
        if _hard_break(token) or token.norm in CLAUSE_OPENERS:
            return False
        if token.norm.isdigit() or token.norm in counts:
            return True
    return False


def _casualties(tokens: list[Token], slots: list[Slot], first: int, start: int) -> list[Slot]:
    """Those a casualty verb before an attack noun counts (لقي 26 شخصا بينهم ستة جنود
    عراقيين حتفهم في هجوم انتحاري، سقط عشرات العراقيين بانفجار): its victims, the first
    mention after the verb that has a country of its own or is a group."""
    casualty = cue_words("casualty")
    v = next((k for k in range(first - 1, max(start, first - CASUALTY_REACH) - 1, -1)
              if not key_set(tokens[k].norm).isdisjoint(casualty)), None)
    if v is None:
        return []
    victims = [s for s in slots if v < s.first < first and s.prep in (None, "من")]
    return _compound(victims[0], slots, tokens) if victims else []


def _subject_follows(tokens: list[Token], trig: Trigger, last: int, first: int) -> bool:
    """Only time adverbs or ب with a pronoun stand between a verb and its subject, or, for
    an act with no object, a crowd's size (اعتصم عشرات المواطنين): after قتل or استقبل a
    count is the object (قتل عشرات المسلحين، استقبل مئات المقاتلين)."""
    if all(_time_word(tokens[k]) or tokens[k].text in QUOTE_MARKS or _fronted_complement(tokens[k])
           for k in range(last + 1, first)):
        return True
    return (trig.type not in DIRECT_OBJECT_TYPES or _storms(tokens[last])) and all(
        tokens[k].norm in quantities() or tokens[k].norm.isdigit() for k in range(last + 1, first))


def _storms(verb: Token) -> bool:
    """A verb of storming a place (اقتحم مئات الطلاب مجمع الوزارة): the people counted
    after it stormed, they are not its object."""
    return any(key in cue_words("storm") for key, _, _ in word_keys(verb.norm))


def _resumed_subject(tokens: list[Token], trig: Trigger, first: int, last: int,
                     slot: Slot) -> bool:
    """Only في or خلال with the pronoun of a noun before (بيانا دعت فيه «أوبك» المنتجين،
    مؤتمرا أشاد خلاله الرئيس بالجيش) stands between a verb and a party of its gender: the
    party is the verb's subject. One of the other gender is its object (بيانا دعا فيه
    الجالية، هاجم فيها روسيا), and after a meeting verb a party is as often the one met
    (زيارة التقى خلالها الرئيس)."""
    if slot.first < last + 2 or trig.type == "CONSULT" or not all(
            tokens[k].text in QUOTE_MARKS for k in range(last + 2, slot.first)):
        return False
    norm = tokens[last + 1].norm
    if not any(norm.startswith(prep) and norm[len(prep):] in PRONOUNS
               for prep in RESUMING_PREPS):
        return False
    mention = slot.mention
    if _feminine(tokens[first]):
        return mention.plural or mention.gender != "m"  # a state or a body named as such
    return mention.gender == "m"


def _fronted_complement(token: Token) -> bool:
    """ب with a pronoun (به، بها، بهم): what a verb of ب asks, praises or condemns, put as a
    pronoun before the subject (التي يطالب بها الدائنون، مما طالبت به النيابة، أشاد به
    الرئيس), which still follows; a party after فيه or خلالها is as often the object
    (بيانا دعا فيه الحكومة، زيارة التقى خلالها الرئيس)."""
    norm = token.norm
    return norm[:1] == "ب" and norm[1:] in PRONOUNS


def _subject_like(tokens: list[Token], slot: Slot) -> bool:
    """A mention that may be a subject: governed by no preposition, or by the من of a
    quantity (العشرات من مستوطني براخة هاجموا)."""
    if slot.prep is None:
        return True
    return slot.prep == "من" and slot.first >= 2 and tokens[slot.first - 2].norm in quantities()


@cache
def quantities() -> frozenset[str]:
    return cue_words("quantity") | cue_words("crowd_count") | cue_words("count_word")


def _kana_subject(tokens: list[Token], slots: list[Slot], first: int, start: int) -> list[Slot]:
    """The subject of كان ... قد + verb (وكانت «كتائب القسام»، الجناح العسكري لحماس، قد
    أطلقت): the first mention after كان, past any apposition."""
    if first == 0 or _bare(tokens[first - 1].norm) != "قد":
        return []
    for k in range(first - 2, max(start, first - KANA_REACH) - 1, -1):
        if _bare(tokens[k].norm) in KANA:
            subject = [s for s in slots if k < s.first < first - 1 and _subject_like(tokens, s)]
            return _compound(subject[0], slots, tokens) if subject else []
    return []


def _disagrees(verb: Token, slot: Slot) -> bool:
    """A feminine verb cannot have one man as its subject (وتستدعي السفير الروسي): he is
    its object."""
    mention = slot.mention
    return (mention.gender == "m" and not mention.plural and mention.kind == "PER"
            and _feminine(verb))


def _feminine(verb: Token) -> bool:
    forms = feminine_verb_forms()
    return any(key in forms for key, _, _ in word_keys(verb.norm))


def _several(slot: Slot) -> bool:
    """A party of several people: a plural mention or a group."""
    return slot.mention.plural or slot.mention.kind == "GRP"


def _coordinated(tokens: list[Token], first: int) -> bool:
    """The verb opens a clause with و or ف (وأكدا ...، واتفقا على)."""
    norm = tokens[first].norm
    return norm[:1] in ("و", "ف") and _bare(norm) in verb_heads()


def _shared_subject(slots: list[Slot], clause_start: int, first: int,
                    plural: bool = True) -> list[Slot]:
    """A plural or dual verb coordinated with the clause before it (إن الوزيرين أكدا ...،
    واتفقا على ...) shares its subject: the last plural mention before the clause that no
    preposition governs. A feminine one (برلين ترد على موسكو.. وتستدعي السفير) shares
    the last such mention that is not one man."""
    prior = [s for s in slots if s.last < clause_start and s.prep is None and (
        s.mention.plural if plural else not (s.mention.gender == "m" and s.mention.kind == "PER"))]
    return [prior[-1]] if prior else []


def _adjunct(tokens: list[Token], first: int) -> bool:
    """An event noun in a prepositional phrase (في اتصال هاتفي) has no subject before it."""
    if first == 0 or tokens[first - 1].is_punct:
        return False
    prev = tokens[first - 1].norm
    return prev in PREPOSITION_WORDS or prev[1:] in PREPOSITION_WORDS


def _open_before(tokens: list[Token], slots: list[Slot], first: int) -> bool:
    """The noun is the light verb's object only when no other noun governs it (بنتائج ...)."""
    if first == 0:
        return False
    prev = tokens[first - 1]
    if prev.is_punct or prev.norm.isdigit() or _adjunct(tokens, first):
        return True
    if prev.norm in adverb_words() or any(s.first <= first - 1 <= s.last for s in slots):
        return True
    return _adjective_after(prev, slots, first - 1) or _elative_head(tokens, first) \
        or prev.norm in letter_words()


@cache
def letter_words() -> frozenset[str]:
    """One-word names of a letter (برقية، رسالة) from ``channels.tsv``: in construct with an
    event noun (بعث، اليوم، برقية تهنئة) the letter carries it, and the verb that sends the
    letter sends the noun."""
    return frozenset(phrase[0] for channel in channels() if channel.name == "letter"
                     for phrase in channel.phrases if len(phrase) == 1)


def _elative_head(tokens: list[Token], first: int) -> bool:
    """An elative in construct with the definite noun after a light verb's preposition (عبر
    عن أصدق التهاني، أعرب عن أحر التعازي): it grades the noun, which is still the verb's.
    An elative has the pattern أفعل: four letters, the first an alif."""
    if first < 2 or not tokens[first].norm.startswith("ال"):
        return False
    elative, prep = tokens[first - 1].norm, _bare(tokens[first - 2].norm)
    return len(elative) == 4 and elative[0] == "ا" and prep in LIGHT_VERB_PREPS


def _adjective_after(token: Token, slots: list[Slot], k: int) -> bool:
    """A definite adjective right after a mention (تنظيم داعش الإرهابي، القوات الحكومية):
    it belongs to the mention's noun phrase."""
    norm = token.norm
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) \
        and any(s.last == k - 1 for s in slots)


def _clause_initial(tokens: list[Token], first: int) -> bool:
    """A mention that opens its clause (بأن عسكريين ... خطفهم): fronted, a topic."""
    return first == 0 or tokens[first - 1].is_punct or tokens[first - 1].norm in CLAUSE_OPENERS


def _object_pronoun(token: Token) -> bool:
    """A verb that carries its object as a pronoun (قتلهم، هاجمها), not one whose own
    letters end like a pronoun (اتهم)."""
    return _bare(token.norm) not in trigger_index() and any(
        seg.role == "enclitic" and seg.norm in PRONOUNS for seg in token.segments)


def _adjacent_before(slot: Slot, last: int) -> bool:
    """Subject-verb order: the mention ends right before the verb (بايدن حثّ روسيا)."""
    return slot.last == last - 1


def _light_verb_subject(tokens: list[Token], slots: list[Slot], first: int,
                        start: int, acting: bool = False) -> list[Slot]:
    """The subject of a light verb before an event noun (عقد الرئيسان ... قمة).

    ``acting``: the noun names a deed done to someone (مقتل، خطف), so only a verb of doing
    (قام، نفذ) gives its agent; whoever announces the killing (أعلن الجيش مقتل) did not.
    """
    if not _open_before(tokens, slots, first):
        return []
    for v in range(first - 1, max(start, first - LIGHT_VERB_REACH) - 1, -1):
        if tokens[v].norm in COMPLEMENTISERS:
            return []  # أعلنت الشرطة أن مسلحين قتلوا ... في هجوم: the noun is in the content
        if _light_reach(tokens[v]) < first - v:
            continue
        if acting and _bare(tokens[v].norm) in reporting_verbs():
            return []
        if not _carries(tokens, slots, v, first):
            return []
        after = [s for s in slots if v < s.first < first and (
            s.prep is None or s.first == v + 1 and s.prep == _bare(tokens[v].norm))]
        if after:  # وعبر الرئيس عن: the verb's letters spell a preposition too (عبر)
            return _compound(after[0], slots, tokens)
        prior = [s for s in slots if s.last < v and s.prep is None and v - s.last <= 3
                 and not any(is_break(tokens[k]) for k in range(s.last + 1, v))]
        return _compound_back(prior[-1], slots, tokens) if prior else []
    return []


def _light_reach(token: Token) -> int:
    """How far before its event noun a light verb may stand (0 for other words); also one of
    two letters after و or ف (وشن), which the keys of a word keep whole. A word with a
    preposition and the article on it is no verb (بالقناة is not ألقى)."""
    return _light_reach_of(token.norm)


@lru_cache(maxsize=50_000)
def _light_reach_of(norm: str) -> int:
    """:func:`_light_reach` of a normalised form: the subject search asks it of every word
    before an event noun, and the answer depends on the form alone."""
    bare = _bare(norm)
    if bare.startswith(DEFINITE_WITH_PREP):
        return 0
    reach = support_verb_reach()
    keys = key_set(norm)
    return max((reach.get(key, 0) for key in (*keys, bare) if key in keys or len(bare) == 2),
               default=0)


def _carries(tokens: list[Token], slots: list[Slot], v: int, first: int) -> bool:
    """Whether the light verb at ``v`` governs the prepositional phrase of the noun at
    ``first`` (شارك المئات في تظاهرة، أعلنت الوزارة عن مساعدات، قام مسلحون بخطف).

    A new phrase after a comma is not the verb's, unless it opens with a preposition light
    verbs take (في، عن، إلى). A definite noun that is its own object, right before the
    preposition, takes the phrase instead (يجري التحقيق في الهجوم). A phrase of time (خلال،
    بعد، قبل) belongs to the light verb only when nothing but its subject and time adverbs
    stand between (not: تنفذ ضربات ... بعد انسحاب). A noun that is the verb's object (عقد
    الرئيسان ... قمة) is not checked.
    """
    prep = first - 1 if _adjunct(tokens, first) else first
    if prep == first and not _governor(tokens, first):
        return True
    if _object_pronoun(tokens[first]):
        return True  # بعد استهدافه: the pronoun points back to the verb's subject
    word = _bare(tokens[prep].norm) if prep < first else ""
    if word and word not in LIGHT_VERB_PREPS and any(
            is_break(tokens[k]) for k in range(v + 1, prep)):
        return False  # شاركت فيها القوات، ردا على هجوم: a new phrase after the comma
    if word in TIME_PREPS:
        adverbs = adverb_words()
        return all(tokens[k].norm in adverbs or tokens[k].norm.isdigit() or tokens[k].is_punct
                   or any(s.first <= k <= s.last for s in slots) for k in range(v + 1, prep))
    k = prep - 1
    own_object = k == v + 1 and tokens[k].norm.startswith("ال") and not any(
        s.first <= k <= s.last for s in slots)
    return not own_object


def _only_adverbs(tokens: list[Token], i: int, j: int, commas: bool = False) -> bool:
    """Between a verb and its subject stand only time adverbs (أعلنت اليوم الجمعة وزارة);
    ``commas``: also the commas that set them off (استدعت الوزارة، الجمعة، السفير)."""
    return all(_time_word(tokens[k], commas) or tokens[k].text in QUOTE_MARKS
               for k in range(i + 1, j))


def _time_word(token: Token, commas: bool = False) -> bool:
    """A time adverb or a number (اليوم، الجمعة، 19), or a bracket round the day after one
    (اليوم (الاثنين)); with ``commas``, also a comma. A bracket round anything else leaves
    a word that is no time inside, so the span is still not all time."""
    return (token.norm in adverb_words() or token.norm.isdigit()
            or token.text in TIME_BRACKETS or (commas and token.text in COMMAS))


def _hard_break(token: Token) -> bool:
    """A clause break other than a quotation mark, which may only wrap a name (اجتاح «داعش»)."""
    return is_break(token) and token.text not in QUOTE_MARKS


def _blocked(tokens: list[Token], i: int, j: int) -> bool:
    """A break or a preposition between a verb and a mention: no subject there. Time
    alone, its day in brackets too (أعلنت اليوم (الاثنين) وزارة), blocks nothing."""
    if _only_adverbs(tokens, i, j):
        return False
    for k in range(i + 1, j):
        norm = tokens[k].norm
        if _hard_break(tokens[k]) or norm in PREPOSITION_WORDS or norm[1:] in PREPOSITION_WORDS:
            return True
    return False


def _recipient(trig: Trigger, rest: list[Slot], after: int, tokens: list[Token],
               subject: Slot | None = None) -> list[Slot]:
    for slot in rest:
        if slot.first - after > RECIPIENT_REACH:
            break
        if slot.prep is None and trig.type in DIRECT_OBJECT_TYPES and (
                slot.first - after <= 2 and not _genitive_of_title(tokens, subject, after, slot)
                or _only_adverbs(tokens, after, slot.first, commas=True)
                or _past_place_and_time(tokens, after, slot.first)
                or trig.type in COUNTED_OBJECT_TYPES and _counted(tokens, slot.first)):
            return _compound(slot, rest, tokens)
        if slot.prep is not None and slot.prep in trig.preps \
                and not _in_place_phrase(tokens, after, slot):
            return _compound(slot, rest, tokens)
        if trig.type in COUNTED_OBJECT_TYPES and _partitive_count(tokens, slot, after):
            return _compound(slot, rest, tokens)
        if _through_noun(tokens, slot, trig.preps):
            return _compound(slot, rest, tokens)
        if trig.type in COUNTED_OBJECT_TYPES and _owner(tokens, slot, trig.preps, after):
            return _compound(slot, rest, tokens)
    return []


def _past_place_and_time(tokens: list[Token], after: int, k: int) -> bool:
    """Between the verb and its subject and the mention at ``k`` stand a phrase with في and
    a time right before the mention (استقبل الرئيس في القاهرة أمس وزير الخارجية، التقى في
    مكتبه بالرياض اليوم سفير اليابان): the place and time are the verb's, the mention its
    object. A time word takes no party as its genitive, so the mention starts a new part."""
    j = k
    while j > after + 1 and _time_word(tokens[j - 1]):
        j -= 1
    if j == k or j - after - 1 > PLACE_PHRASE or tokens[after + 1].norm != IN:
        return False
    return not any(_hard_break(tokens[m]) or tokens[m].text in COMMAS for m in range(after + 1, j))


def _in_place_phrase(tokens: list[Token], after: int, slot: Slot) -> bool:
    """A state or town with a preposition inside the phrase with في right after the verb and
    its subject (التقى في مكتبه بالرياض): where the act is, not whom it is with."""
    return slot.mention.kind == "GPE" and tokens[after + 1].norm == IN \
        and slot.first - after <= PLACE_PHRASE and not any(
            _hard_break(tokens[m]) or tokens[m].text in COMMAS for m in range(after + 1, slot.first))


def _owner(tokens: list[Token], slot: Slot, preps: frozenset[str], anchor: int,
           verb: bool = True) -> bool:
    """A mention with ل after the thing a material act hits, its object right after the verb
    and subject or the noun a preposition of the act governs (هاجم مسلحون مقرا للشرطة، شن
    هجوما على مواقع تابعة للتنظيم): the owner is whom the act hits. A لـ right after an
    event noun is not checked: it is the attack's own (غارات للطيران)."""
    k = slot.first - 1
    if slot.prep is None and k > anchor + 1 and tokens[k].text in QUOTE_MARKS \
            and tokens[k - 1].norm == "ل":
        k -= 2  # مواقع لـ«جبهة النصرة»: the clitic written apart, before the quotation mark
    elif slot.prep != "ل" or k <= anchor:
        return False
    if tokens[k].norm in cue_words("belonging"):
        k -= 1
    token = tokens[k]
    if k <= anchor or token.is_punct or token.norm.isdigit() or _bare(token.norm) in \
            PREPOSITION_WORDS or token.norm in function_words():
        return False
    governor = _governor(tokens, k)
    if verb and k == anchor + 1 and governor is None:
        return True
    return governor is not None and governor != "في" and governor in preps


def _genitive_of_title(tokens: list[Token], subject: Slot | None, after: int,
                       slot: Slot) -> bool:
    """A mention after an office standing in apposition to the subject is the office's
    genitive, not the verb's object (حثت فلانة، مديرة قسم الشرق الأوسط، ...)."""
    return subject is not None and subject.office_last and subject.last == after and not \
        _only_adverbs(tokens, after, slot.first, commas=True)


def _compound(slot: Slot, pool: list[Slot], tokens: list[Token],
              adjacent: bool = False) -> list[Slot]:
    """The mention and those joined to it by و (روسيا والصين), or, after a noun, the
    nisba adjectives that follow one another (المحادثات الروسية الأميركية)."""
    out = [slot]
    for other in pool:
        if other.first <= out[-1].last:
            continue
        joined = any(seg.norm == "و" for seg in tokens[other.first].segments)
        if other.first == out[-1].last + 1 and (joined or adjacent and other.prep is None
                                                and other.mention.via == "nisba"):
            out.append(other)
        elif other.first == out[-1].last + 2 and _joined_head(tokens[other.first - 1], other):
            out.append(other)
        else:
            break
    return out


def _joined_head(head: Token, slot: Slot) -> bool:
    """A noun joined by و that the nisba adjective of ``slot`` agrees with (أربعة أوروبيين
    وطيارين كينيين، مواقع سورية ودوريات عراقية): the party the adjective names is joined too.
    Agreement keeps out a verb (وقال) before a party named another way."""
    if slot.prep is not None or slot.mention.via != "nisba" or not head.text.startswith("و") \
            or len(head.norm) < 4:
        return False
    adjective = normalize_word(slot.mention.text.split()[0])
    return any(head.norm.endswith(h) and adjective.endswith(a) for h, a in NISBA_AGREEMENT)


def _compound_back(slot: Slot, pool: list[Slot], tokens: list[Token]) -> list[Slot]:
    out = [slot]
    for other in reversed(pool):
        if other.last >= out[0].first:
            continue
        if out[0].first == other.last + 1 and any(seg.norm == "و" for seg in
                                                   tokens[out[0].first].segments):
            out.insert(0, other)
        else:
            break
    return out


def _counted(tokens: list[Token], first: int) -> bool:
    """A mention right after a number (خمسة بريطانيين، 15 جنديا; the number words are the
    ``count_word`` cues): a counted object."""
    prev = tokens[first - 1] if first > 0 else None
    return prev is not None and (prev.norm.isdigit() or prev.norm in cue_words("count_word"))


def _partitive_count(tokens: list[Token], slot: Slot, anchor: int,
                     reach: int = RECIPIENT_REACH) -> bool:
    """A party after the من of a count that stands after ``anchor`` (the event or its
    actor), with at most one noun of members on either side of the من (قتل 1800 من
    المدنيين، خطفت الجبهة ثمانية عناصر من «الفرقة 30»، اعتقلت الشرطة عشرات من أنصار
    الحزب): those counted are its own. ``reach``: how far after the anchor the count may
    stand (after an event noun, right after it or its genitive: مقتل الانتحاري وإصابة اثنين
    من رجال الأمن counts the wounded, not the dead)."""
    k = slot.first - 1
    if slot.last + 1 < len(tokens) and _counted(tokens, slot.last + 2):
        return False  # قتل أربعة مسلحين من حركة الشباب 67 شخصا: they are the subject
    if k > 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if slot.prep is None and k > 0 and _member_noun(tokens[k]):
        k -= 1  # من أنصار الحزب
    elif slot.prep != "من":
        return False
    if k < 1 or tokens[k].norm != "من":
        return False
    for j in (k - 1, k - 2):
        norm = tokens[j].norm if anchor < j <= anchor + reach else ""
        if norm.isdigit() or norm in quantities():
            return True
        if j <= anchor or not _member_noun(tokens[j]):
            return False
    return False


def _member_noun(token: Token) -> bool:
    """A word that may name the members counted (عناصر، أنصار، أفراد): no punctuation,
    number, preposition or function word."""
    norm = token.norm
    return not (token.is_punct or norm.isdigit() or norm in PREPOSITION_WORDS
                or norm in function_words())


def _counted_object(tokens: list[Token], rest: list[Slot], after: int) -> list[Slot]:
    """The counted object of a verb after its subject, also past a participial clause
    (خطف مسلحون يرتدون زي الشرطة خمسة بريطانيين)."""
    for slot in rest:
        if slot.first - after > RECIPIENT_REACH:
            break
        if slot.prep is None and _counted(tokens, slot.first):
            return _compound(slot, rest, tokens)
    return []


def _repelled(tokens: list[Token], first: int, start: int) -> bool:
    """Whether the attack noun at ``first`` is the object of a verb of repelling (صد هجوما،
    لصد الهجمات): its subject is the side attacked, not the attacker."""
    if first - 1 < start:
        return False
    token = tokens[first - 1]
    repel = cue_words("repel")
    return token.norm in repel or token.stem in repel


def _undergoer(tokens: list[Token], slots: list[Slot], first: int, start: int) -> list[Slot]:
    """Who underwent an attack named by a noun with ل (تعرّض الموكب لهجوم، تعرّض السيستاني
    لمحاولة اغتيال): the subject of the verb, after it or right before it."""
    lam = next((k for k in (first, first - 1) if k >= start and "ل" in proclitics(tokens[k])),
               None)
    if lam is None:
        return []
    undergo = cue_words("undergo")
    for v in range(lam - 1, max(start, lam - 8) - 1, -1):
        if is_break(tokens[v]):
            return []
        if tokens[v].stem not in undergo:
            continue
        between = [s for s in slots if v < s.first and s.last < lam and s.prep is None]
        if between:
            return _compound(between[0], slots, tokens)
        prior = [s for s in slots if s.last < v and s.prep is None and v - s.last <= 1]
        return _compound_back(prior[-1], slots, tokens) if prior else []
    return []


@cache
def aim_words() -> dict[str, bool]:
    """Cause, demand and slogan words of a protest, and whether each takes a direct object."""
    return {c.words[0]: c.value == "object" for c in cues().get("protest_aim", ())
            if len(c.words) == 1}


def _aim(tokens: list[Token], slots: list[Slot], first: int, last: int, start: int,
         end: int, actor: list[Slot]) -> list[Slot]:
    """Whom a protest is aimed at, from the nearest cause phrase, demand or slogan in the
    sentence: after the protest (تظاهروا ... احتجاجا على زيارة بوش) or opening it."""
    words = aim_words()
    order = list(range(last + 1, min(end, last + 1 + AIM_REACH)))
    order += range(first - 1, max(start, first - AIM_BACK) - 1, -1)
    for k in order:
        direct = words.get(tokens[k].stem)
        if direct is None:
            continue
        found = _aimed(tokens, slots, k, end, direct, first, actor)
        if found:
            return found
    return []


def _aimed(tokens: list[Token], slots: list[Slot], k: int, end: int, direct: bool,
           first: int, actor: list[Slot]) -> list[Slot]:
    """The party an aim word at ``k`` names: its object, a mention it governs through a
    preposition or one noun (على زيارة بوش), or the antecedent of a pronoun (على زيارته)."""
    pool = [s for s in slots if s.first > k and s not in actor]
    for slot in pool:
        if slot.first - k > 3 or any(is_break(tokens[j]) for j in range(k + 1, slot.first)):
            break
        if direct and slot.first == k + 1 and slot.prep is None:
            return _compound(slot, pool, tokens)
        if slot.prep in AIM_PREPS and not any(_deed(tokens[j]) for j in range(k + 1, slot.first)) \
                or _through_noun(tokens, slot, AIM_PREPS) and not _deed(tokens[slot.first - 1]):
            return _compound(slot, pool, tokens)  # not: تنديدا بالقبض على النشطاء
        break
    for j in range(k + 1, min(end, k + 3)):
        if is_break(tokens[j]) or any(s.first <= j <= s.last for s in slots):
            return []
        gov = _governor(tokens, j)
        pronoun = next((PRONOUNS[seg.norm] for seg in tokens[j].segments
                        if seg.role == "enclitic" and seg.norm in PRONOUNS), None)
        if pronoun is not None and not direct and (gov in AIM_PREPS or j > k + 1):
            return _antecedent(slots, first, pronoun, actor)
        if gov not in AIM_PREPS and tokens[j].norm not in PREPOSITION_WORDS:
            return []
    return []


def _deed(token: Token) -> bool:
    """A noun of what is done to someone (اعتقال، سجن، قتل): its genitive is the victim,
    not whom a protest against it is aimed at (تنديدا باعتقال الناشطين)."""
    return any(t.type in COUNTED_OBJECT_TYPES for key in key_set(token.stem)
               for t in trigger_index().get(key, ()))


def _antecedent(slots: list[Slot], first: int, pronoun: str, actor: list[Slot]) -> list[Slot]:
    """The nearest party named before the protest that agrees with the pronoun: a country
    or city is feminine (زيارتها), never the ه of a man's visit (زيارته); a place after a
    preposition (وصل إلى القاهرة) is where, not who."""
    for slot in reversed([s for s in slots if s.last < first and s not in actor
                          and s.prep is None]):
        mention = slot.mention
        if pronoun == "p":
            if mention.plural or mention.kind == "GRP":
                return [slot]
            continue
        if mention.plural or mention.gender not in (None, pronoun):
            continue
        if pronoun == "m" and mention.kind == "GPE":
            continue
        return [slot]
    return []
