"""From trigger matches to coded events: the rules that need the whole sentence or document.

- A warning (حذّر) is a THREATEN event only when it names the act it threatens; that act,
  unless it is the hypothetical antecedent of a condition, becomes the threat's mode and
  CAMEO code (حذّر من قطع العلاقات = THREATEN relations, 1313) and no event of its own.
- A material act reported as a mere possibility or consequence inside somebody's statement
  (قد يؤدي إلى قطع العلاقات) is that speaker's threat.
- A threat with no recipient in its own clause is aimed at whom the act it threatens hits
  (هددت إيران بأن تهاجم إسرائيل = a threat against Israel), else at the actor of its
  condition (سنردّ في حال قيام روسيا بغزو = a threat against Russia).
- Events inside a statement's content are linked to it; verbal events with no actor of their
  own take its speaker, and its addressee as recipient.
- A noun event with no participants (في اتصال هاتفي) takes those of the verb event of its
  sentence.
- Date and place come from :mod:`khabar.dates` and :mod:`khabar.places` when installed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache
from importlib import import_module

from khabar.actors.find import is_sports_report
from khabar.actors.gazetteer import org_heads
from khabar.events.arguments import (
    COMPLEMENTISERS,
    GENERIC_PREFIX,
    PREPOSITION_WORDS,
    PRONOUN_OPENERS,
    Slot,
    clause_bounds,
    control_role,
    controlling_verb,
    fight_reach,
    find_arguments,
    mention_slots,
)
from khabar.events.lexicon import (
    Trigger,
    cameo_table,
    cue_words,
    cues,
    key_set,
    trigger_index,
    word_keys,
)
from khabar.events.match import Match, find_matches, phrase_within
from khabar.events.modality import Modality, condition_spans, is_break, modality
from khabar.events.occurrence import unreported
from khabar.model import Document, Event, EventDate, Place, Statement, Token
from khabar.statements.lexicon import is_press
from khabar.text.normalize import normalize_word
from khabar.text.records import build
from khabar.text.tokens import proclitics

MATERIAL_CONFLICT = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})
# A complementiser that takes a noun after it, not a pronoun on it (أن الموقوف، not أنه).
NOUN_COMPLEMENTISERS = COMPLEMENTISERS - PRONOUN_OPENERS
# The auxiliary of the passive before a verbal noun (تم اعتقال، وسيتم رفض): the act has no
# subject in the clause.
PASSIVE_AUXILIARIES = frozenset(normalize_word(w) for w in (
    "تم", "تمت", "يتم", "تتم", "سيتم", "ستتم"))
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
ADDRESSED = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "CONSULT"})
THREAT_OF = {"161": "1313", "160": "1313", "164": "134", "165": "135", "166": "136",
             "162": "1311", "1621": "1311", "1622": "1311", "163": "1312", "172": "132",
             "1723": "1323", "1724": "1324", "173": "1321"}
THREAT_ACT_GAP = 6  # هدد (the subject, three words) بأن | يهاجم
DEMAND_GAP = 3  # دعت (اليوم) (مجددا) إلى انسحاب: words besides the parties named
CONSEQUENCE_REACH = 12  # from the conditional act to the future verb of its consequence
THREAT_BY_TYPE = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "130", "SANCTION": "131"}
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB",
                               "INS", "IGO"})
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "JUD", "MED", "HRI", "NGO"})
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "SPY"})  # the state acting through its bodies
SECURITY_SECTORS = frozenset({"MIL", "COP"})  # those who police a crowd
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "REF"})  # those who march, strike and sit in
CROWD_GOVERNORS = frozenset({None, normalize_word("من")})  # a subject, or partitive من
CROWD_REACH = 25  # words from a protest to the crowd that staged it (الهدف من المظاهرة ...)
VISIT_CAMEO = frozenset({"042", "043"})
PLACE_KINDS = frozenset({"LOC", "GPE"})
RESULT_PREPOSITIONS = frozenset(normalize_word(w) for w in ("إلى", "الى", "عن"))
CONSEQUENCE_WORDS = 4  # أسفرت (the attack, two words) عن | مقتل
FIGHT_PREPOSITIONS = frozenset(normalize_word(w) for w in ("في", "خلال", "أثناء"))
NAME_PARTICLE_WORDS = frozenset(normalize_word(w) for w in ("أبو", "أبي", "بن"))
CHANNEL_PREPS = frozenset(normalize_word(w) for w in ("في", "خلال", "عبر"))  # قال في اتصال هاتفي
FIGHT_VICTIM_REACH = 15  # قتل (count, victims, time ...) في | اشتباكات مع
# A date of a sentence and where its منذ or وتاريخ begins (None when nothing leads it).
SentenceDate = tuple[EventDate, int | None]
TOLD_AGAIN_REACH = 5  # sentences back that a definite event noun takes up an event
MEANS_REACH = 6  # اغتيال (the victim: a title and a name of up to three words) | بتفجير
DESCRIBED_GAP = 2  # هجوم (an adjective) | استهدف


@dataclass(slots=True)
class Draft:
    """An event under construction."""

    match: Match
    sentence: int
    mod: Modality
    clause: tuple[int, int]
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    type: str = ""
    mode: str | None = None
    cameo: str = ""
    quad: int = 0
    context: list[str] = field(default_factory=list)
    statement: str | None = None
    date: EventDate | None = None
    location: Place | None = None
    dropped: bool = False
    unreported: str = ""  # why it is not reported as having happened (referred, historical ...)


def code_events(doc: Document) -> list[Event]:
    """All events of a document."""
    if not doc.tokens:
        return []
    slots = mention_slots(doc)
    norms = doc.token_columns().norms  # once per document, not once per sentence
    places = _place_tokens(doc)
    drafts: list[Draft] = []
    for sent in doc.sentences:
        drafts.extend(_sentence_drafts(doc, sent.i, sent.token_start, sent.token_end,
                                       slots.get(sent.i, []), norms, places))
    _share_participants(drafts)
    _link_statements(doc, drafts)
    _interview_calls(doc, drafts)
    drafts.extend(_conditional_threats(doc, drafts, slots))
    _aim_threats(drafts)
    _antecedent_recipients(doc, drafts, slots)
    _partner_recipients(doc, drafts)
    for draft in drafts:  # no party acts on itself: a recipient that is the actor was misread
        draft.recipient = [r for r in draft.recipient
                           if r not in draft.actor and not _own_state(doc, r, draft.actor)]
        if draft.type == "MOBILIZE":
            _own_ground(doc, draft)
        elif draft.type == "CONSULT":
            _without_outlets(doc, draft)
        elif draft.type == "ASSAULT":
            _attack_in_words(doc, draft)
        elif draft.type == "PROTEST":
            _policing(doc, draft)
        if not draft.dropped:  # an outlet reports (بحسب «رويترز»، قال لقناة ...), it does not act
            draft.actor = [a for a in draft.actor if not _outlet(doc, a, organisation=True)]
    sports = is_sports_report(doc)
    drafts = [d for d in drafts if not d.dropped and _needs_met(doc, d, sports)]
    _protest_demands(drafts)
    _attack_results(doc, drafts)
    drafts = [d for d in drafts if not d.dropped]
    _means_of_named_acts(doc.tokens, drafts)
    _fight_victims(doc, drafts)
    _dates_and_places(doc, drafts)
    drafts = _merge(drafts)
    _protest_crowds(doc, drafts, slots)
    _told_again(doc, drafts)
    return [_event(doc, n, d) for n, d in enumerate(drafts)]


def _told_again(doc: Document, drafts: list[Draft]) -> None:
    """A definite event noun that takes up an event reported a few sentences before
    (استهدفت الجماعة سفينة ... وقالت إن الهجوم ...) tells that event again: it is the same
    event, not a second one, so it is not reported anew."""
    reported: list[Draft] = []
    for draft in drafts:
        if draft.unreported or draft.mod.negated or draft.mod.hypothetical:
            continue
        first = next((o for o in reported if 0 < draft.sentence - o.sentence <= TOLD_AGAIN_REACH
                      and o.type == draft.type and _compatible(o.actor, draft.actor)
                      and _compatible(o.recipient, draft.recipient)), None)
        if first is not None and _definite_noun(doc.tokens[draft.match.first], draft):
            draft.unreported = "told again"
            continue
        reported.append(draft)


def _definite_noun(token: Token, draft: Draft) -> bool:
    """The trigger is a noun with the article (الهجوم، للهجوم، بالهجوم)."""
    return draft.match.trigger.pos != "verb" and "ال" in token.stem[:2]


def _place_tokens(doc: Document) -> frozenset[int]:
    """Tokens of place names (مدينة تدمر، في تدمر): a verb form there names the place (تدمر,
    Palmyra, is no "destroys"), as the place finder read it with its cue."""
    starts = doc.token_starts()
    out: set[int] = set()
    for mention in doc.mentions:
        if mention.kind in PLACE_KINDS:
            first = bisect_right(starts, mention.start) - 1
            out.update(range(first, bisect_right(starts, mention.end - 1)))
    return frozenset(out)


def _sentence_drafts(doc: Document, sentence: int, start: int, end: int,
                     slots: list[Slot], norms: list[str], places: frozenset[int]) -> list[Draft]:
    tokens = doc.tokens
    matches = find_matches(tokens, start, end, norms)
    if not matches:
        return []
    conditions = condition_spans(tokens, start, end)
    drafts = []
    for match in matches:
        trig = match.trigger
        if _inside_name(tokens, slots, match) or _names_a_body(tokens, match, start) \
                or _after_name_particle(tokens, match, start) \
                or (trig.pos == "verb" and match.first in places):
            continue
        clause = clause_bounds(tokens, match.first, start, end)
        mod = modality(tokens, match, clause[0], end, conditions)
        args = find_arguments(tokens, slots, trig, match.first, match.last, start, end)
        draft = Draft(match=match, sentence=sentence, mod=mod, clause=clause,
                      actor=_actor_ids(doc, args.actor), recipient=_actor_ids(doc, args.recipient),
                      type=trig.type, mode=trig.mode, cameo=trig.cameo, quad=trig.quad_class,
                      context=list(trig.context))
        if "args" in trig.needs and not draft.actor:
            continue
        draft.unreported = unreported(tokens, trig, match.first, match.last, start, end,
                                      mod.future, _year(doc.date), match.key)
        drafts.append(draft)
    _threats(drafts)
    _threatened_targets(tokens, drafts)
    _promised_and_charged(tokens, slots, drafts, start)
    _demanded(tokens, slots, drafts)
    return drafts


def _promised_and_charged(tokens: list[Token], slots: list[Slot], drafts: list[Draft],
                          start: int) -> None:
    """An act a promise names (وعدت واشنطن بغداد بتقديم مساعدات) is yet to come, and the
    promise is made to whom the act is for; an act a charge names (حث الرئيس باكستان على
    اعتقال ...) is asked for, not reported. A protest a summons of an envoy names as its
    purpose (استدعت الخارجية السفير للاحتجاج على) is the diplomatic protest the summons is
    coded as, no demonstration: it is dropped."""
    by_first = {d.match.first: d for d in drafts}
    for draft in drafts:
        v = controlling_verb(tokens, slots, draft.match.trigger, draft.match.first, start)
        role = control_role(tokens[v]) if v is not None else ""
        summons = by_first.get(v) if v is not None else None
        if draft.type == "PROTEST" and summons is not None and summons.type == "ACCUSE":
            draft.dropped = True
        elif role == "promise":
            draft.mod.future = True
            promise = by_first.get(v)
            if promise is not None and not promise.recipient:
                promise.recipient = [r for r in draft.recipient if r not in promise.actor]
        elif role == "charge":
            draft.mod.irrealis = draft.mod.hypothetical = True


def _threatened_targets(tokens: list[Token], drafts: list[Draft]) -> None:
    """A threat that names no one is aimed at whom the act it threatens hits (هددت إيران
    بأن تهاجم إسرائيل، توعد بشن هجمات على الولايات المتحدة): the act follows it closely,
    by the same actor, with no other event or punctuation between them."""
    for n, threat in enumerate(drafts):
        if threat.type != "THREATEN" or threat.recipient or not threat.actor or threat.dropped:
            continue
        act = next((d for d in drafts[n + 1:] if not d.dropped), None)
        if act is None or act.type not in MATERIAL_CONFLICT or not act.recipient:
            continue
        first, last = threat.match.last + 1, act.match.first
        if last - first > THREAT_ACT_GAP or any(tokens[k].is_punct for k in range(first, last)):
            continue
        if act.actor and set(act.actor) <= set(threat.actor):
            threat.recipient = [r for r in act.recipient if r not in threat.actor]


def _demanded(tokens: list[Token], slots: list[Slot], drafts: list[Draft]) -> None:
    """An act that a request names as its object (طالبوا بإطلاق سراح، دعت الحكومة إلى
    انسحاب، حث على وقف) is asked for, not reported: it is irrealis, as what a modal requires.
    So is an act whose halt it names (دعا إلى وقف الهجمات، طالب بإنهاء الاحتلال), and that
    act, or the halt a trigger names itself (دعا إلى وقف إطلاق النار), is done by the party
    the request addresses, never by the one who calls for the halt."""
    requests = [d for d in drafts if d.type == "REQUEST"]
    if not requests:
        return
    links = cue_words("demand_link")
    named = {k for s in slots for k in range(s.first, s.last + 1)}
    for draft in drafts:
        first, key = draft.match.first, draft.match.key
        halt = _halt_before(tokens, first)
        if halt is not None:
            first, key = halt
        for request in requests:
            gap = range(request.match.last + 1, first)
            if request.match.last < first and _short_gap(gap, named) \
                    and (not gap or tokens[first - 1].norm in links
                         or _prefixed_object(tokens[first], key)):
                draft.mod.irrealis = draft.mod.hypothetical = True
                if halt is not None or key in _halt_heads():
                    _halted_by_addressee(draft, request)
                break


def _short_gap(gap: range, named: set[int]) -> bool:
    """Few words stand between a request and its object besides the parties named there
    (دعا الأمين العام للأمم المتحدة بان كي مون إلى)."""
    return sum(1 for k in gap if k not in named) <= DEMAND_GAP


def _halt_before(tokens: list[Token], first: int) -> tuple[int, str] | None:
    """Where the verbal noun of a halt that takes the trigger begins (وقف الهجمات، بإنهاء
    الاحتلال، الكف عن قصف), with its first word bare."""
    for words in _halt_phrases():
        k = first - len(words)
        if k >= 0 and all(w in key_set(tokens[k + n].norm) for n, w in enumerate(words)):
            return k, words[0]
    return None


@cache
def _halt_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(c.words for c in cues().get("halt", ()))


@cache
def _halt_heads() -> frozenset[str]:
    return frozenset(words[0] for words in _halt_phrases())


def _halted_by_addressee(draft: Draft, request: Draft) -> None:
    """The caller of a halt does not do the act halted: its addressee does, if it names one."""
    if not draft.actor or set(draft.actor) <= set(request.actor):
        draft.actor = list(request.recipient)
        draft.recipient = [r for r in draft.recipient if r not in draft.actor]


def _prefixed_object(token: Token, key: str) -> bool:
    """The trigger carries the preposition ب or ل of a request's object (بانسحاب، لزيارة)."""
    return bool(key) and token.norm[:1] in "بل" and token.norm[1:].endswith(key) \
        and len(token.norm) > len(key)


