// Resuming a generator from inside its own body is an error: Python's
// ValueError "generator already executing", raised in the body (which does
// not handle it, so it propagates out of next() and closes the generator).
// Python twin:
//   def gen():
//       yield 1
//       next(g)
//   g = gen(); next(g); next(g)  # ValueError: generator already executing
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int> *self = nullptr;

corogen::generator<int> gen() {
  CORO_YIELD(1);
  self->next();
}

int main() {
  corogen::generator<int> g = gen();
  self = &g;
  say("got ", g.next());
  // CHECK:      got 1
  try {
    g.next();
  } catch (const corogen::generator_error &e) {
    say("ValueError: ", e.what());
  }
  // CHECK-NEXT: ValueError: generator already executing
  say(corogen::getgeneratorstate(g));
  // CHECK-NEXT: GEN_CLOSED
}
