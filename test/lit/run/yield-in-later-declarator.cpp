// A marker in the initialiser of one of several variables declared together:
// the declaration runs declarator by declarator, as C++ runs it. The
// variables before the marker are made before the generator suspends (and
// are destroyed if it is closed there), the rest after it resumes; a
// temporary kept across the suspension dies at the end of its declarator's
// full-expression, before the next declarator is made. In a `for`'s and an
// `if`'s init-statement too. Python twin (Tracer(n) prints "ctor n"; its
// dtor() prints "dtor n"):
//   def gen():
//       a = Tracer("a"); b = Tracer("b" + str((yield 1))); c = Tracer("c")
//       say("made ", a.name, b.name, c.name)
//       x = 10; y = (yield x); z = y + (yield y)
//       say("x y z ", x, " ", y, " ", z)
//       d = Tracer("d"); t = Tracer("t"); e = Tracer(t.name + str((yield 3))); t.dtor(); f = Tracer("f")
//       yield 0
//       f.dtor(); e.dtor(); d.dtor(); c.dtor(); b.dtor(); a.dtor()
//   def loops():
//       i = 0; n = (yield -1)
//       while i < n: yield i; i += 1
//       n = (yield -3); i = n
//       while i > 0: yield i; i -= 1
//       g = Tracer("g"); h = Tracer("h" + str((yield -2)))
//       say("in if ", g.name, h.name); h.dtor(); g.dtor()
//       say("after if")
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int, int> gen() {
  Tracer a("a"), b("b" + std::to_string(int(CORO_YIELD(1)))), c("c");
  say("made ", a.name(), b.name(), c.name());
  int x = 10, y = CORO_YIELD(x), z = y + int(CORO_YIELD(y));
  say("x y z ", x, " ", y, " ", z);
  Tracer d("d"), e(Tracer("t").name() + std::to_string(int(CORO_YIELD(3)))), f("f");
  CORO_YIELD(0);
}

corogen::generator<int, int> loops() {
  for (int i = 0, n = CORO_YIELD(-1); i < n; ++i)
    CORO_YIELD(i);
  for (int n = CORO_YIELD(-3), i = n; i > 0; --i)
    CORO_YIELD(i);
  if (Tracer g("g"), h("h" + std::to_string(int(CORO_YIELD(-2)))); true)
    say("in if ", g.name(), h.name());
  say("after if");
}

int main() {
  {
    auto g = gen();
    say("got ", g.next());
    // CHECK:      ctor a
    // CHECK-NEXT: got 1
    say("got ", g.send(5));
    // CHECK-NEXT: ctor b5
    // CHECK-NEXT: ctor c
    // CHECK-NEXT: made ab5c
    // CHECK-NEXT: got 10
    say("got ", g.send(20));
    // CHECK-NEXT: got 20
    say("got ", g.send(2));
    // CHECK-NEXT: x y z 10 20 22
    // CHECK-NEXT: ctor d
    // CHECK-NEXT: ctor t
    // CHECK-NEXT: got 3
    say("got ", g.send(7));
    // CHECK-NEXT: ctor t7
    // CHECK-NEXT: dtor t
    // CHECK-NEXT: ctor f
    // CHECK-NEXT: got 0
  }
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: dtor t7
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: dtor b5
  // CHECK-NEXT: dtor a
  {
    auto g = gen();
    say("got ", g.next());
    // CHECK-NEXT: ctor a
    // CHECK-NEXT: got 1
    g.close();
    // CHECK-NEXT: dtor a
    say("closed");
    // CHECK-NEXT: closed
  }
  auto l = loops();
  say("got ", l.next());
  // CHECK-NEXT: got -1
  say("got ", l.send(2));
  // CHECK-NEXT: got 0
  say("got ", l.next());
  // CHECK-NEXT: got 1
  say("got ", l.next());
  // CHECK-NEXT: got -3
  say("got ", l.send(2));
  // CHECK-NEXT: got 2
  say("got ", l.next());
  // CHECK-NEXT: got 1
  say("got ", l.next());
  // CHECK-NEXT: ctor g
  // CHECK-NEXT: got -2
  try {
    l.send(9);
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: ctor h9
  // CHECK-NEXT: in if gh9
  // CHECK-NEXT: dtor h9
  // CHECK-NEXT: dtor g
  // CHECK-NEXT: after if
  // CHECK-NEXT: stop
}
