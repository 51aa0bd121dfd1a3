#!/usr/bin/env bash
# The command line as a user runs it: help, version, lexicon check, explain, code, ingest, and a
# batch of bad documents that must each be named in an error while the rest of the batch goes on.
# usage: run.sh SITREP_BINARY SOURCE_DIR
set -uo pipefail
sitrep="$1"
src="$2"
shared="$src/../shared"
tmp=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null; rm -rf "$tmp"' EXIT
passed=0
failed=0

check() {  # check NAME COMMAND...: the command must succeed
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
  fi
}
contains() { grep -qF -- "$2" "$1" || { echo "  '$2' not in $1:"; head -n 20 "$1" | sed 's/^/    /'; return 1; }; }
lacks() { ! grep -qF -- "$2" "$1" || { echo "  '$2' in $1:"; head -n 20 "$1" | sed 's/^/    /'; return 1; }; }

# Help shows the defaults.
"$sitrep" code --help >"$tmp/help" 2>&1
check "code --help shows the output format default" contains "$tmp/help" "jsonl"
check "code --help shows the size limit default" contains "$tmp/help" "16777216"
"$sitrep" --help >"$tmp/help" 2>&1
for sub in code explain lexicon morphology gazetteer eval version; do check "--help lists $sub" contains "$tmp/help" "$sub"; done

"$sitrep" version >"$tmp/version"
check "version names the lexicon" grep -qE "^lexicon [0-9]+\.[0-9a-f]{8}$" "$tmp/version"
check "version names the gazetteer" grep -qE "^gazetteer [0-9]+\.[0-9a-f]{8}$" "$tmp/version"
check "version says the compiled morphology answers for both languages" grep -qE "^morphology [0-9]+ fr en$" "$tmp/version"

# Gazetteer: lookups across transcriptions, compiling with bad lines, a missing index.
"$sitrep" gazetteer lookup "Soueïda" "As Suwayda" Kobané >"$tmp/lookup"
check "gazetteer lookup: Soueïda is As-Suwayda" contains "$tmp/lookup" "172408"
check "gazetteer lookup: Kobané is Ayn al-Arab" contains "$tmp/lookup" "172256"
# A political union's territory is its continent (geoparsers place "the EU" in Europe).
"$sitrep" gazetteer lookup "European Union" "Union africaine" >"$tmp/lookup"
check "gazetteer lookup: the European Union is in Europe" grep -qE "^  6255148 +Europe .*\(exact\)" "$tmp/lookup"
check "gazetteer lookup: l'Union africaine est en Afrique" grep -qE "^  6255146 +Africa .*\(exact\)" "$tmp/lookup"
"$sitrep" gazetteer lookup "Qwxzvbn" >"$tmp/lookup" 2>&1
check "gazetteer lookup: an unknown name exits 1" test $? -eq 1
mkdir -p "$tmp/geo"
cp "$src/tests/fixtures/geo/mini.tsv" "$tmp/geo/"
printf '77\tBroken\tBroken\t\t95.5\t10\tP\tPPL\tXA\t\t01\t\t\t\t0\t\t\t\t\n' >"$tmp/geo/broken.tsv"
"$sitrep" gazetteer compile --supplement "$tmp/geo" -o "$tmp/mini.bin" >"$tmp/out" 2>"$tmp/err"
check "gazetteer compile: succeeds around a bad line" test $? -eq 0
check "gazetteer compile: names file, line and column" contains "$tmp/err" "broken.tsv:1: column 5 (latitude)"
check "gazetteer compile: reports what it wrote" contains "$tmp/out" "9 places, 1 lines skipped"
"$sitrep" gazetteer lookup --gazetteer "$tmp/mini.bin" "Abou Tall" >"$tmp/lookup"
check "gazetteer compile: the index answers" contains "$tmp/lookup" "1007"
"$sitrep" gazetteer check --gazetteer "$tmp/mini.bin" >"$tmp/out" 2>&1
check "gazetteer check: an intact index passes" test $? -eq 0
check "gazetteer check: says so" contains "$tmp/out" "checksums match"
# A byte flipped in a copy: refused by name on opening, rather than places that moved.
python3 -c 'import sys; b = bytearray(open(sys.argv[1], "rb").read()); b[len(b) // 2] ^= 0x10; open(sys.argv[2], "wb").write(b)' \
  "$tmp/mini.bin" "$tmp/flipped.bin"
"$sitrep" gazetteer lookup --gazetteer "$tmp/flipped.bin" "Abou Tall" >"$tmp/out" 2>"$tmp/err"
check "gazetteer lookup: a flipped byte exits 2" test $? -eq 2
check "gazetteer lookup: a flipped byte is named with the file" contains "$tmp/err" "flipped.bin: damaged gazetteer"
"$sitrep" gazetteer check --gazetteer "$tmp/flipped.bin" >"$tmp/out" 2>"$tmp/err"
check "gazetteer check: a flipped byte exits 2" test $? -eq 2
echo "L'armée a repris Gao." | "$sitrep" code --lang fr --gazetteer "$tmp/flipped.bin" >"$tmp/out" 2>"$tmp/err"
check "code: a gazetteer with a flipped byte exits 2" test $? -eq 2
check "code: a gazetteer with a flipped byte is named" contains "$tmp/err" "flipped.bin: damaged gazetteer"
"$sitrep" gazetteer compile --geonames "$tmp/none.txt" -o "$tmp/x.bin" >"$tmp/out" 2>"$tmp/err"
check "gazetteer compile: a missing input exits 2" test $? -eq 2
check "gazetteer compile: a missing input is named" contains "$tmp/err" "none.txt"

