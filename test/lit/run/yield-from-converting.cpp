// CORO_YIELD_FROM of a sub-generator whose yield, send and return types
// differ from the delegator's but convert (SPEC section 5): values convert
// on the way out, sent values on the way in, and the return value at the end.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

corogen::generator<int, int, std::string> inner() {
  int a = CORO_YIELD(1);
  say("inner got ", a);
  int b = CORO_YIELD(a + 1);
  say("inner got ", b);
  CORO_RETURN("inner done");
}

corogen::generator<double, long, std::size_t> outer() {
  std::string r = CORO_YIELD_FROM(inner());
  say("outer got [", r, "]");
  CORO_RETURN(r.size());
}

int main() {
  corogen::generator<double, long, std::size_t> g = outer();
  say("got ", g.next());
  // CHECK:      got 1
  say("got ", g.send(41L));
  // CHECK-NEXT: inner got 41
  // CHECK-NEXT: got 42
  try {
    g.send(7L);
  } catch (const corogen::stop_iteration &) {
    say("result ", g.result());
  }
  // CHECK-NEXT: inner got 7
  // CHECK-NEXT: outer got [inner done]
  // CHECK-NEXT: result 10
}
