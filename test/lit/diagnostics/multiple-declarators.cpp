// Locals that live across a suspension declared with others in one
// declaration.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+2]]:7: error: 'a' lives across a suspension and shares its declaration with other variables
  // CHECK: :[[@LINE+1]]:14: error: 'b' lives across a suspension and shares its declaration
  int a = 1, b = 2;
  CORO_YIELD(a);
  CORO_YIELD(b);
}
