#!/usr/bin/env bash
# Differential test (issue 6): for each seed, writes a random generator
# program as Python and as annotated C++ (generate.py), transforms the C++
# with corogen, builds it with g++ and clang++, runs all three, and fails on
# the first seed whose outputs differ, keeping that seed's files.
#
#   test/differential/run.sh COROGEN RUNTIME_INCLUDE FIRST_SEED COUNT [WORK_DIR]
set -u
corogen=$1 include=$2 first=$3 count=$4 work=${5:-$(mktemp -d)}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
compilers=()
for cxx in g++ clang++-14 clang++; do
  command -v "$cxx" >/dev/null && compilers+=("$cxx")
done
for ((seed = first; seed < first + count; ++seed)); do
  dir=$work/$seed
  python3 "$here/generate.py" "$seed" "$dir" || exit 2
  python3 "$dir/gen.py" > "$dir/python.out" 2>&1 || { echo "seed $seed: python failed"; exit 1; }
  "$corogen" "$dir/gen.cpp" -o "$dir/gen.gen.cpp" -- -std=c++17 -I"$include" \
    2> "$dir/corogen.err" || { echo "seed $seed: corogen failed"; cat "$dir/corogen.err"; exit 1; }
  for cxx in "${compilers[@]:0:2}"; do
    "$cxx" -std=c++17 -O0 -Wall -Wextra -Werror -I"$include" "$dir/gen.gen.cpp" -o "$dir/$cxx.bin" \
      2> "$dir/$cxx.err" || { echo "seed $seed: $cxx failed"; head -20 "$dir/$cxx.err"; exit 1; }
    "$dir/$cxx.bin" > "$dir/$cxx.out" 2>&1
    if ! diff -u "$dir/python.out" "$dir/$cxx.out" > "$dir/$cxx.diff"; then
      echo "seed $seed: the $cxx build prints what Python does not (kept in $dir)"
      head -30 "$dir/$cxx.diff"
      exit 1
    fi
  done
  rm -rf "$dir"
done
echo "$count seeds from $first: C++ matches Python"
