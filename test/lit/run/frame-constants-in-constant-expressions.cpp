// A `const` integral or enumeration local of the generator initialised by a constant
// expression, living across a suspension, is a frame member, which is no
// constant: where the body names it in a constant expression (a case label,
// an array bound, a template argument, static_assert, an enumerator's
// value, if constexpr, alignas), it is read as its value, as C++ reads it
// there (no odr-use); elsewhere it is the frame's object (its address is
// the same on every read). Before, each such use was left naming the
// member, and the output did not compile (or, with g++, made a
// variable-length array of the bound). An enumeration constant is read as
// its value cast to its type, also where its type is an enumeration of the
// body (which the frame cannot name, so the local is boxed and the body
// names it by a reference: the output did not compile either).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>

using trace::say;

corogen::generator<int> plain() {
  const int n = 3;
  const long neg = -2;
  const int *where = &n;
  CORO_YIELD(1);
  switch (2 + 1) {
  case n:
    say("case n");
    break;
  default:
    say("default");
  }
  switch (-2L) {
  case neg:
    say("case neg");
    break;
  }
  int arr[n] = {};
  static_assert(n == 3, "three");
  enum E { a = n, b };
  std::integral_constant<int, n> ic;
  alignas(n + 1) char c = 'c';
  if constexpr (n > 2)
    say("constexpr if");
  say("sizes ", sizeof(arr) / sizeof(arr[0]), " ", int(b), " ", decltype(ic)::value, " ", c);
  CORO_YIELD(where == &n);
}
// CHECK-LABEL: plain
// CHECK-NEXT: got 1
// CHECK-NEXT: case n
// CHECK-NEXT: case neg
// CHECK-NEXT: constexpr if
// CHECK-NEXT: sizes 3 4 3 c
// CHECK-NEXT: got 1

template <class T> corogen::generator<int> templated(T t) {
  const int n = 2;
  CORO_YIELD(int(t));
  {
    T arr[n] = {t, t};
    static_assert(n == 2, "two");
    enum E { a = n, b };
    say("sizes ", sizeof(arr) / sizeof(arr[0]), " ", int(b));
  }
  // (An enumeration of a template's body is dependent: the constant is
  // read as its initialiser's value, in a case label and an array bound.)
  enum class F { x = 2, y = 4 };
  const F f = F::y;
  CORO_YIELD(int(t) + 1);
  static_assert(f == F::y, "y");
  int arr2[static_cast<int>(f)] = {};
  switch (F::y) {
  case f:
    say("case f ", sizeof(arr2) / sizeof(arr2[0]));
    break;
  default:
    say("default f");
  }
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 5
// CHECK-NEXT: sizes 2 3
// CHECK-NEXT: got 6
// CHECK-NEXT: case f 4

enum Color { red, green, blue };
enum class Size : unsigned char { small = 1, big = 4 };
template <Color C> struct ColorTag {
  static constexpr int value = 10 * C;
};

corogen::generator<int> enumerations() {
  const Color c = blue;
  const Size s = Size::big;
  enum Local { lo = 7, hi = 9 };
  const Local l = hi;
  CORO_YIELD(1);
  switch (green) {
  case c:
    say("case c");
    break;
  default:
    say("default c");
  }
  switch (lo) {
  case l:
    say("case l");
    break;
  default:
    say("default l");
  }
  int arr[static_cast<int>(s)] = {};
  static_assert(c == blue && l == hi, "blue and hi");
  enum Next { first = l + 1 };
  say("enums ", ColorTag<c>::value, " ", sizeof(arr) / sizeof(arr[0]), " ", int(first), " ",
      int(l));
}
// CHECK-LABEL: enumerations
// CHECK-NEXT: got 1
// CHECK-NEXT: default c
// CHECK-NEXT: default l
// CHECK-NEXT: enums 20 4 10 9

int main() {
  say("plain");
  for (int v : plain())
    say("got ", v);
  say("templated");
  for (int v : templated(5))
    say("got ", v);
  say("enumerations");
  for (int v : enumerations())
    say("got ", v);
}
