"""Scoring khabar's events against gold (coding manual, section 6).

Three shapes of gold are read, told apart by their fields:

- **document** gold (``seed-gold.jsonl``, ``eval/events/*.jsonl``): whole articles with their
  events. An event matches when it lies in the same sentence, has the same type and, at the
  stricter levels, the same set of actor (and recipient) country codes. The gold names its
  sentence by a substring of the text or by ``[start, end]`` offsets. A line may leave out
  its text and point into another file instead: ``{"source": "examples/news-excerpts.jsonl",
  "id": ...}`` (offsets then refer to that file's text; the path is relative to ../shared).
- **sentence** gold (``events-gsr.jsonl``): one event per sentence; type recall, then type +
  actor country, then type + actor + recipient country (``null`` = no country), and sectors.
- **detection** gold (``detection.jsonl``): does the sentence report an event of the type? A
  sentence is positive when khabar emits such an event that is neither negated, hypothetical
  nor generic (named without being reported as having happened); ``ambiguous`` items are
  left out.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from pathlib import Path

from khabar.events.confidence import load_model
from khabar.model import Document
from khabar.pipeline import analyze

LEVELS = ("type", "actor", "recipient")
# The same levels counting only events reported as having happened (not ``generic``): every
# gold sentence reports its event, so a generic reading there is a miss of the occurrence rules.
REPORTED_LEVELS = tuple(f"reported_{level}" for level in LEVELS)


def shared_root() -> Path:
    """The ../shared folder (``KHABAR_SHARED`` overrides)."""
    env = os.environ.get("KHABAR_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent.parent / "shared").is_dir():
            return parent.parent / "shared"
    return Path.cwd().parent / "shared"


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_shape(record: dict) -> str:
    """``document``, ``sentence`` or ``detection``."""
    if "event_type" in record and "label" in record:
        return "detection"
    if "event" in record:
        return "sentence"
    return "document"


def evaluate(path: str | Path, *, limit: int | None = None) -> dict:
    """Score the gold file at ``path``; the shape is read from its first line."""
    records = read_jsonl(path)[:limit] if limit else read_jsonl(path)
    if not records:
        return {"gold": str(path), "shape": "empty", "n": 0}
    shape = gold_shape(records[0])
    scorer = {"document": score_documents, "sentence": score_sentences,
              "detection": score_detection}[shape]
    figures = scorer(records)
    figures.update(gold=str(path), shape=shape)
    return figures


# -- document gold ---------------------------------------------------------------------------

def resolve_text(record: dict, cache: dict[str, dict[str, dict]] | None = None) -> dict:
    """The record with ``text`` (and date/outlet) filled in from its ``source`` file."""
    if record.get("text") or not record.get("source"):
        return record
    cache = {} if cache is None else cache
    source = record["source"]
    if source not in cache:
        cache[source] = {r["id"]: r for r in read_jsonl(shared_root() / source)}
    original = cache[source].get(record["id"])
    if original is None:
        raise KeyError(f"{record['id']} is not in {source}")
    merged = dict(original)
    merged.update({k: v for k, v in record.items() if k != "source"})
    return merged


def _analyze(record: dict) -> Document:
    date = record.get("date")
    if date and len(date) == 8 and date.isdigit():
        date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return analyze(record["text"], id=str(record.get("id", "gold")), date=date,
                   outlet=record.get("outlet"))


def _sentence_of(doc: Document, pos: int) -> int | None:
    for sent in doc.sentences:
        if sent.start <= pos < sent.end:
            return sent.i
    return None


def _locate(text: str, where, near: int = 0) -> int | None:
    if isinstance(where, list | tuple) and len(where) == 2:
        return int(where[0])
    if isinstance(where, str) and where:
        pos = text.find(where, near)
        return pos if pos >= 0 else text.find(where)
    return None


def _countries(items) -> frozenset[str]:
    return frozenset(a["country"] for a in items or [] if isinstance(a, dict) and a.get("country"))


def _pred_countries(doc: Document, ids: list[str]) -> frozenset[str]:
    out = set()
    for actor_id in ids:
        actor = doc.actor(actor_id)
        if actor is not None and actor.country:
            out.add(actor.country)
    return frozenset(out)


def _keys(level: str, item: dict) -> tuple:
    if level == "type":
        return (item["sentence"], item["type"])
    if level == "actor":
        return (item["sentence"], item["type"], item["actor"])
    return (item["sentence"], item["type"], item["actor"], item["recipient"])


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f, 3)}


def _match_count(gold: list[dict], pred: list[dict], level: str) -> int:
    remaining = Counter(_keys(level, p) for p in pred)
    tp = 0
    for g in gold:
        key = _keys(level, g)
        if remaining[key] > 0:
            remaining[key] -= 1
            tp += 1
    return tp


def score_documents(records: list[dict]) -> dict:
    """Precision, recall and F1 at three levels, per type, and the confusion of types."""
    gold_all: list[dict] = []
    pred_all: list[dict] = []
    cache: dict[str, dict[str, dict]] = {}
    for n, raw in enumerate(records):
        record = resolve_text(raw, cache)
        doc = _analyze(record)
        text = record["text"]
        for ev in record.get("events", []):
            pos = _locate(text, ev.get("sentence"))
            if pos is None:
                pos = _locate(text, ev.get("trigger"))
            sentence = _sentence_of(doc, pos) if pos is not None else None
            gold_all.append({"doc": n, "sentence": (n, sentence), "type": ev["type"],
                             "actor": _countries(ev.get("actor")),
                             "recipient": _countries(ev.get("recipient"))})
        limit = (record.get("scored_span") or [0, len(text)])[1]
        for ev in doc.events:
            if ev.trigger.start >= limit:
                continue
            pred_all.append({"doc": n, "sentence": (n, ev.sentence), "type": ev.type,
                             "actor": _pred_countries(doc, ev.actor),
                             "recipient": _pred_countries(doc, ev.recipient)})
    figures: dict = {"documents": len(records)}
    for level in LEVELS:
        figures[level] = _prf(_match_count(gold_all, pred_all, level), len(pred_all), len(gold_all))
    per_type = {}
    for typ in sorted({g["type"] for g in gold_all} | {p["type"] for p in pred_all}):
        g = [x for x in gold_all if x["type"] == typ]
        p = [x for x in pred_all if x["type"] == typ]
        per_type[typ] = _prf(_match_count(g, p, "type"), len(p), len(g))
    figures["per_type"] = per_type
    figures["confusion"] = _confusion(gold_all, pred_all)
    return figures


def _confusion(gold: list[dict], pred: list[dict]) -> dict[str, dict[str, int]]:
    """Gold type -> predicted types in the same sentence (``-`` = nothing predicted)."""
    by_sentence: dict[tuple, Counter] = defaultdict(Counter)
    for p in pred:
        by_sentence[p["sentence"]][p["type"]] += 1
    table: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        found = by_sentence.get(g["sentence"], Counter())
        if found[g["type"]] > 0:
            table[g["type"]][g["type"]] += 1
            found[g["type"]] -= 1
        elif +found:
            table[g["type"]][next(iter(+found))] += 1
        else:
            table[g["type"]]["-"] += 1
    return {k: dict(v) for k, v in sorted(table.items())}


# -- sentence gold (events-gsr) ----------------------------------------------------------------

def score_sentences(records: list[dict]) -> dict:
    """Type recall, + actor country, + recipient country, sectors; and what else was found."""
    hits = Counter()
    per_type: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        gold = record["event"]
        doc = _analyze(record)
        typ = gold["type"]
        g_actor = (gold.get("actor") or {}).get("country")
        g_recip = (gold.get("recipient") or {}).get("country")
        g_asector = (gold.get("actor") or {}).get("sector")
        same = [e for e in doc.events if e.type == typ]
        per_type[typ]["gold"] += 1
        for e in doc.events:
            confusion[typ][e.type] += 1
        if not doc.events:
            confusion[typ]["-"] += 1
        if not same:
            continue
        for level in _levels_hit(doc, same, g_actor, g_recip):
            hits[level] += 1
            per_type[typ][level] += 1
        reported = [e for e in same if not e.generic]
        for level in _levels_hit(doc, reported, g_actor, g_recip):
            hits[f"reported_{level}"] += 1
        if any(_first_code(doc, e.actor, "sector") == g_asector for e in same):
            hits["actor_sector"] += 1
    n = len(records)
    figures: dict = {"sentences": n}
    for level in (*LEVELS, "actor_sector", *REPORTED_LEVELS):
        figures[level] = {"hits": hits[level], "recall": round(hits[level] / n, 3) if n else 0.0}
    figures["per_type"] = {
        t: {k: (round(c[k] / c["gold"], 3) if k != "gold" else c[k]) for k in ("gold", *LEVELS)}
        for t, c in sorted(per_type.items())}
    figures["confusion"] = {k: dict(v) for k, v in sorted(confusion.items())}
    return figures


def _levels_hit(doc: Document, events: list, g_actor: str | None,
                g_recip: str | None) -> tuple[str, ...]:
    """The levels of :data:`LEVELS` that some of ``events`` (all of the gold type) reach."""
    if not events:
        return ()
    actor_ok = [e for e in events if _first_code(doc, e.actor, "country") == g_actor]
    if not actor_ok:
        return LEVELS[:1]
    if any(_first_code(doc, e.recipient, "country") == g_recip for e in actor_ok):
        return LEVELS
    return LEVELS[:2]


def _first_code(doc: Document, ids: list[str], field: str) -> str | None:
    """The first non-empty ``country`` or ``sector`` among the listed actors."""
    for actor_id in ids:
        actor = doc.actor(actor_id)
        value = getattr(actor, field, None) if actor is not None else None
        if value:
            return value
    return None


# -- detection gold ----------------------------------------------------------------------------

def _asserted(event, event_type: str) -> bool:
    """An event of ``event_type`` that is neither negated nor hypothetical."""
    return event.type == event_type and not event.negated and not event.hypothetical


def reports(event, event_type: str) -> bool:
    """Whether ``event`` reports an occurrence of ``event_type``: not negated, hypothetical or
    generic."""
    return _asserted(event, event_type) and not event.generic


def detected(event, event_type: str) -> bool:
    """What detection counts as a report of ``event_type``: with the trained confidence model,
    an event of the type, neither negated nor hypothetical, whose confidence reaches the
    type's threshold (:func:`confidence_threshold`); without it, what the rules say (:func:`reports`)."""
    if event.confidence is None:
        return reports(event, event_type)
    return _asserted(event, event_type) and event.confidence >= confidence_threshold(event_type)


