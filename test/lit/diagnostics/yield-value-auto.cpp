// `auto v = CORO_YIELD(...)`: the marker does not know the sent type.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:8: error: the value of CORO_YIELD cannot initialise an 'auto' variable, since the marker does not know the sent type
  auto v = CORO_YIELD(1);
  CORO_YIELD(v);
}
