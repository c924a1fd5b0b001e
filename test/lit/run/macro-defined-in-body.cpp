// A macro that a generator's body defines, or defines again, in the text
// of a type or a range that the frame would spell at the top of the
// function (in a template, where types depend on a template parameter):
// there the macro is not defined yet, or has its old definition. Such a
// local, alias or range is kept in a box instead, made by its own text in
// the body, where the macro means what the source says. Before, the output
// did not compile, or a frame member had the old definition's type (`b`,
// through the alias declared again at the top: an array of 3 where the
// source declares 4, silently).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <vector>

using trace::say;

#define SIZE 2
static_assert(SIZE == 2, "the old definition");

template <class T> corogen::generator<int> sizes(T t) {
#undef SIZE
#define SIZE 3
#define PAIR_OF(v) std::vector<T>{T(v), T(v + 1)}
  for (auto x : PAIR_OF(t))
    CORO_YIELD(int(x));
  std::array<T, SIZE> a;
  using A = std::array<T, SIZE + 1>;
  A b{};
  auto c = std::array<T, SIZE>{};
  a.fill(t);
  CORO_YIELD(int(a.size() * 100 + b.size() * 10 + c.size()));
  CORO_YIELD(int(a[2]));
  // (A macro of the body that writes `decltype(x)` whole is not copied:
  // the frame spells x's declared type in its place.)
#define TYPE_OF(v) decltype(v)
  TYPE_OF(t) d = t + 1;
  CORO_YIELD(int(d));
}

int main() {
  // CHECK: 3
  // CHECK-NEXT: 4
  // CHECK-NEXT: 343
  // CHECK-NEXT: 3
  // CHECK-NEXT: 4
  for (int v : sizes(3))
    say(v);
}
