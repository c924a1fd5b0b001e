#!/usr/bin/env bash
# Builds and runs corogen-bench, then prints, per workload, the time per item
# of each implementation, corogen's ratio to the hand-written class and to
# the C++20 coroutine, and the frame sizes of corogen's generators and of the
# C++20 coroutines (docs/performance.md records a run).
#
#   bash bench/run.sh [--clang] [benchmark flags...]
#
# --clang also builds with clang++ in build/bench-clang and runs that too.
# Other arguments go to the benchmark, e.g. --benchmark_filter=sum.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

with_clang=0
if [[ "${1:-}" == "--clang" ]]; then
  with_clang=1
  shift
fi

# Runs one build's benchmark into <json> and prints its ratios.
run_one() {
  local label=$1 binary=$2 json=$3
  shift 3
  echo "== ${label}: ${binary}"
  "${binary}" --benchmark_out="${json}" --benchmark_out_format=json "$@"
  python3 - "${label}" "${json}" <<'EOF'
import json
import sys

label, path = sys.argv[1], sys.argv[2]
with open(path) as f:
    data = json.load(f)

UNIT = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
# (workload, argument) -> implementation -> (ns per item, allocations per iteration)
results = {}
repeated = any(b.get("run_type") == "aggregate" for b in data["benchmarks"])
for b in data["benchmarks"]:
    if repeated and b.get("aggregate_name") != "median":
        continue
    parts = [p for p in b["run_name"].split("/") if ":" not in p]
    workload, impl = parts[0], parts[1]
    arg = parts[2] if len(parts) > 2 else ""
    ns = b["cpu_time"] * UNIT[b["time_unit"]] / b["items"]
    results.setdefault((workload, arg), {})[impl] = (ns, b["allocs"], b.get("frame_bytes", 0))

def ratio(a, b):
    return "%.2fx" % (a / b) if a is not None and b else "-"

print("\n%s: ns per item (cpu time, median), corogen's ratios" % label)
print("%-18s %9s %9s %9s %10s %10s %8s %14s" %
      ("workload", "hand", "corogen", "coro20", "vs hand", "vs coro20", "allocs",
       "frame bytes"))
for (workload, arg), impls in results.items():
    name = workload + ("/" + arg if arg else "")
    ns = {k: v[0] for k, v in impls.items()}
    cell = lambda k: "%9.2f" % ns[k] if k in ns else "%9s" % "-"
    allocs = "%8.0f" % impls["corogen"][1] if "corogen" in impls else ""
    # The size of one frame: corogen's / the C++20 coroutine's (0: none made
    # during the timing, as when a chain is built beforehand).
    size = lambda k: "%.0f" % impls[k][2] if k in impls and impls[k][2] else "-"
    print("%-18s %s %s %s %10s %10s %s %14s" % (
        name, cell("hand"), cell("corogen"), cell("coro20"),
        ratio(ns.get("corogen"), ns.get("hand")),
        ratio(ns.get("corogen"), ns.get("coro20")), allocs,
        size("corogen") + " / " + size("coro20")))

depth = {arg: impls["corogen"][0] for (w, arg), impls in results.items()
         if w == "delegation" and "corogen" in impls}
if "1" in depth and "512" in depth:
    print("corogen delegation depth 512 / depth 1: %.2fx" % (depth["512"] / depth["1"]))
EOF
}

# The compiler a build directory uses, as its --version names it.
compiler_of() {
  "$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$1/CMakeCache.txt")" --version | head -n 1
}

cmake --build build --target corogen-bench
run_one "$(compiler_of build)" build/bin/corogen-bench build/bench.json "$@"

if ((with_clang)); then
  # (The bench's generators go through the tool: the one build/ made.)
  CXX=clang++ cmake -S . -B build/bench-clang -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOROGEN_BUILD_TOOL=OFF -DCOROGEN_TOOL_EXECUTABLE="$PWD/build/bin/corogen" \
    -DCOROGEN_BUILD_TESTS=OFF >/dev/null
  cmake --build build/bench-clang --target corogen-bench
  run_one "$(compiler_of build/bench-clang)" build/bench-clang/bin/corogen-bench \
    build/bench-clang.json "$@"
fi
