"""Read articles from .txt, .html, .json and .jsonl files (or standard input).

Every failure is a :class:`~khabar.errors.InputError` that names the input, so the CLI can
print one line and move on. JSON Lines are read lazily, one article at a time, so a large
corpus file never sits in memory whole.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khabar.errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_FIELDS = ("id", "text", "date", "outlet", "url", "title")


@dataclass
class Article:
    """One article as read from its source, before analysis."""

    text: str
    source: str
    id: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    extra: dict = field(default_factory=dict)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary data."""
    if not data.strip():
        raise InputError(source, "is empty", "give an article with Arabic text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, "is not valid UTF-16", "save it as UTF-8") from exc
    if b"\x00" in data[:8192]:
        raise InputError(source, "looks like binary data", "give a UTF-8 text, HTML or JSON file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"is not valid UTF-8 (byte {exc.start})",
                         "convert it to UTF-8, e.g. with iconv -f CP1256 -t UTF-8") from exc


def _read_file_bytes(path: Path, max_bytes: int) -> bytes:
    source = str(path)
    if not path.exists():
        raise InputError(source, "does not exist", "check the path")
    if path.is_dir():
        raise InputError(source, "is a directory, not a file", "give a file, or use `khabar ingest` for folders")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(source, f"is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)",
                         "split it into articles, or use .jsonl with one article per line")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror})", "check its permissions") from exc


def html_to_article(html: str, source: str) -> Article:
    """Main text, title, date and outlet of a news page, through trafilatura."""
    import trafilatura

    if "<" not in html:
        raise InputError(source, "is not HTML", "give an .html page or a .txt file")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(source, f"could not be parsed as HTML ({type(exc).__name__})",
                         "check the file is a complete web page") from exc
    if doc is None:
        raise InputError(source, "has no article text in its HTML", "give the article page itself")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(source, "has no article text in its HTML", "give the article page itself")
    return Article(text=text, source=source, title=data.get("title"), date=data.get("date"),
                   outlet=data.get("sitename"), url=data.get("url"))


def article_from_obj(obj: object, source: str) -> Article:
    """An article from a JSON object with at least ``text``."""
    if not isinstance(obj, dict):
        raise InputError(source, "is not a JSON object", 'each article must be {"text": ...}')
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, 'has no "text" field with the article', 'give {"id", "text", "date", ...}')
    fields = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ARTICLE_FIELDS if k != "text"}
    for name, value in (("text", text), *fields.items()):
        if value is not None and not _encodable(value):
            raise InputError(source, f'has a "{name}" with a lone surrogate (not valid Unicode)',
                             "escape only whole characters in the JSON, e.g. \\ud83d\\ude00")
    extra = {k: v for k, v in obj.items() if k not in ARTICLE_FIELDS}
    return Article(text=text, source=source, extra=extra, **fields)


def _encodable(value: str) -> bool:
    """Whether ``value`` can be written as UTF-8 (JSON escapes can smuggle in surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def iter_jsonl(lines: Iterator[str], source: str) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines stream; a bad line yields its error and reading goes on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"is not valid JSON ({exc.msg})", "fix or remove that line")
            continue
        try:
            yield article_from_obj(obj, where)
        except InputError as exc:
            yield exc


def _open_jsonl(path: Path) -> Iterator[str]:
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a file", "give a .jsonl file")
    if not path.exists():
        raise InputError(str(path), "does not exist", "check the path")
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield "\x00invalid-utf8"


def read_articles(path: str, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Article | InputError]:
    """Articles of one input (``-`` is standard input), errors yielded in place.

    A whole-file problem (missing, empty, binary ...) raises; a bad line of a JSON Lines
    file is yielded as an :class:`InputError` so the caller can report it and go on.
    """
    if path == "-":
        data = sys.stdin.buffer.read()
        text = decode_bytes(data, "<stdin>")
        stripped = text.lstrip()
        if stripped.startswith("{") and "\n{" in stripped:
            yield from iter_jsonl(iter(text.splitlines()), "<stdin>")
        elif stripped.startswith(("{", "[")):
            yield from _json_articles(text, "<stdin>")
        elif stripped.startswith("<"):
            yield html_to_article(text, "<stdin>")
        else:
            yield Article(text=text, source="<stdin>")
        return
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        if p.exists() and p.is_file() and p.stat().st_size == 0:
            raise InputError(path, "is empty", "give one JSON article per line")
        yield from iter_jsonl(_open_jsonl(p), path)
        return
    text = decode_bytes(_read_file_bytes(p, max_bytes), path)
    if suffix in HTML_SUFFIXES:
        yield html_to_article(text, path)
    elif suffix in JSON_SUFFIXES:
        yield from _json_articles(text, path)
    else:
        yield Article(text=text, source=path, id=p.stem)


def _json_articles(text: str, source: str) -> Iterator[Article | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"is not valid JSON ({exc.msg} at line {exc.lineno})",
                         "fix the file, or use .jsonl for one article per line") from exc
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items):
        where = source if len(items) == 1 else f"{source}[{i}]"
        try:
            yield article_from_obj(obj, where)
        except InputError as exc:
            yield exc
