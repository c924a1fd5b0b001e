// A local that lives across a suspension with a type that cannot be named
// outside the generator's body (a local class, a lambda's closure type) is
// kept in a box, made by its own declaration, which must then declare it
// alone, in a statement of a block or a for's init-statement, as an object
// or as a reference to an object or to a whole temporary: an array of them,
// two in one declaration, and a reference to a part of a temporary are
// refused.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  struct Local {
    int v;
  };
  struct Outer {
    Local in;
  };
  // CHECK: :[[@LINE+1]]:9: error: 'pair' lives across a suspension, but its type cannot be named outside the generator's body, and corogen keeps such a local only when it is declared on its own by a statement of a block or a for's init-statement, as an object (not an array or 'static') or as a reference bound to an object or to a whole temporary; declare it so, or with a type defined outside the generator
  Local pair[2] = {{1}, {2}};
  // CHECK: :[[@LINE+2]]:9: error: 'a' lives across a suspension, but its type cannot be named
  // CHECK: :[[@LINE+1]]:15: error: 'b' lives across a suspension, but its type cannot be named
  Local a{1}, b{2};
  // CHECK: :[[@LINE+1]]:16: error: 'part' lives across a suspension, but its type cannot be named
  const Local &part = Outer{{3}}.in;
  CORO_YIELD(pair[1].v + a.v + b.v + part.v);
}
// CHECK-NOT: error:
