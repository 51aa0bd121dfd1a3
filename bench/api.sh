#!/usr/bin/env bash
# Load on the HTTP API: wrk against GET /v1/events on a store of 100,000 synthetic events (built by
# store_bench when missing), with as many connections as the server has threads; prints requests/s,
# p50 and p99 latency and errors per endpoint.
#   bench/api.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
threads=8
cmake --build build --target sitrep store_bench >/dev/null
db=build/bench/store_bench.db
[ -f "$db" ] || build/bench/store_bench --events 100000 --db "$db" --runs 1 >/dev/null
log=$(mktemp)
source tests/server/serve.sh
trap 'kill ${server:-} 2>/dev/null; rm -f "$log"' EXIT
start_server build/sitrep "$log" --db "$db" --threads $threads
events=$(curl -s "localhost:$port/v1/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["store"]["events"])')
echo "api: $events events in $db, server with $threads threads, wrk with $threads connections for ${seconds}s"
for path in "/v1/events" "/v1/events?since=2022-03-01&until=2022-03-07&limit=1000" \
            "/v1/events?country=SD&since=2022-03-01&until=2022-03-31" "/v1/control?at=2022-06-30"; do
  out=$(wrk -t 2 -c $threads -d "${seconds}s" --latency "http://127.0.0.1:$port$path")
  python3 - "$path" <<PY
import re, sys
out = """$out"""
rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
p50 = re.search(r"\s50%\s+(\S+)", out).group(1)
p99 = re.search(r"\s99%\s+(\S+)", out).group(1)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
sock = re.search(r"Socket errors: (.*)", out)
errors = (int(non2xx.group(1)) if non2xx else 0)
print(f"GET {sys.argv[1]}: {float(rps):.0f} requests/s, p50 {p50}, p99 {p99}, "
      f"non-2xx {errors}, socket errors {sock.group(1) if sock else 'none'}")
PY
done
