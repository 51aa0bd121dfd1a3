#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# build-fuzz/, and gives each its corpus in build-fuzz/corpus/NAME: the seeds of
# tests/fuzz/corpus/, plus a compiled lexicon and a small gazetteer for the binary-index targets.
# Used by scripts/fuzz.sh (CI's short runs) and bench/fuzz.sh (long runs).
set -euo pipefail
cd "$(dirname "$0")/.."

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
done
