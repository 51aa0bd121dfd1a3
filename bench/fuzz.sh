#!/usr/bin/env bash
# Runs every libFuzzer target (AddressSanitizer and UndefinedBehaviorSanitizer, built by
# scripts/build_fuzz.sh) for SECONDS each, default 300, and prints per target the inputs executed
# and the findings: crashes (undefined behaviour included: it halts here), memory limits and
# timeouts, each input saved in build-fuzz/findings/TARGET/, and the distinct sanitizer reports.
# Unlike CI's short runs (scripts/fuzz.sh), a finding does not end the run: libFuzzer's fork mode
# goes on past it. The corpora grow from run to run in build-fuzz/corpus/.
#   bench/fuzz.sh [SECONDS] [TARGET...]     e.g. bench/fuzz.sh 60 stored_event jsonl_reader
# Exit status 1 when anything was found.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift $(($# > 0 ? 1 : 0))
scripts/build_fuzz.sh >/dev/null || { echo "fuzz: the build failed" >&2; exit 2; }

targets=()
for name in "$@"; do targets+=("fuzz_${name#fuzz_}"); done
((${#targets[@]})) || for target in build-fuzz/tests/fuzz/fuzz_*; do targets+=("$(basename "$target")"); done

printf "%-22s %8s %12s %8s %8s %8s %8s\n" target seconds executions exec/s crashes ooms timeouts
total=0
for name in "${targets[@]}"; do
  findings="build-fuzz/findings/$name"
  log="build-fuzz/fuzz-long-$name.log"
  rm -rf "$findings"
  mkdir -p "$findings" "build-fuzz/corpus/$name"
  (cd build-fuzz && UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
     SITREP_LEXICON="$PWD/lexicon.bin" SITREP_GAZETTEER="$PWD/mini_gazetteer.bin" \
     "./tests/fuzz/$name" -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
     -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=30 \
     -artifact_prefix="findings/$name/" "corpus/$name" >"fuzz-long-$name.log" 2>&1)
  # Fork mode's progress lines: "#EXECUTIONS: cov: ... exec/s N oom/timeout/crash: O/T/C time: Ss".
  last=$(grep -E "^#[0-9]+: cov:" "$log" | tail -n 1)
  executions=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
  rate=$(sed -nE 's/.*exec\/s:? ([0-9]+).*/\1/p' <<<"$last")
  crashes=$(find "$findings" -name 'crash-*' | wc -l)
  ooms=$(find "$findings" -name 'oom-*' | wc -l)
  timeouts=$(find "$findings" -name 'timeout-*' | wc -l)
  printf "%-22s %8s %12s %8s %8s %8s %8s\n" "${name#fuzz_}" "$seconds" "${executions:-?}" "${rate:-?}" \
    "$crashes" "$ooms" "$timeouts"
  total=$((total + crashes + ooms + timeouts))
  # Each distinct report once, by running the target again on (at most 20 of) the inputs found.
  find "$findings" -type f | head -n 20 | while read -r input; do
    (cd build-fuzz && UBSAN_OPTIONS=halt_on_error=1 SITREP_LEXICON="$PWD/lexicon.bin" \
       SITREP_GAZETTEER="$PWD/mini_gazetteer.bin" timeout 60 "./tests/fuzz/$name" "../$input" 2>&1) |
      grep -m 1 -E "^SUMMARY: " || echo "no report when run again (flaky, or slow only under fork mode)"
  done | sort | uniq -c | sed 's/^/    /'
done
echo "fuzz: $total findings (inputs in build-fuzz/findings/, logs in build-fuzz/fuzz-long-*.log)"
[ "$total" -eq 0 ]
