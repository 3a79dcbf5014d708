"""``khabar events|statements|actors|search|stories``: query a store."""

from __future__ import annotations

import json
import sys

from khabar.commands.ingest import DEFAULT_STORE


def _filters(p, *, type_: bool = False) -> None:
    p.add_argument("--store", default=DEFAULT_STORE, help=f"SQLite store (default {DEFAULT_STORE})")
    p.add_argument("--actor", help="actor id or part of an English name")
    p.add_argument("--country", help="country code, e.g. RUS")
    if type_:
        p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last date YYYY-MM-DD")
    p.add_argument("--outlet", help="outlet name (or part of it)")
    p.add_argument("--limit", type=int, default=100, help="most rows (default 100; -1 all)")
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")


def register(sub) -> None:
    p = sub.add_parser("events", help="list events in a store (PLOVER fields)")
    _filters(p, type_=True)
    p.add_argument("--all-reports", action="store_true",
                   help="one row per report, not one per event across syndicated copies")
    p.set_defaults(func=run_events)
    p = sub.add_parser("statements", help="list statements (who said what) in a store")
    _filters(p)
    p.set_defaults(func=run_statements)
    p = sub.add_parser("actors", help="list actors in a store, most reported first")
    _filters(p)
    p.set_defaults(func=run_actors)
    p = sub.add_parser("search", help="full-text search over normalised Arabic")
    p.add_argument("query", help="words to find (plain text)")
    _filters(p)
    p.set_defaults(func=run_search)
    p = sub.add_parser("stories", help="stories and their accounts side by side")
    p.add_argument("story", nargs="?", type=int, help="story id: show its accounts side by side")
    _filters(p)
    p.set_defaults(func=run_stories)


def _open(args):
    from pathlib import Path

    from khabar.corpus.store import Store
    from khabar.errors import StoreError

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no such store (run `khabar ingest ... --store {args.store}`)")
    return Store(args.store)


def _kwargs(args) -> dict:
    keys = ("actor", "country", "type", "date_from", "date_to", "outlet", "limit")
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def _emit(rows: list[dict], args, columns: list[str]) -> int:
    out = sys.stdout
    if args.json:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    for row in rows:
        out.write("  ".join(_cell(row.get(c)) for c in columns) + "\n")
    if not rows:
        print("(nothing found)", file=sys.stderr)
    return 0


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def run_events(args) -> int:
    with _open(args) as store:
        rows = store.events(unique=not args.all_reports, **_kwargs(args))
    return _emit(rows, args, ["publication_date", "doc_id", "event_type", "event_mode", "cameo",
                              "actor_name", "recipient_name", "trigger_text", "sources"
                              if not args.all_reports else "source"])


def run_statements(args) -> int:
    with _open(args) as store:
        rows = store.statements(**_kwargs(args))
    return _emit(rows, args, ["publication_date", "doc_id", "speaker_name", "cue_text",
                              "addressee_name", "content_text"])


def run_actors(args) -> int:
    with _open(args) as store:
        rows = store.actors(**_kwargs(args))
    return _emit(rows, args, ["actor_id", "name", "code", "n_documents", "n_mentions"])


def run_search(args) -> int:
    with _open(args) as store:
        rows = store.search(args.query, **_kwargs(args))
    return _emit(rows, args, ["date", "id", "outlet", "snippet"])


def run_stories(args) -> int:
    with _open(args) as store:
        if args.story is None:
            rows = store.stories(**_kwargs(args))
            return _emit(rows, args, ["story_id", "first_date", "n_accounts", "n_documents",
                                      "outlets", "title"])
        story = store.story(args.story)
    if story is None:
        from khabar.errors import KhabarError

        raise KhabarError(f"story {args.story} is not in {args.store} (see `khabar stories`)")
    if args.json:
        print(json.dumps(story, ensure_ascii=False, indent=2))
    else:
        print(render_story(story))
    return 0


def render_story(story: dict) -> str:
    """The accounts of a story side by side, as plain text."""
    lines = [f"Story {story['story_id']}: {len(story['accounts'])} accounts, sides: "
             + ", ".join(story["sides"])]
    for acc in story["accounts"]:
        carried = f" (also carried by {', '.join(acc['carried_by'])})" if acc["carried_by"] else ""
        lines.append(f"\n== {acc['side']}: {acc['outlet'] or '-'} {acc['date'] or ''} "
                     f"[{acc['doc_id']}]{carried}")
        for claim in acc["claims"]:
            mark = "=" if claim["agreed"] else "+"
            who = f"{claim['speaker']}: " if claim["speaker"] else ""
            lines.append(f"  {mark} {who}{_cell(claim['text'])}")
    if story["events_shared"]:
        lines.append("\nEvents in more than one account")
        for ev in story["events_shared"]:
            lines.append(f"  {ev['event_type']} {'/'.join(ev['actor']) or '-'} -> "
                         f"{'/'.join(ev['recipient']) or '-'}  in {', '.join(ev['accounts'])}")
    lines.append("\n= claim found in another account too; + claim in this account only")
    return "\n".join(lines)
