// A plain `return` in a generator.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen(bool stop) {
  CORO_YIELD(1);
  if (stop)
    // CHECK: :[[@LINE+1]]:5: error: 'return' in a generator
    return {};
  CORO_YIELD(2);
}
