// A temporary with a destructor kept across a suspension on the right of &&
// or ||, or in a branch of ?:, is made only when C++ evaluates that side,
// and destroyed at the end of the full-expression only if it was made (a
// flag in the frame says so), in reverse order with the other temporaries
// kept there; closing the generator at a suspension destroys what was made,
// also where a later operand follows one that the condition skipped. Python twin (Tracer(n) prints "ctor n", dtor() "dtor n"):
//   def gen(first):
//       a = check("a", first)
//       if a: t = Tracer("l"); a = use(t, (yield 1)) > 0; t.dtor()
//       say("a ", int(a))
//       b = check("b", first)
//       if not b: t = Tracer("r"); b = use(t, (yield 2)) > 0; t.dtor()
//       say("b ", int(b))
//       if check("c", first): t = Tracer("t"); c = use(t, (yield 3)); t.dtor()
//       else: c = 0
//       say("c ", c)
//       if check("d", first): t = Tracer("p"); d = use(t, (yield 5)); t.dtor()
//       else: t = Tracer("q"); d = use(t, (yield 6)); t.dtor()
//       say("d ", d)
//       c0 = check("e", first); e = c0
//       if c0: x = Tracer("x"); e = use(x, (yield 7)) > 0
//       y = Tracer("y"); e = int(e) + use(y, (yield 8)); y.dtor()
//       if c0: x.dtor()                    # the temporaries die in reverse
//       say("e ", e)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

bool check(const char *what, bool v) {
  say("check ", what);
  return v;
}
int use(const Tracer &t, int n) {
  say("use ", t.name(), " ", n);
  return n;
}

corogen::generator<int, int> gen(bool first) {
  int a = check("a", first) && use(Tracer("l"), CORO_YIELD(1)) > 0;
  say("a ", a);
  int b = check("b", first) || use(Tracer("r"), CORO_YIELD(2)) > 0;
  say("b ", b);
  int c = check("c", first) ? use(Tracer("t"), CORO_YIELD(3)) : 0;
  say("c ", c);
  int d = check("d", first) ? use(Tracer("p"), CORO_YIELD(5)) : use(Tracer("q"), CORO_YIELD(6));
  say("d ", d);
  int e = (check("e", first) && use(Tracer("x"), CORO_YIELD(7)) > 0) + use(Tracer("y"), CORO_YIELD(8));
  say("e ", e);
}

void drain(corogen::generator<int, int> g, int sent) {
  try {
    say("got ", g.next());
    for (;;)
      say("got ", g.send(sent));
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
}

int main() {
  drain(gen(true), 5);
  // CHECK:      check a
  // CHECK-NEXT: ctor l
  // CHECK-NEXT: got 1
  // CHECK-NEXT: use l 5
  // CHECK-NEXT: dtor l
  // CHECK-NEXT: a 1
  // CHECK-NEXT: check b
  // CHECK-NEXT: b 1
  // CHECK-NEXT: check c
  // CHECK-NEXT: ctor t
  // CHECK-NEXT: got 3
  // CHECK-NEXT: use t 5
  // CHECK-NEXT: dtor t
  // CHECK-NEXT: c 5
  // CHECK-NEXT: check d
  // CHECK-NEXT: ctor p
  // CHECK-NEXT: got 5
  // CHECK-NEXT: use p 5
  // CHECK-NEXT: dtor p
  // CHECK-NEXT: d 5
  // CHECK-NEXT: check e
  // CHECK-NEXT: ctor x
  // CHECK-NEXT: got 7
  // CHECK-NEXT: use x 5
  // CHECK-NEXT: ctor y
  // CHECK-NEXT: got 8
  // CHECK-NEXT: use y 5
  // CHECK-NEXT: dtor y
  // CHECK-NEXT: dtor x
  // CHECK-NEXT: e 6
  // CHECK-NEXT: stop
  drain(gen(false), 0);
  // CHECK-NEXT: check a
  // CHECK-NEXT: a 0
  // CHECK-NEXT: check b
  // CHECK-NEXT: ctor r
  // CHECK-NEXT: got 2
  // CHECK-NEXT: use r 0
  // CHECK-NEXT: dtor r
  // CHECK-NEXT: b 0
  // CHECK-NEXT: check c
  // CHECK-NEXT: c 0
  // CHECK-NEXT: check d
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: got 6
  // CHECK-NEXT: use q 0
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: d 0
  // CHECK-NEXT: check e
  // CHECK-NEXT: ctor y
  // CHECK-NEXT: got 8
  // CHECK-NEXT: use y 0
  // CHECK-NEXT: dtor y
  // CHECK-NEXT: e 0
  // CHECK-NEXT: stop
  auto g = gen(true);
  say("got ", g.next());
  // CHECK-NEXT: check a
  // CHECK-NEXT: ctor l
  // CHECK-NEXT: got 1
  g.close();
  // CHECK-NEXT: dtor l
  say("closed");
  // CHECK-NEXT: closed
  // Closed where the chain passes an operand the condition skipped (x).
  auto h = gen(false);
  say("got ", h.next());
  // CHECK-NEXT: check a
  // CHECK-NEXT: a 0
  // CHECK-NEXT: check b
  // CHECK-NEXT: ctor r
  // CHECK-NEXT: got 2
  say("got ", h.send(1));
  // CHECK-NEXT: use r 1
  // CHECK-NEXT: dtor r
  // CHECK-NEXT: b 1
  // CHECK-NEXT: check c
  // CHECK-NEXT: c 0
  // CHECK-NEXT: check d
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: got 6
  say("got ", h.send(0));
  // CHECK-NEXT: use q 0
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: d 0
  // CHECK-NEXT: check e
  // CHECK-NEXT: ctor y
  // CHECK-NEXT: got 8
  h.close();
  // CHECK-NEXT: dtor y
  say("closed");
  // CHECK-NEXT: closed
}
