// A function template generator, instantiated with two types; its local of
// the template parameter's type lives across yields. Python twin:
//   def repeat(v, n):
//       for i in range(n): copy = v; yield copy
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

template <class T> corogen::generator<T> repeat(T v, int n) {
  for (int i = 0; i < n; ++i) {
    T copy = v;
    CORO_YIELD(copy);
    v = v + v;
  }
}

int main() {
  for (int x : repeat(3, 3))
    say("int ", x);
  // CHECK:      int 3
  // CHECK-NEXT: int 6
  // CHECK-NEXT: int 12
  for (const std::string &s : repeat<std::string>("ab", 2))
    say("string ", s);
  // CHECK-NEXT: string ab
  // CHECK-NEXT: string abab
}
