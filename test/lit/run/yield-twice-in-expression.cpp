// Several CORO_YIELDs in one full-expression: they run left to right, each
// operand evaluated before a suspension is kept across it (a temporary with a
// destructor lives to the end of the statement), and those on the
// conditional side of ?: && || run only when C++ evaluates that side.
// Python twin (`Tracer("a")` as a C++ temporary: made where the expression
// makes it, destroyed at the end of the statement):
//   def twice(c):
//       say("sum ", int((yield 1)) + int((yield 2)))
//       x = int((yield 3)) * 10 + int((yield 4)); say("x ", x)
//       t = Tracer("a"); say("f ", f(t, (yield 5), tick("mid"), (yield 6))); t.dtor()
//       y = int((yield 7)) if c else int((yield 8)); say("y ", y)
//       z = c and int((yield 9)) > 0 and int((yield 10)) > 0; say("z ", int(z))
//       w = (int((yield 12)) if int((yield 11)) > 0 else -1) + int((yield 13)); say("w ", w)
//   def tsum(a):                      # a template: T(CORO_YIELD(a)) + ...
//       s = (yield a) + (yield a + 1); say("tsum ", s)
//   drive(True, [10, 20, 3, 4, 5, 6, 70, 1, 1, 1, 2, 30])
//   drive(False, [10, 20, 3, 4, 5, 6, 80, 0, 0])
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;
using trace::Tracer;

int tick(const char *what) {
  say("tick ", what);
  return 100;
}
int f(const Tracer &t, int a, int m, int b) {
  say("f ", t.name(), " ", a, " ", m, " ", b);
  return a + m + b;
}

corogen::generator<int, int> twice(bool c) {
  say("sum ", int(CORO_YIELD(1)) + int(CORO_YIELD(2)));
  int x = int(CORO_YIELD(3)) * 10 + int(CORO_YIELD(4));
  say("x ", x);
  say("f ", f(Tracer("a"), CORO_YIELD(5), tick("mid"), CORO_YIELD(6)));
  int y = c ? int(CORO_YIELD(7)) : int(CORO_YIELD(8));
  say("y ", y);
  bool z = c && int(CORO_YIELD(9)) > 0 && int(CORO_YIELD(10)) > 0;
  say("z ", z);
  int w = (int(CORO_YIELD(11)) > 0 ? int(CORO_YIELD(12)) : -1) + int(CORO_YIELD(13));
  say("w ", w);
}

template <class T> corogen::generator<T, T> tsum(T a) {
  T s = T(CORO_YIELD(a)) + T(CORO_YIELD(a + 1));
  say("tsum ", s);
}

void drive(bool c, std::vector<int> sends) {
  auto g = twice(c);
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
}

int main() {
  drive(true, {10, 20, 3, 4, 5, 6, 70, 1, 1, 1, 2, 30});
  // CHECK:      got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: sum 30
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 4
  // CHECK-NEXT: x 34
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: got 5
  // CHECK-NEXT: tick mid
  // CHECK-NEXT: got 6
  // CHECK-NEXT: f a 5 100 6
  // CHECK-NEXT: f 111
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: got 7
  // CHECK-NEXT: y 70
  // CHECK-NEXT: got 9
  // CHECK-NEXT: got 10
  // CHECK-NEXT: z 1
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 13
  // CHECK-NEXT: w 32
  // CHECK-NEXT: StopIteration
  drive(false, {10, 20, 3, 4, 5, 6, 80, 0, 0});
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: sum 30
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 4
  // CHECK-NEXT: x 34
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: got 5
  // CHECK-NEXT: tick mid
  // CHECK-NEXT: got 6
  // CHECK-NEXT: f a 5 100 6
  // CHECK-NEXT: f 111
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: got 8
  // CHECK-NEXT: y 80
  // CHECK-NEXT: z 0
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 13
  // CHECK-NEXT: w -1
  // CHECK-NEXT: StopIteration
  auto t = tsum<long>(10);
  say("got ", t.next());
  say("got ", t.send(1));
  try {
    t.send(2);
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: got 10
  // CHECK-NEXT: got 11
  // CHECK-NEXT: tsum 3
  // CHECK-NEXT: StopIteration
}
