// A reference member of an aggregate bound to an array temporary that its
// braced list makes (`Arrays a{{Tracer("a1"), Tracer("a2")}, 1};`), or a
// cast of that list to the array type (`Arrays b{(Two{...}), 2};`), also
// after a comma's left or under a cast to a reference, and a reference
// local bound to such an array inside its initialiser: C++
// keeps the array alive as long as the local ([class.temporary] p6). The
// frame keeps it in a slot of its own, made from the list by an array
// new-expression (each element made in place: no copy or move in the
// trace), destroyed after the local, elements in reverse order, wherever
// the local's scope is left: at its end, by close(), by a goto back past
// the declaration. An element that throws destroys the ones made before
// it. A marker after the array: made before the suspension, destroyed by
// close() there; made on one side of `?:` only, a flag says whether it
// was; a marker inside it: the array is made after the resume,
// with the element before the marker kept across the suspension (and
// moved into the array, the one move semantics.md describes). A function
// template whose types are known works the same.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

struct Arrays {
  const Tracer (&ts)[2];
  int k;
  ~Arrays() { say("dtor arrays ", ts[0].name(), " ", ts[1].name()); }
};
struct Ints {
  const int (&v)[3];
};
using Two = Tracer[2];

std::string named(int v) { return "n" + std::to_string(v); }
std::string fail() {
  say("fail");
  throw std::runtime_error("fail");
}

corogen::generator<int, int> basic() {
  Arrays a{{Tracer("a1"), Tracer("a2")}, 1};
  Arrays b{(Two{Tracer("b1"), Tracer("b2")}), 2};
  Ints i{{3, 4, 5}};
  CORO_YIELD(a.k + b.k + i.v[0] + i.v[2]);
  say("use ", a.ts[0].name(), " ", a.ts[1].name(), " ", b.ts[0].name(), " ", b.ts[1].name(),
      " ", i.v[1]);
}
// CHECK-LABEL: {{^}}basic
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor b1
// CHECK-NEXT: ctor b2
// CHECK-NEXT: got 11
// CHECK-NEXT: use a1 a2 b1 b2 4
// CHECK-NEXT: dtor arrays b1 b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor arrays a1 a2
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor a1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}basic closed
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor b1
// CHECK-NEXT: ctor b2
// CHECK-NEXT: got 11
// CHECK-NEXT: dtor arrays b1 b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor arrays a1 a2
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor a1
// CHECK-NEXT: closed

corogen::generator<int, int> throwing() {
  CORO_YIELD(1);
  Arrays a{{Tracer("t1"), Tracer(fail())}, 2};
  CORO_YIELD(a.k);
}
// CHECK-LABEL: {{^}}throwing
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor t1
// CHECK-NEXT: fail
// CHECK-NEXT: dtor t1
// CHECK-NEXT: caught fail

corogen::generator<int, int> again() {
  int round = 0;
back:
  Arrays a{{Tracer("g" + std::to_string(round)), Tracer("h" + std::to_string(round))}, round};
  CORO_YIELD(a.k);
  if (++round < 2)
    goto back;
  say("done");
}
// CHECK-LABEL: {{^}}again
// CHECK-NEXT: ctor g0
// CHECK-NEXT: ctor h0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor arrays g0 h0
// CHECK-NEXT: dtor h0
// CHECK-NEXT: dtor g0
// CHECK-NEXT: ctor g1
// CHECK-NEXT: ctor h1
// CHECK-NEXT: got 1
// CHECK-NEXT: done
// CHECK-NEXT: dtor arrays g1 h1
// CHECK-NEXT: dtor h1
// CHECK-NEXT: dtor g1
// CHECK-NEXT: stop

// The array before the marker: made before the suspension.
corogen::generator<int, int> marker_after() {
  Arrays a{{Tracer("m1"), Tracer("m2")}, CORO_YIELD(3)};
  CORO_YIELD(a.k);
  say("use ", a.ts[0].name(), " ", a.ts[1].name());
}
// CHECK-LABEL: {{^}}marker_after
// CHECK-NEXT: ctor m1
// CHECK-NEXT: ctor m2
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: use m1 m2
// CHECK-NEXT: dtor arrays m1 m2
// CHECK-NEXT: dtor m2
// CHECK-NEXT: dtor m1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}marker_after closed
// CHECK-NEXT: ctor m1
// CHECK-NEXT: ctor m2
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor m2
// CHECK-NEXT: dtor m1
// CHECK-NEXT: closed

