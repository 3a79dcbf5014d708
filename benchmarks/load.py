"""A bounded load test of ``khabar serve`` on loopback: concurrent clients mixing search,
list queries and article analysis for a fixed time.

Starts ``khabar serve`` on 127.0.0.1 (a free port; never another interface) over a store
(``--store``, or a temporary one filled with the bundled sample corpus), runs ``--clients``
threads with keep-alive connections for ``--seconds``, then stops the server. Prints the
number of requests, errors by status, throughput, p50/p95/p99 latency per kind of request
and the server's peak resident memory (VmHWM from /proc, else psutil). The script stops by
itself: every request has a timeout and the server is killed if it does not exit.

    python benchmarks/load.py [--clients 50] [--seconds 60] [--analyze-share 0.2]
                              [--store PATH] [--rate-limit 0]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "khabar" / "data" / "sample" / "putin-biden-call.txt"
QUERIES = ["بوتين", "بايدن", "أوكرانيا", "العقوبات", "روسيا", "الرئيس الروسي", "اتصال هاتفي",
           "واشنطن", "موسكو", "الناتو", '" OR 1=1 --', "NEAR(", "غير موجودة"]
LISTS = ["/api/summary", "/api/documents?limit=20", "/api/events?limit=20",
         "/api/actors?limit=20", "/api/statements?limit=20", "/api/stories"]
REQUEST_TIMEOUT = 60.0


def fill_store(path: Path) -> None:
    from khabar.commands.demo import sample_articles
    from khabar.corpus.ingest import ingest
    from khabar.corpus.store import Store

    with Store(path) as store:
        ingest(sample_articles(), store, progress=False)
        store.build_stories()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(store: Path, port: int, rate_limit: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "khabar.cli", "serve", "--store", str(store), "--host", HOST,
           "--port", str(port), "--rate-limit", str(rate_limit)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"khabar serve exited: {server.stderr.read().decode()[-2000:]}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/api/summary")
            if conn.getresponse().status == 200:
                conn.close()
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise SystemExit("khabar serve did not start within 120 s")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Memory(threading.Thread):
    """Samples the server's resident memory until stopped; keeps the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.start_rss = 0
        self.stop = threading.Event()

    def read(self) -> tuple[int, int]:
        """(current RSS, peak RSS) in bytes."""
        try:
            fields = dict(line.split(":", 1) for line in
                          Path(f"/proc/{self.pid}/status").read_text().splitlines() if ":" in line)
            return (int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024)
        except (OSError, KeyError):
            import psutil

            rss = psutil.Process(self.pid).memory_info().rss
            return rss, rss

    def run(self) -> None:
        self.start_rss = self.read()[0]
        while not self.stop.is_set():
            try:
                rss, hwm = self.read()
            except Exception:  # the server is gone
                return
            self.peak = max(self.peak, rss, hwm)
            self.stop.wait(0.2)


def client(port: int, deadline: float, share: float, text: str, seed: int,
           results: list) -> None:
    """One client: requests back to back on a keep-alive connection until the deadline."""
    rnd = random.Random(seed)
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    while time.monotonic() < deadline:
        r = rnd.random()
        if r < share:
            kind, method, path = "analyze", "POST", "/api/analyze"
            start = rnd.randrange(0, max(1, len(text) - 1500))
            body = json.dumps({"text": text[start:start + 1500], "date": "2021-12-31"}).encode()
            headers = {"Content-Type": "application/json"}
        elif r < share + (1 - share) * 0.7:
            kind, method, body, headers = "search", "GET", None, {}
            path = "/api/search?" + _query(rnd.choice(QUERIES))
        else:
            kind, method, body, headers = "list", "GET", None, {}
            path = rnd.choice(LISTS)
        began = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            status = type(exc).__name__
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        results.append((kind, status, time.perf_counter() - began))
    conn.close()


def warm_up(port: int, text: str) -> float:
    """One analysis before the clock starts: the server loads its lexicons on the first."""
    began = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    conn.request("POST", "/api/analyze", body=json.dumps({"text": text}).encode(),
                 headers={"Content-Type": "application/json"})
    conn.getresponse().read()
    conn.close()
    return time.perf_counter() - began


def _query(q: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"q": q, "limit": 20})


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def report(results: list, seconds: float, memory: Memory, args) -> None:
    total = len(results)
    errors = Counter(str(s) for _, s, _ in results if not (isinstance(s, int) and s < 400))
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, _, latency in results:
        by_kind[kind].append(latency)
    print(f"khabar serve on {HOST}: {args.clients} clients for {seconds:.1f} s "
          f"(analyse share {args.analyze_share:.0%}, rate limit {args.rate_limit or 'off'})")
    print(f"requests   {total:,}  ({total / seconds:.1f}/s)")
    print(f"errors     {sum(errors.values()):,}" + (f"  {dict(errors)}" if errors else ""))
    print(f"{'kind':10} {'n':>7} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'max ms':>9}")
    for kind in ("search", "list", "analyze", "all"):
        values = [x for v in by_kind.values() for x in v] if kind == "all" else by_kind[kind]
        if values:
            print(f"{kind:10} {len(values):>7,} {percentile(values, 50) * 1000:>9.1f} "
                  f"{percentile(values, 95) * 1000:>9.1f} {percentile(values, 99) * 1000:>9.1f} "
                  f"{max(values) * 1000:>9.1f}")
    print(f"server memory: {memory.start_rss / 2**20:.0f} MiB at start, peak "
          f"{memory.peak / 2**20:.0f} MiB")
    if total:
        print(f"median of all latencies {statistics.median(x for _, _, x in results) * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--analyze-share", type=float, default=0.2,
                        help="share of requests that POST an article to /api/analyze")
    parser.add_argument("--store", type=Path, help="store to serve (default: the sample corpus)")
    parser.add_argument("--rate-limit", type=int, default=0,
                        help="server's per-client rate limit; every client here is 127.0.0.1")
    args = parser.parse_args()
    if not (0 < args.clients <= 1000 and 0 < args.seconds <= 3600):
        parser.error("--clients must be 1..1000 and --seconds 1..3600")

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "load.sqlite"
            fill_store(store)
        port = free_port()
        server = start_server(store, port, args.rate_limit)
        memory = Memory(server.pid)
        memory.start()
        try:
            text = SAMPLE.read_text(encoding="utf-8")
            cold = warm_up(port, text)
            print(f"first analyse (loads the lexicons): {cold:.1f} s; not counted below")
            results: list = []
            began = time.monotonic()
            deadline = began + args.seconds
            threads = [threading.Thread(target=client, daemon=True,
                                        args=(port, deadline, args.analyze_share, text, n, results))
                       for n in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(max(0.0, deadline - time.monotonic()) + REQUEST_TIMEOUT + 5)
            elapsed = time.monotonic() - began
        finally:
            memory.stop.set()
            memory.join(2)
            final = memory.read()[1] if server.poll() is None else 0
            memory.peak = max(memory.peak, final)
            stop_server(server)
        report(results, elapsed, memory, args)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
