#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS]: fuzzes the corogen tool with libFuzzer for SECONDS
# (default 3600). Sets up the machine (scripts/setup.sh), configures and builds
# build-fuzz/ with clang and -DCOROGEN_FUZZ=ON (one job, niced), makes the
# seed corpus from the project's annotated sources, and runs one fuzzing
# process (niced). Under build-fuzz/fuzz/:
#   corpus/   the inputs libFuzzer found interesting; kept between runs
#   crashes/  crash-*, timeout-*, leak-*, oom-*: each input that failed
#   fuzz.log  libFuzzer's log, ending in its final stats
# Exits 0 when the run ends with no crash, 1 after a crash (and names the
# input). Reproduce one with: build-fuzz/bin/corogen-fuzz <input>, or with the
# tool itself: build/bin/corogen <input> -- -std=c++17 -Iruntime/include ...
# Extra libFuzzer flags may follow SECONDS. The target's environment
# variables (COROGEN_FUZZ_CHECK_OUTPUT, COROGEN_FUZZ_PCH, COROGEN_FUZZ_STD,
# COROGEN_FUZZ_VERBOSE) are described in docs/testing.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-3600}
shift || true
build=build-fuzz
work=$build/fuzz

bash scripts/setup.sh
nice -n 10 cmake -S . -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCOROGEN_FUZZ=ON -DCOROGEN_BUILD_TESTS=OFF -DCOROGEN_BUILD_BENCH=OFF >/dev/null
nice -n 10 cmake --build "$build" -j1 --target corogen-fuzz

bash tool/fuzz/make-seeds.sh . "$work/seeds"
mkdir -p "$work/corpus" "$work/crashes" "$work/tmp"
rm -rf "${work:?}/tmp/"*

echo "fuzz.sh: fuzzing for $seconds s; log in $work/fuzz.log"
status=0
# The prelude's PCH goes to $TMPDIR. New inputs go to corpus/ (the first
# directory); seeds/ is only read.
TMPDIR=$PWD/$work/tmp nice -n 10 "$build/bin/corogen-fuzz" \
  -dict=tool/fuzz/corogen.dict -timeout=20 -max_total_time="$seconds" \
  -print_final_stats=1 -artifact_prefix="$work/crashes/" "$@" \
  "$work/corpus" "$work/seeds" >"$work/fuzz.log" 2>&1 || status=$?

grep -E '^(Done|stat::)' "$work/fuzz.log" || true
if ((status != 0)); then
  echo "fuzz.sh: corogen-fuzz failed (exit $status); see $work/fuzz.log" >&2
  grep -E 'Test unit written to|^SUMMARY' "$work/fuzz.log" >&2 || true
  exit 1
fi
echo "fuzz.sh: no crash in $seconds s"
