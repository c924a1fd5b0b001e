// A marker in the condition of an `if`, `switch` (with an init-statement
// too), `while`, `do`-`while` or `for`, in a `for`'s increment or in a
// range-`for`'s range, with a temporary that has a destructor kept across
// the suspension: the temporary dies at the end of the condition's (the
// increment's, the range's) full-expression, after the test and before the
// branch or the body runs, on every iteration; closing the generator at the
// suspension destroys it. Python twin (Tracer(n) prints "ctor n"; dtor()
// "dtor n"; length(t, n) prints "len <name> n" and returns len(name) + n):
//   def gen():
//       t = Tracer("if"); c = length(t, (yield 1)) > 3; t.dtor()
//       say("then" if c else "else")
//       n = 0
//       while True:
//           t = Tracer("w"); c = length(t, (yield 10 + n)) < 3; t.dtor()
//           if not c: break
//           say("body ", n); n += 1
//       while True:
//           say("do")
//           t = Tracer("d"); c = length(t, (yield 20)) < 2; t.dtor()
//           if not c: break
//       i = 0
//       while True:
//           t = Tracer("c"); c = length(t, (yield 30 + i)) < 3; t.dtor()
//           if not c: break
//           say("for ", i)
//           t = Tracer("i"); i += length(t, (yield 40 + i)); t.dtor()
//       t = Tracer("j"); c = length(t, (yield 50)) > 0; t.dtor()
//       if c: yield 51
//       for k in range(2):
//           t = Tracer("s"); v = length(t, (yield 60 + k)); t.dtor()
//           if v == 1: say("one")
//           else: yield 70
//       base = 10; t = Tracer("h"); c = length(t, (yield 80)) + base > 12; t.dtor()
//       if c: say("big")
//       base = 1; t = Tracer("q"); v = length(t, (yield 81)) + base; t.dtor()
//       say("two" if v == 2 else "default")
//       t = Tracer("v"); r = [7] * length(t, (yield 90)); t.dtor()
//       for k in r: say("k ", k)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <vector>

using trace::say;
using trace::Tracer;

int length(const Tracer &t, int n) {
  say("len ", t.name(), " ", n);
  return static_cast<int>(t.name().size()) + n;
}

corogen::generator<int, int> gen() {
  if (length(Tracer("if"), CORO_YIELD(1)) > 3)
    say("then");
  else
    say("else");
  int n = 0;
  while (length(Tracer("w"), CORO_YIELD(10 + n)) < 3) {
    say("body ", n);
    ++n;
  }
  do {
    say("do");
  } while (length(Tracer("d"), CORO_YIELD(20)) < 2);
  for (int i = 0; length(Tracer("c"), CORO_YIELD(30 + i)) < 3;
       i += length(Tracer("i"), CORO_YIELD(40 + i)))
    say("for ", i);
  if (length(Tracer("j"), CORO_YIELD(50)) > 0)
    CORO_YIELD(51);
  for (int k = 0; k < 2; ++k) {
    switch (length(Tracer("s"), CORO_YIELD(60 + k))) {
    case 1:
      say("one");
      break;
    default:
      CORO_YIELD(70);
    }
  }
  if (int base = 10; length(Tracer("h"), CORO_YIELD(80)) + base > 12)
    say("big");
  switch (int base = 1; length(Tracer("q"), CORO_YIELD(81)) + base) {
  case 2:
    say("two");
    break;
  default:
    say("default");
  }
  for (int k : std::vector<int>(static_cast<std::size_t>(length(Tracer("v"), CORO_YIELD(90))), 7))
    say("k ", k);
}

int main() {
  auto g = gen();
  say("got ", g.next());
  // CHECK:      ctor if
  // CHECK-NEXT: got 1
  say("got ", g.send(5));
  // CHECK-NEXT: len if 5
  // CHECK-NEXT: dtor if
  // CHECK-NEXT: then
  // CHECK-NEXT: ctor w
  // CHECK-NEXT: got 10
  say("got ", g.send(0));
  // CHECK-NEXT: len w 0
  // CHECK-NEXT: dtor w
  // CHECK-NEXT: body 0
  // CHECK-NEXT: ctor w
  // CHECK-NEXT: got 11
  say("got ", g.send(5));
  // CHECK-NEXT: len w 5
  // CHECK-NEXT: dtor w
  // CHECK-NEXT: do
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: got 20
  say("got ", g.send(5));
  // CHECK-NEXT: len d 5
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: got 30
  say("got ", g.send(0));
  // CHECK-NEXT: len c 0
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: for 0
  // CHECK-NEXT: ctor i
  // CHECK-NEXT: got 40
  say("got ", g.send(2));
  // CHECK-NEXT: len i 2
  // CHECK-NEXT: dtor i
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: got 33
  say("got ", g.send(9));
  // CHECK-NEXT: len c 9
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: ctor j
  // CHECK-NEXT: got 50
  say("got ", g.send(1));
  // CHECK-NEXT: len j 1
  // CHECK-NEXT: dtor j
  // CHECK-NEXT: got 51
  say("got ", g.next());
  // CHECK-NEXT: ctor s
  // CHECK-NEXT: got 60
  say("got ", g.send(0));
  // CHECK-NEXT: len s 0
  // CHECK-NEXT: dtor s
  // CHECK-NEXT: one
  // CHECK-NEXT: ctor s
  // CHECK-NEXT: got 61
  say("got ", g.send(4));
  // CHECK-NEXT: len s 4
  // CHECK-NEXT: dtor s
  // CHECK-NEXT: got 70
  say("got ", g.next());
  // CHECK-NEXT: ctor h
  // CHECK-NEXT: got 80
  say("got ", g.send(3));
  // CHECK-NEXT: len h 3
  // CHECK-NEXT: dtor h
  // CHECK-NEXT: big
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: got 81
  say("got ", g.send(0));
  // CHECK-NEXT: len q 0
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: two
  // CHECK-NEXT: ctor v
  // CHECK-NEXT: got 90
  try {
    g.send(1);
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: len v 1
  // CHECK-NEXT: dtor v
  // CHECK-NEXT: k 7
  // CHECK-NEXT: k 7
  // CHECK-NEXT: stop
  auto h = gen();
  say("got ", h.next());
  // CHECK-NEXT: ctor if
  // CHECK-NEXT: got 1
  h.close();
  // CHECK-NEXT: dtor if
  say("closed");
  // CHECK-NEXT: closed
}
