// The unbraced body of a range-for whose loop variable lives in the frame
// gets braces: the loop variable's scope. A goto within that body, to a
// label on the body itself or inside it, stays in the scope and leaves the
// loop variable alive, as in C++ (it used to be destroyed there, and again
// at the end of the iteration).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

struct Pair {
  Tracer a{"a"};
  Tracer b{"b"};
  const Tracer *begin() const { return &a; }
  const Tracer *end() const { return &b + 1; }
};

corogen::generator<int> labelledBody() {
  Pair two;
  int n = 0;
  for (Tracer x : two)
  again: {
    CORO_YIELD(n);
    say("x ", x.name());
    if (++n == 1)
      goto again;
  }
}

corogen::generator<int> labelInsideBody() {
  Pair two;
  int n = 0;
  for (Tracer x : two)
    if (n >= 0) {
    inside:
      CORO_YIELD(n);
      say("x ", x.name());
      if (++n == 1)
        goto inside;
    }
}

int main() {
  for (int v : labelledBody())
    say("got ", v);
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: copy a
  // CHECK-NEXT: got 0
  // CHECK-NEXT: x a
  // CHECK-NEXT: got 1
  // CHECK-NEXT: x a
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: got 2
  // CHECK-NEXT: x b
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  say("--");
  for (int v : labelInsideBody())
    say("got ", v);
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: copy a
  // CHECK-NEXT: got 0
  // CHECK-NEXT: x a
  // CHECK-NEXT: got 1
  // CHECK-NEXT: x a
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: got 2
  // CHECK-NEXT: x b
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
}
