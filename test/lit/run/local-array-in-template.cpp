// An array local of unknown bound (its size taken from its initialiser)
// whose element type is a template parameter, living across yields.
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

int main() {
  for (int v : pair(1))
    say("int ", v);
  // CHECK:      int 1
  // CHECK-NEXT: int 2
  for (double v : pair(0.5))
    say("double ", v);
  // CHECK-NEXT: double 0.5
  // CHECK-NEXT: double 1.5
}
