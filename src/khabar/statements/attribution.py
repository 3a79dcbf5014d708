"""From frames to statements: who speaks when the clause does not say, and who carries whom.

- A verb with no subject of its own (وأشار إلى أنّ، وتابع أنه، ولفتت إلى أن) continues the most
  recent outermost speaker whose gender agrees with the verb (ولفتت is feminine). A person
  who is the subject of a verb opening the sentence before, or the same sentence, and said
  nothing there is more recent still (دافع كيري عن القرار. وقال: «…»); so is a body or a
  state, through a verb that agrees with it (أصدرت المنظمة تقريرا. وقالت إن …؛ واتهمت
  باكستان الهند …، وقالت إن …).
- A participle or verbal noun (مشيراً إلى أنّ، مؤكدةً أن) continues the speaker of its clause.
- A statement whose clause opens the content of another (أعلن أوشاكوف أنّ بوتين أبلغ …), or
  stands inside a quotation within it, is carried by it: ``parent`` is the carrier and ``via``
  the carrier's ``via`` plus the carrier's speaker. Any other later cue in the sentence starts
  a new statement and closes the content before it (… ، مشيراً إلى أنّ …).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.actors.bodies import DEMONSTRATIVES
from khabar.lexicon_index import function_words
from khabar.model import Document, Mention, Statement, Token
from khabar.statements.channels import channel_of_words, find_channel
from khabar.statements.frames import (
    CLAUSE_PUNCT,
    COMPLEMENTISERS,
    NOT_SUBJECT,
    PREPOSITIONS,
    PRONOUN_ENDINGS,
    Frame,
    cue_at,
    governed,
    trim_span,
)
from khabar.statements.lexicon import Cue
from khabar.statements.view import DocView
from khabar.text.records import build
from khabar.text.tokens import proclitics

OUTLET_PREFIX = "outlet:"
OPENING_WORDS = 3
ISSUER_SENTENCES = 5  # how far back a definite document (التقرير) looks for its issuer
MIN_DOCUMENT_WORD = 3
SUBJECT_KINDS = ("PER", "ORG", "GPE")  # who opens a sentence as the subject a later verb continues
VERB_WORDS = 2  # words before a subject at the head of a sentence: the verb and an adverb
LEAD_WORDS = 2  # words of a leading adverbial before its comma (من جهته،)
PHRASE_LEAD_WORDS = 6  # words of a leading prepositional phrase before its comma (في وقت لاحق،)
SUBJECT_REACH = 12  # tokens before a cue where a subject the rules missed may stand
MIN_NAME_LETTERS = 3  # a family name without its article (الكافي، سيدا)
NAME_OCCURRENCES = 6  # earlier writings of a family name looked at for the title beside it
TITLE_GAP = 5  # tokens from a title to the family name after it (الوزير مفوض تجاري علي الليثي)
# Closed-class words that may stand between an opening verb and its subject (أعلن أمس الوزير).
OPENING_ADVERBS = frozenset({"امس", "اليوم", "ايضا", "كذلك", "قد", "لقد"})


@dataclass
class Draft:
    """A statement being built, with the frame it came from."""

    frame: Frame
    speaker: str | None
    speaker_mention: Mention | None
    content: tuple[int, int]
    parent: Draft | None = None
    channel: str | None = None
    via: list[str] = field(default_factory=list)

    @property
    def top(self) -> Draft:
        draft = self
        while draft.parent is not None:
            draft = draft.parent
        return draft


@dataclass
class Context:
    """What earlier sentences leave for later ones."""

    base_via: list[str]
    recent: list[Draft] = field(default_factory=list)  # outermost statements, in order
    genders: dict[str, str] = field(default_factory=dict)  # actor id -> m/f seen on verbs
    pairs: dict[frozenset[str], str] = field(default_factory=dict)  # conversation channels
    spoken: set[int] = field(default_factory=set)  # sentences with an outermost statement


def outlet_via(doc: Document) -> list[str]:
    """The outermost links: the outlet, then the outlet it carries."""
    return [OUTLET_PREFIX + name for name in (doc.outlet, doc.syndicated_from) if name]


def attribute(doc: Document, view: DocView, frames: list[list[Frame]]) -> list[Draft]:
    """Drafts for all frames, sentence by sentence, in text order."""
    context = Context(outlet_via(doc))
    drafts: list[Draft] = []
    for sentence_frames in frames:
        in_sentence: list[Draft] = []
        for frame in sentence_frames:
            draft = _place(doc, view, frame, in_sentence, context)
            if draft is None:
                continue
            _set_channel(doc, view, draft, in_sentence, context)
            in_sentence.append(draft)
            if draft.parent is None and (draft.speaker is not None or draft.frame.explicit) \
                    and not _quoted_in_passing(draft.frame):
                context.recent.append(draft)  # an unknown speaker too: no older one goes on
                context.spoken.add(frame.sentence)
        drafts.extend(in_sentence)
    return drafts


def _quoted_in_passing(frame: Frame) -> bool:
    """A verbal noun with its own speaker (ردا على تأكيد أوباما أن …) cites someone within
    another's sentence: a later verb without a subject does not continue that speaker."""
    return frame.cue.kind == "noun" and frame.speaker is not None


