// Markers inside larger expressions that corogen still rejects: where the
// marker might not run (right of && and ||, a branch of ?:), a second marker
// in one expression, the assigned side of an assignment, and an earlier
// operand that makes a temporary the statement still needs (in
// marker-operand-temporary.cpp: it is found after these).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

int use(int, int);
const std::string &id(const std::string &s);

corogen::generator<int, int> gen(bool ok, int *slots) {
  // CHECK: :[[@LINE+1]]:22: error: CORO_YIELD on the right of '&&', '||' or in a branch of '?:' is not supported yet
  bool b = ok && int(CORO_YIELD(1)) > 0;
  // CHECK: :[[@LINE+1]]:20: error: CORO_YIELD on the right of '&&', '||' or in a branch of '?:' is not supported yet
  int c = ok ? int(CORO_YIELD(2)) : 0;
  // CHECK: :[[@LINE+1]]:30: error: a second marker in the same expression is not supported yet
  int d = use(CORO_YIELD(3), CORO_YIELD(4));
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD on the left of an assignment is not supported yet
  slots[int(CORO_YIELD(5))] = 1;
  CORO_YIELD(b + c + d);
}
