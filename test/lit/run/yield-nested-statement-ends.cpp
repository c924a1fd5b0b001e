// A statement with a nested marker whose last sub-statement suspends too, so
// that both end at the same place: the inner statement's kept operands die
// inside the branch or loop body that made them, not after the enclosing
// statement (where they may never have been made). And CORO_YIELD in a
// range-for's range, evaluated once before the loop. Python twin:
//   def ends():
//       if int((yield 1)) > 0: yield 2
//       if int((yield 3)) > 0:
//           t = Tracer("a"); say(f(t, (yield 4))); t.dtor()
//       while int((yield 5)) > 0:
//           t = Tracer("w"); say(f(t, (yield 6))); t.dtor()
//       for x in make(int((yield 8))): yield x
//       say("end")
//   drive([1, 0, 1, 40, 1, 60, 1, 61, 0, 2, 0, 0])
//   drive([0, 0, 0, 0])
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;
using trace::Tracer;

int f(const Tracer &t, int v) {
  say("f ", t.name(), " ", v);
  return v;
}
std::vector<int> make(int n) { return std::vector<int>(n, 7); }

corogen::generator<int, int> ends() {
  if (int(CORO_YIELD(1)) > 0)
    CORO_YIELD(2);
  if (int(CORO_YIELD(3)) > 0)
    say(f(Tracer("a"), CORO_YIELD(4)));
  while (int(CORO_YIELD(5)) > 0)
    say(f(Tracer("w"), CORO_YIELD(6)));
  for (int x : make(CORO_YIELD(8)))
    CORO_YIELD(x);
  say("end");
}

void drive(std::vector<int> sends) {
  auto g = ends();
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
}

int main() {
  drive({1, 0, 1, 40, 1, 60, 1, 61, 0, 2, 0, 0});
  drive({0, 0, 0, 0});
  // CHECK:      got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: got 4
  // CHECK-NEXT: f a 40
  // CHECK-NEXT: 40
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: got 5
  // CHECK-NEXT: ctor w
  // CHECK-NEXT: got 6
  // CHECK-NEXT: f w 60
  // CHECK-NEXT: 60
  // CHECK-NEXT: dtor w
  // CHECK-NEXT: got 5
  // CHECK-NEXT: ctor w
  // CHECK-NEXT: got 6
  // CHECK-NEXT: f w 61
  // CHECK-NEXT: 61
  // CHECK-NEXT: dtor w
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 7
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 8
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
}
