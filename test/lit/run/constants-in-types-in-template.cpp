// In a template, a local that lives across a suspension whose type depends
// on a template parameter and names a constant of the body in a constant
// expression: an array's bound (`T a[n];`) or a template argument
// (`std::array<T, n> c;`). The frame declares its members at the top of
// the function, where the constant is not in scope, so it reads the
// constant's value there: a literal where it is known, or, where it
// depends on a template parameter, its initialiser's text (with the
// constants that one names read the same way) as a constant expression of
// the constant's type. Before, an array so declared was refused, and a
// template argument gave output that did not compile. Python twin (size of
// T = 2, then 4): known = 2; dep = size; twice = dep * 2
//   yield known; yield dep; yield twice; yield twice + known; yield 7 + 1
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <cstddef>

using trace::say;

template <class T> corogen::generator<std::size_t> sized(T t) {
  const int known = 2;
  const int dep = sizeof(T);
  const int twice = dep * 2;
  T a[known] = {t, t};
  char b[dep];
  std::array<T, twice> c{};
  int d[twice + known];
  b[0] = 'b';
  CORO_YIELD(sizeof(a) / sizeof(a[0]));
  CORO_YIELD(sizeof(b));
  CORO_YIELD(c.size());
  CORO_YIELD(sizeof(d) / sizeof(d[0]));
  c[0] = a[1];
  CORO_YIELD(std::size_t(c[0]) + std::size_t(b[0] == 'b'));
}

// An initialiser that names a function whose name the body declares again
// in a block the constant is not in: at the top, where the frame reads it,
// that declaration is out of scope as well (before, refused).
constexpr int triple(int v) { return 3 * v; }

template <class T> corogen::generator<std::size_t> hidden(T t) {
  const int n = triple(sizeof(T));
  T a[n] = {t};
  {
    int triple = 1;
    CORO_YIELD(std::size_t(triple));
  }
  CORO_YIELD(sizeof(a) / sizeof(a[0]));
}

// Where the initialiser's text would mean something else at the top of the
// function (an enumerator of the body, whose name there finds the
// namespace's `red`; a function whose name a constant of the body that the
// top may declare has too), the local is kept in a box, made by its own
// declaration in the body, where the text means what it says (before, the
// first had another bound, 6, and the second was refused).
constexpr int red = 5;
static_assert(red == 5, "the namespace's red");
constexpr int twice(int v) { return 2 * v; }

template <class T> corogen::generator<std::size_t> inside(T t) {
  enum Colour { red = 1 };
  const int n = red + sizeof(T);
  T a[n] = {t};
  const int m = twice(sizeof(T));
  std::array<T, m> b{};
  {
    constexpr int twice = 3;
    CORO_YIELD(std::size_t(twice));
  }
  CORO_YIELD(sizeof(a) / sizeof(a[0]));
  CORO_YIELD(b.size());
}

int main() {
  // CHECK-LABEL: inside
  // CHECK-NEXT: 3
  // CHECK-NEXT: 2
  // CHECK-NEXT: 2
  say("inside");
  for (std::size_t n : inside<char>(7))
    say(n);
  // CHECK-LABEL: hidden
  // CHECK-NEXT: 1
  // CHECK-NEXT: 6
  say("hidden");
  for (std::size_t n : hidden<short>(7))
    say(n);
  // CHECK: 2
  // CHECK-NEXT: 2
  // CHECK-NEXT: 4
  // CHECK-NEXT: 6
  // CHECK-NEXT: 8
  for (std::size_t n : sized<short>(7))
    say(n);
  // CHECK-NEXT: 2
  // CHECK-NEXT: 4
  // CHECK-NEXT: 8
  // CHECK-NEXT: 10
  // CHECK-NEXT: 8
  for (std::size_t n : sized<int>(7))
    say(n);
}
