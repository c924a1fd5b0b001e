// Using the value of CORO_YIELD in a generator whose send type is void, in
// an initialiser, in an assignment, and as an operand.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
// As an operand that clang cannot type-check, where clang's error ends the
// run first (a template's too):
// RUN: not %corogen %s -- %cxxflags -DOPERAND 2>&1 | FileCheck %s --check-prefix=OPERAND
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:11: error: this generator is sent nothing (its send type is 'void'), so CORO_YIELD has no value
  int v = CORO_YIELD(1);
  int w = 0;
  // CHECK: :[[@LINE+1]]:7: error: this generator is sent nothing (its send type is 'void')
  w = CORO_YIELD(v);
  CORO_YIELD(w);
#ifdef OPERAND
  // OPERAND: :[[@LINE+1]]:11: error: this generator is sent nothing (its send type is 'void')
  w = 1 + CORO_YIELD(w);
#endif
}

#ifdef OPERAND
template <class T> corogen::generator<T, void> each(T t) {
  // OPERAND: :[[@LINE+1]]:15: error: this generator is sent nothing (its send type is 'void')
  int n = 2 * CORO_YIELD(1);
  CORO_YIELD(t + n);
}
#endif
