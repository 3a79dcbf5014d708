"""Export a store's events, statements, actors or documents as JSON Lines, CSV or Parquet.

Event columns carry PLOVER field names (``event_type``, ``event_mode``, ``event_context``,
``actor``, ``recipient`` ...) plus the CAMEO code and khabar's spans; ``docs/corpus.md``
lists every column. Parquet output is a folder partitioned by publication date
(``publication_date=YYYY-MM-DD/part-0.parquet``), readable by pyarrow, pandas, Spark or
DuckDB.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TextIO

from khabar.corpus.rows import EVENT_COLUMNS, STATEMENT_COLUMNS
from khabar.corpus.store import Store

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("events", "statements", "actors", "documents")

EVENT_EXPORT = [c for c in EVENT_COLUMNS if c != "fingerprint"] + [
    "doc_id", "publication_date", "source", "url", "story_id", "n_reports", "sources"]
STATEMENT_EXPORT = list(STATEMENT_COLUMNS) + ["doc_id", "publication_date", "source", "url"]
ACTOR_EXPORT = ["actor_id", "name", "name_ar", "kind", "country", "sector", "code", "known",
                "n_documents", "n_mentions"]
DOCUMENT_EXPORT = ["id", "date", "outlet", "title", "url", "source", "syndicated_from",
                   "duplicate_of", "n_chars", "n_sentences", "story_id"]
COLUMNS = {"events": EVENT_EXPORT, "statements": STATEMENT_EXPORT, "actors": ACTOR_EXPORT,
           "documents": DOCUMENT_EXPORT}
PARTITION = {"events": "publication_date", "statements": "publication_date", "documents": "date"}


def rows(store: Store, table: str, **filters) -> list[dict]:
    """The rows of one table, every column of :data:`COLUMNS` present, lists kept."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    filters.setdefault("limit", -1)
    found = getattr(store, table)(**filters)
    return [{c: r.get(c) for c in COLUMNS[table]} for r in found]


def export(store: Store, table: str, fmt: str, out: str | Path | None = None, **filters) -> int:
    """Write ``table`` in ``fmt`` to ``out`` (a file, a folder for Parquet, or stdout);
    returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = rows(store, table, **filters)
    if fmt == "parquet":
        if out is None or str(out) == "-":
            raise ValueError("Parquet output needs a folder: give --out DIR")
        write_parquet(data, table, Path(out))
        return len(data)
    if out is None or str(out) == "-":
        _write_text(data, table, fmt, sys.stdout)
    else:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            _write_text(data, table, fmt, fh)
    return len(data)


def _write_text(data: list[dict], table: str, fmt: str, fh: TextIO) -> None:
    if fmt == "jsonl":
        for row in data:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(fh, fieldnames=COLUMNS[table])
    writer.writeheader()
    for row in data:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})


# A spreadsheet reads a cell that starts with one of these as a formula; article text is
# untrusted, so such cells are written with a leading apostrophe (OWASP's advice).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """One CSV cell: lists joined with "; ", text that a spreadsheet would run kept inert."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_parquet(data: list[dict], table: str, out: Path) -> None:
    """A date-partitioned Parquet dataset (Hive layout) with a fixed schema."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    schema = pa.schema([(c, _arrow_type(c)) for c in COLUMNS[table]])
    arrow = pa.Table.from_pylist(data, schema=schema)
    key = PARTITION.get(table)
    out.mkdir(parents=True, exist_ok=True)
    if key:
        arrow = arrow.set_column(arrow.schema.get_field_index(key), key,
                                 pa.array([v or "unknown" for v in arrow[key].to_pylist()]))
        ds.write_dataset(arrow, out, format="parquet",
                         partitioning=ds.partitioning(pa.schema([(key, pa.string())]), flavor="hive"),
                         existing_data_behavior="delete_matching",
                         basename_template="part-{i}.parquet")
    else:
        import pyarrow.parquet as pq

        pq.write_table(arrow, out / "part-0.parquet")


def _arrow_type(column: str):
    import pyarrow as pa

    if column == "sources":
        return pa.list_(pa.string())
    if column in {"sentence", "quad_class", "trigger_start", "trigger_end", "evidence_start",
                  "evidence_end", "negated", "hypothetical", "future", "generic", "story_id",
                  "n_reports", "cue_start", "cue_end", "content_start", "content_end", "known",
                  "n_documents", "n_mentions", "n_chars", "n_sentences"}:
        return pa.int64()
    if column == "confidence":
        return pa.float64()
    return pa.string()
