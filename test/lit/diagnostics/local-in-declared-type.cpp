// A local that lives across a suspension, whose written type depends on a
// template parameter and names a local of the body (in decltype): the frame
// spells its type at the top of the function, where that local is not in
// scope. `auto` works (its type is spelled from the initialiser:
// run/auto-from-bindings-in-template.cpp), and so does such a type for an
// ordinary local (run/structured-bindings-template.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

template <class T> corogen::generator<int> copies(T t) {
  T x = t;
  // CHECK: :[[@LINE+1]]:15: error: 'y' lives across a suspension and its type, which depends on a template parameter, names 'x', a local of the generator's body
  decltype(x) y = x;
  auto [a, b] = std::make_pair(t, t);
  // CHECK: :[[@LINE+1]]:15: error: 'z' lives across a suspension and its type, which depends on a template parameter, names 'a', a local of the generator's body
  decltype(a) z = a;
  CORO_YIELD(static_cast<int>(y + z + b));
}
// CHECK-NOT: error:
