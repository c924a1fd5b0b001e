// A marker in a default argument.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

// CHECK: :[[@LINE+1]]:42: error: CORO_YIELD in a default argument
corogen::generator<int, int> gen(int x = CORO_YIELD(1)) {
  CORO_YIELD(x);
}
