// In a template, a tuple-like structured binding whose get<I> gives a value
// of another type than tuple_element's, not of a class type (an int for a
// long, a const char * for a class that converts it), living across a
// suspension: each binding is a reference bound to a new temporary of
// tuple_element's type, which C++ keeps as long as the binding; the
// runtime's tuple_binding makes it, copy-initialised from get<I>'s result,
// and keeps it, destroyed with the binding, in reverse order. (Before, the
// runtime refused it at instantiation; a result of a class type still is:
// transform/dependent-reference-to-temporary.cpp.)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <tuple>

struct Named {
  std::string s;
  Named(const char *p) : s(p) { std::printf("make %s\n", p); }
  Named(const Named &) = delete;
  ~Named() { std::printf("drop %s\n", s.c_str()); }
};

/// get<I> gives a const char * that tuple_element says is a Named.
struct Names {
  const char *n[2];
  template <std::size_t I> const char *get() const { return n[I]; }
};
/// get<I> gives an int that tuple_element says is a long.
struct Ints {
  int v[2];
  template <std::size_t I> int &&get() && { return static_cast<int &&>(v[I]); }
};

namespace std {
template <> struct tuple_size<Names> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Names> {
  using type = Named;
};
template <> struct tuple_size<Ints> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Ints> {
  using type = long;
};
} // namespace std

template <class T, class U> corogen::generator<int> bound(T t, U u) {
  const auto &[a, b] = t;
  auto [c, d] = static_cast<U &&>(u);
  CORO_YIELD(static_cast<int>(c + d));
  std::printf("use %s %s\n", a.s.c_str(), b.s.c_str());
  CORO_YIELD(static_cast<int>(a.s.size()));
  std::printf("end\n");
}

int main() {
  for (int v : bound(Names{{"one", "two"}}, Ints{{3, 4}}))
    std::printf("got %d\n", v);
  std::printf("closed:\n");
  auto g = bound(Names{{"six", "ten"}}, Ints{{1, 1}});
  std::printf("got %d\n", g.next());
  g.close();
  std::printf("after\n");
}
// CHECK: {{^}}make one
// CHECK-NEXT: {{^}}make two
// CHECK-NEXT: {{^}}got 7
// CHECK-NEXT: {{^}}use one two
// CHECK-NEXT: {{^}}got 3
// CHECK-NEXT: {{^}}end
// CHECK-NEXT: {{^}}drop two
// CHECK-NEXT: {{^}}drop one
// CHECK-NEXT: {{^}}closed:
// CHECK-NEXT: {{^}}make six
// CHECK-NEXT: {{^}}make ten
// CHECK-NEXT: {{^}}got 2
// CHECK-NEXT: {{^}}drop ten
// CHECK-NEXT: {{^}}drop six
// CHECK-NEXT: {{^}}after
