#!/usr/bin/env bash
# scripts/slurm/ on a real Slurm cluster of one node, started for the test from Debian's packages
# (munge, slurmctld, slurmd) in a temporary directory on loopback, with a PostgreSQL server of its
# own: the array job ingests a corpus (the store fixtures as files, and a JSON Lines feed of copies
# of them: overlapping reports of the same events, records without an id) in several concurrent
# tasks into one store, and that store must be the one a single `sitrep ingest` of the same inputs
# makes: the same documents, reports, events (each made of the same reports, with the same
# content), statements and timelines of control. Also: the plain `sbatch --array` usage with its
# report as a dependent job, an ingest run again (nothing changes), and a failing document reported
# by its task and by the report.
#
#   tests/slurm/run.sh SITREP SOURCE_DIR
#
# Exit 77 (skipped) when the packages are missing or their daemons cannot run here (not root, a
# container without the privileges they need); everything runs on 127.0.0.1 and is removed at the
# end. $SITREP_TEST_POSTGRES, when set, names a server to use instead of starting one.
set -uo pipefail

SITREP=$(readlink -f "${1:?usage: run.sh SITREP SOURCE_DIR}")
SOURCE=$(readlink -f "${2:?usage: run.sh SITREP SOURCE_DIR}")
SCRIPTS=$SOURCE/scripts/slurm
FIXTURES=$SOURCE/tests/fixtures/store
TASKS=${SITREP_SLURM_TEST_TASKS:-4}
t0=$(date +%s%N)