def _inside_name(tokens: list[Token], slots: list[Slot], match: Match) -> bool:
    """A trigger inside an organisation's name after its first word (منظمة حظر الأسلحة
    الكيميائية، قناة «المسيرة»، مركز الاحتجاز) names the body, and reports no event. In a
    name found by pattern only an event noun counts: a verb there, or a noun of purpose
    with ل, means the name ran on too far (مديرية وردوج وقتلت، نادي الصحافة للاحتجاج)."""
    for slot in slots:
        if slot.mention.kind != "ORG" or not slot.first < match.first <= match.last <= slot.last:
            continue
        if slot.mention.via != "pattern":
            return True
        token = tokens[match.first]
        return match.trigger.pos != "verb" and not (
            "ل" in proclitics(token) or token.norm.startswith("لل"))
    return False


def _after_name_particle(tokens: list[Token], match: Match, start: int) -> bool:
    """A verb form right after أبو، أبي or بن is a name, as old names are often verbs
    (علي بن أبي طالب، أبو طالب، بن يحيى): "father of" or "son of" takes no verb."""
    return match.trigger.pos == "verb" and match.first > start \
        and tokens[match.first - 1].norm in NAME_PARTICLE_WORDS


def _names_a_body(tokens: list[Token], match: Match, start: int) -> bool:
    """An event noun in construct after the head of an organisation's name (فريق الوساطة،
    لجنة المفاوضات، مركز احتجاز، سلطة الاحتلال) names the body that does such acts, not an
    act done; a head that is as often a common noun (حركة الاحتجاج، تنظيم المظاهرات) or
    has the article (المركز) governs no name."""
    if match.trigger.pos != "noun" or match.first <= start:
        return False
    stem = tokens[match.first - 1].stem
    head = org_heads().get(stem)
    return head is not None and not head.common and not stem.startswith("ال")


