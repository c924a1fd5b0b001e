// A temporary that a reference member binds, made before a marker of its
// local's initialiser, is kept in its slot from before the suspension on
// (run/reference-member-temporaries.cpp), also after a kept temporary
// with a destructor that dies at the statement's end. Refused, with the
// advice to compute it into a variable first: one made on one side of `?:`
// only.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

struct S {
  int v;
};
struct D {
  int v;
  ~D() {}
};
struct K {
  int k;
  const S &r;
  int j;
};
int length(const D &d) { return d.v; }

corogen::generator<int, int> markers(bool cond) {
  S s{1};
  K x{length(D{1}), S{2}, CORO_YIELD(3)};
  // CHECK: :[[@LINE+1]]:51: error: CORO_YIELD here would need 'cond ? static_cast<const S &>(S{4}) : s' kept across the suspension, which corogen cannot do faithfully yet (it is a temporary that a reference member binds, made on one side of a condition only)
  K y{0, cond ? static_cast<const S &>(S{4}) : s, CORO_YIELD(5)};
  CORO_YIELD(x.r.v + y.r.v);
}