# Every command but serve starts without the HTTP server's and PostgreSQL's libraries (OpenSSL,
# Kerberos, LDAP): serve becomes sitrep-server, and libpq is loaded when a postgresql:// store opens.
readelf -d "$sitrep" >"$tmp/needed"
check "sitrep does not link libpq" lacks "$tmp/needed" "libpq"
check "sitrep does not link cpp-httplib" lacks "$tmp/needed" "httplib"
"$sitrep" serve --help >"$tmp/help" 2>&1
check "serve --help shows the port default" contains "$tmp/help" "8080"
mkdir -p "$tmp/alone" && cp "$sitrep" "$tmp/alone/sitrep"
"$tmp/alone/sitrep" serve --db "$tmp/alone/s.db" >"$tmp/out" 2>"$tmp/err"
check "serve without sitrep-server beside sitrep exits 2" test $? -eq 2
check "serve without sitrep-server names it" contains "$tmp/err" "sitrep-server"

# Morphology: compiled from a small dictionary, used when it matches, refused when named but absent.
fixtures="$src/tests/fixtures/morph"
"$sitrep" morphology compile --hunspell-dir "$fixtures" --wordnet-dir "$fixtures/wordnet" -j 2 -o "$tmp/m.bin" \
  >"$tmp/out" 2>"$tmp/err"
check "morphology compile: succeeds on a small dictionary" test $? -eq 0
check "morphology compile: reports what it wrote" contains "$tmp/out" "2 languages"
"$sitrep" morphology compile --hunspell-dir "$tmp/nowhere" -o "$tmp/none.bin" >"$tmp/out" 2>"$tmp/err"
check "morphology compile: a missing dictionary exits 2" test $? -eq 2
check "morphology compile: a missing dictionary is named" contains "$tmp/err" "$tmp/nowhere"
check "morphology compile: nothing written without a dictionary" test ! -e "$tmp/none.bin"
echo "Les rebelles ont bombardé la ville." >"$tmp/one_fr.txt"
"$sitrep" code --lang fr --no-geocode --morphology "$tmp/absent.bin" "$tmp/one_fr.txt" >"$tmp/out" 2>"$tmp/err"
check "code: a named but absent morphology is an error" test $? -ne 0
check "code: the error says how to build it" contains "$tmp/err" "sitrep morphology compile"
"$sitrep" code --lang fr --no-geocode "$tmp/one_fr.txt" >"$tmp/with" 2>/dev/null
SITREP_MORPHOLOGY="$tmp/m.bin" "$sitrep" code --lang fr --no-geocode "$tmp/one_fr.txt" >"$tmp/other" 2>/dev/null
check "code: the sentence is coded" contains "$tmp/with" '"cameo":"195"'
check "code: a morphology compiled from other dictionaries changes nothing" cmp -s "$tmp/with" "$tmp/other"
SITREP_MORPHOLOGY="$tmp/m.bin" "$sitrep" version >"$tmp/version"
check "version says a morphology compiled from other dictionaries is unused" contains "$tmp/version" \
  "fr (compiled from other dictionaries than these: unused)"
echo "L'armée a repris Gao." | "$sitrep" code --lang fr --gazetteer "$tmp/nowhere.bin" >"$tmp/out" 2>"$tmp/err"
check "code: a missing gazetteer exits 2" test $? -eq 2
check "code: a missing gazetteer is named" contains "$tmp/err" "nowhere.bin"
printf 'SITREPGZ garbage that is not an index' >"$tmp/bad.bin"
echo "L'armée a repris Gao." | "$sitrep" code --lang fr --gazetteer "$tmp/bad.bin" >"$tmp/out" 2>"$tmp/err"
check "code: a damaged gazetteer is refused by name" contains "$tmp/err" "bad.bin"
"$sitrep" lexicon check "$tmp" >"$tmp/out" 2>"$tmp/err"
check "lexicon check: a bad supplement line fails the check" test $? -eq 1
check "lexicon check: names the supplement's file and line" contains "$tmp/err" "broken.tsv:1: column 5"

# Event locations: the place argument, resolved across spellings, with coordinates.
printf "L'armée malienne a repris la ville de Gao aux jihadistes.\n" |
  "$sitrep" code --lang fr --date 2017-07-10 >"$tmp/loc.jsonl"
check "code: the event is located in Gao" python3 - "$tmp/loc.jsonl" <<'PY'
import json, sys
e = json.loads(open(sys.argv[1]).readline())
loc = e["location"]
assert loc["geonameid"] == 2457163 and loc["country"] == "ML" and loc["precision"] == "city", loc
assert abs(loc["lat"] - 16.272) < 0.01 and loc["text"] == "Gao", loc
PY