def _actor_ids(doc: Document, slots: list[Slot]) -> list[str]:
    out: list[str] = []
    for slot in slots:
        actor = doc.actor(slot.mention.actor)
        ids = actor.members if actor is not None and actor.members else [slot.mention.actor]
        out.extend(i for i in ids if i and i not in out)
    return out


def _threats(drafts: list[Draft]) -> None:
    """Warnings that name an act become threats of it; possible acts become threats."""
    for n, draft in enumerate(drafts):
        if "threat" not in draft.match.trigger.needs:
            continue
        act = next((d for d in drafts[n + 1:] if d.type in MATERIAL_CONFLICT
                    and not d.mod.conditional and not d.dropped), None)
        if act is None:
            draft.dropped = True
            continue
        act.dropped = True
        _become_threat(draft, act)
        if not draft.recipient and act.recipient:
            draft.recipient = act.recipient


def _become_threat(draft: Draft, act: Draft) -> None:
    code = THREAT_OF.get(act.cameo) or THREAT_BY_TYPE.get(act.type, "130")
    row = cameo_table().get(code, {})
    draft.type = "THREATEN"
    draft.cameo = code
    draft.mode = row.get("mode") or None
    draft.quad = 3
    draft.context = [c for c in (row.get("context") or "").split(";") if c]


def _link_statements(doc: Document, drafts: list[Draft]) -> None:
    if not doc.statements:
        for draft in drafts:
            _possible_threat(draft, None)
        return
    carriers = _Carriers(doc.statements)
    for draft in drafts:
        pos = doc.tokens[draft.match.first].start
        stmt = carriers.at(draft.sentence, pos)
        if stmt is not None:
            draft.statement = stmt.id
            is_cue = stmt.cue.start <= pos < stmt.cue.end
            subject = None if is_cue or draft.actor or draft.type not in VERBAL \
                else _subject_in_content(doc, draft, stmt)
            if subject is not None:
                draft.actor = subject
            elif not draft.actor and stmt.speaker and (is_cue or draft.type in VERBAL
                                                       or _says_itself(doc, draft, stmt)):
                draft.actor = [stmt.speaker]
            if (not draft.recipient and stmt.addressee and (is_cue or draft.type in ADDRESSED)
                    and stmt.addressee not in draft.actor
                    and not _outlet(doc, stmt.addressee, organisation=True)):  # قال لـ«رويترز»
                draft.recipient = [stmt.addressee]
        _possible_threat(draft, stmt)


