// A lambda with a capture-default that names a constant of the generator
// (one that lives across a suspension) in a constant expression: a
// template argument, an array's bound, a case label. C++ reads the
// constant's value there without capturing it (no odr-use), so corogen
// reads it as its value too: its frame member would be no constant
// expression, through the capture or not (before, the output did not
// compile; so did a static_assert or an if constexpr naming it). In a template, a constant whose value depends on a template
// parameter is read as its initialiser's value, in the lambda and in the
// body. Python twin (T = short): n = 3; d = 2
//   yield n; yield 2 * 3 + 12 + (2 + 3); yield 2 * 2 + 2 * 3
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

template <int N, class T> T times(T t) { return t * N; }

corogen::generator<int> plain(int t) {
  const int n = 3;
  CORO_YIELD(n);
  int c = [&] { return times<n>(t); }();
  int arr[n];
  int k = [=] {
    switch (t) {
    case n:
      return 1;
    default:
      return static_cast<int>(sizeof(arr));
    }
  }();
  // (A static_assert's and an if constexpr's conditions too.)
  int s = [&] {
    static_assert(n > 0, "positive");
    if constexpr (n > 2)
      return t + n;
    else
      return 0;
  }();
  CORO_YIELD(c + k + s);
}
// CHECK: 3
// CHECK-NEXT: 23

template <class T> corogen::generator<int> dependent(T t) {
  const int n = 3;
  const int d = sizeof(T);
  CORO_YIELD(n);
  int b = times<d>(t);
  int c = [&] { return times<n>(t); }();
  CORO_YIELD(b + c);
}
// CHECK-NEXT: 3
// CHECK-NEXT: 10

int main() {
  for (int v : plain(2))
    say(v);
  for (int v : dependent<short>(2))
    say(v);
}
