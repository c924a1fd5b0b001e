// A local that lives across a suspension with a type that cannot be named
// outside the generator's body (a local class, a lambda's closure type) is
// kept in a box, made by its own declaration, which must then declare it
// alone, in a statement of a block or an init-statement, as an object,
// an array made from a braced list or by default, or as a reference to an
// object or to a whole temporary (run/unnameable-locals.cpp,
// run/unnameable-arrays.cpp): two in one declaration, a reference to a part
// of a temporary, one of a named class or an unnamed enumeration that its
// declaration defines (which the rest of the body could name, but which the
// box's making function would then own), and one declared as a condition are refused.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  struct Local {
    int v;
  };
  struct Outer {
    Local in;
  };
  Local pair[2] = {{1}, {2}};
  // CHECK: :[[@LINE+1]]:27: error: 'named' lives across a suspension, but its type cannot be named outside the generator's body, and corogen keeps such a local only when it is declared on its own by a statement of a block or the init-statement of a for, an if or a switch, as an object, or an array made from a braced list or by default (not 'static', nor of a named class or an unnamed enumeration that the declaration defines), or as a reference bound to an object or to a whole temporary; declare it so, or with a type defined outside the generator
  struct Named { int v; } named[1] = {{4}};
  // CHECK: :[[@LINE+2]]:9: error: 'a' lives across a suspension, but its type cannot be named
  // CHECK: :[[@LINE+1]]:15: error: 'b' lives across a suspension, but its type cannot be named
  Local a{1}, b{2};
  // CHECK: :[[@LINE+1]]:16: error: 'part' lives across a suspension, but its type cannot be named
  const Local &part = Outer{{3}}.in;
  struct Flag {
    int v;
    explicit operator bool() const { return v > 0; }
  };
  // An unnamed enumeration that the declaration defines (its enumerators
  // would become members of the class made in the box):
  // CHECK: :[[@LINE+1]]:26: error: 'e' lives across a suspension, but its type cannot be named
  enum { first, second } e = second;
  // (In an init-statement it works: run/unnameable-locals-control-flow.cpp.)
  // CHECK: :[[@LINE+1]]:12: error: 'c' lives across a suspension, but its type cannot be named
  if (Flag c = Flag{6})
    CORO_YIELD(c.v);
  CORO_YIELD(pair[1].v + a.v + b.v + part.v + named[0].v + e);
}
// CHECK-NOT: error:
