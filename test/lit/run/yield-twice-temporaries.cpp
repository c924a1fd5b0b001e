// Temporaries of a full-expression that suspends live to its end: a
// temporary bound to a reference parameter, one whose member a kept
// reference refers into, and one materialised for a member call are kept in
// the frame across the suspensions and destroyed at the end of the
// statement; when the generator is unwound at a suspension (an exception
// thrown in, close()) they are destroyed, innermost first. A local
// initialised from such an expression is constructed before they die. A by-value
// parameter of a call that runs before the suspension dies when that call
// returns ([expr.call] p7 leaves the choice to the implementation). Python
// twin (C++ temporaries spelled as variables destroyed where C++ destroys
// them):
//   def byval_len(t):
//       n = t.len(); t.dtor(); return n     # the parameter dies as the call returns
//   def make(a, n): return Tracer(a.name + str(n))
//   def temps():
//       t = Tracer("t1"); say("g ", g2(t.name, (yield 1), (yield 2))); t.dtor()
//       t = Tracer("n"); say("n ", t.len() + int((yield 3))); t.dtor()
//       say("q ", byval_len(Tracer("q")) + int((yield 4)))
//       k = Tracer("m"); m = make(k, int((yield 40))); k.dtor()
//       try:
//         try:
//           e1 = Tracer("e1"); e2 = Tracer("e2")
//           try: say("e ", f3(e1, e2, (yield 5), (yield 6)))
//           finally: e2.dtor(); e1.dtor()
//         except RuntimeError as e:
//           say("caught ", e)
//         c1 = Tracer("c1"); c2 = Tracer("c2")
//         try: say("c ", f3(c1, c2, (yield 7), (yield 8)))
//         finally: c2.dtor(); c1.dtor()
//       finally: m.dtor()
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

const std::string &name_of(const Tracer &t) { return t.name(); }
int g2(const std::string &a, int b, int c) {
  say("g2 ", a, " ", b, " ", c);
  return b + c;
}
int f3(const Tracer &t1, const Tracer &t2, int a, int b) {
  say("f3 ", t1.name(), " ", t2.name(), " ", a, " ", b);
  return a + b;
}
int byval_len(Tracer t) { return static_cast<int>(t.name().size()); }
Tracer make(const Tracer &a, int n) { return Tracer(a.name() + std::to_string(n)); }

corogen::generator<int, int> temps() {
  say("g ", g2(name_of(Tracer("t1")), CORO_YIELD(1), CORO_YIELD(2)));
  say("n ", static_cast<int>(Tracer("n").name().size()) + int(CORO_YIELD(3)));
  say("q ", byval_len(Tracer("q")) + int(CORO_YIELD(4)));
  Tracer m = make(Tracer("m"), CORO_YIELD(40));
  try {
    say("e ", f3(Tracer("e1"), Tracer("e2"), CORO_YIELD(5), CORO_YIELD(6)));
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  say("c ", f3(Tracer("c1"), Tracer("c2"), CORO_YIELD(7), CORO_YIELD(8)));
}

int main() {
  auto g = temps();
  say("got ", g.next());
  say("got ", g.send(10));
  say("got ", g.send(20));
  say("got ", g.send(1));
  say("got ", g.send(1));
  say("got ", g.send(4));
  say("got ", g.send(5));
  say("got ", g.throw_exception(std::runtime_error("boom")));
  say("got ", g.send(7));
  g.close();
  say("closed");
  // CHECK:      ctor t1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: g2 t1 10 20
  // CHECK-NEXT: g 30
  // CHECK-NEXT: dtor t1
  // CHECK-NEXT: ctor n
  // CHECK-NEXT: got 3
  // CHECK-NEXT: n 2
  // CHECK-NEXT: dtor n
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: got 4
  // CHECK-NEXT: q 2
  // CHECK-NEXT: ctor m
  // CHECK-NEXT: got 40
  // CHECK-NEXT: ctor m4
  // CHECK-NEXT: dtor m
  // CHECK-NEXT: ctor e1
  // CHECK-NEXT: ctor e2
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 6
  // CHECK-NEXT: dtor e2
  // CHECK-NEXT: dtor e1
  // CHECK-NEXT: caught boom
  // CHECK-NEXT: ctor c1
  // CHECK-NEXT: ctor c2
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 8
  // CHECK-NEXT: dtor c2
  // CHECK-NEXT: dtor c1
  // CHECK-NEXT: dtor m4
  // CHECK-NEXT: closed
}
