"""Training and honest scoring of the event-confidence model (``khabar.events.confidence``).

The detection gold (``detection.jsonl``) says whether a sentence reports an event of a type.
Each event of that type that the rules find, neither negated nor hypothetical, becomes an
example labelled by its sentence (``yes`` = 1, ``easy no``/``difficult no`` = 0, ``ambiguous``
left out). A sentence counts as positive when one of its examples reaches its type's threshold.

The figures that matter come from GROUPED cross-validation: every sentence of an article falls
in the same fold (sentences of one article share words, names and events), and the L2 strength
and the thresholds are chosen inside the training folds only, by an inner grouped
cross-validation, never by looking at the fold being scored. The model shipped is trained on
the whole dev set, so ``khabar eval --set detection`` on dev flatters it.

Fitting needs numpy (installed with pyarrow); inference in the pipeline does not.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from khabar.evaluate.events import count_detection, detection_rows
from khabar.events.confidence import FEATURES, event_features
from khabar.pipeline import analyze

# Weaker penalties fit the dev set's quirks (short sentences) and score worse out of fold.
L2_GRID = (3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 20))
# The false-positive rate on difficult negatives that a type's threshold should keep within
# (khabar's target for detection), when some threshold does.
MAX_FP_DIFFICULT = 0.25
SENTENCE_INDEX = re.compile(r"[_-]\d+$")


@dataclass(slots=True)
class Item:
    """One gold sentence with the candidate events the rules found in it."""

    id: str
    group: str
    type: str
    label: str
    candidates: list[dict[str, float]] = field(default_factory=list)
    reported: bool = False  # positive for the rules alone (score_detection's rule)

    @property
    def y(self) -> int:
        return int(self.label == "yes")


@dataclass(frozen=True, slots=True)
class Config:
    """What the model sees: the lexical families and how often a word must occur."""

    lexical: tuple[str, ...] = ()  # lexical families to use: "stem:", "trigger:"
    min_df: int = 10
    include_generic: bool = True


def article_of(record_id: str) -> str:
    """The article a gold sentence comes from: its id without the trailing sentence number
    (``..._36`` or ``AAW_ARB_20061124.0123-11``)."""
    return SENTENCE_INDEX.sub("", record_id)


def build_items(records: list[dict]) -> list[Item]:
    """Analyse every non-ambiguous gold sentence and collect its candidate events."""
    items = []
    for record in records:
        label = record["label"]
        if label == "ambiguous":
            continue
        typ = record["event_type"]
        doc = analyze(record["text"], id=str(record["id"]))
        item = Item(id=str(record["id"]), group=article_of(str(record["id"])), type=typ,
                    label=label)
        for event in doc.events:
            if event.type != typ or event.negated or event.hypothetical:
                continue
            feats = event_features(doc, event, lexical=True)
            feats["_generic"] = float(event.generic)
            item.candidates.append(feats)
            item.reported = item.reported or not event.generic
        items.append(item)
    return items


def grouped_folds(groups: list[str], k: int, seed: int) -> list[int]:
    """Fold number of each item: whole groups, shuffled with ``seed``, then dealt largest
    first to the fold that holds the fewest items so far."""
    sizes = Counter(groups)
    order = sorted(sizes)
    random.Random(seed).shuffle(order)
    order.sort(key=lambda g: -sizes[g])
    load = [0] * k
    fold_of: dict[str, int] = {}
    for g in order:
        f = min(range(k), key=lambda i: (load[i], i))
        fold_of[g] = f
        load[f] += sizes[g]
    return [fold_of[g] for g in groups]


# -- the model ---------------------------------------------------------------------------------

def _candidates(item: Item, config: Config) -> list[dict[str, float]]:
    if config.include_generic:
        return item.candidates
    return [c for c in item.candidates if not c["_generic"]]


def vocabulary(items: list[Item], config: Config) -> list[str]:
    """Features the model may weigh: the fixed ones, and lexical ones found in at least
    ``min_df`` training sentences."""
    names = list(FEATURES)
    if config.lexical:
        df: Counter[str] = Counter()
        for item in items:
            seen = {n for c in _candidates(item, config) for n in c
                    if n.startswith(config.lexical)}
            df.update(seen)
        names += sorted(n for n, c in df.items() if c >= config.min_df)
    return names


def _matrix(items: list[Item], names: list[str], config: Config
            ) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Design matrix of the candidates, their labels and the item each comes from."""
    index = {n: j for j, n in enumerate(names)}
    rows, ys, owners = [], [], []
    for i, item in enumerate(items):
        for cand in _candidates(item, config):
            row = np.zeros(len(names))
            for n, v in cand.items():
                j = index.get(n)
                if j is not None:
                    row[j] = v
            rows.append(row)
            ys.append(item.y)
            owners.append(i)
    x = np.array(rows) if rows else np.zeros((0, len(names)))
    return x, np.array(ys, dtype=float), owners


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50
                 ) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by Newton's method; the intercept is not penalised.
    Deterministic: no random start, no sampling."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return w[:-1], float(w[-1])


