#!/usr/bin/env bash
# Runs every example of docs/API.md against `sitrep serve` on a fresh store, in order, checking the
# status each example says it answers and that every answer is JSON; then writes (refused ones
# leave the store as it was), 100 KB bodies, the limits (body size, a busy server) and a clean
# stop. Slow and hostile clients: slow_clients.py.
#   tests/server/run.sh SITREP SOURCE_DIR [STORE]   (STORE: a postgresql:// URL; default a SQLite file)
set -uo pipefail
sitrep="$1"
src="$2"
tmp=$(mktemp -d)
store="${3:-$tmp/api.db}"
failed=0
fail() { echo "FAILED: $*"; failed=$((failed + 1)); }

source "$src/tests/server/serve.sh"
trap 'kill ${server:-} 2>/dev/null; rm -rf "$tmp"' EXIT
export SITREP_API_TOKEN=test-token-0123456789abcdef
start_server "$sitrep" "$tmp/serve.log" --db "$store" --threads 2 --max-queued 2 --max-body 150000

# `curl ... # → NNN` in the document becomes `expect NNN curl ...`.
expect() {
  local want="$1"
  shift
  local got
  got=$("$@" -o "$tmp/body" -w '%{http_code}')
  if [ "$got" != "$want" ]; then
    fail "$* answered $got, docs/API.md says $want: $(head -c 300 "$tmp/body")"
  elif [[ "$*" == *format=csv* ]]; then
    python3 -c 'import csv, sys; assert next(csv.reader(open(sys.argv[1], encoding="utf-8")))[0] == "event_id_cnty"' \
      "$tmp/body" 2>/dev/null || fail "$* did not answer CSV in ACLED's columns: $(head -c 300 "$tmp/body")"
  elif ! python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/body" 2>/dev/null; then
    fail "$* did not answer JSON: $(head -c 300 "$tmp/body")"
  fi
}
python3 - "$src/docs/API.md" "$port" >"$tmp/examples.sh" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
port = sys.argv[2]
for block in re.findall(r"```sh\n(.*?)```", text, re.S):
    for line in block.splitlines():
        if "sitrep serve" in line or "SITREP_API_TOKEN=" in line:
            continue
        line = line.replace("localhost:8080", "localhost:" + port)
        m = re.match(r"(curl .*?)\s+# → (\d{3})$", line)
        print(f"expect {m.group(2)} {m.group(1)}" if m else line)
PY
examples=$(grep -c '^expect' "$tmp/examples.sh")
[ "$examples" -ge 15 ] || fail "docs/API.md has only $examples checked examples"
source "$tmp/examples.sh"

# Merged reports: the French and the English report of one capture are one event.
count=$(curl -s "localhost:$port/v1/events?cameo=192" | python3 -c 'import json, sys; print(json.load(sys.stdin)["events"][0]["report_count"])')
[ "$count" = 2 ] || fail "the two reports of Kidal's capture are not one event (report_count=$count)"

# format=csv answers what `sitrep events --format csv` writes, with the same filters.
for filters in "country=Mali" "country=ML&all_statuses=true"; do
  args=(--country "${filters%%&*}")
  args[1]="${args[1]#country=}"
  [[ "$filters" == *all_statuses* ]] && args+=(--all-statuses)
  curl -s "localhost:$port/v1/events?$filters&format=csv" >"$tmp/api.csv"
  "$sitrep" events --db "$store" --format csv "${args[@]}" >"$tmp/cli.csv"
  cmp -s "$tmp/api.csv" "$tmp/cli.csv" || fail "GET /v1/events?$filters&format=csv differs from sitrep events --format csv ${args[*]}"
done
[ "$(wc -l <"$tmp/cli.csv")" -gt 1 ] || fail "no event of Mali to export in CSV"

# min_fatalities filters, and `total` counts every match whatever the page.
curl -s -X POST "localhost:$port/v1/documents" -H "Authorization: Bearer $SITREP_API_TOKEN" -H 'Content-Type: application/json' \
  -d '{"id": "deaths-1", "date": "2024-02-10", "lang": "en", "text": "Rebels attacked the town of Mahagi on Friday, killing 12 civilians, officials said."}' >/dev/null
