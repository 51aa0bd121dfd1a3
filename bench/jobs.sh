#!/usr/bin/env bash
# Documents/s for `sitrep code` and for `sitrep ingest` into PostgreSQL with 1 and 2 jobs, and for
# two ingest processes sharing one store, on a real PostgreSQL server started for the run (fsync
# off, as in the tests: the figures are the coder's and the store's, not the disk's).
#   bench/jobs.sh [CORPUS.jsonl]     (default: build/bench/fakes.jsonl, which bench/run.sh makes)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-build/bench/fakes.jsonl}"
[ -f "$corpus" ] || { echo "bench: $corpus not found (bench/run.sh makes it)" >&2; exit 2; }
if [ -z "${SITREP_TEST_POSTGRES:-}" ]; then exec tests/store/with_postgres.sh "$0" "$corpus"; fi
cmake --build build --target sitrep lexicon gazetteer >/dev/null
docs=$(grep -c . "$corpus")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rate() {  # rate LABEL SECONDS
  python3 -c "import sys; d, s = $docs, float(sys.argv[2]); print(f'{sys.argv[1]}: {d} documents in {s:.2f} s, {d / s:.0f} documents/s')" "$@"
}
timed() {  # timed COMMAND...: its wall seconds (its own output discarded)
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
fresh() { PGOPTIONS="-c client_min_messages=warning" psql -X -q "$SITREP_TEST_POSTGRES" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null; }
echo "corpus: $docs documents; $(nproc) cores"
build/sitrep code --jobs 1 "$corpus" >/dev/null 2>&1  # the gazetteer and lexicon in the page cache
for jobs in 1 2; do
  rate "code --jobs $jobs" "$(timed build/sitrep code --jobs "$jobs" "$corpus")"
done
for jobs in 1 2; do
  fresh
  rate "ingest into PostgreSQL --jobs $jobs" \
    "$(timed build/sitrep ingest --db "$SITREP_TEST_POSTGRES" --jobs "$jobs" "$corpus")"
done
# Two processes, each on every other line, at once: the store's locks are the only thing shared.
awk 'NR % 2 == 1' "$corpus" >"$tmp/odd.jsonl"
awk 'NR % 2 == 0' "$corpus" >"$tmp/even.jsonl"
fresh
two() {
  build/sitrep ingest --db "$SITREP_TEST_POSTGRES" --jobs 1 "$tmp/odd.jsonl" &
  build/sitrep ingest --db "$SITREP_TEST_POSTGRES" --jobs 1 "$tmp/even.jsonl"
  wait
}
rate "ingest into PostgreSQL, two processes of one job" "$(timed two)"
psql -X -At "$SITREP_TEST_POSTGRES" -c "SELECT 'store: ' || (SELECT COUNT(*) FROM documents) || ' documents, ' ||
  (SELECT COUNT(*) FROM events) || ' events, ' || (SELECT COUNT(*) FROM reports) || ' reports'"
