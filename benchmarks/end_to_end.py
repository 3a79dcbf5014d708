"""End-to-end throughput and peak memory of ``analyze`` (all stages) on one core.

Analyses the bundled example and, when ``../shared`` is present, the example excerpts and the
corpus articles (``--articles`` of them), as one process on one core. Prints sentences/s,
articles/s and the peak resident memory of the process. The fastest of ``--repeat`` passes is
reported, as ``timeit`` does: on a shared machine the slower passes measure the neighbours.

    python benchmarks/end_to_end.py [--articles N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from khabar.errors import InputError
from khabar.pipeline import analyze, check_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_articles(limit: int) -> list[tuple[str, str | None]]:
    """(text, date) pairs: the sample, the excerpts and up to ``limit`` corpus articles."""
    out = [((ROOT / "src/khabar/data/sample/putin-biden-call.txt").read_text(encoding="utf-8"),
            "2021-12-31")]
    if SHARED.is_dir():
        for line in (SHARED / "examples/news-excerpts.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            out.append((record["text"], record.get("date")))
        corpus = SHARED / "corpora/saudinewsnet/aawsat-spa-2015.jsonl"
        if corpus.exists():
            with corpus.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh):
                    if n >= limit:
                        break
                    record = json.loads(line)
                    if record.get("text"):
                        out.append((record["text"], record.get("date")))
    return [(text, date) for text, date in out if _analysable(text)]


def _analysable(text: str) -> bool:
    """Corpus lines that ``analyze`` refuses (no Arabic, empty) are left out of the count."""
    try:
        check_text(text, "<benchmark>")
    except InputError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus articles to add")
    parser.add_argument("--repeat", type=int, default=5,
                        help="passes over the articles; the fastest is reported")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    articles = load_articles(args.articles)
    for text, date in articles[:20]:  # load lexicons and warm caches once
        analyze(text, date=date)
    best = None
    for _ in range(args.repeat):
        sentences = events = 0
        t0 = time.perf_counter()
        for text, date in articles:
            doc = analyze(text, date=date)
            sentences += len(doc.sentences)
            events += len(doc.events)
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles        {len(articles)}")
    print(f"sentences       {sentences}")
    print(f"events          {events}")
    print(f"seconds         {best:.2f}")
    print(f"sentences/s     {sentences / best:,.0f}")
    print(f"articles/s      {len(articles) / best:,.1f}")
    print(f"peak memory MB  {peak_mb:,.0f}")


if __name__ == "__main__":
    main()
