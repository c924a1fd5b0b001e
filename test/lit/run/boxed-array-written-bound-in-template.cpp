// In a template, an array of a class of the body (kept in a box, as the
// member of a class the box makes from the declaration's own text) whose
// bound depends on a template parameter, written: a template parameter,
// or an expression with a constant of the body (read as its value). Its
// elements are made in order where the declaration runs, destroyed in
// reverse where its scope ends, or by close(). (Before, refused.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <string>

using trace::say;
using trace::Tracer;

template <class T, int N> corogen::generator<std::size_t> arrays(T t) {
  struct Local {
    Tracer tracer;
    T value;
  };
  const int one = 1;
  Local a[N] = {{Tracer("a0"), t}, {Tracer("a1"), t + 1}};
  {
    Local b[N - one] = {{Tracer("b0"), t + 2}};
    CORO_YIELD(sizeof(a) / sizeof(a[0]) * 10 + sizeof(b) / sizeof(b[0]));
    say("b0 ", b[0].value);
  }
  CORO_YIELD(std::size_t(a[1].value));
}
// CHECK-LABEL: run
// CHECK-NEXT: ctor a0
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor b0
// CHECK-NEXT: got 21
// CHECK-NEXT: b0 7
// CHECK-NEXT: dtor b0
// CHECK-NEXT: got 6
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: end
// CHECK-LABEL: closed
// CHECK-NEXT: ctor a0
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor b0
// CHECK-NEXT: got 21
// CHECK-NEXT: dtor b0
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: end

int main() {
  say("run");
  for (std::size_t n : arrays<int, 2>(5))
    say("got ", n);
  say("end");
  say("closed");
  {
    auto g = arrays<int, 2>(5);
    say("got ", g.next());
    g.close();
  }
  say("end");
}
