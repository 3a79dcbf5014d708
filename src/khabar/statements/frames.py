"""Cue frames: a reporting word with its subject, addressee and content, read off one sentence.

A frame is what the sentence itself says around a cue, before any reasoning across
sentences: for ``وأعلن يوري أوشاكوف أنّ بوتين ...`` the cue ``وأعلن``, the subject mention
after it (VSO), no addressee, and the content from the word after ``أنّ`` to the end of the
sentence. Whether a clause without a subject continues an earlier speaker, and which frame
carries which, is decided in :mod:`khabar.statements.attribution`.

Content begins at a complementiser (أنّ، إنّ، بأنّ، أنه ... also after إلى/من/على/عن), at a
quotation mark or after a colon; a verb with none of these within reach is not a statement
(``أعرب عن ترحيبه`` is an event only). Direct content is the inside of the quotation marks;
indirect content runs to the end of the sentence (a coordinated ``وأنّ …`` clause is part of
it). A verb's reach ends at a comma followed by a new coordinated clause (``، ووصفها``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache
from itertools import count

from khabar.dates.words import date_words
from khabar.events.lexicon import cue_words, typed_cue_words
from khabar.lexicon_index import function_words
from khabar.model import Document, Mention, Sentence, Token
from khabar.statements.lexicon import Cue, cues, is_press
from khabar.statements.view import OPEN_TO_CLOSE, DocView, quote_end
from khabar.text.normalize import normalize_word
from khabar.text.tokens import has_enclitic, proclitics

COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اننا",
                             "انكم", "انك"})
# Words after which أن is not a reporting complement (بعد أن، يجب أن، إلا أن، من شأنه أن).
NOT_REPORTING_BEFORE = frozenset({"بعد", "قبل", "منذ", "دون", "بدون", "يجب", "ينبغي", "يمكن",
                                  "بد", "حتي", "اجل", "لو", "بمجرد", "مجرد", "رغم", "برغم",
                                  "شرط", "بشرط", "ما", "الا", "غير", "كما", "شانه", "لا"})
# Prepositions that may stand right before a verb: من and حتى as conjunctions, إلى after motion.
VERB_AFTER_PREPOSITION = frozenset({"من", "حتي", "الي"})
# Words before a cue's form that make it a verbal noun no one said (عدم ذكر، الجدير ذكره),
# or a question that asks whether it was said or thought (هل تعتقد أن …؟).
NOT_SAID_BEFORE = frozenset({"عدم", "جدير", "الجدير", "هل"})
# Particles that open a clause whose subject may come before its verb (لكن مسؤولا قال، أن
# التحقيقات أشارت), normalised.
CLAUSE_OPENERS = COMPLEMENTISERS | frozenset({"لكن", "بل", "انما"})
# Words after which a mention is governed by a preposition, so it is no subject.
PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "خلال", "عبر", "لدي", "امام",
                          "حول", "بين", "بعد", "قبل", "منذ", "حتي", "عند", "ضد", "نحو", "باسم",
                          "تجاه", "ازاء", "لصالح", "بحق", "بشان", "حيال", "ل"})
# Closed-class words that may stand between a verb and its content without being its subject.
NOT_SUBJECT = PREPOSITIONS | COMPLEMENTISERS | frozenset({
    "اليوم", "امس", "ايضا", "كذلك", "قد", "لقد", "فقد", "ثم", "بدوره", "بدورها", "جهته",
    "جهتها", "جانبه", "جانبها", "سابق", "لاحق", "سابقا", "لاحقا", "مجددا", "اخيرا", "موخرا",
    "عقب", "اثر", "صباح", "مساء", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})
# Words that say who issued a document (تقرير صادر عن، بيان صدر عن), normalised.
ISSUED = frozenset({"صادر", "صادره", "الصادر", "الصادره", "صدر", "صدرت"})
# Pronouns that follow a verb without being its subject (وقال وهو يبتسم), and the endings
# that make a preposition carry one (أكد فيه، نقلت عنه، قال له).
PERSONAL_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "هن"})
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")
# The preposition that with a pronoun after a cue makes it a relative clause (بيانا أكد فيه).
RELATIVE_PREPOSITION = "في"
COLON = frozenset({":", "："})
HARAKAT = "ًٌٍَُِّْ"  # short vowels and shadda that may follow a final letter
CLOSING_QUOTES = frozenset(OPEN_TO_CLOSE.values())
CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";"})
VERB_WINDOW = 28
SHORT_WINDOW = 6
SOURCE_TAIL = 8  # words that may follow a source before its clause (لوكالة الأناضول، تحدث لـ …)
MIN_QUOTE_TOKENS = 5
SUBJECT_SLOTS = 3
TOPIC_WORDS = 16  # words of a topic after أما before the verb joined to it by ف
NAME_WORDS = 4  # words of a name the rules do not know, between a title and its verb
PARENTHESIS_WORDS = 4  # words of a parenthesis between a subject and its verb (خالد (35 عاما) قال)
DOCUMENT_MODIFIERS = 2  # adjectives or time words between a document and its author
PERFECT_PARTICLES = frozenset({"قد", "لقد"})  # between a subject and its verb (كانت الوزارة قد أعلنت)
RELAY_ROOT = "نقل"  # نقلها، نقلا: checked before the cue table
RELAY_SOURCE = "عن ان"  # the ``takes`` of a cue that cites its source with عن (نقل عن … أن)
CHANNEL_PARTNER = frozenset({"الي", "مع"})  # في رسالة إلى، خلال اتصال مع
CHANNEL_REACH = 3
TIME_KINDS = ("unit", "day", "day_word", "weekday", "year_word", "month_word")


@dataclass
class Frame:
    """One cue with what its own sentence says about it."""

    sentence: int
    cue: Cue
    first: int  # first token of the cue
    last: int  # token after the cue
    clause_start: int  # offset where the clause of the cue begins
    content: tuple[int, int] | None = None
    content_token: int | None = None  # first token of the content
    marker: int | None = None  # token of the complementiser, colon or opening quotation mark
    direct: bool = False
    speaker: Mention | None = None
    explicit: bool = False  # the clause names its subject, known or not
    addressee: Mention | None = None
    relayer: Mention | None = None
    relayed: bool = False  # the speaker is cited by the cue's subject (نقلت الوكالة عن …)
    source_gender: str | None = None  # نقلت عنه الوكالة: the gender of the cited pronoun
    source_word: str | None = None  # بحسب البيان: a channel word instead of a source
    relative: bool = False  # بيانا أكد فيه: a relative clause on something a speaker issued

    @property
    def speaker_gender(self) -> str | None:
        """The gender the speaker takes: the cue's, or in a relay the cited pronoun's (the
        verb of ونقلت عنه الوكالة agrees with the agency)."""
        return self.source_gender if self.relayed else self.cue.gender

    @property
    def kind(self) -> str:
        if self.cue.kind == "prep":
            return "according_to"
        return "direct" if self.direct else "indirect"


def cue_at(token: Token) -> Cue | None:
    """The cue a token is, with a conjunction (و، ف) allowed in front."""
    if token.is_punct:
        return None
    table = cues()
    norm = token.norm
    cue = table.get(norm)
    if cue is None and len(norm) > 3 and norm[0] in "وف":
        cue = table.get(norm[1:])
    if cue is not None:
        return None if cue.final_ya and _written_maqsura(token.text) else cue
    cue = table.get(token.stem)
    if cue is not None and cue.kind == "verb" and _object_pronoun(token):
        return cue  # ووصفها، اعتبرته: a verb with its object pronoun
    return None


def _written_maqsura(text: str) -> bool:
    """The word ends in alif maqsura as written (يدعى، تدعى): the passive of دعا, "is called"
    (شخص يدعى خالد), which the normalised form no longer tells from يدعي, "claims"."""
    return text.rstrip(HARAKAT).endswith("ى")


def _object_pronoun(token: Token) -> bool:
    """A pronoun glued to a verb as its object. A bare ي is none: a verb writes "me" as ني
    (أضافني), so إضافي، قولي are a noun with "my"."""
    return any(s.role == "enclitic" and s.norm != "ي" for s in token.segments)


@cache
def _cue_keys() -> frozenset[str]:
    """Every normalised token form that :func:`cue_at` may take for a cue."""
    table = cues()
    joined = {c + form for form in table if len(form) > 2 for c in "وف"}
    return frozenset(table) | frozenset(joined)


def _cue_candidates(view: DocView) -> list[int]:
    """Indexes of the tokens that may be cues (a set lookup each), built once per document;
    :func:`cue_at` decides on these alone."""
    found = view.memo.get("cue_candidates")
    if found is None:
        keys, table = _cue_keys(), cues()
        _, norms, stems = view.doc.token_columns()
        found = [k for k, norm, stem in zip(count(), norms, stems)
                 if norm in keys or stem in table]
        view.memo["cue_candidates"] = found
    return found


def find_frames(doc: Document, view: DocView, sentence: Sentence) -> list[Frame]:
    """Every cue frame of one sentence that has content, in text order."""
    frames: list[Frame] = []
    consumed = -1
    candidates = _cue_candidates(view)
    first = bisect_left(candidates, sentence.token_start)
    last = bisect_left(candidates, sentence.token_end, first)
    for i in candidates[first:last]:
        if i <= consumed:
            continue
        cue = cue_at(doc.tokens[i])
        if cue is None or _verbal_noun(doc.tokens, i):
            continue
        as_noun = cue.kind == "verb" and _after_preposition(doc.tokens, i, sentence)
        if as_noun:
            cue = replace(cue, kind="noun")  # ردا على وصف الحوثيين المقاومة بأنها …
        frame = _prep_frame(doc, view, sentence, i, cue) if cue.kind == "prep" else \
            _verb_frame(doc, view, sentence, i, cue)
        if frame is None or frame.content is None or (as_noun and frame.speaker is None):
            continue
        frames.append(frame)
        consumed = (frame.content_token or frame.last) - 1
    return frames


def _verbal_noun(tokens: list[Token], i: int) -> bool:
    """A cue's form read as a verbal noun with its object (طلب عدم ذكر اسمه، رفض ذكر اسمه): the
    speaker asked not to be named, and said nothing by it. So is one after جدير (والجدير
    ذكره أن): the writer's own aside, which no one said. A verb after the particle of a
    yes-no question (هل تعتقد أن الحل قريب؟) asks and asserts nothing either."""
    before = tokens[i - 1].stem if i > 0 else ""
    after = tokens[i + 1].stem if i + 1 < len(tokens) else ""
    return before in NOT_SAID_BEFORE or (after[:3] == "اسم" and after[3:] in PRONOUN_ENDINGS)


def _after_preposition(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """A verb's form right after a preposition is a verbal noun (على رأي الجماعة، في رأيك،
    بلا تردد، ردا على وصف الحوثيين): it reports only with its speaker in the genitive. من and
    حتى may stand before a verb (من يرى أن، حتى أعلنت الشرطة), and إلى before a verb of
    saying that follows a verb of motion (بادر إليّ يقول); a preposition with its own pronoun
    (وخلالها قال) leaves the verb a verb, and علي written with ي is the name Ali."""
    if i <= sentence.token_start:
        return False
    before = tokens[i - 1]
    if before.norm == "بلا":
        return True
    if before.stem not in PREPOSITIONS or before.stem in VERB_AFTER_PREPOSITION \
            or has_enclitic(before):
        return False
    return before.stem != "علي" or _written_maqsura(before.text)


def _verb_frame(doc: Document, view: DocView, sentence: Sentence, i: int, cue: Cue) -> Frame | None:
    tokens = doc.tokens
    frame = Frame(sentence.i, cue, i, i + 1, tokens[i].start)
    window = VERB_WINDOW if cue.kind == "verb" else SHORT_WINDOW
    _find_content(doc, view, sentence, frame, min(sentence.token_end, i + 1 + window))
    if frame.content is None or _moves_to_a_place(tokens, frame) or _quotes_no_saying(tokens, frame):
        return None
    if cue.kind == "verb":
        _find_subject(doc, view, sentence, frame)
        _relay(doc, view, frame)
    elif cue.kind == "noun":
        _genitive_speaker(doc, view, frame)
    _find_addressee(doc, view, frame)
    return frame


def _moves_to_a_place(tokens: list[Token], frame: Frame) -> bool:
    """A verb that relays from a source with عن (نقل، نقلت) and has إلى but no عن before its
    content moves someone or something (نقل المصاب إلى مشفى، ونقل السجناء إلى المبنى): it
    reports nothing. One with a pronoun for what it carries relays words said before
    (تصريحات نقلها التلفزيون بعد وصول الفريق إلى المدينة)."""
    if RELAY_SOURCE not in frame.cue.takes or frame.marker is None \
            or has_enclitic(tokens[frame.first]):
        return False
    stems = [tok.stem for tok in tokens[frame.last:frame.marker]]
    return "الي" in stems and not any(stem.startswith("عن") for stem in stems)


def _quotes_no_saying(tokens: list[Token], frame: Frame) -> bool:
    """A participle that takes only a clause (لافتا إلى أن، مشيرة إلى أن) followed by a word
    that is neither its preposition nor a complementiser, then a quotation: the word is a
    noun (رفع المتظاهرون لافتة كتب عليها «…»، لافتة صغيرة مكتوبة «…»), the quotation what is
    written on it, and no one speaks."""
    if "quote" in frame.cue.takes or frame.cue.kind != "participle" or not frame.direct \
            or frame.marker is None or frame.marker == frame.last \
            or tokens[frame.marker].text not in OPEN_TO_CLOSE:
        return False
    after = tokens[frame.last]
    return after.stem not in PREPOSITIONS and not _is_complementiser(after) \
        and not set(proclitics(after)) & {"ب", "ل"}


def _quoted_name(view: DocView, first: int, last: int) -> bool:
    """The quotation marks hold a name and nothing else (نقلت «رويترز»، حركة «حماس»), or the
    end of a name that begins before them (صحيفة «هندوستان تايمز»، قناة «إي بي سي»): the
    cue's subject or a channel, not what was said."""
    if last < first:
        return False
    mention = next((m for m in view.mentions_from(first, first + 1) if m.actor), None)
    if mention is not None and view.mention_ending_at(last) is mention:
        return True
    outer = view.mention_ending_at(last + 1)  # the name runs to its closing mark
    return outer is not None and outer.actor is not None and outer.kind != "LOC" \
        and view.ranges[outer.id][0] < first


