"""Training pieces of the event-confidence model: grouping by article, folds that keep an
article whole, a logistic fit that learns, and cross-validated figures on the dev gold."""

from __future__ import annotations

import numpy as np

from khabar.evaluate.confidence import (
    Config,
    Item,
    article_of,
    build_items,
    fit_logistic,
    grouped_folds,
    item_scores,
    train,
    type_thresholds,
)


def test_article_of_strips_the_sentence_number():
    assert article_of("5b5ad59fa9d85c17e05938c1e4f0f161684ab_36") == \
        "5b5ad59fa9d85c17e05938c1e4f0f161684ab"
    assert article_of("AAW_ARB_20061124.0123-11") == "AAW_ARB_20061124.0123"


def test_grouped_folds_keep_articles_whole_and_are_deterministic():
    groups = [f"a{i % 7}" for i in range(50)]
    folds = grouped_folds(groups, 3, seed=1)
    assert folds == grouped_folds(groups, 3, seed=1)
    by_group: dict[str, set[int]] = {}
    for g, f in zip(groups, folds, strict=True):
        by_group.setdefault(g, set()).add(f)
    assert all(len(fs) == 1 for fs in by_group.values())
    assert set(folds) == {0, 1, 2}


def test_logistic_fit_learns_a_separating_feature():
    x = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]] * 5)
    y = np.array([1.0, 1.0, 0.0, 0.0] * 5)
    weights, bias = fit_logistic(x, y, l2=1.0)
    assert weights[0] > 1.0
    assert abs(weights[1]) < 0.1
    assert bias < 0


def test_trained_model_ranks_reported_above_generic():
    def item(i: int, label: str, **feats: float) -> Item:
        return Item(id=f"d{i}_1", group=f"d{i}", type="ASSAULT", label=label,
                    candidates=[{"type:ASSAULT": 1.0, "_generic": 0.0, **feats}])

    items = [item(i, "yes", verb_perfect=1.0) for i in range(10)]
    items += [item(i, "difficult no", generic=1.0) for i in range(10, 30)]
    model = train(items, Config(), l2=1.0)
    scores = item_scores(items, model, Config())
    assert min(scores[:10]) > max(scores[10:])


def test_type_threshold_keeps_difficult_false_positives_within_the_limit():
    def item(i: int, label: str) -> Item:
        return Item(id=f"d{i}_1", group=f"d{i}", type="ASSAULT", label=label)

    # 4 positives at 0.9, 4 difficult negatives at 0.5 and 6 at 0.1: 0.5 keeps every positive
    # but passes 40% of the difficult negatives; a threshold above 0.5 passes none
    items = [item(i, "yes") for i in range(4)] + [item(i, "difficult no") for i in range(4, 14)]
    scores = [0.9] * 4 + [0.5] * 4 + [0.1] * 6
    (within, _f1), threshold = type_thresholds(items, scores)["ASSAULT"]
    assert within and threshold > 0.5


def test_build_items_labels_candidates_from_the_gold(shared):
    import json

    path = shared / "gold" / "dev" / "detection.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8")][:60]
    items = build_items(records)
    assert len(items) == sum(r["label"] != "ambiguous" for r in records)
    assert any(it.candidates for it in items)
    for it in items:
        assert it.y == (it.label == "yes")
        assert it.group == article_of(it.id)