def _probabilities(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ weights + bias, -30, 30)))


def train(items: list[Item], config: Config, l2: float) -> dict:
    """A model (as in ``data/event_confidence.json``: weights by name, bias) from ``items``."""
    names = vocabulary(items, config)
    x, y, _ = _matrix(items, names, config)
    weights, bias = fit_logistic(x, y, l2)
    return {"weights": {n: round(float(w), 5) for n, w in zip(names, weights, strict=True)
                        if abs(w) > 1e-5},
            "bias": round(bias, 5), "lexical": bool(config.lexical)}


def item_scores(items: list[Item], model: dict, config: Config) -> list[float]:
    """The best candidate probability of each item (0 for an item with none)."""
    names = list(model["weights"])
    weights = np.array([model["weights"][n] for n in names])
    x, _, owners = _matrix(items, names, config)
    scores = [0.0] * len(items)
    if len(owners):
        for owner, p in zip(owners, _probabilities(x, weights, model["bias"]), strict=True):
            scores[owner] = max(scores[owner], float(p))
    return scores


# -- scoring -----------------------------------------------------------------------------------

def detection_counts(items: list[Item], positive: list[bool]) -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for item, pos in zip(items, positive, strict=True):
        count_detection(counts[item.type], item.label, pos)
    return counts


def macro_f1(items: list[Item], scores: list[float], threshold: float) -> float:
    rows = detection_rows(detection_counts(items, [s >= threshold and s > 0 for s in scores]))
    return sum(r["f1"] for r in rows.values()) / max(1, len(rows))


def type_thresholds(items: list[Item], scores: list[float]) -> dict[str, tuple[tuple, float]]:
    """Per type, ``(key, threshold)``: the threshold with the best F1 among those that keep
    the false-positive rate on difficult negatives within :data:`MAX_FP_DIFFICULT` (the best
    F1 overall when none does); ``key`` ranks the choice, ``(within the limit, F1)``."""
    best: dict[str, tuple[tuple, float]] = {}
    for t in THRESHOLDS:
        rows = detection_rows(detection_counts(items, [s >= t and s > 0 for s in scores]))
        for typ, row in rows.items():
            key = (row["fp_rate_difficult_no"] <= MAX_FP_DIFFICULT, row["f1"])
            if typ not in best or key > best[typ][0]:
                best[typ] = (key, t)
    return best


def out_of_fold(items: list[Item], config: Config, l2: float, k: int, seed: int) -> list[float]:
    """Item scores from models that never saw the item's article."""
    folds = grouped_folds([it.group for it in items], k, seed)
    scores = [0.0] * len(items)
    for f in range(k):
        train_items = [it for it, fo in zip(items, folds, strict=True) if fo != f]
        test = [i for i, fo in enumerate(folds) if fo == f]
        model = train(train_items, config, l2)
        for i, s in zip(test, item_scores([items[i] for i in test], model, config), strict=True):
            scores[i] = s
    return scores