def _find_content(doc: Document, view: DocView, sentence: Sentence, frame: Frame,
                  limit: int) -> None:
    """Content start and end: complementiser, quotation or colon after the cue."""
    tokens, text = doc.tokens, doc.text
    i = frame.last
    while i < limit:
        tok = tokens[i]
        if tok.is_punct:
            if tok.text in COLON:
                frame.marker = i
                nxt = i + 1
                if nxt < sentence.token_end and tokens[nxt].text in OPEN_TO_CLOSE:
                    _quoted(doc, sentence, frame, nxt)
                elif nxt < sentence.token_end:
                    frame.direct = True
                    _indirect(doc, view, sentence, frame, nxt)
                return
            if tok.text in CLAUSE_PUNCT and i + 1 < limit and i > frame.last \
                    and proclitics(tokens[i + 1])[:1] == ("و",) \
                    and not _is_complementiser(tokens[i + 1]):
                return
            if tok.text in OPEN_TO_CLOSE:
                close, closed = quote_end(text, tok.start, sentence.end)
                # tokens before the closer (token ends increase, so a search, not a scan)
                inside = bisect_right(tokens, close, i + 1, sentence.token_end,
                                      key=_token_end) - (i + 1)
                after = _token_from(tokens, close + 1, sentence.token_end)
                ends = after is None or tokens[after].text in ".!?؟…"
                if closed and _quoted_name(view, i + 1, i + inside):
                    i = after if after is not None else limit  # كما نقلت «رويترز»: a name
                    continue
                if not closed or inside >= MIN_QUOTE_TOKENS or ends:
                    frame.marker = i
                    _quoted(doc, sentence, frame, i)
                    return
                i = after if after is not None else limit
                continue
            i += 1
            continue
        other = cue_at(tok) if i > frame.last and not has_enclitic(tok) else None
        if other is not None and other.kind in ("verb", "participle") \
                and not _verbal_noun(tokens, i):
            return
        if _is_complementiser(tok) and not _after_blocker(tokens, i, frame.last):
            frame.marker = i
            nxt = i + 1
            if nxt >= sentence.token_end:
                return
            if tokens[nxt].text in OPEN_TO_CLOSE and not _quoted_words(doc, sentence, nxt):
                _quoted(doc, sentence, frame, nxt)
            else:
                _indirect(doc, view, sentence, frame, nxt)
            return
        i += 1


