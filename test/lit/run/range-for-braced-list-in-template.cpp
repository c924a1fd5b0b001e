// A range-for that suspends over a braced list in a template, where the
// list's type depends on a template parameter: of elements of a type the
// frame can name once instantiated (`{t, t * 2}`), and of a class of the
// body. decltype may not name a braced list, so the frame keeps the list's
// array in a box, as the runtime's braced_range its elements deduce (C++17's
// class template argument deduction), bound `const auto &` as the list's
// const array is, to the end of the loop. Before, the first gave output
// that did not compile and the second was refused. (Before C++17, and one
// std::array in a list: run/braced-list-range-standards.cpp.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::drive;
using trace::say;
using trace::Tracer;

template <class T> corogen::generator<int, int> gen(T t) {
  for (auto x : {t, t * 2})
    CORO_YIELD(int(x));
  struct Local {
    Tracer tr;
    T v;
  };
  say("list");
  for (const auto &l : {Local{Tracer("a"), t}, Local{Tracer("b"), t + 1}}) {
    CORO_YIELD(int(l.v));
    say("at ", l.tr.name());
  }
  say("after");
}
// The elements are copied into the array once each, made in place from
// the prvalues (no move), and die, last first, when the loop ends.
// CHECK:      got 5
// CHECK-NEXT: got 10
// CHECK-NEXT: list
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 5
// CHECK-NEXT: at a
// CHECK-NEXT: got 6
// CHECK-NEXT: at b
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: after
// CHECK-NEXT: stop
// CHECK-LABEL: closed
// CHECK-NEXT: got 5
// CHECK-NEXT: got 10
// CHECK-NEXT: list
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed

// Runs the generator to its third value, then closes it.
template <class G> void close_at_third(G g) {
  say("got ", g.next());
  say("got ", g.send(1));
  say("got ", g.send(1));
  g.close();
  say("closed");
}

// An element that is a braced list deduces nothing: the others give the
// element type (decltype of a call with their text), and the list, in
// braces of its own, makes the array, each element copy-initialised from
// its initialiser as the std::initializer_list's would be (before, refused).
template <class T> corogen::generator<int, int> braced(T t) {
  struct Local {
    Tracer tr;
    T v;
  };
  for (const auto &l : {Local{Tracer("c"), t}, {Tracer("d"), t + 1}})
    CORO_YIELD(int(l.v));
  for (auto x : {{t}, t * 3})
    CORO_YIELD(int(x));
}
// CHECK-LABEL: braced
// CHECK-NEXT: ctor c
// CHECK-NEXT: ctor d
// CHECK-NEXT: got 5
// CHECK-NEXT: got 6
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor c
// CHECK-NEXT: got 5
// CHECK-NEXT: got 15
// CHECK-NEXT: stop

int main() {
  drive(gen(5));
  say("closed");
  close_at_third(gen(5));
  say("braced");
  drive(braced(5));
}