def _place(doc: Document, view: DocView, frame: Frame, in_sentence: list[Draft],
           context: Context) -> Draft | None:
    assert frame.content is not None
    cue_start = doc.tokens[frame.first].start
    container = _container(in_sentence, cue_start)
    mention = frame.speaker
    speaker = mention.actor if mention else None
    kind = frame.cue.kind
    nested = False
    if kind == "participle" or (kind == "noun" and mention is None) or frame.relative:
        speaker, mention = _continuing(doc, view, frame, container, in_sentence, context)
    elif kind == "prep" and _relays(doc, frame, in_sentence):
        _add_relay(in_sentence, frame)
        _cut_before_relay(doc, in_sentence, frame)
        return None
    elif kind == "prep" and mention is None:
        speaker = _by_channel_word(frame, context)
        nested = container is not None and _inside_quote(doc.text, container.content[0], cue_start)
    elif mention is None and frame.source_word:  # وقال البيان: as بحسب البيان
        speaker = _by_channel_word(frame, context, fallback=False)
    elif mention is None and frame.explicit and _issuer(doc, view, frame, context) is not None:
        mention = _issuer(doc, view, frame, context)  # وقال التقرير: who issued the report
        speaker = mention.actor if mention else None
    elif mention is None and frame.explicit and _titled_person(doc, view, frame) is not None:
        mention = _titled_person(doc, view, frame)  # وأوضح الكافي: رئيس اللجنة، عبادة الكافي
        speaker = mention.actor if mention else None
    elif mention is not None or frame.explicit:
        if mention is not None and frame.speaker_gender:
            context.genders.setdefault(speaker or "", frame.speaker_gender)
        if container is not None:
            nested = _opens(doc.text, container.content[0], frame.clause_start) or \
                _inside_quote(doc.text, container.content[0], cue_start)
    elif container is not None and _opens_content(doc, container, frame):
        nested = True
        if not _unnamed_subject(doc, view, container, frame):  # قال إنه كان يعتقد، «لا أعتقد
            speaker, mention = container.speaker, container.speaker_mention
    elif container is not None and _speaks_in_own_quote(doc, container, frame, context):
        nested = True  # «…، لكن لا أعتقد أن …»: the quoted speaker speaks of himself
        speaker, mention = container.speaker, container.speaker_mention
    else:
        topic = _topic(doc, view, frame, context)
        if topic is not None:
            speaker, mention = topic.actor, topic
        else:
            speaker = _recent_speaker(doc, frame.speaker_gender, context)
    draft = Draft(frame, speaker, mention, frame.content)
    if container is not None and nested:
        draft.parent = container
        if not container.frame.direct and not _opens(doc.text, container.content[0],
                                                     frame.clause_start):
            _cut(doc, container, frame.clause_start, at_comma_only=True)
    elif container is not None:
        node: Draft | None = container
        while node is not None:
            _cut(doc, node, frame.clause_start)
            node = node.parent
    parent_via = draft.parent.via + ([draft.parent.speaker] if draft.parent.speaker else []) \
        if draft.parent else list(context.base_via)
    if frame.relayer is not None and frame.relayer.actor:
        parent_via = parent_via + [frame.relayer.actor]
    draft.via = parent_via
    return draft


def _relays(doc: Document, frame: Frame, in_sentence: list[Draft]) -> bool:
    """«قال X: "…"، وفقا لشبكة CNN»: the phrase names who relayed X's statement. So does one
    that cites with a pronoun (…، بحسب ما نقلت عنه الوكالة) the statement before it."""
    if frame.content_token is None or not in_sentence or frame.speaker is None:
        return False
    previous = in_sentence[-1]
    if previous.parent is not None:
        return False
    return frame.content[0] <= previous.frame.clause_start < frame.content[1] \
        or _cites_pronoun(doc, frame)


