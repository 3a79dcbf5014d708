"""``khabar eval [GOLD ...] [--set NAME] [--json]``: score khabar against gold data.

A gold file's shape is read from the file itself: CoNLL-style ``.txt`` is NER gold, a JSON
Lines file with ``event_type``/``label`` is detection gold, one with ``event`` is sentence
event gold, and whole documents (``events``, ``statements``) are scored for events,
statements and actors. With no file, ``--set`` picks the development sets in ../shared
(``all`` by default) and the project's own gold in ``eval/``.
"""

from __future__ import annotations

import json
import sys
from importlib import import_module
from pathlib import Path

from khabar.errors import InputError

SETS = ("seed", "gsr", "detection", "excerpts", "statements", "ner", "actors", "all")


def register(sub) -> None:
    p = sub.add_parser("eval", help="score khabar against gold files or the development sets")
    p.add_argument("paths", nargs="*", metavar="GOLD", help="gold files (shape is detected)")
    p.add_argument("--set", dest="set_name", choices=SETS, default=None,
                   help="development set(s) to score when no file is given (default all)")
    p.add_argument("--limit", type=int, default=None, help="score only the first N records")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def _scorer(name: str):
    """The evaluator module ``khabar.evaluate.<name>``, or None while it is not installed."""
    try:
        return import_module(f"khabar.evaluate.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"khabar.evaluate.{name}":
            return None
        raise


def project_root() -> Path:
    return Path(__file__).resolve().parents[3]


def dev_jobs(set_name: str) -> list[tuple[str, Path]]:
    """(scorer, gold path) pairs of a named set."""
    from khabar.evaluate.events import shared_root

    dev = shared_root() / "gold" / "dev"
    seed = dev / "seed-gold.jsonl"
    own = sorted((project_root() / "eval" / "events").glob("*.jsonl"))
    table = {
        "seed": [("events", seed), ("statements", seed)],
        "gsr": [("events", dev / "events-gsr.jsonl"), ("actors", dev / "events-gsr.jsonl")],
        "detection": [("events", dev / "detection.jsonl")],
        "excerpts": [("events", path) for path in own],
        "statements": [("statements", seed), ("statements", project_root() / "eval" / "statements")],
        "actors": [("actors", dev / "events-gsr.jsonl")],
        "ner": [("ner", dev / "ner" / "anercorp-test.txt")],
    }
    if set_name == "all":
        order = ("seed", "statements", "excerpts", "gsr", "detection", "ner")
        jobs = [job for name in order for job in table[name]]
        return list(dict.fromkeys(jobs))
    return table[set_name]


def file_jobs(path: Path) -> list[tuple[str, Path]]:
    """(scorer, path) pairs for a gold file, by its shape."""
    if not path.is_file():
        raise InputError(str(path), "is not a file", "give a gold .jsonl or .txt file")
    if path.suffix == ".txt":
        return [("ner", path)]
    with path.open(encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), "")
    try:
        record = json.loads(first)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), "is not JSON Lines", "give gold in the coding manual's shape") from exc
    if "event_type" in record or "event" in record:
        return [("events", path)]
    jobs = [("events", path)] if "events" in record else []
    if "statements" in record:
        jobs.append(("statements", path))
    if "actors" in record:
        jobs.append(("actors", path))
    return jobs or [("events", path)]


def run(args) -> int:
    jobs: list[tuple[str, Path]] = []
    for raw in args.paths:
        jobs.extend(file_jobs(Path(raw)))
    if not args.paths:
        jobs = dev_jobs(args.set_name or "all")
    results = []
    for name, path in jobs:
        if not path.exists():
            print(f"khabar: eval: {path} is missing, skipped", file=sys.stderr)
            continue
        module = _scorer(name)
        if module is None:
            print(f"khabar: eval: no {name} scorer in this install, skipped", file=sys.stderr)
            continue
        options = {"limit": args.limit} if args.limit and name == "events" else {}
        figures = module.evaluate(path, **options)
        results.append({"scorer": name, "gold": str(path), "figures": figures})
        if not args.json:
            print(module.report(figures))
            print()
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 0 if results else 1
