// A variable declared in a for loop's condition, or in a range-based for's
// init-statement, whose lifetime spans a suspension. (Those of if, switch and
// while statements, and a for's init-statement, are fine:
// run/yield-in-condition-variable.cpp.)
// RUN: not %corogen %s -- %cxxflags -std=c++20 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

int next_value();

corogen::generator<int> gen(std::vector<int> v) {
  // CHECK: :[[@LINE+1]]:23: error: 'w', declared in the condition of a 'for' loop or in the init-statement of a range-based 'for', lives across a suspension
  for (int i = 0; int w = next_value() - i; ++i) {
    CORO_YIELD(w);
  }
  // CHECK: :[[@LINE+1]]:12: error: 'n', declared in the condition of a 'for' loop or in the init-statement of a range-based 'for', lives across a suspension
  for (int n = next_value(); int x : v) {
    CORO_YIELD(x + n);
  }
}
