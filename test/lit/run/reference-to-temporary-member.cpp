// A reference bound to a member of a temporary (`const T &r = make().m;`)
// extends the whole temporary's lifetime ([class.temporary] p6): it lives
// in the frame across yields, whole (its other member is read through the
// reference's address), with no copy or move, and dies at the end of the
// reference's scope, after what was declared later. Python twin (Pair
// holds two Tracers; pair.dtor() prints both "dtor" lines, second first):
//   def gen():
//       p = Pair(Tracer("a"), Tracer("b")); r = p.first
//       t = Tracer("later")
//       yield r.name; yield p.second.name
//       t.dtor(); p.dtor()
//       say("after")
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

struct Pair {
  Tracer first;
  Tracer second;
};

Pair make() { return Pair{Tracer("a"), Tracer("b")}; }

corogen::generator<std::string> gen() {
  {
    const Tracer &r = (make()).first;
    Tracer later("later");
    CORO_YIELD(r.name());
    CORO_YIELD(reinterpret_cast<const Pair *>(&r)->second.name());
  }
  say("after");
}

int main() {
  for (const std::string &s : gen())
    say("got ", s);
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: ctor later
  // CHECK-NEXT: got a
  // CHECK-NEXT: got b
  // CHECK-NEXT: dtor later
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: after
}
