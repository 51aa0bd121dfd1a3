#!/usr/bin/env bash
# Runs every test: installs and builds as setup does, runs the unit, golden and command-line
# tests with CTest, then runs each fuzz target for a short while.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
FUZZ_SECONDS="${FUZZ_SECONDS:-20}" scripts/fuzz.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
