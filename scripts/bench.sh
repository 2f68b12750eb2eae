#!/usr/bin/env bash
# The benchmarks, from one command (never part of the test suite): builds the release
# binary and the corpus generator, installs the jieba peer in the project virtualenv, runs
# the stage benchmarks (criterion) and the whole-process ones (scripts/bench.py), and
# leaves the figures in target/criterion and target/bench-results.md for BENCHMARKS.md
# (target/ is $CARGO_TARGET_DIR when that is set).
#   scripts/bench.sh            everything (about 20 minutes on the 2-core machine)
#   scripts/bench.sh --quick    whole-process only, 10 and 30 MB, one run each
#   scripts/bench.sh --extraction   extraction per core, the jieba peer, the doubling series
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked
cargo build --release --locked --example gen_corpus --example throughput
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check "jieba==0.42.1"

if [ "${1:-}" = "--extraction" ]; then
  python3 scripts/bench.py --extraction-only
  exit
fi
if [ "${1:-}" = "--quick" ]; then
  python3 scripts/bench.py --runs 1 --sizes 10,30 --no-provenance-serve
  exit
fi
echo "== extraction throughput, one core"
target="${CARGO_TARGET_DIR:-target}"
[ -d "$target/bench-corpus/10" ] || "$target/release/examples/gen_corpus" --mb 10 --seed 1 --out "$target/bench-corpus/10"
"$target/release/examples/throughput" "$target/bench-corpus/10" 1
echo "== stage benchmarks (criterion)"
cargo bench --locked --bench pipeline
echo "== whole-process benchmarks"
python3 scripts/bench.py
