// Markers inside larger expressions that corogen still rejects: a second
// marker in one expression, the assigned side of an assignment; and
// (marker-operand-temporary.cpp) an earlier operand that made a temporary the
// statement still needs.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

int use(int, int);
const std::string &id(const std::string &s);

corogen::generator<int, int> gen(int *slots) {
  // CHECK: :[[@LINE+1]]:30: error: a second marker in the same expression is not supported yet
  int d = use(CORO_YIELD(3), CORO_YIELD(4));
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD on the left of an assignment is not supported yet
  slots[int(CORO_YIELD(5))] = 1;
  CORO_YIELD(d);
}