def _quoted_words(doc: Document, sentence: Sentence, open_token: int) -> bool:
    """A few quoted words that open a clause going on after them (أن «أنصار الشام» ترصد
    التحركات): a name or phrase in quotation marks inside indirect content, not a quotation."""
    tokens = doc.tokens
    close, closed = quote_end(doc.text, tokens[open_token].start, sentence.end)
    if not closed:
        return False
    inside = bisect_right(tokens, close, open_token + 1, sentence.token_end,
                          key=_token_end) - (open_token + 1)
    after = _token_from(tokens, close + 1, sentence.token_end)
    return inside < MIN_QUOTE_TOKENS and after is not None and not tokens[after].is_punct


def _quoted(doc: Document, sentence: Sentence, frame: Frame, open_token: int) -> None:
    opener = doc.tokens[open_token]
    close, closed = quote_end(doc.text, opener.start, sentence.end)
    start = opener.end
    reopened = not closed and close < len(doc.text) and doc.text[close] == opener.text
    end = _trim_coordinated(doc, start, close, sentence) if reopened else close
    span = trim_span(doc.text, start, end)
    if span:
        frame.content = span
        frame.content_token = open_token
        frame.direct = True


def _indirect(doc: Document, view: DocView, sentence: Sentence, frame: Frame,
              first: int) -> None:
    start = doc.tokens[first].start
    end = sentence.end
    open_quote = None
    stops = _content_stops(view)
    # Only quotation marks, sentence ends and comma + participle can end the content: visit
    # those tokens alone, so a long sentence is not read to its end for every cue.
    for n in range(bisect_left(stops, first), len(stops)):
        k = stops[n]
        if k >= sentence.token_end - 1:
            break
        tok = doc.tokens[k]
        if open_quote is None and tok.text in OPEN_TO_CLOSE:
            open_quote = OPEN_TO_CLOSE[tok.text]
        elif open_quote is not None and tok.text == open_quote:
            open_quote = None
        elif tok.text in CLAUSE_PUNCT and is_adverbial_participle(doc.tokens[k + 1]):
            end = tok.start
            break
        elif open_quote is None and tok.text in ".!?؟":  # a sentence end the splitter kept
            end = tok.start
            break
    span = trim_span(doc.text, start, end)
    if span:
        frame.content = span
        frame.content_token = first


_QUOTE_MARKS = frozenset(OPEN_TO_CLOSE) | frozenset(OPEN_TO_CLOSE.values())
_ENDS = frozenset(".!?؟")
_STOP_OR_CLAUSE = _QUOTE_MARKS | _ENDS | CLAUSE_PUNCT


def _content_stops(view: DocView) -> list[int]:
    """Indexes of the tokens that can end an indirect content: quotation marks, sentence ends,
    and a clause comma before an adverbial participle (built once per document)."""
    stops = view.memo.get("content_stops")
    if stops is None:
        tokens = view.tokens
        norms = view.doc.token_columns().norms  # a mark's norm is the mark itself
        stops = [k for k, norm in enumerate(norms) if norm in _STOP_OR_CLAUSE
                 and (norm not in CLAUSE_PUNCT
                      or (k + 1 < len(tokens) and is_adverbial_participle(tokens[k + 1])))]
        view.memo["content_stops"] = stops
    return stops


