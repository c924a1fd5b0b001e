// A variable-length array (a GNU extension) that lives across a suspension.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen(int n) {
  // CHECK: :[[@LINE+1]]:7: error: 'values' is a variable-length array that lives across a suspension
  int values[n];
  values[0] = 1;
  CORO_YIELD(values[0]);
  CORO_YIELD(values[0]);
}
