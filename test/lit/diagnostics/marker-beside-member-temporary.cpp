// A local that does not live across a suspension, whose braced list has a
// marker after a temporary that a reference member binds: C++ keeps the
// temporary alive as long as the local, and corogen would keep it only to
// the end of the statement (it was accepted, and the temporary died
// there). Refused; so where only g++ extends it (a prvalue aggregate).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

struct S {
  int v;
};
struct A {
  const S &r;
  int k;
};

int use(const A &a) { return a.r.v + a.k; }

corogen::generator<int, int> own() {
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD here would need 'S{1}' kept across the suspension, which corogen cannot do faithfully yet (it is a temporary that a reference binds, which C++ keeps alive as long as the variable the declaration makes)
  A a{S{1}, CORO_YIELD(2)};
  use(a);
}

corogen::generator<int, int> prvalue() {
  // CHECK: :[[@LINE+1]]:20: error: CORO_YIELD here would need 'S{3}' kept across the suspension
  auto b = A{S{3}, CORO_YIELD(4)};
  use(b);
}
