#!/usr/bin/env bash
# Run every fuzz target for SECONDS each, one after another (not in CI).
#
#   scripts/fuzz.sh 600            # all targets, 10 minutes each
#   scripts/fuzz.sh 60 reference   # one target
#
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 gives them on stable.
# Corpora go to fuzz/corpus/<target> and crashes to fuzz/artifacts/<target>
# (both git-ignored); the shipped articles and rules seed the corpora.
# A crash or hang found becomes a regression test with the minimized input
# (`cargo fuzz tmin <target> <artifact>`), under fixtures/bad-input/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract extract_runs reference check shapes)

export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# Memory safety is forbidden-unsafe territory here; we hunt panics, hangs and
# overflows, so skip ASan for throughput and keep debug assertions on.
sanitizer=${FUZZ_SANITIZER:-none}

seeds() {
  case $1 in
    reference) echo rules fixtures/refs fixtures/bad-input ;;
    extract_runs) echo fuzz/seeds/extract_runs ;;
    *) echo fixtures/articles ;;
  esac
}

status=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log="fuzz/artifacts/$t/last-run.log"
  echo "== fuzz $t for ${seconds}s (log: $log)"
  # shellcheck disable=SC2046
  if ! cargo fuzz run --sanitizer "$sanitizer" --debug-assertions "$t" \
      "fuzz/corpus/$t" $(seeds "$t") -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -print_final_stats=1 >"$log" 2>&1; then
    status=1
    echo "!! $t: crash or hang; see $log and fuzz/artifacts/$t/"
  fi
  grep -E '^(Done|stat::number_of_executed_units)' "$log" || tail -5 "$log"
done
exit $status
