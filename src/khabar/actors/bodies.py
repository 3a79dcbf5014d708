"""Parties named again without their name: by their head noun (وقالت المنظمة after منظمة
العفو الدولية), or as "the latter" (طرد الأخيرة دبلوماسيين، after برلين ... موسكو).

News names an organisation once in full and then by the definite head noun alone (المنظمة،
الوزارة، الصحيفة، الاتحاد). Such a word is the most recent organisation of the document
whose name begins with that head noun; with none before it, it is left as it was (a generic
agent, or no mention at all). Only head nouns of ``extra_org_heads.tsv`` count, and only as
the subject of a reporting verb (وقالت المنظمة، وأضافت الوزارة) or of the clause that أن or
إن opens (أعلن حزب الله أن الحزب لن يشارك): elsewhere the same words are as often common
nouns (المركز، الجهاز، السلطة) as bodies.
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.actors.find import Candidate
from khabar.actors.gazetteer import org_heads, reporting_verbs
from khabar.model import Document
from khabar.text.tokens import has_enclitic

ORG_SOURCES = ("org", "org_name")
QUOTES = frozenset("«“\"")
ANAPHOR = "anaphor"
# "The latter" and the gender it agrees with.
LATTER = {"الاخيره": "f", "الاخير": "m"}
DEMONSTRATIVES = frozenset({"هذه", "هذا"})
# أن and إن (normalised alike): the noun after one is the subject of the clause it opens.
SUBJECT_OPENERS = frozenset({"ان"})
# Candidates that are no party to point back to: places and bare nationality adjectives.
NOT_PARTIES = frozenset({"place", "nisba", ANAPHOR})


def add_body_anaphors(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Link each definite head noun standing alone to the latest organisation named with that
    head before it: a new candidate, or the link of the one-word agent that covers it
    (الوزارة). Returns the candidates in text order."""
    heads = org_heads()
    named: dict[str, list[Candidate]] = {}  # head key -> organisations, in text order
    for cand in cands:
        if cand.source in ORG_SOURCES:
            key = _head_key(doc.tokens[cand.start].stem, heads) or _head_before(doc, cand, heads)
            if key is not None:
                named.setdefault(key, []).append(cand)
    if not named:
        return cands
    forms = {"ال" + key: key for key in named}
    verbs = reporting_verbs()
    _, norms, _ = doc.token_columns()
    # the norm itself: no pronoun (وزارته), no preposition (بالوزارة); after a reporting verb
    # or as the subject of the clause that أن or إن opens (أعلن حزب الله أن الحزب لن ...)
    hits = [i for i, norm in enumerate(norms) if norm in forms and i
            and (norms[i - 1] in verbs or norms[i - 1] in SUBJECT_OPENERS
                 and not _described(norms, i))]
    if not hits:
        return cands
    wanted = set(hits)
    covering: dict[int, Candidate | None] = {}
    for cand in cands:
        for i in wanted.intersection(range(cand.start, cand.end)):
            # two candidates over one token: no single reading to relink
            covering[i] = cand if i not in covering and cand.end - cand.start == 1 else None
    ends = {key: [c.end for c in orgs] for key, orgs in named.items()}
    added = False
    for i in hits:
        key = forms[norms[i]]
        k = bisect_left(ends[key], i + 1) - 1  # the latest organisation ending at or before i
        if k < 0:
            continue
        target = named[key][k]
        if i in covering:
            cand = covering[i]
            if cand is not None and cand.source == "agent":
                cand.via, cand.link = ANAPHOR, target
            continue
        cands.append(Candidate(i, i + 1, doc.tokens[i].sentence, ANAPHOR, "ORG", ANAPHOR,
                               link=target, head=i))
        added = True
    if added:
        cands.sort(key=lambda c: (c.start, -c.end))
    return cands


def _described(norms: list[str], i: int) -> bool:
    """The head noun at ``i`` takes a definite adjective (أن المؤسسة الرسمية): a noun
    phrase of its own, not the body named before."""
    return i + 1 < len(norms) and norms[i + 1].startswith("ال")


def _head_key(stem: str, heads: dict) -> str | None:
    """The head noun without its article, when ``stem`` is one."""
    bare = stem[2:] if stem.startswith("ال") else stem
    return bare if bare in heads else None


def _head_before(doc: Document, cand: Candidate, heads: dict) -> str | None:
    """The head noun right before a known organisation, a quotation mark allowed between
    (صحيفة «واشنطن بوست»): the kind of body the text calls it."""
    i = cand.start - 1
    if i >= 0 and doc.tokens[i].is_punct and doc.tokens[i].text in QUOTES:
        i -= 1
    if i < 0 or doc.tokens[i].sentence != cand.sentence:
        return None
    return _head_key(doc.tokens[i].stem, heads)


def add_latter_anaphors(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Link "the latter" (الأخيرة، الأخير) used as a noun to the last party named before it.

    As an adjective it follows the noun it describes, a definite one (الأيام الأخيرة،
    زيارته الأخيرة، زيارة بوتين الأخيرة); as a noun it follows a verb, a verbal noun, a
    preposition or a demonstrative (وقالت الأخيرة، طرد الأخيرة، هذه الأخيرة). The party
    agrees with it in gender, and stands in its sentence or the one before.
    """
    _, norms, _ = doc.token_columns()
    hits = [i for i, norm in enumerate(norms) if norm in LATTER and i]
    if not hits:
        return cands
    covered = {i for c in cands for i in range(c.start, c.end)}
    parties = [c for c in cands if c.source not in NOT_PARTIES and c.kind != "LOC"]
    ends = [c.end for c in parties]
    tokens = doc.tokens
    added = False
    for i in hits:
        prev = tokens[i - 1]
        if i in covered or not _noun_use(prev, i - 1 in covered):
            continue
        target = _latter_of(parties, ends, i, LATTER[norms[i]], tokens[i].sentence)
        if target is not None:
            cands.append(Candidate(i, i + 1, tokens[i].sentence, ANAPHOR, target.kind,
                                   ANAPHOR, link=target, gender=target.gender,
                                   plural=target.plural, head=i))
            added = True
    if added:
        cands.sort(key=lambda c: (c.start, -c.end))
    return cands


def _noun_use(prev, prev_is_party: bool) -> bool:
    """Whether the word before "the latter" leaves it a noun: no definite noun, noun with a
    pronoun or named party that it could describe stands there."""
    if prev.norm in DEMONSTRATIVES:
        return True
    if prev.is_punct or prev.norm.isdigit() or prev_is_party:
        return False
    if prev.stem.startswith("ال") or has_enclitic(prev):
        return False
    return True


def _latter_of(parties: list[Candidate], ends: list[int], i: int, gender: str,
               sentence: int) -> Candidate | None:
    """The last party ending before token ``i`` that agrees in gender (a state or body
    with no gender of its own agrees with the feminine)."""
    for k in range(bisect_left(ends, i + 1) - 1, -1, -1):
        cand = parties[k]
        if cand.sentence < sentence - 1:
            return None
        own = cand.gender or ("f" if cand.kind in ("GPE", "ORG") else None)
        if own == gender or own is None:
            return cand
    return None
