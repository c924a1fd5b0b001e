// A range-for that suspends over a range of a type the frame cannot name
// (a class of the body), kept in a box made by the range's text, where a
// macro's whole use writes that text (`LOCALS(t)`): the box copies the
// macro's use, as it copies any text (before, refused in templates, and
// outside them where the range's object is a temporary). The temporary
// lives through the loop; an lvalue range is the same object.
// RUN: %run-both %s %t | %check-trace %s
// RUN: %run-both %s %t -std=c++14 -DNO_TRACE | FileCheck %s --check-prefix=CXX14
#include <corogen/corogen.hpp>
#ifndef NO_TRACE
#include "trace.hpp"
using trace::drive;
using trace::say;
using trace::Tracer;
#endif
#include <cstdio>

#define LOCALS(t, name) Local{{t, t + 1}, name}
#define ALL(c) c

#ifndef NO_TRACE
template <class T> corogen::generator<int, int> dependent(T t) {
  struct Local {
    T v[2];
    Tracer tracer;
    T *begin() { return v; }
    T *end() { return v + 2; }
  };
  for (auto &x : LOCALS(t, Tracer("temporary")))
    CORO_YIELD(int(x));
  say("after");
  Local l{{t * 10, t * 20}, Tracer("l")};
  for (auto x : ALL(l))
    CORO_YIELD(int(x));
}
// CHECK-LABEL: dependent
// CHECK-NEXT: ctor temporary
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: dtor temporary
// CHECK-NEXT: after
// CHECK-NEXT: ctor l
// CHECK-NEXT: got 30
// CHECK-NEXT: got 60
// CHECK-NEXT: dtor l
// CHECK-NEXT: stop
#endif

// (C++14: no structured bindings, no trace.hpp.)
template <class T> corogen::generator<int> counted(T t) {
  struct Local {
    T v[2];
    int name;
    T *begin() { return v; }
    T *end() { return v + 2; }
  };
  for (auto &x : LOCALS(t, 0))
    CORO_YIELD(int(x));
}
// CXX14: 5 6

int main() {
#ifndef NO_TRACE
  say("dependent");
  drive(dependent(3));
#endif
  for (int v : counted(5))
    std::printf("%d ", v);
  std::printf("\n");
}
