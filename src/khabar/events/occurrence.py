"""Whether a trigger reports an occurrence or merely refers to an event.

News reports an episode in a main clause: a perfect verb (قتل مسلحون ثلاثة أشخاص), or an
event noun that the sentence makes happen (شنّ هجوما، أسفر الهجوم عن، لم يتورع عن إحراق نفسه)
or marks as an episode (أمس، ثلاثة قتلى). Everywhere else an event word names an act the
reader already knows, a kind of act or one that lies outside the news of the day, and the
event is *generic*: kept in the record, but not reported as having happened. The reasons,
each a general rule:

- ``referred``: a noun that names a known event or a kind of act (بعد الهجوم، ذكرى اغتيال
  الحريري، التحقيق في التفجير، هذا الهجوم، مكافحة الإرهاب، أعمال التعذيب), one counted
  in a series by an ordinal (رابع هجوم انتحاري), a protest where a toll fell (سقط خمسة
  متظاهرين في مظاهرات أمس), one with a
  possessive pronoun (مسيرتهم، اختطافه), a definite noun that a relative clause describes
  (الهجوم الذي وقع أمس دليل على ...), or one with no mark of an episode at all;
- ``goal``: a noun with the preposition ل, the aim of another act (دعا للتظاهر، تحسبا لهجوم),
  unless a verb of undergoing governs it (تعرّض لهجوم);
- ``relative``: a verb in a relative clause (الزعيم الذي اغتالته إسرائيل), also one with no
  relative pronoun after an indefinite noun (سفينة اختطفها قراصنة): the clause describes a
  participant by an act the reader is taken to know;
- ``habitual``: an imperfect verb with no mark of an episode (يقتلون الأبرياء);
- ``historical``: the act is dated to an earlier year (في عام 2003، قبل ثلاثة أعوام);
- ``planned``: the act is yet to come (ستغلق الشرطة الطرق، يعتزم الطلاب التظاهر غدا): it is
  announced, not reported as having happened;
- ``opinion``: a reader's reply to a piece the paper published (تعقيبا على مقال ...، المنشور
  بتاريخ ...، أقول إن ...): the acts the writer names after his own أقول argue a view, they
  are no news of the day;
- ``elaboration``: a detail of a protest (chants, banners: ورفع المتظاهرون لافتات، وهتفوا)
  that does not introduce its crowd with a size (آلاف المتظاهرين): the protest was reported
  before; this sentence describes it.

Marks and words come from ``data/modality.tsv``. A noun that opens the sentence (a headline,
a dated chronology line: اغتيال النائب ...) reports its event.
"""

from __future__ import annotations

from functools import cache

from khabar.events.arguments import COMPLEMENTISERS
from khabar.events.lexicon import (
    Trigger,
    cue_words,
    cues,
    key_set,
    occurrence_marks,
    occurrence_verbs,
    typed_cue_words,
    venue_verbs,
    verb_heads,
)
from khabar.events.modality import is_break
from khabar.lexicon_index import function_words
from khabar.model import Token
from khabar.text.tokens import has_enclitic

EPISODIC_TYPES = frozenset({"ASSAULT", "PROTEST"})
VERB_REACH = 8
MARK_REACH = 8
REFERENCE_REACH = 2
RELATIVE_REACH = 3  # a relative pronoun after a noun and up to two adjectives
YEAR_REACH = 10
TOPIC_REACH = 6  # دور (المخابرات) (الإيرانية) في، تحقيق (قام) (به) (جنرال) (أمريكي) في
IN = "في"
SETTING_WORDS = frozenset({"في", "خلال", "اثناء"})
TOLL_REACH = 8  # سقط (خمسة) (متظاهرين) (برصاص) (الشرطة) ... في
SPAN_REACH = 3  # قبل (نحو) ثلاثة أعوام، منذ قرابة ثلاث سنوات
BRACKETS = frozenset("()[]")
UNDERGO_REACH = 15
CROWD_REACH = 4  # تعرّض (subject, time, place ...) لهجوم
DATELINE_DASHES = frozenset({"-", "ـ", "–", "—", ":"})
DATELINE_WORDS = 3
FIRST_YEAR = 1900
OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
LAST_YEAR = 2100  # a four-digit number past it is a count (قتل 6500 شخص), no year


