// A local whose constructor throws after a suspension: it was never
// constructed, so it is not destroyed (its constructed members are, by the
// constructor itself); the locals before it die; the exception propagates
// out of next() and the generator is closed.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>

using trace::say;
using trace::Tracer;

struct Thrower {
  Tracer member{"member"};
  Thrower() { throw std::runtime_error("ctor failed"); }
};

corogen::generator<int> gen() {
  Tracer a("a");
  CORO_YIELD(1);
  Thrower t;
  CORO_YIELD(2);
}

int main() {
  corogen::generator<int> g = gen();
  say("got ", g.next());
  // CHECK:      ctor a
  // CHECK-NEXT: got 1
  try {
    g.next();
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: ctor member
  // CHECK-NEXT: dtor member
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: caught ctor failed
  say(corogen::getgeneratorstate(g));
  // CHECK-NEXT: GEN_CLOSED
}
