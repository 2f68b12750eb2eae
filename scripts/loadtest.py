#!/usr/bin/env python3
"""A bounded load test of `innograph serve` on loopback: N concurrent clients send the
README's queries (ontology/queries/*.rq) in turn for a fixed time, then it prints throughput,
p50/p99 latency and the error count.

usage: scripts/loadtest.py URL [--clients 32] [--seconds 30]
"""
import argparse
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url", help="the endpoint, e.g. http://127.0.0.1:7878/sparql")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=30)
    args = ap.parse_args()
    host = urllib.parse.urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loadtest only targets loopback")
    queries = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "ontology" / "queries").glob("*.rq"))]
    deadline = time.monotonic() + args.seconds
    latencies, errors, lock = [], [0], threading.Lock()

    def client(k):
        i = k
        while time.monotonic() < deadline:
            body = urllib.parse.urlencode({"query": queries[i % len(queries)]}).encode()
            req = urllib.request.Request(args.url, data=body, headers={"Accept": "application/sparql-results+json"})
            started = time.monotonic()
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    r.read()
                    ok = r.status == 200
            except Exception:
                ok = False
            took = time.monotonic() - started
            with lock:
                if ok:
                    latencies.append(took)
                else:
                    errors[0] += 1
            i += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    lat = sorted(latencies)
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")
    print(f"{args.clients} clients, {elapsed:.1f} s: {len(lat)} queries answered, {errors[0]} errors, "
          f"{len(lat) / elapsed:.1f} queries/s, p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms")
    return 1 if errors[0] else 0


if __name__ == "__main__":
    sys.exit(main())