printf "L'armée malienne a repris la ville de Gao aux jihadistes.\n" |
  "$sitrep" code --lang fr --date 2017-07-10 --no-geocode >"$tmp/noloc.jsonl"
check "code --no-geocode: no location, the place as written" python3 - "$tmp/noloc.jsonl" <<'PY'
import json, sys
e = json.loads(open(sys.argv[1]).readline())
assert e["location"] is None and e["place_text"] == "Gao", e
PY

# The geoparsing runner on a file in each gold layout.
"$sitrep" eval geo "$src/tests/fixtures/geo/mini_trnews.xml" >"$tmp/geo.txt"
check "eval geo: both layouts read, every toponym right" contains "$tmp/geo.txt" "toponyms=6 exact=1.00 acc161=1.00"

# lexicon check: clean on the project's data, and names file and line of a broken source.
check "lexicon check passes on data/" "$sitrep" lexicon check "$src/data"
mkdir -p "$tmp/badlex"
printf '@kind words\n@lang fr\nsoldat\tsoldat\tNOUN\nsoldats\tsoldat\n' >"$tmp/badlex/x.lex"
"$sitrep" lexicon check "$tmp/badlex" >"$tmp/out" 2>"$tmp/err"
check "lexicon check fails on a broken source" test $? -eq 1
check "lexicon check names file and line" contains "$tmp/err" "x.lex:4: expected 3 tab-separated columns"
"$sitrep" lexicon compile "$tmp/badlex" -o "$tmp/x.bin" >/dev/null 2>&1
check "lexicon compile refuses a broken source" test ! -e "$tmp/x.bin"

# explain: lemmas on our own English and French samples.
"$sitrep" explain "$src/samples/en_ituri.txt" >"$tmp/explain_en"
check "explain: retook -> retake" grep -qE "^    retook +retake VERB" "$tmp/explain_en"
check "explain: English sample identified" contains "$tmp/explain_en" "language en (CLD2: ENGLISH"
"$sitrep" explain "$src/samples/fr_sahel.txt" >"$tmp/explain_fr"
check "explain: French sample identified" contains "$tmp/explain_fr" "language fr (CLD2: FRENCH"
check "explain: header date" contains "$tmp/explain_fr" "date 2023-10-19 (day precision, from header)"
"$sitrep" explain --text "Les rebelles ont repris la ville." >"$tmp/explain_text"
check "explain --text: repris -> reprendre" grep -qE "^    repris +.*reprendre VERB" "$tmp/explain_text"

# code: valid JSON Lines, evidence offsets that slice the file's own bytes.
"$sitrep" code "$src/samples" >"$tmp/samples.jsonl" 2>"$tmp/err"
check "code on the samples succeeds" test $? -eq 0
check "code output is valid JSON Lines with exact evidence offsets" python3 - "$tmp/samples.jsonl" "$src/samples" <<'PY'
import json, os, sys
docs = {os.path.splitext(f)[0]: open(os.path.join(sys.argv[2], f), "rb").read() for f in os.listdir(sys.argv[2])}
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    ev = e["evidence"]
    assert docs[e["doc"]][ev["start"]:ev["end"]].decode() == ev["text"], e["id"]
PY

# code's formats without a store: CSV in ACLED's columns (only what occurred unless asked), GeoJSON,
# and a table with whole ids, the sub-type and the place as written.
printf "L'armée malienne a repris hier la ville de Kidal aux rebelles touareg, selon des sources sécuritaires. Les habitants craignent que les jihadistes attaquent la ville de Gao.\n" >"$tmp/kidal.txt"
code_kidal() { "$sitrep" code --lang fr --date 2023-11-15 --id kidal_report_of_the_fifteenth "$@" "$tmp/kidal.txt"; }
code_kidal >"$tmp/kidal.jsonl"
code_kidal --format csv >"$tmp/kidal.csv" 2>"$tmp/err"
check "code --format csv: exits 0" test $? -eq 0
check "code --format csv: says what it left out" contains "$tmp/err" "1 events that did not occur"
code_kidal --format csv --all-statuses >"$tmp/kidal_all.csv"
check "code --format csv: ACLED's columns, the statuses of the JSON Lines, feared only when asked" python3 - "$tmp/kidal.jsonl" "$tmp/kidal.csv" "$tmp/kidal_all.csv" <<'PY'
import csv, json, sys
events = {e["id"]: e for e in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
default = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
every = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
assert list(every[0])[:8] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                              "sub_event_type", "actor1"], list(every[0])
assert sorted(r["event_id_cnty"] for r in every) == sorted(events), every
assert all(r["status"] == events[r["event_id_cnty"]]["status"] for r in every)
assert {r["status"] for r in every} >= {"occurred", "feared"}, every
assert [r["event_id_cnty"] for r in default] == [r["event_id_cnty"] for r in every if r["status"] == "occurred"]
capture = default[0]
assert (capture["country"], capture["region"], capture["iso"]) == ("Mali", "Western Africa", "466"), capture
assert capture["actor1"].startswith("Military Forces of Mali") and capture["inter1"] == "1", capture
assert capture["report_count"] == "1" and capture["doc"] == "kidal_report_of_the_fifteenth", capture
PY
code_kidal --format csv --bom | head -c 3 | od -An -tx1 >"$tmp/bom"
check "code --format csv --bom: starts with a byte-order mark" contains "$tmp/bom" "ef bb bf"
code_kidal --format geojson >"$tmp/kidal.geojson"
check "code --format geojson: a point per located event, with its status" python3 - "$tmp/kidal.geojson" "$tmp/kidal.jsonl" <<'PY'
import json, sys
features = json.load(open(sys.argv[1]))["features"]
events = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(features) == sum(1 for e in events if e["location"]), features
assert [f["properties"]["status"] for f in features] == [e["status"] for e in events if e["location"]]
PY
code_kidal --format table >"$tmp/kidal.table"
check "code --format table: whole ids" contains "$tmp/kidal.table" "kidal_report_of_the_fifteenth:1:0 "
check "code --format table: the sub-type" contains "$tmp/kidal.table" "Government regains territory"
check "code --format table: the place as written" grep -q "Kidal  *Kidal" "$tmp/kidal.table"

