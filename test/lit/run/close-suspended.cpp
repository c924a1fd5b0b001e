// close() on a suspended generator raises generator_exit at the pending
// yield: live locals die, innermost first, the generator is closed, and
// closing again does nothing; next() then throws stop_iteration. Python twin:
//   def gen():
//       try: yield 1; yield 2
//       finally: print('cleanup')
//   g = gen(); next(g); g.close(); getgeneratorstate(g)  # 'GEN_CLOSED'
//   g.close(); next(g)                                   # StopIteration
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> gen() {
  Tracer a("a");
  Tracer b("b");
  CORO_YIELD(1);
  say("not reached");
  CORO_YIELD(2);
}

int main() {
  corogen::generator<int> g = gen();
  say("got ", g.next());
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: got 1
  g.close();
  say(corogen::getgeneratorstate(g));
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: GEN_CLOSED
  g.close();
  say("closed again");
  // CHECK-NEXT: closed again
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: StopIteration

  // Closing a generator that has not started just closes it.
  corogen::generator<int> h = gen();
  h.close();
  say(corogen::getgeneratorstate(h));
  // CHECK-NEXT: GEN_CLOSED
}