def _interview_calls(doc: Document, drafts: list[Draft]) -> None:
    """A phone call with no party named, between a reporting verb and what was said (وقال
    بادي في اتصال هاتفي، إن ...؛ وأوضح المحافظ، في اتصال هاتفي لـ«الشرق الأوسط»، أن ...), is
    how the speaker talked to the reporter: an interview, not a consultation. Only a call
    named as the channel, indefinite after في، خلال or عبر, is one: a call reported (أفاد
    باتصال هاتفي بين الرئيسين) or taken up again (خلال المكالمة) is an event."""
    by_id = {s.id: s for s in doc.statements}
    for draft in drafts:
        stmt = by_id.get(draft.statement) if draft.statement else None
        if draft.mode != "phone" or draft.recipient or stmt is None or stmt.content is None:
            continue
        first = draft.match.first
        if first == 0 or doc.tokens[first - 1].norm not in CHANNEL_PREPS \
                or doc.tokens[first].norm.startswith("ال"):
            continue
        if stmt.cue.end <= doc.tokens[first].start < stmt.content.start:
            draft.dropped = True


def _subject_in_content(doc: Document, draft: Draft, stmt: Statement) -> list[str] | None:
    """The content opens with a complementiser and a definite noun before the act (أشار
    المصدر إلى أن الموقوف زار السعودية، حيث التقى؛ أكد أن المملكة ... ترحب): that noun is the
    act's subject, so the speaker is not: its party where it names one, else none. None
    where the content has no such noun: a pronoun on the complementiser (إنه زار) is the
    speaker's, and an act right after it (إن المحادثات تناولت) has no other subject."""
    if stmt.content is None:
        return None
    tokens = doc.tokens
    first = draft.match.first
    if first > 0 and _passive_auxiliary(tokens[first - 1]):
        return []  # أن البنوك الإيرانية ...، وسيتم رفض: the later act is passive
    for k in range(first - 1, doc.sentences[draft.sentence].token_start - 1, -1):
        if tokens[k].norm in NOUN_COMPLEMENTISERS \
                and tokens[k].start <= stmt.content.start <= tokens[k + 1].start:
            if k + 1 == first or not tokens[k + 1].norm.startswith("ال"):
                return None
            start = tokens[k + 1].start
            return [m.actor for m in doc.mentions if m.start == start and m.actor][:1]
    return None


def _passive_auxiliary(token: Token) -> bool:
    """تم and its forms, also with و or ف on them (وتم، فسيتم)."""
    norm = token.norm
    return norm in PASSIVE_AUXILIARIES or norm[:1] in "وف" and norm[1:] in PASSIVE_AUXILIARIES


def _says_itself(doc: Document, draft: Draft, stmt: Statement) -> bool:
    """The content opens with a complementiser carrying the verb's subject as a pronoun
    (قالت الجماعة إنها استهدفت سفينة، أعلن الجيش أنه قتل مسلحين), also the subject of a verb
    of will that takes the act (أعلنت أنها قررت فرض عقوبات): the speaker did it. A
    verb with no object after it may be passive (إنه قُتل، في ...), and is left alone; a
    phrase that holds its object (إنها ألقت القبض على) is not."""
    k, after = draft.match.first - 1, draft.match.last + 1
    tokens = doc.tokens
    if k >= 0 and tokens[k].norm not in PRONOUN_OPENERS:  # إنه قرر غزو: through a verb of will
        v = controlling_verb(tokens, [], draft.match.trigger, draft.match.first,
                             doc.sentences[draft.sentence].token_start)
        k = k if v is None else v - 1
    if stmt.content is None or k < 0 or tokens[k].norm not in PRONOUN_OPENERS:
        return False
    if after >= len(tokens) or tokens[after].is_punct or tokens[after].sentence != draft.sentence:
        return False
    if tokens[after].norm in PREPOSITION_WORDS and draft.match.last == draft.match.first:
        return False
    return tokens[k].start <= stmt.content.start <= tokens[k + 1].start


class _Carriers:
    """Statements indexed by where their content starts and by sentence, so finding the one
    that carries a position looks only at statements near it, not the whole document."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements
        spans = sorted((s.content.start, n) for n, s in enumerate(statements)
                       if s.content is not None)
        self.starts = [start for start, _ in spans]
        self.order = [n for _, n in spans]
        self.longest = max((s.content.end - s.content.start for s in statements
                            if s.content is not None), default=0)
        self.by_sentence: dict[int, list[Statement]] = {}
        for stmt in statements:
            self.by_sentence.setdefault(stmt.sentence, []).append(stmt)

    def at(self, sentence: int, pos: int) -> Statement | None:
        """The innermost statement whose content holds ``pos``, else one whose cue it is
        (ties go to the earlier statement)."""
        # A content holding pos starts after pos - longest and no later than pos.
        lo = bisect_right(self.starts, pos - self.longest)
        hi = bisect_right(self.starts, pos)
        best = None
        for n in sorted(self.order[lo:hi]):
            stmt = self.statements[n]
            content = stmt.content
            if content.start <= pos < content.end:
                if best is None or (content.end - content.start) < (best.content.end - best.content.start):
                    best = stmt
        if best is not None:
            return best
        for stmt in self.by_sentence.get(sentence, ()):
            upper = stmt.content.start if stmt.content is not None else stmt.cue.end
            if stmt.cue.start <= pos < max(upper, stmt.cue.end):
                return stmt
        return None


def _conditional_threats(doc: Document, drafts: list[Draft],
                         slots: dict[int, list[Slot]]) -> list[Draft]:
    """A warning that names its condition but no act of its own (لو تعرضت سوريا لهجوم أميركي
    سيقوم الحرس الثوري بواجباته): a threat by whoever the future verb after the condition
    names, else by the speaker, against the party whose hostile act is the condition."""
    threatened = {d.sentence for d in drafts if d.type == "THREATEN" and not d.dropped}
    out: list[Draft] = []
    for act in drafts:
        if (not act.mod.conditional or act.type not in MATERIAL_CONFLICT or not act.actor
                or act.dropped or act.sentence in threatened):
            continue
        k = _consequence_verb(doc, act)
        if k is None:
            continue
        actor = _subject_after(doc, slots.get(act.sentence, ()), k)
        stmt = next((s for s in doc.statements if s.id == act.statement), None)
        if not actor and stmt is not None and stmt.speaker:
            actor = [stmt.speaker]
        if not actor or set(actor) & set(act.actor):
            continue
        threat = Draft(match=Match(trigger=_threat_row(), first=k, last=k, future_prefix=True),
                       sentence=act.sentence, mod=Modality(), clause=act.clause, actor=actor,
                       recipient=list(act.actor), statement=act.statement)
        _become_threat(threat, act)
        threatened.add(act.sentence)
        out.append(threat)
    return out


def _consequence_verb(doc: Document, act: Draft) -> int | None:
    """The first verb in the future after the conditional act, in its sentence (سيقوم،
    ستواجه، سوف نرد): where the consequence starts."""
    sent = doc.sentences[act.sentence]
    tokens = doc.tokens
    for k in range(act.match.last + 1, min(sent.token_end, act.match.last + 1 + CONSEQUENCE_REACH)):
        if any(future for _, future, _ in word_keys(tokens[k].norm)):  # سيقوم، وسنرد
            return k
        if tokens[k].norm == "سوف" and k + 1 < sent.token_end:
            return k + 1
    return None


def _subject_after(doc: Document, slots: Sequence[Slot], k: int) -> list[str]:
    """The subject right after a verb (سيقوم الحرس الثوري), time words allowed between."""
    for slot in slots:
        if slot.first <= k:
            continue
        if slot.first - k <= 3 and slot.prep is None:
            return _actor_ids(doc, [slot])
        break
    return []


@cache
def _threat_row() -> Trigger:
    """The lexicon's general threat (هدّد), the row a threat read from a condition takes."""
    return next(t for t in trigger_index()["هدد"] if t.cameo == "130")


