// Markers inside larger expressions that corogen still rejects: a second
// marker in one expression, the assigned side of an assignment, the
// condition or increment of a for loop and the condition of a do loop; and
// (marker-operand-temporary.cpp) an earlier operand that made a temporary the
// statement still needs.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

int use(int, int);
const std::string &id(const std::string &s);

corogen::generator<int, int> gen(int *slots, int n) {
  // CHECK: :[[@LINE+1]]:30: error: a second marker in the same expression is not supported yet
  int d = use(CORO_YIELD(3), CORO_YIELD(4));
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD on the left of an assignment is not supported yet
  slots[int(CORO_YIELD(5))] = 1;
  // CHECK: :[[@LINE+1]]:27: error: CORO_YIELD in the condition or init-statement of a statement is not supported yet
  for (int i = 0; i < int(CORO_YIELD(6)); ++i) {
  }
  do {
  // CHECK: :[[@LINE+1]]:16: error: CORO_YIELD in the condition or init-statement of a statement is not supported yet
  } while (int(CORO_YIELD(7)) > n);
  CORO_YIELD(d);
}
