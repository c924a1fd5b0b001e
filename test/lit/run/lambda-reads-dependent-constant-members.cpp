// Member generators whose lambdas read, without a capture, a constant
// whose value depends on a template parameter, with an initialiser that
// names static members and enumerators of the class and a variable of an
// unnamed namespace: the lambda reads the initialiser's value. A static
// member of a class that is no template is named by its qualified name
// (`::Plain::scale`), which the lambda's own `scale` does not hide; one of
// a class template, and the unnamed namespace's, are named as written.
// Python twin: n = 4 * 3 + 5 + 2; yield n; yield n + 1
//              n = 2 * 4; yield n; yield n + 100
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

namespace {
constexpr int hidden = 2;
}

template <class T> struct Outer {
  static constexpr int scale = 3;
  enum { bonus = 5 };
  corogen::generator<int> gen() {
    const int n = sizeof(T) * scale + bonus + hidden;
    CORO_YIELD(n);
    CORO_YIELD([] { return n + 1; }());
  }
};

struct Plain {
  static constexpr int scale = 4;
  template <class T> corogen::generator<int> gen() {
    const int n = sizeof(T) * scale;
    CORO_YIELD(n);
    CORO_YIELD([] {
      int scale = 100;
      return n + scale;
    }());
  }
};

int main() {
  // CHECK: 19
  // CHECK-NEXT: 20
  for (int v : Outer<int>().gen())
    say(v);
  // CHECK-NEXT: 8
  // CHECK-NEXT: 108
  for (int v : Plain().gen<short>())
    say(v);
}