def _cites_pronoun(doc: Document, frame: Frame) -> bool:
    """عنه، عنها between the phrase and its source (بحسب ما نقلت عنه، كما نقلت عنها)."""
    first = frame.speaker.start if frame.speaker else frame.first
    return any(tok.stem[:2] == "عن" and tok.stem[2:] in PRONOUN_ENDINGS and tok.start < first
               for tok in doc.tokens[frame.last:frame.last + 2])


def _cut_before_relay(doc: Document, in_sentence: list[Draft], frame: Frame) -> None:
    """End the contents that run into the relaying phrase (… ممكن، بحسب ما نقلت عنه الوكالة);
    a quotation keeps what it quotes."""
    for draft in in_sentence:
        if not draft.frame.direct and draft.content[0] < frame.clause_start <= draft.content[1]:
            _cut(doc, draft, frame.clause_start)


def _add_relay(in_sentence: list[Draft], frame: Frame) -> None:
    """Insert the relaying source after the outlets in the chains of the sentence's statements."""
    relay = frame.speaker.actor if frame.speaker else None
    if relay is None:
        return
    for draft in in_sentence:
        links = [v for v in draft.via if v.startswith(OUTLET_PREFIX)]
        draft.via = links + [relay] + draft.via[len(links):]


def _container(in_sentence: list[Draft], offset: int) -> Draft | None:
    """The innermost earlier statement of the sentence whose content holds ``offset``."""
    best = None
    for draft in in_sentence:
        start, end = draft.content
        if start <= offset < end and (best is None or start >= best.content[0]):
            best = draft
    return best


def _opens(text: str, content_start: int, clause_start: int) -> bool:
    """The clause begins the content: at most a few words (الرئيس …) and no comma before it."""
    if clause_start < content_start:
        return False
    before = text[content_start:clause_start]
    return not any(p in before for p in CLAUSE_PUNCT) and len(before.split()) <= OPENING_WORDS


def _issuer(doc: Document, view: DocView, frame: Frame, context: Context) -> Mention | None:
    """Who issued the document a definite subject refers back to (أصدر مجلس الأمن تقريرا …
    وأشار التقرير إلى أن؛ وقال تقرير صادر عن البنك … وأضاف التقرير): the word without its
    article, written a few sentences before, was the object of a body or person opening its
    sentence, or the subject of a statement that named its author. The word with its article
    may also repeat the first word of a name (المرصد السوري … وقال المرصد), after a
    demonstrative too (هيئة التحقيقات … وقالت هذه الهيئة)."""
    key = ("issuer", frame.first)
    if key in view.memo:
        return view.memo[key]
    found = None
    at = frame.last
    if doc.tokens[at].norm in DEMONSTRATIVES and at + 1 < doc.sentences[frame.sentence].token_end:
        at += 1  # وقالت هذه الهيئة: the noun after the demonstrative refers back
    word = doc.tokens[at]
    head = word.stem[2:] if word.stem.startswith("ال") and not word.segments else ""
    if len(head) >= MIN_DOCUMENT_WORD:
        floor = doc.sentences[max(0, frame.sentence - ISSUER_SENTENCES)].token_start
        for k in range(frame.first - 1, floor - 1, -1):
            stem = doc.tokens[k].stem
            if stem in (head, head + "ا"):
                found = _issuer_at(doc, view, k, stem != head, context)
                break
            if stem == word.stem:  # المرصد … وقال المرصد: the body that name began, if any
                found = _named_again(view, k, context)
                if found is not None:
                    break
    view.memo[key] = found
    return found


def _named_again(view: DocView, k: int, context: Context) -> Mention | None:
    """The body or person whose name began with the definite word at token ``k`` (المرصد
    السوري لحقوق الإنسان … وقال المرصد), or the speaker of the statement it was the subject
    of (وأشار التقرير … وأضاف التقرير)."""
    named = next((m for m in view.mentions_from(k, k + 1) if m.actor is not None
                  and m.kind in SUBJECT_KINDS and view.ranges[m.id][0] == k), None)
    if named is not None:
        return named
    return next((draft.speaker_mention for draft in reversed(context.recent)
                 if draft.frame.last == k), None)


