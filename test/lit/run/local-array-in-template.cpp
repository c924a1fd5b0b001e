// An array local of unknown bound (its size taken from its initialiser)
// whose element type is a template parameter, living across yields; and
// one of a known element type whose initialiser depends on a template
// parameter (clang leaves its bound dependent until instantiation).
// Python twin:
//   def pair(t):
//       arr = [t, t + 1]
//       yield arr[0]; yield arr[1]
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

template <class T> corogen::generator<T> pair(T t) {
  T arr[] = {t, t + 1};
  CORO_YIELD(arr[0]);
  CORO_YIELD(arr[1]);
}

long twice(long v) { return 2 * v; }

template <class T> corogen::generator<long> doubled(T t) {
  long arr[] = {twice(t), twice(t + 1), 7L};
  for (long v : arr)
    CORO_YIELD(v);
}

int main() {
  for (int v : pair(1))
    say("int ", v);
  // CHECK:      int 1
  // CHECK-NEXT: int 2
  for (double v : pair(0.5))
    say("double ", v);
  // CHECK-NEXT: double 0.5
  // CHECK-NEXT: double 1.5
  for (long v : doubled(1))
    say("long ", v);
  // CHECK-NEXT: long 2
  // CHECK-NEXT: long 4
  // CHECK-NEXT: long 7
}