// The marker inside the array: the array is made after the resume, the
// element before the marker kept across it.
corogen::generator<int, int> marker_inside() {
  Arrays a{{Tracer("i1"), Tracer(named(int(CORO_YIELD(4))))}, 4};
  CORO_YIELD(a.k);
  say("use ", a.ts[0].name(), " ", a.ts[1].name());
}
// CHECK-LABEL: {{^}}marker_inside
// CHECK-NEXT: ctor i1
// CHECK-NEXT: got 4
// CHECK-NEXT: move i1
// CHECK-NEXT: ctor n5
// CHECK-NEXT: dtor (moved-from) i1
// CHECK-NEXT: got 4
// CHECK-NEXT: use i1 n5
// CHECK-NEXT: dtor arrays i1 n5
// CHECK-NEXT: dtor n5
// CHECK-NEXT: dtor i1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}marker_inside closed
// CHECK-NEXT: ctor i1
// CHECK-NEXT: got 4
// CHECK-NEXT: dtor i1
// CHECK-NEXT: closed

// On one side of `?:` only, through casts to references: a flag says
// whether each was made.
corogen::generator<int, int> conditional(bool c) {
  Tracer keep[2] = {Tracer("k1"), Tracer("k2")};
  Arrays a{c ? static_cast<const Two &>(Two{Tracer("x1"), Tracer("x2")}) : keep, 8};
  CORO_YIELD(a.k);
  say("use ", a.ts[0].name(), " ", a.ts[1].name());
}
// CHECK-LABEL: {{^}}conditional true
// CHECK-NEXT: ctor k1
// CHECK-NEXT: ctor k2
// CHECK-NEXT: ctor x1
// CHECK-NEXT: ctor x2
// CHECK-NEXT: got 8
// CHECK-NEXT: use x1 x2
// CHECK-NEXT: dtor arrays x1 x2
// CHECK-NEXT: dtor x2
// CHECK-NEXT: dtor x1
// CHECK-NEXT: dtor k2
// CHECK-NEXT: dtor k1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}conditional false
// CHECK-NEXT: ctor k1
// CHECK-NEXT: ctor k2
// CHECK-NEXT: got 8
// CHECK-NEXT: use k1 k2
// CHECK-NEXT: dtor arrays k1 k2
// CHECK-NEXT: dtor k2
// CHECK-NEXT: dtor k1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}conditional closed
// CHECK-NEXT: ctor k1
// CHECK-NEXT: ctor k2
// CHECK-NEXT: ctor x1
// CHECK-NEXT: ctor x2
// CHECK-NEXT: got 8
// CHECK-NEXT: dtor arrays x1 x2
// CHECK-NEXT: dtor x2
// CHECK-NEXT: dtor x1
// CHECK-NEXT: dtor k2
// CHECK-NEXT: dtor k1
// CHECK-NEXT: closed

int length(const Tracer &t) {
  say("length ", t.name());
  return 1;
}