def _issuer_at(doc: Document, view: DocView, k: int, accusative: bool,
               context: Context) -> Mention | None:
    """The author of the document named at token ``k``: the speaker of the statement whose
    subject it was, else the body or person opening its sentence, when the document is the
    object of its verb: in the accusative (تقريرا) or right after the subject (أصدرت الجامعة
    دراسة). A body whose name the word began (وكالة الأناضول) is itself the speaker."""
    named = next((m for m in view.mentions_from(k, k + 1) if m.actor is not None
                  and m.kind != "LOC" and view.ranges[m.id][0] == k), None)
    if named is not None:
        return named  # نقلت وكالة الأناضول … وقالت الوكالة: the body the noun began
    for draft in reversed(context.recent):
        if draft.frame.last == k:
            return draft.speaker_mention
    subject = _opening_subject(doc, view, doc.tokens[k].sentence)
    if subject is None or subject.start >= doc.tokens[k].start:
        return None
    return subject if accusative or view.ranges[subject.id][1] == k else None


def _titled_person(doc: Document, view: DocView, frame: Frame) -> Mention | None:
    """The person whose family name alone is the cue's subject (وأوضح الكافي، ويشير سيدا):
    the name was written earlier in full next to a title the rules know (رئيس اللجنة، عبادة
    الكافي؛ وميرزا الصايغ رئيس مجلس الأمناء), so the title's person speaks. The rules know
    no such name alone, so without it the statement has no speaker."""
    key = ("titled", frame.first)
    if key in view.memo:
        return view.memo[key]  # type: ignore[return-value]
    found = None
    at = frame.last
    if doc.tokens[at].norm in DEMONSTRATIVES and at + 1 < doc.sentences[frame.sentence].token_end:
        at += 1  # وقالت هذه الهيئة: the noun after the demonstrative refers back
    word = doc.tokens[at]
    sentence_end = doc.sentences[frame.sentence].token_end
    if frame.last < sentence_end and _plain_name(word):
        seen = 0
        for k in range(frame.first - 1, -1, -1):
            if doc.tokens[k].stem == word.stem and doc.tokens[k].norm[-1:] == word.norm[-1:]:
                found = _titled_at(doc, view, k)
                seen += 1
                if found is not None or seen == NAME_OCCURRENCES:
                    break
    if found is not None and frame.speaker_gender and found.gender not in (None, frame.speaker_gender):
        found = None
    view.memo[key] = found
    return found


def _plain_name(tok: Token) -> bool:
    """A word that may be a family name: long enough, no punctuation, function word or
    preposition on it."""
    stem = tok.stem.removeprefix("ال")
    return not tok.is_punct and len(stem) >= MIN_NAME_LETTERS and tok.stem not in function_words() \
        and tok.stem not in NOT_SUBJECT and not set(proclitics(tok)) & {"ل", "ب", "ك"}


def _titled_at(doc: Document, view: DocView, k: int) -> Mention | None:
    """The person named at token ``k``, the last word of his name: a person mention ending
    there, a title a few words before the name (المتحدث باسم المجموعة علي الأحمدي؛ رئيس
    اللجنة، عبادة الكافي), over the name of a body it governs (الناطق باسم مجلس قيادة
    المقاومة علي الأحمدي), or a title right after it (وميرزا الصايغ رئيس المجلس). A name
    after the word (المصمم جون غاليانو) makes it a common noun, no family name."""
    own = view.mention_ending_at(k)
    if own is not None and own.kind == "PER" and own.actor is not None:
        return own
    sentence = doc.tokens[k].sentence
    given = doc.tokens[k - 1] if k > 0 else None
    if given is None or given.sentence != sentence or given.is_punct or cue_at(given) is not None \
            or given.stem in COMPLEMENTISERS:
        return None  # no first name before it: a noun of its own (حسب أصدقاء عبد العزيز)
    j, units = k - 1, 0
    while j >= 0 and units < TITLE_GAP and doc.tokens[j].sentence == sentence:
        title = next((m for m in view.by_last.get(j, ()) if _title(doc, view, m)), None)
        if title is not None and j < k - 1:
            return title
        body = view.mention_ending_at(j)
        tok = doc.tokens[j]
        if body is not None and body.kind != "PER" and j < k - 1:
            j = view.ranges[body.id][0] - 1  # باسم مجلس قيادة المقاومة: the body a title governs
        elif tok.text in CLAUSE_PUNCT or _plain_name_word(tok) or j == k - 1:
            # the first name may be any word (علي الأحمدي)
            if tok.norm[:1] == "و":
                break  # وميرزا الصايغ: a name joined by و begins here, after another's title
            j -= 1
        else:
            break
        units += 1
    j = k + 1
    if j < len(doc.tokens) and doc.tokens[j].text in CLAUSE_PUNCT:
        j += 1
    if j < len(doc.tokens) and doc.tokens[j].sentence == sentence:
        return next((m for m in view.mentions_from(j, j + 1)
                     if m.via == "title" and _title(doc, view, m)), None)
    return None


