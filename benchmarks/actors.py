"""Throughput of the text layer plus the actor stage on one core.

Runs on the dev gold sentences (events-gsr, detection) when ``../shared`` is present, else
on the bundled example. Prints sentences/s for the text layer alone and with actors, and
the time spent building the gazetteer once.

    python benchmarks/actors.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.actors import find_actors
from khabar.actors.gazetteer import gazetteer
from khabar.model import Document
from khabar.pipeline import text_layer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_texts() -> list[str]:
    texts = []
    gold = SHARED / "gold/dev"
    if gold.is_dir():
        for name in ("events-gsr.jsonl", "detection.jsonl"):
            for line in (gold / name).open(encoding="utf-8"):
                texts.append(json.loads(line)["text"])
    if not texts:
        texts = [(ROOT / "src/khabar/data/sample/putin-biden-call.txt").read_text(encoding="utf-8")]
    return texts


def timed(texts: list[str], with_actors: bool) -> tuple[float, int, int]:
    n_sent = n_mentions = 0
    t0 = time.perf_counter()
    for text in texts:
        doc = text_layer(Document(id="b", text=text))
        if with_actors:
            doc = find_actors(doc)
            n_mentions += len(doc.mentions)
        n_sent += len(doc.sentences)
    return time.perf_counter() - t0, n_sent, n_mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    t0 = time.perf_counter()
    gaz = gazetteer()
    build = time.perf_counter() - t0
    texts = load_texts()
    timed(texts[:100], True)  # warm the word caches
    base = min(timed(texts, False)[0] for _ in range(args.repeat))
    runs = [timed(texts, True) for _ in range(args.repeat)]
    best, n_sent, n_mentions = min(runs)
    print(f"gazetteer: {len(gaz.index):,} forms, built in {build:.2f} s")
    print(f"{len(texts)} texts, {n_sent} sentences, {n_mentions} mentions")
    print(f"  text layer:          {n_sent / base:8,.0f} sentences/s")
    print(f"  text layer + actors: {n_sent / best:8,.0f} sentences/s (one core, best of "
          f"{args.repeat})")
    print(f"  actors alone:        {n_sent / (best - base):8,.0f} sentences/s")


if __name__ == "__main__":
    main()
