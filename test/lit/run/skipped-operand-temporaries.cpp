// A temporary that an operand kept across a suspension makes on one side of
// `?:`, `&&` or `||` only (the operand stands before the marker; the
// condition is not on the marker's path) is made only where that side runs,
// and destroyed at the end of the statement only if it was made, also when
// close() unwinds at the suspension, and each time a loop runs the
// statement again. (Before this was fixed, the frame destroyed it whether
// made or not: trace.hpp reports an object destroyed that was never
// constructed.) Python twin of gen (the temporaries aside):
//   a = add(len("a") if flag else 0, (yield 1))
//   b = add(flag and len("bb") > 0, (yield a))
//   c = add(flag or len("ccc") > 0, (yield b))
//   d = add(len("d1") if flag else len("d22"), (yield c))
//   yield d
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

int size(const Tracer &t) { return static_cast<int>(t.name().size()); }
int add(int a, int b) {
  say("add ", a, " ", b);
  return a + b;
}

corogen::generator<int, int> gen(bool flag) {
  int a = add(flag ? size(Tracer("a")) : 0, CORO_YIELD(1));
  int b = add(flag && size(Tracer("bb")) > 0, CORO_YIELD(a));
  int c = add(flag || size(Tracer("ccc")) > 0, CORO_YIELD(b));
  int d = add(flag ? size(Tracer("d1")) : size(Tracer("d22")), CORO_YIELD(c));
  CORO_YIELD(d);
}

corogen::generator<int, int> closing(bool flag) {
  int x = add(flag ? size(Tracer("x")) : 0, CORO_YIELD(1));
  say("not reached ", x);
}

corogen::generator<int, int> loop() {
  for (int i = 0; i < 4; ++i)
    add(i % 2 ? size(Tracer("odd")) : 0, CORO_YIELD(i));
}

int main() {
  say("true");
  trace::drive(gen(true));
  // CHECK-LABEL: true
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: got 1
  // CHECK-NEXT: add 1 2
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: ctor bb
  // CHECK-NEXT: got 3
  // CHECK-NEXT: add 1 4
  // CHECK-NEXT: dtor bb
  // CHECK-NEXT: got 5
  // CHECK-NEXT: add 1 6
  // CHECK-NEXT: ctor d1
  // CHECK-NEXT: got 7
  // CHECK-NEXT: add 2 8
  // CHECK-NEXT: dtor d1
  // CHECK-NEXT: got 10
  // CHECK-NEXT: stop
  say("false");
  trace::drive(gen(false));
  // CHECK-LABEL: false
  // CHECK-NEXT: got 1
  // CHECK-NEXT: add 0 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: add 0 3
  // CHECK-NEXT: ctor ccc
  // CHECK-NEXT: got 3
  // CHECK-NEXT: add 1 4
  // CHECK-NEXT: dtor ccc
  // CHECK-NEXT: ctor d22
  // CHECK-NEXT: got 5
  // CHECK-NEXT: add 3 6
  // CHECK-NEXT: dtor d22
  // CHECK-NEXT: got 9
  // CHECK-NEXT: stop
  say("close made");
  trace::close_at_first(closing(true));
  // CHECK-LABEL: close made
  // CHECK-NEXT: ctor x
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor x
  // CHECK-NEXT: closed
  say("close skipped");
  trace::close_at_first(closing(false));
  // CHECK-LABEL: close skipped
  // CHECK-NEXT: got 1
  // CHECK-NEXT: closed
  say("loop");
  trace::drive(loop());
  // CHECK-LABEL: loop
  // CHECK-NEXT: got 0
  // CHECK-NEXT: add 0 1
  // CHECK-NEXT: ctor odd
  // CHECK-NEXT: got 1
  // CHECK-NEXT: add 3 2
  // CHECK-NEXT: dtor odd
  // CHECK-NEXT: got 2
  // CHECK-NEXT: add 0 3
  // CHECK-NEXT: ctor odd
  // CHECK-NEXT: got 3
  // CHECK-NEXT: add 3 4
  // CHECK-NEXT: dtor odd
  // CHECK-NEXT: stop
}
