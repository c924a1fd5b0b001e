// Move-only locals (std::unique_ptr) across yields: they are never copied,
// can be moved from, and what they own dies exactly once.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <memory>

using trace::say;
using trace::Tracer;

corogen::generator<int> owner() {
  std::unique_ptr<int> p = std::make_unique<int>(41);
  CORO_YIELD(*p);
  ++*p;
  CORO_YIELD(*p);
  std::unique_ptr<int> q = std::move(p);
  CORO_YIELD(p == nullptr ? *q : -1);
  std::unique_ptr<Tracer> t(new Tracer("owned"));
  CORO_YIELD(0);
  t.reset();
  say("reset");
  CORO_YIELD(1);
}

int main() {
  for (int v : owner())
    say("got ", v);
  // CHECK:      got 41
  // CHECK-NEXT: got 42
  // CHECK-NEXT: got 42
  // CHECK-NEXT: ctor owned
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor owned
  // CHECK-NEXT: reset
  // CHECK-NEXT: got 1
}
