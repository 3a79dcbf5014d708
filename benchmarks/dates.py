"""Cost of the date finder per sentence, on one core.

Splits the bundled example (and, when ``../shared`` is present, the dev gold sentences) into
sentences and times :func:`khabar.dates.find_dates` on each. Prints microseconds per
sentence overall, for sentences that the pre-check rejects, and for those it lets through.

    python benchmarks/dates.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from khabar.dates import find_dates
from khabar.dates.grammar import may_hold_date
from khabar.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_sentences() -> list[str]:
    texts = [(ROOT / "src/khabar/data/sample/putin-biden-call.txt").read_text(encoding="utf-8")]
    if SHARED.is_dir():
        for name in ("events-gsr.jsonl", "detection.jsonl"):
            for line in (SHARED / "gold/dev" / name).open(encoding="utf-8"):
                texts.append(json.loads(line)["text"])
    return [text[a:b] for text in texts for a, b in split_sentences(text)]


def best_time(sentences: list[str], repeat: int, func=None) -> float:
    pub = date(2021, 12, 31)
    func = func or (lambda sentence: find_dates(sentence, pub_date=pub))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for sentence in sentences:
            func(sentence)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sentences = load_sentences()
    find_dates(sentences[0], pub_date="2021-12-31")  # build the patterns once
    passing = [s for s in sentences if may_hold_date(s)]
    rejected = [s for s in sentences if not may_hold_date(s)]
    found = sum(len(find_dates(s, pub_date="2021-12-31")) for s in sentences)
    mean_len = sum(map(len, sentences)) / len(sentences)
    print(f"{len(sentences)} sentences, {mean_len:.0f} characters on average, {found} dates")
    for label, group in (("all", sentences), ("pre-check rejects", rejected),
                         ("pre-check passes", passing)):
        if group:
            micro = best_time(group, args.repeat) / len(group) * 1e6
            print(f"{label:18} {len(group):6} sentences  {micro:8.1f} µs/sentence")
    scale = best_time(sentences, args.repeat, str.split) / len(sentences) * 1e6
    print(f"for scale, str.split: {scale:.2f} µs/sentence")


if __name__ == "__main__":
    main()
