// A marker in an unevaluated operand (sizeof, decltype) never runs.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:25: error: CORO_YIELD in an unevaluated operand never runs
  int size = int(sizeof(CORO_YIELD(1)));
  // CHECK: :[[@LINE+1]]:12: error: CORO_YIELD in an unevaluated operand never runs
  decltype(CORO_YIELD(2)) *p = nullptr;
  (void)p;
  CORO_YIELD(size);
}