def _possible_threat(draft: Draft, stmt: Statement | None) -> None:
    """An act said to be possible as a consequence is the speaker's threat."""
    if draft.dropped or draft.type not in MATERIAL_CONFLICT or not draft.mod.possible:
        return
    if draft.mod.conditional or stmt is None:
        return
    act = Draft(match=draft.match, sentence=draft.sentence, mod=draft.mod, clause=draft.clause,
                type=draft.type, cameo=draft.cameo)
    _become_threat(draft, act)
    draft.mod = Modality(future=draft.mod.future)
    if stmt.speaker:
        draft.actor = [stmt.speaker]
    if stmt.addressee and stmt.addressee not in draft.actor:
        draft.recipient = [stmt.addressee]


def _share_participants(drafts: list[Draft]) -> None:
    """A participant-less noun event takes the participants of its sentence's verb event."""
    for draft in drafts:
        if draft.actor or draft.match.trigger.pos != "noun" or draft.type not in VERBAL:
            continue
        host = next((d for d in drafts if d.sentence == draft.sentence
                     and d.match.first < draft.match.first and d.match.trigger.pos == "verb"
                     and d.actor and not d.dropped), None)
        if host is not None:
            draft.actor = list(host.actor)
            draft.recipient = list(host.recipient)
            draft.statement = draft.statement or host.statement


def _aim_threats(drafts: list[Draft]) -> None:
    """A threat with no recipient is aimed at the actor of its condition."""
    for draft in drafts:
        if draft.type != "THREATEN" or draft.recipient or draft.dropped:
            continue
        cond = next((d for d in drafts if d.sentence == draft.sentence and d.mod.conditional
                     and d.actor and d is not draft), None)
        if cond is not None:
            draft.recipient = [a for a in cond.actor if a not in draft.actor]


def _antecedent_recipients(doc: Document, drafts: list[Draft],
                           slots: dict[int, list[Slot]]) -> None:
    """A verb whose object is a pronoun (وأيّده، هاجمها) aims at the nearest party named
    before it in the sentence other than its actor: the party whose position is supported.
    A news outlet there is the one the sentence was told to (قال لـ«الشرق الأوسط» إن هذا
    الاقتراح تم رفضه): the pronoun then stands for a thing, and the verb aims at no one."""
    for draft in drafts:
        if draft.recipient or not draft.match.object_pronoun or draft.type not in VERBAL:
            continue
        for slot in reversed(slots.get(draft.sentence, ())):
            if slot.last >= draft.match.first:
                continue
            ids = _actor_ids(doc, [slot])
            if ids and not set(ids) & set(draft.actor):
                if not any(_outlet(doc, i, organisation=True) for i in ids):
                    draft.recipient = ids
                break


def _partner_recipients(doc: Document, drafts: list[Draft]) -> None:
    """In the report of a two-party talk (a call, a meeting), what one party asks, threatens,
    accuses or rejects with no recipient named is addressed to the other party."""
    parties: list[str] = []
    for draft in drafts:
        if draft.type == "CONSULT" and not draft.mod.negated:
            ids = list(dict.fromkeys(draft.actor + draft.recipient))
            if len(ids) == 2:
                parties = ids
                break
    if not parties:
        return
    countries = [_country(doc, p) for p in parties]
    for draft in drafts:
        if draft.recipient or not draft.actor or draft.type not in ADDRESSED - {"CONSULT"}:
            continue
        actor = draft.actor[0]
        for n, party in enumerate(parties):
            if actor == party or countries[n] and _country(doc, actor) == countries[n]:
                draft.recipient = [parties[1 - n]]
                break


def _protest_demands(drafts: list[Draft]) -> None:
    """What protesters demand in the sentence that reports their protest (طالب المتظاهرون
    برحيل الحكومة، هتافات تطالب بـ، إضراب ... والمطالبة بـ) is what the protest is for, not a
    request of its own: the demand joins the protest, whose recipient it may name. A demand
    made by another party (دعت النقابات إلى تظاهرات) stays a request."""
    protests: dict[int, list[Draft]] = {}
    for draft in drafts:
        if draft.type == "PROTEST" and not (draft.mod.negated or draft.mod.hypothetical
                                            or _generic(draft)):
            protests.setdefault(draft.sentence, []).append(draft)
    for draft in drafts:
        if draft.type != "REQUEST" or draft.mod.negated or draft.sentence not in protests:
            continue
        protest = next((p for p in protests[draft.sentence]
                        if set(draft.actor) <= set(p.actor)), None)
        if protest is not None:
            draft.dropped = True
            protest.recipient = protest.recipient or [
                r for r in draft.recipient if r not in protest.actor]


def _protest_crowds(doc: Document, drafts: list[Draft], slots: dict[int, list[Slot]]) -> None:
    """A protest that no party is read to stage (الهدف من المظاهرة، عشرات الآلاف من المتظاهرين،
    تجمع أكثر من مليون متظاهر) is staged by the crowd its sentence names: the civilians,
    students, workers or refugees named as a group nearest to it. A state or a named body is
    no crowd; a group behind a preposition other than partitive من is what the protest is
    about or for (للتنديد بالقبض على النشطاء، دعما للمتظاهرين), not who protests. A protest
    only named (قانون التظاهر) keeps no one: a crowd near it is seldom its own, and a party
    would make the confidence model read it as reported."""
    for draft in drafts:
        if draft.type != "PROTEST" or draft.actor or draft.dropped or _generic(draft):
            continue
        first = draft.match.first
        crowds = [s for s in slots.get(draft.sentence, ())
                  if s.prep in CROWD_GOVERNORS and _crowd(doc, s.mention.actor)
                  and s.mention.actor not in draft.recipient and _distance(s, first) <= CROWD_REACH]
        if crowds:
            draft.actor = [min(crowds, key=lambda s: _distance(s, first)).mention.actor]


