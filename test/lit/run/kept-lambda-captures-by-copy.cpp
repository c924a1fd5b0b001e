// A lambda-expression that captures by copy, an operand before a marker
// in its full-expression: its closure is made before the generator
// suspends (the copies read the captured values then, left to right as
// corogen evaluates operands) and kept in a box across the suspension.
// The box is made by a member function of the frame from the lambda's
// text, written once there, so the closure has one type before the
// suspension and after it (the text written again would make another).
// It is passed on as an xvalue, as other kept operands are (a by-value
// parameter moves from it), and dies at the end of the statement, or when
// the generator closes at the marker. Member functions (`this`, a default
// capture), nested lambdas and templates too. Before, refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

template <class F> int call(F f, int v) { return f() + v; }
template <class F> int callr(const F &f, int v) { return f() + v; }

corogen::generator<int, int> copies(int p) {
  int x = 1;
  Tracer t("t");
  // The closure copies x (1), t and p before the suspension.
  int r = call([x, t, p] { return x + p + int(t.name().size()); }, (x = 10, int(CORO_YIELD(2))));
  say("r ", r, " x ", x);
  // By reference to const: bound to the box's closure.
  r = callr([=] { return x * 2; }, int(CORO_YIELD(r)));
  CORO_YIELD(r);
}
// CHECK-LABEL: copies
// CHECK-NEXT: ctor t
// CHECK-NEXT: copy t
// CHECK-NEXT: got 2
// CHECK-NEXT: move t
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor (moved-from) t
// 1 + 100 + 1 + 3
// CHECK-NEXT: r 105 x 10
// CHECK-NEXT: got 105
// 20 + 106
// CHECK-NEXT: got 126
// CHECK-NEXT: dtor t
// CHECK-NEXT: stop
// Closed at the first marker: the closure's copy of t dies, then t.
// CHECK-LABEL: copies closed
// CHECK-NEXT: ctor t
// CHECK-NEXT: copy t
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: closed

// A lambda-expression inside the operand's text, whose type is made of a
// closure's (`Wrap<closure>`): the member function makes the whole
// operand (before, refused; and the frame spelled such a type as it
// printed, `Wrap<(lambda at ...)>`, where a kept operand's type has no
// closure but a template argument: the output did not compile).
template <class F> struct Wrap {
  F f;
  int operator()() const { return f() * 2; }
};
template <class F> Wrap<F> wrap(F f) { return Wrap<F>{std::move(f)}; }

corogen::generator<int, int> wrapped() {
  int x = 3;
  int r = call(wrap([x] { return x; }), int(CORO_YIELD(1)));
  CORO_YIELD(r);
}
// CHECK-LABEL: wrapped
// CHECK-NEXT: got 1
// 3 * 2 + 2
// CHECK-NEXT: got 8
// CHECK-NEXT: stop

struct Counter {
  int base = 40;
  corogen::generator<int, int> count() {
    int x = 1;
    int r = call([=] { return base + x + [x] { return x; }(); }, int(CORO_YIELD(1)));
    CORO_YIELD(r);
  }
};
// CHECK-LABEL: member
// CHECK-NEXT: got 1
// 40 + 1 + 1 + 2
// CHECK-NEXT: got 44
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> dependent(T t) {
  T x = t;
  int r = call([x, t](auto...) { return int(x + t); }, int(CORO_YIELD(1)));
  x = T(5);
  r = callr([&x, t] { return int(x * t); }, int(CORO_YIELD(r)));
  CORO_YIELD(r);
}
// CHECK-LABEL: dependent
// CHECK-NEXT: got 1
// 3 + 3 + 2
// CHECK-NEXT: got 8
// 5 * 3 + 9
// CHECK-NEXT: got 24
// CHECK-NEXT: stop

int main() {
  say("copies");
  drive(copies(100));
  say("copies closed");
  trace::close_at_first(copies(100));
  say("wrapped");
  drive(wrapped());
  say("member");
  Counter c;
  drive(c.count());
  say("dependent");
  drive(dependent(3));
}
