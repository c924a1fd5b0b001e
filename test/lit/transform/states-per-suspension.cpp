// --dump-ir lists one state per suspension (CORO_YIELD and CORO_YIELD_FROM,
// not CORO_RETURN), at the marker's line and column, after the entry state.
// RUN: %corogen %s --dump-ir -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

// CHECK: generator walk line [[#@LINE+1]]
corogen::generator<int> walk(const std::vector<int> &v) {
  // CHECK: state 0 entry
  // CHECK-NEXT: state 1 yield at [[#@LINE+1]]:3
  CORO_YIELD(0);
  // CHECK-NEXT: state 2 yield-from at [[#@LINE+1]]:3
  CORO_YIELD_FROM(v);
  for (int x : v) {
    // CHECK-NEXT: state 3 yield at [[#@LINE+1]]:5
    CORO_YIELD(x);
  }
  if (v.empty())
    CORO_RETURN();
  // CHECK-NEXT: state 4 yield at [[#@LINE+1]]:3
  CORO_YIELD(-1);
  // CHECK-NOT: state 5
}
