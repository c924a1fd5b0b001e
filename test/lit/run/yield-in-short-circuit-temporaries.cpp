// A temporary with a destructor kept across a suspension on the right of &&
// or ||, or in a branch of ?:, is made only when C++ evaluates that side,
// and destroyed at the end of the full-expression only if it was made (a
// flag in the frame says so); closing the generator at the suspension
// destroys it. Python twin (Tracer(n) prints "ctor n", dtor() "dtor n"):
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
}
