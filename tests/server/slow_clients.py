#!/usr/bin/env python3
"""Hostile and slow clients against `sitrep serve`: more slow connections than threads and queue
(slowloris), a TLS hello, an over-limit Content-Length, and bodies that stall, while the health
check and ordinary requests must still answer within a couple of seconds. Every slow client must
be cut within its deadline. The deadlines are short here (2 s for headers, 3 s for a body); the
bounds checked are generous, for a loaded machine.

  tests/server/slow_clients.py SITREP
"""
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

SITREP = sys.argv[1]
HEADER_TIMEOUT, BODY_TIMEOUT = 2, 3
THREADS, QUEUED = 2, 2
ANSWER_WITHIN = 2.0   # seconds for the health check or a GET while slow clients are connected
SLACK = 3.0           # past a deadline, for the server to cut a client on a loaded machine
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def start_server(work):
    log = open(os.path.join(work, "serve.log"), "w+")
    server = subprocess.Popen(
        [SITREP, "serve", "--port", "0", "--db", os.path.join(work, "slow.db"), "--threads", str(THREADS),
         "--max-queued", str(QUEUED), "--header-timeout", str(HEADER_TIMEOUT), "--timeout", str(BODY_TIMEOUT)],
        stderr=log)
    for _ in range(200):
        log.seek(0)
        m = re.search(r"127\.0\.0\.1:(\d+)/", log.read())
        if m:
            return server, int(m.group(1))
        if server.poll() is not None:
            break
        time.sleep(0.05)
    log.seek(0)
    sys.exit("the server did not start: " + log.read())


def connect(port):
    return socket.create_connection(("127.0.0.1", port), timeout=10)


def timed_get(port, path):
    """(status, seconds) of a GET on a new connection, or (None, seconds) when it did not answer."""
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=ANSWER_WITHIN + SLACK) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            head = s.recv(64)
        status = int(head.split()[1]) if head.startswith(b"HTTP/1.1 ") else None
    except OSError:
        status = None
    return status, time.monotonic() - start


def seconds_until_closed(s, limit):
    """Seconds until the server closes `s` (whatever it answers first), or None past `limit`."""
    start = time.monotonic()
    s.settimeout(0.2)
    while time.monotonic() - start < limit:
        try:
            if s.recv(4096) == b"":
                return time.monotonic() - start
        except socket.timeout:
            continue
        except OSError:  # reset
            return time.monotonic() - start
    return None


def answer(s, limit):
    """The status line of what the server answers on `s` within `limit` seconds, or None."""
    s.settimeout(limit)
    try:
        return s.recv(4096).split(b"\r\n")[0].decode()
    except OSError:
        return None


def trickle(s, stop):
    """Slowloris: a header line every half second, never the end of the headers."""
    n = 0
    while not stop.is_set():
        try:
            s.sendall(f"X-Slow-{n}: {n}\r\n".encode())
        except OSError:
            return
        n += 1
        stop.wait(0.5)


def main():
    with tempfile.TemporaryDirectory() as work:
        server, port = start_server(work)
        try:
            run(port)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"slow clients: {len(failures)} failed")
    sys.exit(1 if failures else 0)


def run(port):
    # More slow connections than threads and queue: some trickle header lines, some sent half a
    # request line and then nothing.
    count = 2 * (THREADS + QUEUED + 1)
    stop = threading.Event()
    slow = []
    for i in range(count):
        s = connect(port)
        s.sendall(b"GET /v1/health HTTP/1.1\r\n" if i % 2 else b"GET /v1/ev")
        if i % 2:
            threading.Thread(target=trickle, args=(s, stop), daemon=True).start()
        slow.append(s)
    # A Content-Length over --max-body: 413 before the body, which never comes, with no thread kept.
    big = connect(port)
    big.sendall(b"POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 1000000000\r\n\r\n")
    start = time.monotonic()
    line = answer(big, 2 + SLACK)
    check(line is not None and " 413 " in line and time.monotonic() - start < 2,
          f"an over-limit Content-Length is answered 413 at once ({line!r}, {time.monotonic() - start:.2f} s)")


    # Stalled bodies, which a thread reads, until their deadline: they keep both threads busy.
    stalled = []
    for _ in range(THREADS):
        s = connect(port)
        s.sendall(b"POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n{\"text\": \"The army")
        stalled.append(s)
    time.sleep(0.3)
    opened = time.monotonic()

    status, took = timed_get(port, "/v1/health")
    check(status == 200 and took < ANSWER_WITHIN,
          f"with {count} slow clients and {THREADS} stalled bodies, /v1/health answers ({status}, {took:.2f} s)")

    # A TLS hello is no HTTP request: refused on its first bytes, holding nothing.
    tls = connect(port)
    tls.sendall(bytes.fromhex("16030100f5010000f10303") + os.urandom(32))
    closed = seconds_until_closed(tls, 2 + SLACK)
    check(closed is not None and closed < 2, f"a TLS hello is cut at once ({closed} s)")

    # Once the stalled bodies are cut, the threads answer ordinary requests again.
    for s in stalled:
        line = answer(s, BODY_TIMEOUT + SLACK)
        check(line is not None and " 400 " in line, f"a stalled body is answered 400 at its deadline ({line!r})")
    status, took = timed_get(port, "/v1/events?limit=1")
    check(status == 200 and took < ANSWER_WITHIN,
          f"with {count} slow clients still connected, GET /v1/events answers ({status}, {took:.2f} s)")

    # Every slow client is cut within the header deadline.
    latest = 0.0
    for s in slow:
        closed = seconds_until_closed(s, HEADER_TIMEOUT + SLACK)
        if closed is None:
            latest = None
            break
        latest = max(latest, time.monotonic() - opened)
    stop.set()
    check(latest is not None and latest < HEADER_TIMEOUT + SLACK,
          f"slow clients are cut within {HEADER_TIMEOUT} s of their opening ({latest} s after the checks began)")


if __name__ == "__main__":
    main()
