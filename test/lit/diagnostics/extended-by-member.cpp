// A local living across a suspension whose initialiser binds a reference
// member of an aggregate to a temporary: C++ keeps that temporary alive
// as long as the local ([class.temporary] p6), but the frame makes the
// local with a new-expression, where the temporary would die at the end
// of the statement. Refused (a reference local bound to one temporary is
// kept with it: run/reference-to-temporary.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

struct S {
  int v;
};
struct A {
  const S &r;
};

corogen::generator<int> members() {
  // CHECK: :[[@LINE+1]]:5: error: 'a' lives across a suspension and its initialiser binds a reference member to a temporary, which C++ keeps alive as long as 'a' but the frame cannot
  A a{S{1}};
  // CHECK: :[[@LINE+1]]:12: error: 'b' lives across a suspension and its initialiser binds a reference member to a temporary
  const A &b = A{S{2}};
  S s{3};
  A c{s};
  CORO_YIELD(a.r.v + b.r.v + c.r.v);
  CORO_YIELD(0);
}
// CHECK-NOT: error:
