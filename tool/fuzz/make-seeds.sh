#!/usr/bin/env bash
# make-seeds.sh <source-dir> <seed-dir>: fills <seed-dir> (emptied first) with
# the seed corpus of corogen-fuzz: every annotated source of the project
# (test/lit/**/*.cpp, examples/**/*.cpp, bench/*.cpp) as it is, named after
# its path. The regression tests of crashes the fuzzer found are lit tests, so
# they are seeds too.
set -euo pipefail
src=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$src"
n=0
while IFS= read -r f; do
  cp "$f" "$out/${f//\//_}"
  n=$((n + 1))
done < <(find test/lit examples -name '*.cpp' -type f; find bench -maxdepth 1 -name '*.cpp' -type f)
echo "make-seeds.sh: $n seeds in $out"