def unreported(tokens: list[Token], trig: Trigger, first: int, last: int, start: int,
               end: int, future: bool, year: int | None = None, key: str = "") -> str:
    """Why a trigger of an episodic type does not report an occurrence of its act, or ``""``
    when it does. ``key`` is the form of the first word that matched (without its clitics),
    ``year`` the year of publication, if known."""
    if trig.type not in EPISODIC_TYPES:
        return ""
    if future:
        return "planned"
    if _in_reply_to_a_piece(tokens, first, start):
        return "opinion"
    if trig.pos == "verb":
        reason = _verb_reason(tokens, trig, first, last, start, end, future, key)
    elif _possessed(tokens[first], key):
        reason = "referred"
    elif _goal(tokens, first, start):
        reason = "goal"
    elif trig.type == "PROTEST" and _setting_of_toll(tokens, first, start):
        reason = "referred"
    else:
        reason = "referred" if is_reference(tokens, first, last, start, end, trig.type) else ""
    if not reason and _dated_earlier(tokens, first, last, start, end, year):
        reason = "historical"
    return reason


def _in_reply_to_a_piece(tokens: list[Token], first: int, start: int) -> bool:
    """The writer's own verb of saying (أقول) before the trigger, after the published piece he
    answers (المنشور بتاريخ): a reader's letter."""
    say, piece = typed_cue_words("letter", "say"), typed_cue_words("letter", "piece")
    said = False
    for k in range(first - 1, start - 1, -1):
        keys = key_set(tokens[k].norm)
        if not said:
            said = not keys.isdisjoint(say)
        elif not keys.isdisjoint(piece):
            return True
    return False


def _verb_reason(tokens: list[Token], trig: Trigger, first: int, last: int, start: int,
                 end: int, future: bool, key: str = "") -> str:
    if _relative_before(tokens, first, start) or \
            not trig.imperfect and _describes_indefinite_noun(tokens, first, start, key):
        return "relative"
    if trig.imperfect and not future and _unmarked(tokens, first, last, start, end, trig.type):
        return "habitual"
    if "detail" in trig.needs and not _counted_crowd(tokens, first, last, start, end):
        return "elaboration"
    return ""


def _describes_indefinite_noun(tokens: list[Token], first: int, start: int, key: str) -> bool:
    """A perfect verb with an object pronoun right after an indefinite noun or adjective
    (سفينة أوكرانية اختطفها قراصنة، جنود خطفهم مسلحون): Arabic opens a relative clause after an
    indefinite noun with no relative pronoun, and the object pronoun takes the noun up. The
    clause describes the noun by an act told before. A plural verb (رجلا خطفوه) may have the
    noun as its subject, and a noun right after إن or أن is the subject of what follows."""
    norm = tokens[first].norm
    at = norm.find(key) if key else -1
    if at < 0 or norm[at + len(key):] not in OBJECT_PRONOUNS:
        return False
    k = first - 1
    if k < start or not tokens[k].norm.isalpha() or _definite(tokens[k].norm) \
            or tokens[k].norm in function_words():
        return False
    return k == start or tokens[k - 1].norm not in COMPLEMENTISERS


def _possessed(token: Token, key: str) -> bool:
    """An event noun with a possessive pronoun (مسيرتهم، هجومها، اختطافه) refers to an event
    known through its participants; a form that may be a verb with its object (خطفهم) is not
    taken for one."""
    return key not in verb_heads() and has_enclitic(token)


def _goal(tokens: list[Token], first: int, start: int) -> bool:
    """An event noun with the preposition ل names the goal of another act (دعا للتظاهر،
    استعدادا لهجوم، محاولة لتفجير), unless a verb of undergoing governs it (تعرّض لهجوم)."""
    norm = tokens[first].norm
    if norm[:1] in "وف" and len(norm) > 4:
        norm = norm[1:]
    if not norm.startswith("ل") or norm[1:] not in key_set(tokens[first].norm) \
            and not norm.startswith("لل"):
        return False
    undergo = cue_words("undergo")
    return all(key_set(tokens[k].norm).isdisjoint(undergo)
               for k in _before(tokens, first, start, UNDERGO_REACH))


