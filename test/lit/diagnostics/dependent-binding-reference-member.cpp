// In a template, a structured binding living across a suspension whose
// object is made from a braced list of a type that depends on a template
// parameter (`auto [r, k] = T{S{1}, 2};`, `const auto &[r, k] = T{...};`)
// may be an aggregate whose list binds a reference member to a temporary,
// which C++ keeps alive as long as the object and the frame cannot (it
// makes the object by a function that returns it). Only the instantiation
// shows it: the runtime then refuses an aggregate class one of whose
// members is a reference, or an aggregate that cannot be default-constructed
// or copy-assigned (a nested reference member makes it so); past 16 names,
// where it cannot name the members, an aggregate that cannot be
// default-constructed or copy-assigned. An aggregate
// without such a member, a class with a constructor, and a tuple-like
// class pass, and run (-DOTHERS).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -DGEN=own -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=own -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=bound -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=bound -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=own -DARG=W -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=own -DARG=W -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=big -DARG=Big -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=big -DARG=Big -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck --check-prefix=OUT %s
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck --check-prefix=OUT %s
// CHECK: corogen: this structured binding lives across a suspension and its object is an aggregate made from a braced list with a reference member
// Each generator yields 0, then the sum of what its bindings name: Q's
// S{1}.v + 2, the pair's 1 + 2, C's 1 + 2; then BigQ's S{1}.v + 16.
// OUT: {{^}}0 3 0 3 0 3 0 3 0 3 0 3 0 17
#include <corogen/corogen.hpp>

#include <cstdio>
#include <utility>

#ifndef GEN
#define GEN own
#endif
#ifndef ARG
#define ARG A
#endif

struct S {
  int v;
};
struct A {
  const S &r;
  int k;
};
struct Inner {
  const S &r;
};
struct W {
  Inner in;
  int k;
};
struct Q {
  S s;
  int k;
};
struct C {
  C(const S &s, int k) : v(s.v), k(k) {}
  int v;
  int k;
};
struct Big {
  const S &r;
  int a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p;
};
struct BigQ {
  S r;
  int a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p;
};
int value(const S &s) { return s.v; }
int value(const Inner &i) { return i.r.v; }
int value(int i) { return i; }

template <class T> corogen::generator<int> own() {
  auto [r, k] = T{S{1}, 2};
  CORO_YIELD(0);
  CORO_YIELD(value(r) + value(k));
}
template <class T> corogen::generator<int> bound() {
  const auto &[r, k] = T{S{1}, 2};
  CORO_YIELD(0);
  CORO_YIELD(value(r) + value(k));
}

template <class T> corogen::generator<int> big() {
  auto [r, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p] =
      T{S{1}, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  CORO_YIELD(0);
  CORO_YIELD(value(r) + a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p);
}

void print(corogen::generator<int> g) {
  for (int v : g)
    std::printf("%d ", v);
}

int main() {
#ifdef OTHERS
  print(own<Q>());
  print(bound<Q>());
  print(own<std::pair<S, int>>());
  print(bound<std::pair<S, int>>());
  print(own<C>());
  print(bound<C>());
  print(big<BigQ>());
  std::printf("\n");
#else
  print(GEN<ARG>());
#endif
}
