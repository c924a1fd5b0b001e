// A marker inside the operand of another marker.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:14: error: CORO_YIELD inside the operand of another marker
  CORO_YIELD(CORO_YIELD(1));
}