# A batch with bad documents: each is named, the good ones are still coded, the exit status is 1.
mkdir -p "$tmp/batch"
cp "$src/samples/en_ituri.txt" "$tmp/batch/a_good.txt"
: >"$tmp/batch/b_empty.txt"
printf 'line one\nline two caf\xe9\n' >"$tmp/batch/c_latin1.txt"
head -c 3000 /dev/urandom >"$tmp/batch/d_binary.txt"; printf '\0' >>"$tmp/batch/d_binary.txt"
printf '{"id":"ok1","text":"The army retook the town of Bunia on Monday, officials said."}\n{"id":"broken",\n{"id":"notext"}\n' >"$tmp/batch/e_feed.jsonl"
printf 'Die Armee hat die Stadt gestern nach schweren Kämpfen zurückerobert, teilte das Ministerium mit.\n' >"$tmp/batch/f_german.txt"
head -c 2000000 /dev/zero | tr '\0' 'a' >"$tmp/batch/g_huge.txt"
"$sitrep" code --max-bytes 1000000 "$tmp/batch" >"$tmp/batch.jsonl" 2>"$tmp/batch.err"
check "a batch with bad documents exits 1" test $? -eq 1
check "empty file named" contains "$tmp/batch.err" "b_empty.txt: empty document"
check "invalid UTF-8 named with its line" contains "$tmp/batch.err" "c_latin1.txt:2: invalid UTF-8"
check "binary file named" contains "$tmp/batch.err" "d_binary.txt: binary data"
check "malformed JSON named with its line" contains "$tmp/batch.err" "e_feed.jsonl:2: malformed JSON"
check "unknown language named" contains "$tmp/batch.err" "f_german.txt: language 'de' is not coded"
check "huge document named" contains "$tmp/batch.err" "g_huge.txt: document is over the limit"
check "the failures are counted" contains "$tmp/batch.err" "7 of 9 documents failed"

# Hostile input (issue 18): a text without sentence ends is cut into bounded sentences, so that no
# event repeats more than 4,096 bytes of it as evidence (docs/EVENTS.md).
python3 -c "print('the army attacked the rebels near Bunia and ' * 1500)" >"$tmp/no_ends.txt"
"$sitrep" code --lang en "$tmp/no_ends.txt" >"$tmp/no_ends.jsonl" 2>"$tmp/err"
check "no sentence ends: coded" test $? -eq 0
check "no sentence ends: bounded evidence that slices the file" python3 - "$tmp/no_ends.jsonl" "$tmp/no_ends.txt" <<'PY'
import json, sys
raw = open(sys.argv[2], "rb").read()
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert len(events) > 100, len(events)
for e in events:
    ev = e["evidence"]
    assert ev["end"] - ev["start"] <= 4096, (e["id"], ev["end"] - ev["start"])
    assert raw[ev["start"]:ev["end"]].decode() == ev["text"], e["id"]
PY

# Deeply nested HTML (40,000 tags) is refused by name and line; the rest of the batch is coded.
mkdir -p "$tmp/deep"
cp "$src/samples/en_ituri.txt" "$tmp/deep/a_good.txt"
python3 -c "print('<html>\n<body>\n' + '<b>' * 40000 + 'The army retook Bunia.' + '</b>' * 40000 + '</body></html>')" \
  >"$tmp/deep/b_deep.html"
"$sitrep" code "$tmp/deep" >"$tmp/deep.jsonl" 2>"$tmp/err"
check "deep HTML: the batch exits 1" test $? -eq 1
check "deep HTML: named with its line" contains "$tmp/err" "b_deep.html:3: HTML elements nested more than 512 deep"
check "deep HTML: the other document is coded" grep -q '"doc":"a_good"' "$tmp/deep.jsonl"

