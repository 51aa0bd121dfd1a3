#!/usr/bin/env bash
# The map page in a real browser: Debian's chromium, driven by playwright-core from npm, against
# `sitrep serve` on a fresh store. Leaves screenshots in ARTIFACTS (default build/test-artifacts).
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
# A failure picture from an earlier run would pass for this one's.
rm -f "$artifacts/failure.png"
source "$src/tests/server/serve.sh"
trap 'kill ${server:-} 2>/dev/null; rm -rf "$tmp"' EXIT
export SITREP_API_TOKEN=web-test-token-0123456789
start_server "$sitrep" "$tmp/serve.log" --db "$tmp/web.db"
grep -q "map page from" "$tmp/serve.log" || { cat "$tmp/serve.log"; echo "web: the server found no map page"; exit 1; }
# The bundled samples, articles in which a town changes hands (for the control layer), one with
# claimed and feared events and deaths (for the markers' styles) and one with no place (for the
# notice of events not drawn).
mkdir -p "$tmp/articles"
cp "$src"/samples/*.txt "$src"/tests/fixtures/store/reversal_*.txt "$src"/tests/fixtures/web/*.txt "$tmp/articles/"
CHROMIUM="$chromium" EXPECT_CONTROL_PLACES=1 node "$src/tests/web/browser_test.mjs" "http://127.0.0.1:$port" \
  "$tmp/articles" "$artifacts"
