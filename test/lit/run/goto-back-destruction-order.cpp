// A goto back past the declaration of a local kept in the frame destroys it
// before the jump, explicitly; an ordinary local constructed after it and
// destroyed by the same jump (C++ destroys it as it jumps) would then die
// after it. It is kept in the frame too, so that both die in reverse order
// of construction: in the function's outermost block, in the frame local's
// block from a nested one, and in a template.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

std::string num(const char *s, int n) { return s + std::to_string(n); }

corogen::generator<int> outermost() {
  int n = 0;
again:
  Tracer m(num("m", n));
  const Tracer &r = Tracer(num("r", n));
  CORO_YIELD(n);
  Tracer p(num("p", n));
  if (++n < 2)
    goto again;
  say("end ", m.name(), r.name(), p.name());
}

corogen::generator<int> nested() {
  int n = 0;
again:
  Tracer m(num("m", n));
  {
    CORO_YIELD(n);
    Tracer inner(num("inner", n));
    if (++n < 2)
      goto again;
  }
  say("end ", m.name());
}

template <class T> corogen::generator<int> inTemplate() {
  int n = 0;
again:
  T m(num("m", n));
  CORO_YIELD(n);
  T p(num("p", n));
  if (++n < 2)
    goto again;
  say("end ", m.name(), p.name());
}

int main() {
  for (int v : outermost())
    say("got ", v);
  // CHECK:      ctor m0
  // CHECK-NEXT: ctor r0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: ctor p0
  // CHECK-NEXT: dtor p0
  // CHECK-NEXT: dtor r0
  // CHECK-NEXT: dtor m0
  // CHECK-NEXT: ctor m1
  // CHECK-NEXT: ctor r1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor p1
  // CHECK-NEXT: end m1r1p1
  // CHECK-NEXT: dtor p1
  // CHECK-NEXT: dtor r1
  // CHECK-NEXT: dtor m1
  say("--");
  for (int v : nested())
    say("got ", v);
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor m0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: ctor inner0
  // CHECK-NEXT: dtor inner0
  // CHECK-NEXT: dtor m0
  // CHECK-NEXT: ctor m1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor inner1
  // CHECK-NEXT: dtor inner1
  // CHECK-NEXT: end m1
  // CHECK-NEXT: dtor m1
  say("--");
  for (int v : inTemplate<Tracer>())
    say("got ", v);
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor m0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: ctor p0
  // CHECK-NEXT: dtor p0
  // CHECK-NEXT: dtor m0
  // CHECK-NEXT: ctor m1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor p1
  // CHECK-NEXT: end m1p1
  // CHECK-NEXT: dtor p1
  // CHECK-NEXT: dtor m1
}
