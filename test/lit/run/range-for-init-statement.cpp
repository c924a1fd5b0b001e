// A range-based for with an init-statement (C++20) that suspends: the
// init-statement runs first and what it declares lives across the loop's
// suspensions, dying after the range; a marker in it suspends before the
// later variables and the range are made, and when the generator is closed
// there only the variables already made are destroyed. Python twin (Tracer(n)
// prints "ctor n", its dtor() "dtor n"; Items holds a Tracer and a list):
//   def gen():
//       t = Tracer("t"); r = Items(Tracer("r"), [1, 2])
//       for x in r.v: yield x * 10 + len(t.name)
//       r.dtor(); t.dtor(); say("done")
//   def with_marker():
//       u = Tracer("u"); s = Tracer("s" + str((yield -2)))
//       for c in s.name: yield ord(c)
//       s.dtor(); u.dtor(); say("done")
// RUN: %run-both %s %t -std=c++20 | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;
using trace::Tracer;

struct Items {
  Tracer t;
  std::vector<int> v;
  std::vector<int>::const_iterator begin() const { return v.begin(); }
  std::vector<int>::const_iterator end() const { return v.end(); }
};

corogen::generator<int, int> gen() {
  for (Tracer t("t"); int x : Items{Tracer("r"), {1, 2}})
    CORO_YIELD(x * 10 + static_cast<int>(t.name().size()));
  say("done");
}

corogen::generator<int, int> withMarker() {
  for (Tracer t("u"), s("s" + std::to_string(int(CORO_YIELD(-2)))); char c : s.name())
    CORO_YIELD(c);
  say("done");
}

int main() {
  {
    auto g = gen();
    say("got ", g.next());
    // CHECK:      ctor t
    // CHECK-NEXT: ctor r
    // CHECK-NEXT: got 11
    say("got ", g.next());
    // CHECK-NEXT: got 21
    try {
      g.next();
    } catch (const corogen::stop_iteration &) {
      say("stop");
    }
    // CHECK-NEXT: dtor r
    // CHECK-NEXT: dtor t
    // CHECK-NEXT: done
    // CHECK-NEXT: stop
  }
  {
    auto g = gen();
    g.next();
    // CHECK-NEXT: ctor t
    // CHECK-NEXT: ctor r
    g.close();
    // CHECK-NEXT: dtor r
    // CHECK-NEXT: dtor t
    say("closed");
    // CHECK-NEXT: closed
  }
  {
    auto g = withMarker();
    say("got ", g.next());
    // CHECK-NEXT: ctor u
    // CHECK-NEXT: got -2
    say("got ", g.send(7));
    // CHECK-NEXT: ctor s7
    // CHECK-NEXT: got 115
    say("got ", g.next());
    // CHECK-NEXT: got 55
  }
  // CHECK-NEXT: dtor s7
  // CHECK-NEXT: dtor u
  {
    auto g = withMarker();
    g.next();
    // CHECK-NEXT: ctor u
    g.close();
    // CHECK-NEXT: dtor u
    say("closed");
    // CHECK-NEXT: closed
  }
}
