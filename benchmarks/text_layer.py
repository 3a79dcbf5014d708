"""Throughput of the text layer (sentences, tokens, clitics) on one core.

Runs on the bundled example and, when ``../shared`` is present, on the example excerpts and
the dev gold sentences. Prints sentences/s and tokens/s in CPU time of this process (the
machine may be shared, so wall-clock time would measure the neighbours too). With
``--article-kb N`` it also times one long article of about N KB (corpus articles joined), to
show that the cost stays linear in the length.

    python benchmarks/text_layer.py [--repeat N] [--article-kb N]
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


def long_article(size_kb: int) -> str:
    """About ``size_kb`` KB of corpus articles joined into one text (the sample, repeated,
    when the corpus is absent)."""
    parts: list[str] = []
    length = 0
    corpus = SHARED / "corpora/saudinewsnet/aawsat-spa-2015.jsonl"
    sample = (ROOT / "src/khabar/data/sample/putin-biden-call.txt").read_text(encoding="utf-8")
    if corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                parts.append(json.loads(line).get("text") or "")
                length += len(parts[-1]) + 2
                if length >= size_kb * 1000:
                    break
    while length < size_kb * 1000:
        parts.append(sample)
        length += len(sample) + 2
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--article-kb", type=int, default=0, help="also time one long article")
    args = parser.parse_args()
    texts = load_texts()
    for text in texts[:50]:  # warm the caches of lexicons and segmentation once
        text_layer(Document(id="w", text=text))
    best = None
    for _ in range(args.repeat):
        n_sent = n_tok = 0
        t0 = time.process_time()
        for text in texts:
            doc = text_layer(Document(id="b", text=text))
            n_sent += len(doc.sentences)
            n_tok += len(doc.tokens)
        elapsed = time.process_time() - t0
        best = elapsed if best is None else min(best, elapsed)
    print(f"text layer: {len(texts)} texts, {n_sent} sentences, {n_tok} tokens")
    print(f"  best of {args.repeat}: {best:.3f} s CPU")
    print(f"  {n_sent / best:,.0f} sentences/s, {n_tok / best:,.0f} tokens/s (one core)")
    if args.article_kb:
        text = long_article(args.article_kb)
        t0 = time.process_time()
        doc = text_layer(Document(id="long", text=text))
        elapsed = time.process_time() - t0
        print(f"one article of {len(text):,} characters: {len(doc.sentences)} sentences, "
              f"{len(doc.tokens)} tokens in {elapsed:.2f} s CPU "
              f"({len(doc.tokens) / elapsed:,.0f} tokens/s)")


if __name__ == "__main__":
    main()
