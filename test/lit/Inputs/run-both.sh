#!/bin/sh
# %run-both <input.cpp> <tmp-prefix> [extra compiler flags...]
#
# Transforms <input.cpp> with corogen, compiles the output with g++ and with
# clang++ (those that lit found), runs each program, and prints its standard
# output once. Fails if corogen, a compiler or a program fails, or if the two
# programs print different things. COROGEN, CXX_GCC, CXX_CLANG and
# CXXFLAGS_LIT (and CXXFLAGS_RUN: sanitizers, for lit-sanitizers; RUN_WRAPPER:
# valgrind, for lit-valgrind) come from lit.cfg.py. This directory is on the include path,
# for trace.hpp.
set -u
input=$1
tmp=$2
shift 2
set -- -I"$(dirname "$0")" "$@"

"$COROGEN" "$input" -o "$tmp.cpp" -- $CXXFLAGS_LIT "$@" || exit 1

first=
for cxx in "$CXX_GCC" "$CXX_CLANG"; do
  [ -n "$cxx" ] || continue
  name=$(basename "$cxx")
  "$cxx" $CXXFLAGS_LIT ${CXXFLAGS_RUN:-} -O0 "$@" "$tmp.cpp" -o "$tmp-$name" || exit 1
  ${RUN_WRAPPER:-} "$tmp-$name" > "$tmp-$name.out"
  status=$?
  if [ $status -ne 0 ]; then
    cat "$tmp-$name.out"
    echo "run-both: the program built by $name exited with status $status" >&2
    exit 1
  fi
  if [ -z "$first" ]; then
    first="$tmp-$name.out"
  elif ! cmp -s "$first" "$tmp-$name.out"; then
    echo "run-both: the programs built by the two compilers print different things:" >&2
    diff "$first" "$tmp-$name.out" >&2
    exit 1
  fi
done
[ -n "$first" ] || { echo "run-both: no compiler" >&2; exit 1; }
cat "$first"