def _title(doc: Document, view: DocView, mention: Mention) -> bool:
    """The mention names one person a name may stand beside (no body, no group, nothing a
    preposition governs)."""
    return mention.kind == "PER" and mention.actor is not None and not mention.plural \
        and not governed(doc, view, mention)


def _plain_name_word(tok: Token) -> bool:
    """A word of a name or of a title's rest (عبادة، مفوض تجاري، التشريع العام): no other
    punctuation, preposition, complementiser or cue."""
    return not tok.is_punct and tok.stem not in PREPOSITIONS and tok.stem not in COMPLEMENTISERS \
        and cue_at(tok) is None


def _opens_content(doc: Document, container: Draft, frame: Frame) -> bool:
    """A cue without a subject or a conjunction a few words into another statement's content
    (أن شيرمان قالت، إنه كان يعتقد، «لا أعتقد): its clause is part of what that statement
    says. One with و (أنهما ينتظران مولودا وكشفا) goes on from the clause before."""
    start = container.content[0]
    return frame.clause_start > start and _opens(doc.text, start, frame.clause_start) \
        and doc.tokens[frame.first].norm == frame.cue.form


def _speaks_in_own_quote(doc: Document, container: Draft, frame: Frame,
                         context: Context) -> bool:
    """A verb without a subject or a conjunction inside a quotation (قال: «… لكن لا أعتقد أن …»)
    is the quoted speaker's own, when it agrees with him in gender and is singular; a
    feminine or plural verb there (التي تقول، هددوا) has another subject the quotation names."""
    if not container.frame.direct or doc.tokens[frame.first].norm != frame.cue.form \
            or frame.cue.number not in (None, "sg"):
        return False
    gender = _gender(doc, container, context) if container.speaker else None
    return frame.cue.gender is None or gender in (None, frame.cue.gender)


def _unnamed_subject(doc: Document, view: DocView, container: Draft, frame: Frame) -> bool:
    """A word that is no function word stands before the cue in the content (أن شيرمان
    قالت، أن العناصر الأولى تفيد): the verb's subject, whom the rules do not know. With
    only function words before it (إنه كان يعتقد، «لا أعتقد) the speaker speaks of himself."""
    words = function_words()
    first = _token_index(view, container.content[0])
    tokens = doc.tokens
    return any(not tok.is_punct and tok.stem not in words and tok.norm not in words
               and not governed_word(tokens, k, first) for k, tok in enumerate(
                   tokens[first:frame.first], first))


def governed_word(tokens: list[Token], k: int, first: int) -> bool:
    """A word under a preposition, glued (لوصوله) or before it (عند وصوله): no subject."""
    if set(proclitics(tokens[k])) & {"ل", "ب"}:
        return True
    return k > first and tokens[k - 1].stem in PREPOSITIONS


def _inside_quote(text: str, start: int, offset: int) -> bool:
    chunk = text[start:offset]
    return (chunk.count("“") > chunk.count("”") or chunk.count("«") > chunk.count("»")
            or chunk.count('"') % 2 == 1)


def _cut(doc: Document, draft: Draft, clause_start: int, at_comma_only: bool = False) -> None:
    """End ``draft``'s content before the clause starting at ``clause_start``."""
    start, end = draft.content
    if not start < clause_start <= end:
        return
    region = doc.text[start:clause_start]
    comma = max(region.rfind(p) for p in CLAUSE_PUNCT)
    if comma > 0:
        new_end = start + comma
    elif at_comma_only:
        return
    else:
        new_end = clause_start
    span = trim_span(doc.text, start, new_end)
    if span:
        draft.content = span


