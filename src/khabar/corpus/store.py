"""The corpus store: one SQLite file holding every analysed article, and its query API.

API (what the CLI and the web layer use)::

    store = Store("corpus.sqlite")              # creates or migrates; WAL mode
    store.add(doc)                              # -> "added" | "unchanged" | "updated"
    store.add_prepared([prepared, ...])         # one transaction for a batch (ingest uses it)
    store.has(hash)                             # an article version already stored?
    store.get_document(id, tokens=False)        # -> Document | None (the full record)
    store.documents(**filters)                  # -> [dict]   one per article
    store.events(unique=True, **filters)        # -> [dict]   PLOVER columns, ``sources``
    store.statements(**filters)                 # -> [dict]   speaker, cue, content, via
    store.actors(**filters)                     # -> [dict]   one per actor id, with counts
    store.search(query, **filters)              # -> [dict]   full text, normalised Arabic
    store.build_stories()                       # cluster articles into stories
    store.stories()                             # -> [dict]   stories with two or more accounts
    store.story(story_id)                       # -> dict     the accounts side by side
    store.summary()                             # -> dict     counts for a report
    store.close()                               # also a context manager

Filters (keyword arguments, all optional): ``actor`` (actor id or part of an English name),
``country`` (ISO alpha-3 / CAMEO code), ``type`` (PLOVER event type), ``date_from`` and
``date_to`` (YYYY-MM-DD, inclusive), ``outlet``, ``limit`` (default 100), ``offset``.

Every table row keeps its character offsets into the article text; ``documents.record``
holds the full record as zlib-compressed JSON (:func:`record_json` reads it; tokens are left
out and :meth:`Store.get_document` recomputes them on request), and a query never needs to
parse it. One article is written in one
transaction with everything that belongs to it, so a killed process leaves the store as it
was after the last committed article; the schema version is SQLite's ``user_version``.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from khabar.corpus.dedupe import THRESHOLD, band_keys, similarity
from khabar.corpus.rows import (
    ACTOR_COLUMNS,
    EVENT_COLUMNS,
    EVENT_COLUMNS_ADDED,
    EVENT_COLUMNS_V1,
    MENTION_COLUMNS,
    STATEMENT_COLUMNS,
    Prepared,
    prepare,
)
from khabar.errors import StoreError
from khabar.model import Document

DEFAULT_LIMIT = 100

MIGRATIONS: list[str] = [
    # 1: documents, normalised tables, full-text index, near-duplicate index, stories.
    f"""
    CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL,
        source TEXT, date TEXT, outlet TEXT, url TEXT, title TEXT,
        syndicated_from TEXT,
        duplicate_of INTEGER,
        similarity REAL,
        n_chars INTEGER, n_sentences INTEGER, n_tokens INTEGER,
        record TEXT NOT NULL,
        added TEXT NOT NULL
    );
    CREATE INDEX documents_hash ON documents(hash);
    CREATE INDEX documents_date ON documents(date);
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
    CREATE TABLE actors (doc INTEGER NOT NULL, {", ".join(ACTOR_COLUMNS)});
    CREATE INDEX actors_doc ON actors(doc);
    CREATE INDEX actors_actor ON actors(actor_id);
    CREATE TABLE mentions (doc INTEGER NOT NULL, {", ".join(f'"{c}"' for c in MENTION_COLUMNS)});
    CREATE INDEX mentions_doc ON mentions(doc);
    CREATE TABLE statements (doc INTEGER NOT NULL, {", ".join(STATEMENT_COLUMNS)});
    CREATE INDEX statements_doc ON statements(doc);
    CREATE INDEX statements_speaker ON statements(speaker);
    CREATE TABLE events (doc INTEGER NOT NULL, {", ".join(EVENT_COLUMNS_V1)});
    CREATE INDEX events_doc ON events(doc);
    CREATE INDEX events_type ON events(event_type);
    CREATE TABLE signatures (doc INTEGER PRIMARY KEY, sig BLOB NOT NULL);
    CREATE TABLE lsh (band INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL,
                      PRIMARY KEY (band, key, doc)) WITHOUT ROWID;
    CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
    CREATE TABLE stories (doc INTEGER PRIMARY KEY, story INTEGER NOT NULL);
    CREATE INDEX stories_story ON stories(story);
    """,
    # 2: whether an event is only named (generic) and how sure the model is it was reported.
    ";".join(f"ALTER TABLE events ADD COLUMN {c}" for c in EVENT_COLUMNS_ADDED),
]

ROW_TABLES = {"actors": ACTOR_COLUMNS, "mentions": MENTION_COLUMNS,
              "statements": STATEMENT_COLUMNS, "events": EVENT_COLUMNS}


class Store:
    """A corpus in one SQLite file (WAL mode); see the module docstring for the API."""

    def __init__(self, path: str | Path, *, dedupe_threshold: float = THRESHOLD) -> None:
        self.path = str(path)
        self.threshold = dedupe_threshold
        try:
            self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot be opened as a khabar store ({exc})") from exc

    # -- life cycle -----------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {current} is newer than this khabar "
                             f"({len(MIGRATIONS)}); upgrade khabar")
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def integrity(self) -> str:
        """``ok``, or what SQLite's integrity check found."""
        return "; ".join(r[0] for r in self.conn.execute("PRAGMA integrity_check"))

    # -- writing --------------------------------------------------------------------------

    def has(self, hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE hash = ?", (hash,)).fetchone() is not None

    def add(self, doc: Document, source: str | None = None) -> str:
        """Store one analysed document; ``unchanged`` if this version is already there."""
        return self.add_prepared([prepare(doc, source)])[0]

    def add_prepared(self, items: Iterable[Prepared]) -> list[str]:
        """Store a batch in one transaction; a failure leaves the store as before the batch."""
        results = []
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for item in items:
                    results.append(self._add_one(item))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: could not write ({exc}); the store keeps what "
                             "was committed before") from exc
        return results

    def _add_one(self, item: Prepared) -> str:
        old = self.conn.execute("SELECT rowid, hash FROM documents WHERE id = ?", (item.id,)).fetchone()
        if old is not None and old["hash"] == item.hash:
            return "unchanged"
        if old is not None:
            self._delete(old["rowid"])
        if not item.rows:
            from khabar.corpus.rows import table_rows

            item.rows = table_rows(Document.from_json(item.record))
        cur = self.conn.execute(
            "INSERT INTO documents (id, hash, source, date, outlet, url, title, syndicated_from,"
            " n_chars, n_sentences, n_tokens, record, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item.id, item.hash, item.source, item.date, item.outlet, item.url, item.title,
             item.syndicated_from, item.n_chars, item.n_sentences, item.n_tokens,
             zlib.compress(item.record.encode("utf-8"), 6),
             datetime.now(UTC).isoformat(timespec="seconds")))
        rowid = cur.lastrowid
        for table, columns in ROW_TABLES.items():
            rows = item.rows.get(table) or []
            if rows:
                names = ", ".join(["doc", *(f'"{c}"' for c in columns)])
                marks = ", ".join("?" * (len(columns) + 1))
                self.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                                      [(rowid, *row) for row in rows])
        self.conn.execute("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)",
                          (rowid, item.title_index, item.body))
        self._link_duplicates(rowid, item)
        return "updated" if old is not None else "added"

    def _delete(self, rowid: int) -> None:
        for table in (*ROW_TABLES, "signatures", "lsh", "stories"):
            self.conn.execute(f"DELETE FROM {table} WHERE doc = ?", (rowid,))
        self.conn.execute("DELETE FROM fts WHERE rowid = ?", (rowid,))
        self.conn.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL"
                          " WHERE duplicate_of = ?", (rowid,))
        self.conn.execute("DELETE FROM documents WHERE rowid = ?", (rowid,))

    def _link_duplicates(self, rowid: int, item: Prepared) -> None:
        """Index the signature; link this article and its near-duplicates to the earliest."""
        import numpy as np

        sig = np.frombuffer(item.signature, dtype=np.uint32)
        keys = band_keys(sig, self.threshold)
        self.conn.execute("INSERT INTO signatures (doc, sig) VALUES (?, ?)", (rowid, item.signature))
        self.conn.executemany("INSERT OR IGNORE INTO lsh (band, key, doc) VALUES (?, ?, ?)",
                              [(b, k, rowid) for b, k in keys])
        clause = " OR ".join("(band = ? AND key = ?)" for _ in keys)
        params = [v for pair in keys for v in pair]
        candidates = self.conn.execute(
            f"SELECT DISTINCT l.doc, s.sig FROM lsh l JOIN signatures s ON s.doc = l.doc"
            f" WHERE ({clause}) AND l.doc != ?", (*params, rowid)).fetchall()
        matches = [(r["doc"], similarity(sig, r["sig"])) for r in candidates]
        matches = [(doc, sim) for doc, sim in matches if sim >= self.threshold]
        if not matches:
            return
        roots = {self._root(doc) for doc, _ in matches}
        group = [rowid, *roots]
        dates = {r["rowid"]: r["date"] or "9999" for r in self.conn.execute(
            f"SELECT rowid, date FROM documents WHERE rowid IN ({', '.join('?' * len(group))})", group)}
        root = min(group, key=lambda r: (dates[r], r))
        best = max(sim for _, sim in matches)
        for member in group:
            if member == root:
                continue
            self.conn.execute("UPDATE documents SET duplicate_of = ?, similarity = ? WHERE rowid = ?"
                              " OR duplicate_of = ?", (root, best, member, member))
        self.conn.execute(
            "UPDATE documents SET syndicated_from = (SELECT outlet FROM documents WHERE rowid = ?)"
            " WHERE duplicate_of = ? AND syndicated_from IS NULL AND outlet IS NOT"
            " (SELECT outlet FROM documents WHERE rowid = ?)", (root, root, root))

    def _root(self, rowid: int) -> int:
        row = self.conn.execute("SELECT duplicate_of FROM documents WHERE rowid = ?", (rowid,)).fetchone()
        return row["duplicate_of"] if row and row["duplicate_of"] else rowid

    # -- reading --------------------------------------------------------------------------

    def get_document(self, id: str, tokens: bool = False) -> Document | None:
        """The stored record; ``tokens=True`` recomputes the token list from the text."""
        row = self.conn.execute("SELECT record FROM documents WHERE id = ?", (id,)).fetchone()
        if row is None:
            return None
        doc = Document.from_json(record_json(row["record"]))
        if tokens:
            from khabar.pipeline import text_layer

            doc = text_layer(doc.model_copy(update={"tokens": []}))
        return doc

    def documents(self, **filters) -> list[dict]:
        where, params = _doc_filters(filters, "d")
        if filters.get("actor") or filters.get("country"):
            sub, sub_params = _actor_clause(filters, "a", "actor_id", "name", "country")
            where.append(f"EXISTS (SELECT 1 FROM actors a WHERE a.doc = d.rowid AND {sub})")
            params += sub_params
        sql = (f"SELECT d.id, d.date, d.outlet, d.title, d.url, d.source, d.syndicated_from,"
               f" o.id AS duplicate_of, d.n_chars, d.n_sentences, st.story AS story_id"
               f" FROM documents d LEFT JOIN documents o ON o.rowid = d.duplicate_of"
               f" LEFT JOIN stories st ON st.doc = d.rowid"
               f" {_where(where)} ORDER BY d.date, d.rowid" + _page(filters, params))
        return [dict(r) for r in self.conn.execute(sql, params)]

    def events(self, unique: bool = True, **filters) -> list[dict]:
        """Events with PLOVER columns; ``unique`` counts an event carried by several copies
        of one article once and lists every outlet in ``sources``."""
        where, params = _doc_filters(filters, "d")
        if filters.get("type"):
            where.append("e.event_type = ?")
            params.append(filters["type"].upper())
        if filters.get("actor") or filters.get("country"):
            sub, sub_params = _event_actor_clause(filters)
            where.append(sub)
            params += sub_params
        cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS if c != "fingerprint")
        root = "COALESCE(d.duplicate_of, d.rowid)"
        base = (f"SELECT {cols}, d.id AS doc_id, d.date AS publication_date, d.outlet AS source,"
                f" d.url, st.story AS story_id, {root} AS root, e.fingerprint,"
                f" (d.rowid != {root}) * 1000000000000 + d.rowid AS rank"
                f" FROM events e JOIN documents d ON d.rowid = e.doc"
                f" LEFT JOIN stories st ON st.doc = {root} {_where(where)}")
        if unique:
            # The bare columns come from the row holding MIN(rank): the original's report.
            sql = (f"SELECT b.*, MIN(b.rank), COUNT(*) AS n_reports,"
                   f" GROUP_CONCAT(b.source, '; ') AS sources FROM ({base}) b"
                   f" GROUP BY b.root, b.fingerprint ORDER BY b.publication_date, b.root, b.sentence")
        else:
            sql = f"{base} ORDER BY d.date, d.rowid, e.sentence"
        rows = [dict(r) for r in self.conn.execute(sql + _page(filters, params), params)]
        for row in rows:
            for key in ("root", "fingerprint", "rank", "MIN(b.rank)"):
                row.pop(key, None)
            if unique:
                row["sources"] = _distinct(row["sources"])
        return rows

    def statements(self, **filters) -> list[dict]:
        where, params = _doc_filters(filters, "d")
        if filters.get("actor") or filters.get("country"):
            sub, sub_params = _actor_clause(filters, "s", "speaker", "speaker_name", "speaker_country")
            where.append(sub)
            params += sub_params
        cols = ", ".join(f"s.{c}" for c in STATEMENT_COLUMNS)
        sql = (f"SELECT {cols}, d.id AS doc_id, d.date AS publication_date, d.outlet AS source,"
               f" d.url FROM statements s JOIN documents d ON d.rowid = s.doc {_where(where)}"
               f" ORDER BY d.date, d.rowid, s.sentence" + _page(filters, params))
        return [dict(r) for r in self.conn.execute(sql, params)]

    def actors(self, **filters) -> list[dict]:
        """One row per actor id across the corpus, most-mentioned first."""
        where, params = _doc_filters(filters, "d")
        if filters.get("actor") or filters.get("country"):
            sub, sub_params = _actor_clause(filters, "a", "actor_id", "name", "country")
            where.append(sub)
            params += sub_params
        sql = (f"SELECT a.actor_id, MAX(a.name) AS name, MAX(a.name_ar) AS name_ar,"
               f" MAX(a.kind) AS kind, MAX(a.country) AS country, MAX(a.sector) AS sector,"
               f" MAX(a.code) AS code, MAX(a.known) AS known, COUNT(DISTINCT a.doc) AS n_documents,"
               f" SUM(a.n_mentions) AS n_mentions FROM actors a JOIN documents d ON d.rowid = a.doc"
               f" {_where(where)} GROUP BY a.actor_id ORDER BY n_documents DESC, n_mentions DESC,"
               f" a.actor_id" + _page(filters, params))
        return [dict(r) for r in self.conn.execute(sql, params)]

    def search(self, query: str, **filters) -> list[dict]:
        """Articles matching every word of ``query``, best first, with a matching sentence.

        The query is plain text: words are normalised and stripped of clitics as the index
        is, and quoted, so FTS or SQL syntax in it is searched for as words, never run.
        """
        from khabar.corpus.search import fts_query, query_words, snippet

        match = fts_query(query)
        if not match:
            return []
        where, params = _doc_filters(filters, "d")
        where.insert(0, "fts MATCH ?")
        params.insert(0, match)
        sql = (f"SELECT d.id, d.date, d.outlet, d.title, d.url, d.record, o.id AS duplicate_of,"
               f" bm25(fts) AS score FROM fts JOIN documents d ON d.rowid = fts.rowid"
               f" LEFT JOIN documents o ON o.rowid = d.duplicate_of"
               f" {_where(where)} ORDER BY score" + _page(filters, params, 20))
        words = query_words(query)
        out = []
        for row in self.conn.execute(sql, params):
            item = dict(row)
            item["snippet"] = snippet(json.loads(record_json(item.pop("record"))), words)
            out.append(item)
        return out

    # -- stories --------------------------------------------------------------------------

    def build_stories(self, **options) -> int:
        """Cluster the articles into stories (replacing earlier clusters); returns how many
        stories have more than one account."""
        from khabar.corpus.stories import cluster

        docs = self.conn.execute(
            "SELECT d.rowid, d.date, COALESCE(d.duplicate_of, d.rowid) AS root, f.title, f.body"
            " FROM documents d JOIN fts f ON f.rowid = d.rowid").fetchall()
        actors: dict[int, set[str]] = {}
        for r in self.conn.execute("SELECT doc, actor_id FROM actors WHERE known = 1"):
            actors.setdefault(r["doc"], set()).add(r["actor_id"])
        clusters = cluster([(d["rowid"], d["date"], d["root"], f"{d['title']} {d['body']}",
                             actors.get(d["rowid"], set())) for d in docs], **options)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM stories")
            self.conn.executemany("INSERT INTO stories (doc, story) VALUES (?, ?)",
                                  [(doc, story) for story, members in clusters.items() for doc in members])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return sum(1 for s in self.stories(limit=-1))

    def stories(self, min_accounts: int = 2, **filters) -> list[dict]:
        """Stories reported in at least ``min_accounts`` distinct articles (copies fold into
        their original), newest first."""
        where, params = _doc_filters(filters, "d")
        sql = (f"SELECT st.story AS story_id, COUNT(*) AS n_documents,"
               f" COUNT(DISTINCT COALESCE(d.duplicate_of, d.rowid)) AS n_accounts,"
               f" MIN(d.date) AS first_date, MAX(d.date) AS last_date,"
               f" GROUP_CONCAT(d.outlet, '; ') AS outlets, GROUP_CONCAT(d.id, '; ') AS documents,"
               f" (SELECT title FROM documents WHERE rowid = st.story) AS title"
               f" FROM stories st JOIN documents d ON d.rowid = st.doc {_where(where)}"
               f" GROUP BY st.story HAVING n_accounts >= ? ORDER BY last_date DESC, st.story")
        params.append(min_accounts)
        rows = [dict(r) for r in self.conn.execute(sql + _page(filters, params), params)]
        for row in rows:
            row["outlets"] = _distinct(row["outlets"])
            row["documents"] = _distinct(row["documents"])
        return rows

    def story(self, story_id: int) -> dict | None:
        """The accounts of one story side by side: who said what, what agrees, what only
        one account says."""
        from khabar.corpus.stories import compare

        rows = self.conn.execute(
            "SELECT d.rowid, d.record, d.duplicate_of, d.outlet FROM stories st"
            " JOIN documents d ON d.rowid = st.doc WHERE st.story = ? ORDER BY d.date, d.rowid",
            (story_id,)).fetchall()
        if not rows:
            return None
        carried: dict[int, list[str]] = {}
        originals = []
        for r in rows:
            if r["duplicate_of"]:
                carried.setdefault(r["duplicate_of"], []).append(r["outlet"] or "?")
            else:
                originals.append(r)
        docs = [(Document.from_json(record_json(r["record"])), carried.get(r["rowid"], [])) for r in originals]
        result = compare(docs)
        result["story_id"] = story_id
        return result

    # -- summary --------------------------------------------------------------------------

    def summary(self) -> dict:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        by_type = {r["event_type"]: r["n"] for r in self.conn.execute(
            "SELECT event_type, COUNT(*) AS n FROM (SELECT DISTINCT e.event_type,"
            " COALESCE(d.duplicate_of, d.rowid), e.fingerprint FROM events e"
            " JOIN documents d ON d.rowid = e.doc) GROUP BY event_type ORDER BY n DESC, event_type")}
        return {
            "articles": one("SELECT COUNT(*) FROM documents"),
            "syndicated_copies": one("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            "outlets": one("SELECT COUNT(DISTINCT outlet) FROM documents"),
            "first_date": one("SELECT MIN(date) FROM documents"),
            "last_date": one("SELECT MAX(date) FROM documents"),
            "actors": one("SELECT COUNT(DISTINCT actor_id) FROM actors"),
            "mentions": one("SELECT COUNT(*) FROM mentions"),
            "statements": one("SELECT COUNT(*) FROM statements"),
            "events": sum(by_type.values()),
            "event_reports": one("SELECT COUNT(*) FROM events"),
            "events_by_type": by_type,
            "stories": len(self.stories(limit=-1)),
        }


def record_json(value: bytes | str) -> str:
    """The record as JSON text: the store keeps it zlib-compressed (about a fifth of the
    size); plain text from older stores is read as it is."""
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else value


# -- query helpers ------------------------------------------------------------------------

def _where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def _page(filters: dict, params: list, default: int = DEFAULT_LIMIT) -> str:
    limit = filters.get("limit", default)
    if limit is None or limit < 0:
        limit = -1
    params.extend([int(limit), int(filters.get("offset") or 0)])
    return " LIMIT ? OFFSET ?"


def _doc_filters(filters: dict, alias: str) -> tuple[list[str], list]:
    known = {"actor", "country", "type", "date_from", "date_to", "outlet", "limit", "offset"}
    unknown = set(filters) - known
    if unknown:
        raise TypeError(f"unknown filter(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(known))}")
    where, params = [], []
    if filters.get("date_from"):
        where.append(f"{alias}.date >= ?")
        params.append(filters["date_from"])
    if filters.get("date_to"):
        where.append(f"{alias}.date <= ?")
        params.append(filters["date_to"])
    if filters.get("outlet"):
        where.append(f"{alias}.outlet LIKE ? ESCAPE '\\'")
        params.append(f"%{_like(filters['outlet'])}%")
    return where, params


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _actor_clause(filters: dict, alias: str, id_col: str, name_col: str,
                  country_col: str) -> tuple[str, list]:
    clauses, params = [], []
    if filters.get("actor"):
        clauses.append(f"({alias}.{id_col} = ? OR {alias}.{name_col} LIKE ? ESCAPE '\\')")
        params += [filters["actor"], f"%{_like(filters['actor'])}%"]
    if filters.get("country"):
        clauses.append(f"{alias}.{country_col} = ?")
        params.append(filters["country"].upper())
    return " AND ".join(clauses), params


def _event_actor_clause(filters: dict) -> tuple[str, list]:
    """Actor or country on either side of the event (lists are ``;``-joined)."""
    clauses, params = [], []
    if filters.get("actor"):
        value = filters["actor"]
        clauses.append("(';' || COALESCE(e.actor, '') || ';' || COALESCE(e.recipient, '') || ';'"
                       " LIKE ? ESCAPE '\\' OR COALESCE(e.actor_name, '') || ';' ||"
                       " COALESCE(e.recipient_name, '') LIKE ? ESCAPE '\\')")
        params += [f"%;{_like(value)};%", f"%{_like(value)}%"]
    if filters.get("country"):
        code = _like(filters["country"].upper())
        clauses.append("(';' || COALESCE(e.actor_country, '') || ';' ||"
                       " COALESCE(e.recipient_country, '') || ';' LIKE ? ESCAPE '\\')")
        params.append(f"%;{code};%")
    return " AND ".join(clauses), params


def _distinct(joined: str | None) -> list[str]:
    return list(dict.fromkeys(v for v in (joined or "").split("; ") if v))
