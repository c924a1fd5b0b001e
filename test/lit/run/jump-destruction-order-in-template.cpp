// In a template, an ordinary local whose type depends on a template
// parameter (written `T`, `auto`, or a structured binding), constructed
// after a local kept in the frame in the same block, is destroyed before
// it at the end of the block or at a `break`, as C++ does: reverse order of
// construction. The template cannot say whether its type has a destructor,
// so corogen keeps it in the frame too (as jump-destruction-order.cpp does
// for a known type with a destructor). Python has no destructors: the
// order below is C++'s.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>

using trace::say;
using trace::Tracer;

template <class T> corogen::generator<std::string> gen(const T &t) {
  {
    Tracer x("x");
    CORO_YIELD(x.name());
    T copy = t;
    say("copied");
  }
  {
    Tracer y("y");
    CORO_YIELD(y.name());
    auto same = t;
    say("same");
  }
  for (int i = 0; i < 2; ++i) {
    Tracer z("z");
    CORO_YIELD(z.name());
    auto [first, second] = t;
    say("bound ", first.name(), second.name());
    if (i == 0)
      break;
  }
}

int main() {
  std::pair<Tracer, Tracer> p(std::piecewise_construct, std::forward_as_tuple("a"),
                              std::forward_as_tuple("b"));
  for (const std::string &v : gen(p))
    say("got ", v);
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: ctor x
  // CHECK-NEXT: got x
  // CHECK-NEXT: copy a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: copied
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: dtor x
  // CHECK-NEXT: ctor y
  // CHECK-NEXT: got y
  // CHECK-NEXT: copy a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: same
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: dtor y
  // CHECK-NEXT: ctor z
  // CHECK-NEXT: got z
  // CHECK-NEXT: copy a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: bound ab
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: dtor z
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
}