def _trim_coordinated(doc: Document, start: int, end: int, sentence: Sentence) -> int:
    """End of a clause before a coordinated complement (``، وأنّ …``) at top level."""
    tokens = doc.tokens
    depth_open: str | None = None
    first = bisect_left(tokens, start, sentence.token_start, sentence.token_end, key=_token_start)
    for i in range(first, sentence.token_end):
        tok = tokens[i]
        if tok.start >= end:
            break
        if tok.is_punct and tok.text in OPEN_TO_CLOSE and depth_open is None:
            depth_open = OPEN_TO_CLOSE[tok.text]
            continue
        if depth_open and tok.text == depth_open:
            depth_open = None
            continue
        if depth_open is None and tok.norm[:1] == "و" and tok.norm[1:] in COMPLEMENTISERS:
            return tok.start
        if depth_open is None and tok.norm[:2] == "وب" and tok.norm[2:] in COMPLEMENTISERS:
            return tok.start
    return end


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip spaces, clause punctuation and unbalanced quotation marks at both ends."""
    strip = set(" \t\n\r.،,؛;:!?؟…") | {"ـ"}
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    while end > start and text[end - 1] in "”»\"" and not _balanced(text[start:end]):
        end -= 1
        while end > start and text[end - 1] in strip:
            end -= 1
    while start < end and text[start] in "“«\"" and not _balanced(text[start:end]):
        start += 1
    return (start, end) if end > start else None


def _balanced(chunk: str) -> bool:
    return (chunk.count("“") == chunk.count("”") and chunk.count("«") == chunk.count("»")
            and chunk.count('"') % 2 == 0)


def _token_start(tok: Token) -> int:
    return tok.start


def _token_end(tok: Token) -> int:
    return tok.end


def _token_from(tokens: list[Token], offset: int, limit: int) -> int | None:
    """Index of the first token starting at or after ``offset``, below ``limit``."""
    lo = 0
    hi = limit
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < limit else None


def _is_complementiser(tok: Token) -> bool:
    norm = tok.norm
    if norm in COMPLEMENTISERS:
        return True
    return norm[:1] == "ب" and norm[1:] in COMPLEMENTISERS


def _after_blocker(tokens: list[Token], i: int, floor: int) -> bool:
    j = i - 1
    return j >= floor and not tokens[j].is_punct and tokens[j].stem in NOT_REPORTING_BEFORE


def _find_subject(doc: Document, view: DocView, sentence: Sentence, frame: Frame) -> None:
    """VSO (قال الوزير …) or SVO (الوزير قال …) subject of a cue verb."""
    tokens = doc.tokens
    content_first = frame.marker if frame.marker is not None else sentence.token_end
    vso = _first_subject_mention(doc, view, frame.last, content_first,
                                 _subject_slots(tokens, frame.last, content_first))
    svo = _svo_mention(doc, view, sentence, frame)
    cue_token = tokens[frame.first]
    if svo is not None and (vso is None or frame.cue.addressee == "obj"):
        frame.speaker, frame.explicit = svo, True
        frame.clause_start = svo.start
        return
    if vso is None and svo is None and _topic_start(tokens, sentence, frame) is not None:
        frame.speaker = _topic_mention(doc, view, _topic_start(tokens, sentence, frame), frame)
        frame.explicit = True  # أما المؤيدون للاتفاق فيقولون: the topic speaks, known or not
        frame.clause_start = cue_token.start
        return
    if vso is None:
        vso = _document_author(doc, view, frame, content_first)
    if vso is None and svo is None:
        vso = _relative_antecedent(doc, view, sentence, frame, content_first)
    if vso is not None:
        frame.speaker, frame.explicit = vso, True
    else:
        frame.explicit = _names_unknown_subject(tokens, frame.last, content_first)
        frame.relative = not frame.explicit and frame.last < content_first \
            and _preposition_with_pronoun(tokens[frame.last].stem) \
            and tokens[frame.last].stem.startswith(RELATIVE_PREPOSITION)
        if frame.explicit and _channel_word(tokens[frame.last]):
            frame.source_word = tokens[frame.last].stem  # وقال البيان: as بحسب البيان
        elif not frame.explicit and not frame.relative:
            frame.explicit = _unknown_subject_before(doc, view, sentence, frame)
    frame.clause_start = cue_token.start


def _topic_start(tokens: list[Token], sentence: Sentence, frame: Frame) -> int | None:
    """The first token of the topic of a cue joined by ف to it (أما الشاعر عبد الإله، فيرى
    أن؛ أما جبر الشوفي، فيشير إلى): the words after أما up to the cue, with no other cue
    among them. A topic under a preposition (أما عن الشعر، فقال) is what the speaker talks
    about, and one after a particle (أما إذا …، فأعتقد) a condition: neither speaks."""
    if tokens[frame.first].norm != "ف" + frame.cue.form:
        return None
    for k in range(frame.first - 1, max(sentence.token_start, frame.first - TOPIC_WORDS) - 1, -1):
        tok = tokens[k]
        if tok.norm in ("اما", "واما"):
            after = tokens[k + 1]
            return k + 1 if k + 1 < frame.first and _plain_noun(after) else None
        if tok.text in _ENDS or cue_at(tok) is not None:
            return None
    return None


def _topic_mention(doc: Document, view: DocView, first: int, frame: Frame) -> Mention | None:
    """Who the topic names: its first person, else its first body, state or group, none of
    them under a preposition or an adjective of origin (الكاتب اللبناني)."""
    found = [m for m in view.mentions_from(first, frame.first) if m.actor is not None
             and m.kind != "LOC" and m.via != "nisba" and not governed(doc, view, m)]
    return next((m for m in found if m.kind == "PER"), found[0] if found else None)


def _unknown_subject_before(doc: Document, view: DocView, sentence: Sentence,
                            frame: Frame) -> bool:
    """A verb without a conjunction right after a noun that names no actor: that noun is its
    subject, so no earlier speaker goes on. A plural verb takes any such noun (لكن منتقدين
    يقولون إن، بعض المحللين يقولون); a singular one only a short noun phrase that opens its
    sentence or follows a particle (ولكن مسؤولا قال، التحقيقات الأولية أشارت), since a
    singular verb after a phrase (نجده يقول، وحول هذا الأمر يضيف) often goes on with the
    speaker before."""
    tokens = doc.tokens
    j = frame.first - 1
    if j < sentence.token_start or tokens[frame.first].norm != frame.cue.form \
            or not _plain_noun(tokens[j]):
        return False
    mention = view.mention_ending_at(j)
    if mention is not None and (mention.kind == "LOC" or governed(doc, view, mention)):
        return False
    if frame.cue.number in ("pl", "du"):
        return j == sentence.token_start or tokens[j - 1].stem not in PREPOSITIONS
    k = j
    while k > sentence.token_start and j - k < SUBJECT_SLOTS - 1 and _plain_noun(tokens[k - 1]):
        k -= 1
    opener = tokens[k - 1] if k > sentence.token_start else None
    if opener is not None and opener.stem not in CLAUSE_OPENERS \
            and not (opener.norm[:1] in "وف" and opener.norm[1:] in CLAUSE_OPENERS):
        return False  # the phrase goes on further back (وحول هذا الأمر يضيف), or follows a verb
    head = tokens[k]
    return not proclitics(head) and head.norm[:1] not in "وف" and not any(
        m.actor is not None for m in view.mentions_from(k, frame.first))  # ومضى يقول: a verb


def _plain_noun(tok: Token) -> bool:
    """A word that may belong to a noun phrase before its verb: no punctuation, function
    word, particle (سرعان ما أوضح، إنما أعترف), question word (ماذا تتوقع), pronoun, time
    word, cue, number, or preposition on it (لـ، بـ)."""
    words = function_words()
    return not (tok.is_punct or tok.norm[:1].isdigit() or tok.stem in words
                or tok.stem in NOT_REPORTING_BEFORE or tok.stem in CLAUSE_OPENERS
                or tok.stem in question_words()
                or tok.norm in words or tok.stem in NOT_SUBJECT or tok.stem in PERSONAL_PRONOUNS
                or tok.stem in time_words() or set(proclitics(tok)) & {"ل", "ب"}
                or cue_at(tok) is not None)


def _genitive_speaker(doc: Document, view: DocView, frame: Frame) -> None:
    """A verbal noun followed by its speaker in the genitive (قول السفير إن، تأكيد أوباما
    أن، على حد قول الرئيس التنفيذي): the actor named right after it said it, not the
    speaker of the sentence around it."""
    last = frame.marker if frame.marker is not None else frame.last
    for mention in view.mentions_from(frame.last, min(last, frame.last + 1)):
        if mention.actor is not None and mention.kind != "LOC" \
                and view.ranges[mention.id][0] == frame.last and not governed(doc, view, mention):
            frame.speaker, frame.explicit = mention, True
            return


def _subject_slots(tokens: list[Token], first: int, last: int) -> set[int] | None:
    """Tokens where a VSO subject may begin: the first words after the verb and its adverbs,
    up to a preposition (قال الوزير، قال اليوم الدكتور سهيل …, not قيادي في «حركة»). None
    when a preposition comes first (قال في بيان الوزير …): any later mention may be it."""
    slots: set[int] = set()
    counted = False
    for i in range(first, last):
        tok = tokens[i]
        if tok.is_punct or (tok.stem in NOT_SUBJECT and tok.stem not in PREPOSITIONS):
            continue
        if not slots and tok.stem in quantity_words() and i + 1 < last \
                and tokens[i + 1].stem == "من":
            counted = True  # وقال عدد من المسؤولين: the party counted is the subject
            continue
        if counted and not slots and tok.stem == "من":
            continue  # the من of the count
        if tok.stem in PREPOSITIONS:
            return slots if slots else None
        slots.add(i)
        if len(slots) == SUBJECT_SLOTS:
            break
    return slots


@cache
def question_words() -> frozenset[str]:
    """Question words (ماذا، كيف، لماذا): the ``question_word`` cues of ``data/modality.tsv``."""
    return cue_words("question_word")


@cache
def quantity_words() -> frozenset[str]:
    """Words that count a party before من (عدد، بعض، الكثير): the ``quantity`` cues of
    ``data/modality.tsv``, read by the events lexicon."""
    return cue_words("quantity")


def _first_subject_mention(doc: Document, view: DocView, first: int, last: int,
                           slots: set[int] | None = None) -> Mention | None:
    for mention in view.mentions_from(first, last):
        if mention.actor is None or mention.kind == "LOC":
            continue
        if slots is not None and view.ranges[mention.id][0] not in slots:
            continue
        if slots is None and _after_with_pronoun(doc.tokens, view.ranges[mention.id][0], first):
            return None  # the phrase on the interview goes on: a later name is deeper in it
        if governed(doc, view, mention) or _governed_genitive(doc, view, mention, first):
            continue
        return mention
    return None


def _after_with_pronoun(tokens: list[Token], start: int, floor: int) -> bool:
    """A name right after مع with a pronoun (في حوار أجرته معه «الشرق الأوسط»، في مقابلة
    أجرتها معها قناة) is the subject of the relative clause on the interview, the party the
    speaker talked with, not the subject of the cue."""
    k = start - 1
    if k > floor and tokens[k].text in OPEN_TO_CLOSE:
        k -= 1
    if k > floor and _construct_head(tokens[k]) and not _with_pronoun(tokens[k]):
        k -= 1  # معه قناة «الجزيرة»: the name the word before the quotation governs
    return k > floor and _with_pronoun(tokens[k])


def _with_pronoun(tok: Token) -> bool:
    """مع with a pronoun on it (معه، معها، معهم)."""
    return tok.stem[:2] == "مع" and tok.stem[2:] in PRONOUN_ENDINGS


def _governed_genitive(doc: Document, view: DocView, mention: Mention, floor: int) -> bool:
    """A name in the genitive of a noun a preposition governs (قبل ثلاثة أيام من سباق
    اليابان، في بيان الخارجية): the noun without its article heads the phrase, so the name
    is no subject either. The noun lies after the verb, at ``floor`` or later (وخلالها قال
    الوزير: the verb heads nothing)."""
    first = view.ranges[mention.id][0]
    if first - 1 < floor:
        return False
    head, before = doc.tokens[first - 1], doc.tokens[first - 2]
    if head.is_punct or head.sentence != before.sentence or head.stem.startswith("ال") \
            or view.by_last.get(first - 1):
        return False
    return set(proclitics(head)) & {"ل", "ب"} != set() or (
        not before.is_punct and before.stem in PREPOSITIONS)


def governed(doc: Document, view: DocView, mention: Mention) -> bool:
    """A mention under a preposition (في أوكرانيا، لبايدن) cannot be a subject."""
    first = view.ranges[mention.id][0]
    tok = doc.tokens[first]
    if set(proclitics(tok)) & {"ل", "ب", "ك"} and tok.start <= mention.start:
        return True
    if mention.text[:1] in "لب" and tok.stem != mention.text and mention.start == tok.start:
        if set(proclitics(tok)) & {"ل", "ب"}:
            return True
    prev = first - 1
    if prev > 0 and doc.tokens[prev].text in OPEN_TO_CLOSE:
        prev -= 1  # على «تويتر»: a quoted name under its preposition
    if prev >= 0 and doc.tokens[prev].sentence == tok.sentence:
        before = doc.tokens[prev]
        if before.stem == "من" and prev > 0 and doc.tokens[prev - 1].stem in quantity_words():
            return False  # عدد من المسؤولين: من after a count names the party counted
        if not before.is_punct and (before.stem in PREPOSITIONS or before.norm in ("لـ", "ل")):
            return True
    return False


def _svo_mention(doc: Document, view: DocView, sentence: Sentence, frame: Frame) -> Mention | None:
    """A subject right before a cue without a conjunction (مساعد الرئيس الروسي أشار …)."""
    tokens = doc.tokens
    cue_token = tokens[frame.first]
    topic_fa = cue_token.norm == "ف" + frame.cue.form  # أما الوزارة فأعلنت: the topic's verb
    bare = cue_token.norm == frame.cue.form or (cue_token.stem == frame.cue.form
                                                 and not proclitics(cue_token))  # كارتر أعلنه
    if not bare and not topic_fa:  # و in front: a new clause, not SVO
        return None
    j = frame.first - 1
    if j > sentence.token_start and tokens[j].norm in PERFECT_PARTICLES:
        j -= 1  # وكانت الأمم المتحدة قد أعلنت
    if j >= sentence.token_start and tokens[j].text in CLAUSE_PUNCT:
        j -= 1
    if j >= sentence.token_start and tokens[j].text == ")":
        j = _before_parenthesis(tokens, j, sentence.token_start)  # إسماعيل (17 عاما) أفاد
    if j < sentence.token_start:
        return None
    mention = view.mention_ending_at(j)
    if mention is None and tokens[j].text in CLOSING_QUOTES and not _relative_cue(tokens, frame):
        mention = _quoted_subject(view, tokens, j)  # صحيفة «واشنطن بوست» ذكرت
    if mention is None and j > sentence.token_start and _genitive_word(tokens[j]):
        mention = view.mention_ending_at(j - 1)  # خبراء الاختبارات يقولون: past its genitive
        if mention is not None and mention.kind != "GRP":
            mention = None
    if mention is None and bare:
        mention = _title_before_name(doc, view, sentence, j)
    if mention is None or mention.actor is None or governed(doc, view, mention):
        return None
    if topic_fa:
        before = view.ranges[mention.id][0] - 1
        if before < sentence.token_start or tokens[before].norm not in ("اما", "واما"):
            return None
    return mention


def _title_before_name(doc: Document, view: DocView, sentence: Sentence, j: int) -> Mention | None:
    """A title opening the sentence, then a name the rules do not know, then the verb (وزير
    الداخلية الكويتي الشيخ عبادة الكافوري قال): the first title names the subject; an
    honorific between it and the name (الشيخ، اللواء) belongs to the name."""
    tokens = doc.tokens
    k, words, found = j, 0, None
    while k >= sentence.token_start and words <= NAME_WORDS:
        title = view.mention_ending_at(k) if k < j else None
        if title is not None:
            if title.kind != "PER" or title.via != "title" or title.plural \
                    or governed(doc, view, title):
                return None
            found, k = title, view.ranges[title.id][0] - 1
            if k < sentence.token_start or tokens[k].text in CLAUSE_PUNCT:
                return found  # the title opens the sentence or its clause
            continue
        if found is not None or not _plain_noun(tokens[k]) or view.by_last.get(k):
            return None
        k, words = k - 1, words + 1
    return None


def _before_parenthesis(tokens: list[Token], close: int, floor: int) -> int:
    """The token before the short parenthesis that ends at ``close`` (an age, a party, a
    title after a name: خالد (35 عاما) قال), or ``floor - 1`` when there is none."""
    for k in range(close - 1, max(floor, close - PARENTHESIS_WORDS - 1) - 1, -1):
        if tokens[k].text == "(":
            return k - 1
        if tokens[k].is_punct:
            break
    return floor - 1


def _relative_cue(tokens: list[Token], frame: Frame) -> bool:
    """The cue opens a relative clause on a document (تغريدة على «تويتر» قال فيها): the
    name before it is where the document appeared, not who spoke."""
    nxt = tokens[frame.last] if frame.last < len(tokens) else None
    return nxt is not None and nxt.stem.startswith(RELATIVE_PREPOSITION) \
        and _preposition_with_pronoun(nxt.stem)


def _quoted_subject(view: DocView, tokens: list[Token], close: int) -> Mention | None:
    """The name quoted right before a closing mark (وكانت صحيفة «واشنطن بوست» ذكرت): only
    when the marks hold the name alone, so that a quotation ending in a name (… في سوريا»)
    gives no subject, and when no preposition governs it (في حديث لصحيفة «ديلي ميرور»)."""
    mention = view.mention_ending_at(close - 1)
    if mention is None:
        return None
    opening = view.ranges[mention.id][0] - 1
    if opening < 0 or tokens[opening].text not in OPEN_TO_CLOSE:
        return None
    head = tokens[opening - 1] if opening > 0 else None  # لصحيفة «ديلي ميرور»: governed
    if head is not None and (head.stem in PREPOSITIONS or set(proclitics(head)) & {"ل", "ب"}):
        return None
    return mention


def _relative_antecedent(doc: Document, view: DocView, sentence: Sentence, frame: Frame,
                         last: int) -> Mention | None:
    """The actor a relative pronoun right before the cue refers to (بوتين الذي أعلن أن،
    الشرطة التي قالت إن، للعاملين الذين يؤكدون أن): a verb with no subject of its own in a
    relative clause is said by the noun the clause describes. The antecedent may stand under
    a preposition, since the clause is its own. Not when the verb carries an object pronoun
    or a preposition with a pronoun follows it (الذي وصفه، الذي قالت عنه: the antecedent is
    the object), when a subject follows (التي قال مسؤولون إنها), or when the verb does not
    agree with the pronoun (الدول التي قال إنها: someone else said it of them)."""
    tokens = doc.tokens
    j = frame.first - 1
    if j <= sentence.token_start or tokens[frame.first].norm != frame.cue.form:
        return None
    relative = tokens[j].norm
    if relative not in relative_pronouns() or not _agrees_with_relative(frame.cue, relative):
        return None
    if frame.last < last and (_names_unknown_subject(tokens, frame.last, last) or any(
            _preposition_with_pronoun(tok.stem) for tok in tokens[frame.last:last])):
        return None
    j -= 1
    if j > sentence.token_start and tokens[j].text in CLAUSE_PUNCT:
        j -= 1
    if j > sentence.token_start and tokens[j].text in CLOSING_QUOTES:
        j -= 1  # شركة «أبتيمايز»، التي
    mention = view.mention_ending_at(j)
    if mention is None or mention.actor is None or mention.kind == "LOC":
        return None
    if mention.via == "nisba" and view.ranges[mention.id][0] == j:
        return None  # المثل المصري الذي يقول: an adjective on a noun that is no actor
    return mention


def _agrees_with_relative(cue: Cue, relative: str) -> bool:
    """The cue's person agrees with the relative pronoun: the feminine pronouns are written
    with ت (التي، اللتان، اللواتي), the singular ones in four letters (الذي، التي)."""
    singular = len(relative) == 4
    if cue.number is not None and (cue.number == "sg") != singular:
        return False
    return cue.gender is None or (cue.gender == "f") == ("ت" in relative)


@cache
def relative_pronouns() -> frozenset[str]:
    """Relative pronouns that follow a noun (الذي، التي، الذين): the ``relative`` cues of
    ``data/modality.tsv`` for nouns."""
    return typed_cue_words("relative", "noun")


def _genitive_word(tok: Token) -> bool:
    """A plain definite noun, the genitive of the group before it (خبراء الاقتصاد)."""
    return not tok.is_punct and tok.norm.startswith("ال") and not tok.segments


def _document_author(doc: Document, view: DocView, frame: Frame, last: int) -> Mention | None:
    """The author of a document that is the subject (وقال تقرير صادر عن البنك، وقال بيان
    للشركة، ويقول تقرير حديث صادر مؤخرا للمركز، وقال تقرير أصدرته المنظمة): the body or
    person who issued it said what it says. One or two adjectives or time words may follow
    the document, and a relative clause may name its author (وأوضحت الدراسة التي نشرها
    المعهد). A document without an author named with it is no actor and gives none."""
    tokens = doc.tokens
    j = frame.last
    if j + 2 >= last or tokens[j].is_punct:
        return None
    k = j + 1
    while k < min(last - 1, j + 1 + DOCUMENT_MODIFIERS) and _modifier(tokens[k]):
        k += 1
    nxt, after = tokens[k], tokens[k + 1]
    if nxt.norm in relative_pronouns() and k + 2 < last and not after.is_punct \
            and (_issuing_verb(after) or _pronoun_suffix(after.text)):
        first = k + 2  # الدراسة التي نشرها المعهد، التقرير الذي أصدرته المنظمة
    elif nxt.stem in ISSUED and after.norm in ("عن", "من"):
        first = k + 2
    elif nxt.stem in ISSUED and "ل" in proclitics(after):
        first = k + 1  # صادر للمركز
    elif _issuing_verb(nxt):
        first = k + 1  # تقرير أصدرته المنظمة
    elif k == j + 1 and _channel_word(tokens[j]) and not nxt.is_punct and (
            "ل" in proclitics(nxt) or nxt.norm in ("ل", "لـ")):
        first = k if "ل" in proclitics(nxt) else k + 1
    else:
        return None
    while first < last and tokens[first].is_punct and tokens[first].text in OPEN_TO_CLOSE:
        first += 1  # صادر عن «ميتال فوكس»
    while first < min(last, k + 3) and _adverb(tokens[first]):
        first += 1  # أصدرته مؤخرا الوكالة
    author = _author_at(view, first, last)
    if author is None and first + 1 < last and _construct_head(tokens[first]):
        author = _author_at(view, first + 1, last)  # صادر عن قيادة الجيش: the army's command
    return author


def _author_at(view: DocView, first: int, last: int) -> Mention | None:
    """The person, body or state whose name begins at token ``first``."""
    for mention in view.mentions_from(first, min(last, first + 1)):
        if mention.actor is not None and mention.kind != "LOC" \
                and view.ranges[mention.id][0] == first:
            return mention
    return None


def _construct_head(tok: Token) -> bool:
    """A bare noun that heads a genitive (مكتب الوزيرة، قيادة الجيش): no article, clitic,
    preposition or punctuation, so the name after it is whose office or command it is."""
    return not tok.is_punct and not tok.segments and not tok.norm.startswith("ال") \
        and tok.stem not in NOT_SUBJECT and tok.stem not in ISSUED


def _modifier(tok: Token) -> bool:
    """An adjective or time word after a document (تقرير حديث، صادر أمس): a plain word with
    no clitic that is neither a preposition nor a verb that issues."""
    return not tok.is_punct and not tok.segments and tok.stem not in PREPOSITIONS \
        and tok.stem not in ISSUED and (_adverb(tok) or not tok.norm.startswith("ال"))


def _adverb(tok: Token) -> bool:
    """A closed-class adverb or a time word (مؤخرا، أمس، الأسبوع)."""
    return tok.stem in time_words() or (tok.stem in NOT_SUBJECT and tok.stem not in PREPOSITIONS)


def _issuing_verb(tok: Token) -> bool:
    """A verb with the document as its object pronoun (أصدرته، نشرتها، أعدته): a word of the
    text with an enclitic ه/ها, the author named after it."""
    return not tok.is_punct and has_enclitic(tok) and tok.norm.endswith(("ه", "ها")) \
        and not _preposition_with_pronoun(tok.stem) and len(tok.norm) >= 5


def _names_unknown_subject(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a word that can only be the subject follows the verb (قال مسؤولون …). A word
    in quotation marks is a name (ويقول «جديدي»), and a count with a pronoun (ويرى بعضهم)
    names part of a party, whatever ending they seem to carry."""
    for k in range(first, last):
        tok = tokens[k]
        if tok.is_punct or _preposition_with_pronoun(tok.stem):  # وصف فيه العالم …
            continue
        if (k > first and tokens[k - 1].text in OPEN_TO_CLOSE) \
                or (has_enclitic(tok) and tok.stem in quantity_words()):
            return cue_at(tok) is None
        if tok.stem in NOT_SUBJECT or tok.stem in time_words() or has_enclitic(tok) \
                or set(proclitics(tok)) & {"ل", "ب"}:
            return False  # أعلن الأسبوع الماضي أن: a time, not an unknown subject
        if _pronoun_suffix(tok.text) or tok.stem in PERSONAL_PRONOUNS:  # حديثه، وقال وهو
            return False
        return cue_at(tok) is None
    return False


