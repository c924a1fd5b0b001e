// `T x = e;` living across a suspension keeps copy-initialisation's
// meaning: a constructor's implicit conversion, `S s = 1;`, takes the
// constructor that copy-initialisation takes (not an explicit one that
// direct-initialisation from `1` would prefer: before, the frame made `S(1)`
// and took it, silently); a prvalue of another class that a constructor
// takes by value, `Conv c = Tracer("c");`, initialises the parameter itself
// (no move from a materialised temporary); and, in a template, where e's
// type depends on a template parameter, a prvalue of T, `Box b = make(t);`,
// is the local itself (before, it was copied, or moved, and the temporary
// destroyed). Outside and inside a template.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

struct S {
  int k;
  S(long) : k(1) {}
  explicit S(int) : k(2) {}
};
struct Conv {
  Tracer t;
  Conv(Tracer x) : t(static_cast<Tracer &&>(x)) { say("conv ", t.name()); }
};
struct Box {
  Tracer t;
  ~Box() { say("dtor box ", t.name()); }
};
template <class T> Box make(T v) { return Box{Tracer("b" + std::to_string(v))}; }

corogen::generator<int, int> plain() {
  S s = 1;
  Conv c = Tracer("c");
  Box b = make(1);
  CORO_YIELD(s.k);
  say("use ", c.t.name(), " ", b.t.name());
}
// CHECK-LABEL: {{^}}plain
// CHECK-NEXT: ctor c
// CHECK-NEXT: move c
// CHECK-NEXT: conv c
// CHECK-NEXT: dtor (moved-from) c
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 1
// CHECK-NEXT: use c b1
// CHECK-NEXT: dtor box b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor c
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> in_template(T t) {
  S s = 1;
  Conv c = Tracer("c" + std::to_string(t));
  Box b = make(t);
  CORO_YIELD(s.k + int(t));
  say("use ", c.t.name(), " ", b.t.name());
}
// CHECK-LABEL: {{^}}in_template
// CHECK-NEXT: ctor c2
// CHECK-NEXT: move c2
// CHECK-NEXT: conv c2
// CHECK-NEXT: dtor (moved-from) c2
// CHECK-NEXT: ctor b2
// CHECK-NEXT: got 3
// CHECK-NEXT: use c2 b2
// CHECK-NEXT: dtor box b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor c2
// CHECK-NEXT: stop

int main() {
  say("plain");
  trace::drive(plain());
  say("in_template");
  trace::drive(in_template(2));
}
