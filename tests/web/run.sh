#!/usr/bin/env bash
# The map page in a real browser: Debian's chromium, driven by playwright-core from npm, against
# `sitrep serve` on a fresh store. Leaves a screenshot in ARTIFACTS (default build/test-artifacts).
#   tests/web/run.sh SITREP SOURCE_DIR [ARTIFACTS]
set -uo pipefail
sitrep="$1"
src="$2"
artifacts="${3:-$src/build/test-artifacts}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "web: $chromium is missing (scripts/setup.sh installs chromium)"; exit 1; }
[ -d "$src/node_modules/playwright-core" ] || { echo "web: playwright-core is missing (scripts/setup.sh runs npm ci)"; exit 1; }
tmp=$(mktemp -d)
mkdir -p "$artifacts"
"$sitrep" serve --db "$tmp/web.db" --port 0 2>"$tmp/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do
  port=$(sed -n 's/.*on http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$tmp/serve.log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$tmp/serve.log"; echo "web: the server did not start"; exit 1; }
grep -q "map page from" "$tmp/serve.log" || { cat "$tmp/serve.log"; echo "web: the server found no map page"; exit 1; }
# The bundled samples, and articles in which a town changes hands, for the control layer.
mkdir -p "$tmp/articles"
cp "$src"/samples/*.txt "$src"/tests/fixtures/store/reversal_*.txt "$tmp/articles/"
CHROMIUM="$chromium" EXPECT_CONTROL_PLACES=1 node "$src/tests/web/browser_test.mjs" "http://127.0.0.1:$port" \
  "$tmp/articles" "$artifacts"
