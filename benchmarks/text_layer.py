"""Throughput of the text layer (sentences, tokens, clitics) on one core.

Runs on the bundled example and, when ``../shared`` is present, on the example excerpts and
the dev gold sentences. Prints sentences/s and tokens/s.

    python benchmarks/text_layer.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.model import Document
from khabar.pipeline import text_layer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_texts() -> list[str]:
    texts = [(ROOT / "src/khabar/data/sample/putin-biden-call.txt").read_text(encoding="utf-8")]
    if SHARED.is_dir():
        for line in (SHARED / "examples/news-excerpts.jsonl").open(encoding="utf-8"):
            texts.append(json.loads(line)["text"])
        for name in ("events-gsr.jsonl", "detection.jsonl"):
            for line in (SHARED / "gold/dev" / name).open(encoding="utf-8"):
                texts.append(json.loads(line)["text"])
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts()
    for text in texts[:50]:  # warm the caches of lexicons and segmentation once
        text_layer(Document(id="w", text=text))
    best = None
    for _ in range(args.repeat):
        n_sent = n_tok = 0
        t0 = time.perf_counter()
        for text in texts:
            doc = text_layer(Document(id="b", text=text))
            n_sent += len(doc.sentences)
            n_tok += len(doc.tokens)
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    print(f"text layer: {len(texts)} texts, {n_sent} sentences, {n_tok} tokens")
    print(f"  best of {args.repeat}: {best:.3f} s")
    print(f"  {n_sent / best:,.0f} sentences/s, {n_tok / best:,.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()
