// A range-for that suspends, whose range or iterators have types that the
// frame cannot name (a class of the body, a std::vector of one, a pointer
// to one): the range, the iterators, and a loop variable of such a type,
// are each kept in a box, declared where the loop begins (the loop
// variable at the top of each iteration), bound as the loop binds them: a
// range that is a prvalue is kept, anything else by address; a reference
// loop variable by the address of `*begin`. `continue`, `break`, an
// unbraced body, an init-statement and close() work as in any range-for.
// Before, corogen refused these (diagnostics/unnameable-range.cpp keeps
// what still is).
// RUN: %run-both %s %t -std=c++20 | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> points() {
  struct Point {
    int x, y;
  };
  std::vector<Point> points{{1, 2}, {3, 4}};
  // The loop variable refers to the vector's elements.
  for (auto &p : points) {
    CORO_YIELD(p.x);
    p.y += 10;
    CORO_YIELD(p.y);
  }
  for (const auto p : points)
    CORO_YIELD(p.x + p.y);
  Point arr[] = {{5, 6}};
  for (auto &&q : arr)
    CORO_YIELD(q.x * q.y);
}
// CHECK-LABEL: points
// CHECK-NEXT: got 1
// CHECK-NEXT: got 12
// CHECK-NEXT: got 3
// CHECK-NEXT: got 14
// CHECK-NEXT: got 13
// CHECK-NEXT: got 17
// CHECK-NEXT: got 30
// CHECK-NEXT: stop

corogen::generator<int, int> owned() {
  struct Named {
    Tracer t;
  };
  // The range is a temporary, kept to the end of the loop (the list's array
  // dies once the vector is made); the loop variable is a copy, made and
  // destroyed in each iteration.
  for (Named n : std::vector<Named>{Named{Tracer("v")}}) {
    CORO_YIELD(int(n.t.name().size()));
  }
  std::vector<Named> kept;
  kept.push_back(Named{Tracer("k")});
  for (auto v = &kept; const auto &e : *v)
    CORO_YIELD(int(e.t.name().size()) + 100);
}
// CHECK-LABEL: owned
// CHECK-NEXT: ctor v
// CHECK-NEXT: copy v
// CHECK-NEXT: dtor v
// CHECK-NEXT: copy v
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor v
// CHECK-NEXT: dtor v
// CHECK-NEXT: ctor k
// CHECK-NEXT: move k
// CHECK-NEXT: dtor (moved-from) k
// CHECK-NEXT: got 101
// CHECK-NEXT: dtor k
// CHECK-NEXT: stop
// Closed in the first loop: the copy, then the range.
// CHECK-LABEL: owned closed
// CHECK-NEXT: ctor v
// CHECK-NEXT: copy v
// CHECK-NEXT: dtor v
// CHECK-NEXT: copy v
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor v
// CHECK-NEXT: dtor v
// CHECK-NEXT: closed

corogen::generator<int, int> jumps() {
  struct Three {
    int a[3];
    int *begin() { return a; }
    int *end() { return a + 3; }
  };
  Three r{{1, 2, 3}};
  for (int x : r) {
    if (x == 2)
      continue;
    CORO_YIELD(x);
  }
  for (int x : Three{{4, 5, 6}})
    if (x == 6)
      break;
    else
      CORO_YIELD(x);
  // A prvalue range that holds a lambda.
  for (int x : [] { return Three{{7, 8, 9}}; }())
    if (x == 8)
      CORO_YIELD(x);
  // A marker in the body's statement, over a reference to the range.
  Three &ref = r;
  for (int &x : ref)
    x *= int(CORO_YIELD(x));
  CORO_YIELD(r.a[0] + r.a[1] + r.a[2]);
}
// CHECK-LABEL: jumps
// CHECK-NEXT: got 1
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: got 5
// CHECK-NEXT: got 8
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: got 20
// CHECK-NEXT: stop

// In a template, over ranges whose types depend on a template parameter
// and name a class of the body: the instantiation says whether the range,
// and `*begin` for a reference loop variable, are prvalues (the runtime's
// bound_value keeps the object, or the address).
template <class T> std::vector<T> make(T a, T b) { return {a, b}; }

template <class T> corogen::generator<int, int> templated(T t) {
  struct P {
    T v;
  };
  std::vector<P> ps{P{t}, P{t + 1}};
  for (auto &p : ps) {
    CORO_YIELD(int(p.v));
    p.v += 10;
  }
  for (const auto &p : ps)
    CORO_YIELD(int(p.v));
  for (P p : std::vector<P>{P{t * 100}})
    CORO_YIELD(int(p.v));
  // A temporary range, elements changed through the reference.
  for (auto &&x : make(P{t}, P{t + 5}))
    x.v = T(CORO_YIELD(int(x.v) + 1000));
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: got 13
// CHECK-NEXT: got 14
// CHECK-NEXT: got 300
// CHECK-NEXT: got 1003
// CHECK-NEXT: got 1008
// CHECK-NEXT: stop

int main() {
  say("points");
  drive(points());
  say("owned");
  drive(owned());
  say("owned closed");
  {
    auto g = owned();
    say("got ", g.next());
    g.close();
    say("closed");
  }
  say("jumps");
  drive(jumps());
  say("templated");
  drive(templated(3));
}