def _continuing(doc: Document, view: DocView, frame: Frame, container: Draft | None,
                in_sentence: list[Draft], context: Context) -> tuple[str | None, Mention | None]:
    """Speaker of a participle: the clause's speaker, or the subject of the sentence."""
    if container is not None:
        top = container.top
        return top.speaker, top.speaker_mention
    tops = [d for d in in_sentence if d.parent is None]
    if tops:
        return tops[-1].speaker, tops[-1].speaker_mention
    sentence = doc.sentences[frame.sentence]
    for mention in view.mentions_from(sentence.token_start, frame.first):
        if mention.actor is not None and mention.kind != "LOC" and \
                not governed(doc, view, mention) and _agrees(mention, frame.cue):
            return mention.actor, mention
    if frame.cue.number == "pl":
        return None, None  # a group the rules do not know (أعلن الحضور …، مؤكدين), not one person
    return _recent_speaker(doc, frame.speaker_gender, context), None


def _agrees(mention: Mention, cue: Cue) -> bool:
    """A participle agrees with its subject: a name it does not agree with is some other
    word of the clause (وأشار إلى … في لبنان وسوريا، معتبرا؛ الذين تحدثت معهم الصحيفة،
    معتبرين), so the verb's own subject, named or dropped, speaks."""
    if cue.number == "pl":
        return mention.plural or mention.kind == "GRP"
    if mention.plural:
        return cue.gender != "m"  # a plural of things takes the feminine (المصادر، مشيرة)
    if mention.kind not in ("ORG", "GPE") or cue.gender is None:
        return True  # a person's gender is often guessed from the name alone
    return _body_gender(mention) == cue.gender


def _topic(doc: Document, view: DocView, frame: Frame, context: Context) -> Mention | None:
    """The person a verb without a subject continues when no statement came between: the
    subject of this sentence's opening verb, before the cue (وصف روحاني …، وقال إنّ), or of
    the clause before its comma (…، فيما أعلن الجيش مقتل جندي، وقال), or, for a cue that
    opens its sentence, of the sentence before (أعرب أوباما عن حزنه. وقال إنّ)."""
    if frame.sentence in context.spoken or frame.cue.number not in (None, "sg"):
        return None
    subject = _opening_subject(doc, view, frame.sentence)
    if subject is None or subject.start >= doc.tokens[frame.first].start:
        subject = _clause_subject(doc, view, frame)
    if subject is None or subject.start >= doc.tokens[frame.first].start:
        previous = frame.sentence - 1
        if previous < 0 or previous in context.spoken or not _no_subject_before(doc, view, frame):
            return None  # a cue after a name may have a subject the rules missed
        subject = _opening_subject(doc, view, previous)
        if subject is not None and subject.kind != "PER" and not _opens_sentence(doc, frame):
            return None  # a body named a sentence back speaks again only in a new sentence
    if subject is None or (frame.speaker_gender and subject.gender not in (None, frame.speaker_gender)):
        return None
    if subject.kind != "PER" and _body_gender(subject) != frame.speaker_gender:
        return None  # a body continues only through a verb that agrees with it (وقالت إنها)
    return subject


def _body_gender(mention: Mention) -> str:
    """The grammatical gender of a body's name: its own, else feminine when its head word
    ends in ta marbuta or is a feminine plural (الوزارة، القوات) and masculine otherwise
    (المجلس، الجيش)."""
    if mention.gender:
        return mention.gender
    if mention.kind == "GPE":
        return "f"  # a state or city speaking is feminine (وقالت باكستان، وأعلنت موسكو)
    head = mention.text.split()[0].rstrip("ًٌٍَُِّْ") if mention.text.split() else ""
    return "f" if head.endswith(("ة", "ات")) else "m"


def _opens_sentence(doc: Document, frame: Frame) -> bool:
    """The cue is the first word of its sentence, or follows a leading adverbial (من جهتها،)."""
    sentence = doc.sentences[frame.sentence]
    return frame.first == _after_lead(doc, sentence.token_start, sentence.token_end)


def _opening_subject(doc: Document, view: DocView, index: int) -> Mention | None:
    """A person or body named right after the verb that opens sentence ``index`` (وأعرب
    الرئيس …، أصدرت المنظمة …): one or two plain words before the name, none of them a noun
    with the article, a preposition or punctuation; before a body, the verb alone. A name
    that opens the sentence before its verb (النائب عميش يمثل …) is its subject as well."""
    key = ("opening_subject", index)
    if key in view.memo:
        return view.memo[key]
    sentence = doc.sentences[index]
    first = _after_lead(doc, sentence.token_start, sentence.token_end)
    found = _subject_at(doc, view, first, sentence.token_end)
    view.memo[key] = found
    return found


