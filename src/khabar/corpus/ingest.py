"""Ingest: analyse articles and write them to the store, resumably, on one or more cores.

:func:`prepare_article` is the per-article function every engine runs (here, in a process
pool, or on Dask workers): analysis, index text, MinHash signature and table rows, all away
from the store. The writing process only inserts, a batch per transaction, so a run killed
at any moment keeps every committed batch; running it again skips stored articles by their
content hash and redoes the rest.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khabar.corpus.rows import Prepared, content_hash, prepare
from khabar.corpus.store import Store
from khabar.errors import InputError
from khabar.io.readers import Article
from khabar.pipeline import analyze, doc_id

_BAR_LOCK = threading.RLock()  # the progress bar's, this process's own (see _progress)

BATCH_SIZE = 50
BATCH_SECONDS = 2.0


@dataclass
class Report:
    """What one ingest run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def analysed(self) -> int:
        return self.added + self.updated

    def line(self) -> str:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.failed} failed in {self.seconds:.1f} s ({rate:.1f} articles/s)")


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from article metadata: ISO, YYYYMMDD, or whatever khabar's date rules read
    (RFC 2822, «30 كانون الأول 2021» ...)."""
    if not value:
        return None
    value = value.strip()
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if len(value) >= 10 and value[4] == "-" and value[:4].isdigit():
        return value[:10]
    from khabar.corpus.sources import _date_parser

    parse = _date_parser()
    day = parse(value) if parse else None
    return day.isoformat()[:10] if hasattr(day, "isoformat") else None


def article_key(article: Article) -> tuple[str, str]:
    """``(id, content hash)`` of an article before analysis, to skip stored ones."""
    ident = article.id or doc_id(article.text)
    return ident, content_hash(ident, article.text)


def prepare_article(article: Article | InputError) -> Prepared | InputError:
    """Analyse one article into what the store needs; input problems come back as errors."""
    if isinstance(article, InputError):
        return article
    ident, _ = article_key(article)
    try:
        doc = analyze(article.text, id=ident, date=iso_date(article.date), outlet=article.outlet,
                      url=article.url, title=article.title, source=article.source)
    except InputError as exc:
        return exc
    return prepare(doc, article.source)


def pending(items: Iterable[Article | InputError], store: Store) -> Iterator[Article | InputError]:
    """Articles not yet stored in this version; errors pass through.

    A process pool pulls this generator from its own thread, so it reads through a
    connection of its own (WAL readers never block the writer).
    """
    import sqlite3

    conn = sqlite3.connect(store.path, check_same_thread=False)
    try:
        for item in items:
            if isinstance(item, Article):
                ident, hash = article_key(item)
                item.id = ident
                if conn.execute("SELECT 1 FROM documents WHERE hash = ?", (hash,)).fetchone():
                    yield _Unchanged(item.source)
                    continue
            elif isinstance(item, InputError):
                item = Failed(str(item))
            yield item
    finally:
        conn.close()


@dataclass
class _Unchanged:
    source: str


def ingest(items: Iterable[Article | InputError], store: Store, *, workers: int = 1,
           progress: bool | None = None, total: int | None = None,
           batch_size: int = BATCH_SIZE, on_error=None) -> Report:
    """Analyse and store articles; ``workers > 1`` analyses in a process pool."""
    report = Report()
    start = time.perf_counter()
    todo = pending(items, store)
    if workers > 1:
        results, pool = _pool_map(todo, workers)
    else:
        results, pool = map(_prepare_or_skip, todo), None
    try:
        with _progress(total, progress) as bar:
            write_results(results, store, report, bar, batch_size, on_error)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    report.seconds = time.perf_counter() - start
    return report


def _prepare_or_skip(item):
    if isinstance(item, _Unchanged | Failed):
        return item
    result = prepare_article(item)
    # InputError does not survive pickling (its __init__ takes three arguments), and a
    # result a pool cannot unpickle stops the pool; send the message instead.
    return Failed(str(result)) if isinstance(result, InputError) else result


@dataclass
class Failed:
    """An input that could not be analysed, as its one-line message."""

    message: str

    def __str__(self) -> str:
        return self.message


def _pool_map(items, workers: int):
    import multiprocessing as mp

    warm_up()  # lexicons load once here; forked workers inherit them
    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    pool = ctx.Pool(workers)
    return pool.imap(_prepare_or_skip, items, chunksize=4), pool


def warm_up() -> None:
    from khabar.lexicon import data_path

    analyze(data_path("sample/putin-biden-call.txt").read_text(encoding="utf-8"))


def write_results(results: Iterable, store: Store, report: Report, bar, batch_size: int,
                  on_error=None) -> None:
    """Write prepared articles in batches; count skipped ones; report errors and go on."""
    batch: list[Prepared] = []
    last = time.perf_counter()

    def flush() -> None:
        for outcome in store.add_prepared(batch):
            setattr(report, outcome, getattr(report, outcome) + 1)
        batch.clear()

    for result in results:
        if isinstance(result, InputError | Failed):
            report.failed += 1
            report.errors.append(str(result))
            (on_error or _print_error)(result, bar)
        elif isinstance(result, _Unchanged):
            report.unchanged += 1
        else:
            batch.append(result)
            if len(batch) >= batch_size or time.perf_counter() - last > BATCH_SECONDS:
                flush()
                last = time.perf_counter()
        bar.update(1)
    if batch:
        flush()


def _print_error(error, bar) -> None:
    bar.write(f"khabar: error: {error}", file=sys.stderr)


def _progress(total: int | None, enabled: bool | None):
    """The progress bar, locked within this process only.

    tqdm's default lock is shared with every process forked from this one. A worker or
    forked run killed while holding it (kill -9) would leave every later bar here waiting
    for it for ever, even a disabled one; nor is its monitor thread wanted in a process
    that forks.
    """
    from tqdm import tqdm

    tqdm.set_lock(_BAR_LOCK)
    tqdm.monitor_interval = 0
    return tqdm(total=total, unit="article", desc="ingest", disable=not enabled if enabled is not None
                else None, file=sys.stderr, smoothing=0.1, dynamic_ncols=True)


def count_articles(sources: Iterable[str]) -> int | None:
    """Cheap total for the progress bar: lines of JSON Lines, one per plain file; None when
    a source (CSV, feed, URL) cannot be counted without reading it."""
    total = 0
    for source in sources:
        path = Path(source)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if not f.is_file():
                continue  # a missing source is reported when it is read
            suffix = f.suffix.lower()
            if suffix in {".jsonl", ".ndjson"}:
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif suffix in {".txt", ".html", ".htm", ".text"}:
                total += 1
            elif suffix in {".md"} or f.name.startswith("."):
                continue
            else:
                return None
    return total
