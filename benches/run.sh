#!/usr/bin/env bash
# Whole-process benchmarks for factlint, each figure beside
# `LC_ALL=C grep -c '[0-9]'` over the same bytes in the same run.
#
#   benches/run.sh            # the sizes issue 7 asks for
#   FACTLINT_BENCH_SCALE=0.2 benches/run.sh   # every corpus scaled down
#   FACTLINT_BENCH_RSS=0 benches/run.sh       # without (5), the 1 GB run
#
# Corpora are generated (fixed seed, examples/gen_corpus.rs) under
# $FACTLINT_BENCH_DIR (default /tmp/factlint-bench) and never committed.
# Needs hyperfine and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${FACTLINT_BENCH_SCALE:-1}
RUNS=${FACTLINT_BENCH_RUNS:-3}
DIR=${FACTLINT_BENCH_DIR:-/tmp/factlint-bench}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release/factlint
GEN=$TARGET/release/examples/gen_corpus
export LC_ALL=C

scaled() { python3 -c "import sys; print(max(1, int($1 * $SCALE)))"; }
EXTRACT_BYTES=$(scaled 50000000)    # (1) one 50 MB file
FILES=$(scaled 5000)                # (2) 5,000 article files …
FILE_BYTES=4000                     #     of about 4 KB
BIG_FILES=$(scaled 250000)          # (5) 1 GB of files (250,000 × 4 KB)
ONE_BIG=$(scaled 100000000)         # (5) one 100 MB file

cargo build --release --quiet --bin factlint --example gen_corpus
mkdir -p "$DIR"
gen() { # gen NAME COMMAND… : generate once per size
    local stamp="$DIR/.$1.done"
    if [ ! -e "$stamp" ] || [ "$(cat "$stamp")" != "$*" ]; then
        rm -rf "${DIR:?}/$1"
        "$GEN" "${@:2}"
        echo "$*" > "$stamp"
    fi
}
gen big.txt file "$DIR/big.txt" "$EXTRACT_BYTES"
gen files files "$DIR/files" "$FILES" "$FILE_BYTES"
gen files10 files "$DIR/files10" "$((FILES / 10))" "$FILE_BYTES"
gen refs10k.yaml refs "$DIR/refs10k.yaml" 10000
gen refs100k.yaml refs "$DIR/refs100k.yaml" 100000
gen refs100k_pad.yaml refs-padded "$DIR/refs100k_pad.yaml" 100000 10000
echo "Nothing to see here." > "$DIR/empty.txt"

bytes() { du -sb --apparent-size "$1" | cut -f1; }
# mean seconds of a command over $RUNS runs (hyperfine), one warm-up
timeit() {
    hyperfine --ignore-failure --style none --warmup 1 --runs "$RUNS" --export-json "$DIR/h.json" "$1" >/dev/null 2>&1 || true
    python3 -c "import json; r=json.load(open('$DIR/h.json'))['results'][0]; print(f\"{r['mean']:.4f} {r['stddev'] or 0:.4f}\")"
}
rate() { python3 -c "print(f'{$1/1e6/$2:.2f}')"; }
row() { printf '%-46s %s\n' "$1" "$2"; }

echo "factlint benchmarks — $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), scale $SCALE, $RUNS runs"
echo

# (1) extract, one thread, one big file
B=$(bytes "$DIR/big.txt")
read -r T S < <(timeit "$BIN extract --format jsonl $DIR/big.txt > /dev/null")
read -r G _ < <(timeit "grep -c '[0-9]' $DIR/big.txt")
row "(1) extract 1 file $((B / 1000000)) MB, 1 thread" "$(rate "$B" "$T") MB/s (±$S s); grep $(rate "$B" "$G") MB/s; ratio 1/$(python3 -c "print(round($T/$G))")"

# (2) check over many files with 10,000 and 100,000 facts
B=$(bytes "$DIR/files")
read -r G _ < <(timeit "grep -rc '[0-9]' $DIR/files > /dev/null")
for n in 10k 100k; do
    read -r T S < <(timeit "$BIN check --format jsonl --refs $DIR/refs$n.yaml $DIR/files > /dev/null")
    eval "CHECK_$n=$T"
    row "(2) check $FILES files ($((B / 1000000)) MB), $n facts" "$(rate "$B" "$T") MB/s (±$S s); grep $(rate "$B" "$G") MB/s"