def is_reference(tokens: list[Token], first: int, last: int, start: int, end: int,
                 event_type: str) -> bool:
    """True when the noun at ``first..last`` names an event without reporting one."""
    if _opens_sentence(tokens, first, start) or _ongoing_at_venue(tokens, first, last, start, end):
        return False
    if _referred(tokens, first, start) or _topic(tokens, first, start):
        return True
    if event_type == "ASSAULT" and _made_to_happen_in_relative(tokens, first, start):  # a toll
        return True
    if _made_to_happen(tokens, first, last, start, end):
        return False
    if _described_by_relative(tokens, first, last, end):
        return True
    return _unmarked(tokens, first, last, start, end, event_type)


def _ongoing_at_venue(tokens: list[Token], first: int, last: int, start: int, end: int) -> bool:
    """A verb of venue before the noun, and a span still running in the clause (تشهد المدينة
    منذ أيام احتجاجات، تشهد حلب حاليا اشتباكات، شهدت بغداد منذ أسبوع مظاهرات): the place is
    the scene of an act going on now, which is reported, in the present tense too. منذ
    right before the noun dates from it (تشهد البلاد توترا منذ الهجمات) and names it."""
    verbs = venue_verbs()
    if all(key_set(tokens[k].norm).isdisjoint(verbs) for k in _before(tokens, first, start,
                                                                      VERB_REACH)):
        return False
    ongoing = cue_words("ongoing")
    dating = _dating_words()
    for k in _around(tokens, first, last, start, end, MARK_REACH):
        keys = key_set(tokens[k].norm)
        if not keys.isdisjoint(ongoing) and (k != first - 1 or keys.isdisjoint(dating)):
            return True
    return False


@cache
def _dating_words() -> frozenset[str]:
    """The words of a running span that take a noun (منذ): right before an event noun they
    date from that event."""
    return frozenset(c.words[0] for c in cues().get("ongoing", ()) if c.value == "noun")


def _made_to_happen(tokens: list[Token], first: int, last: int, start: int, end: int) -> bool:
    """A verb that makes the noun happen or reports its outcome, before it in the clause or
    after it in the same clause, but not inside a relative clause that describes it."""
    verbs = occurrence_verbs()
    relatives = typed_cue_words("relative", "noun")
    for k in _before(tokens, first, start, VERB_REACH):
        if not key_set(tokens[k].norm).isdisjoint(verbs) or _refrain_denied(tokens, k, start):
            return True
    for k in _after(tokens, last, end, VERB_REACH):
        keys = key_set(tokens[k].norm)
        if not keys.isdisjoint(relatives):
            return False
        if not keys.isdisjoint(verbs):
            return True
    return False


def _made_to_happen_in_relative(tokens: list[Token], first: int, start: int) -> bool:
    """A verb of consequence that opens a relative clause (الحرب التي أسفرت عن مقتل الآلاف،
    الهجوم الذي أدى إلى مقتل خمسة): the clause tells the toll of an event it describes, which
    the reader is taken to know, and reports no new one. A verb whose subject is a party
    (التحالف الذي شن غارات) still reports the act it takes."""
    verbs = cue_words("consequence")
    relatives = typed_cue_words("relative", "noun")
    for k in _before(tokens, first, start, VERB_REACH):
        if not key_set(tokens[k].norm).isdisjoint(verbs):
            return k > start and not key_set(tokens[k - 1].norm).isdisjoint(relatives)
    return False


def _refrain_denied(tokens: list[Token], k: int, start: int) -> bool:
    """A verb of holding back right after a negation of the past (لم يتورع عن إحراق نفسه، لم
    يتوان عن قتل): the act it held back from was done. After لا it is a habit (لا يترددون في
    قتل), which tells of no one act."""
    return (k > start and tokens[k].norm in cue_words("refrain")
            and tokens[k - 1].norm in _past_negations())