@cache
def time_words() -> frozenset[str]:
    """One-word time expressions of ``data/date_words.tsv`` (الأسبوع، الشهر، أمس، الأحد،
    يوم): after a cue they say when it was said, never who said it."""
    words = date_words()
    return frozenset(normalize_word(word) for kind in TIME_KINDS for word in words.words(kind)
                     if " " not in word)


@cache
def relative_time_words() -> frozenset[str]:
    """Words after a time unit that place it (الأسبوع الماضي، الشهر المقبل): the ``relative``
    words of ``data/date_words.tsv``."""
    return frozenset(normalize_word(word) for word in date_words().words("relative")
                     if " " not in word)


def _preposition_with_pronoun(stem: str) -> bool:
    """A preposition carrying a pronoun (أكد فيه، نقلت عنه، قال له، أشار إليه): it refers
    back, so the verb's subject is the word after it, or is not named at all."""
    return any(stem.endswith(end) and stem[:-len(end)] in PREPOSITIONS for end in PRONOUN_ENDINGS)


def _pronoun_suffix(surface: str) -> bool:
    """An unknown word written with a final ه (not ة) carries a pronoun: حديثه، كلمتها."""
    bare = "".join(ch for ch in surface if "\u0621" <= ch <= "\u064a")
    return len(bare) >= 4 and bare.endswith(("ه", "ها", "هم", "هما")) and not bare.endswith("الله")


