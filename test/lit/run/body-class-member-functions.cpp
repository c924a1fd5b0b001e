// A class defined in a generator's body may name a local of the generator
// in its member functions, their parameters and exception specifications,
// and its default member initialisers only where C++ does not odr-use it:
// in an unevaluated operand (sizeof, alignof, noexcept, decltype) or as a
// constant read for its value. Those uses are rewritten as the body's are:
// an unevaluated operand names the frame's member (a reference local
// through its pointer; a local the frame cannot name through the body's
// reference to its box), a constant is read as its value. Before, they were
// left naming the old locals, and the output did not compile. `this`, the
// class's own members and `__func__` stay the class's own.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstring>

using trace::say;

corogen::generator<int> plain() {
  int x = 1;
  double d = 2.5;
  int &r = x;
  const int n = 4;
  enum Local { lo = 7, hi = 9 };
  const Local l = hi;
  auto f = [&] { return x; };
  CORO_YIELD(0);
  struct S {
    int size() const { return int(sizeof(x) + sizeof(d) + sizeof(r)) + n; }
    decltype(d) m = sizeof(d) + n;
    int own() const noexcept(noexcept(x + 1)) {
      int v = twice;
      decltype(r) q = v;
      return q + this->twice;
    }
    int twice = n * 2;
    static int align() { return alignof(decltype(d)); }
    static decltype(d) half() { return 0.5; }
    int local(int k = l) const { return k + int(sizeof(f)); }
    bool named() const { return std::strcmp(__func__, "named") == 0; }
    struct Inner {
      int get() const { return int(sizeof(x)) * n; }
    };
  };
  S s;
  say("size ", s.size(), " m ", s.m, " own ", s.own(), " align ", S::align());
  say("local ", s.local(), " named ", s.named(), " inner ", S::Inner().get());
  say("noexcept ", noexcept(s.own()), " half ", S::half());
  CORO_YIELD(x);
}
// The sizes of int, double and int& (4, 8, 4) plus n; 8 + 4; twice (8)
// twice over; alignof(double); hi (9) plus the closure's size (one
// reference, 8); __func__ is the member's own; 4 * 4.
// CHECK-LABEL: plain
// CHECK-NEXT: got 0
// CHECK-NEXT: size 20 m 12 own 16 align 8
// CHECK-NEXT: local 17 named 1 inner 16
// CHECK-NEXT: noexcept 1 half 0.5
// CHECK-NEXT: got 1

template <class T> corogen::generator<int> templated(T t) {
  T x = t;
  const int n = 4;
  CORO_YIELD(0);
  struct S {
    static int size() { return int(sizeof(x)) + n; }
    decltype(x) m = sizeof(x) + n;
  };
  say("size ", S::size(), " m ", S().m);
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 0
// CHECK-NEXT: size 12 m 12

int main() {
  say("plain");
  for (int v : plain())
    say("got ", v);
  say("templated");
  for (int v : templated(1.0))
    say("got ", v);
}
