"""Whole-process benchmarks: extraction speed per core on the benchmark corpus and on the real
dev set repeated to 10 MB, with the jieba peer on the same inputs; a doubling series of single
files (ordinary text and one unbroken line, 1 to 27 MB); builds at 10, 30 and 100 MB, a sharded
build, loading and querying the 100 MB graph. Run by scripts/bench.sh; prints
Markdown for BENCHMARKS.md (and writes it to target/bench-results.md). The binaries, corpora and
outputs are in Cargo's target directory: $CARGO_TARGET_DIR when set (as cargo reads it: relative
to the current directory), else target/ in the project.

Each figure is the median of --runs runs. Before each build the page cache's dirty pages
are flushed (`sync`) so that one run's writes do not slow the next.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = Path(os.environ["CARGO_TARGET_DIR"]).resolve() if os.environ.get("CARGO_TARGET_DIR") else ROOT / "target"
BIN = TARGET / "release" / "innograph"
GEN = TARGET / "release" / "examples" / "gen_corpus"
CORPORA = TARGET / "bench-corpus"
OUT = TARGET / "bench-out"
PY = ROOT / ".venv" / "bin" / "python"


def corpus(mb):
    path = CORPORA / str(mb)
    if not path.is_dir():
        subprocess.run([str(GEN), "--mb", str(mb), "--seed", "1", "--out", str(path)], check=True)
    return path


def size_mb(path):
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def timed(args, **kw):
    """Runs a command under /usr/bin/time -v: (wall seconds, peak RSS in MiB, stdout)."""
    r = subprocess.run(["/usr/bin/time", "-v", *map(str, args)], capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"failed: {args}\n{r.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", r.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    secs = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) == 3 else 0)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1)) / 1024
    return secs, rss, r.stdout


def build(mb, runs, extra=()):
    src = corpus(mb)
    out = OUT / f"build-{mb}"
    results = []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run(["sync"])
        results.append(timed([BIN, "build", src, "-o", out, *extra]))
    walls = sorted(r[0] for r in results)
    stdout = results[-1][2]
    quads = re.search(r"triples\s+(\d+) quads, and (\d+)", stdout)
    phases = re.search(r"phases\s+(.*)", stdout).group(1)
    return {
        "mb": size_mb(src), "wall": statistics.median(walls), "runs": walls,
        "rss": max(r[1] for r in results), "quads": int(quads.group(1)), "provenance": int(quads.group(2)),
        "entities": int(re.search(r"entities\s+(\d+)", stdout).group(1)), "phases": phases, "out": out,
    }


def sharded(mb, shards):
    src = corpus(mb)
    walls, rss = [], 0
    dirs = []
    subprocess.run(["sync"])
    for k in range(1, shards + 1):
        out = OUT / f"shard-{mb}-{k}"
        shutil.rmtree(out, ignore_errors=True)
        secs, r, _ = timed([BIN, "build", src, "-o", out, "-q", "--shard", f"{k}/{shards}"])
        walls.append(secs)
        rss = max(rss, r)
        dirs.append(out)
    merged = OUT / f"merged-{mb}"
    shutil.rmtree(merged, ignore_errors=True)
    msecs, mrss, _ = timed([BIN, "merge", "-o", merged, "-q", *dirs])
    same = all((merged / f).read_bytes() == (OUT / f"build-{mb}" / f).read_bytes() for f in ("graph.nq", "entities.jsonl"))
    return {"shards": walls, "merge": msecs, "rss": max(rss, mrss), "identical": same}


def cpu_timed(args):
    """Runs a command with its output thrown away: (wall seconds, CPU seconds, peak RSS MiB)."""
    started = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if r.returncode != 0:
        sys.exit(f"failed: {args}\n{r.stderr[-2000:]}")
    user, sys_, rss = r.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(sys_), int(rss) / 1024


def dev_repeated(mb):
    """The real dev documents (../shared/eval/dev/docs), copied under new names until they
    make `mb` MB: real text, at the size of a benchmark."""
    src = ROOT.parent / "shared" / "eval" / "dev" / "docs"
    out = CORPORA / f"dev-{mb}"
    if out.is_dir():
        return out
    docs = sorted(src.glob("*.txt"))
    if not docs:
        sys.exit(f"no dev documents in {src}")
    out.mkdir(parents=True)
    total, k = 0, 0
    while total < mb * 1_000_000:
        for d in docs:
            data = d.read_bytes()
            (out / f"{k:04d}-{d.name}").write_bytes(data)
            total += len(data)
        k += 1
    return out


def single_files(sizes):
    """One file per size of ordinary text (the benchmark corpus's documents run together)
    and one of the same text as a single line without sentence punctuation."""
    out = CORPORA / "single"
    out.mkdir(parents=True, exist_ok=True)
    biggest = max(sizes)
    src = corpus(max(1, biggest + 2))
    text = "".join(f.read_text(encoding="utf-8") + "\n" for f in sorted(src.glob("*.txt")))
    one = re.sub(r"[\n\r。；！？!?;]", "", text)
    files = {}
    for mb in sizes:
        for kind, body in (("ordinary", text), ("one-line", one)):
            path = out / f"{kind}-{mb}.txt"
            if not path.exists():
                data = body.encode("utf-8")[: mb * 1_000_000].decode("utf-8", "ignore")
                path.write_text(data, encoding="utf-8")
            files[(kind, mb)] = path
    return files


def extraction_section(say, peer_too=True):
    say("### Extraction per core, and the jieba peer on the same inputs")
    say()
    say("`innograph extract -j 1` (read, normalise, extract, resolve, print JSON lines to /dev/null) and")
    say("`scripts/peer_jieba.py` on the same folders, one after the other in this run. MB/s per")
    say("CPU-second counts user + system time, so it does not depend on what else the machine runs.")
    say()
    say("| input | MB | tool | wall | CPU s | MB per CPU-s | peak RSS | ratio to jieba |")
    say("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, folder in (("benchmark corpus", corpus(10)), ("dev set repeated", dev_repeated(10))):
        mb = size_mb(folder)
        wall, cpu, rss = cpu_timed([BIN, "extract", "-j", "1", folder])
        ours = mb / cpu
        peer_rate = None
        if peer_too:
            pwall, pcpu, prss = cpu_timed([PY, ROOT / "scripts" / "peer_jieba.py", folder])
            peer_rate = mb / pcpu
        ratio = f"{ours / peer_rate:.0f}x" if peer_rate else "-"
        say(f"| {label} | {mb:.1f} | innograph | {wall:.1f} s | {cpu:.1f} | {ours:.1f} | {rss:.0f} MiB | {ratio} |")
        if peer_rate:
            say(f"| {label} | {mb:.1f} | jieba peer | {pwall:.1f} s | {pcpu:.1f} | {peer_rate:.3f} | {prss:.0f} MiB | 1 |")
    say()
    sizes = [1, 2, 4, 8, 27]
    files = single_files(sizes)
    say("### Doubling series: one file each, `innograph extract -j 1 FILE`")
    say()
    say("| text | MB | wall | CPU s | s per MB | x previous | peak RSS |")
    say("| --- | --- | --- | --- | --- | --- | --- |")
    for kind in ("ordinary", "one-line"):
        previous = None
        for mb in sizes:
            wall, cpu, rss = cpu_timed([BIN, "extract", "-j", "1", files[(kind, mb)]])
            step = f"{cpu / previous[1]:.2f} for x{mb / previous[0]:.2f} input" if previous else "-"
            say(f"| {kind} | {mb} | {wall:.2f} s | {cpu:.2f} | {cpu / mb:.3f} | {step} | {rss:.0f} MiB |")
            previous = (mb, cpu)
    say()


def serve(data, provenance, runs=21):
    port = 7990
    args = [str(BIN), "serve", "--data", str(data), "--bind", f"127.0.0.1:{port}", "--timeout", "120", "--max-results", "10000000"]
    if provenance:
        args.append("--provenance")
    started = time.perf_counter()
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                sys.exit("serve exited")
            time.sleep(0.2)
    load = time.perf_counter() - started
    timings = {}
    for q in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        ts = []
        rows = 0
        for _ in range(runs):
            req = urllib.request.Request(base + "/sparql", data=urllib.parse.urlencode({"query": text}).encode(),
                                         headers={"Accept": "text/tab-separated-values", "Content-Type": "application/x-www-form-urlencoded"})
            t = time.perf_counter()
            with urllib.request.urlopen(req, timeout=300) as resp:
                body = resp.read()
            ts.append(time.perf_counter() - t)
            rows = body.count(b"\n") - 1
        timings[q.stem] = (statistics.median(ts) * 1000, max(ts) * 1000, rows)
    status = Path(f"/proc/{proc.pid}/status").read_text()
    hwm = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
    proc.terminate()
    proc.wait()
    return load, hwm, timings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="10,30,100")
    ap.add_argument("--no-provenance-serve", action="store_true")
    ap.add_argument("--extraction-only", action="store_true", help="only the extraction and doubling sections")
    a = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split(",")]
    lines = []
    say = lambda s="": (print(s, flush=True), lines.append(s))

    extraction_section(say)
    if a.extraction_only:
        (TARGET / "bench-results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    say("### End-to-end `build` (dumps written and synced)")
    say()
    say("| corpus | documents | entities | quads (query + provenance) | wall, median (runs) | s per MB | peak RSS | phases (last run) |")
    say("| --- | --- | --- | --- | --- | --- | --- | --- |")
    builds = {}
    for mb in sizes:
        b = build(mb, a.runs)
        builds[mb] = b
        docs = len(list(corpus(mb).glob("*.txt")))
        say(f"| {b['mb']:.0f} MB | {docs:,} | {b['entities']:,} | {b['quads']:,} + {b['provenance']:,} | {b['wall']:.1f} s ({', '.join(f'{w:.1f}' for w in b['runs'])}) "
            f"| {b['wall'] / b['mb']:.3f} | {b['rss']:.0f} MiB | {b['phases']} |")
    if len(sizes) > 1:
        lo, hi = builds[sizes[0]], builds[sizes[-1]]
        say()
        say(f"Time per MB at {sizes[-1]} MB is {100 * (hi['wall'] / hi['mb']) / (lo['wall'] / lo['mb']) - 100:+.0f}% of that at {sizes[0]} MB.")

    big = sizes[-1]
    say()
    say(f"### Sharded build of the {big} MB corpus (4 shards one after another, then merge)")
    say()
    s = sharded(big, 4)
    say("| shard walls | merge | total | peak RSS | merged = single build |")
    say("| --- | --- | --- | --- | --- |")
    say(f"| {', '.join(f'{w:.1f} s' for w in s['shards'])} | {s['merge']:.1f} s | {sum(s['shards']) + s['merge']:.1f} s | {s['rss']:.0f} MiB | {s['identical']} |")

    say()
    say(f"### Serving the {big} MB graph: README queries, one client, median of 21")
    say()
    modes = [(False, "query dump (graph.nq)")] + ([] if a.no_provenance_serve else [(True, "with provenance.nq")])
    for provenance, label in modes:
        load, hwm, timings = serve(builds[big]["out"], provenance)
        quads = builds[big]["quads"] + (builds[big]["provenance"] if provenance else 0)
        say(f"**{label}**: {quads:,} quads loaded in {load:.1f} s ({quads / load:,.0f} quads/s), peak RSS {hwm:,.0f} MiB")
        say()
        say("| query | p50 | max | rows |")
        say("| --- | --- | --- | --- |")
        for q, (p50, mx, rows) in timings.items():
            say(f"| {q} | {p50:.1f} ms | {mx:.1f} ms | {rows:,} |")
        say()
    (TARGET / "bench-results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
