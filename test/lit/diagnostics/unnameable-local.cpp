// A local that lives across a suspension with a type that cannot be named
// outside the generator's body (a local class, a lambda's closure type) is
// kept in a box, made by its own declaration, which must then declare it
// in a statement of a block, an init-statement or a condition, as an object, an array
// made from a braced list or by default, or as a reference to an object, a
// temporary or a part of one, or a structured binding, with other such
// locals only
// (run/unnameable-locals.cpp, run/unnameable-arrays.cpp,
// run/unnameable-locals-declared-together.cpp,
// run/unnamed-and-hidden-types-declared-together.cpp,
// run/unnameable-condition-variables.cpp,
// run/unnameable-structured-bindings.cpp,
// run/unnameable-reference-to-part.cpp,
// run/structured-bindings-user-get-boxed.cpp, run/unnameable-array-bindings.cpp,
// run/unnameable-decltype-auto.cpp, run/reference-paren-and-brace-init.cpp).
// run/handler-variable-of-body-class.cpp.
// Refused: a reference bound to a temporary that a braced list makes, and
// a structured binding's copy of an array of such a type whose initialiser
// suspends or holds a lambda.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  struct Local {
    int v;
  };
  struct Outer {
    Local in;
  };
  Outer out{{3}};
  const Local &w{4};
  // CHECK: :[[@LINE-1]]:16: error: 'w' lives across a suspension, but its type cannot be named outside the generator's body, and corogen keeps such a local only when it is declared by a statement of a block, or the init-statement or condition of a for, an if or a switch, or the condition of a while, as an object, or an array made from a braced list or by default (not 'static'), or as a reference bound to an object, a temporary or a part of one (not one that a braced list makes), or as a structured binding, with no other variables but such locals, or as a handler's exception variable; declare it so, or with a type defined outside the generator
  CORO_YIELD(out.in.v + w.v);
  static Local two[2] = {{1}, {2}};
  try {
    throw &two;
  } catch (Local (*const &arr)[2]) { // (kept: run/handler-pointer-reference.cpp)
    CORO_YIELD(2);
    CORO_YIELD((*arr)[1].v);
  }
}

// A structured binding's copy of an array of such a type is made from its
// initialiser's text, named in decltype too: not one that suspends (its
// text then holds what corogen writes for the marker) or holds a lambda.
corogen::generator<int, int> arrays() {
  struct Local {
    int v;
  };
  struct Holder {
    Local items[2];
  };
  auto [p, q] = Holder{{{CORO_YIELD(1)}, {2}}}.items;
  // CHECK: :[[@LINE-1]]:8: error: '[p, q]' lives across a suspension, but its type cannot be named outside the generator's body
  CORO_YIELD(p.v + q.v);
}
// CHECK-NOT: error:
