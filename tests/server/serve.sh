# Sourced by the API, browser and load scripts: starts `sitrep serve` in the background on a free
# loopback port, logging to LOG, and sets $server (its pid) and $port, or exits when it does not
# come up within 10 seconds.
#   start_server SITREP LOG [SERVE OPTIONS...]
start_server() {
  local sitrep="$1" log="$2"
  shift 2
  "$sitrep" serve --port 0 "$@" 2>"$log" &
  server=$!
  port=""
  for _ in $(seq 100); do
    port=$(sed -n 's/.*on http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$log")
    [ -n "$port" ] && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  cat "$log" >&2
  echo "the server did not start" >&2
  exit 1
}
