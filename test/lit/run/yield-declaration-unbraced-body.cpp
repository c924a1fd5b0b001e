// A declaration that suspends in its initialiser as the unbraced body of a
// loop or an `if`: the suspension and the
// declaration stay in the body, and the variable lives and dies there, on
// each iteration. (corogen used to move the declaration out of the body.)
// Python twin (Tracer(n) prints "ctor n", its dtor() "dtor n"):
//   def gen():
//       n = 0
//       while n < 2:
//           n += 1; t = Tracer("t" + str((yield n))); t.dtor()
//       if n > 0: u = Tracer("u" + str(1 + (yield 100))); u.dtor()
//       k = 0
//       while k < 1:
//           k += 1; v = (yield 200)
//       say("end ", n)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int, int> gen() {
  int n = 0;
  while (n++ < 2)
    Tracer t("t" + std::to_string(int(CORO_YIELD(n))));
  if (n > 0)
    Tracer u("u" + std::to_string(1 + int(CORO_YIELD(100))));
  for (int k = 0; k < 1; ++k)
    [[maybe_unused]] int v = CORO_YIELD(200);
  say("end ", n);
}

int main() {
  auto g = gen();
  try {
    say("got ", g.next());
    for (int s = 5;; ++s)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK:      got 1
  // CHECK-NEXT: ctor t5
  // CHECK-NEXT: dtor t5
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor t6
  // CHECK-NEXT: dtor t6
  // CHECK-NEXT: got 100
  // CHECK-NEXT: ctor u8
  // CHECK-NEXT: dtor u8
  // CHECK-NEXT: got 200
  // CHECK-NEXT: end 3
  // CHECK-NEXT: stop
}
