// A fold's or an expansion's pattern that runs its marker under a
// condition, `((ok(ts) && CORO_YIELD(ts)), ...);` (Python: `for t in ts:
// ok(t) and (yield t)`): each element's turn evaluates the condition
// first, once, and suspends only where the condition lets the marker run;
// the rest of the pattern then runs with the condition's value in its
// place, in the turn that suspends and in the one that does not. The
// condition of `&&`, `||` and `?:`, the marker in either arm of `?:`; an
// operand kept before the condition or inside the arm (made only in the
// turns that reach it, destroyed, last first, at the end of the statement
// or as close() and an exception unwind the frame); a fold over `,`, over
// `+` (the condition of an `if` too), over a stream's `<<`, a call's
// expansion, a braced list's, a delegation.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <iostream>
#include <stdexcept>
#include <string>

using trace::drive;
using trace::say;
using trace::Tracer;

bool ok(long a) {
  say("ok ", a);
  return a > 0;
}
int twice(int a) {
  say("twice ", a);
  return 2 * a;
}
int sum(long a, long b) {
  say("sum ", a, " ", b);
  return int(a + b);
}
int sum3(int a, int b, int c) {
  say("sum3 ", a, " ", b, " ", c);
  return a + b + c;
}

struct Item {
  explicit Item(int v) : t("i" + std::to_string(v)), v(v) {}
  Tracer t;
  int v;
};
int use(const Item &i, int b) {
  say("use ", i.t.name(), " ", b);
  if (b < 0)
    throw std::runtime_error("negative");
  return i.v + b;
}

template <class... Ts> corogen::generator<int, int> statements(Ts... ts) {
  // (`&&`, `||`, and `?:` with the marker in either arm.)
  ((ok(ts) && CORO_YIELD(int(ts))), ...);
  say("and");
  ((ok(ts) || CORO_YIELD(int(ts) + 10)), ...);
  say("or");
  (say("value ", ok(ts) ? CORO_YIELD(int(ts) + 20) : -1), ...);
  (say("value ", ok(ts) ? -1 : int(CORO_YIELD(int(ts) + 30))), ...);
  say("arms");
  // (A condition that reads the frame's variables, of a type known in the
  // template.)
  int limit = 2;
  bool on = true;
  ((int(ts) < limit ? CORO_YIELD(int(ts) + 40) : limit = 0), ...);
  ((on && (on = CORO_YIELD(int(ts) + 50) < 53)), ...);
  say("limit ", limit, " on ", on);
}

template <class... Ts> corogen::generator<int, int> kept(Ts... ts) {
  // (An operand kept before the condition, made in every turn; one kept
  // inside the arm, made in the turns that reach it.)
  (sum(twice(int(ts)), ok(ts) || CORO_YIELD(int(ts))), ...);
  say("before");
  ((ok(ts) ? use(Item(int(ts)), CORO_YIELD(int(ts) + 10)) : 0), ...);
  say("inside");
}

template <class... Ts> corogen::generator<int, int> values(Ts... ts) {
  int n = (0 + ... + (ok(ts) ? int(CORO_YIELD(int(ts))) : 100));
  say("n ", n);
  if ((0 + ... + (ok(ts) ? int(CORO_YIELD(int(ts) + 10)) : 0)) > 20)
    say("large");
  (std::cout << ... << (ok(ts) ? int(CORO_YIELD(int(ts) + 20)) : -1));
  say("");
  int s = sum3((ok(ts) ? int(CORO_YIELD(int(ts) + 30)) : 0)...);
  int a[] = {(ok(ts) ? int(CORO_YIELD(int(ts) + 40)) : 7)...};
  say("s ", s, " a ", a[0], " ", a[1], " ", a[2]);
}

corogen::generator<int, int> sub(int v) {
  say("sub ", v);
  int got = CORO_YIELD(v);
  say("sub got ", got);
}

