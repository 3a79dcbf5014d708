"""Read corpora: folders and files of articles, RSS/Atom feeds, JSON Lines and CSV.

Every reader yields :class:`~khabar.io.readers.Article` or, for an input that cannot be read,
an :class:`~khabar.errors.InputError` naming the file and line, so ingest can report it and go
on with the rest. Column mappings (``text=body,date=published``) rename the fields of JSON
Lines and CSV rows to khabar's article fields.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from importlib import import_module
from pathlib import Path

from khabar.errors import InputError
from khabar.io.readers import (
    ARTICLE_FIELDS,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_FILE_BYTES,
    TEXT_SUFFIXES,
    Article,
    article_from_obj,
    read_articles,
)

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
CSV_SUFFIXES = {".csv", ".tsv"}
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | CSV_SUFFIXES | {".json"}
SKIPPED_NAMES = {"README.md", "readme.md", "LICENSE", "NOTICE"}

Item = Article | InputError


def parse_mapping(spec: str | None) -> dict[str, str]:
    """``text=body,date=published`` -> ``{"text": "body", "date": "published"}``."""
    mapping: dict[str, str] = {}
    if not spec:
        return mapping
    for part in spec.split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not column or field not in ARTICLE_FIELDS:
            raise InputError("--map", f"has a bad entry {part!r}",
                             f"write FIELD=COLUMN with FIELD one of {', '.join(ARTICLE_FIELDS)}")
        mapping[field] = column
    return mapping


def remap(obj: dict, mapping: dict[str, str]) -> dict:
    """A row with khabar's field names; unmapped fields keep their own names."""
    if not mapping:
        return obj
    out = dict(obj)
    for field, column in mapping.items():
        if column in obj:
            out[field] = obj[column]
            if column != field and column not in ARTICLE_FIELDS:
                out.pop(column, None)
    return out


def iter_sources(sources: Iterable[str], mapping: dict[str, str] | None = None) -> Iterator[Item]:
    """Articles of every source in turn; folders are walked in sorted order."""
    for source in sources:
        try:
            yield from _iter_source(source, mapping or {})
        except InputError as exc:
            yield exc


def _iter_source(source: str, mapping: dict[str, str]) -> Iterator[Item]:
    if source.startswith(("http://", "https://")):
        yield from read_feed(source)
        return
    path = Path(source)
    if path.is_dir():
        found = False
        for child in sorted(path.rglob("*")):
            if child.is_file() and _in_folder(child):
                found = True
                try:
                    yield from _iter_file(child, mapping)
                except InputError as exc:
                    yield exc
        if not found:
            raise InputError(source, "is a folder with no file khabar can read",
                             "it reads .txt, .html, .json, .jsonl, .csv and .rss/.atom/.xml files")
        return
    yield from _iter_file(path, mapping)


def _in_folder(path: Path) -> bool:
    return (path.suffix.lower() in FOLDER_SUFFIXES and path.name not in SKIPPED_NAMES
            and not path.name.startswith("."))


def _iter_file(path: Path, mapping: dict[str, str]) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(str(path), "does not exist", "check the path")
    if suffix in CSV_SUFFIXES:
        yield from read_csv(path, mapping)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, mapping)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(str(path))
    elif suffix in HTML_SUFFIXES:
        for item in read_articles(str(path)):
            yield with_body_date(item) if isinstance(item, Article) else item
    else:
        yield from read_articles(str(path))


def read_jsonl(path: Path, mapping: dict[str, str]) -> Iterator[Item]:
    """One article per line; a bad line yields an error with its line number."""
    empty = True
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            empty = False
            where = f"{path}:{number}"
            try:
                obj = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield InputError(where, "is not valid UTF-8", "convert the file to UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield InputError(where, f"is not valid JSON ({exc.msg})", "fix or remove that line")
                continue
            yield _row_article(remap(obj, mapping) if isinstance(obj, dict) else obj, where)
    if empty:
        yield InputError(str(path), "is empty", "give one JSON article per line")


def read_csv(path: Path, mapping: dict[str, str]) -> Iterator[Item]:
    """Rows of a CSV (or TSV) file with a header; ``mapping`` names the text column etc."""
    csv.field_size_limit(min(sys.maxsize, MAX_FILE_BYTES))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
        reader = csv.DictReader(fh, delimiter=delimiter)
        header = reader.fieldnames
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"cannot be read as CSV ({exc})", "give a UTF-8 CSV file") from exc
    with fh:
        if not header:
            raise InputError(str(path), "is empty", "give a CSV file with a header row")
        text_column = mapping.get("text", "text")
        if text_column not in header:
            raise InputError(str(path), f"has no column {text_column!r}",
                             "name the text column with --map text=COLUMN")
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except (UnicodeDecodeError, csv.Error) as exc:
                yield InputError(f"{path}:{line}", f"is not a valid CSV row ({exc})", "fix that row")
                return
            where = f"{path}:{line}"
            if None in row:
                yield InputError(where, "has more fields than the header", "quote fields with commas")
                continue
            yield _row_article(remap(row, mapping), where)


def _row_article(obj: object, where: str) -> Item:
    try:
        return article_from_obj(obj, where)
    except InputError as exc:
        return exc


def read_feed(location: str) -> Iterator[Item]:
    """Entries of an RSS or Atom feed (a file or a URL); HTML entry content is extracted."""
    import feedparser

    feed = feedparser.parse(location)
    if feed.bozo and not feed.entries:
        problem = type(feed.get("bozo_exception")).__name__
        raise InputError(location, f"is not a readable RSS/Atom feed ({problem})",
                         "check the file or URL")
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{location}#{number}"
        html = _entry_html(entry)
        if not html.strip():
            yield InputError(where, "has no text", "the feed entry carries no content or summary")
            continue
        text = _html_text(html)
        if not text.strip():
            yield InputError(where, "has no text", "the feed entry carries no content or summary")
            continue
        yield Article(text=text, source=where, id=entry.get("id") or entry.get("link"),
                      date=_feed_date(entry), outlet=outlet, url=entry.get("link"),
                      title=entry.get("title"))


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    if contents:
        return "\n".join(c.get("value", "") for c in contents)
    return entry.get("summary") or entry.get("description") or ""


def _html_text(html: str) -> str:
    """Plain text of a fragment: trafilatura for full pages, tag stripping for snippets."""
    if "<" not in html:
        return html
    import trafilatura

    text = trafilatura.extract(html, favor_recall=True)
    if text:
        return text
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", " ", html)).strip()


def _feed_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def with_body_date(article: Article) -> Article:
    """Fill a missing date from an Arabic date in the page body, by khabar's date rules."""
    if article.date:
        return article
    parse = _date_parser()
    if parse is None:
        return article
    for line in article.text.splitlines()[:5] + article.text.splitlines()[-3:]:
        try:
            value = parse(line)
        except Exception:  # a rule that fails on one line must not lose the article
            continue
        iso = getattr(value, "iso", value)
        if isinstance(iso, str) and len(iso) >= 10 and iso[4] == "-":
            article.date = iso[:10]
            break
        if hasattr(iso, "isoformat"):
            article.date = iso.isoformat()[:10]
            break
    return article


def _date_parser():
    try:
        return getattr(import_module("khabar.dates"), "parse_date_string", None)
    except ModuleNotFoundError:
        return None
