"""``khabar export``: events, statements, actors or documents as JSONL, CSV or Parquet."""

from __future__ import annotations

import sys

from khabar.commands.query import _filters, _kwargs, _open
from khabar.corpus.export import FORMATS, TABLES, export


def register(sub) -> None:
    p = sub.add_parser("export", help="export a store as JSONL, CSV or date-partitioned Parquet")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    p.add_argument("--table", choices=TABLES, default="events", help="what to export (default events)")
    p.add_argument("--out", "-o", help="output file (a folder for parquet); default stdout")
    _filters(p, type_=True)
    p.set_defaults(func=run, limit=-1)


def run(args) -> int:
    filters = _kwargs(args)
    if args.table != "events":
        filters.pop("type", None)
    with _open(args) as store:
        n = export(store, args.table, args.format, args.out, **filters)
    print(f"khabar: exported {n} {args.table} rows", file=sys.stderr)
    return 0
