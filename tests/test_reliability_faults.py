"""``kill -9`` during ``khabar ingest`` at random points, then a rerun.

Each trial forks a fresh process that runs ``khabar ingest`` (the CLI's own code, lexicons
already loaded, so the process starts in milliseconds) on a small corpus into a new store,
and sends it SIGKILL after a random delay drawn over the length of a whole run. Batch sizes
vary, from one article per transaction to the default, and some trials analyse with a pool
of two processes (the whole process group is killed). After each kill the store must pass
``PRAGMA integrity_check`` and hold no half-written article: every stored article has exactly
the rows its record lists in every table, nothing points at an article that is not there.
Then ``khabar ingest`` is run again and must complete the store with no duplicates.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.corpus.store import record_json

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs fork")

TRIALS = int(os.environ.get("KHABAR_KILL_TRIALS", "24"))
SEED = int(os.environ.get("KHABAR_KILL_SEED", "20211231"))
N_ARTICLES = 30
RECORD_TABLES = {"actors": "actors", "mentions": "mentions", "statements": "statements",
                 "events": "events"}
CHILD_TABLES = ("actors", "mentions", "statements", "events", "signatures", "lsh", "stories")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, example_text) -> Path:
    lines = [line for line in example_text.splitlines() if line.strip()]
    path = tmp_path_factory.mktemp("kill") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_ARTICLES):
            text = "\n".join(lines[(i + k) % len(lines)] for k in range(2)) + f"\nالخبر رقم {i}."
            fh.write(json.dumps({"id": f"a{i}", "text": text, "date": "2021-12-31",
                                 "outlet": f"Outlet {i % 3}"}, ensure_ascii=False) + "\n")
    return path


def _args(corpus: Path, store: Path, workers: int = 1) -> list[str]:
    return ["ingest", str(corpus), "--store", str(store), "--no-progress",
            "--workers", str(workers)]


def start_ingest(corpus: Path, store: Path, batch: int, workers: int) -> int:
    """Fork a process (its own process group) that runs ``khabar ingest``."""
    pid = os.fork()
    if pid:
        return pid
    code = 70
    try:
        os.setpgid(0, 0)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        import khabar.corpus.ingest as ingest_module

        ingest_module.ingest.__kwdefaults__["batch_size"] = batch
        code = main(_args(corpus, store, workers))
    finally:
        os._exit(code)


def kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def wait_for(pid: int, timeout: float = 120.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    kill_group(pid)
    raise AssertionError("ingest did not finish")


def check_consistent(store: Path) -> set[str]:
    """Integrity, and every stored article whole: returns the stored ids."""
    if not store.exists():
        return set()
    conn = sqlite3.connect(store)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            return set()  # killed before the schema was committed: an empty file
        ids = set()
        docs = conn.execute("SELECT rowid, id, record FROM documents").fetchall()
        for rowid, ident, record in docs:
            data = json.loads(record_json(record))
            assert data["id"] == ident
            for table, field in RECORD_TABLES.items():
                n = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE doc = ?", (rowid,)).fetchone()[0]
                assert n == len(data[field]), f"{ident}: {n} {table} rows, record has {len(data[field])}"
            assert conn.execute("SELECT COUNT(*) FROM fts WHERE rowid = ?", (rowid,)).fetchone()[0] == 1
            assert conn.execute("SELECT COUNT(*) FROM signatures WHERE doc = ?", (rowid,)).fetchone()[0] == 1
            ids.add(ident)
        rowids = ", ".join(str(r[0]) for r in docs) or "NULL"
        for table in CHILD_TABLES:
            orphans = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE doc NOT IN ({rowids})").fetchone()[0]
            assert orphans == 0, f"{orphans} rows of {table} belong to no article"
        fts = conn.execute(f"SELECT COUNT(*) FROM fts WHERE rowid NOT IN ({rowids})").fetchone()[0]
        assert fts == 0
        dangling = conn.execute("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"
                                f" AND duplicate_of NOT IN ({rowids})").fetchone()[0]
        assert dangling == 0
        return ids
    finally:
        conn.close()


def check_complete(store: Path) -> None:
    ids = check_consistent(store)
    assert ids == {f"a{i}" for i in range(N_ARTICLES)}
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == N_ARTICLES
        for table in ("statements", "events", "mentions"):
            first = "statement_id" if table == "statements" else (
                "event_id" if table == "events" else "mention_id")
            dup = conn.execute(f"SELECT COUNT(*) FROM (SELECT doc, {first} FROM {table}"
                               f" GROUP BY doc, {first} HAVING COUNT(*) > 1)").fetchone()[0]
            assert dup == 0, f"duplicate rows in {table}"
    finally:
        conn.close()


def test_kill_minus_nine_at_random_points_then_rerun(corpus, tmp_path):
    # A first run in this process loads every module and lexicon once; forked runs
    # inherit them, so a trial's time goes to analysing and writing.
    assert main(_args(corpus, tmp_path / "warm.sqlite")) == 0
    check_complete(tmp_path / "warm.sqlite")
    started = time.monotonic()
    assert wait_for(start_ingest(corpus, tmp_path / "timed.sqlite", 1, 1)) == 0
    whole_run = time.monotonic() - started
    check_complete(tmp_path / "timed.sqlite")

    rnd = random.Random(SEED)
    outcomes = []
    for trial in range(TRIALS):
        store = tmp_path / f"trial{trial}.sqlite"
        batch = rnd.choice((1, 1, 2, 3, 50))
        workers = 2 if trial % 8 == 7 else 1
        delay = rnd.uniform(0.0, whole_run * (1.6 if workers > 1 else 1.1))
        pid = start_ingest(corpus, store, batch, workers)
        time.sleep(delay)
        kill_group(pid)
        stored = check_consistent(store)
        outcomes.append(len(stored))
        assert main(_args(corpus, store)) == 0, f"trial {trial}: the rerun failed"
        check_complete(store)
    print(f"kill -9 trials: {TRIALS}; a whole run takes {whole_run:.2f} s; articles stored "
          f"when killed: {outcomes} of {N_ARTICLES}")
    assert any(0 < n < N_ARTICLES for n in outcomes), outcomes


def test_progress_bar_does_not_wait_for_a_process_killed_holding_its_lock():
    # A forked run killed while it wrote its progress bar must not leave the next ingest in
    # this process waiting for the bar's lock for ever.
    import threading

    from tqdm import tqdm

    from khabar.corpus.ingest import _progress

    _progress(1, False).close()
    pid = os.fork()
    if pid == 0:
        tqdm.get_lock().acquire()
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)
    worker = threading.Thread(target=lambda: _progress(1, False).close(), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the progress bar waits for a lock a dead process held"
