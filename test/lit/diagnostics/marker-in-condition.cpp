// A marker in the condition of a statement, as the condition itself or as
// the initialiser of a condition variable.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:10: error: CORO_YIELD in the condition
  while (CORO_YIELD(1)) {
  }
  // CHECK: :[[@LINE+1]]:15: error: CORO_YIELD in the condition
  if (int v = CORO_YIELD(2)) {
    (void)v;
  }
}
