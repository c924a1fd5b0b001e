// A declaration of several variables whose later initialiser suspends,
// written as the unbraced body of a loop, an `if` (after a label) and a
// `for`: it becomes one statement per variable inside a block of its own,
// so the whole declaration stays the body, runs once an iteration, and its
// variables die at the end of each iteration, in reverse order. Python twin:
//   i = 0
//   while (i := i + 1) < 3:
//       a = named("a", i); b = named("b", (yield i)); del b, a
//   if i > 0:
//       a = named("c", 10); b = (yield 10)
//   for j in range(2):
//       a = j; b = named("d", (yield a) + 1); del b
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

Tracer named(const char *prefix, int n) { return Tracer(prefix + std::to_string(n)); }

corogen::generator<int, int> gen() {
  int i = 0;
  while (++i < 3)
    Tracer a = named("a", i), b = named("b", int(CORO_YIELD(i)));
  if (i > 0)
  again:
    Tracer a = named("c", 10), *b = (CORO_YIELD(10), nullptr);
  for (int j = 0; j < 2; ++j)
    int a = j, b = (named("d", int(CORO_YIELD(a)) + 1), 0);
  say("end");
  if (i < 0)
    goto again;
}

int main() {
  auto g = gen();
  // CHECK: ctor a1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor b100
  // CHECK-NEXT: dtor b100
  // CHECK-NEXT: dtor a1
  // CHECK-NEXT: ctor a2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor b101
  // CHECK-NEXT: dtor b101
  // CHECK-NEXT: dtor a2
  // CHECK-NEXT: ctor c10
  // CHECK-NEXT: got 10
  // CHECK-NEXT: dtor c10
  // CHECK-NEXT: got 0
  // CHECK-NEXT: ctor d104
  // CHECK-NEXT: dtor d104
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor d105
  // CHECK-NEXT: dtor d105
  // CHECK-NEXT: end
  // CHECK-NEXT: stop
  int v = g.next();
  try {
    for (int k = 100;; ++k) {
      say("got ", v);
      v = g.send(k);
    }
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
}
