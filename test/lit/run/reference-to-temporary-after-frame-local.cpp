// A reference that does not live across a suspension but keeps a temporary
// alive, declared in a block after a local that does: C++ destroys the
// temporary when the reference's scope ends, in reverse order of
// construction with the other locals ([class.temporary] p6), so before
// that local; corogen keeps the reference and its temporary in the frame
// too, so that the frame's chain destroys them first. In a template, where
// only the instantiation shows whether there is a temporary, the runtime's
// kept_reference decides. Python has no references: the lines below
// follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>

using trace::say;
using trace::Tracer;

template <class T> T make(std::string name) { return T(std::move(name)); }

corogen::generator<int> plain() {
  {
    Tracer x("x");
    CORO_YIELD(1);
    const Tracer &r = Tracer("r");
    say("using ", r.name());
  }
  CORO_YIELD(2);
}

template <class T> corogen::generator<int> dependent(T &held) {
  {
    T x("x");
    CORO_YIELD(1);
    const T &r = make<T>("r");
    auto &&s = make<T>("s");
    const T &h = held.self();
    say("using ", r.name(), s.name(), h.name());
  }
  CORO_YIELD(2);
}

struct Self : Tracer {
  using Tracer::Tracer;
  Self &self() { return *this; }
};

int main() {
  for (int v : plain())
    say(v);
  // CHECK:      ctor x
  // CHECK-NEXT: 1
  // CHECK-NEXT: ctor r
  // CHECK-NEXT: using r
  // CHECK-NEXT: dtor r
  // CHECK-NEXT: dtor x
  // CHECK-NEXT: 2
  Self held("held");
  for (int v : dependent(held))
    say(v);
  // CHECK-NEXT: ctor held
  // CHECK-NEXT: ctor x
  // CHECK-NEXT: 1
  // CHECK-NEXT: ctor r
  // CHECK-NEXT: ctor s
  // CHECK-NEXT: using rsheld
  // CHECK-NEXT: dtor s
  // CHECK-NEXT: dtor r
  // CHECK-NEXT: dtor x
  // CHECK-NEXT: 2
  // CHECK-NEXT: dtor held
}