def _find_addressee(doc: Document, view: DocView, frame: Frame) -> None:
    """ل + actor after the cue (أكد لبايدن), or the object of أبلغ/حذّر, standing right after
    the cue or its subject (see :func:`_addressee_slot`). An outlet or the press a speaker
    talks to (قال لـ«رويترز»، صرح للصحافيين) carries the statement to the reader: it is no
    addressee."""
    last = frame.marker if frame.marker is not None else frame.last
    speaker_actor = frame.speaker.actor if frame.speaker else None
    for mention in view.mentions_from(frame.last, last):
        if mention.actor is None or mention.actor == speaker_actor or mention is frame.relayer:
            continue
        first = view.ranges[mention.id][0]
        tok = doc.tokens[first]
        before = doc.tokens[first - 1] if first > 0 else None
        marked_l = "ل" in proclitics(tok) or (before is not None and before.norm in ("لـ", "ل"))
        if marked_l and _channel_between(doc, frame.last, first):
            continue
        if not marked_l and (frame.cue.addressee != "obj" or governed(doc, view, mention)):
            continue
        if not _addressee_slot(doc, view, frame, first - 1 if tok.norm in ("لـ", "ل") else first):
            continue
        if not _press(doc, mention.actor):
            frame.addressee = mention
        return
    _channel_addressee(doc, view, frame, last, speaker_actor)


