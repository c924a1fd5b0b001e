// Markers inside larger expressions that corogen still rejects: an operand
// of the comma operator, of GNU's `a ?: b`, and a CORO_RETURN that is not a
// statement of its own. (Several markers in one expression, markers in
// markers' operands and on the assigned side of an assignment are fine:
// run/yield-twice-in-expression.cpp, run/yield-in-yield-operand.cpp,
// run/yield-in-assigned-operand.cpp.)
// RUN: not %corogen %s -- %cxxflags -Wno-gnu-conditional-omitted-operand 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int use(int, int);

corogen::generator<int, int> gen(int a) {
  // CHECK: :[[@LINE+1]]:21: error: CORO_YIELD inside a larger expression is not supported yet
  int b = (a++, int(CORO_YIELD(1)));
  // CHECK: :[[@LINE+1]]:20: error: CORO_YIELD inside a larger expression is not supported yet
  int c = a ?: int(CORO_YIELD(2));
  CORO_YIELD(use(b, c));
}