@cache
def _past_negations() -> frozenset[str]:
    """The negation particles of a past act (لم، ولم): ``value`` past in ``modality.tsv``."""
    return frozenset(c.words[0] for c in cues().get("negation", ())
                     if c.value == "past" and len(c.words) == 1)


def _described_by_relative(tokens: list[Token], first: int, last: int, end: int) -> bool:
    """A definite noun followed by a relative clause (الهجوم الذي وقع أمس): the clause
    identifies an event the reader is taken to know."""
    if not _definite(tokens[first].norm):
        return False
    relatives = typed_cue_words("relative", "noun")
    for k in range(last + 1, min(end, last + 1 + RELATIVE_REACH)):
        if tokens[k].is_punct:
            return False
        if tokens[k].norm in relatives:
            return True
    return False


def _definite(norm: str) -> bool:
    return any(key.startswith("ال") for key in key_set(norm))


def _relative_before(tokens: list[Token], first: int, start: int) -> bool:
    """A relative pronoun right before the verb (الذي اغتالته، التي خطفت، الذين قد قتلوا،
    من اغتالوا)."""
    relatives = typed_cue_words("relative", "verb")
    for k in range(first - 1, max(start, first - 2) - 1, -1):
        norm = tokens[k].norm
        if norm in relatives:
            return True
        if norm != "قد":
            return False
    return False


def _counted_crowd(tokens: list[Token], first: int, last: int, start: int, end: int) -> bool:
    """A crowd introduced with its size (آلاف المتظاهرين، نحو 200 متظاهر): the act brings in
    new protesters rather than telling what known ones did (ورفع المتظاهرون لافتات)."""
    counts = cue_words("crowd_count")
    for k in _around(tokens, first, last, start, end, CROWD_REACH):
        norm = tokens[k].norm
        if norm.isdigit() or not key_set(norm).isdisjoint(counts):
            return True
    return False


def _dated_earlier(tokens: list[Token], first: int, last: int, start: int, end: int,
                   year: int | None) -> bool:
    """A year before the year of publication (any year up to 2100 when that is unknown), or a span of
    years back (قبل ثلاثة أعوام), in the trigger's clause, also where a phrase of time opens
    the sentence (وفي عام 2013 قتل مسلحون ...، منذ العام 2005 بدأ); only a chronology line
    that opens with a bare date and a dash (5 فبراير 2004 - اغتيال ...) reports what it
    dates."""
    durations = cue_words("years_ago")
    anchors = cue_words("years_back")
    for k in _around(tokens, first, last, start, end, YEAR_REACH):
        norm = tokens[k].norm
        if norm.isdigit() and len(norm) == 4 and FIRST_YEAR <= int(norm) < (year or LAST_YEAR):
            return not _opens_with_date(tokens, start, k, end)
        if norm in anchors and any(t.norm in durations
                                   for t in tokens[k + 1:min(end, k + 1 + SPAN_REACH)]):
            return True
        if _last_year(tokens, k, end):
            return True
    return False


def _last_year(tokens: list[Token], k: int, end: int) -> bool:
    """The year before the year of publication named by a year noun and a word for past
    (العام الماضي، السنة (الماضية)), brackets and all."""
    if tokens[k].norm not in cue_words("year_noun"):
        return False
    past = cue_words("past_adjective")
    for t in tokens[k + 1:min(end, k + 3)]:
        if t.norm in past:
            return True
        if not (t.is_punct and t.text in BRACKETS):
            return False
    return False


def _opens_with_date(tokens: list[Token], start: int, year_at: int, end: int) -> bool:
    """The year closes a date that heads a chronology line (5 فبراير 2004 - ...): a dash
    right after it, and no more than a day and a month before it."""
    return (year_at - start <= 3 and year_at + 1 < end
            and tokens[year_at + 1].text in DATELINE_DASHES
            and all(not t.is_punct or t.text in "*-" for t in tokens[start:year_at]))


def _chronology_line(tokens: list[Token], start: int, end: int) -> bool:
    """The sentence opens with a bare date and a dash or a colon (5 فبراير 2004 - ...)."""
    return any(tokens[k].norm.isdigit() and len(tokens[k].norm) == 4
               and _opens_with_date(tokens, start, k, end)
               for k in range(start, min(end, start + 4)))


