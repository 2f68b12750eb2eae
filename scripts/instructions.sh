#!/usr/bin/env bash
# Instruction counts of one binary, whole process, single-threaded, under callgrind: the
# figures BENCHMARKS.md compares between a session's start and end (instructions do not
# vary with the load of a shared machine as seconds do). Never part of the test suite.
#   scripts/instructions.sh BIN TAG     writes target/instructions/TAG-{dev,corpus,start}.out
# and prints the three totals. The inputs: the dev set (../shared/eval/dev/docs), the
# benchmark corpus of `gen_corpus --mb 10 --seed 1`, and one sentence (start-up: rules
# compiled and automata built).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1"); tag=$2
target="${CARGO_TARGET_DIR:-target}"
out="$target/instructions"; mkdir -p "$out"
corpus="$target/bench-corpus/10"
if [ ! -d "$corpus" ]; then
  cargo build --release --locked --example gen_corpus
  "$target/release/examples/gen_corpus" --mb 10 --seed 1 --out "$corpus"
fi
sentence="$out/start.txt"
printf '宜昌市科技局组织申报项目。\n' > "$sentence"
for input in dev:../shared/eval/dev/docs corpus:$corpus start:$sentence; do
  name=${input%%:*}; path=${input#*:}
  valgrind --tool=callgrind --callgrind-out-file="$out/$tag-$name.out" \
    "$bin" extract -j 1 "$path" --format jsonl > /dev/null 2> "$out/$tag-$name.log"
  total=$(grep -m1 '^summary:' "$out/$tag-$name.out" | awk '{print $2}')
  printf '%-7s %s %d instructions\n' "$name" "$tag" "$total"
done
