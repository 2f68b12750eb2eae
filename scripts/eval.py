#!/usr/bin/env python3
"""Scores extraction on the dev set, both halves, and the dev document; cross-document
identity on the xdoc set. Needs ../shared (see ../shared/README.md).

usage: scripts/eval.py [--bin target/release/innograph] [--rules EXTRA.toml]... [--verbose tune|check|all] [--json]

--rules tries a rules file on top of the built-in rules without a rebuild.

The dev set is split into two fixed halves by file name: tune = names starting a-n (study
its misses), check = o-z (confirm on it). A change that helps tune but not check is fitting.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


def half_of(name):
    return "tune" if name[0].lower() <= "n" else "check"


EXTRA = []


def run_extract(binary, docs):
    out = subprocess.run([binary, "extract", *map(str, docs), "--format", "jsonl", *EXTRA], capture_output=True, check=True)
    return out.stdout


def score(gold_dir, pred_file, verbose=False):
    args = [sys.executable, str(EVAL / "score.py"), str(gold_dir), str(pred_file), "--json"]
    res = json.loads(subprocess.run(args, capture_output=True, check=True, text=True).stdout)
    text = None
    if verbose:
        text = subprocess.run(args[:-1] + ["--verbose"], capture_output=True, check=True, text=True).stdout
    return res, text


def table(rows, title):
    lines = [f"{title}", f"{'type':12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for t in ("Enterprise", "Platform", "Program", "Agency", "micro", "relations"):
        v = rows[t]
        lines.append(f"{t:12}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}{v['tp']:5}{v['fp']:5}{v['fn']:5}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "innograph"))
    ap.add_argument("--verbose", choices=["tune", "check", "all"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rules", action="append", default=[], help="extra rules file, applied after the built-in ones")
    args = ap.parse_args()
    for r in args.rules:
        EXTRA.extend(["--rules", r])
    dev = EVAL / "dev"
    docs = sorted((dev / "docs").glob("*.txt"))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pred = tmp / "dev.jsonl"
        pred.write_bytes(run_extract(args.bin, docs))
        for half in ("all", "tune", "check"):
            gdir = tmp / f"gold-{half}"
            gdir.mkdir()
            for g in sorted((dev / "gold").glob("*.gold.json")):
                if half == "all" or half_of(g.name) == half:
                    os.symlink(g, gdir / g.name)
            res, text = score(gdir, pred, verbose=args.verbose == half)
            results[half] = res
            if text:
                print(text)
        sample = tmp / "sample.jsonl"
        sample.write_bytes(run_extract(args.bin, sorted((SHARED / "corpus").glob("*.txt"))))
        results["dev-document"], _ = score(EVAL, sample)
        xdoc = EVAL / "xdoc"
        if xdoc.exists():
            out = tmp / "xdoc-out"
            subprocess.run([args.bin, "build", str(xdoc / "docs"), "--out", str(out), *EXTRA], capture_output=True, check=False)
            per_doc = tmp / "xdoc.jsonl"
            per_doc.write_bytes(run_extract(args.bin, sorted((xdoc / "docs").glob("*.txt"))))
            results["xdoc-documents"], _ = score(xdoc / "gold", per_doc)
            g = subprocess.run([sys.executable, str(EVAL / "score_graph.py"), str(xdoc / "gold"), str(out / "entities.jsonl")], capture_output=True, text=True)
            results["xdoc"] = g.stdout.strip()
    if args.json:
        print(json.dumps({k: v if isinstance(v, str) else v["types"] for k, v in results.items()}, ensure_ascii=False))
        return
    for half, title in (("all", "dev set, 30 documents"), ("tune", "tune half (a-n, 15 documents)"), ("check", "check half (o-z, 15 documents)"), ("dev-document", "dev document (../shared/eval)"), ("xdoc-documents", "xdoc documents, scored one by one")):
        if half not in results:
            continue
        print(table(results[half]["types"], title))
        print()
    if "xdoc" in results:
        print("xdoc (cross-document identity):")
        print(results["xdoc"])


if __name__ == "__main__":
    main()
