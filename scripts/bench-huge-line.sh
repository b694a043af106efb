#!/usr/bin/env bash
# Time `factlint check` on one-line articles of growing size, to show the
# cost is linear in the size (no quadratic line/column lookups or rules).
#
#   scripts/bench-huge-line.sh            # 25, 50 and 100 MB
#   scripts/bench-huge-line.sh 1 2 4      # other sizes, in MB
#
# Builds the release binary; the articles go to a temp dir and are removed.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25 50 100)

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/factlint
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%8s %10s %10s %12s %10s\n' MB seconds MB/s findings maxRSS_MB
for mb in "${sizes[@]}"; do
  f="$tmp/huge-$mb.txt"
  python3 - "$f" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], float(sys.argv[2])
filler = "The committee met in the old hall and talked about roads and schools. "
unit = filler * 4 + "Italy sent over 800 troops to Iraq. "
size = int(mb * 1024 * 1024)
with open(path, "w") as out:
    out.write((unit * (size // len(unit) + 1))[:size])
PY
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f '%M' -o "$tmp/rss" "$bin" check "$f" --refs rules --format json >"$tmp/out.json"
  status=$?
  set -e
  end=$(date +%s.%N)
  if [ "$status" -gt 1 ]; then echo "factlint failed ($status) at $mb MB" >&2; exit 1; fi
  findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$tmp/out.json")
  python3 - "$mb" "$start" "$end" "$findings" "$(cat "$tmp/rss")" <<'PY'
import sys
mb, start, end, findings, rss = sys.argv[1:]
secs = float(end) - float(start)
print(f"{float(mb):8.1f} {secs:10.2f} {float(mb)/secs:10.2f} {findings:>12} {int(rss.split()[-1])//1024:10d}")
PY
  rm -f "$f"
done
