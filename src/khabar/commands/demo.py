"""``khabar demo``: the main job on the bundled sample corpus.

Ingests the example article and the constructed sample articles into a SQLite store, then
prints what the corpus holds: articles, actors, statements, events by type, syndicated
copies, and the stories with their accounts side by side.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from khabar.io.readers import Article
from khabar.lexicon import data_path

DEFAULT_STORE = "khabar-demo.sqlite"


def register(sub) -> None:
    p = sub.add_parser("demo", help="ingest the bundled sample corpus into a store and summarise it")
    p.add_argument("--store", default=DEFAULT_STORE, help=f"SQLite store (default {DEFAULT_STORE})")
    p.set_defaults(func=run)


def sample_articles() -> Iterator[Article]:
    """The example article with its metadata, then the constructed sample articles."""
    from khabar.corpus.sources import read_jsonl

    text = data_path("sample/putin-biden-call.txt").read_text(encoding="utf-8")
    yield Article(text=text, source="sample/putin-biden-call.txt", id="putin-biden-call",
                  date="2021-12-31", outlet="Syria Home News", title="بوتين يحذر بايدن")
    yield from read_jsonl(data_path("sample/constructed.jsonl"), {})


def run(args) -> int:
    from khabar.commands.query import render_story
    from khabar.corpus.ingest import ingest
    from khabar.corpus.store import Store

    with Store(args.store) as store:
        report = ingest(sample_articles(), store, progress=False)
        store.build_stories()
        summary = store.summary()
        stories = store.stories()
        sides = [store.story(s["story_id"]) for s in stories]
        copies = store.documents(limit=-1)
    print(f"Store {args.store}: {report.line()}")
    print(render_summary(summary))
    dupes = [d for d in copies if d["duplicate_of"]]
    if dupes:
        print("\nSyndicated copies")
        for d in dupes:
            print(f"  {d['id']} ({d['outlet']}) carries {d['duplicate_of']}"
                  + (f" from {d['syndicated_from']}" if d["syndicated_from"] else ""))
    for story, comparison in zip(stories, sides, strict=True):
        print(f"\n{'-' * 72}\n{story['title'] or ''}")
        print(render_story(comparison))
    return 1 if report.failed else 0


def render_summary(summary: dict) -> str:
    lines = [f"  articles           {summary['articles']} ({summary['syndicated_copies']} "
             f"syndicated copies, {summary['outlets']} outlets, "
             f"{summary['first_date']} to {summary['last_date']})",
             f"  actors             {summary['actors']} ({summary['mentions']} mentions)",
             f"  statements         {summary['statements']}",
             f"  events             {summary['events']} ({summary['event_reports']} reports "
             "counting syndicated copies)"]
    for event_type, n in summary["events_by_type"].items():
        lines.append(f"    {event_type:<16} {n}")
    lines.append(f"  stories            {summary['stories']} with more than one account")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(run(type("Args", (), {"store": DEFAULT_STORE})()))