def _subject_at(doc: Document, view: DocView, first: int, end: int) -> Mention | None:
    """The person or body named right after a verb at token ``first``, or before its verb."""
    found = None
    for mention in view.mentions_from(first, min(end, first + VERB_WORDS + 1)):
        start = view.ranges[mention.id][0]
        before = doc.tokens[first:start]
        if start > first and mention.actor is not None and mention.kind in SUBJECT_KINDS \
                and not mention.plural and not governed(doc, view, mention) \
                and all(_verb_or_adverb(tok) for tok in before) \
                and (mention.kind == "PER" or _content_words(before) <= 1):
            found = mention  # a body right after its verb; إذاعة الجيش names no body speaking
        elif start == first and _fronted(doc, view, mention, end):
            found = mention
        break
    return found


def _clause_subject(doc: Document, view: DocView, frame: Frame) -> Mention | None:
    """For a cue joined by و after a comma (فيما أعلن الجيش مقتل الجندي، وقال في بيان), the
    subject of the clause before the comma, read as at the head of a sentence."""
    comma = frame.first - 1
    sentence = doc.sentences[frame.sentence]
    if comma <= sentence.token_start or doc.tokens[comma].text not in CLAUSE_PUNCT \
            or proclitics(doc.tokens[frame.first])[:1] != ("و",):
        return None
    start = next((k + 1 for k in range(comma - 1, sentence.token_start - 1, -1)
                  if doc.tokens[k].text in CLAUSE_PUNCT), sentence.token_start)
    if start == sentence.token_start:
        start = _after_lead(doc, start, comma)
    head = doc.tokens[start].norm
    if head[1:] in COMPLEMENTISERS and head[0] in "وف":
        return None  # فإن التخرج ليس …: a nominal clause names no one speaking
    return _subject_at(doc, view, start, comma)


def _fronted(doc: Document, view: DocView, mention: Mention, end: int) -> bool:
    """A person, body or state that opens its sentence before a plain word, the verb it is
    the subject of (كامل عبد الله يشكك في الأمر، ويرى أن …)."""
    after = view.ranges[mention.id][1]
    return mention.actor is not None and mention.kind in SUBJECT_KINDS and not mention.plural \
        and after < end and _verb_or_adverb(doc.tokens[after])


def _content_words(tokens: list[Token]) -> int:
    """How many of the tokens are neither adverbs nor function words (كما، لقد)."""
    words = function_words()
    return sum(tok.stem not in OPENING_ADVERBS and tok.stem not in words for tok in tokens)


def _no_subject_before(doc: Document, view: DocView, frame: Frame) -> bool:
    """No actor that could be the cue's subject stands shortly before it in its sentence: the
    cue opens the sentence, follows a closing quotation mark, or follows words naming no one
    (وعن ذلك، قال)."""
    sentence = doc.sentences[frame.sentence]
    k = frame.first - 1
    if k < sentence.token_start:
        return True
    before = doc.tokens[k]
    if before.is_punct and before.text not in CLAUSE_PUNCT:
        return True
    first = max(sentence.token_start, frame.first - SUBJECT_REACH)
    return not any(m.actor is not None and m.kind in ("PER", "ORG", "GRP")
                   and not governed(doc, view, m) for m in view.mentions_from(first, frame.first))


def _after_lead(doc: Document, first: int, end: int) -> int:
    """The token after a leading adverbial and its comma (من جهته، بدوره،), else ``first``.
    One that opens with a preposition may run longer (في وقت لاحق، خلال مقابلة مع الشبكة،)."""
    reach = PHRASE_LEAD_WORDS if first < end and doc.tokens[first].stem in PREPOSITIONS \
        else LEAD_WORDS
    for k in range(first, min(end, first + reach + 1)):
        tok = doc.tokens[k]
        if tok.text in CLAUSE_PUNCT:
            return k + 1 if k > first else first
        if (reach == LEAD_WORDS and tok.stem not in NOT_SUBJECT) or cue_at(tok) is not None:
            return first  # وعن ذلك يشرح فلان، …: a verb ends the adverbial
    return first


def _verb_or_adverb(tok: Token) -> bool:
    """A word that may open a verbal sentence: no punctuation, article or preposition."""
    stem = tok.stem
    return not tok.is_punct and not stem.startswith("ال") and \
        (stem not in NOT_SUBJECT or stem in OPENING_ADVERBS) \
        and "ل" not in proclitics(tok) and "ب" not in proclitics(tok)


