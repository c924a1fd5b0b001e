// The value of CORO_YIELD where clang cannot type-check it: it has no type
// until corogen gives it the send type.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:15: error: clang cannot type-check the value of CORO_YIELD here, since it has no type until corogen gives it the send type
  int x = 1 + CORO_YIELD(2);
  CORO_YIELD(x);
}
