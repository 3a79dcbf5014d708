"""Ingest throughput, parallel efficiency, memory and store size on real news.

Reads the SaudiNewsNet slice in ``../shared/corpora/saudinewsnet/`` (3,316 articles) and,
for larger runs, repeats it with new ids. Each engine runs in a fresh process on a fresh
store: one process, a pool of 2 local processes, and a Dask local cluster of 2 workers.
Prints articles/s, the efficiency of 2 workers against one, peak memory of the store
process and of each worker, and store / near-duplicate index size per article.

    python benchmarks/ingest.py [--n 3316] [--n 30000] [--limit N] [--engines single,pool,dask]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "aawsat-spa-2015.jsonl"


def articles(n: int):
    """``n`` articles: the corpus, then the corpus again with new ids, and so on."""
    from khabar.corpus.sources import read_jsonl

    made = 0
    round_ = 0
    while made < n:
        for item in read_jsonl(CORPUS, {}):
            if made >= n:
                return
            if round_ and not isinstance(item, Exception):
                item.id = f"{item.id}-r{round_}"
            made += 1
            yield item
        round_ += 1


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def table_sizes(path: str) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()
    return dict(rows)


def run_one(engine: str, n: int) -> dict:
    """Child process: one engine on a fresh store; prints a JSON line of figures."""
    from khabar.corpus import dask_engine
    from khabar.corpus.ingest import ingest, warm_up
    from khabar.corpus.store import Store

    warm_up()
    tmp = tempfile.mkdtemp(prefix="khabar-bench-")
    path = os.path.join(tmp, "bench.sqlite")
    worker_rss: list[float] = []
    worker_cpu = 0.0
    with Store(path) as store:
        t0 = time.perf_counter()
        if engine == "single":
            report = ingest(articles(n), store, workers=1, progress=False)
        elif engine == "pool":
            report = ingest(articles(n), store, workers=2, progress=False)
        else:
            client = dask_engine.connect(workers=2)
            client.run(warm_up)
            t0 = time.perf_counter()
            report = dask_engine.run(articles(n), os.path.join(tmp, "parts"), client=client)
            t_cluster = time.perf_counter() - t0
            rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            worker_rss = [v / 1024 for v in rss.values()]
            worker_cpu = sum(client.run(_cpu_self).values())
            client.close()
            client.cluster.close() if hasattr(client, "cluster") and client.cluster else None
            loaded = dask_engine.load_parquet(os.path.join(tmp, "parts"), store, progress=False)
        elapsed = time.perf_counter() - t0
        t1 = time.perf_counter()
        n_stories = store.build_stories()
        t_stories = time.perf_counter() - t1
        copies = store.summary()["syndicated_copies"]
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if engine == "pool":
        worker_rss = [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        worker_cpu = children.ru_utime + children.ru_stime
    cpu = _cpu_self() + worker_cpu
    sizes = table_sizes(path)
    out = {
        "engine": engine, "n": n, "analysed": report.added, "failed": report.failed,
        "seconds": round(elapsed, 2), "rate": round(report.added / elapsed, 1),
        "store_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_rss_mb": [round(v, 1) for v in worker_rss],
        "store_bytes": os.path.getsize(path),
        "dedupe_bytes": sizes.get("lsh", 0) + sizes.get("signatures", 0),
        "fts_bytes": sum(v for k, v in sizes.items() if k.startswith("fts")),
        "stories": n_stories, "stories_seconds": round(t_stories, 2),
        "syndicated_copies": copies, "cpu_seconds": round(cpu, 1),
        "cpu_rate": round(report.added / cpu, 1) if cpu else 0.0,
    }
    if engine == "dask":
        out["cluster_seconds"] = round(t_cluster, 2)
        out["load_seconds"] = round(elapsed - t_cluster, 2)
        out["analysed"] = loaded.added
        out["rate"] = round(loaded.added / elapsed, 1)
        out["cpu_rate"] = round(loaded.added / cpu, 1) if cpu else 0.0
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (default 3316, 30000)")
    parser.add_argument("--limit", type=int, help="cap every size at this many articles")
    parser.add_argument("--engines", default="single,pool,dask")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], int(args.child[1]))))
        return
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is not available")
    sizes = args.n or [3316, 30000]
    if args.limit:
        sizes = [min(s, args.limit) for s in sizes]
    for n in dict.fromkeys(sizes):
        results = {}
        for engine in args.engines.split(","):
            proc = subprocess.run([sys.executable, __file__, "--child", engine, str(n)],
                                  capture_output=True, text=True, check=True)
            results[engine] = json.loads(proc.stdout.strip().splitlines()[-1])
            _print(results[engine])
        if "single" in results:
            base = results["single"]["rate"]
            for engine in ("pool", "dask"):
                if engine in results:
                    eff = results[engine]["rate"] / (2 * base) if base else 0
                    cpu = results[engine]["cpu_rate"] / results["single"]["cpu_rate"]
                    print(f"  {n} articles, {engine} on 2 workers: efficiency {eff:.0%} "
                          f"(wall clock); CPU cost per article {1 / cpu:.0%} of one process's"
                          f"; load average now {os.getloadavg()[0]:.1f}")
    print(f"  cores on this machine: {os.cpu_count()}")


def _print(r: dict) -> None:
    per = r["store_bytes"] / max(r["analysed"], 1)
    print(f"{r['engine']:>6}  {r['n']:>6} articles: {r['rate']:>6.1f} articles/s "
          f"[{r['cpu_rate']} per CPU-second] ({r['seconds']} s{', cluster ' + str(r['cluster_seconds']) + ' s + load ' + str(r['load_seconds']) + ' s' if 'cluster_seconds' in r else ''}); "
          f"store RSS {r['store_rss_mb']} MB; workers RSS {r['worker_rss_mb']} MB")
    print(f"        store {r['store_bytes'] / 1e6:.1f} MB = {per / 1024:.1f} KB/article "
          f"(full text index {r['fts_bytes'] / max(r['analysed'], 1) / 1024:.1f} KB, near-duplicate "
          f"index {r['dedupe_bytes'] / max(r['analysed'], 1):.0f} B); {r['syndicated_copies']} "
          f"near-duplicates; {r['stories']} stories in {r['stories_seconds']} s; "
          f"{r['failed']} failed", flush=True)


if __name__ == "__main__":
    main()