# Two links pointing at each other, and one to nothing, in an input directory: each is named, the
# rest is coded and stored, and the exit status is 1.
mkdir -p "$tmp/links"
cp "$src/samples/en_ituri.txt" "$tmp/links/a_good.txt"
ln -s loop_b "$tmp/links/loop_a"
ln -s loop_a "$tmp/links/loop_b"
ln -s nowhere "$tmp/links/dangling"
"$sitrep" code "$tmp/links" >"$tmp/links.jsonl" 2>"$tmp/err"
check "links in a loop: code exits 1" test $? -eq 1
check "links in a loop: named" contains "$tmp/err" "loop_a: cannot read the file a link leads to: Too many levels of symbolic links"
check "a link to nothing: named" contains "$tmp/err" "dangling: cannot read the file a link leads to"
check "links in a loop: the rest is coded" grep -q '"doc":"a_good"' "$tmp/links.jsonl"
"$sitrep" ingest --db "$tmp/links.db" "$tmp/links" >"$tmp/out" 2>"$tmp/err"
check "links in a loop: ingest exits 1" test $? -eq 1
check "links in a loop: ingest names them" contains "$tmp/err" "loop_b: cannot read the file a link leads to"
check "links in a loop: the rest is stored" contains "$tmp/out" "stored a_good"
"$sitrep" code "$tmp/links/loop_a" >/dev/null 2>"$tmp/err"
check "a link in a loop given as the path: unreadable, not missing" contains "$tmp/err" "loop_a: cannot read: Too many levels of symbolic links"

# A record of 300 MB under a 1 GB memory limit: it is measured while read, never held, and reported
# by line; the records after it are coded (it used to fail the read and end the run with status 0).
python3 - <<'PY' | (ulimit -v 800000; "$sitrep" code --lang en --input-format jsonl --max-bytes 1000000 - >"$tmp/huge.jsonl" 2>"$tmp/err"; echo $? >"$tmp/huge.rc")
import sys
out = sys.stdout.buffer
out.write(b'{"id":"before","text":"The army retook the town of Bunia on Monday, officials said."}\n{"id":"huge","text":"')
for _ in range(300):
    out.write(b"a" * (1 << 20))
out.write(b'"}\n{"id":"after","text":"The rebels attacked the town of Bukavu on Tuesday, officials said."}\n')
PY
check "a huge record: the run exits 1" test "$(cat "$tmp/huge.rc")" -eq 1
check "a huge record: named by line with its size" contains "$tmp/err" "stdin:2: record of 314572823 bytes is over the limit of 1000000"
check "a huge record: the record after it is coded" grep -q '"doc":"after"' "$tmp/huge.jsonl"

# Sizes and ids as written: a negative size is refused; an id of 2^64-1 stays itself and does not
# replace the document whose id is -1.
"$sitrep" code --max-bytes -1 "$src/samples" >/dev/null 2>"$tmp/err"
check "--max-bytes -1: refused" test $? -ne 0
check "--max-bytes -1: says why" contains "$tmp/err" "'-1' is not a number of bytes from 1 to 1073741824"
printf '{"id":18446744073709551615,"lang":"en","text":"The army retook the town of Bunia on Monday."}\n{"id":-1,"lang":"en","text":"The rebels attacked the town of Bukavu on Tuesday."}\n' >"$tmp/ids.jsonl"
"$sitrep" ingest --db "$tmp/ids.db" "$tmp/ids.jsonl" >"$tmp/out" 2>"$tmp/err"
check "a 64-bit id: both documents are stored" test "$(grep -c '^stored ' "$tmp/out")" -eq 2
check "a 64-bit id: kept as written" contains "$tmp/out" "stored 18446744073709551615"

# UTF-16 is named as such (convert it to UTF-8), not called binary data.
printf '\xff\xfeT\0h\0e\0 \0a\0r\0m\0y\0 \0r\0e\0t\0o\0o\0k\0 \0B\0u\0n\0i\0a\0.\0' >"$tmp/wide.txt"
"$sitrep" code "$tmp/wide.txt" >/dev/null 2>"$tmp/err"
check "UTF-16: named as such" contains "$tmp/err" "wide.txt: UTF-16LE text, not UTF-8"

