"""Views of the store that the UI draws: counts by quad class, the actor network, the
timeline. Pure functions over the rows :class:`~khabar.corpus.store.Store` returns, so
they follow the store's filters exactly."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def ids(joined: str | None) -> list[str]:
    """Actor ids from a ``;``-joined store column."""
    return [v for v in (joined or "").split(";") if v]


def quad_counts(events: list[dict]) -> dict[str, int]:
    """Events per quad class (``"1"`` .. ``"4"``, and ``"none"`` for uncoded ones)."""
    counts = Counter(str(e["quad_class"]) if e.get("quad_class") else "none" for e in events)
    return {key: counts.get(key, 0) for key in ("1", "2", "3", "4", "none")}


def type_counts(events: list[dict]) -> dict[str, int]:
    counts = Counter(e["event_type"] for e in events)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def stance(quad: int | None) -> str:
    """``cooperation`` for quad classes 1-2, ``conflict`` for 3-4."""
    if quad in (1, 2):
        return "cooperation"
    if quad in (3, 4):
        return "conflict"
    return "neutral"


def network(events: list[dict], actors: list[dict]) -> dict:
    """Who acts on whom: one edge per (actor, recipient) pair with its counts by stance;
    nodes are the actors at either end of an edge."""
    known = {a["actor_id"]: a for a in actors}
    edges: dict[tuple[str, str], dict] = {}
    names: dict[str, str] = {}
    for e in events:
        sources, targets = ids(e.get("actor")), ids(e.get("recipient"))
        for i, name in zip(sources, (e.get("actor_name") or "").split(";"), strict=False):
            names.setdefault(i, name)
        for i, name in zip(targets, (e.get("recipient_name") or "").split(";"), strict=False):
            names.setdefault(i, name)
        for source in sources:
            for target in targets:
                if source == target:
                    continue
                edge = edges.setdefault((source, target), {
                    "source": source, "target": target, "cooperation": 0, "conflict": 0,
                    "neutral": 0, "types": Counter(), "events": 0})
                edge[stance(e.get("quad_class"))] += 1
                edge["types"][e["event_type"]] += 1
                edge["events"] += 1
    degree: Counter[str] = Counter()
    for (source, target), edge in edges.items():
        degree[source] += edge["events"]
        degree[target] += edge["events"]
        edge["types"] = dict(edge["types"].most_common())
        edge["stance"] = ("conflict" if edge["conflict"] > edge["cooperation"] else
                          "cooperation" if edge["cooperation"] else "neutral")
    nodes = []
    for actor_id, n in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])):
        info = known.get(actor_id, {})
        nodes.append({"id": actor_id, "name": info.get("name") or names.get(actor_id) or actor_id,
                      "name_ar": info.get("name_ar"), "code": info.get("code"),
                      "country": info.get("country"), "events": n})
    return {"nodes": nodes, "edges": list(edges.values())}


def event_day(e: dict) -> str | None:
    """The day an event happened when the text says so, else the day it was reported."""
    day = e.get("event_date")
    return day if day and _DAY.match(day) else e.get("publication_date")


def timeline(events: list[dict], statements: list[dict]) -> list[dict]:
    """Per day: events by quad class and the number of statements, oldest first."""
    days: dict[str, dict] = defaultdict(lambda: {"events": {"1": 0, "2": 0, "3": 0, "4": 0,
                                                            "none": 0}, "statements": 0})
    for e in events:
        day = event_day(e) or "unknown"
        days[day]["events"][str(e["quad_class"]) if e.get("quad_class") else "none"] += 1
    for s in statements:
        days[s.get("publication_date") or "unknown"]["statements"] += 1
    return [{"date": day, **days[day]} for day in sorted(days)]