step() { local ms=$((($(date +%s%N) - t0) / 1000000)); printf '[%3d.%ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*"; }
skip() { echo "slurm: SKIPPED: $*"; exit 77; }
failures=0
check() {  # check CONDITION-STATUS DESCRIPTION
  if [ "$1" -eq 0 ]; then echo "ok   $2"; else echo "FAIL $2"; failures=$((failures + 1)); fi
}
fatal() { echo "FAIL $*"; exit 1; }

# ---- what the test needs ------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || skip "slurmd runs jobs as their users and must run as root: run the test as root"
missing=()
for tool in munged munge unmunge slurmctld slurmd sbatch squeue sinfo scontrol scancel python3 psql; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
PATH=$PATH:/usr/sbin
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "${SITREP_TEST_POSTGRES:-}" ] || [ -x "$pgbin/initdb" ] || missing+=("initdb (postgresql)")
((${#missing[@]} == 0)) || skip "not installed: ${missing[*]} (apt-get install munge slurmctld slurmd slurm-client postgresql)"
[ -x "$SITREP" ] || fatal "no sitrep executable at $SITREP"

# Nothing of a Slurm job this test may itself run in reaches the cluster it starts.
for v in $(compgen -e | grep -E '^(SLURM_|SBATCH_|SALLOC_|SRUN_)'); do unset "$v"; done

W=$(mktemp -d /tmp/sitrep-slurm.XXXXXX)
chmod 711 "$W"  # munged wants its socket's directories searchable by all
pids=()
cleanup() {
  local f
  [ -n "${SLURM_CONF:-}" ] && scancel --quiet --user=root >/dev/null 2>&1
  for f in "$W"/run/slurmd.pid "$W"/run/slurmctld.pid "$W"/run/munged.pid; do
    [ -s "$f" ] && kill "$(cat "$f")" 2>/dev/null
  done
  for f in "${pids[@]}"; do kill "$f" 2>/dev/null; done
  sleep 0.5
  for f in "$W"/run/slurmd.pid "$W"/run/slurmctld.pid "$W"/run/munged.pid; do
    [ -s "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null
  done
  if [ -d "$W/pg/data" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$W/pg/data" -m immediate stop >/dev/null 2>&1
  fi
  rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
mkdir -p "$W/run" "$W/etc" "$W/log" "$W/state" "$W/spool" "$W/work"
chmod 711 "$W/run"
chmod 700 "$W/etc"

# ---- PostgreSQL ---------------------------------------------------------------------------------
if [ -n "${SITREP_TEST_POSTGRES:-}" ]; then
  server=${SITREP_TEST_POSTGRES%/*}
  step "PostgreSQL: the server of \$SITREP_TEST_POSTGRES"
else
  step "PostgreSQL: a new cluster in $W/pg, on 127.0.0.1"
  mkdir -p "$W/pg" && chown postgres "$W/pg"
  pgport=$(port)
  runuser -u postgres -- "$pgbin/initdb" -D "$W/pg/data" -A trust -U sitrep -E UTF8 --no-locale >"$W/log/initdb.log" 2>&1 ||
    { cat "$W/log/initdb.log"; skip "initdb cannot run here"; }
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$W/pg/data" -l "$W/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pgport -k $W/pg -c fsync=off -c max_connections=60" start >/dev/null ||
    { cat "$W/pg/server.log"; skip "the PostgreSQL server cannot start here"; }
  server=postgresql://sitrep@127.0.0.1:$pgport
fi
for d in array plain reference again failing; do
  PGOPTIONS="-c client_min_messages=warning" psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS slurm_$d" \
    -c "CREATE DATABASE slurm_$d" >/dev/null ||
    fatal "cannot create the databases on $server"
done
ARRAY_DB=$server/slurm_array PLAIN_DB=$server/slurm_plain REF_DB=$server/slurm_reference FAIL_DB=$server/slurm_failing

# ---- munge --------------------------------------------------------------------------------------
step "munge: a key and munged on a socket in $W/run"
if command -v mungekey >/dev/null 2>&1; then
  mungekey --create --keyfile="$W/etc/munge.key" >/dev/null 2>&1
else
  dd if=/dev/urandom of="$W/etc/munge.key" bs=1024 count=1 status=none
fi
chmod 400 "$W/etc/munge.key"
munged --socket="$W/run/munge.sock" --key-file="$W/etc/munge.key" --pid-file="$W/run/munged.pid" \
  --log-file="$W/log/munged.log" --seed-file="$W/etc/munge.seed" >"$W/log/munged.out" 2>&1 ||
  { cat "$W/log/munged.out" "$W/log/munged.log" 2>/dev/null; skip "munged cannot start here"; }
munge -S "$W/run/munge.sock" -n </dev/null | unmunge -S "$W/run/munge.sock" >/dev/null 2>&1 ||
  { cat "$W/log/munged.log"; skip "munge cannot encode and decode a credential here"; }

# ---- Slurm --------------------------------------------------------------------------------------
cpus=$(nproc)
step "Slurm: slurmctld and slurmd (one node, $cpus CPUs) on 127.0.0.1"
touch "$W/etc/plugstack.conf"
cat >"$W/etc/slurm.conf" <<EOF
ClusterName=sitreptest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$(port)
SlurmdPort=$(port)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$W/run/munge.sock
StateSaveLocation=$W/state
SlurmdSpoolDir=$W/spool
SlurmctldPidFile=$W/run/slurmctld.pid
SlurmdPidFile=$W/run/slurmd.pid
SlurmctldLogFile=$W/log/slurmctld.log
SlurmdLogFile=$W/log/slurmd.log
PlugStackConfig=$W/etc/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
MailProg=/bin/true
SchedulerParameters=sched_interval=1
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=512 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$W/etc/slurm.conf
slurmctld -f "$SLURM_CONF" >"$W/log/slurmctld.out" 2>&1 ||
  { cat "$W/log/slurmctld.out" "$W/log/slurmctld.log" 2>/dev/null; skip "slurmctld cannot start here"; }
slurmd -f "$SLURM_CONF" -N localhost >"$W/log/slurmd.out" 2>&1 ||
  { cat "$W/log/slurmd.out" "$W/log/slurmd.log" 2>/dev/null; skip "slurmd cannot start here"; }
for _ in $(seq 60); do
  state=$(sinfo -h -n localhost -o %T 2>/dev/null)
  [ "$state" = idle ] && break
  sleep 0.5
done
[ "$state" = idle ] || { tail -20 "$W/log/slurmctld.log" "$W/log/slurmd.log"; skip "the Slurm node did not come up (state '${state:-none}')"; }
sinfo | sed 's/^/    /'

# ---- the corpus ---------------------------------------------------------------------------------
step "corpus: the store fixtures as files, and a JSON Lines feed of copies of them"
cd "$W/work" || exit 1
python3 - "$FIXTURES" corpus <<'EOF'
import datetime, json, os, re, sys
fixtures, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
names = sorted(f for f in os.listdir(fixtures) if f.endswith(".txt"))
records = []
for name in names:
    raw = open(os.path.join(fixtures, name), encoding="utf-8").read()
    open(os.path.join(out, name), "w", encoding="utf-8").write(raw)
    m = re.match(r" date (\d{4}-\d{2}-\d{2}) (.*)\n", raw)
    date, title, body = m.group(1), m.group(2), raw[m.end():]
    # Two copies relayed the same day (their reports join the events of the file's), and an
    # archive copy three months on (events of their own, which merge with each other).
    for k, shift, tail in ((0, 0, "(Relayed by feed A.)"), (1, 0, "(Relayed by feed B.)"), (2, 92, "(Archive copy.)")):
        day = (datetime.date.fromisoformat(date) + datetime.timedelta(days=shift)).isoformat()
        records.append({"id": f"feed-{name[:-4]}-{k}", "date": day, "title": title,
                        "text": body.rstrip("\n") + "\n\n" + tail + "\n",
                        "source": ["feed-a", "feed-b", "archive"][k], "url": f"https://example.org/{name[:-4]}/{k}"})
records[3]["id"] = 9000000000000000001  # an integer id, kept as written
for r in records[7::11]:
    del r["id"]                         # no id: "feed:LINE", which sharding must not change
with open(os.path.join(out, "feed.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(records):
        if i == 5:
            f.write("\n")               # a blank line: skipped, and counted in line numbers
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"    {len(names)} files, {len(records)} JSON Lines records")
EOF
documents=$(($(ls corpus/*.txt | wc -l) + $(grep -c . corpus/feed.jsonl)))

# ---- the reference: one process -----------------------------------------------------------------
step "reference: one sitrep ingest of the corpus"
"$SITREP" ingest --db "$REF_DB" corpus >"$W/log/reference.out" 2>"$W/log/reference.err"
check $? "a single sitrep ingest stores the corpus: $(grep -a 'documents read' "$W/log/reference.err" | sed 's/.*sitrep: //; s/; the store.*//')"

# ---- the array job, through submit.sh -----------------------------------------------------------
step "array job: scripts/slurm/submit.sh --tasks $TASKS --wait (array, then the report as a dependent job)"
bash "$SCRIPTS/submit.sh" --tasks "$TASKS" --db "$ARRAY_DB" --sitrep "$SITREP" --run-dir "$W/work/run-array" --wait corpus \
  >"$W/log/submit.out" 2>&1
rc=$?
sed 's/^/    /' "$W/log/submit.out"
check $rc "submit.sh --wait: the report says every task stored its shard (exit $rc)"
stored=$(cat run-array/task-*.log 2>/dev/null | grep -c '^stored ')
check $((stored == documents ? 0 : 1)) "each of the $documents documents stored by exactly one task ($stored 'stored' lines in the task logs)"
dups=$(cat run-array/task-*.log | grep '^stored ' | awk '{print $2}' | sort | uniq -d | head -3)
check $([ -z "$dups" ] && echo 0 || echo 1) "no document stored by two tasks${dups:+: $dups}"
# Did tasks really write at once? Their time windows (from their statuses) overlap.
overlap=$(python3 - run-array <<'EOF'
import glob, sys
spans = []
for f in glob.glob(sys.argv[1] + "/task-*.status"):
    d = dict(l.rstrip("\n").split("=", 1) for l in open(f) if "=" in l)
    spans.append((d["started"], d["finished"]))
print(sum(1 for i, a in enumerate(spans) for b in spans[i + 1:] if a[0] <= b[1] and b[0] <= a[1]))
EOF
)
echo "    $overlap pairs of tasks ran at the same time (to the second)"

# ---- the comparison -----------------------------------------------------------------------------
# Exports of a store, in a form where two stores holding the same things compare equal. What is
# normalised, and why that is legitimate:
#  - event ids: an event's id ("ev-" + a hash) is fixed when its first report is stored
#    (docs/STORE.md), from that report's document; which report comes first is the order the
#    documents arrive in, which concurrent tasks do not fix. An event is named instead by the sorted
#    keys of its reports (document:sentence:n), which say the same thing: which reports it merged.
#  - the order of lines, and of reports inside an event: exports order by date, then by row id
#    (reports by confidence, then row id); row ids are the order of insertion.
#  - in timelines, the order of the events, statements and sources a period cites: the order they
#    were met in, ties broken by event id (above).
#  - documents.origin and ingested_at (not exported; compared from the table): where a task read the
#    document (its shard's named pipe, for JSON Lines) and when.
# Nothing else: every field of every event, report, document, statement and timeline must match.
export_store() {  # URL OUT
  local url=$1 out=$2
  "$SITREP" events --db "$url" --reports --format jsonl >"$out.events" || return 1
  "$SITREP" control --db "$url" --format jsonl >"$out.control" || return 1
  psql -X -q -At -F $'\t' "$url" >"$out.tables" <<'SQL' || return 1
SELECT 'documents', doc_key, content_hash, lexicon_version, lang, doc_date, title, url, outlet, event_count, statement_count
  FROM documents ORDER BY doc_key;
SELECT 'reports', d.doc_key, r.report_key, r.confidence, r.event_json
  FROM reports r JOIN documents d ON d.id = r.document_id ORDER BY 2, 3;
SELECT 'statements', d.doc_key, s.statement_key, p.place_key, s.controller_code, s.kind, s.date_start, s.date_end,
       s.confidence, s.evidence
  FROM control_statements s JOIN documents d ON d.id = s.document_id JOIN places p ON p.id = s.place_id ORDER BY 2, 3;
SELECT 'actors', code, name FROM actors ORDER BY code;
SELECT 'places', place_key, name, name_key, geonameid, country, admin1, lat, lon FROM places ORDER BY place_key;
SELECT 'counts', (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM reports),
       (SELECT COUNT(*) FROM control_statements);
SQL
  python3 - "$out" <<'EOF'
import json, sys
out = sys.argv[1]
events = [json.loads(l) for l in open(out + ".events", encoding="utf-8")]
name = {e["id"]: "|".join(sorted(r["report"] for r in e["reports"])) for e in events}
lines = []
for e in events:
    e["id"] = name[e["id"]]
    e["reports"].sort(key=lambda r: r["report"])
    lines.append("event " + json.dumps(e, sort_keys=True, ensure_ascii=False))
for l in open(out + ".control", encoding="utf-8"):
    p = json.loads(l)
    p["events"] = sorted(name.get(x, "unknown " + x) for x in p["events"])
    p["statements"].sort()
    p["sources"].sort()
    lines.append("control " + json.dumps(p, sort_keys=True, ensure_ascii=False))
for l in open(out + ".tables", encoding="utf-8"):
    lines.append("table " + l.rstrip("\n"))
with open(out + ".normalised", "w", encoding="utf-8") as f:
    f.writelines(l + "\n" for l in sorted(lines))
EOF
}

# What differs between two normalised exports, said briefly: per event, the fields that differ
# and whether its reports tie for the highest confidence.
explain_diff() {  # A B
  python3 - "$1" "$2" <<'EOF'
import json, sys
def load(p):
    d = {}
    for l in open(p, encoding="utf-8"):
        kind, _, rest = l.rstrip("\n").partition(" ")
        if kind == "event":
            e = json.loads(rest); d[("event", e["id"])] = e
        elif kind == "control":
            c = json.loads(rest); d[("control", json.dumps([c["place"], c["since"], c["until"]]))] = c
        else:
            d[("table", rest)] = rest
    return d
a, b = load(sys.argv[1]), load(sys.argv[2])
shown = 0
for k in sorted(set(a) | set(b)):
    if a.get(k) == b.get(k):
        continue
    shown += 1
    if shown > 12:
        print("    ..."); break
    if k not in a or k not in b:
        print(f"    {k[0]} only in the {'array' if k in a else 'reference'} store: {str(a.get(k) or b.get(k))[:300]}")
        continue
    if k[0] == "table":
        continue
    x, y = a[k], b[k]
    fields = sorted(f for f in set(x) | set(y) if x.get(f) != y.get(f))
    what = "; ".join(f"{f}: {json.dumps(x.get(f), ensure_ascii=False)[:90]} / {json.dumps(y.get(f), ensure_ascii=False)[:90]}" for f in fields)
    if k[0] == "event":
        top = max(r["confidence"] for r in x["reports"])
        tied = sorted({r["doc"] for r in x["reports"] if r["confidence"] == top})
        tie = f" [reports of {len(tied)} documents tie at the top confidence {top}]" if len(tied) > 1 else ""
        print(f"    event {k[1][:80]}{tie}: (array / reference) {what}")
    else:
        print(f"    control {k[1][:100]}: (array / reference) {what}")
EOF
}

step "comparison: the array's store and the reference (events --reports, control, the tables)"
export_store "$REF_DB" "$W/log/reference" || fatal "cannot export the reference store"
export_store "$ARRAY_DB" "$W/log/array" || fatal "cannot export the array's store"
counts() { grep -a '^table counts' "$1.normalised" | cut -f2-; }
check $([ "$(counts "$W/log/array")" = "$(counts "$W/log/reference")" ] && echo 0 || echo 1) \
  "the same counts of documents, events, reports and statements: $(counts "$W/log/array" | tr '\t' ' ') / $(counts "$W/log/reference" | tr '\t' ' ')"
report_counts=$(grep -a '^store: ' run-array/report.log | grep -Eo '[0-9]+' | tr '\n' ' ')
check $([ "$report_counts" = "$(counts "$W/log/reference" | tr '\t' ' ') " ] && echo 0 || echo 1) \
  "the report's counts are the store's (${report_counts% })"
for part in "table documents:documents" "table reports:reports" "table statements:statements of control" \
  "table actors:actors" "table places:places" "event :events (sitrep events --reports)" \
  "control :timelines of control (sitrep control)"; do
  prefix=${part%%:*} what=${part#*:}
  if cmp -s <(grep -a "^$prefix" "$W/log/array.normalised") <(grep -a "^$prefix" "$W/log/reference.normalised"); then
    check 0 "the same $what ($(grep -ac "^$prefix" "$W/log/array.normalised"))"
  else
    check 1 "the same $what: $(diff <(grep -a "^$prefix" "$W/log/array.normalised") <(grep -a "^$prefix" "$W/log/reference.normalised") | grep -c '^[<>]') lines differ"
  fi
done
if ! cmp -s "$W/log/array.normalised" "$W/log/reference.normalised"; then
  echo "    what differs:"
  explain_diff "$W/log/array.normalised" "$W/log/reference.normalised"
fi

# ---- the plain usage: sbatch --array, then the report with --dependency ---------------------------
step "plain usage: SITREP_DB=... sbatch --array=0-2 ingest-array.sbatch corpus; sbatch --dependency=afterany:ID ingest-report.sbatch ID"
array_job=$(SITREP=$SITREP SITREP_DB=$PLAIN_DB sbatch --parsable --array=0-2 "$SCRIPTS/ingest-array.sbatch" corpus)
report_job=$(SITREP=$SITREP SITREP_DB=$PLAIN_DB sbatch --parsable --wait --dependency="afterany:$array_job" \
  "$SCRIPTS/ingest-report.sbatch" "$array_job")
rc=$?
sed 's/^/    /' "sitrep-report-$report_job.log"
check $rc "the report job ends with status 0 (all tasks done)"
check $(ls sitrep-ingest-"$array_job"_*.log 2>/dev/null | wc -l | grep -qx 3 && echo 0 || echo 1) \
  "a log per task in the submission directory (sitrep-ingest-${array_job}_0.log ...)"
export_store "$PLAIN_DB" "$W/log/plain" || fatal "cannot export the plain array's store"
check $(cmp -s <(grep -a '^table \(documents\|reports\|statements\|counts\)' "$W/log/plain.normalised") \
  <(grep -a '^table \(documents\|reports\|statements\|counts\)' "$W/log/reference.normalised") && echo 0 || echo 1) \
  "its store has the reference's documents, reports and statements"

# ---- again: nothing changes ---------------------------------------------------------------------
step "again: the same array on the same store stores nothing new"
bash "$SCRIPTS/submit.sh" --tasks 3 --db "$ARRAY_DB" --sitrep "$SITREP" --run-dir "$W/work/run-again" --wait corpus \
  >"$W/log/again.out" 2>&1
check $? "submit.sh --wait succeeds"
unchanged=$(cat run-again/task-*.log | grep -c '^unchanged ')
check $((unchanged == documents ? 0 : 1)) "every document is reported unchanged ($unchanged of $documents)"
export_store "$ARRAY_DB" "$W/log/again" || fatal "cannot export the store"
check $(cmp -s "$W/log/again.normalised" "$W/log/array.normalised" && echo 0 || echo 1) "the store is as it was"

# ---- a failing document -------------------------------------------------------------------------
step "failure: a corpus with a document that cannot be read"
mkdir bad && cp corpus/merge_*.txt bad/ && printf 'caf\xe9 au lait\n' >bad/latin1.txt
bash "$SCRIPTS/submit.sh" --tasks 2 --db "$FAIL_DB" --sitrep "$SITREP" --run-dir "$W/work/run-bad" --wait bad \
  >"$W/log/bad.out" 2>&1
rc=$?
sed 's/^/    /' "$W/log/bad.out"
check $([ $rc -eq 1 ] && echo 0 || echo 1) "submit.sh --wait exits 1 (exit $rc)"
check $(grep -q '^task [01]: FAILED, exit 1' "$W/log/bad.out" && echo 0 || echo 1) "the report names the task that failed"
check $(grep -q 'latin1.txt.*invalid UTF-8' "$W/log/bad.out" && echo 0 || echo 1) "and sitrep's message on the document"
check $(grep -q 'documents read 5: 4 stored, 0 unchanged (or the same text as another), 1 failed' "$W/log/bad.out" && echo 0 || echo 1) \
  "the totals count 4 stored and 1 failed"

step "done: $failures failed"
[ "$failures" -eq 0 ]