def select(items: list[Item], config: Config, k: int = 4, seed: int = 0
           ) -> tuple[float, float, dict[str, float]]:
    """``(l2, threshold, thresholds)`` chosen over an inner grouped cross-validation.

    ``thresholds`` holds one per type learnt (see :func:`type_thresholds`), and L2 is the
    one whose thresholds do best over the types; ``threshold``, the best for macro F1 with
    that L2, serves the types the model never saw."""
    best: tuple | None = None
    for l2 in L2_GRID:
        scores = out_of_fold(items, config, l2, k, seed)
        per_type = type_thresholds(items, scores)
        key = (sum(v[0][0] for v in per_type.values()), sum(v[0][1] for v in per_type.values()))
        if best is None or key > best[0]:
            best = (key, l2, scores, {typ: v[1] for typ, v in per_type.items()})
    _key, l2, scores, thresholds = best
    shared = max(THRESHOLDS, key=lambda t: (macro_f1(items, scores, t), -t))
    return l2, shared, thresholds


def cross_validate(items: list[Item], config: Config, k: int = 5, seed: int = 13) -> dict:
    """Grouped k-fold figures of the model with L2 and thresholds chosen inside the training
    folds; beside them the rules alone (``rules``: score_detection's rule, generic events
    out; ``rules_with_generic``: every non-negated, non-hypothetical event)."""
    folds = grouped_folds([it.group for it in items], k, seed)
    positive = [False] * len(items)
    chosen = []
    for f in range(k):
        train_items = [it for it, fo in zip(items, folds, strict=True) if fo != f]
        test = [i for i, fo in enumerate(folds) if fo == f]
        l2, threshold, thresholds = select(train_items, config, seed=seed + f)
        model = train(train_items, config, l2)
        for i, s in zip(test, item_scores([items[i] for i in test], model, config), strict=True):
            positive[i] = s > 0 and s >= thresholds.get(items[i].type, threshold)
        chosen.append({"l2": l2, "threshold": threshold, "thresholds": thresholds})
    return {
        "folds": k, "seed": seed, "config": config_dict(config), "chosen": chosen,
        "model": detection_rows(detection_counts(items, positive)),
        "rules": detection_rows(detection_counts(items, [it.reported for it in items])),
        "rules_with_generic": detection_rows(detection_counts(
            items, [bool(it.candidates) for it in items])),
    }


def config_dict(config: Config) -> dict:
    return {"lexical": list(config.lexical), "min_df": config.min_df,
            "include_generic": config.include_generic}


def report(figures: dict) -> str:
    """A readable table of :func:`cross_validate`'s figures."""
    lines = [f"grouped {figures['folds']}-fold CV (seed {figures['seed']}), config "
             f"{figures['config']}; chosen per fold: "
             + ", ".join(f"l2={c['l2']} t={c.get('thresholds') or c['threshold']}"
                         for c in figures["chosen"]),
             f"  {'':<20}{'type':<9}{'P':>7}{'R':>7}{'F1':>7}{'FP difficult':>14}{'FP easy':>9}"]
    for name in ("rules", "rules_with_generic", "model"):
        for typ, r in figures[name].items():
            lines.append(f"  {name:<20}{typ:<9}{r['precision']:>7.3f}{r['recall']:>7.3f}"
                         f"{r['f1']:>7.3f}{r['fp_rate_difficult_no']:>14.3f}"
                         f"{r['fp_rate_easy_no']:>9.3f}")
    return "\n".join(lines)


def mean_f1(figures: dict, name: str = "model") -> float:
    rows = figures[name]
    return sum(r["f1"] for r in rows.values()) / max(1, len(rows))


__all__ = ["Config", "Item", "article_of", "build_items", "cross_validate", "grouped_folds",
           "fit_logistic", "item_scores", "out_of_fold", "report", "select", "train"]