def _unmarked(tokens: list[Token], first: int, last: int, start: int, end: int,
              event_type: str) -> bool:
    """No time word, toll or count near the trigger, it does not open the sentence and the
    sentence is no chronology line (5 فبراير 2004: تعرض ... لمحاولة اغتيال), whose date
    marks each act it lists."""
    if _opens_sentence(tokens, first, start) or _chronology_line(tokens, start, end):
        return False
    marks = occurrence_marks(event_type)
    for k in _around(tokens, first, last, start, end, MARK_REACH):
        norm = tokens[k].norm
        if norm.isdigit() or not key_set(norm).isdisjoint(marks):
            return False
    return True


def _opens_sentence(tokens: list[Token], first: int, start: int) -> bool:
    """Nothing but punctuation and numbers before it (a headline, a dated chronology line),
    or a dateline (تونس - إضراب عام)."""
    k = first - 1
    while k >= start and (tokens[k].is_punct and tokens[k].text not in "،," or
                          tokens[k].norm.isdigit()):
        k -= 1
    if k < start:
        return True
    return k < first - 1 and tokens[k + 1].text in DATELINE_DASHES and k - start < DATELINE_WORDS


def _referred(tokens: list[Token], first: int, start: int) -> bool:
    words = cue_words("reference")
    for k in range(first - 1, max(start, first - REFERENCE_REACH) - 1, -1):
        if tokens[k].is_punct or tokens[k].norm.isdigit():  # منذ 2023 هجمات: منذ governs 2023
            return False
        if not key_set(tokens[k].norm).isdisjoint(words):
            return True
    return False


def _setting_of_toll(tokens: list[Token], first: int, start: int) -> bool:
    """A protest noun after في or خلال with a toll before it in its clause (سقط خمسة
    متظاهرين في مظاهرات أمس، إصابة عدد من المتظاهرين في المسيرات) is where the dead and the
    wounded fell: the sentence reports the toll of a protest known before."""
    if first - 1 < start or tokens[first - 1].norm not in SETTING_WORDS:
        return False
    toll = _toll_words()
    return any(not key_set(tokens[k].norm).isdisjoint(toll)
               for k in _before(tokens, first - 1, start, TOLL_REACH))


@cache
def _toll_words() -> frozenset[str]:
    """Casualty verbs (سقط، أصيب) and the marks of an attack's toll (قتلى، جرحى، إصابة)."""
    return cue_words("casualty") | (typed_cue_words("occurrence_mark", "ASSAULT")
                                    - typed_cue_words("occurrence_mark", ""))


def _topic(tokens: list[Token], first: int, start: int) -> bool:
    """The noun is what an inquiry, a trial or a role is about: its في phrase a few words
    after the topic noun (دور المخابرات الإيرانية في اختطاف السفير، لجنة التحقيق الدولية في
    اغتيال الحريري). The act is known; the sentence tells of the inquiry."""
    if first - 1 < start or tokens[first - 1].norm != IN:
        return False
    words = cue_words("topic")
    return any(not key_set(tokens[k].norm).isdisjoint(words)
               for k in _before(tokens, first - 1, start, TOPIC_REACH))


def _before(tokens: list[Token], first: int, start: int, reach: int) -> list[int]:
    out = []
    for k in range(first - 1, max(start, first - reach) - 1, -1):
        if _stop(tokens[k]):
            break
        out.append(k)
    return out


def _after(tokens: list[Token], last: int, end: int, reach: int) -> list[int]:
    out = []
    for k in range(last + 1, min(end, last + 1 + reach)):
        if _stop(tokens[k]):
            break
        out.append(k)
    return out


def _around(tokens: list[Token], first: int, last: int, start: int, end: int,
            reach: int) -> list[int]:
    """Token indices within ``reach`` of the trigger, not across a clause break."""
    return _before(tokens, first, start, reach) + _after(tokens, last, end, reach)


def _stop(token: Token) -> bool:
    """Clause breaks other than the comma, which Arabic news uses between any phrases."""
    return is_break(token) and token.text not in "،,"
