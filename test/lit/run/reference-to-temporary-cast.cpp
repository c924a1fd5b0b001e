// A reference bound to a temporary through a cast to a reference that
// designates it or its base (static_cast, a C-style cast) extends the
// temporary's lifetime as a plain binding does ([class.temporary] p6): it
// lives in the frame across the yield and dies, whole (the derived part
// first), at the end of the reference's scope, in reverse order. Python
// twin (plain variables, destroyed in reverse order at the end):
//   def gen():
//       r = Derived("d"); q = Tracer("q")
//       yield 1
//       say(r.name, " ", q.name)
//       q.dtor(); r.dtor()            # prints "~Derived d" then "dtor d"
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

corogen::generator<int> gen() {
  const Tracer &r = static_cast<const Tracer &>(Derived("d"));
  const Tracer &q = (const Tracer &)Tracer("q");
  CORO_YIELD(1);
  say(r.name(), " ", q.name());
}

int main() {
  for (int v : gen())
    say("got ", v);
  // CHECK:      ctor d
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: got 1
  // CHECK-NEXT: d q
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: ~Derived d
  // CHECK-NEXT: dtor d
}
