// A structured binding that lives across a suspension.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

corogen::generator<int> gen() {
  std::pair<int, int> p{1, 2};
  // CHECK: :[[@LINE+1]]:8: error: the structured binding lives across a suspension
  auto [a, b] = p;
  CORO_YIELD(a);
  CORO_YIELD(b);
}