def confidence_threshold(event_type: str) -> float:
    """The confidence from which an event of ``event_type`` counts as reported: the type's
    own threshold where the model learnt the type, else the shared one."""
    model = load_model()
    return float(model.get("thresholds", {}).get(event_type, model.get("threshold", 0.5)))


def score_detection(records: list[dict]) -> dict:
    """Precision, recall, F1 per type; false-positive rates on difficult and easy negatives.

    ``per_type`` is what khabar detects (rules and the trained confidence); ``rules`` is the
    rules alone, also per half of the records (split by a hash of their id, see
    :func:`half_of`), so that a rule tuned on one half can be checked on the other. The
    confidence model was trained on the dev set, so on dev its figures flatter it: ``cv``
    carries its cross-validated figures from the model file, the honest estimate.
    """
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for record in records:
        label = record["label"]
        if label == "ambiguous":
            continue
        typ = record["event_type"]
        doc = _analyze(record)
        found = {"model": any(detected(e, typ) for e in doc.events),
                 "rules": any(reports(e, typ) for e in doc.events)}
        half = half_of(str(record.get("id", "")))
        for part, method in (("all", "model"), ("rules", "rules"), (half, "rules")):
            count_detection(counts[part][typ], label, found[method])
    cv_info = load_model().get("cv", {})
    cv = cv_info.get("figures")
    figures: dict = {"per_type": detection_rows(counts["all"]),
                     "rules": detection_rows(counts["rules"]),
                     "halves": {h: detection_rows(counts[h]) for h in ("A", "B")}}
    if cv:
        figures["cv"] = cv
    if cv_info.get("f1_over_seeds"):
        figures["cv_over_seeds"] = cv_info["f1_over_seeds"]
    annotator = annotator_rows(records)
    if annotator:
        figures["annotator"] = annotator
    return figures


