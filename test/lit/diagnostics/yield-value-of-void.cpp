// Using the value of CORO_YIELD in a generator whose send type is void, in
// an initialiser and in an assignment.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:11: error: this generator is sent nothing (its send type is 'void'), so CORO_YIELD has no value
  int v = CORO_YIELD(1);
  int w = 0;
  // CHECK: :[[@LINE+1]]:7: error: this generator is sent nothing (its send type is 'void')
  w = CORO_YIELD(v);
  CORO_YIELD(w);
}
