// CORO_YIELD in an init-statement and in a condition variable's
// initialiser, and variables declared there that live across a suspension:
// the statement runs as the standard defines it, `if (init; T v = e) S` as
// `{ init; T v = e; if (v) S }`, `while (T v = e) S` as a loop that declares
// v anew each time, `for (init; ...)` with init first. Each variable lives
// for its statement (a while's for one iteration); kept temporaries of an
// initialiser die at the end of that initialiser. Python twin (`:=` for a
// condition variable):
//   def conds():
//       if (v := (yield 1)): say("then ", v)
//       else: say("else ", v)
//       while True:
//           t = Tracer("w"); w = f3(t, (yield 2)); t.dtor()
//           if not w: break
//           say("w ", w)
//       k = (yield 3)
//       if k == 1: say("one")
//       else: say("other ", k)
//       k = (yield 4)
//       if int((yield 5 + k)) > k: say("bigger")
//       t = Tracer("i"); i = f3(t, (yield 6)); t.dtor()
//       while i < 3:
//           say("i ", i); i += 1
//       if (v := countdown()):
//           yield v; say("v ", v)
//       t = Tracer("hdr")
//       if int((yield 7)) > 0:
//           yield 8; say("in ", t.name)
//       t.dtor()
//       while (u := countdown()):
//           b = Tracer("body")
//           yield 10 + u
//           if u == 2: b.dtor(); continue
//           say("u ", u); b.dtor()
//       s = Tracer("sw")
//       c = int((yield 9))
//       if c == 0: say("zero")
//       else:
//           if c == 1:
//               yield 19; say("one ", s.name)
//           say("default")
//       s.dtor()
//       say("end")
//   sends: [0, 5, 0, 7, 2, 9, 1, 0, 1, 0, 0, 0, 1, 0]
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

static int left = 3;
int countdown() { return left--; }
int f3(const Tracer &t, int v) {
  say("f3 ", t.name(), " ", v);
  return v;
}

corogen::generator<int, int> conds() {
  if (int v = CORO_YIELD(1))
    say("then ", v);
  else
    say("else ", v);
  while (int w = f3(Tracer("w"), CORO_YIELD(2)))
    say("w ", w);
  switch (int k = CORO_YIELD(3); k) {
  case 1:
    say("one");
    break;
  default:
    say("other ", k);
  }
  if (int k = CORO_YIELD(4); int(CORO_YIELD(5 + k)) > k)
    say("bigger");
  for (int i = f3(Tracer("i"), CORO_YIELD(6)); i < 3; ++i)
    say("i ", i);
  if (int v = countdown()) {
    CORO_YIELD(v);
    say("v ", v);
  }
  if (Tracer t("hdr"); int(CORO_YIELD(7)) > 0) {
    CORO_YIELD(8);
    say("in ", t.name());
  }
  while (int u = countdown()) {
    Tracer b("body");
    CORO_YIELD(10 + u);
    if (u == 2)
      continue;
    say("u ", u);
  }
  switch (Tracer s("sw"); int(CORO_YIELD(9))) {
  case 0:
    say("zero");
    break;
  case 1:
    CORO_YIELD(19);
    say("one ", s.name());
    [[fallthrough]];
  default:
    say("default");
  }
  say("end");
}

int main() {
  auto g = conds();
  int sends[] = {0, 5, 0, 7, 2, 9, 1, 0, 1, 0, 0, 0, 1, 0};
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK:      got 1
  // CHECK-NEXT: else 0
  // CHECK-NEXT: ctor w
  // CHECK-NEXT: got 2
  // CHECK-NEXT: f3 w 5
  // CHECK-NEXT: dtor w
  // CHECK-NEXT: w 5
  // CHECK-NEXT: ctor w
  // CHECK-NEXT: got 2
  // CHECK-NEXT: f3 w 0
  // CHECK-NEXT: dtor w
  // CHECK-NEXT: got 3
  // CHECK-NEXT: other 7
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 7
  // CHECK-NEXT: bigger
  // CHECK-NEXT: ctor i
  // CHECK-NEXT: got 6
  // CHECK-NEXT: f3 i 1
  // CHECK-NEXT: dtor i
  // CHECK-NEXT: i 1
  // CHECK-NEXT: i 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: v 3
  // CHECK-NEXT: ctor hdr
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 8
  // CHECK-NEXT: in hdr
  // CHECK-NEXT: dtor hdr
  // CHECK-NEXT: ctor body
  // CHECK-NEXT: got 12
  // CHECK-NEXT: dtor body
  // CHECK-NEXT: ctor body
  // CHECK-NEXT: got 11
  // CHECK-NEXT: u 1
  // CHECK-NEXT: dtor body
  // CHECK-NEXT: ctor sw
  // CHECK-NEXT: got 9
  // CHECK-NEXT: got 19
  // CHECK-NEXT: one sw
  // CHECK-NEXT: default
  // CHECK-NEXT: dtor sw
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
}