def _channel_addressee(doc: Document, view: DocView, frame: Frame, last: int,
                       speaker_actor: str | None) -> None:
    """The party a channel goes to (في رسالة وجهها إلى أوباما، خلال اتصال هاتفي مع نظيره):
    the actor after إلى, or after مع for an exchange (a call, a meeting; a press conference
    held with someone is not addressed to him), a channel phrase at most three words before."""
    from khabar.statements.channels import find_channel

    tokens = doc.tokens
    for mention in view.mentions_from(frame.last, last):
        first = view.ranges[mention.id][0]
        if mention.actor is None or mention.actor == speaker_actor or mention.kind == "LOC" \
                or first < 2 or tokens[first - 1].stem not in CHANNEL_PARTNER:
            continue
        lo = max(frame.last, first - 1 - CHANNEL_REACH)
        channel = find_channel(doc, lo, first - 1, frame.first)
        if channel is not None and (channel.conversation or tokens[first - 1].stem != "مع") \
                and not _press(doc, mention.actor):
            frame.addressee = mention
        return


def _addressee_slot(doc: Document, view: DocView, frame: Frame, first: int) -> bool:
    """Whether token ``first`` follows the cue or the end of its subject, across commas, time
    words and a channel phrase (أبلغ بوتين بايدن، أكد الملك، خلال كلمته أمس، للمواطنين). A
    phrase after any other word completes a noun of the subject (الأمين العام لمجلس التعاون،
    مصادر موالية لهادي، عضو المكتب السياسي لحركة) or of an adverbial."""
    tokens = doc.tokens
    j = first - 1
    while j >= frame.last and _between_subject_and_addressee(tokens[j]):
        j -= 1
    if j < frame.last:
        return True
    mention = view.mention_ending_at(j)
    return mention is not None and frame.speaker is not None \
        and mention.actor == frame.speaker.actor


def _between_subject_and_addressee(tok: Token) -> bool:
    """A comma, time word, adverb, framing preposition, channel word or word carrying a
    pronoun (في كلمة وجهها، خلال حديثه أمس)."""
    if tok.is_punct:
        return tok.text in CLAUSE_PUNCT
    stem = tok.stem
    return stem in time_words() or stem in relative_time_words() or stem in ("في", "خلال") \
        or _adverb(tok) \
        or _channel_word(tok) or (has_enclitic(tok) and not _preposition_with_pronoun(stem))


def _press(doc: Document, actor_id: str) -> bool:
    """A news outlet, journalists or the media (see :func:`is_press`)."""
    actor = doc.actor(actor_id)
    return actor is not None and is_press(actor)


def _channel_between(doc: Document, first: int, last: int) -> bool:
    """ل after a channel word (تصريحات لقناة الجزيرة) names the outlet, not an addressee."""
    prev = last - 1
    return prev >= first and _channel_word(doc.tokens[prev])


