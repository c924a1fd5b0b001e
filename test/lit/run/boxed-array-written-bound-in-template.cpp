// In a template, an array of a class of the body (kept in a box, as the
// member of a class the box makes from the declaration's own text) whose
// bound depends on a template parameter, written: a template parameter,
// or an expression with a constant of the body (read as its value), or
// left to the braced list, which the box's making function counts as the
// instantiation does (brace elision and pack expansions included) in a
// lambda it never calls. Its elements are made in order where the
// declaration runs, destroyed in reverse where its scope ends, or by
// close(). (Before, refused.) (Brace elision is what -Wmissing-braces and
// -Wmissing-field-initializers warn of.)
// RUN: %run-both %s %t -Wno-missing-braces -Wno-missing-field-initializers | %check-trace %s
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

template <class T, class... U> corogen::generator<std::size_t> counted(T t, U... us) {
  struct Local {
    Tracer tracer;
    T value;
  };
  struct Two {
    T a, b;
  };
  Local named[] = {{Tracer("n0"), t}, {Tracer("n1"), us}...};
  Two elided[] = {t, t, us...};
  CORO_YIELD(sizeof(named) / sizeof(named[0]));
  CORO_YIELD(sizeof(elided) / sizeof(elided[0]));
  CORO_YIELD(std::size_t(named[2].value + elided[1].a));
}
// (Two of two members from five values: three, the last with b = 0;
// named[2] is 8 and elided[1] is {7, 8}: 8 + 7.)
// CHECK-LABEL: counted
// CHECK-NEXT: ctor n0
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n1
// CHECK-NEXT: got 4
// CHECK-NEXT: got 3
// CHECK-NEXT: got 15
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor n0
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
  say("counted");
  for (std::size_t n : counted(1, 7, 8, 9))
    say("got ", n);
  say("end");
}