def annotator_rows(records: list[dict]) -> dict:
    """What one human annotator scores against the label: the expected P, R, F1 and
    false-positive rates of an annotator drawn at random from those who voted on each item.

    A yes label needs every vote and a difficult no has some, so a single coder loses
    precision on the difficult negatives by construction. These rows put khabar's figures
    beside what a person reaches on the same items (their recall is 1 by construction and
    their vote counts towards the label, so the rows flatter the annotator). Records without
    ``votes`` are left out; empty when none has them.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        votes = record.get("votes") or {}
        total, label = votes.get("total"), record["label"]
        if not total or label == "ambiguous":
            continue
        share = votes.get("accept", 0) / total  # the chance that the annotator says yes
        c = counts[record["event_type"]]
        if label == "yes":
            c["tp"] += share
            c["fn"] += 1 - share
        else:
            c["fp"] += share
            c["tn"] += 1 - share
            c[f"{label}:n"] += 1
            c[f"{label}:fp"] += share
    return {typ: {**row, **{k: round(row[k], 1) for k in ("tp", "pred", "gold")}}
            for typ, row in detection_rows(counts).items()}


def count_detection(c: Counter, label: str, positive: bool) -> None:
    """Count one judged sentence (or item) of a type: its gold label, whether found."""
    if label == "yes":
        c["tp" if positive else "fn"] += 1
    else:
        c["fp" if positive else "tn"] += 1
        c[f"{label}:n"] += 1
        c[f"{label}:fp"] += int(positive)


def half_of(record_id: str) -> str:
    """``A`` or ``B``: a fixed split of a gold set by the MD5 of the record id."""
    return "A" if hashlib.md5(record_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def detection_rows(counts: dict[str, Counter]) -> dict:
    """P, R, F1 and the false-positive rates on both kinds of negatives, per type."""
    rows = {}
    for typ, c in sorted(counts.items()):
        row = _prf(c["tp"], c["tp"] + c["fp"], c["tp"] + c["fn"])
        for label in ("difficult no", "easy no"):
            n = c[f"{label}:n"]
            row[f"fp_rate_{label.replace(' ', '_')}"] = round(c[f"{label}:fp"] / n, 3) if n else 0.0
        rows[typ] = row
    return rows


# -- report ------------------------------------------------------------------------------------

def report(figures: dict) -> str:
    """A readable table of the figures of :func:`evaluate`."""
    shape = figures.get("shape")
    lines = [f"events: {figures.get('gold', '')} ({shape})"]
    if shape == "document":
        lines.append(f"  {figures['documents']} documents")
        lines.append(f"  {'level':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
        for level, name in zip(LEVELS, ("type", "type+actor", "type+actor+recipient"),
                               strict=True):
            f = figures[level]
            lines.append(f"  {name:<22}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}"
                         f"{f['tp']:>6}{f['pred']:>6}{f['gold']:>6}")
        lines.append("  per type (type level):")
        for typ, f in figures["per_type"].items():
            lines.append(f"    {typ:<20}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}"
                         f"{f['tp']:>6}{f['pred']:>6}{f['gold']:>6}")
        lines.extend(_confusion_lines(figures["confusion"]))
    elif shape == "sentence":
        lines.append(f"  {figures['sentences']} sentences")
        for level, name in (("type", "type recall"), ("actor", "type+actor country"),
                            ("recipient", "type+actor+recipient"),
                            ("actor_sector", "type+actor sector"),
                            ("reported_type", "type, reported only"),
                            ("reported_actor", "+actor, reported only"),
                            ("reported_recipient", "+recipient, reported only")):
            lines.append(f"  {name:<26}{figures[level]['recall']:>7.3f}"
                         f"  ({figures[level]['hits']})")
        for typ, f in figures["per_type"].items():
            lines.append(f"    {typ:<20} n={f['gold']:<4} type {f['type']:.3f}  +actor "
                         f"{f['actor']:.3f}  +recipient {f['recipient']:.3f}")
        lines.extend(_confusion_lines(figures["confusion"], "all events found"))
    elif shape == "detection":
        lines.extend(_detection_lines(figures))
    return "\n".join(lines)


def _detection_lines(figures: dict) -> list[str]:
    lines = [f"  {'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'FP difficult':>14}{'FP easy':>9}"]
    parts = [("rules and trained confidence (trained on this set: flattering)", "",
              figures["per_type"])]
    if figures.get("cv"):
        parts.append(("the same, grouped cross-validation (the honest estimate)", "",
                      figures["cv"]))
    if figures.get("rules"):
        parts.append(("rules alone, and per half of the records", "", figures["rules"]))
    parts += [(None, f" {h}", rows) for h, rows in figures.get("halves", {}).items()]
    if figures.get("annotator"):
        parts.append(("one human annotator against the label (from the votes)", "",
                      figures["annotator"]))
    for title, suffix, rows in parts:
        if title:
            lines.append(f"  {title}:")
        for typ, f in rows.items():
            lines.append(f"  {typ + suffix:<12}{f['precision']:>7.3f}{f['recall']:>7.3f}"
                         f"{f['f1']:>7.3f}{f['fp_rate_difficult_no']:>14.3f}"
                         f"{f['fp_rate_easy_no']:>9.3f}")
        if rows is figures.get("cv"):
            for typ, f in figures.get("cv_over_seeds", {}).items():
                lines.append(f"  {typ:<12}F1 over three seeds of the cross-validation: mean "
                             f"{f['f1_mean']:.3f} ({f['f1_min']:.3f} to {f['f1_max']:.3f}), "
                             f"FP difficult {f['fp_rate_difficult_no_mean']:.3f}")
    return lines


def _confusion_lines(confusion: dict, title: str = "confusion") -> list[str]:
    lines = [f"  {title} (gold type -> predicted types; - = none):"]
    for gold_type, row in confusion.items():
        cells = ", ".join(f"{k} {v}" for k, v in sorted(row.items(), key=lambda kv: -kv[1]))
        lines.append(f"    {gold_type:<12} {cells}")
    return lines
