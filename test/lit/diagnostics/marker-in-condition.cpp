// A marker in the increment of a `for` loop that has a condition variable.
// (Markers in init-statements and condition variables of if, switch, while,
// for and range-for statements, and in a for's condition and increment, are
// fine: run/yield-in-condition-variable.cpp, run/yield-in-loop-header.cpp,
// run/for-condition-variable.cpp, run/range-for-init-statement.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:39: error: CORO_YIELD in the increment of a 'for' loop that has a condition variable is not supported yet
  for (int i = 3; int j = i; i -= int(CORO_YIELD(j))) {
  }
}
