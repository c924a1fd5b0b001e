// A marker where its statement would have to run something before it: the
// initialiser of a condition variable, and an if's init-statement. (Plain
// conditions of if, switch, while, do and for, and a for's increment, are
// fine: run/yield-in-condition.cpp, run/yield-in-loop-header.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int next_value();

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:15: error: CORO_YIELD in the condition
  if (int v = CORO_YIELD(3)) {
    (void)v;
  }
  // CHECK: :[[@LINE+1]]:37: error: CORO_YIELD in the condition
  if (int w = next_value(); w > int(CORO_YIELD(4))) {
  }
}
