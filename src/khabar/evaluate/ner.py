"""Mention-finder span F1 on ANERcorp (PER / ORG / LOC, exact spans, MISC left out).

ANERcorp gives one token per line with an IOB2 tag and no article boundaries. Runs of
``WINDOW`` consecutive sentences are rebuilt as one document (tokens joined by spaces, one
sentence a line), so that in-document rules (a surname repeating a name found earlier) work
as they do on a real article; the found spans are mapped back onto the corpus tokens.

How spans are compared (ANERcorp's conventions, checked on the train split):

- clitics: ANERcorp keeps a proclitic on its token (``وألمانيا`` is one B-LOC token), and
  khabar's mentions cover whole tokens, so a span is compared as the corpus tokens it covers;
  the clitic is part of both or of neither;
- titles: ANERcorp leaves titles and honorifics out of PER spans (الرئيس [حسني مبارك]), so
  title words at the start of a person span are dropped before comparison;
- only mentions that *name* something count (names, organisations, countries, capitals,
  places, names found by pattern): titles, nisba adjectives and generic agents are not
  entities in ANERcorp's scheme, nor are groupings of states that khabar codes as regions
  (الغرب، العالم العربي), which ANERcorp leaves untagged;
- organisations named by a head noun (:mod:`khabar.actors.find`, ``org_name``): ANERcorp
  leaves bodies named by their function untagged (وزارة الصناعة، المحكمة العليا، صندوق ...)
  and tags the name alone after a newspaper, company, agency or movement head
  (صحيفة [هآرتس]), but keeps the head of a news agency ([وكالة أنباء الشرق الأوسط]); a club
  named by its city is tagged ([برشلونة] الإسباني); parties, universities, institutes,
  organisations and unions keep their head. The same holds for lexicon organisations written with such a head (حركة [حماس]،
  وكالة [فرانس برس]);
- a name in quotation marks after any head is the name alone, without head or marks
  (شركة « [ميديا غروب] »، مؤسسة " [فيتش ريتنغز] "), whatever the head;
- a nationality adjective after an organisation's name is left out (نادي [بوردو] الفرنسي،
  [حزب الله] اللبناني، [الكونغرس] الأميركي), unless it ends a name of Arabic words
  ([وكالة الأنباء المصرية]، [جامعة الدول العربية]);
- an organisation after a lam genitive in a body's name is a span of its own (الجمعية
  العامة [للأمم المتحدة]، [مجلس الأمن] التابع [للأمم المتحدة]); the body before it is
  tagged only where it names a known organisation by itself;
- bodies named by a generic agent and a nisba (الجيش اللبناني، الحكومة العراقية) are
  untagged, however the lexicon knows them;
- an agency credited by its initials alone, one letter a token (د ب أ، أ ف ب), is untagged;
  initials spelt as letter names are tagged (بي بي سي);
- places: ANERcorp tags the name without a generic head or a direction before it
  (مدينة [غزة]، قطاع [غزة]، جنوب [لبنان]، دولة [قطر]، غرب [أفريقيا]), except in the name
  of a state ([جنوب أفريقيا]), so such leading words are dropped from place spans; nor
  with an honorific epithet after it ([مكة] المكرمة، [الصين] الشعبية).

Rules and lexicons are tuned on the train split (``split="train", folds=5`` reports each
fold so that a change can be checked on folds it was not looked at on); the test split is
for the final figure only.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from khabar.actors.find import Candidate, find_candidates
from khabar.actors.gazetteer import Gazetteer, gazetteer, org_heads
from khabar.model import Document, Token
from khabar.pipeline import text_layer
from khabar.text.sentences import QUOTE_MARKS

TAGS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
KIND_OF_SOURCE = {"person": "PER", "pattern": "PER", "org": "ORG", "org_name": "ORG",
                  "country": "LOC",
                  "capital": "LOC", "place": "LOC"}

# Codes of groupings of states (the West, the Arab world): actors, but not places to ANERcorp.
GROUPINGS = {"WST", "ARB"}
# ANERcorp's treatment of organisation names by their head noun (extra_org_heads.tsv name_en).
UNTAGGED_HEADS = {"ministry", "court", "centre", "fund", "committee", "authority", "service",
                  "directorate", "commission", "foundation", "college"}
HEAD_OUTSIDE = {"newspaper", "company", "agency", "movement", "broadcaster", "club", "team",
                "mosque"}
# Words after such a head that make it part of the name: a news agency is named by its head
# and the news it carries ([وكالة الأنباء المصرية]، [وكالة أنباء الشرق الأوسط]), normalised.
HEAD_INSIDE_AFTER = {"انباء", "الانباء"}
# Words that tie a body to the organisation it is part of ([مجلس الأمن] التابع [للأمم المتحدة]).
AFFILIATION_WORDS = {"التابع", "التابعه"}
# Generic words before a place name that ANERcorp leaves out of the span (normalised).
PLACE_HEADS = {"مدينه", "بلده", "قريه", "قطاع", "منطقه", "محافظه", "اقليم", "ولايه", "جزيره",
               "مطار", "بلاد", "دوله", "جمهوريه", "مملكه", "اماره", "نهر", "بحيره", "مخيم",
               "عاصمه"}
# Honorific epithets after a place name that ANERcorp leaves out of the span ([مكة] المكرمة،
# [الصين] الشعبية), normalised.
PLACE_EPITHETS = {"المكرمه", "الشعبيه", "المشرفه"}
DIRECTIONS = {"جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي"}
WINDOW = 10  # corpus sentences read as one document

Span = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a ``token TAG`` file as (tokens, tags)."""
    sentences, tokens, tags = [], [], []
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def gold_spans(tags: list[str]) -> set[Span]:
    """Entity spans (first token, end token, type) of an IOB2 tag list, MISC left out."""
    spans: set[Span] = set()
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or TAGS.get(label) != kind):
            spans.add((start, i, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            mapped = TAGS.get(label)
            if mapped:
                start, kind = i, mapped
    return spans


def predicted_spans(tokens: list[str]) -> set[Span]:
    """Spans the mention finder gives for one sentence, on the corpus's tokens."""
    return predicted_window([tokens])[0]


def predicted_window(sentences: list[list[str]]) -> list[set[Span]]:
    """Spans for consecutive sentences read as one document, per sentence."""
    starts: list[int] = []
    where: list[tuple[int, int]] = []  # corpus (sentence, token) of each entry of ``starts``
    lines, pos = [], 0
    for s, tokens in enumerate(sentences):
        for t, tok in enumerate(tokens):
            starts.append(pos)
            where.append((s, t))
            pos += len(tok) + 1
        lines.append(" ".join(tokens))
    doc = text_layer(Document(id="ner", text="\n".join(lines)))
    gaz, heads = gazetteer(), org_heads()
    out: list[set[Span]] = [set() for _ in sentences]
    for cand in find_candidates(doc):
        kind = KIND_OF_SOURCE.get(cand.source)
        if kind is None or cand.via in ("title", "counterpart", "plural", "nisba"):
            continue
        if cand.source == "country" and cand.entry.country in GROUPINGS:
            continue
        first_tok, last_tok = cand.start, cand.end - 1
        if cand.source in ("org_name", "org") and _quoted(doc.tokens, cand):
            first_tok, last_tok = cand.start + 2, cand.end - 2
        elif cand.source in ("org_name", "org"):
            if cand.entry is not None and cand.entry.type == "unit":
                continue  # ANERcorp leaves military units untagged (اللواء العاشر)
            if _initials(doc.tokens[cand.start : cand.end]):
                continue
            head = heads.get(doc.tokens[cand.start].stem)
            if head is not None and head.name_en in UNTAGGED_HEADS:
                continue  # وزارة الخارجية التركية، صندوق النقد الدولي، whether known or not
            if cand.source == "org" and head is None and cand.end - cand.start > 1 \
                    and _is_agent(doc.tokens[cand.start], gaz):
                continue
            if head is not None and head.name_en in HEAD_OUTSIDE and cand.end - cand.start > 1 \
                    and not doc.tokens[cand.start].stem.startswith("ال") \
                    and doc.tokens[cand.start + 1].norm not in HEAD_INSIDE_AFTER:
                first_tok += 1
        if kind == "ORG":
            last_tok = _org_end(doc.tokens, first_tok, last_tok, cand, gaz)
        if kind == "LOC":
            first_tok = _place_start(doc.tokens, first_tok, cand)
            if last_tok > first_tok and doc.tokens[last_tok].stem in PLACE_EPITHETS:
                last_tok -= 1
        if kind == "PER":
            while first_tok < cand.end - 1 and _is_title(doc.tokens[first_tok], gaz):
                first_tok += 1
        parts = [(first_tok, last_tok)]
        if kind == "ORG":
            parts = _org_parts(doc.tokens, first_tok, last_tok, gaz)
        for first_tok, last_tok in parts:
            first = bisect_right(starts, doc.tokens[first_tok].start) - 1
            last = bisect_right(starts, doc.tokens[last_tok].end - 1) - 1
            (s, a), (s2, b) = where[first], where[last]
            if s == s2:
                out[s].add((a, b + 1, kind))
    return out


def _org_parts(tokens: list[Token], first: int, last: int,
               gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans ANERcorp gives a body named as a part of another organisation (الجمعية
    العامة [للأمم المتحدة]، [مجلس الأمن] التابع [للأمم المتحدة]): the organisation after
    the lam genitive is a span of its own, and the part before it is one only where it
    names a known organisation by itself."""
    for k in range(first + 1, last + 1):
        norm = tokens[k].norm
        if not norm.startswith("لل") or not _known_org(
                ("ال" + norm[2:], *(t.stem for t in tokens[k + 1 : last + 1])), gaz):
            continue
        end = k - 1
        if end > first and tokens[end].norm in AFFILIATION_WORDS:
            end -= 1
        if _known_org(tuple(t.stem for t in tokens[first : end + 1]), gaz):
            return [(first, end), (k, last)]
        return [(k, last)]
    return [(first, last)]


def _known_org(key: tuple[str, ...], gaz: Gazetteer) -> bool:
    return any(entry.type == "org" for entry in gaz.index.get(key, ()))


def _org_end(tokens: list[Token], first: int, last: int, cand: Candidate,
             gaz: Gazetteer) -> int:
    """The last token of an organisation span without a nationality adjective that follows
    a foreign name (بوردو الفرنسي) or a shorter form of the same lexicon name (الكونغرس
    الأميركي)."""
    if last <= first or not _is_nisba(tokens[last], gaz):
        return last
    before = tokens[last - 1]
    shorter = gaz.index.get(tuple(t.stem for t in tokens[first:last]))
    same_name = cand.entry is not None and bool(shorter) and any(
        e.id == cand.entry.id for e in shorter)
    if same_name or not before.stem.startswith("ال"):
        return last - 1
    return last


def _initials(tokens: list[Token]) -> bool:
    """A name written as bare initials, one letter a token (د ب أ، ا ف ب)."""
    return len(tokens) > 1 and all(len(tok.norm) == 1 for tok in tokens)


def _is_nisba(tok: Token, gaz: Gazetteer) -> bool:
    entries = gaz.index.get((tok.stem,))
    return bool(entries) and any(e.type == "nisba" and not e.plural for e in entries)


def _quoted(tokens: list[Token], cand: Candidate) -> bool:
    """An organisation named by a head and a name in quotation marks (صحيفة «لوموند»)."""
    return cand.end - cand.start > 3 and tokens[cand.start + 1].text in QUOTE_MARKS \
        and tokens[cand.end - 1].text in QUOTE_MARKS


def _place_start(tokens: list[Token], first: int, cand: Candidate) -> int:
    """The first token of a place span without its generic head or direction word; a state's
    name keeps its direction (جنوب أفريقيا), a region's does not (غرب [أفريقيا])."""
    state = cand.source == "country" and cand.entry.country in _states()
    while first < cand.end - 1:
        stem = tokens[first].stem
        if stem in PLACE_HEADS or (stem in DIRECTIONS and not state):
            first += 1
        else:
            break
    return first


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """Codes of the countries that have a capital: states, not regions."""
    return frozenset(entry.country for entries in gazetteer().index.values()
                     for entry in entries if entry.type == "capital")


def _is_agent(tok: Token, gaz: Gazetteer) -> bool:
    entries = gaz.index.get((tok.stem,))
    return bool(entries) and entries[0].type == "agent"


def _is_title(tok: Token, gaz: Gazetteer) -> bool:
    entries = gaz.index.get((tok.stem,))
    return bool(entries) and entries[0].type == "title"


def score(sentences: list[tuple[list[str], list[str]]]) -> dict:
    """Precision, recall and F1, overall and per type."""
    counts = {k: [0, 0, 0] for k in ("PER", "ORG", "LOC")}  # true pos, predicted, gold
    for w in range(0, len(sentences), WINDOW):
        window = sentences[w : w + WINDOW]
        predicted = predicted_window([tokens for tokens, _ in window])
        for (_tokens, tags), pred in zip(window, predicted, strict=True):
            gold = gold_spans(tags)
            for kind in counts:
                g = {s for s in gold if s[2] == kind}
                p = {s for s in pred if s[2] == kind}
                counts[kind][0] += len(g & p)
                counts[kind][1] += len(p)
                counts[kind][2] += len(g)
    figures = {kind: _prf(*c) for kind, c in counts.items()}
    figures["all"] = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return figures


def _prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": pred, "gold": gold, "precision": p, "recall": r, "f1": f}


def evaluate(path: str | Path, split: str = "test", folds: int = 0, **_options) -> dict:
    """Score the mention finder on ``anercorp-<split>.txt`` under ``path`` (a dir or a file).

    ``folds > 0`` cuts the split into that many contiguous folds and scores each (for
    checking rule changes on the train split); the whole split is scored as well.
    """
    path = Path(path)
    file = path / f"anercorp-{split}.txt" if path.is_dir() else path
    sentences = read_conll(file)
    figures = {"split": split, "sentences": len(sentences), "scores": score(sentences)}
    if folds:
        size = -(-len(sentences) // folds)
        figures["folds"] = [score(sentences[i : i + size])["all"]
                            for i in range(0, len(sentences), size)]
    return figures


def report(figures: dict) -> str:
    """A readable table of :func:`evaluate`'s figures."""
    lines = [f"ANERcorp {figures['split']} ({figures['sentences']} sentences), exact spans",
             f"{'':5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for kind in ("PER", "ORG", "LOC", "all"):
        s = figures["scores"][kind]
        lines.append(f"{kind:5} {s['precision']:6.1%} {s['recall']:6.1%} {s['f1']:6.1%} "
                     f"{s['gold']:6d}")
    for i, fold in enumerate(figures.get("folds", []), 1):
        lines.append(f"fold {i}: F1 {fold['f1']:.1%}")
    return "\n".join(lines)
