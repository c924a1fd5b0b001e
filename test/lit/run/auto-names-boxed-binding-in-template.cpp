// An `auto` local of a template whose initialiser names a structured
// binding that corogen keeps in a box (its initialiser suspends, so the
// frame cannot spell the object's type from it): the local is kept in a box
// too, made by its own initialiser, of the type it deduces. Before, the
// frame spelled the local's type from the binding's, which it cannot name:
// the output did not compile. Python has no such bindings: the lines follow
// C++.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <tuple>
#include <type_traits>
#include <utility>

using trace::drive;
using trace::say;

template <class T> T same(int sent, T t) {
  say("same after ", sent);
  return t;
}

template <class T> corogen::generator<int, int> sums(T t) {
  auto [c, d] = same(CORO_YIELD(0), t);
  auto s = d + c;
  auto u = static_cast<decltype(d)>(d * 2);
  CORO_YIELD(int(s));
  say("sizes ", sizeof(s), " ", sizeof(u));
  CORO_YIELD(int(u));
}

int main() {
  drive(sums(std::pair<int, long long>(2, 5)));
  // CHECK:      got 0
  // CHECK-NEXT: same after 1
  // CHECK-NEXT: got 7
  // CHECK-NEXT: sizes 8 8
  // CHECK-NEXT: got 10
  // CHECK-NEXT: stop
  drive(sums(std::tuple<short, short>(3, 4)));
  // CHECK-NEXT: got 0
  // CHECK-NEXT: same after 1
  // CHECK-NEXT: got 7
  // CHECK-NEXT: sizes 4 2
  // CHECK-NEXT: got 8
  // CHECK-NEXT: stop
}
