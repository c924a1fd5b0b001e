// The value of CORO_YIELD taken by a compound assignment or a comparison
// that clang types as the built-in operator's, where the send type does not
// make the built-in operator the output's: one that depends on a template
// parameter, or a class's. There the compound assignment may only stand as
// a statement and the comparison only be a condition, where no use of the
// value's type follows (run/yield-in-comparison.cpp,
// run/yield-compound-assignment.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

void use(int);

template <class T> corogen::generator<int, T> in_template() {
  // CHECK: :[[@LINE+1]]:12: error: clang types this comparison with the value of CORO_YIELD as the built-in operator's, but the send type depends on a template parameter, so the output may call another operator, of another type; use the comparison only as the condition of an 'if', a 'while', a do-while or a 'for', or convert the value to the type you mean, as in 'int(CORO_YIELD(...))'
  bool b = CORO_YIELD(3) < 4;
  int n = 0;
  // Allowed: a condition, and a statement.
  while (CORO_YIELD(n) != 0)
    n += CORO_YIELD(n);
  // CHECK: :[[@LINE+1]]:12: error: clang types this compound assignment with the value of CORO_YIELD as the built-in operator's, but the send type depends on a template parameter, so the output may call another operator, of another type; use the compound assignment only as a statement, or convert
  use(n += CORO_YIELD(1));
}

struct Num {
  int v;
  operator int() const { return v; }
};

corogen::generator<int, Num> with_class() {
  int n = 0;
  // CHECK: :[[@LINE+1]]:17: error: clang types this compound assignment with the value of CORO_YIELD as the built-in operator's, but the send type is not an arithmetic type, so the output may call another operator
  int m = (n += CORO_YIELD(2));
  // CHECK: :[[@LINE+1]]:14: error: clang types this comparison {{.*}} the send type is not an arithmetic type
  CORO_YIELD(CORO_YIELD(m) == 1);
  if (CORO_YIELD(m) == 1)
    n = 2;
}

template corogen::generator<int, long> in_template<long>();
