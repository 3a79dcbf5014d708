"""``khabar analyze PATH|-``: analyse articles and write their records."""

from __future__ import annotations

import sys

from khabar.errors import InputError
from khabar.io.readers import MAX_FILE_BYTES, Article, read_articles
from khabar.io.writers import FORMATS, render_table, write_json, write_jsonl
from khabar.pipeline import MAX_CHARS_DEFAULT, analyze


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse .txt/.html/.json/.jsonl articles (or - for stdin)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, or - for standard input")
    p.add_argument("--date", help="publication date YYYY-MM-DD (overrides the file's)")
    p.add_argument("--outlet", help="outlet name (overrides the file's)")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default json)")
    p.add_argument("--tokens", action="store_true", help="include the token list in JSON output")
    p.add_argument("--max-chars", type=int, default=MAX_CHARS_DEFAULT, help="largest article analysed")
    p.set_defaults(func=run)


def _analyze(article: Article, args):
    date = args.date or _iso_date(article.date)
    return analyze(article.text, id=article.id, date=date, outlet=args.outlet or article.outlet,
                   url=article.url, title=article.title, source=article.source,
                   max_chars=args.max_chars)


def _iso_date(value: str | None) -> str | None:
    """Accept YYYY-MM-DD, YYYYMMDD and ISO timestamps from article metadata."""
    if not value:
        return None
    value = value.strip()
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value[:10]


def run(args) -> int:
    out = sys.stdout
    failures = 0
    collected = []
    for path in args.paths:
        max_bytes = max(MAX_FILE_BYTES, args.max_chars * 4)
        for item in read_articles(path, max_bytes=max_bytes):
            if isinstance(item, InputError):
                print(f"khabar: error: {item}", file=sys.stderr)
                failures += 1
                continue
            try:
                doc = _analyze(item, args)
            except InputError as exc:
                print(f"khabar: error: {exc}", file=sys.stderr)
                failures += 1
                continue
            if args.format == "jsonl":
                write_jsonl(doc, out, tokens=args.tokens)
                out.flush()
            elif args.format == "table":
                out.write(render_table(doc))
            else:
                collected.append(doc)
    if collected:
        write_json(collected, out, tokens=args.tokens)
    return 1 if failures else 0
