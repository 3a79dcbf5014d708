"""Stories: articles that report one event, across outlets and days, and their accounts.

Clustering links two articles when their content words are similar (TF-IDF cosine over
normalised stems) within a window of days; shared known actors lower the bar a little.
Syndicated copies join their original's story. :func:`compare` then puts the accounts side
by side: which side (the speakers' country, else the outlet) said what, which claims appear
in more than one account, and which in one only.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date as Date
from functools import cache

from khabar.lexicon import load_wordlist
from khabar.model import Document
from khabar.text.normalize import normalize_word
from khabar.text.tokens import tokenize

WINDOW_DAYS = 3
THRESHOLD = 0.2
ACTOR_THRESHOLD = 0.12
TOP_TERMS = 30
MAX_SIZE = 25
CLAIM_OVERLAP = 0.5
CLAIM_MIN_SHARED = 3


@cache
def stop_words() -> frozenset[str]:
    words = load_wordlist("function_words.txt") | load_wordlist("common_words.txt")
    return frozenset(normalize_word(w) for w in words)


def content_terms(words: list[str]) -> Counter[str]:
    """Content words among normalised words: no function words, digits or short words."""
    stops = stop_words()
    return Counter(w for w in words if len(w) > 2 and w not in stops and not w.isdigit())


def _day(value: str | None) -> int | None:
    try:
        return Date.fromisoformat(value[:10]).toordinal() if value else None
    except ValueError:
        return None


def cluster(docs: list[tuple[int, str | None, int, str, set[str]]], *, window: int = WINDOW_DAYS,
            threshold: float = THRESHOLD, actor_threshold: float = ACTOR_THRESHOLD,
            max_size: int = MAX_SIZE) -> dict[int, list[int]]:
    """``{story id: [doc ids]}`` from ``(doc id, date, root id, indexed text, actor ids)``.

    Only originals (``doc id == root id``) are compared; copies follow their root.
    """
    roots = {d[0]: d for d in docs if d[0] == d[2]}
    vectors = _tfidf({r: content_terms(d[3].split()) for r, d in roots.items()})
    days = {r: _day(d[1]) for r, d in roots.items()}
    parent = {r: r for r in roots}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links = []
    for a, b in _candidates(vectors):
        if days[a] is not None and days[b] is not None and abs(days[a] - days[b]) > window:
            continue
        cos = sum(w * vectors[b].get(t, 0.0) for t, w in vectors[a].items())
        shared_actors = len(roots[a][4] & roots[b][4])
        if cos >= threshold or (cos >= actor_threshold and shared_actors >= 2):
            links.append((cos, a, b))
    # Strongest links first; a merge that would make a story too big or too long is refused,
    # so a run of related articles (a war, a campaign) does not chain into one story.
    size = dict.fromkeys(parent, 1)
    span = {r: (days[r], days[r]) for r in parent}
    for _cos, a, b in sorted(links, reverse=True):
        ra, rb = find(a), find(b)
        if ra == rb or size[ra] + size[rb] > max_size:
            continue
        lo = [d for d in (span[ra][0], span[rb][0]) if d is not None]
        hi = [d for d in (span[ra][1], span[rb][1]) if d is not None]
        if lo and max(hi) - min(lo) > 2 * window:
            continue
        parent[ra] = rb
        size[rb] += size[ra]
        span[rb] = (min(lo) if lo else None, max(hi) if hi else None)
    stories: dict[int, list[int]] = defaultdict(list)
    for doc_id, _date, root, _text, _actors in docs:
        stories[find(root) if root in parent else doc_id].append(doc_id)
    return {min(members): sorted(members) for members in stories.values()}


def _tfidf(terms: dict[int, Counter[str]]) -> dict[int, dict[str, float]]:
    df: Counter[str] = Counter()
    for counts in terms.values():
        df.update(counts.keys())
    n = len(terms) or 1
    vectors = {}
    for doc, counts in terms.items():
        vec = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vectors[doc] = {t: w / norm for t, w in vec.items()}
    return vectors


def _candidates(vectors: dict[int, dict[str, float]]) -> set[tuple[int, int]]:
    """Pairs sharing at least two of their highest-weighted terms (an inverted index)."""
    index: dict[str, list[int]] = defaultdict(list)
    for doc, vec in vectors.items():
        for term in sorted(vec, key=vec.get, reverse=True)[:TOP_TERMS]:
            index[term].append(doc)
    shared: Counter[tuple[int, int]] = Counter()
    for docs in index.values():
        if len(docs) > 500:  # a term in hundreds of top lists says little about one story
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                shared[(a, b) if a < b else (b, a)] += 1
    return {pair for pair, count in shared.items() if count >= 2}


# -- accounts side by side ----------------------------------------------------------------

def _claims(doc: Document) -> list[dict]:
    """What an account asserts: its statements, or its sentences when it has none."""
    claims = []
    for st in doc.statements:
        speaker = doc.actor(st.speaker)
        text = st.content.text if st.content else doc.sentences[st.sentence].text
        claims.append({"kind": "statement", "statement_id": st.id,
                       "speaker": speaker.name if speaker else None,
                       "speaker_country": speaker.country if speaker else None,
                       "cue": st.cue.text, "text": text, "start": st.content.start if st.content else st.cue.start,
                       "end": st.content.end if st.content else st.cue.end})
    if not claims:
        for s in doc.sentences:
            claims.append({"kind": "sentence", "statement_id": None, "speaker": None,
                           "speaker_country": None, "cue": None, "text": s.text,
                           "start": s.start, "end": s.end})
    for claim in claims:
        claim["terms"] = set(content_terms([t.stem for t in tokenize(claim["text"]) if not t.is_punct]))
    return claims


def side_of(doc: Document) -> str:
    """Whose account this is: the country most of its speakers belong to, else the outlet."""
    countries = Counter(a.country for st in doc.statements
                        if (a := doc.actor(st.speaker)) is not None and a.country)
    if countries:
        return countries.most_common(1)[0][0]
    return doc.outlet or doc.id


def _event_key(doc: Document, ev) -> tuple:
    def countries(ids):
        return tuple(sorted({(doc.actor(i).country or i) if doc.actor(i) else i for i in ids}))

    return ev.type, countries(ev.actor), countries(ev.recipient), ev.negated


def compare(docs: list[tuple[Document, list[str]]]) -> dict:
    """Accounts of one story side by side; ``docs`` pairs each original with the outlets
    that carried copies of it."""
    accounts = []
    for doc, carried_by in docs:
        accounts.append({"doc_id": doc.id, "outlet": doc.outlet, "date": doc.date,
                         "title": doc.title, "carried_by": carried_by, "side": side_of(doc),
                         "claims": _claims(doc),
                         "events": [{"event_id": e.id, "event_type": e.type,
                                     "key": _event_key(doc, e), "trigger": e.trigger.text,
                                     "generic": e.generic}
                                    for e in doc.events]})
    agreed = []
    matched: set[tuple[int, int]] = set()
    for i, a in enumerate(accounts):
        for ci, claim in enumerate(a["claims"]):
            group = [(i, ci)]
            for j in range(i + 1, len(accounts)):
                best = _best_match(claim, accounts[j]["claims"])
                if best is not None:
                    group.append((j, best))
            if len(group) > 1 and (i, ci) not in matched:
                matched.update(group)
                agreed.append([_claim_ref(accounts, k, c) for k, c in group])
    for i, a in enumerate(accounts):
        for ci, claim in enumerate(a["claims"]):
            claim["agreed"] = (i, ci) in matched
            claim.pop("terms")
    shared_events, only_events = _compare_events(accounts)
    return {
        "accounts": [{k: v for k, v in a.items() if k != "events"} | {
            "events": [{k: v for k, v in e.items() if k != "key"} for e in a["events"]]}
            for a in accounts],
        "sides": sorted({a["side"] for a in accounts}),
        "agreed": agreed,
        "only_in": {a["doc_id"]: [c["text"] for c in a["claims"] if not c["agreed"]]
                    for a in accounts},
        "events_shared": shared_events,
        "events_only_in": only_events,
    }


def _best_match(claim: dict, others: list[dict]) -> int | None:
    best, best_score = None, 0.0
    for k, other in enumerate(others):
        shared = len(claim["terms"] & other["terms"])
        smaller = min(len(claim["terms"]), len(other["terms"])) or 1
        score = shared / smaller
        if shared >= CLAIM_MIN_SHARED and score >= CLAIM_OVERLAP and score > best_score:
            best, best_score = k, score
    return best


def _claim_ref(accounts: list[dict], i: int, ci: int) -> dict:
    claim = accounts[i]["claims"][ci]
    return {"doc_id": accounts[i]["doc_id"], "side": accounts[i]["side"],
            "speaker": claim["speaker"], "text": claim["text"]}


def _compare_events(accounts: list[dict]) -> tuple[list[dict], dict[str, list[str]]]:
    """Events that several accounts report and those that one alone does. Generic events
    (named, not reported as having happened) are left out: an account that recalls an
    earlier attack does not report one that the others leave out."""
    where: dict[tuple, list[str]] = defaultdict(list)
    for a in accounts:
        for key in dict.fromkeys(e["key"] for e in a["events"] if not e["generic"]):
            where[key].append(a["doc_id"])
    shared = [{"event_type": k[0], "actor": list(k[1]), "recipient": list(k[2]),
               "negated": k[3], "accounts": docs} for k, docs in where.items() if len(docs) > 1]
    only: dict[str, list[str]] = {a["doc_id"]: [] for a in accounts}
    for k, docs in where.items():
        if len(docs) == 1:
            only[docs[0]].append(f"{k[0]} {'/'.join(k[1]) or '-'} -> {'/'.join(k[2]) or '-'}"
                                 + (" (negated)" if k[3] else ""))
    return shared, only