def _crowd(doc: Document, actor_id: str | None) -> bool:
    actor = doc.actor(actor_id) if actor_id else None
    return (actor is not None and actor.id.startswith(GENERIC_PREFIX) and actor.kind == "GRP"
            and actor.sector in CROWD_SECTORS)


def _distance(slot: Slot, k: int) -> int:
    return 0 if slot.first <= k <= slot.last else min(abs(slot.first - k), abs(slot.last - k))


def _attack_results(doc: Document, drafts: list[Draft]) -> None:
    """A killing that an attack named before it in the sentence caused (قصف الطيران المدينة ما
    أدى إلى مقتل خمسة أشخاص، أسفرت الغارة عن مقتل زعيم التنظيم) is that attack's toll, not a
    second attack: it joins the attack, gives it its victims if it names none, and makes it
    reported if the toll is."""
    tokens = doc.tokens
    for n, draft in enumerate(drafts):
        if draft.type != "ASSAULT" or draft.dropped or not _after_consequence(tokens, draft):
            continue
        attack = next((d for d in reversed(drafts[:n]) if d.sentence == draft.sentence
                       and d.type == "ASSAULT" and not d.dropped and not d.mod.negated), None)
        if attack is None:
            continue
        draft.dropped = True
        attack.recipient = attack.recipient or [r for r in draft.recipient
                                                if r not in attack.actor]
        attack.unreported = attack.unreported and draft.unreported


def _means_of_named_acts(tokens: list[Token], drafts: list[Draft]) -> None:
    """An attack noun with ب right after an assault that the sentence names without reporting
    it (ذكرى اغتيال النائب بتفجير، التحقيق في مقتل الصحافي بإطلاق النار) tells how that act
    was done, and a verb right after an indefinite attack noun (بتفجير استهدف موكبه) opens a
    clause that describes it: both are named with that act, not reported on their own."""
    for n, draft in enumerate(drafts):
        if draft.type != "ASSAULT" or draft.unreported:
            continue
        first = draft.match.first
        head = next((d for d in reversed(drafts[:n]) if d.sentence == draft.sentence
                     and d.type == "ASSAULT" and 0 < first - d.match.last <= MEANS_REACH), None)
        if head is None or not _generic(head) or any(
                is_break(t) for t in tokens[head.match.last + 1:first]):
            continue
        if _means_noun(tokens, draft) or _describing_verb(tokens, head, draft):
            draft.unreported = head.unreported


def _means_noun(tokens: list[Token], draft: Draft) -> bool:
    """A trigger noun written with the preposition ب (بتفجير، بإطلاق النار)."""
    norm = tokens[draft.match.first].norm
    return (draft.match.trigger.pos != "verb" and norm.startswith("ب")
            and norm[1:] == draft.match.key)


def _describing_verb(tokens: list[Token], head: Draft, draft: Draft) -> bool:
    """A verb right after an indefinite event noun, or after its adjective (بتفجير استهدف،
    هجوم انتحاري استهدف): a relative clause without a relative pronoun. A verb after و or ف
    opens a clause of its own (قتل وحرق ودمر)."""
    verb = tokens[draft.match.first]
    return (draft.match.trigger.pos == "verb" and head.match.trigger.pos != "verb"
            and draft.match.first - head.match.last <= DESCRIBED_GAP
            and not (verb.norm[:1] in "وف" and not draft.match.key.startswith(verb.norm[:1]))
            and not tokens[head.match.first].stem.startswith("ال"))


def _fight_victims(doc: Document, drafts: list[Draft]) -> None:
    """Those killed in a fight with a party (قتل ثلاثة جنود في اشتباكات مع المسلحين، مقتل
    القائد باشتباكات مع العشائر) were killed by that party: it is the actor of the killing
    and of the fight, whose recipient they are, not the party it was fought with. A killer
    that the killing names fought that party (قتل الجيش خمسة مسلحين في اشتباكات مع التنظيم)."""
    tokens = doc.tokens
    for n, fight in enumerate(drafts):
        first = fight.match.first
        if fight.type != "ASSAULT" or fight.actor or not fight.recipient \
                or not fight_reach(tokens[first]) or not _in_fight(tokens, first):
            continue
        killing = next((d for d in reversed(drafts[:n]) if d.sentence == fight.sentence
                        and d.type == "ASSAULT" and d.recipient
                        and 0 < first - d.match.last <= FIGHT_VICTIM_REACH), None)
        if killing is None or set(killing.recipient + killing.actor) & set(fight.recipient):
            continue
        if killing.actor:
            fight.actor = list(killing.actor)
            continue
        killing.actor = list(fight.recipient)
        fight.actor, fight.recipient = list(fight.recipient), list(killing.recipient)


def _in_fight(tokens: list[Token], first: int) -> bool:
    """The fight is where something happened: في، خلال or ب before it (في اشتباكات، باشتباكات)."""
    return "ب" in proclitics(tokens[first]) or first > 0 and tokens[first - 1].norm in \
        FIGHT_PREPOSITIONS


def _after_consequence(tokens: list[Token], draft: Draft) -> bool:
    """The trigger follows إلى or عن of a verb of consequence (أدى إلى، أسفرت الغارة عن)."""
    first = draft.match.first
    if first < 2 or tokens[first - 1].norm not in RESULT_PREPOSITIONS:
        return False
    verbs = cue_words("consequence")
    return any(not key_set(tokens[k].norm).isdisjoint(verbs)
               for k in range(first - 2, max(draft.clause[0], first - CONSEQUENCE_WORDS) - 1, -1))


def _own_ground(doc: Document, draft: Draft) -> None:
    """Forces deployed on their own state's ground (عزز الجيش السوري وجوده على الحدود
    السورية) are aimed at no one: the state named there is where, not whom."""
    home = {_country(doc, a) for a in draft.actor} - {None}
    draft.recipient = [r for r in draft.recipient
                       if not (_country(doc, r) in home and _kind(doc, r) == "GPE")]