# Unreadable directories and files are named as such, and make the exit status 1. Root reads
# everything: as root the command runs as nobody, on a copy of sitrep and its data in $tmp, since
# nobody may not reach the build itself (a checkout in /root, mode 700, as on a fresh Debian).
as_user() { if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
user_sitrep="$sitrep"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  mkdir -p "$tmp/nobody"
  for f in "$sitrep" "$(dirname "$sitrep")/lexicon.bin" "$(dirname "$sitrep")/gazetteer.bin"; do
    cp -l "$f" "$tmp/nobody/" 2>/dev/null || cp "$f" "$tmp/nobody/"
  done
  chmod 755 "$tmp" "$tmp/nobody"
  user_sitrep="$tmp/nobody/sitrep"
fi
if [ "$(id -u)" -eq 0 ] && ! command -v setpriv >/dev/null; then
  echo "skipped: unreadable files and directories (root, and no setpriv to run as nobody)"
else
  mkdir -p "$tmp/perm/locked" "$tmp/perm/open"
  cp "$src/samples/en_ituri.txt" "$tmp/perm/open/a.txt"
  cp "$src/samples/en_ituri.txt" "$tmp/perm/locked/b.txt"
  cp "$src/samples/en_ituri.txt" "$tmp/perm/secret.txt"
  chmod 755 "$tmp" "$tmp/perm" "$tmp/perm/open"
  chmod 644 "$tmp/perm/open/a.txt"
  chmod 000 "$tmp/perm/locked" "$tmp/perm/secret.txt"
  as_user "$user_sitrep" code "$tmp/perm" >"$tmp/perm.jsonl" 2>"$tmp/err"
  check "an unreadable directory: exit 1" test $? -eq 1
  check "an unreadable directory: named" contains "$tmp/err" "perm/locked: cannot list the directory: Permission denied"
  check "an unreadable file: named as unreadable" contains "$tmp/err" "perm/secret.txt: cannot read: Permission denied"
  check "unreadable entries: the rest is coded" grep -q '"doc":"a"' "$tmp/perm.jsonl"
  as_user "$user_sitrep" code "$tmp/perm/secret.txt" >/dev/null 2>"$tmp/err"
  check "an unreadable file given as the path: not called missing" contains "$tmp/err" "secret.txt: cannot read: Permission denied"
  chmod 700 "$tmp/perm/locked" "$tmp/perm/secret.txt"
fi

# The seed article, when ../shared is there.
seed="$shared/seed/000_145188fab64d184d.txt"
if [ -f "$seed" ]; then
  "$sitrep" explain "$seed" >"$tmp/seed_explain"
  check "seed: document date" contains "$tmp/seed_explain" "date 2017-11-03 (day precision"
  for pair in "libéré libérer" "repris reprendre" "pénètrent pénétrer" "approchent approcher" \
              "craignent craindre" "soudoient soudoyer"; do
    set -- $pair
    check "seed: $1 -> $2" grep -qE "^    $1 +.*$2 VERB" "$tmp/seed_explain"
  done
  "$sitrep" code "$seed" >"$tmp/seed.jsonl"
  check "seed: code succeeds" test $? -eq 0
  check "seed: evidence offsets slice the file" python3 - "$tmp/seed.jsonl" "$seed" <<'PY'
import json, sys
raw = open(sys.argv[2], "rb").read()
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    ev = e["evidence"]
    assert raw[ev["start"]:ev["end"]].decode() == ev["text"], e["id"]
PY
else
  echo "skipped: seed checks ($shared not present)"
fi

# The store: help with defaults, bad input named while the rest is stored, bad stores and options.
for sub in ingest events control; do
  "$sitrep" "$sub" --help >"$tmp/help" 2>&1
  check "$sub --help shows the store default" contains "$tmp/help" "sitrep.db"
done
mkdir -p "$tmp/to_store"
cp "$src"/samples/*.txt "$tmp/to_store/"
printf 'caf\xe9 not text' >"$tmp/to_store/broken.txt"
"$sitrep" ingest --db "$tmp/store.db" "$tmp/to_store" >"$tmp/ingest.out" 2>"$tmp/ingest.err"
check "ingest: a bad document makes the exit status 1" test $? -eq 1
check "ingest: the bad document is named with its line" contains "$tmp/ingest.err" "broken.txt:1: invalid UTF-8"
check "ingest: the other documents are stored" test "$(grep -c '^stored ' "$tmp/ingest.out")" -eq 2
"$sitrep" ingest --db "$tmp/store.db" "$tmp/to_store" >"$tmp/ingest.out" 2>/dev/null
check "ingest again: nothing already stored is lost or changed" test "$(grep -c '^unchanged ' "$tmp/ingest.out")" -eq 2
"$sitrep" events --db "$tmp/store.db" --format table >"$tmp/events.out"
check "events: the stored events are listed" contains "$tmp/events.out" "CODMIL"
echo "not a database" >"$tmp/notdb.db"
"$sitrep" events --db "$tmp/notdb.db" >/dev/null 2>"$tmp/err"
check "events: a file that is not a store is refused by name" contains "$tmp/err" "notdb.db: file is not a database"
"$sitrep" control --db "$tmp/store.db" --at 2024-13-01 >/dev/null 2>"$tmp/err"
check "control: a bad date is refused" contains "$tmp/err" "--at '2024-13-01' is not a date"
"$sitrep" events --db "$tmp/store.db" --bbox 1,2,3 >/dev/null 2>"$tmp/err"
check "events: a bad bounding box is refused" contains "$tmp/err" "min_lon,min_lat,max_lon,max_lat"

# Mistakes get a message naming what is wrong and a non-zero exit, never an empty result.
expect_error() {  # expect_error NAME STATUS MESSAGE COMMAND...: exits STATUS, says MESSAGE on stderr
  local name="$1" want="$2" message="$3"
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  check "$name: exits $want" test "$got" -eq "$want"
  check "$name: says so" contains "$tmp/err" "$message"
}
expect_error "events on a store that does not exist" 2 "$tmp/none.db: no such store" \
  "$sitrep" events --db "$tmp/none.db"
check "events on a store that does not exist: creates none" test ! -e "$tmp/none.db"
expect_error "control on a store that does not exist" 2 "$tmp/none.db: no such store" \
  "$sitrep" control --db "$tmp/none.db" --at 2024-01-01
check "control on a store that does not exist: creates none" test ! -e "$tmp/none.db"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("CREATE TABLE people (name TEXT)"); c.commit()' "$tmp/other.db"
expect_error "events on another program's SQLite file" 2 "other.db: not a sitrep store" \
  "$sitrep" events --db "$tmp/other.db"
expect_error "ingest into another program's SQLite file" 2 "other.db: not a sitrep store" \
  "$sitrep" ingest --db "$tmp/other.db" "$src/samples/en_ituri.txt"
check "another program's SQLite file: no sitrep table added" test "$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT group_concat(name) FROM sqlite_master").fetchone()[0])' "$tmp/other.db")" = people
: >"$tmp/empty.db"
expect_error "control on an empty file" 2 "empty.db: an empty database, not a sitrep store" \
  "$sitrep" control --db "$tmp/empty.db"
expect_error "a mistyped country" 2 "--country 'Kongo' is no country" "$sitrep" events --db "$tmp/store.db" --country Kongo
expect_error "a mistyped country (control)" 2 "--country 'Kongo' is no country" "$sitrep" control --db "$tmp/store.db" --country Kongo
for country in CD COD "Democratic Republic of Congo" "democratic republic of congo"; do
  "$sitrep" events --db "$tmp/store.db" --country "$country" >"$tmp/country_$(echo "$country" | tr ' ' _).jsonl"
done
check "--country takes ISO codes and names alike" test -s "$tmp/country_CD.jsonl" -a \
  "$(cat "$tmp"/country_*.jsonl | sort | uniq -c | awk '{print $1}' | sort -u)" = 4
expect_error "an unknown ACLED type" 2 "'Battle' is no ACLED event type or sub-event type; they are Battles: Armed clash" \
  "$sitrep" events --db "$tmp/store.db" --acled Battle
expect_error "an unknown CAMEO code" 2 "'25' is no CAMEO event code: a code is 2 to 4 digits starting with one of the roots 01 to 20" \
  "$sitrep" events --db "$tmp/store.db" --cameo 25
expect_error "a place the gazetteer does not know" 2 "--place 'Qwxzvbn': the gazetteer knows no such place" \
  "$sitrep" control --db "$tmp/store.db" --place Qwxzvbn
expect_error "code on a missing file" 2 "$tmp/missing.txt: no such file or directory" \
  "$sitrep" code "$src/samples/en_ituri.txt" "$tmp/missing.txt"
check "code on a missing file: nothing coded, no count of failed documents" test ! -s "$tmp/out" -a "$(grep -c 'documents failed' "$tmp/err")" -eq 0
expect_error "ingest of a missing file" 2 "$tmp/missing.txt: no such file or directory" \
  "$sitrep" ingest --db "$tmp/store.db" "$tmp/missing.txt"
"$sitrep" code --progress "$src/samples" >/dev/null 2>"$tmp/err"
check "code --progress: done of total and the rate" grep -qE "2/2 \(100%\) documents, [0-9.]+/s" "$tmp/err"
check "code ends with its count" grep -qE "^sitrep: 2 documents coded, [0-9]+ events$" "$tmp/err"
if [ "$(id -u)" -ne 0 ] || command -v setpriv >/dev/null; then
  # A reader needs no write access to the store or its directory.
  mkdir -p "$tmp/readonly"
  cp "$tmp/store.db" "$tmp/readonly/"
  chmod 755 "$tmp" "$tmp/readonly"
  chmod 444 "$tmp/readonly/store.db"
  chmod 555 "$tmp/readonly"
  as_user "$user_sitrep" events --db "$tmp/readonly/store.db" --lexicon "$(dirname "$user_sitrep")/lexicon.bin" --format table \
    >"$tmp/out" 2>"$tmp/err"
  check "events on a store it may not write to: read" contains "$tmp/out" "CODMIL"
  check "events on a store it may not write to: nothing written beside it" test "$(ls "$tmp/readonly")" = store.db
  chmod 755 "$tmp/readonly"
fi

# Imported CAMEO dictionaries (invented ones in tests/fixtures/cameo): import as lexicon sources,
# check, compile with the project's data, and code with them; or read them at run time.
cameo="$src/tests/fixtures/cameo"
"$sitrep" lexicon import-petrarch "$cameo" -o "$tmp/imported" >"$tmp/out" 2>"$tmp/err"
check "import-petrarch: succeeds" test $? -eq 0
check "import-petrarch: says what it wrote" contains "$tmp/out" "7 actors, 3 agents, 2 discards, 3 verbs"
check "import-petrarch: writes lexicon sources" contains "$tmp/imported/cameo_dictionaries.lex" "@kind cameo_patterns"
"$sitrep" lexicon check "$src/data" "$tmp/imported" >/dev/null
check "lexicon check: the project's data and the import together" test $? -eq 0
"$sitrep" lexicon compile "$src/data" "$tmp/imported" -o "$tmp/imported.bin" >/dev/null
check "lexicon compile: several directories" test -s "$tmp/imported.bin"
tollan="President Tollan conferred with Ostmark's foreign minister in Kestria."
echo "$tollan" | "$sitrep" code --lang en --date 2015-03-03 --no-geocode --lexicon "$tmp/imported.bin" - >"$tmp/out"
check "code with imported dictionaries: the actor's code on the document's day" contains "$tmp/out" '"code":"VELGOV"'
echo "$tollan" | "$sitrep" code --lang en --date 2019-03-03 --no-geocode --dictionaries "$cameo" - >"$tmp/out"
check "code --dictionaries: the same dictionaries read at run time" contains "$tmp/out" '"code":"VELELI"'
echo "$tollan" | "$sitrep" explain --lang en --date 2015-03-03 --no-geocode --dictionaries "$cameo" - >"$tmp/out"
check "explain shows the dictionaries' work" contains "$tmp/out" "dictionaries -> "
"$sitrep" lexicon import-petrarch "$tmp/nowhere" >/dev/null 2>"$tmp/err"
check "import-petrarch: a missing directory exits 2" test $? -eq 2
check "import-petrarch: a missing directory is named" contains "$tmp/err" "$tmp/nowhere"
printf '@kind cameo_patterns\n@lang en\nBOMBARD\tWITH ROCKETS\t195\n' >"$tmp/imported/broken.lex"
"$sitrep" lexicon check "$tmp/imported" >/dev/null 2>"$tmp/err"
check "lexicon check: a pattern without its verb is named by file and line" contains "$tmp/err" "broken.lex:3"

# --jobs: the output of one thread, in input order, whatever the number.
"$sitrep" code --jobs 1 "$src/tests/fixtures/store" "$src/samples" >"$tmp/jobs1.jsonl" 2>"$tmp/jobs1.err"
"$sitrep" code --jobs 3 "$src/tests/fixtures/store" "$src/samples" >"$tmp/jobs3.jsonl" 2>"$tmp/jobs3.err"
check "code --jobs 3: codes events" test -s "$tmp/jobs1.jsonl"
check "code --jobs 3: the same bytes as --jobs 1" cmp -s "$tmp/jobs1.jsonl" "$tmp/jobs3.jsonl"
check "code --jobs 3: the same count" cmp -s "$tmp/jobs1.err" "$tmp/jobs3.err"
"$sitrep" code --jobs 0 "$src/samples" >/dev/null 2>"$tmp/err"
check "code --jobs 0: refused" test $? -ne 0
check "code --jobs 0: says why" contains "$tmp/err" "'0' is not a number of jobs from 1 to 1024"
"$sitrep" code --help >"$tmp/out"
check "code --help: --jobs defaults to the machine's cores" grep -qE -- "--jobs UINT=$(nproc) " "$tmp/out"

# serve: options that cannot work are refused by name before anything starts (--threads 0 used to
# hang, --port 70000 to listen on another port); a 404 does not name the store; SIGTERM lets the
# requests under way finish, but for no longer than --stop-timeout.
for bad in "--threads 0" "--port 70000" "--port -1"; do
  # shellcheck disable=SC2086
  timeout 20 "$sitrep" serve --db "$tmp/serve.db" $bad >/dev/null 2>"$tmp/err"
  check "serve $bad: exits 2 at once" test $? -eq 2
  check "serve $bad: names the option and its value" contains "$tmp/err" "$bad"
done
source "$src/tests/server/serve.sh"
start_server "$sitrep" "$tmp/serve.log" --db "$tmp/serve.db" --stop-timeout 3
curl -s "localhost:$port/v1/events/ev-0000000000000000" >"$tmp/out"
check "serve: a 404 says what is missing" contains "$tmp/out" "no event ev-0000000000000000"
check "serve: a 404 does not name the store" lacks "$tmp/out" "serve.db"
curl -s "localhost:$port/v1/nothing" >"$tmp/out"
check "serve: a 404 for a path does not name the store" lacks "$tmp/out" "serve.db"
# A request whose body ends after SIGTERM is answered, and the server exits 0.
head='{"lang": "en", '
rest='"text": "The army retook the town of Kidal on Tuesday."}'
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
  $((${#head} + ${#rest})) "$head" >&3
sleep 0.5
kill -TERM "$server"
sleep 0.5
printf '%s' "$rest" >&3
answer=$(timeout 10 head -c 12 <&3)
exec 3>&-
wait "$server"
check "serve: a request under way at SIGTERM is answered ($answer)" test "$answer" = "HTTP/1.1 200"
check "serve: exits 0 once the requests under way are answered" test $? -eq 0
check "serve: says it stopped" contains "$tmp/serve.log" "stopped"
# A request whose body never ends holds the stop for --stop-timeout, not for --timeout.
start_server "$sitrep" "$tmp/serve.log" --db "$tmp/serve.db" --stop-timeout 1 --timeout 60
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{' >&3
sleep 0.5
started=$(date +%s%N)
kill -TERM "$server"
wait "$server"
rc=$?
took=$((($(date +%s%N) - started) / 1000000))
exec 3>&-
check "serve: a stalled request holds SIGTERM for --stop-timeout 1, not --timeout 60 (${took} ms)" test "$took" -lt 5000
check "serve: exits non-zero when a request was unfinished" test "$rc" -ne 0
check "serve: says a request was unfinished" contains "$tmp/serve.log" "1 request(s) unfinished"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
