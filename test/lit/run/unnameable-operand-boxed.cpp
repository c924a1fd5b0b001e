// An operand evaluated before a marker and used after it, whose type the
// frame cannot name (a lambda's closure, a class of the body), where C++
// reads it by value, makes a temporary of it, or it is a glvalue other than
// a variable named alone: the frame keeps the copy, the temporary or the
// address in a box made by the operand's own text before the suspension,
// and the statement names the box's object after the resume. A kept copy
// or temporary is passed on as an xvalue (a by-value parameter is moved
// from it) and dies at the end of the statement. Before, each was refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

template <class F> int call(F f, int v) { return f(v); }
template <class F> int call_ref(const F &f, int v) { return f(v); }
template <class T> int peek(T t, int v) { return t.n + v; }
template <class T> int peek_ref(const T &t, int v) { return t.n + v; }
template <class T> int take(T &&t, int v) {
  T u(std::move(t));
  return u.n + v;
}
template <class T> int bump(T &t, int v) { return t.n += v; }

corogen::generator<int, int> gen() {
  int base = 10;
  auto add = [&, k = Tracer("k")](int a) { return a + base + int(k.name().size()); };
  // The copy of add (of its k) is made before the marker; after the
  // resume it is moved into f: 2 + 10 + 1. f dies at the end of the call's
  // statement, then the kept copy.
  int r = call(add, CORO_YIELD(1));
  CORO_YIELD(r);
  // CHECK:      ctor k
  // CHECK-NEXT: copy k
  // CHECK-NEXT: got 1
  // CHECK-NEXT: move k
  // CHECK-NEXT: dtor k
  // CHECK-NEXT: dtor (moved-from) k
  // CHECK-NEXT: got 13

  // A closure that captures by reference only is made after the resume (it
  // reads nothing, so nothing shows when): 3 * 10.
  r = call_ref([&](int a) { return a * base; }, CORO_YIELD(2));
  CORO_YIELD(r);
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 30

  struct Counter {
    Tracer t;
    int n;
  };
  Counter c{Tracer("c"), 3};
  // The copy is made before the comma sets c.n, which the copy does not
  // see: 3 + 4.
  r = peek(c, (c.n = 100, CORO_YIELD(3)));
  CORO_YIELD(r);
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: copy c
  // CHECK-NEXT: got 3
  // CHECK-NEXT: move c
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: dtor (moved-from) c
  // CHECK-NEXT: got 7

  // A prvalue: its object is made before the marker (5 + 5).
  r = peek(Counter{Tracer("tmp"), 5}, CORO_YIELD(4));
  CORO_YIELD(r);
  // CHECK-NEXT: ctor tmp
  // CHECK-NEXT: got 4
  // CHECK-NEXT: move tmp
  // CHECK-NEXT: dtor tmp
  // CHECK-NEXT: dtor (moved-from) tmp
  // CHECK-NEXT: got 10

  // A temporary bound to a reference parameter: kept, bound after the
  // resume (no move), destroyed at the end of the statement (6 + 7).
  r = peek_ref(Counter{Tracer("ref"), 6}, CORO_YIELD(6));
  say("after the statement");
  CORO_YIELD(r);
  // CHECK-NEXT: ctor ref
  // CHECK-NEXT: got 6
  // CHECK-NEXT: dtor ref
  // CHECK-NEXT: after the statement
  // CHECK-NEXT: got 13

  // A glvalue: its address is kept; `std::move(c)` is bound as the xvalue
  // it is, and take moves c out (100 + 14).
  r = take(std::move(c), CORO_YIELD(13));
  CORO_YIELD(r);
  // CHECK-NEXT: got 13
  // CHECK-NEXT: move c
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: got 114

  // An element of a container of such objects, by reference: its address
  // is kept, and bump changes the element itself (1 + 116, twice).
  std::vector<Counter> items;
  items.reserve(4);
  items.push_back(Counter{Tracer("item"), 1});
  r = bump(items[0], CORO_YIELD(115));
  CORO_YIELD(r + items[0].n);
  // CHECK-NEXT: ctor item
  // CHECK-NEXT: move item
  // CHECK-NEXT: dtor (moved-from) item
  // CHECK-NEXT: got 115
  // CHECK-NEXT: got 234
}
// CHECK-NEXT: dtor item
// CHECK-NEXT: dtor (moved-from) c
// CHECK-NEXT: dtor k
// CHECK-NEXT: stop

// On one side of a condition, in a loop: kept (and destroyed) only where
// that side runs, once per run of the statement.
corogen::generator<int, int> guarded() {
  auto add = [k = Tracer("g")](int a) { return a + int(k.name().size()); };
  for (int i = 0; i < 2; ++i) {
    int r = i % 2 == 0 ? call(add, CORO_YIELD(i)) : -1;
    say("r ", r);
  }
}
// CHECK-LABEL: guarded
// CHECK-NEXT: ctor g
// CHECK-NEXT: copy g
// CHECK-NEXT: got 0
// CHECK-NEXT: move g
// CHECK-NEXT: dtor g
// CHECK-NEXT: dtor (moved-from) g
// CHECK-NEXT: r 2
// CHECK-NEXT: r -1
// CHECK-NEXT: dtor g
// CHECK-NEXT: stop

// Closed at the marker: the kept copy is destroyed as the body unwinds,
// before the closure it was copied from.
corogen::generator<int, int> closed() {
  auto add = [k = Tracer("closed")](int a) { return a + int(k.name().size()); };
  CORO_YIELD(call(add, CORO_YIELD(1)));
}
// CHECK-LABEL: closed
// CHECK-NEXT: ctor closed
// CHECK-NEXT: copy closed
// CHECK-NEXT: closing
// CHECK-NEXT: dtor closed
// CHECK-NEXT: dtor closed
// CHECK-NEXT: closed

int main() {
  drive(gen());
  say("guarded");
  drive(guarded());
  say("closed");
  {
    auto g = closed();
    g.next();
    say("closing");
    g.close();
    say("closed");
  }
}
