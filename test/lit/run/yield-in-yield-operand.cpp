// A marker inside another marker's operand runs first, as Python's
// `yield ((yield 1) + 1)` does: in CORO_YIELD, in a CORO_YIELD that is a
// statement or an assignment's right side, in CORO_YIELD_FROM (of a
// generator and of a temporary range) and in CORO_RETURN; and a
// CORO_YIELD_FROM's value beside a CORO_YIELD in one expression. Python twin:
//   def sub(n):
//       say("sub ", n); yield n; yield n + 1; return n * 100
//   def nested():
//       say("a ", int((yield (int((yield 1)) + 1))))
//       yield (yield 10)
//       x = 0
//       x = (yield int((yield 20)) * 2); say("x ", x)
//       r = (yield from sub(int((yield 30)))); say("r ", r)
//       s = (yield from sub(5)) + int((yield 40)); say("s ", s)
//       yield from [int((yield 50)), 7]
//       yield (yield from sub(int((yield 55))))
//       return (yield from sub(7)) + int((yield 61))
//   (driven with send(v) for each v, next(g) for None, then
//   say("StopIteration ", value):)
//   [2, 11, 12, 21, 22, 31, 32, 33, 34, 41, 42, 43, 51, None, None, 5, 56, 57, 58, 62, 63, 64]
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;

corogen::generator<int, int, int> sub(int n) {
  say("sub ", n);
  CORO_YIELD(n);
  CORO_YIELD(n + 1);
  CORO_RETURN(n * 100);
}

corogen::generator<int, int, int> nested() {
  say("a ", int(CORO_YIELD(int(CORO_YIELD(1)) + 1)));
  CORO_YIELD(CORO_YIELD(10));
  int x = 0;
  x = CORO_YIELD(int(CORO_YIELD(20)) * 2);
  say("x ", x);
  int r = CORO_YIELD_FROM(sub(int(CORO_YIELD(30))));
  say("r ", r);
  int s = CORO_YIELD_FROM(sub(5)) + int(CORO_YIELD(40));
  say("s ", s);
  CORO_YIELD_FROM(std::vector<int>{int(CORO_YIELD(50)), 7});
  CORO_YIELD(CORO_YIELD_FROM(sub(int(CORO_YIELD(55)))));
  CORO_RETURN(CORO_YIELD_FROM(sub(7)) + int(CORO_YIELD(61)));
}

int main() {
  auto g = nested();
  const int none = -1;
  int sends[] = {2,  11, 12,   21,   22, 31, 32, 33, 34, 41, 42,
                 43, 51, none, none, 5,  56, 57, 58, 62, 63, 64};
  try {
    say("got ", g.next());
    for (int v : sends)
      say("got ", v == none ? g.next() : g.send(v));
  } catch (const corogen::stop_iteration &) {
    say("StopIteration ", g.result());
  }
  // CHECK:      got 1
  // CHECK-NEXT: got 3
  // CHECK-NEXT: a 11
  // CHECK-NEXT: got 10
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 20
  // CHECK-NEXT: got 44
  // CHECK-NEXT: x 31
  // CHECK-NEXT: got 30
  // CHECK-NEXT: sub 32
  // CHECK-NEXT: got 32
  // CHECK-NEXT: got 33
  // CHECK-NEXT: r 3200
  // CHECK-NEXT: sub 5
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 6
  // CHECK-NEXT: got 40
  // CHECK-NEXT: s 543
  // CHECK-NEXT: got 50
  // CHECK-NEXT: got 51
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 55
  // CHECK-NEXT: sub 5
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 6
  // CHECK-NEXT: got 500
  // CHECK-NEXT: sub 7
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 61
  // CHECK-NEXT: StopIteration 764
}
