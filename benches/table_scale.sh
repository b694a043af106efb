#!/usr/bin/env bash
# Issue 19's table benchmark: a table of 1,000,000 rows (10,000 ids × 100
# years, a series each) read through a `tables:` mapping by
# `factlint refs check`, which loads it as `check` does; and the same
# rows as 1,000,000 facts of one value each (no time column). Wall time,
# CPU (user + system) and peak RSS from GNU time, the best of the runs by
# wall time; the bar is ≤ 2 s and ≤ 300 MB.
#
#   benches/table_scale.sh                 # 1,000,000 rows
#   FACTLINT_TABLE_ROWS=100000 benches/table_scale.sh
#
# The tables are generated (fixed values) under $FACTLINT_BENCH_DIR
# (default /tmp/factlint-bench) and never committed. Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${FACTLINT_TABLE_ROWS:-1000000}
RUNS=${FACTLINT_BENCH_RUNS:-3}
DIR=${FACTLINT_BENCH_DIR:-/tmp/factlint-bench}/table
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release/factlint
export LC_ALL=C

cargo build --release --quiet --bin factlint
mkdir -p "$DIR/series" "$DIR/flat"
if [ ! -e "$DIR/.done" ] || [ "$(cat "$DIR/.done")" != "$ROWS" ]; then
    python3 - "$DIR" "$ROWS" <<'PY'
import sys
d, rows = sys.argv[1], int(sys.argv[2])
years = 100
ids = max(1, rows // years)
with open(f"{d}/series/table.csv", "w") as f:
    f.write("region,year,population\n")
    for i in range(ids):
        for y in range(years):
            f.write(f"Region {i:06d},{1924 + y},{1000 + (i * 7919 + y * 104729) % 9000000}\n")
with open(f"{d}/flat/table.csv", "w") as f:
    f.write("region,population\n")
    for i in range(rows):
        f.write(f"Region {i:07d},{1000 + (i * 7919) % 9000000}\n")
PY
    cat > "$DIR/series/refs.yaml" <<'YAML'
tables:
  - file: table.csv
    id: "{region}/population"
    value: population
    unit: people
    time: year
    source: Generated
    match:
      all: ["{region}", population]
YAML
    sed -e '/time: year/d' "$DIR/series/refs.yaml" > "$DIR/flat/refs.yaml"
    echo "$ROWS" > "$DIR/.done"
fi

for shape in series flat; do
    best=""
    for _ in $(seq "$RUNS"); do
        out=$(/usr/bin/time -f '%e %U %S %M' "$BIN" refs check --refs "$DIR/$shape/refs.yaml" 2>&1 >/dev/null | tail -1)
        best=$(printf '%s\n%s\n' "$best" "$out" | sort -n | sed '/^$/d' | head -1)
    done
    read -r secs user sys kb <<<"$best"
    printf '%-6s %9d rows  %6.2f s  (CPU %.2f s user + %.2f s sys)  %6d MB peak RSS  (%s)\n' \
        "$shape" "$ROWS" "$secs" "$user" "$sys" "$((kb / 1024))" \
        "$("$BIN" refs check --refs "$DIR/$shape/refs.yaml")"
done