def _recent_speaker(doc: Document, gender: str | None, context: Context) -> str | None:
    """The most recent outermost speaker whose gender agrees with the verb."""
    for draft in reversed(context.recent):
        if gender is None or _gender(doc, draft, context) in (None, gender):
            return draft.speaker
    return None


def _gender(doc: Document, draft: Draft, context: Context) -> str | None:
    actor_id = draft.speaker
    if actor_id in context.genders:
        return context.genders[actor_id]
    actor = doc.actor(actor_id)
    if actor is not None and actor.gender:
        return actor.gender
    mention = draft.speaker_mention
    if mention is not None and mention.gender:
        return mention.gender
    words = mention.text.split() if mention is not None else []
    if words:
        head = words[0].rstrip("ًٌٍَُِّْ")
        return "f" if head.endswith(("ة", "ه")) or (mention.kind == "GPE") else "m"
    return None


def _by_channel_word(frame: Frame, context: Context, fallback: bool = True) -> str | None:
    """بحسب البيان: the speaker of the most recent statement made through that channel, else
    (with ``fallback``) of the most recent statement. A document that is the subject of a
    verb (وتقول مذكرة) takes no speaker from a statement through another channel."""
    channel = channel_of_words((frame.source_word,)) if frame.source_word else None
    for draft in reversed(context.recent):
        if channel is not None and draft.channel == channel.name:
            return draft.speaker
    return context.recent[-1].speaker if context.recent and fallback else None


def _set_channel(doc: Document, view: DocView, draft: Draft, in_sentence: list[Draft],
                 context: Context) -> None:
    frame = draft.frame
    sentence = doc.sentences[frame.sentence]
    if frame.source_word:
        channel = channel_of_words((frame.source_word,))
        draft.channel = channel.name if channel else None
        return
    first = sentence.token_start
    if draft.parent is not None:
        first = max(first, _token_index(view, draft.parent.content[0]))
    cue_start = doc.tokens[frame.first].start
    ends = [other.content[1] for other in in_sentence
            if other.parent is None and other.content[1] <= cue_start]
    if ends:  # the token index only grows with the offset: one look-up for the latest end
        first = max(first, _token_index(view, max(ends)))
    last = frame.marker if frame.marker is not None else (
        frame.content_token if frame.content_token is not None else frame.last)
    if frame.cue.kind == "prep":
        last = frame.last + 2
    channel = find_channel(doc, first, min(last, sentence.token_end), frame.first)
    pair = frozenset(a for a in (draft.speaker, _addressee(draft)) if a)
    if channel is not None:
        draft.channel = channel.name
        if channel.conversation and len(pair) == 2:
            context.pairs.setdefault(pair, channel.name)
    elif draft.parent is not None:
        draft.channel = context.pairs.get(pair) or draft.parent.channel


def _addressee(draft: Draft) -> str | None:
    mention = draft.frame.addressee
    return mention.actor if mention else None


def _token_index(view: DocView, offset: int) -> int:
    i = view.token_at(offset)
    if i is not None:
        return i
    from bisect import bisect_left

    return bisect_left(view.starts, offset)


def to_statements(doc: Document, drafts: list[Draft]) -> list[Statement]:
    """Statement records in cue order, with ids ``s1``, ``s2`` …"""
    ordered = sorted(drafts, key=lambda d: doc.tokens[d.frame.first].start)
    ids = {id(d): f"s{n}" for n, d in enumerate(ordered, 1)}
    out = []
    for draft in ordered:
        frame = draft.frame
        cue_start = doc.tokens[frame.first].start
        cue_end = doc.tokens[frame.last - 1].end
        start, end = draft.content
        out.append(build(Statement, {
            "id": ids[id(draft)], "sentence": frame.sentence, "speaker": draft.speaker,
            "addressee": _addressee(draft), "cue": doc.span(cue_start, cue_end),
            "content": doc.span(start, end), "kind": frame.kind,
            "channel": draft.channel, "via": list(draft.via),
            "parent": ids[id(draft.parent)] if draft.parent else None, "claim": None,
            "speaker_mention": draft.speaker_mention.id if draft.speaker_mention else None,
        }, _STATEMENT_GIVEN))
    return out


# The fields :func:`to_statements` gives, all of the declared types: statements are built
# without validating them again. ``claim`` is left to :func:`link_claims`, so it does not
# count as set, as when the statement was validated.
_STATEMENT_GIVEN = frozenset(Statement.model_fields) - {"claim"}
