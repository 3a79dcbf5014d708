"""Scale out: run the per-article function on a Dask distributed cluster.

The client reads the sources and sends batches of articles to the workers; each worker runs
:func:`~khabar.corpus.ingest.prepare_article` on its batch and writes one Parquet file
(``part-<hash>.parquet``, written under a temporary name and renamed, so a file is either
whole or absent). Any Parquet reader can load the partitions (one row per article, the full
record as JSON in ``record``); :func:`load_parquet` loads them into a store, skipping
articles it already holds, so a run that was killed can load what it finished and go on.

For a real cluster, give the scheduler address (``tcp://host:8786``) and an output folder
that every worker and the client can reach (a shared file system path).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path

from khabar.corpus.ingest import Failed, Report, prepare_article
from khabar.corpus.rows import Prepared
from khabar.errors import InputError
from khabar.io.readers import Article

PARQUET_COLUMNS = [f.name for f in fields(Prepared) if f.name != "rows"]
BATCH_SIZE = 100


def parquet_schema():
    import pyarrow as pa

    types = {"signature": pa.binary(), "n_chars": pa.int64(), "n_sentences": pa.int64(),
             "n_tokens": pa.int64()}
    return pa.schema([(name, types.get(name, pa.string())) for name in PARQUET_COLUMNS])


def prepare_partition(articles: list[dict], out_dir: str) -> tuple[str | None, int, list[str]]:
    """Worker task: analyse a batch and write it as one Parquet file.

    Returns ``(path or None, articles written, error messages)``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows, errors = [], []
    for data in articles:
        result = prepare_article(Article(**data))
        if isinstance(result, InputError):
            errors.append(str(result))
        else:
            row = asdict(result)
            row.pop("rows")
            rows.append(row)
    if not rows:
        return None, 0, errors
    name = hashlib.sha1("".join(r["hash"] for r in rows).encode()).hexdigest()[:16]
    path = Path(out_dir) / f"part-{name}.parquet"
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return str(path), len(rows), errors


def _batches(items: Iterable[Article | InputError], size: int,
             errors: list[str]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        if isinstance(item, InputError | Failed):
            errors.append(str(item))
            continue
        if not hasattr(item, "text"):  # already stored
            continue
        batch.append({k: v for k, v in vars(item).items()})
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def connect(scheduler: str | None = None, workers: int = 2):
    """A client for ``scheduler``, or a local cluster of ``workers`` single-thread processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)


def run(items: Iterable[Article | InputError], out_dir: str | Path, *, client=None,
        scheduler: str | None = None, workers: int = 2, batch_size: int = BATCH_SIZE,
        on_done=None) -> Report:
    """Analyse ``items`` on the cluster into Parquet files under ``out_dir``."""
    import time

    from dask.distributed import as_completed

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = client is None
    client = client or connect(scheduler, workers)
    report = Report()
    start = time.perf_counter()
    errors: list[str] = []
    try:
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        batches = _batches(items, batch_size, errors)
        queue = as_completed()
        for batch in _take(batches, 2 * n_workers):
            queue.add(client.submit(prepare_partition, batch, str(out_dir), pure=False))
        for future in queue:
            path, count, batch_errors = future.result()
            report.added += count
            errors.extend(batch_errors)
            if on_done:
                on_done(path, count)
            future.release()
            for batch in _take(batches, 1):
                queue.add(client.submit(prepare_partition, batch, str(out_dir), pure=False))
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    report.failed = len(errors)
    report.errors = errors
    report.seconds = time.perf_counter() - start
    return report


def _take(iterator: Iterator, n: int) -> list:
    out = []
    for item in iterator:
        out.append(item)
        if len(out) >= n:
            break
    return out


def read_parquet(path: str | Path) -> Iterator[Prepared]:
    """Prepared articles from a Parquet file or a folder of them."""
    import pyarrow.parquet as pq

    path = Path(path)
    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=256):
            for row in batch.to_pylist():
                yield Prepared(**{k: row.get(k) for k in PARQUET_COLUMNS})


def load_parquet(path: str | Path, store, *, progress: bool | None = None) -> Report:
    """Load Parquet partitions into the store (table rows are rebuilt from the records)."""
    import time

    from khabar.corpus.ingest import _progress, write_results

    report = Report()
    start = time.perf_counter()
    with _progress(None, progress) as bar:
        write_results(read_parquet(path), store, report, bar, batch_size=200)
    report.seconds = time.perf_counter() - start
    return report
