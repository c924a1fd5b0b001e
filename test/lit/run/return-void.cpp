// CORO_RETURN() ends the generator early, destroying the live locals; its
// result is a value-initialised R. Python twin:
//   def upto(n):
//       for i in itertools.count():
//           if i == n: return
//           yield i
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> upto(int n) {
  Tracer t("t");
  for (int i = 0;; ++i) {
    if (i == n)
      CORO_RETURN();
    CORO_YIELD(i);
  }
}

corogen::generator<int, void, int> empty_return() {
  CORO_YIELD(7);
  CORO_RETURN();
}

int main() {
  for (int v : upto(2))
    say("got ", v);
  // CHECK:      ctor t
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor t
  say("loop done");
  // CHECK-NEXT: loop done

  corogen::generator<int, void, int> g = empty_return();
  say("got ", g.next());
  // CHECK-NEXT: got 7
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what(), " result ", g.result());
  }
  // CHECK-NEXT: StopIteration result 0
}
