"""Train the event-confidence model and write ``src/khabar/data/event_confidence.json``.

    .venv/bin/python scripts/train_event_confidence.py [--gold PATH] [--out PATH] [--folds 5]

Reads the detection gold (``../shared/gold/dev/detection.jsonl``: Open Event Data Alliance,
MIT), runs the rule coder on every sentence, and labels each event of the asked type that is
neither negated nor hypothetical by its sentence (yes = 1, no = 0, ambiguous left out). It
prints grouped cross-validation figures (group = article; L2 and thresholds chosen inside the
training folds) for the model without and with the bag of stems and ships the bag only if
it helps both types out of sample; then trains on all of the dev set. The positives of
``events-gsr.jsonl`` are not added: every one of its sentences is already in the detection
gold. Deterministic: fixed fold seeds, Newton's method from zero.

Rerun it whenever the rules (triggers, modality, occurrence) change: the model reads their
flags.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from khabar.evaluate.confidence import (
    Config,
    build_items,
    config_dict,
    cross_validate,
    mean_f1,
    report,
    select,
    train,
)
from khabar.evaluate.events import read_jsonl, shared_root
from khabar.events.confidence import FEATURES
from khabar.lexicon import data_path

SEEDS = (13, 29, 41)  # the first is the one reported in full; the others show the spread
PLAIN = Config()
WITH_STEMS = Config(lexical=("stem:",), min_df=20)


def cv_summary(items, config: Config, folds: int) -> tuple[dict, dict]:
    """Figures for the first seed, and per-type mean F1 over all seeds."""
    runs = [cross_validate(items, config, k=folds, seed=seed) for seed in SEEDS]
    for run in runs:
        print(report(run), flush=True)
    types = sorted(runs[0]["model"])
    spread = {t: {"f1_mean": round(statistics.mean(r["model"][t]["f1"] for r in runs), 3),
                  "f1_min": min(r["model"][t]["f1"] for r in runs),
                  "f1_max": max(r["model"][t]["f1"] for r in runs),
                  "fp_rate_difficult_no_mean": round(statistics.mean(
                      r["model"][t]["fp_rate_difficult_no"] for r in runs), 3)}
             for t in types}
    return runs[0], spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path,
                        default=shared_root() / "gold" / "dev" / "detection.jsonl")
    parser.add_argument("--out", type=Path, default=data_path("event_confidence.json"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    records = read_jsonl(args.gold)
    items = build_items(records)
    print(f"{len(items)} sentences (ambiguous left out), "
          f"{sum(len(it.candidates) for it in items)} candidate events", flush=True)

    plain, plain_spread = cv_summary(items, PLAIN, args.folds)
    stems, stems_spread = cv_summary(items, WITH_STEMS, args.folds)
    better = all(stems_spread[t]["f1_mean"] > plain_spread[t]["f1_mean"] for t in plain_spread)
    config, figures, spread = (WITH_STEMS, stems, stems_spread) if better else (
        PLAIN, plain, plain_spread)
    print(f"mean F1 over seeds {SEEDS}: plain {plain_spread}, with stems {stems_spread}; "
          f"shipping {'with' if better else 'without'} the bag of stems")

    l2, threshold, thresholds = select(items, config, k=args.folds, seed=SEEDS[0])
    model = train(items, config, l2)
    out = {
        "source": "khabar, trained by scripts/train_event_confidence.py",
        "trained_on": "detection.jsonl of the dev gold (openeventdata/arabic_event_gsr and "
                      "UniversalPetrarch, Open Event Data Alliance, MIT): "
                      f"{len(items)} sentences, PROTEST and ASSAULT, ambiguous left out",
        "note": "trained on all of the dev set, so scores on dev flatter it; the honest figures "
                "are those of grouped cross-validation (cv: group = article, L2 and threshold "
                "chosen inside the training folds).",
        "rule": "a sentence reports an event of a type when one of its events of the type is "
                "neither negated nor hypothetical and has confidence >= the type's threshold "
                "(thresholds; threshold for the types the model did not learn from)",
        "threshold": threshold,
        "thresholds": thresholds,
        "l2": l2,
        "config": config_dict(config),
        "features": FEATURES,
        "cv": {"figures": figures["model"], "rules": figures["rules"], "chosen": figures["chosen"],
               "folds": figures["folds"], "seed": figures["seed"], "f1_over_seeds": spread,
               "mean_f1": round(mean_f1(figures), 3)},
        "lexical": model["lexical"],
        "bias": model["bias"],
        "weights": dict(sorted(model["weights"].items(), key=lambda kv: -abs(kv[1]))),
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"l2 {l2}, threshold {threshold}, per type {thresholds}; wrote {args.out}")


if __name__ == "__main__":
    main()
