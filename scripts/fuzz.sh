#!/usr/bin/env bash
# Builds the libFuzzer targets (scripts/build_fuzz.sh) and runs each for FUZZ_SECONDS (default
# 60), starting from the seed inputs in tests/fuzz/corpus/. Any crash fails the script and leaves
# the crashing input in build-fuzz/. Longer runs that go on past a finding: bench/fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"

scripts/build_fuzz.sh

for target in build-fuzz/tests/fuzz/fuzz_*; do
  name=$(basename "$target")
  echo "fuzz: $name for ${seconds}s"
  (cd build-fuzz && SITREP_LEXICON="$PWD/lexicon.bin" SITREP_GAZETTEER="$PWD/mini_gazetteer.bin" "./tests/fuzz/$name" -max_total_time="$seconds" \
     -max_len=65536 -rss_limit_mb=4096 -print_final_stats=0 "corpus/$name" 2>"fuzz-$name.log") || {
    tail -n 40 "build-fuzz/fuzz-$name.log"
    echo "fuzz: $name found a crash (input saved in build-fuzz/)"
    exit 1
  }
  grep -E "^#[0-9]+[[:space:]]+DONE" "build-fuzz/fuzz-$name.log" | tail -n 1 || true
done