total() { curl -s "localhost:$port/v1/events?$1" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["total"], d["count"])'; }
# An attack with no place: counted in `count` and `total`, with no feature in GeoJSON.
curl -s -X POST "localhost:$port/v1/documents" -H "Authorization: Bearer $SITREP_API_TOKEN" -H 'Content-Type: application/json' \
  -d '{"id": "nowhere-1", "date": "2024-02-11", "lang": "en", "text": "Gunmen attacked a village on Friday, killing 5 people, officials said."}' >/dev/null
curl -s "localhost:$port/v1/events?format=geojson&limit=1000" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["count"] == d["total"] and len(d["features"]) < d["count"], (d["count"], d["total"], len(d["features"]))
' || fail "GET /v1/events?format=geojson does not count the events with no place in count and total"
read -r all all_page <<<"$(total "limit=1")"
[ "$all" -gt 1 ] && [ "$all_page" = 1 ] || fail "GET /v1/events?limit=1 gives total=$all count=$all_page: total must count every match"
read -r geo_all _ <<<"$(total "limit=1&format=geojson")"
[ "$geo_all" = "$all" ] || fail "format=geojson gives total=$geo_all, the JSON $all"
curl -s "localhost:$port/v1/events?order=newest&limit=1000" | python3 -c '
import json, sys
starts = [e["date"]["start"] for e in json.load(sys.stdin)["events"]]
assert len(starts) > 1 and starts == sorted(starts, reverse=True), starts
' || fail "order=newest does not give the latest events first"
read -r none _ <<<"$(total "min_fatalities=100000")"
[ "$none" = 0 ] || fail "min_fatalities=100000 matches $none events"
read -r zero _ <<<"$(total "min_fatalities=0")"
[ "$zero" = "$all" ] || fail "min_fatalities=0 matches $zero events of $all"
deadly=$(curl -s "localhost:$port/v1/events?min_fatalities=10&limit=1000" | python3 -c '
import json, sys
events = json.load(sys.stdin)["events"]
assert all((e.get("fatalities") or 0) >= 10 for e in events), "an event with fewer than 10 deaths"
print(len(events))') || fail "min_fatalities=10 answered an event with fewer deaths"
[ "$deadly" -ge 1 ] || fail "the attack on Mahagi that killed 12 is not among min_fatalities=10"

# Place names: the capitals, then the most populous places in the box; Bunia is in Ituri's.
curl -s "localhost:$port/v1/places?bbox=29,0,31,2&min_population=50000&limit=10" | python3 -c '
import json, sys
places = json.load(sys.stdin)["places"]
names = [p["name"] for p in places]
assert "Bunia" in names and "Beni" in names, names
assert all(29 <= p["lon"] <= 31 and 0 <= p["lat"] <= 2 for p in places), "a place outside the box"
assert all(p["population"] >= 50000 or p["feature_code"] == "PPLC" for p in places), "a place under the threshold"
towns = [p["population"] for p in places if p["feature_code"] != "PPLC"]
assert towns == sorted(towns, reverse=True), "not most populous first"
assert len(names) == len(set(names)), "a place named twice: %s" % names
' || fail "GET /v1/places for Ituri"
curl -s "localhost:$port/v1/places?bbox=-180,-85,180,85&limit=30" | python3 -c '
import json, sys
places = json.load(sys.stdin)["places"]
assert len(places) == 30 and all(p["feature_code"] == "PPLC" for p in places), [p["name"] for p in places]
' || fail "GET /v1/places for the world does not give 30 capitals"
# Its latency, on the gazetteer the server codes with: the world, a region, and open sea (the
# whole index scanned for nothing).
for query in "bbox=-180,-85,180,85&min_population=1000000&limit=60" "bbox=26,-6,32,2&min_population=20000&limit=60" \
  "bbox=-30,-50,-20,-40&min_population=1000&limit=60"; do
  slowest=$(for i in $(seq 20); do curl -s -o /dev/null -w '%{time_total}\n' "localhost:$port/v1/places?$query"; done | sort -n | tail -1)
  echo "server: GET /v1/places?$query: slowest of 20 ${slowest}s"
  python3 -c "import sys; sys.exit(float('$slowest') > 0.5)" || fail "GET /v1/places?$query took ${slowest}s"
done

# Writes: refused ones leave the store as it was; a correct one is stored.
documents() { curl -s "localhost:$port/v1/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["store"]["documents"])'; }
before=$(documents)
write='{"id": "write-check", "lang": "en", "text": "Malian troops retook the town of Kidal on Tuesday."}'
expect 403 curl -s -X POST "localhost:$port/v1/documents" -H 'Origin: http://evil.example' -H 'Content-Type: text/plain' \
  -H "Authorization: Bearer $SITREP_API_TOKEN" -d "$write"
expect 403 curl -s -X POST "localhost:$port/v1/documents" -H 'Origin: http://evil.example' -H 'Content-Type: text/plain' -d "$write"
expect 401 curl -s -X POST "localhost:$port/v1/documents" -H 'Content-Type: application/json' -d "$write"
expect 401 curl -s -X POST "localhost:$port/v1/documents" -H 'Authorization: Bearer wrong-token-0123456789' \
  -H 'Content-Type: application/json' -d "$write"
expect 415 curl -s -X POST "localhost:$port/v1/documents" -H "Authorization: Bearer $SITREP_API_TOKEN" -d "$write"
[ "$(documents)" = "$before" ] || fail "refused writes changed the store: $before documents before, $(documents) after"
expect 201 curl -s -X POST "localhost:$port/v1/documents" -H "Authorization: Bearer $SITREP_API_TOKEN" \
  -H 'Content-Type: application/json' -H "Origin: http://localhost:$port" -d "$write"
[ "$(documents)" = $((before + 1)) ] || fail "a correct write was not stored"
grep -qi 'Access-Control-Allow' <(curl -s -i -X OPTIONS "localhost:$port/v1/documents" -H 'Origin: http://evil.example') &&
  fail "the server answers CORS headers"

# Bodies of 100 KB, as curl -d sends them (a form type) and as JSON: httplib refused form bodies
# over 8 KiB with 413 when it read them itself.
python3 -c 'import json; print(json.dumps({"id": "long-1", "lang": "en", "text": " ".join(["The army retook the town of Kidal from the rebels on Tuesday, officials said."] * 1300)}))' >"$tmp/100k.json"
[ "$(stat -c %s "$tmp/100k.json")" -gt 100000 ] || fail "the 100 KB body is smaller than 100 KB"
expect 200 curl -s -X POST "localhost:$port/v1/code" -d @"$tmp/100k.json"
expect 201 curl -s -X POST "localhost:$port/v1/documents" -H "Authorization: Bearer $SITREP_API_TOKEN" \
  -H 'Content-Type: application/json' -d @"$tmp/100k.json"

# Limits: a body over --max-body, and more requests at once than threads and queue take.
head -c 200000 /dev/zero | tr '\0' 'a' >"$tmp/big"
expect 413 curl -s -X POST "localhost:$port/v1/code" --data-binary @"$tmp/big"
# Each request codes a long text, so that the twelve overlap even when a loaded machine is slow to
# start them (with one short sentence each could finish before the next arrives).
python3 -c 'import json; print(json.dumps({"lang": "en", "text": " ".join(["The army retook the town of Kidal from the rebels on Tuesday, officials said."] * 1000)}))' >"$tmp/long.json"
for i in $(seq 12); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "localhost:$port/v1/code" --data-binary @"$tmp/long.json" &
done >"$tmp/burst"
wait $(jobs -p | grep -v "^$server$") 2>/dev/null
grep -qx 503 "$tmp/burst" || fail "12 requests at once on 2 threads and a queue of 2: none was refused ($(sort "$tmp/burst" | uniq -c | tr '\n' ' '))"
grep -qx 200 "$tmp/burst" || fail "12 requests at once: none was served"
expect 200 curl -s "localhost:$port/v1/health"

kill -TERM $server
wait $server
rc=$?
[ $rc -eq 0 ] || fail "the server exited $rc on SIGTERM"
grep -q "stopped" "$tmp/serve.log" || fail "the server did not say it stopped"
echo "server: $examples examples of docs/API.md, $failed failed"
[ $failed -eq 0 ]
