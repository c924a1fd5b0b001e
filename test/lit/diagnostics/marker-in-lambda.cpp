// A marker inside a lambda nested in a generator: the lambda cannot suspend
// the generator around it.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  CORO_YIELD(0);
  // CHECK: :[[@LINE+1]]:15: error: CORO_YIELD inside a lambda in a generator
  [](int x) { CORO_YIELD(x); }(1);
}
