// A marker on the right of a built-in comma operator runs after its left,
// whose value is dropped and whose temporaries live to the end of the
// full-expression (across the suspension; destroyed by close() there too);
// on the right of GNU's `a ?: b` it runs only if `a`, evaluated once, is
// false; on its left, its value is `a`. Python twin (Python has neither operator; each is spelled out):
//   def gen():
//       t = Tracer("x"); f(t); g(1); a = (yield 1); t.dtor()
//       say("a ", a)
//       i = 0
//       while i < 2: i += 1; yield 10 + i
//       z = 0
//       w = z if z else (yield 6)
//       z = 3
//       u = z if z else (yield 7)
//       say("w ", w, " u ", u)
//       m = (yield 8); m = m if m else 40
//       say("m ", m)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

int f(const Tracer &t) {
  say("f ", t.name());
  return 1;
}
void g(int x) { say("g ", x); }
int counted(int z) {
  say("counted ", z);
  return z;
}

corogen::generator<int, int> gen() {
  int a = (f(Tracer("x")), g(1), int(CORO_YIELD(1)));
  say("a ", a);
  for (int i = 0; i < 2; ++i, CORO_YIELD(10 + i)) {
  }
  int z = 0;
  int w = counted(z) ?: int(CORO_YIELD(6));
  z = 3;
  int u = counted(z) ?: int(CORO_YIELD(7));
  say("w ", w, " u ", u);
  int m = int(CORO_YIELD(8)) ?: 40;
  say("m ", m);
}

int main() {
  {
    auto h = gen();
    say("got ", h.next());
    // CHECK:      ctor x
    // CHECK-NEXT: f x
    // CHECK-NEXT: g 1
    // CHECK-NEXT: got 1
    say("got ", h.send(7));
    // CHECK-NEXT: dtor x
    // CHECK-NEXT: a 7
    // CHECK-NEXT: got 11
    say("got ", h.next());
    // CHECK-NEXT: got 12
    say("got ", h.next());
    // CHECK-NEXT: counted 0
    // CHECK-NEXT: got 6
    say("got ", h.send(8));
    // CHECK-NEXT: counted 3
    // CHECK-NEXT: w 8 u 3
    // CHECK-NEXT: got 8
    try {
      h.send(0);
    } catch (const corogen::stop_iteration &) {
      say("stop");
    }
    // CHECK-NEXT: m 40
    // CHECK-NEXT: stop
  }
  auto k = gen();
  say("got ", k.next());
  // CHECK-NEXT: ctor x
  // CHECK-NEXT: f x
  // CHECK-NEXT: g 1
  // CHECK-NEXT: got 1
  k.close();
  // CHECK-NEXT: dtor x
  say("closed");
  // CHECK-NEXT: closed
}
