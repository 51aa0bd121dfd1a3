#!/usr/bin/env python3
"""The store as a user runs it: `sitrep ingest`, `events` and `control` on the fixtures, several
ingest processes on one store, and ingest killed with SIGKILL. Runs on SQLite, or on PostgreSQL
with --postgres (the server tests/store/with_postgres.sh starts; $SITREP_TEST_POSTGRES).

  tests/store/run.py SITREP SOURCE_DIR [--postgres]
"""
import csv
import datetime
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

SITREP, SOURCE = sys.argv[1], sys.argv[2]
POSTGRES = "--postgres" in sys.argv
FIXTURES = os.path.join(SOURCE, "tests", "fixtures", "store")
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


class Backend:
    """A fresh, empty store for each scenario, and SQL to look inside it."""

    def __init__(self, work):
        self.work = work
        self.count = 0

    def fresh(self):
        self.count += 1
        if POSTGRES:
            self.target = os.environ["SITREP_TEST_POSTGRES"]
            self.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        else:
            self.target = os.path.join(self.work, f"store{self.count}.db")
        return self.target

    def sql(self, query):
        if POSTGRES:
            out = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", self.target, "-c", query],
                                 check=True, capture_output=True, text=True).stdout
            return [tuple(line.split("\t")) for line in out.splitlines() if line]
        with sqlite3.connect(self.target) as db:
            return [tuple(str(v) for v in row) for row in db.execute(query)]

    def value(self, query):
        return int(self.sql(query)[0][0])


def sitrep(*args, check_rc=True):
    p = subprocess.run([SITREP, *args], capture_output=True, text=True)
    if check_rc and p.returncode != 0:
        print(p.stderr, file=sys.stderr)
        raise SystemExit(f"sitrep {' '.join(args)} exited {p.returncode}")
    return p


def consistent(b):
    """Every stored document is whole: all its reports and statements, no more, no less."""
    broken = b.sql(
        "SELECT d.doc_key FROM documents d WHERE d.event_count <> (SELECT COUNT(*) FROM reports r WHERE r.document_id = d.id) "
        "OR d.statement_count <> (SELECT COUNT(*) FROM control_statements s WHERE s.document_id = d.id)")
    orphans = b.value("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)")
    counted = b.value("SELECT COUNT(*) FROM events e WHERE e.report_count <> "
                      "(SELECT COUNT(DISTINCT r.document_id) FROM reports r WHERE r.event_id = e.id)")
    return not broken and orphans == 0 and counted == 0


