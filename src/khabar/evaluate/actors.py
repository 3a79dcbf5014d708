"""Actor country recall on sentence-level event gold (``events-gsr.jsonl``).

For every sentence whose gold source (actor) or target (recipient) has a country code, does
khabar find an actor with that country anywhere in the sentence? Reported for sources,
targets and both together. Gold codes that are not countries or regions khabar can name
from the text alone are counted like any other: the figure is what a user gets.
"""

from __future__ import annotations

import json
from pathlib import Path

from khabar.pipeline import analyze

ROLES = (("source", "actor"), ("target", "recipient"))


def _date(raw: str | None) -> str | None:
    if raw and len(raw) == 8 and raw.isdigit():
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return raw or None


def found_countries(text: str, date: str | None) -> set[str]:
    """Countries of every actor khabar finds in ``text`` (group members included)."""
    doc = analyze(text, date=date, stages=["actors"])
    codes = set()
    for actor in doc.actors:
        if actor.country:
            codes.add(actor.country)
        for member in actor.members:
            other = doc.actor(member)
            if other and other.country:
                codes.add(other.country)
    return codes


def evaluate(path: str | Path, **_options) -> dict:
    """Share of gold source/target countries found in their sentence."""
    counts = {name: {"gold": 0, "found": 0} for name, _ in ROLES}
    misses: list[dict] = []
    for line in Path(path).open(encoding="utf-8"):
        item = json.loads(line)
        event = item.get("event") or {}
        wanted = {name: (event.get(key) or {}).get("country") for name, key in ROLES}
        if not any(wanted.values()):
            continue
        found = found_countries(item["text"], _date(item.get("date")))
        for name, code in wanted.items():
            if not code:
                continue
            counts[name]["gold"] += 1
            if code in found:
                counts[name]["found"] += 1
            else:
                misses.append({"id": item.get("id"), "role": name, "gold": code,
                               "found": sorted(found)})
    total_gold = sum(c["gold"] for c in counts.values())
    total_found = sum(c["found"] for c in counts.values())
    figures = {name: {**c, "recall": c["found"] / c["gold"] if c["gold"] else 0.0}
               for name, c in counts.items()}
    figures["combined"] = {"gold": total_gold, "found": total_found,
                           "recall": total_found / total_gold if total_gold else 0.0}
    figures["misses"] = misses
    return figures


def report(figures: dict) -> str:
    """A readable table of :func:`evaluate`'s figures."""
    lines = ["actor country found in the sentence (events-gsr)", f"{'':10} {'gold':>6} "
             f"{'found':>6} {'recall':>7}"]
    for name in ("source", "target", "combined"):
        f = figures[name]
        lines.append(f"{name:10} {f['gold']:6d} {f['found']:6d} {f['recall']:7.1%}")
    return "\n".join(lines)
