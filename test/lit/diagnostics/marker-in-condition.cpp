// A marker where its statement would have to run something before it: the
// condition of a do loop (after the body), the increment of a for loop, and
// the initialiser of a condition variable. (A while loop's or an if's
// condition is fine: run/yield-in-condition.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  do {
  // CHECK: :[[@LINE+1]]:12: error: CORO_YIELD in the condition
  } while (CORO_YIELD(1));
  // CHECK: :[[@LINE+1]]:35: error: CORO_YIELD in the condition
  for (int i = 0; i < 3; i += int(CORO_YIELD(2))) {
  }
  // CHECK: :[[@LINE+1]]:15: error: CORO_YIELD in the condition
  if (int v = CORO_YIELD(3)) {
    (void)v;
  }
}
