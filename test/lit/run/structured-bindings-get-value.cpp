// A tuple-like type whose get returns a new object: each binding's hidden
// reference keeps the object get<I> made alive as long as the binding
// ([class.temporary] p6), also across suspensions. get<I> is called once per
// binding, in order, where the declaration runs, and the object is made in
// place (no move); at the end of the scope they die, last first, before
// the object they came from. Python has no such bindings: the lines below
// follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>

using trace::say;
using trace::Tracer;

struct Names {
  std::string first, second;
};
template <std::size_t I> Tracer get(const Names &n) {
  say("get<", I, ">");
  return Tracer(I == 0 ? n.first : n.second);
}

namespace std {
template <> struct tuple_size<Names> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Names> {
  using type = trace::Tracer;
};
} // namespace std

corogen::generator<std::string> gen() {
  {
    auto [a, b] = Names{"a", "b"};
    static_assert(std::is_same<decltype(a), Tracer>::value, "tuple_element's type");
    CORO_YIELD(a.name() + b.name());
    const auto &[c, d] = Names{"c", "d"};
    CORO_YIELD(c.name() + d.name());
  }
  CORO_YIELD("after the block");
}

int main() {
  for (const std::string &v : gen())
    say(v);
  // CHECK:      get<0>
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: get<1>
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: ab
  // CHECK-NEXT: get<0>
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: get<1>
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: cd
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: after the block
}
