// close() on a delegating generator closes the sub-generator first, then
// raises generator_exit in the delegator: the sub's locals die before the
// delegator's. Python twin (finally blocks standing in for destructors):
//   def inner():
//       try: yield 1; yield 2
//       finally: print('inner closed')
//   def outer():
//       try: yield from inner()
//       finally: print('outer closed')
//   g = outer(); next(g); g.close()  # inner closed, outer closed
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> inner() {
  Tracer t("inner");
  CORO_YIELD(1);
  CORO_YIELD(2);
}

corogen::generator<int> outer() {
  Tracer t("outer");
  CORO_YIELD_FROM(inner());
  say("not reached");
}

int main() {
  corogen::generator<int> g = outer();
  say("got ", g.next());
  // CHECK:      ctor outer
  // CHECK-NEXT: ctor inner
  // CHECK-NEXT: got 1
  g.close();
  say("closed ", corogen::getgeneratorstate(g));
  // CHECK-NEXT: dtor inner
  // CHECK-NEXT: dtor outer
  // CHECK-NEXT: closed GEN_CLOSED
  g.close();
  say("closed again");
  // CHECK-NEXT: closed again
}
