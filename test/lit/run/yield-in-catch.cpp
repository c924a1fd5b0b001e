// A yield inside a catch handler: the handler's exception stays the one being
// handled across the suspension, so `throw;` after the yield rethrows it.
// Python twin:
//   def rethrow():
//       try: raise ValueError('inner')
//       except ValueError:
//           yield 'in handler'
//           raise
//   g = rethrow(); next(g); next(g)  # 'in handler', then ValueError: inner
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::say;

corogen::generator<std::string> rethrow() {
  try {
    throw std::invalid_argument("inner");
  } catch (const std::invalid_argument &e) {
    CORO_YIELD(std::string("in handler: ") + e.what());
    throw;
  }
}

int main() {
  corogen::generator<std::string> g = rethrow();
  say(g.next());
  // CHECK: in handler: inner
  try {
    g.next();
  } catch (const std::invalid_argument &e) {
    say("ValueError: ", e.what());
  }
  // CHECK-NEXT: ValueError: inner
  say(corogen::getgeneratorstate(g));
  // CHECK-NEXT: GEN_CLOSED
}
