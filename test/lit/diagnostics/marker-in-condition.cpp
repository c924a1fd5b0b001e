// A marker in a for loop's condition variable, or in a range-based for's
// init-statement. (Markers in init-statements and condition variables of if,
// switch and while statements, and in a for's init-statement, condition and
// increment are fine: run/yield-in-condition-variable.cpp,
// run/yield-in-loop-header.cpp.)
// RUN: not %corogen %s -- %cxxflags -std=c++20 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

corogen::generator<int, int> gen(std::vector<int> v) {
  // CHECK: :[[@LINE+1]]:18: error: CORO_YIELD in the condition variable of a 'for' loop, or in the init-statement of a range-based 'for', is not supported yet
  for (; int j = CORO_YIELD(3);) {
    (void)j;
  }
  // CHECK: :[[@LINE+1]]:16: error: CORO_YIELD in the condition variable of a 'for' loop, or in the init-statement of a range-based 'for', is not supported yet
  for (int n = CORO_YIELD(4); int x : v) {
    (void)(x + n);
  }
}