def _attack_in_words(doc: Document, draft: Draft) -> None:
    """A verb that attacks with arms or with words (هاجم) has the words' sense when those who
    attack are a government, a legislature or a party and no armed body (هاجم المسؤولون
    الإيرانيون نتنياهو، هاجم الحزب خطط التقشف): the verb's criticism row codes it."""
    if draft.match.trigger.pos != "verb" or not draft.actor or not all(
            (actor := doc.actor(a)) is not None and actor.sector in SPEAKING_SECTORS
            for a in draft.actor):
        return
    words = next((t for t in trigger_index().get(draft.match.key, ())
                  if t.pos == "verb" and t.type == "ACCUSE"), None)
    if words is not None:
        draft.type, draft.mode, draft.cameo = words.type, words.mode, words.cameo
        draft.quad, draft.context = words.quad_class, list(words.context)


def _policing(doc: Document, draft: Draft) -> None:
    """A word that is a protest only by the words around it (حاصر المتظاهرين، قطع الطريق،
    مئات المتظاهرين) whose party is the police or the army tells of their act on a crowd or a
    road (حاصرت الشرطة مئات المتظاهرين، أغلقت قوات الأمن الطرق): the sentence reports how
    they policed a protest known before, not a protest."""
    trig = draft.match.trigger
    if (trig.near or trig.before) and draft.actor and all(
            (actor := doc.actor(a)) is not None and actor.sector in SECURITY_SECTORS
            for a in draft.actor):
        draft.unreported = draft.unreported or "referred"


def _without_outlets(doc: Document, draft: Draft) -> None:
    """A news outlet met or called (التقتها «الشرق الأوسط»، في اتصال هاتفي مع «الشرق
    الأوسط») holds an interview that it reports, not a consultation: no event. Nobody visits
    an outlet, so one found as a party of a visit is misread and only leaves its parties."""
    actor = [a for a in draft.actor if not _outlet(doc, a)]
    recipient = [r for r in draft.recipient if not _outlet(doc, r)]
    if (actor, recipient) == (draft.actor, draft.recipient):
        return
    draft.actor, draft.recipient = actor, recipient
    if draft.cameo not in VISIT_CAMEO or not (actor or recipient):
        draft.dropped = True


def _outlet(doc: Document, actor_id: str, organisation: bool = False) -> bool:
    """A news outlet (وكالة الصحافة الفرنسية، صحيفة «الغارديان»), or, unless ``organisation``,
    also journalists and the media at large."""
    actor = doc.actor(actor_id)
    if actor is None:
        return False
    if organisation and (actor.kind != "ORG" or actor.id.startswith(GENERIC_PREFIX)
                         or actor.id == f"{actor.country}_{actor.sector}"):  # الإعلاميون المصريون
        return False
    return is_press(actor)


def _own_state(doc: Document, actor_id: str, actors: list[str]) -> bool:
    """``actor_id`` is the state itself whose army, police or government is among ``actors``
    (دبابة إسرائيلية ... مع وحدة إسرائيلية): a body does not act on its own state, so that
    reading of the state was a misreading too."""
    state = doc.actor(actor_id)
    if state is None or state.kind != "GPE" or state.sector or not state.country:
        return False
    for other in actors:
        body = doc.actor(other)
        if body is not None and body.country == state.country and body.sector in STATE_BODIES:
            return True
    return False


def _kind(doc: Document, actor_id: str) -> str | None:
    actor = doc.actor(actor_id)
    return actor.kind if actor is not None else None


def _country(doc: Document, actor_id: str) -> str | None:
    actor = doc.actor(actor_id)
    return actor.country if actor is not None else None


def _generic(draft: Draft) -> bool:
    """An act named without being reported as having happened, unless a threat or warning
    made it its act (the threat itself is reported)."""
    return bool(draft.unreported) and draft.type == draft.match.trigger.type


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _needs_met(doc: Document, draft: Draft, sports: bool) -> bool:
    needs = draft.match.trigger.needs
    if "future" in needs and not (draft.mod.future or draft.type == "THREATEN"
                                  and draft.match.future_prefix):
        return False
    if "args" in needs and not draft.actor:
        return False
    if "addressed" in needs and not _told_to_someone(doc, draft):
        return False
    return not ("sports" in needs and sports and not _political_party(doc, draft))


def _told_to_someone(doc: Document, draft: Draft) -> bool:
    """The event lies in a statement made to an addressee (أبلغ بوتين بايدن أن موسكو بحاجة
    إلى ضمانات): a need voiced to a party is a request of it, a need described is none."""
    return draft.statement is not None and any(
        s.id == draft.statement and s.addressee and not _outlet(doc, s.addressee, organisation=True)
        for s in doc.statements)


def _political_party(doc: Document, draft: Draft) -> bool:
    """A party of the event is a state, armed or political actor. In a sports report the
    words of play (يلتقي الهلال، المواجهات الودية، هجوم الفريق) code no event, but a
    minister who meets a federation's head or an army that attacks does."""
    for actor_id in (*draft.actor, *draft.recipient):
        actor = doc.actor(actor_id)
        if actor is not None and actor.sector in POLITICAL_SECTORS:
            return True
    return False


def _dates_and_places(doc: Document, drafts: list[Draft]) -> None:
    find_dates = _optional("khabar.dates", "find_dates")
    find_place = _optional("khabar.places", "find_place")
    pub = _pub_date(doc.date)
    dates: dict[int, list[SentenceDate]] = {}
    contexts: dict[int, list[str]] = {}
    places: dict[tuple[int, int], Place | None] = {}
    norms = doc.token_columns().norms
    for draft in drafts:
        sent = doc.sentences[draft.sentence]
        a, b = draft.clause
        start, end = doc.tokens[a].start, doc.tokens[b - 1].end
        if find_dates is not None:
            if sent.i not in dates:
                dates[sent.i] = _sentence_dates(find_dates, doc, sent.start, sent.end)
            draft.date = _nearest(dates[sent.i], doc.tokens[draft.match.first].start,
                                  start, end)
            if draft.date and draft.date.iso and pub and draft.date.iso[:10] > pub \
                    and not (draft.mod.negated or draft.mod.past):
                draft.mod.future = True
        if find_place is not None and not _generic(draft):  # a named act has no place here
            if (start, end) not in places:
                places[(start, end)] = _place(find_place, doc, start, end)
            draft.location = places[(start, end)]
            if draft.location is None and _names_a_visit(draft):
                draft.location = _destination(doc, start, end, doc.tokens[draft.match.first].start)
            if draft.location is None:
                draft.location = _place_aside(doc, a, b, sent.token_start, sent.token_end)
        if sent.i not in contexts:
            contexts[sent.i] = _sentence_contexts(doc, norms, sent.token_start, sent.token_end)
        draft.context.extend(c for c in contexts[sent.i] if c not in draft.context)
    _propagate_dates(drafts)


def _names_a_visit(draft: Draft) -> bool:
    """A visit named by a noun (زيارة): its إلى phrase is where it happens. The verb زار
    takes the place as its object; an إلى after it belongs to a title (المبعوث الخاص إلى
    سوريا) or to another trip."""
    return draft.cameo in VISIT_CAMEO and draft.match.trigger.pos == "noun"