template <class... Ts> corogen::generator<int, int> delegating(Ts... ts) {
  ((ok(ts) && (CORO_YIELD_FROM(sub(int(ts))), true)), ...);
  say("delegated");
}

template <class... Ts> corogen::generator<int, int> throwing(Ts... ts) {
  ((ok(ts) ? use(Item(int(ts)), CORO_YIELD(int(ts))) : 0), ...);
  say("unreached");
}

int main() {
  drive(statements(1, -2L, 3));
  // CHECK:      ok 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: and
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: got 8
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: or
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 21
  // CHECK-NEXT: value 22
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: value -1
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: got 23
  // CHECK-NEXT: value 24
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: value -1
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: got 28
  // CHECK-NEXT: value 29
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: value -1
  // CHECK-NEXT: arms
  // CHECK-NEXT: got 41
  // CHECK-NEXT: got 38
  // CHECK-NEXT: got 51
  // CHECK-NEXT: got 48
  // CHECK-NEXT: got 53
  // CHECK-NEXT: limit 0 on 0
  // CHECK-NEXT: stop

  drive(kept(1, -2L, 3));
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: sum 2 1
  // CHECK-NEXT: twice -2
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: got -2
  // CHECK-NEXT: sum -4 1
  // CHECK-NEXT: twice 3
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: sum 6 1
  // CHECK-NEXT: before
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: ctor i1
  // CHECK-NEXT: got 11
  // CHECK-NEXT: use i1 12
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: ctor i3
  // CHECK-NEXT: got 13
  // CHECK-NEXT: use i3 14
  // CHECK-NEXT: dtor i3
  // CHECK-NEXT: dtor i1
  // CHECK-NEXT: inside
  // CHECK-NEXT: stop

  drive(values(1, -2L, 3));
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: n 106
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 11
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: got 13
  // CHECK-NEXT: large
  // (Each step of the stream's fold prints in its element's turn.)
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 21
  // CHECK-NEXT: 22ok -2
  // CHECK-NEXT: -1ok 3
  // CHECK-NEXT: got 23
  // CHECK-NEXT: 24{{$}}
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 31
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: got 33
  // CHECK-NEXT: sum3 32 0 34
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 41
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: got 43
  // CHECK-NEXT: s 66 a 42 7 44
  // CHECK-NEXT: stop

  drive(delegating(1, -2L, 3));
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: sub 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: sub got 2
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: sub 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: sub got 4
  // CHECK-NEXT: delegated
  // CHECK-NEXT: stop

  // close() at the third element's yield: the objects made in the turns
  // that reached the arm (the first and the third) die, last first.
  {
    auto g = kept(1, -2L, 3);
    for (int i = 0; i != 3; ++i)
      say("got ", i == 0 ? g.next() : g.send(0));
    g.close();
    say("closed");
  }
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: sum 2 1
  // CHECK-NEXT: twice -2
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: got -2
  // CHECK-NEXT: sum -4 0
  // CHECK-NEXT: twice 3
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: sum 6 1
  // CHECK-NEXT: before
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: ctor i1
  // CHECK-NEXT: got 11
  // CHECK-NEXT: use i1 0
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: ok 3
  // CHECK-NEXT: ctor i3
  // CHECK-NEXT: got 13
  // CHECK-NEXT: dtor i3
  // CHECK-NEXT: dtor i1
  // CHECK-NEXT: closed

  // An exception from the pattern after a resume unwinds the same way.
  {
    auto g = throwing(-1, 2L, 3);
    say("got ", g.next());
    try {
      g.send(-5);
    } catch (std::runtime_error &e) {
      say("caught ", e.what());
    }
  }
  // CHECK-NEXT: ok -1
  // CHECK-NEXT: ok 2
  // CHECK-NEXT: ctor i2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: use i2 -5
  // CHECK-NEXT: dtor i2
  // CHECK-NEXT: caught negative
}