done
read -r L S < <(timeit "$BIN check --format jsonl --refs $DIR/refs10k.yaml $DIR/empty.txt > /dev/null")
read -r L100 S100 < <(timeit "$BIN check --format jsonl --refs $DIR/refs100k.yaml $DIR/empty.txt > /dev/null")
row "    100k vs 10k facts, load excluded" "$(python3 -c "print(f'{(($CHECK_100k-$L100)/($CHECK_10k-$L)-1)*100:+.0f}%')")"
# The same 10k facts plus 90k that match no article: the same findings,
# ten times the reference index.
read -r TP SP < <(timeit "$BIN check --format jsonl --refs $DIR/refs100k_pad.yaml $DIR/files > /dev/null")
read -r LP _ < <(timeit "$BIN check --format jsonl --refs $DIR/refs100k_pad.yaml $DIR/empty.txt > /dev/null")
findings() { { "$BIN" check --format jsonl --refs "$1" "$DIR/files" || true; } | wc -l; }
row "    100k facts, 90k matching nothing, vs 10k" "$(python3 -c "print(f'{(($TP-$LP)/($CHECK_10k-$L)-1)*100:+.0f}%')") (load excluded; $(findings "$DIR/refs10k.yaml") vs $(findings "$DIR/refs100k_pad.yaml") findings)"

# (3) load time
row "(3) load 100,000 facts (one empty article)" "$L100 s (±$S100 s); 10,000 facts $L s"

# (4) scaling: 10× the corpus, 1 vs 2 threads
B10=$(bytes "$DIR/files10")
read -r T10 _ < <(timeit "$BIN check --format jsonl --refs $DIR/refs10k.yaml $DIR/files10 > /dev/null")
row "(4) 10× corpus time ratio ($((FILES / 10)) → $FILES files)" "$(python3 -c "print(f'{($CHECK_10k-$L)/($T10-$L):.2f}')")× (load excluded; raw $(python3 -c "print(f'{$CHECK_10k/$T10:.2f}')")×)"
read -r T1 _ < <(timeit "$BIN check --jobs 1 --format jsonl --refs $DIR/refs10k.yaml $DIR/files > /dev/null")
read -r T2 _ < <(timeit "$BIN check --jobs 2 --format jsonl --refs $DIR/refs10k.yaml $DIR/files > /dev/null")
row "    1 vs 2 threads ($FILES files, 10k facts)" "$T1 s vs $T2 s: $(python3 -c "print(f'{$T1/$T2:.2f}')")× speed-up"

# (5) peak RSS (FACTLINT_BENCH_RSS=0 skips it: the 1 GB corpus takes minutes)
if [ "${FACTLINT_BENCH_RSS:-1}" = 0 ]; then
    echo "(5) peak RSS: skipped (FACTLINT_BENCH_RSS=0)"
    exit 0
fi
# factlint exits 1 when it reports findings: that is not a failure here.
peak() { { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null || true; } | tail -1; }
gen bigfiles files "$DIR/bigfiles" "$BIG_FILES" "$FILE_BYTES"
gen one_big.txt file "$DIR/one_big.txt" "$ONE_BIG"
B=$(bytes "$DIR/bigfiles")
R=$(peak "$BIN" check --format jsonl --refs "$DIR/refs10k.yaml" "$DIR/bigfiles")
row "(5) peak RSS, check $((B / 1000000)) MB of files" "$((R / 1024)) MB"
B=$(bytes "$DIR/one_big.txt")
R=$(peak "$BIN" check --format jsonl --refs "$DIR/refs10k.yaml" "$DIR/one_big.txt")
row "    peak RSS, check one $((B / 1000000)) MB file" "$((R / 1024)) MB ($(python3 -c "print(f'{$R*1024/$B:.2f}')")x the file; target <= 4x)"
R=$(peak "$BIN" extract --format jsonl "$DIR/one_big.txt")
row "    peak RSS, extract one $((B / 1000000)) MB file" "$((R / 1024)) MB ($(python3 -c "print(f'{$R*1024/$B:.2f}')")x the file)"
R=$(peak "$BIN" check --format jsonl --refs "$DIR/refs100k.yaml" "$DIR/empty.txt")
row "    peak RSS, load 100k facts only" "$((R / 1024)) MB"