// After a comma's left, whose temporaries die at the statement's end (after
// the resume, where a marker follows); a reference local's array too.
corogen::generator<int, int> comma() {
  Arrays a{(length(Tracer("c0")), Two{Tracer("c1"), Tracer("c2")}), 9};
  const Tracer(&r)[2] = (length(Tracer("c3")), Two{Tracer("c4"), Tracer("c5")});
  Arrays b{(length(Tracer("c6")), (Two{Tracer("c7"), Tracer("c8")})), CORO_YIELD(10)};
  CORO_YIELD(a.k + b.k);
  say("use ", a.ts[1].name(), " ", r[0].name(), " ", b.ts[0].name());
}
// CHECK-LABEL: {{^}}comma
// CHECK-NEXT: ctor c0
// CHECK-NEXT: length c0
// CHECK-NEXT: ctor c1
// CHECK-NEXT: ctor c2
// CHECK-NEXT: dtor c0
// CHECK-NEXT: ctor c3
// CHECK-NEXT: length c3
// CHECK-NEXT: ctor c4
// CHECK-NEXT: ctor c5
// CHECK-NEXT: dtor c3
// CHECK-NEXT: ctor c6
// CHECK-NEXT: length c6
// CHECK-NEXT: ctor c7
// CHECK-NEXT: ctor c8
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor c6
// CHECK-NEXT: got 20
// CHECK-NEXT: use c2 c4 c7
// CHECK-NEXT: dtor arrays c7 c8
// CHECK-NEXT: dtor c8
// CHECK-NEXT: dtor c7
// CHECK-NEXT: dtor c5
// CHECK-NEXT: dtor c4
// CHECK-NEXT: dtor arrays c1 c2
// CHECK-NEXT: dtor c2
// CHECK-NEXT: dtor c1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}comma closed
// CHECK-NEXT: ctor c0
// CHECK-NEXT: length c0
// CHECK-NEXT: ctor c1
// CHECK-NEXT: ctor c2
// CHECK-NEXT: dtor c0
// CHECK-NEXT: ctor c3
// CHECK-NEXT: length c3
// CHECK-NEXT: ctor c4
// CHECK-NEXT: ctor c5
// CHECK-NEXT: dtor c3
// CHECK-NEXT: ctor c6
// CHECK-NEXT: length c6
// CHECK-NEXT: ctor c7
// CHECK-NEXT: ctor c8
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor c8
// CHECK-NEXT: dtor c7
// CHECK-NEXT: dtor c6
// CHECK-NEXT: dtor c5
// CHECK-NEXT: dtor c4
// CHECK-NEXT: dtor arrays c1 c2
// CHECK-NEXT: dtor c2
// CHECK-NEXT: dtor c1
// CHECK-NEXT: closed

// Under a cast to a reference, through which C++ keeps the temporary too.
corogen::generator<int, int> cast() {
  const Two &r = static_cast<const Two &>(Two{Tracer("s1"), Tracer("s2")});
  Arrays a{static_cast<Two &&>(Two{Tracer("s3"), Tracer("s4")}), 11};
  CORO_YIELD(a.k);
  say("use ", r[1].name(), " ", a.ts[0].name());
}
// CHECK-LABEL: {{^}}cast
// CHECK-NEXT: ctor s1
// CHECK-NEXT: ctor s2
// CHECK-NEXT: ctor s3
// CHECK-NEXT: ctor s4
// CHECK-NEXT: got 11
// CHECK-NEXT: use s2 s3
// CHECK-NEXT: dtor arrays s3 s4
// CHECK-NEXT: dtor s4
// CHECK-NEXT: dtor s3
// CHECK-NEXT: dtor s2
// CHECK-NEXT: dtor s1
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> in_template(T t) {
  Arrays a{{Tracer("p1"), Tracer("p2")}, 6};
  CORO_YIELD(a.k + t);
  say("use ", a.ts[0].name(), " ", a.ts[1].name());
}
// CHECK-LABEL: {{^}}in_template
// CHECK-NEXT: ctor p1
// CHECK-NEXT: ctor p2
// CHECK-NEXT: got 7
// CHECK-NEXT: use p1 p2
// CHECK-NEXT: dtor arrays p1 p2
// CHECK-NEXT: dtor p2
// CHECK-NEXT: dtor p1
// CHECK-NEXT: stop

int main() {
  say("basic");
  trace::drive(basic());
  say("basic closed");
  trace::close_at_first(basic());
  say("throwing");
  try {
    trace::drive(throwing());
  } catch (std::runtime_error &e) {
    say("caught ", e.what());
  }
  say("again");
  trace::drive(again());
  say("marker_after");
  trace::drive(marker_after());
  say("marker_after closed");
  trace::close_at_first(marker_after());
  say("marker_inside");
  trace::drive(marker_inside());
  say("marker_inside closed");
  trace::close_at_first(marker_inside());
  say("conditional true");
  trace::drive(conditional(true));
  say("conditional false");
  trace::drive(conditional(false));
  say("conditional closed");
  trace::close_at_first(conditional(true));
  say("comma");
  trace::drive(comma());
  say("comma closed");
  trace::close_at_first(comma());
  say("cast");
  trace::drive(cast());
  say("in_template");
  trace::drive(in_template(1));
}