def _relay(doc: Document, view: DocView, frame: Frame) -> None:
    """نقل X عن Y أنّ …، ذكرت X نقلا عن Y أنّ …: Y is the speaker, X relays. With a pronoun
    (ونقلت عنه الوكالة قوله) the speaker is the one the pronoun refers to, found as for a
    verb without a subject, in the pronoun's gender."""
    last = frame.marker if frame.marker is not None else frame.last
    tokens = doc.tokens
    for j in range(frame.last, last):
        tok = tokens[j]
        if j > frame.last and _relaying_verb(tok):
            _relayed_remarks(view, frame, j + 1, last)
            return
        if frame.cue.lemma != "نقل" and not (j > frame.last and _citing(tokens[j - 1])):
            continue
        if tok.stem == "عن" or tok.norm == "عن":
            source = next((m for m in view.mentions_from(j + 1, min(j + 3, last))
                           if m.actor is not None), None)  # governed by عن, as expected
            if source is not None:
                frame.relayer, frame.relayed = frame.speaker, True
                frame.speaker, frame.explicit = source, True
            return
        if tok.stem[:2] == "عن" and _preposition_with_pronoun(tok.stem):
            frame.relayer, frame.relayed = frame.speaker, True
            frame.speaker, frame.explicit = None, False
            frame.source_gender = "f" if tok.stem == "عنها" else "m" if tok.stem == "عنه" else None
            return


def _relaying_verb(tok: Token) -> bool:
    """نقلها، نقلتها: a verb that relays what its object pronoun names (تصريحات نقلتها الوكالة)."""
    if RELAY_ROOT not in tok.norm:
        return False
    cue = cue_at(tok)
    return cue is not None and cue.lemma == "نقل" and _object_pronoun(tok)


def _relayed_remarks(view: DocView, frame: Frame, first: int, last: int) -> None:
    """وأضاف في تصريحات نقلتها الوكالة أن …: the subject of the relative verb relays the
    statement; it is not the cue's subject."""
    relayer = next((m for m in view.mentions_from(first, min(first + 3, last))
                    if m.actor is not None and m.kind != "LOC"), None)
    if relayer is None:
        return
    if frame.speaker is not None and frame.speaker.actor == relayer.actor:
        frame.speaker, frame.explicit = None, False
    frame.relayer = relayer


def _citing(tok: Token) -> bool:
    """نقلا before عن: the verb's subject cites a source (ذكرت الوكالة نقلا عن مصدر)."""
    if RELAY_ROOT not in tok.norm:
        return False
    cue = cue_at(tok)
    return cue is not None and cue.kind == "prep" and cue.lemma == "نقلا"


def _prep_frame(doc: Document, view: DocView, sentence: Sentence, i: int, cue: Cue) -> Frame | None:
    """بحسب/وفقا لـ/نقلا عن/حسبما أفاد + source: the source said the main clause."""
    tokens = doc.tokens
    last = i + 1
    while last < sentence.token_end and last <= i + 3:
        tok = tokens[last]
        follow = cue_at(tok)
        after_ma = cue.form == "حسبما" or tokens[last - 1].norm == "ما"
        if tok.norm in ("ل", "لـ", "عن", "الي", "ما") or (follow and follow.kind == "verb"
                                                            and after_ma):
            last += 1
            continue
        break
    frame = Frame(sentence.i, cue, i, last, tokens[i].start)
    source_end = last
    mentions = view.mentions_from(last, min(sentence.token_end, last + 2))
    mentions = [m for m in mentions if m.actor is not None and m.kind != "LOC"]
    if mentions:
        frame.speaker, frame.explicit = mentions[0], True
        source_end = view.ranges[mentions[0].id][1]
    elif last < sentence.token_end and _channel_word(tokens[last]):
        frame.source_word = tokens[last].stem
        source_end = last + 1
    else:
        return None
    _prep_content(doc, view, sentence, frame, source_end)
    return frame


def _channel_word(tok: Token) -> bool:
    from khabar.statements.channels import channel_of_words

    return channel_of_words((tok.stem,)) is not None


def _prep_content(doc: Document, view: DocView, sentence: Sentence, frame: Frame,
                  source_end: int) -> None:
    """The main clause: after the source when the phrase leads, else before the phrase."""
    tokens = doc.tokens
    cue_token = tokens[frame.first]
    leads = frame.first == sentence.token_start or tokens[frame.first - 1].is_punct \
        and tokens[frame.first - 1].text not in CLAUSE_PUNCT
    leads = leads or proclitics(cue_token)[:1] == ("و",)
    if leads:
        j = source_end
        for k in range(source_end, min(sentence.token_end, source_end + SOURCE_TAIL)):
            # وفقا لمصدر خاص تحدث للموقع، فإن …; وبحسب مقربين منه فإن …, with no comma
            if tokens[k].text in CLAUSE_PUNCT or (k > source_end and _lead_particle(tokens[k])):
                j = k
                break
        j = _after_apposition(tokens, j, min(sentence.token_end, source_end + SOURCE_TAIL))
        while j < sentence.token_end and (tokens[j].text in CLAUSE_PUNCT or _lead_particle(tokens[j])):
            j += 1
        if j >= sentence.token_end:
            return
        end = sentence.end
        for k in range(j, sentence.token_end):
            if tokens[k].text in CLAUSE_PUNCT:
                end = tokens[k].start
                break
        span = trim_span(doc.text, tokens[j].start, end)
        frame.content_token = j
    else:
        first = _last_clause_start(doc, view, sentence, frame.first)
        span = trim_span(doc.text, doc.tokens[first].start, cue_token.start)
        frame.content_token = first
    frame.content = span


def _after_apposition(tokens: list[Token], comma: int, limit: int) -> int:
    """The comma closing an apposition on the source when a فإن/فقد clause follows it
    (وبحسب سلوى، زوجة الجنيد، فقد وصلت …), else ``comma``."""
    if comma >= limit or tokens[comma].text not in CLAUSE_PUNCT:
        return comma
    for k in range(comma + 2, limit - 1):
        if tokens[k].text in CLAUSE_PUNCT:
            return k if _lead_particle(tokens[k + 1]) and tokens[k + 1].norm[:1] == "ف" else comma
    return comma


def _last_clause_start(doc: Document, view: DocView, sentence: Sentence, before: int) -> int:
    """First token of the last clause before token ``before`` (commas in quotes do not count)."""
    return _clause_starts(doc, view, sentence)[max(0, before - 1 - sentence.token_start)]


def _clause_starts(doc: Document, view: DocView, sentence: Sentence) -> list[int]:
    """For each token ``k`` of the sentence, the first token of the clause that holds it:
    the token after the last clause comma outside quotation marks before ``k``. Read once per
    sentence, since every cue of a long sentence asks."""
    key = ("clause_starts", sentence.i)
    starts = view.memo.get(key)
    if starts is None:
        tokens = doc.tokens
        start, open_quote = sentence.token_start, None
        starts = []
        for k in range(sentence.token_start, sentence.token_end):
            starts.append(start)
            tok = tokens[k]
            if open_quote is None and tok.text in OPEN_TO_CLOSE:
                open_quote = OPEN_TO_CLOSE[tok.text]
            elif open_quote is not None and tok.text == open_quote:
                open_quote = None
            elif open_quote is None and tok.text in CLAUSE_PUNCT:
                start = k + 1
        starts.append(start)
        view.memo[key] = starts
    return starts


def is_adverbial_participle(tok: Token) -> bool:
    """An accusative active participle opening a circumstantial clause (مشيدًا، معربًا)."""
    norm = tok.norm
    return not proclitics(tok) and len(norm) >= 5 and norm[0] == "م" and norm[-1] == "ا"


def _lead_particle(tok: Token) -> bool:
    """فقد، فإن، قد before the main clause after a leading بحسب phrase."""
    return tok.norm in ("فقد", "قد", "لقد", "فان", "فانه", "فانها", "فانهم", "ف")
