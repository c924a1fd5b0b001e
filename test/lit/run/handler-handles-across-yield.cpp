// A handler that suspends still handles its exception after each resume,
// as the source's handler does: a function it calls may rethrow it with
// `throw;` (the "Lippincott" idiom), `std::current_exception()` gives it,
// `std::throw_with_nested` nests it. Inside a nested handler, the inner
// exception is handled, and the outer one again once that handler ends; an
// exception thrown in at a yield inside a handler is caught by a try there.
// (Before, the block ran after its try statement outside any handler: the
// rethrowing function called std::terminate and current_exception() gave
// null.)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <exception>
#include <stdexcept>
#include <string>

using trace::say;

// Names the exception being handled, by rethrowing it.
std::string handled() {
  try {
    throw;
  } catch (const std::exception &e) {
    return e.what();
  } catch (int n) {
    return "int " + std::to_string(n);
  } catch (...) {
    return "other";
  }
}

corogen::generator<int, int> lippincott() {
  for (int i = 0; i < 2; ++i) {
    try {
      CORO_YIELD(i);
      throw std::runtime_error("failure " + std::to_string(i));
    } catch (const std::exception &e) {
      CORO_YIELD(10 + i);
      say("handled: ", handled());
      say("current: ", std::current_exception() != nullptr);
      CORO_YIELD(20 + i);
      say("still: ", handled(), " and e: ", e.what());
    }
  }
  say("outside: ", std::current_exception() == nullptr);
}

// CHECK: got 0
// CHECK-NEXT: got 10
// CHECK-NEXT: handled: failure 0
// CHECK-NEXT: current: 1
// CHECK-NEXT: got 20
// CHECK-NEXT: still: failure 0 and e: failure 0
// CHECK-NEXT: got 1
// CHECK-NEXT: got 11
// CHECK-NEXT: handled: failure 1
// CHECK-NEXT: current: 1
// CHECK-NEXT: got 21
// CHECK-NEXT: still: failure 1 and e: failure 1
// CHECK-NEXT: outside: 1
// CHECK-NEXT: stop

corogen::generator<int> nested() {
  try {
    throw std::logic_error("outer");
  } catch (...) {
    CORO_YIELD(1);
    try {
      throw 7;
    } catch (int) {
      CORO_YIELD(2);
      say("inner: ", handled());
    }
    say("after inner: ", handled());
    // An exception thrown in at this yield (by the driver) is caught here,
    // inside the outer handler.
    try {
      CORO_YIELD(3);
    } catch (const std::exception &e) {
      say("thrown in: ", e.what(), ", handled: ", handled());
    }
    CORO_YIELD(4);
    say("outer again: ", handled());
  }
}

// CHECK: nested got 1
// CHECK-NEXT: nested got 2
// CHECK-NEXT: inner: int 7
// CHECK-NEXT: after inner: outer
// CHECK-NEXT: nested got 3
// CHECK-NEXT: thrown in: in, handled: in
// CHECK-NEXT: nested got 4
// CHECK-NEXT: outer again: outer
// CHECK-NEXT: nested stop

// std::throw_with_nested after a yield nests the handled exception.
corogen::generator<int> nests() {
  try {
    try {
      throw std::runtime_error("cause");
    } catch (const std::exception &) {
      CORO_YIELD(1);
      std::throw_with_nested(std::logic_error("wrapper"));
    }
  } catch (const std::exception &e) {
    say("caught: ", e.what());
    try {
      std::rethrow_if_nested(e);
      say("nothing nested");
    } catch (const std::exception &cause) {
      say("nested: ", cause.what());
    }
  }
}

// CHECK: nests got 1
// CHECK-NEXT: caught: wrapper
// CHECK-NEXT: nested: cause
// CHECK-NEXT: nests stop

int main() {
  trace::drive(lippincott());
  auto g = nested();
  say("nested got ", g.next());
  say("nested got ", g.next());
  say("nested got ", g.next());
  say("nested got ", g.throw_exception(std::runtime_error("in")));
  try {
    g.next();
  } catch (corogen::stop_iteration &) {
    say("nested stop");
  }
  auto n = nests();
  say("nests got ", n.next());
  try {
    n.next();
  } catch (corogen::stop_iteration &) {
    say("nests stop");
  }
}
