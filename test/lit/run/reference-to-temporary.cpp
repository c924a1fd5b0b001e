// References bound to a temporary whose lifetime they extend, living across
// yields: the temporary lives in the frame from the reference's declaration
// to the end of its scope (C++ [class.temporary]), in order with the other
// locals, with no copy or move of it; a base-class reference to a derived
// temporary destroys the derived object.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

struct Derived : Tracer {
  explicit Derived(std::string n) : Tracer(std::move(n)) {}
  ~Derived() { say("~Derived ", name()); }
};

Tracer make(std::string n) { return Tracer(std::move(n)); }

corogen::generator<std::string> gen(int x) {
  Tracer before("before");
  {
    const Tracer &r = Tracer("r");
    Tracer &&rr = make("rr");
    const Tracer &b = Derived("d");
    const int &k = 5 + x;
    CORO_YIELD(r.name() + rr.name() + b.name());
    CORO_YIELD(std::to_string(k));
    Tracer after("after");
    CORO_YIELD(after.name());
  }
  CORO_YIELD("out");
}

int main() {
  for (const std::string &v : gen(2))
    say("got ", v);
}
// CHECK:      ctor before
// CHECK-NEXT: ctor r
// CHECK-NEXT: ctor rr
// CHECK-NEXT: ctor d
// CHECK-NEXT: got rrrd
// CHECK-NEXT: got 7
// CHECK-NEXT: ctor after
// CHECK-NEXT: got after
// CHECK-NEXT: dtor after
// CHECK-NEXT: ~Derived d
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor rr
// CHECK-NEXT: dtor r
// CHECK-NEXT: got out
// CHECK-NEXT: dtor before
