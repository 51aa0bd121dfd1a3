#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for FUZZ_SECONDS (default
# 60), starting from the seed inputs in tests/fuzz/corpus/. Any crash fails the script and leaves
# the crashing input in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSITREP_FUZZ=ON -DSITREP_TESTS=OFF -DSITREP_BENCH=OFF >/dev/null
cmake --build build-fuzz --target fuzz_targets lexicon sitrep
# A small gazetteer, compiled from the test fixture, seeds the index target.
build-fuzz/sitrep gazetteer compile --supplement tests/fixtures/geo -o build-fuzz/mini_gazetteer.bin >/dev/null

for target in build-fuzz/tests/fuzz/fuzz_*; do
  name=$(basename "$target")
  corpus="build-fuzz/corpus/$name"
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"${name#fuzz_}"/* "$corpus"/ 2>/dev/null || true
  [ "$name" != fuzz_lexicon_binary ] || cp build-fuzz/lexicon.bin "$corpus"/compiled.bin
  [ "$name" != fuzz_gazetteer_index ] || cp build-fuzz/mini_gazetteer.bin "$corpus"/compiled.bin
  echo "fuzz: $name for ${seconds}s"
  (cd build-fuzz && SITREP_LEXICON="$PWD/lexicon.bin" SITREP_GAZETTEER="$PWD/mini_gazetteer.bin" "./tests/fuzz/$name" -max_total_time="$seconds" \
     -max_len=65536 -rss_limit_mb=4096 -print_final_stats=0 "corpus/$name" 2>"fuzz-$name.log") || {
    tail -n 40 "build-fuzz/fuzz-$name.log"
    echo "fuzz: $name found a crash (input saved in build-fuzz/)"
    exit 1
  }
  grep -E "^#[0-9]+ +DONE" "build-fuzz/fuzz-$name.log" | tail -n 1 || true
done
