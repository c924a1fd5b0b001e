// An exception thrown in the body propagates out of next(); the live locals
// die before it reaches the caller, and the generator is then closed.
// Python twin:
//   def gen():
//       yield 1
//       raise ValueError('bad')
//   g = gen(); next(g); next(g)   # ValueError: bad
//   getgeneratorstate(g); next(g) # 'GEN_CLOSED', StopIteration
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>

using trace::say;
using trace::Tracer;

corogen::generator<int> gen() {
  Tracer a("a");
  CORO_YIELD(1);
  Tracer b("b");
  throw std::invalid_argument("bad");
}

int main() {
  corogen::generator<int> g = gen();
  say("got ", g.next());
  // CHECK:      ctor a
  // CHECK-NEXT: got 1
  try {
    g.next();
  } catch (const std::invalid_argument &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: caught bad
  say(corogen::getgeneratorstate(g));
  // CHECK-NEXT: GEN_CLOSED
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: StopIteration
}
