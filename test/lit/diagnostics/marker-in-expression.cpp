// A marker inside a larger expression that corogen still rejects: one in a
// GNU statement expression (`({ ... })`, whose statements are an expression's
// part and which a resume could not jump into). (Several markers in one
// expression, markers in markers' operands, on the assigned side of an
// assignment, on either side of a comma and of GNU's `a ?: b` are fine: run/yield-twice-in-expression.cpp,
// run/yield-in-yield-operand.cpp, run/yield-in-assigned-operand.cpp,
// run/yield-after-comma.cpp.)
// RUN: not %corogen %s -- %cxxflags -Wno-gnu-statement-expression 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int use(int, int);

corogen::generator<int, int> gen(int a) {
  int b = (int(CORO_YIELD(1)), a++); // fine: run/yield-after-comma.cpp
  // CHECK: :[[@LINE+1]]:33: error: CORO_YIELD inside a larger expression is not supported yet
  int x = ({ int y = a; y + int(CORO_YIELD(2)); });
  CORO_YIELD(use(b, x));
}
