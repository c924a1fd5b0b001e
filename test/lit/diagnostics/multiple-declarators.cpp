// A marker in one of several declarators' initialisers: the variables before
// it would have to be constructed before the suspension, the rest after;
// rejected. (Several variables that live across suspensions in one
// declaration are fine: run/multiple-declarators.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:18: error: CORO_YIELD in the initialiser of a declaration of several variables
  int a = 1, b = CORO_YIELD(a);
  CORO_YIELD(a + b);
}
