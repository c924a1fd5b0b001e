// Markers as elements of braced lists: an aggregate of a known type, an
// array, a std::vector, a nested list, a local class (kept in a box) and a
// template. The elements before a marker run before the generator
// suspends (left to right, as C++ sequences a braced list) and are kept;
// the sent value takes the marker's place. Before, the tool took the
// list's element that holds the marker for an operand evaluated before it
// and wrote output that did not compile; and a boxed local made from kept
// operands was forgotten by the unwinding chain, so it was never destroyed.
// (Elided braces draw clang's -Wmissing-braces, in the source too.)
// RUN: %run-both %s %t -Wno-missing-braces | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

int note(const char *what, int v) {
  say("eval ", what);
  return v;
}

struct P {
  int a, b, c;
};
struct Q {
  Tracer t;
  int v;
};
struct Nested {
  P p;
  int d;
};

corogen::generator<int, int> known() {
  P p{note("a", 1), CORO_YIELD(10), note("c", 3)};
  say("p ", p.a, " ", p.b, " ", p.c);
  P r = {CORO_YIELD(20), note("b", 2), CORO_YIELD(30)};
  say("r ", r.a, " ", r.b, " ", r.c);
  int arr[] = {note("x", 7), CORO_YIELD(40)};
  say("arr ", arr[0], " ", arr[1]);
  std::vector<int> v{note("v0", 5), CORO_YIELD(50)};
  say("v ", v[0], " ", v[1], " ", v.size());
  Nested n{{note("n0", 1), CORO_YIELD(60), 3}, note("d", 4)};
  say("n ", n.p.a, " ", n.p.b, " ", n.p.c, " ", n.d);
  // A kept class prvalue is moved into its member (docs/semantics.md).
  Q q{Tracer("q"), CORO_YIELD(70)};
  say("q ", q.t.name(), " ", q.v);
}
// CHECK-LABEL: known
// CHECK-NEXT: eval a
// CHECK-NEXT: got 10
// CHECK-NEXT: eval c
// CHECK-NEXT: p 1 11 3
// CHECK-NEXT: got 20
// CHECK-NEXT: eval b
// CHECK-NEXT: got 30
// CHECK-NEXT: r 21 2 31
// CHECK-NEXT: eval x
// CHECK-NEXT: got 40
// CHECK-NEXT: arr 7 41
// CHECK-NEXT: eval v0
// CHECK-NEXT: got 50
// CHECK-NEXT: v 5 51 2
// CHECK-NEXT: eval n0
// CHECK-NEXT: got 60
// CHECK-NEXT: eval d
// CHECK-NEXT: n 1 61 3 4
// CHECK-NEXT: ctor q
// CHECK-NEXT: got 70
// CHECK-NEXT: move q
// CHECK-NEXT: dtor (moved-from) q
// CHECK-NEXT: q q 71
// CHECK-NEXT: dtor q
// CHECK-NEXT: stop

// Nested lists before a marker: an array's, one whose braces are elided,
// and a two-dimensional array's. Their elements are kept, each in turn, not
// the nested list whole (an array's list has no value of its own, elided
// braces no text). Before, the output did not compile.
struct WithArray {
  int a[1];
  int b;
};
struct Pair {
  int x, y;
};
struct Outer {
  Pair p;
  int c;
};

corogen::generator<int, int> nested() {
  WithArray s = {{note("s0", 1)}, CORO_YIELD(80)};
  say("s ", s.a[0], " ", s.b);
  WithArray elided = {note("e0", 2), CORO_YIELD(81)};
  say("elided ", elided.a[0], " ", elided.b);
  int m[2][2] = {{note("m00", 3), 4}, {CORO_YIELD(82), note("m11", 5)}};
  say("m ", m[0][0], " ", m[0][1], " ", m[1][0], " ", m[1][1]);
  Outer o = {note("x", 6), note("y", 7), CORO_YIELD(83)};
  say("o ", o.p.x, " ", o.p.y, " ", o.c);
}
// CHECK-LABEL: nested
// CHECK-NEXT: eval s0
// CHECK-NEXT: got 80
// CHECK-NEXT: s 1 81
// CHECK-NEXT: eval e0
// CHECK-NEXT: got 81
// CHECK-NEXT: elided 2 82
// CHECK-NEXT: eval m00
// CHECK-NEXT: got 82
// CHECK-NEXT: eval m11
// CHECK-NEXT: m 3 4 83 5
// CHECK-NEXT: eval x
// CHECK-NEXT: eval y
// CHECK-NEXT: got 83
// CHECK-NEXT: o 6 7 84
// CHECK-NEXT: stop

corogen::generator<int, int> local() {
  struct L {
    int a;
    Tracer t;
    int b;
  };
  L l{note("a", 1), Tracer("l"), CORO_YIELD(80)};
  say("l ", l.a, " ", l.t.name(), " ", l.b);
  CORO_YIELD(l.a + l.b);
}
// CHECK-LABEL: local
// CHECK-NEXT: eval a
// CHECK-NEXT: ctor l
// CHECK-NEXT: got 80
// CHECK-NEXT: move l
// CHECK-NEXT: dtor (moved-from) l
// CHECK-NEXT: l 1 l 81
// CHECK-NEXT: got 82
// CHECK-NEXT: dtor l
// CHECK-NEXT: stop
// Closed at the marker: the kept element dies; the local was never made.
// CHECK-LABEL: local closed
// CHECK-NEXT: eval a
// CHECK-NEXT: ctor l
// CHECK-NEXT: got 80
// CHECK-NEXT: dtor l
// CHECK-NEXT: closed

template <class T> corogen::generator<int, int> templated(T t) {
  struct L {
    T a;
    int b;
  };
  L l{T(t), CORO_YIELD(90)};
  T x{CORO_YIELD(100)};
  P p{CORO_YIELD(110), int(t), int(x)};
  say("templated ", l.a, " ", l.b, " ", x, " ", p.a, " ", p.b, " ", p.c);
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 90
// CHECK-NEXT: got 100
// CHECK-NEXT: got 110
// CHECK-NEXT: templated 4 91 101 111 4 101
// CHECK-NEXT: stop
// CHECK-NEXT: end

int main() {
  say("known");
  drive(known());
  say("nested");
  drive(nested());
  say("local");
  drive(local());
  say("local closed");
  {
    auto g = local();
    say("got ", g.next());
    g.close();
    say("closed");
  }
  say("templated");
  drive(templated(4));
  say("end");
}
