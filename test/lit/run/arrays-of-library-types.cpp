// Arrays of standard library types and of arrays that live across a
// suspension. A structured binding's copy of an array of std::array (the
// runtime's array_object, destroyed element by element): the runtime's
// helpers are called qualified, so that argument-dependent lookup finds
// no std::destroy_at beside them (before, the output did not compile).
// In a template, an array of arrays whose bound its braced list gives
// (`T grid[][2] = {1, 2, t};`, two rows by brace elision) is spelled with
// its element type whole (before, the output did not compile).
// RUN: %run-both %s %t -Wno-missing-braces | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>

using trace::say;

corogen::generator<int> copies() {
  std::array<int, 2> pairs[] = {{{1, 2}}, {{3, 4}}};
  auto [p, q] = pairs;
  CORO_YIELD(p[1]);
  pairs[1][0] = 30;
  CORO_YIELD(q[0] + pairs[1][0]);
}
// CHECK: 2
// CHECK-NEXT: 33

template <class T> corogen::generator<int> grids(T t) {
  T grid[][2] = {1, 2, t};
  auto &[r0, r1] = grid;
  std::array<T, 2> pairs[] = {1, 2, 3, 4};
  auto [a, b] = pairs;
  CORO_YIELD(int(sizeof(grid) / sizeof(grid[0])) * 10 + int(r0[1]));
  CORO_YIELD(int(r1[0] + r1[1]) + int(a[0] + b[1]));
}
// CHECK-NEXT: 22
// CHECK-NEXT: 10

int main() {
  for (int v : copies())
    say(v);
  for (int v : grids(5))
    say(v);
}
