// The value of CORO_YIELD where clang cannot type-check it: it has no type
// until corogen gives it the send type. (A compound assignment to a
// variable of a built-in type, `n += CORO_YIELD(1);`, is type-checked as
// the built-in operator: run/yield-compound-assignment.cpp; one to an
// object of a class, whose operators the marker's value could take in many
// ways, is not.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>
#include <string>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:15: error: clang cannot type-check the value of CORO_YIELD here, since it has no type until corogen gives it the send type
  int x = 1 + CORO_YIELD(2);
  CORO_YIELD(x);
  std::string s;
  // CHECK: :[[@LINE+1]]:8: error: clang cannot type-check the value of CORO_YIELD here
  s += CORO_YIELD(3);
  int n = 0;
  // CHECK-NOT: :[[@LINE+1]]:{{[0-9]+}}: error:
  n += CORO_YIELD(4);
}
