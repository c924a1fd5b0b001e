// An operand evaluated before a marker and used after it, whose type the
// frame cannot name (a lambda's closure, a class of the body), where it is
// a variable or a structured binding named alone and not read by value: a
// reference argument, the object of a member call. The name is the same
// object after the suspension (it lives across it, boxed), so it is read
// there again, with nothing kept: no copy is made, and what the marker's
// resume changed in it shows. Before, each was refused. (An operand of
// such a type read by value is kept in a box: run/unnameable-operand-boxed.cpp.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

template <class F> int apply(F &f, int v) { return f(v); }
template <class T> int size_of(const T &t, int k) { return int(t.t.name().size()) + k; }

corogen::generator<int, int> gen() {
  int base = 10;
  auto add = [&](int a) { return a + base; };
  // C++ binds f to add, then the marker runs; base, which the resume
  // sets to 2, is read when add runs: 2 + 2.
  int r = apply(add, base = CORO_YIELD(1));
  CORO_YIELD(r);
  struct Counter {
    Tracer t;
    int n;
    int bump(int by) { return n += by; }
  };
  Counter c{Tracer("c"), 0};
  // (3, sent for the first marker, and the bump by 3 sent for the
  // second, on the c that the first bumped to 2.)
  c.n = int(CORO_YIELD(c.bump(2))) + c.bump(CORO_YIELD(c.n));
  CORO_YIELD(c.n);
  auto &ref = c;
  auto [t, n] = Counter{Tracer("pair"), 7};
  // (The size of "c", plus 8 sent, plus 7.)
  CORO_YIELD(size_of(ref, CORO_YIELD(n)) + n);
  say("t ", t.name());
}
// CHECK:      got 1
// CHECK-NEXT: got 4
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 2
// CHECK-NEXT: got 2
// CHECK-NEXT: got 8
// CHECK-NEXT: ctor pair
// CHECK-NEXT: got 7
// CHECK-NEXT: got 16
// CHECK-NEXT: t pair
// CHECK-NEXT: dtor pair
// CHECK-NEXT: dtor c
// CHECK-NEXT: stop

// In a template, where a closure's or a local class's type depends on the
// template parameter: a variable of such a class that a call calls, or
// whose member it calls, is read again the same way (C++ reads no value of
// it). Before, refused.
template <class T> corogen::generator<int, int> templated(T step) {
  auto twice = [](int a) { return a * 2; };
  int r = twice(CORO_YIELD(1));
  struct Counter {
    T n;
    T add(T by) { return n += by; }
  };
  Counter c{0};
  CORO_YIELD(r + c.add(CORO_YIELD(int(c.add(step)))));
  CORO_YIELD(c.n);
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 1
// CHECK-NEXT: got 5
// CHECK-NEXT: got 15
// CHECK-NEXT: got 11
// CHECK-NEXT: stop

// In a template, a boxed variable (a closure, an object of a class of the
// body) named alone where C++ does not order it before the marker (an
// argument, an operand of `+`) is read again after the resume, also where
// the call copies it into a by-value parameter: the copy is made then, as
// C++ allows (the arguments of a call are unordered), and sees what the
// resume changed. A closure that a lambda-expression makes, capturing by
// reference only, is made after the resume too, here as outside templates.
template <class F> int call(F f, int v) { return f(v); }

template <class T> corogen::generator<int, int> templated_copies(T start) {
  int base = int(start);
  auto add = [&, k = Tracer("k")](int a) { return a + base; };
  // (The copy is made after the resume sets base to 2: 2 + 2.)
  int r = call(add, base = CORO_YIELD(1));
  CORO_YIELD(r);
  r = call([&](int a) { return a * base; }, CORO_YIELD(5));
  CORO_YIELD(r);
}
// CHECK-LABEL: templated copies
// CHECK-NEXT: ctor k
// CHECK-NEXT: got 1
// CHECK-NEXT: copy k
// CHECK-NEXT: dtor k
// CHECK-NEXT: got 4
// CHECK-NEXT: got 5
// CHECK-NEXT: got 12
// CHECK-NEXT: dtor k
// CHECK-NEXT: stop

int main() {
  drive(gen());
  say("templated");
  drive(templated(5));
  say("templated copies");
  drive(templated_copies(0));
}