def corpus(directory, copies):
    """`copies` variants of every fixture, each a day later than the last, with its own text."""
    os.makedirs(directory, exist_ok=True)
    names = sorted(f for f in os.listdir(FIXTURES) if f.endswith(".txt"))
    for k in range(copies):
        for name in names:
            text = open(os.path.join(FIXTURES, name), encoding="utf-8").read()
            date = re.match(r" date (\d{4}-\d{2}-\d{2})", text).group(1)
            moved = datetime.date.fromisoformat(date) + datetime.timedelta(days=30 * k)
            text = text.replace(date, moved.isoformat(), 1) + f"\n\n(Ref. {k})\n"
            with open(os.path.join(directory, f"{name[:-4]}_{k:03d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
    return len(names) * copies


def fixtures_scenario(b):
    db = b.fresh()
    out = sitrep("ingest", "--db", db, FIXTURES).stdout.splitlines()
    n = len([f for f in os.listdir(FIXTURES) if f.endswith(".txt")])
    check(len([l for l in out if l.startswith("stored ")]) == n, f"ingest acknowledges each of the {n} fixtures")
    again = sitrep("ingest", "--db", db, FIXTURES).stdout.splitlines()
    check(all(l.startswith("unchanged ") for l in again) and len(again) == n, "a second ingest changes nothing")

    events = [json.loads(l) for l in sitrep("events", "--db", db, "--reports").stdout.splitlines()]
    def find(cameo, source, place):
        return [e for e in events if e["cameo"].startswith(cameo) and e["source"]["code"] == source
                and e["location"] and e["location"]["name"] == place]
    capture = find("192", "ETHMIL", "Bichena")
    check(len(capture) == 1 and capture[0]["report_count"] == 4,
          "four articles (two French, two English) report one capture of Bichena")
    if capture:
        docs = {r["doc"] for r in capture[0]["reports"]}
        check({"merge_en_wire", "merge_en_daily", "merge_fr_afp", "merge_fr_quotidien"} <= docs,
              "the merged capture keeps each article's report")
        check(capture[0]["target"] and capture[0]["target"]["code"] == "ETHREB",
              "the merged capture takes its target from the reports that name one")
    strike = find("195", "ETHMIL", "Dejen")
    check(len(strike) == 1 and strike[0]["report_count"] >= 2, "the drone strike on Dejen is one event, reported twice or more")
    claims = [e for e in events if e["cameo"] == "192" and e["location"] and e["location"]["name"] == "Lalībela"]
    check({e["source"]["code"] for e in claims} == {"ETHMIL", "ETHREB"} and len(claims) == 2,
          "the army's and Fano's claims on Lalībela stay two events")

    timeline = [json.loads(l) for l in sitrep("control", "--db", db, "--place", "Debre-Tabor").stdout.splitlines()]
    check([(p["controller"]["code"], p["since"], p["until"]) for p in timeline] ==
          [("ETHMIL", "2024-12-08", "2024-12-11"), ("ETHREB", "2024-12-11", "2024-12-19"), ("ETHMIL", "2024-12-19", None)],
          "Debre Tabor: taken on the 8th, lost on the 11th, retaken on the 19th")
    check(all(p["events"] and p["sources"] for p in timeline), "each change cites its events and sources")
    if len(timeline) == 3:
        check(any(s.startswith("reversal_fr_1215") for s in timeline[1]["statements"]),
              "the statement of the 15th supports Fano's period")
    at = [json.loads(l) for l in sitrep("control", "--db", db, "--at", "2024-12-15", "--country", "ET").stdout.splitlines()]
    held = {p["place"]["name"]: (p["controller"]["code"], p["kind"]) for p in at}
    check(held.get("Debre Tabor") == ("ETHREB", "full") and held.get("Bichena") == ("ETHMIL", "full"),
          "control on 2024-12-15: Fano in Debre Tabor, the army in Bichena")
    contested = [json.loads(l) for l in sitrep("control", "--db", db, "--place", "Lalibela").stdout.splitlines()]
    check(len(contested) == 1 and contested[0]["kind"] == "contested", "Lalībela, claimed by both sides, is contested")

    acled_csv_checks(db, events)
    geo = json.loads(sitrep("events", "--db", db, "--format", "geojson").stdout)
    check(geo["type"] == "FeatureCollection" and len(geo["features"]) == sum(1 for e in events if e["location"]),
          "GeoJSON export: a point per located event")
    control_geo = json.loads(sitrep("control", "--db", db, "--at", "2025-01-31", "--format", "geojson").stdout)
    check(len(control_geo["features"]) >= 3, "GeoJSON export of control at a date")
    filtered = sitrep("events", "--db", db, "--since", "2024-12-01", "--until", "2024-12-31", "--actor", "ETHREB",
                      "--cameo", "192").stdout.splitlines()
    check(len(filtered) >= 2 and all("2024-12" in json.loads(l)["date"]["start"] for l in filtered), "events filtered by date, actor and type")
    bad = sitrep("events", "--db", db, "--since", "yesterday", check_rc=False)
    check(bad.returncode == 2 and "--since" in bad.stderr, "a bad date is refused with the option's name")
    check(consistent(b), "every fixture is stored whole")

    # A lexicon change: every document is coded again and its reports replaced.
    data = os.path.join(b.work, "data")
    shutil.copytree(os.path.join(SOURCE, "data"), data)
    with open(os.path.join(data, "coder", "actors.lex"), "a", encoding="utf-8") as f:
        f.write("\n@kind actors\n@lang en\nTest Brigade of the Store\tETHREB\tFano militia\tgroup\t-\n")
    lexicon = os.path.join(b.work, "changed.bin")
    sitrep("lexicon", "compile", data, "-o", lexicon)
    before = (b.value("SELECT COUNT(*) FROM events"), b.value("SELECT COUNT(*) FROM reports"))
    replaced = sitrep("ingest", "--db", db, "--lexicon", lexicon, FIXTURES).stdout.splitlines()
    check(len(replaced) == n and all(l.startswith("replaced ") for l in replaced),
          "after a lexicon change, ingest replaces each document's events")
    after = (b.value("SELECT COUNT(*) FROM events"), b.value("SELECT COUNT(*) FROM reports"))
    check(after == before and consistent(b), f"the same events and reports, none doubled {after} == {before}")


ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                 "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
                 "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
SITREP_COLUMNS = ["status", "cameo", "plover", "confidence", "report_count", "doc", "evidence_start", "evidence_end", "url"]


def acled_lexicon(kind):
    """The rows of one kind of data/export/acled.lex, as the export reads them."""
    rows, current = [], None
    for line in open(os.path.join(SOURCE, "data", "export", "acled.lex"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@kind "):
            current = line.split()[1]
        elif line and not line.startswith(("#", "@")) and current == kind:
            rows.append(line.split("\t"))
    return rows


def acled_csv_checks(db, events):
    """The CSV export, read with Python's csv module as an ACLED user would, against the JSON Lines."""
    by_id = {e["id"]: e for e in events}
    everything = list(csv.DictReader(io.StringIO(sitrep("events", "--db", db, "--format", "csv", "--all-statuses").stdout)))
    default = list(csv.DictReader(io.StringIO(sitrep("events", "--db", db, "--format", "csv").stdout)))
    check(everything and list(everything[0].keys()) == ACLED_COLUMNS + SITREP_COLUMNS,
          "CSV export: ACLED's columns in ACLED's order, then sitrep's")
    check(sorted(r["event_id_cnty"] for r in everything) == sorted(by_id),
          "CSV export --all-statuses: one row per stored event, under its stable id")
    check([r["status"] for r in everything] == [by_id[r["event_id_cnty"]]["status"] for r in everything],
          "CSV export: every row carries its event's status")
    not_occurred = {e["status"] for e in events} - {"occurred"}
    check(not_occurred and [r["event_id_cnty"] for r in default] ==
          [r["event_id_cnty"] for r in everything if r["status"] == "occurred"],
          f"CSV export by default: only the events that occurred, none {sorted(not_occurred)}")
    countries = {row[0]: row for row in acled_lexicon("acled_countries")}
    actor_names = {(row[0], row[1]): row[2] for row in acled_lexicon("acled_actors")}
    problems = []
    for r in everything:
        e = by_id[r["event_id_cnty"]]
        acled, loc = e.get("acled") or {}, e["location"]
        def expect(column, value):
            if r[column] != value:
                problems.append(f"{e['id']} {column}={r[column]!r}, expected {value!r}")
        expect("event_date", e["date"]["start"])
        expect("year", e["date"]["start"][:4])
        expect("time_precision", "1" if e["date"]["start"] == e["date"]["end"] else "2" if e["date"]["precision"] == "week" else "3")
        expect("event_type", acled.get("type", ""))
        expect("sub_event_type", acled.get("sub_type", ""))
        expect("disorder_type", acled.get("disorder_type", ""))
        for column in ("inter1", "inter2", "interaction"):
            expect(column, str(acled.get(column, 0)))
        inter = sorted(int(r[c]) for c in ("inter1", "inter2") if r[c] != "0")
        if inter and r["interaction"] != "".join(map(str, inter)).ljust(2, "0"):
            problems.append(f"{e['id']} interaction {r['interaction']} is not inter1 and inter2 combined")
        if not all(0 <= int(r[c]) <= 8 for c in ("inter1", "inter2")):
            problems.append(f"{e['id']} inter codes {r['inter1']} {r['inter2']} outside ACLED's 0-8")
        expect("civilian_targeting", "Civilian targeting" if acled.get("civilian_targeting") else "")
        for column, actor in (("actor1", e["source"]), ("actor2", e["target"])):
            if actor:
                expect(column, actor_names.get((actor["code"], actor["name"]),
                                               actor_names.get((actor["code"], "-"), actor["name"])))
        expect("geo_precision", str(loc["geo_precision"]) if loc else "")
        if loc:
            country = countries[loc["country"]]
            expect("iso", country[2])
            expect("country", country[3])
            expect("region", country[4])
            expect("admin1", loc["admin1"])
            expect("location", loc["name"])
            if abs(float(r["latitude"]) - loc["lat"]) > 1e-4 or abs(float(r["longitude"]) - loc["lon"]) > 1e-4:
                problems.append(f"{e['id']} coordinates {r['latitude']},{r['longitude']}")
        expect("fatalities", str(e.get("fatalities") or 0))
        expect("notes", e["evidence"]["text"])
        expect("evidence_start", str(e["evidence"]["start"]))
        expect("report_count", str(e["report_count"]))
        expect("cameo", e["cameo"])
        if not r["timestamp"].isdigit():
            problems.append(f"{e['id']} timestamp {r['timestamp']!r} is not seconds since 1970")
    check(not problems, "CSV export: ACLED's values (types, inter codes, precisions, places, actors) match each event"
          + "".join("\n     " + p for p in problems[:10]))
    bichena = [r for r in default if r["location"] == "Bichena" and r["sub_event_type"] == "Government regains territory"]
    check(bichena and bichena[0]["actor1"].startswith("Military Forces of Ethiopia") and bichena[0]["country"] == "Ethiopia"
          and bichena[0]["region"] == "Eastern Africa" and bichena[0]["inter1"] == "1" and bichena[0]["geo_precision"] == "1"
          and bichena[0]["report_count"] == "4", "CSV: the capture of Bichena as ACLED writes it, reported four times")
    raw = subprocess.run([SITREP, "events", "--db", db, "--format", "csv", "--bom"], capture_output=True).stdout
    check(raw.startswith(b"\xef\xbb\xbf") and next(csv.reader(io.StringIO(raw.decode("utf-8-sig")))) == ACLED_COLUMNS + SITREP_COLUMNS,
          "CSV --bom: a UTF-8 byte-order mark, then the same header")
    feared = sitrep("events", "--db", db, "--format", "csv", "--status", "feared").stdout
    check(all(r["status"] == "feared" for r in csv.DictReader(io.StringIO(feared))),
          "CSV --status feared: what was asked for, not an empty file")


def concurrency_scenario(b):
    work = tempfile.mkdtemp(dir=b.work)
    n = corpus(os.path.join(work, "docs"), 12)
    db = b.fresh()
    sitrep("ingest", "--db", db, "--no-geocode", os.path.join(FIXTURES, "merge_en_wire.txt"))  # the schema exists
    # Four processes on the same documents, and two more on halves of them.
    files = sorted(os.listdir(os.path.join(work, "docs")))
    half = os.path.join(work, "half")
    os.makedirs(half)
    for f in files[: len(files) // 2]:
        shutil.copy(os.path.join(work, "docs", f), half)
    procs = [subprocess.Popen([SITREP, "ingest", "--db", db, os.path.join(work, "docs")], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    procs += [subprocess.Popen([SITREP, "ingest", "--db", db, half], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)]
    results = [p.communicate() + (p.returncode,) for p in procs]
    check(all(rc == 0 for _, _, rc in results), "five ingest processes on one store all succeed")
    stored = [l.split()[1] for out, _, _ in results for l in out.splitlines() if l.startswith(("stored ", "replaced "))]
    check(sorted(stored) == sorted(set(stored)) and len(stored) == n, f"each of the {n} documents is stored by exactly one process")
    check(b.value("SELECT COUNT(*) FROM documents") == n + 1, "the store holds each document once")
    check(consistent(b), "no document is stored twice or in part")


def canonical(b):
    """The store's content without what depends on the order documents came in: which reports make
    each event (by document and report), the event's kind, status, country, dates and count; each
    document; each statement of control."""
    docs = sorted(b.sql("SELECT doc_key, content_hash FROM documents"))
    grouped = {}
    for event_id, doc_key, report_key in b.sql(
            "SELECT r.event_id, d.doc_key, r.report_key FROM reports r JOIN documents d ON d.id = r.document_id"):
        grouped.setdefault(str(event_id), []).append(f"{doc_key}/{report_key}")
    events = sorted(
        (tuple(sorted(grouped.get(str(row[0]), []))),) + tuple(str(v) for v in row[1:])
        for row in b.sql("SELECT id, cameo, status, country, date_start, date_end, report_count FROM events"))
    statements = sorted(b.sql(
        "SELECT d.doc_key, s.statement_key, p.place_key, s.controller_code, s.kind, s.date_start, s.date_end "
        "FROM control_statements s JOIN documents d ON d.id = s.document_id JOIN places p ON p.id = s.place_id"))
    return docs, events, statements


def parallel_scenario(b):
    """--jobs gives one thread's output, and ingest processes that split a corpus among them, with
    overlaps, store what one process storing it all does."""
    work = tempfile.mkdtemp(dir=b.work)
    docs = os.path.join(work, "docs")
    n = corpus(docs, 6)
    serial = b.fresh()
    one = sitrep("ingest", "--db", serial, "--jobs", "1", docs).stdout
    expected = canonical(b)
    check(len(expected[1]) > 0 and len(expected[2]) > 0, f"the corpus of {n} documents stores events and statements")
    threads = b.fresh()
    three = sitrep("ingest", "--db", threads, "--jobs", "3", docs).stdout
    check(three == one, "ingest --jobs 3 acknowledges the documents as --jobs 1 does, in the same order")
    check(canonical(b) == expected, "and stores the same")
    # Three processes, each on a third of the documents and half of the next third.
    files = sorted(os.listdir(docs))
    shards = []
    for k in range(3):
        shard = os.path.join(work, f"shard{k}")
        os.makedirs(shard)
        mine = [f for i, f in enumerate(files) if i % 3 == k or (i % 3 == (k + 1) % 3 and i % 2 == 0)]
        for f in mine:
            shutil.copy(os.path.join(docs, f), shard)
        shards.append(shard)
    shared = b.fresh()
    procs = [subprocess.Popen([SITREP, "ingest", "--db", shared, "--jobs", "2", shard], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for shard in shards]
    results = [p.communicate() + (p.returncode,) for p in procs]
    check(all(rc == 0 for _, _, rc in results), "three ingest processes with two jobs each all succeed")
    got = canonical(b)
    check(got[0] == expected[0], f"each of the {n} documents is stored once")
    check(got[2] == expected[2], "the statements of control are those of one process")
    check(got[1] == expected[1], "the events and the reports that make each are those of one process")
    check(consistent(b), "no document is stored twice or in part")


def kill_scenario(b):
    work = tempfile.mkdtemp(dir=b.work)
    docs = os.path.join(work, "docs")
    n = corpus(docs, 40)
    # What a run that nothing interrupts stores.
    clean = b.fresh()
    sitrep("ingest", "--db", clean, docs)
    expected = (b.value("SELECT COUNT(*) FROM documents"), b.value("SELECT COUNT(*) FROM events"),
                b.value("SELECT COUNT(*) FROM reports"), b.value("SELECT COUNT(*) FROM control_statements"))
    db = b.fresh()
    proc = subprocess.Popen([SITREP, "ingest", "--db", db, docs], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    acknowledged = []
    for line in proc.stdout:
        if line.startswith("stored "):
            acknowledged.append(line.split()[1])
        if len(acknowledged) == n // 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    check(proc.returncode == -signal.SIGKILL, f"ingest killed with SIGKILL after {len(acknowledged)} acknowledgements")
    present = {row[0] for row in b.sql("SELECT doc_key FROM documents")}
    check(set(acknowledged) <= present, "every acknowledged document survives the kill")
    check(consistent(b), "no half-stored document after the kill")
    if not POSTGRES:
        check(b.sql("PRAGMA integrity_check") == [("ok",)], "the SQLite file passes its integrity check")
    sitrep("ingest", "--db", db, docs)
    after = (b.value("SELECT COUNT(*) FROM documents"), b.value("SELECT COUNT(*) FROM events"),
             b.value("SELECT COUNT(*) FROM reports"), b.value("SELECT COUNT(*) FROM control_statements"))
    check(after == expected, f"ingest resumed after the kill stores what an uninterrupted run does {after} == {expected}")
    check(consistent(b), "and every document whole")


def main():
    work = tempfile.mkdtemp(prefix="sitrep-store-")
    try:
        b = Backend(work)
        print("backend:", "postgresql" if POSTGRES else "sqlite")
        fixtures_scenario(b)
        concurrency_scenario(b)
        parallel_scenario(b)
        kill_scenario(b)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"store: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
