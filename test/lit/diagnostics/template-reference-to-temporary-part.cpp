// In a template, a `decltype(auto)` reference initialised by a member, in
// parentheses, of an object of a type that depends on a template parameter
// (`decltype(auto) d = (build<T>().first);`), that lives across a
// suspension: C++ keeps that object alive with the reference where it is a
// temporary, which only the instantiation shows, and the frame's box,
// keeping the member's address, would not (before, the reference
// dangled). So the runtime checks, at instantiation, that the object is no
// temporary: the generator below is refused there. A member of an lvalue
// (`v[0].second`, a variable's), or a copy of a temporary's member, works;
// and a plain reference, a structured binding's, or a range-for's range,
// keeps the object in the runtime's bound_value
// (run/template-reference-to-temporary-part.cpp).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -DGEN=declared -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=declared -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck --check-prefix=OUT %s
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck --check-prefix=OUT %s
// CHECK: corogen: this reference (or range-for's range) lives across a suspension and binds to a member of a temporary
// (fine: r is v[0]'s first, set to 5, s is t's second, 2, copy is 0;
// ranges: vv[0]'s elements.)
// OUT: {{^}}0 7
// OUT-NEXT: {{^}}1 1
#include <corogen/corogen.hpp>

#include <cstdio>
#include <utility>
#include <vector>

#ifndef GEN
#define GEN declared
#endif
#ifndef ARG
#define ARG Pair
#endif

using Pair = std::pair<int, int>;

template <class T> T build() { return T{}; }

template <class T> corogen::generator<int> declared() {
  decltype(auto) d = (build<T>().first);
  CORO_YIELD(0);
  CORO_YIELD(d);
}

template <class T> corogen::generator<int> fine(T t) {
  std::vector<T> v{t};
  const auto &r = v[0].first;
  const auto &s = t.second;
  auto copy = build<T>().first;
  CORO_YIELD(0);
  v[0].first = 5;
  CORO_YIELD(r + s + copy);
}
template <class T> corogen::generator<int> ranges(T t) {
  std::vector<std::vector<T>> vv{{t, t}};
  for (T x : vv[0])
    CORO_YIELD(x);
}

int main() {
#ifdef OTHERS
  for (int v : fine(Pair(1, 2)))
    std::printf("%d ", v);
  std::printf("\n");
  for (int v : ranges(1))
    std::printf("%d ", v);
  std::printf("\n");
#else
  for (int v : GEN<ARG>())
    (void)v;
#endif
}
