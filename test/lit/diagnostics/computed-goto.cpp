// A computed goto (GNU labels as values) in a generator.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  void *target = &&again;
again:
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:3: error: a computed 'goto' in a generator cannot be followed across suspensions
  goto *target;
}