def _destination(doc: Document, start: int, end: int, pos: int) -> Place | None:
    find_destination = _optional("khabar.places", "find_destination")
    try:
        return find_destination(doc, start, end, pos) if find_destination else None
    except Exception:  # a failing optional stage must not lose the events
        return None


def _place_aside(doc: Document, a: int, b: int, sent_start: int, sent_end: int) -> Place | None:
    find_place_aside = _optional("khabar.places", "find_place_aside")
    try:
        return find_place_aside(doc, a, b, sent_start, sent_end) if find_place_aside else None
    except Exception:  # a failing optional stage must not lose the events
        return None


def _place(find_place, doc: Document, start: int, end: int) -> Place | None:
    try:
        return find_place(doc, start, end)
    except Exception:  # a failing optional stage must not lose the events
        return None


def _sentence_contexts(doc: Document, norms: list[str], start: int, end: int) -> list[str]:
    """PLOVER contexts that the words of a sentence make plain (military, economic ...);
    ``norms`` are the document's normalised tokens."""
    heads = _context_heads()
    present: set[str] = set()
    for norm in norms[start:end]:
        keys = key_set(norm)
        if not keys.isdisjoint(heads):
            present |= keys & heads
    if not present:
        return []
    found: list[str] = []
    for cue in cues().get("context", ()):
        if cue.value in found or cue.words[0] not in present:
            continue
        if len(cue.words) == 1 or phrase_within(doc.tokens, start, end, (cue.words,), end):
            found.append(cue.value)
    return found


@cache
def _context_heads() -> frozenset[str]:
    return frozenset(cue.words[0] for cue in cues().get("context", ()))


def _pub_date(value: str | None) -> str | None:
    try:
        return Date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def _sentence_dates(find_dates, doc: Document, start: int, end: int) -> list[SentenceDate]:
    """The dates of a sentence, each with where its منذ or وتاريخ begins, if it has one
    (see :func:`khabar.dates.no_event_lead`)."""
    lead_of = _optional("khabar.dates", "no_event_lead")
    try:
        found = find_dates(doc.text, start, end, doc.date)
        return [(d, lead_of(doc.text, d.start, d.end) if lead_of else None)
                for d in found if d.start is not None]
    except Exception:  # a failing optional stage must not lose the events
        return []


def _nearest(found: list[SentenceDate], pos: int, start: int, end: int) -> EventDate | None:
    """The date nearest the trigger at ``pos``, one inside its clause ``[start, end)`` first:
    a date across a clause break more often belongs to another event. A date led by منذ or
    وتاريخ dates only an event named between that word and the date (منذ مقتل المشجعين في
    فبراير): others went on since then, or a cited document bears it."""
    usable = [d for d, lead in found if lead is None or lead < pos < d.start]
    if not usable:
        return None
    own = [d for d in usable if start <= d.start < end]
    return min(own or usable, key=lambda d: abs(d.start - pos))


def _propagate_dates(drafts: list[Draft]) -> None:
    """Events of one type, mode and participants share the date one of them states; not an
    act in the present tense after the headline (وتشن بريطانيا ضربات), which is habitual."""
    first: dict[tuple, Draft] = {}  # the first dated draft of each type, mode and parties
    for other in drafts:
        if other.date is not None and other.date.iso and other.actor:
            first.setdefault(_date_key(other), other)
    for draft in drafts:
        if draft.date is not None or not draft.actor or _habitual(draft):
            continue
        other = first.get(_date_key(draft))
        if other is not None:
            draft.date = EventDate(iso=other.date.iso)


def _habitual(draft: Draft) -> bool:
    """A present-tense verb, not announced, outside the headline: a headline's present
    (الجيش ينشر قواته) reports the news, a body's (ويشن الحوثيون هجمات) what goes on."""
    trigger = draft.match.trigger
    return trigger.pos == "verb" and trigger.imperfect and not draft.mod.future \
        and draft.sentence > 0


def _date_key(draft: Draft) -> tuple:
    return draft.type, draft.mode, frozenset(draft.actor) | frozenset(draft.recipient)


@cache
def _optional(module_name: str, attr: str):
    try:
        module = import_module(module_name)
    except ImportError:
        return None
    return getattr(module, attr, None)


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One event per type and participants in a sentence (ناقش ... خلال مكالمة هاتفية)."""
    out: list[Draft] = []
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        twin = next((o for o in by_sentence.get(draft.sentence, ()) if o.type == draft.type
                     and o.mod.negated == draft.mod.negated
                     and o.mod.hypothetical == draft.mod.hypothetical
                     and _generic(o) == _generic(draft)
                     and _compatible(o.actor, draft.actor)
                     and _compatible(o.recipient, draft.recipient)), None)
        if twin is None:
            out.append(draft)
            by_sentence.setdefault(draft.sentence, []).append(draft)
            continue
        # each takes from the other only parties that are not its own in the other role
        twin.actor = twin.actor or [a for a in draft.actor if a not in twin.recipient]
        twin.recipient = twin.recipient or [r for r in draft.recipient if r not in twin.actor]
        twin.mod.future = twin.mod.future or draft.mod.future
        if (draft.mode and not twin.mode) or len(draft.cameo) > len(twin.cameo):
            twin.cameo, twin.mode = draft.cameo, draft.mode or twin.mode
        twin.date = twin.date or draft.date
        twin.location = twin.location or draft.location
    return out


def _compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _event(doc: Document, n: int, draft: Draft) -> Event:
    tokens = doc.tokens
    first, last = tokens[draft.match.first], tokens[draft.match.last]
    a, b = draft.clause
    return build(Event, {
        "id": f"e{n + 1}", "sentence": draft.sentence, "type": draft.type,
        "mode": draft.mode or None, "context": list(draft.context),
        "cameo": draft.cameo or None, "quad_class": draft.quad or None,
        "actor": list(draft.actor), "recipient": list(draft.recipient),
        "trigger": doc.span(first.start, last.end),
        "evidence": doc.span(tokens[a].start, tokens[b - 1].end),
        "negated": draft.mod.negated, "hypothetical": draft.mod.hypothetical,
        "future": draft.mod.future, "confidence": None, "generic": _generic(draft),
        "statement": draft.statement, "date": draft.date, "location": draft.location,
    }, _EVENT_GIVEN)


# The fields :func:`_event` gives, all of the declared types: events are built without
# validating them again. ``confidence`` is left to the confidence stage, so it does not
# count as set, as when the event was validated.
_EVENT_GIVEN = frozenset(Event.model_fields) - {"confidence"}
