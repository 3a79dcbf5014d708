"""``khabar ingest SOURCE... --store PATH``: analyse a corpus into a store."""

from __future__ import annotations

import sys

from khabar.corpus.sources import iter_sources, parse_mapping

DEFAULT_STORE = "khabar.sqlite"


def register(sub) -> None:
    p = sub.add_parser("ingest", help="analyse files, folders, feeds, JSONL or CSV into a store")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help=".txt/.html files, folders, RSS/Atom files or URLs, .jsonl, .csv")
    p.add_argument("--store", default=DEFAULT_STORE, help=f"SQLite store (default {DEFAULT_STORE})")
    p.add_argument("--map", dest="mapping", metavar="FIELD=COLUMN,...",
                   help="column mapping for JSONL/CSV, e.g. text=body,date=published")
    p.add_argument("--workers", type=int, default=1, help="analysis processes (default 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or a Dask distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster)")
    p.add_argument("--parquet-dir", metavar="DIR",
                   help="where Dask workers write Parquet partitions (default STORE.parts)")
    p.add_argument("--no-load", action="store_true",
                   help="with --engine dask: only write the Parquet partitions")
    p.add_argument("--from-parquet", metavar="DIR", help="load Parquet partitions into the store")
    p.add_argument("--no-stories", action="store_true", help="do not re-cluster stories afterwards")
    p.add_argument("--progress", action=argparse_bool(), default=None,
                   help="show a progress bar (default: when standard error is a terminal)")
    p.set_defaults(func=run)


def argparse_bool():
    import argparse

    return argparse.BooleanOptionalAction


def run(args) -> int:
    from khabar.corpus.ingest import count_articles, ingest, pending
    from khabar.corpus.store import Store

    if not args.sources and not args.from_parquet:
        print("khabar: error: give at least one SOURCE, or --from-parquet DIR", file=sys.stderr)
        return 2
    mapping = parse_mapping(args.mapping)
    failed = 0
    with Store(args.store) as store:
        if args.from_parquet:
            from khabar.corpus.dask_engine import load_parquet

            report = load_parquet(args.from_parquet, store, progress=args.progress)
            print(f"khabar: loaded {args.from_parquet}: {report.line()}", file=sys.stderr)
            failed += report.failed
        if args.sources:
            items = iter_sources(args.sources, mapping)
            if args.engine == "dask":
                report = _run_dask(args, store, pending(items, store))
            else:
                total = count_articles(args.sources) if not any(
                    s.startswith(("http://", "https://")) for s in args.sources) else None
                report = ingest(items, store, workers=args.workers, progress=args.progress,
                                total=total)
            print(f"khabar: {args.store}: {report.line()}", file=sys.stderr)
            failed += report.failed
        if not args.no_stories:
            store.build_stories()
    return 1 if failed else 0


def _run_dask(args, store, items):
    from khabar.corpus import dask_engine

    out_dir = args.parquet_dir or f"{args.store}.parts"
    report = dask_engine.run(items, out_dir, scheduler=args.scheduler,
                             workers=max(args.workers, 2) if not args.scheduler else args.workers)
    for error in report.errors:
        print(f"khabar: error: {error}", file=sys.stderr)
    print(f"khabar: wrote Parquet partitions to {out_dir}", file=sys.stderr)
    if not args.no_load:
        loaded = dask_engine.load_parquet(out_dir, store, progress=args.progress)
        report.added, report.unchanged = loaded.added + loaded.updated, loaded.unchanged
    return report
