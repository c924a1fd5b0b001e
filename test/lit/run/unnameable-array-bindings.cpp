// Structured bindings of arrays whose element type the frame cannot name (a
// class of the body), living across a suspension, outside templates and in
// them: a reference's box keeps the array's address, so the names are its
// elements; a copy's box keeps the runtime's array_object, which copies the
// elements first to last (moves them from an xvalue) and destroys them last
// first, where C++ destroys the hidden array, before the array it copied.
// `auto [a, b](arr)` copies as `= arr` does. Before, each was refused (or,
// in a template, written out with a slot of the body's type: output that
// did not compile). Python has no such bindings: the lines follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>

using trace::drive;
using trace::say;

corogen::generator<int, int> plain() {
  struct Local {
    trace::Tracer t;
    int v;
  };
  Local arr[2] = {{trace::Tracer("x"), 1}, {trace::Tracer("y"), 2}};
  auto &[r0, r1] = arr;
  r1.v = 20;
  auto [c0, c1] = arr;
  c0.v = CORO_YIELD(c0.v + c1.v);
  say("copy ", c0.v, " ", c1.v, ", array ", arr[0].v, " ", arr[1].v);
  CORO_YIELD(r0.v + r1.v);
  auto [m0, m1] = std::move(arr);
  CORO_YIELD(m0.v + m1.v);
}

template <class T> corogen::generator<int, int> templated(T t) {
  struct Local {
    T v;
  };
  Local arr[3] = {{t}, {T(t + 1)}, {T(t + 2)}};
  const auto &[r0, r1, r2] = arr;
  auto [c0, c1, c2](arr);
  arr[2].v = 0;
  CORO_YIELD(int(c0.v + c1.v + c2.v));
  c1.v = CORO_YIELD(int(r0.v + r1.v + r2.v));
  say("copy ", c1.v, ", array ", arr[1].v);
}

int main() {
  say("-- plain");
  drive(plain());
  // CHECK-LABEL: -- plain
  // CHECK-NEXT:  ctor x
  // CHECK-NEXT:  ctor y
  // CHECK-NEXT:  copy x
  // CHECK-NEXT:  copy y
  // CHECK-NEXT:  got 21
  // CHECK-NEXT:  copy 22 20, array 1 20
  // CHECK-NEXT:  got 21
  // CHECK-NEXT:  move x
  // CHECK-NEXT:  move y
  // CHECK-NEXT:  got 21
  // CHECK-NEXT:  dtor y
  // CHECK-NEXT:  dtor x
  // CHECK-NEXT:  dtor y
  // CHECK-NEXT:  dtor x
  // CHECK-NEXT:  dtor (moved-from) y
  // CHECK-NEXT:  dtor (moved-from) x
  // CHECK-NEXT:  stop
  say("-- templated");
  drive(templated(10));
  // CHECK-LABEL: -- templated
  // CHECK-NEXT:  got 33
  // CHECK-NEXT:  got 21
  // CHECK-NEXT:  copy 22, array 11
  // CHECK-NEXT:  stop
}
