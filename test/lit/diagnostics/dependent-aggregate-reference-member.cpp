// In a template, a local living across a suspension made from a braced
// list of a type that depends on a template parameter (`T a{...};`, `T a =
// {...};`, `auto a = T{...};`, a reference bound to `T{...}`, an array of
// T) may be an aggregate whose list binds a reference member to a
// temporary, which C++ keeps alive as long as the local and the frame
// cannot (diagnostics/extended-by-member.cpp). Only the instantiation shows
// it: the output then refuses to compile, with a message from corogen.
// The runtime cannot see members; it refuses an aggregate that cannot be
// default-constructed or copy-assigned, which a reference member makes it.
// An aggregate without such a member, a class with constructors, an empty
// list, and a known aggregate without a reference member (a const one,
// which the runtime's test would refuse) made from a list that depends on a
// template parameter all pass, and run (-DOTHERS).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -DGEN=own -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=own -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=copy_list -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=copy_list -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=from_prvalue -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=from_prvalue -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=reference -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=reference -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=array -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=array -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// A reference member with a default member initialiser, in a class with
// its own copy assignment, is refused where the class's copy is trivial:
// RUN: not %cxx-gcc %cxxflags -DGEN=own -DARG=Assigned -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=own -DARG=Assigned -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=own -DARG=HoldsAssigned -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=own -DARG=HoldsAssigned -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=nested -DARG=N -fsyntax-only %t.cpp 2>&1 | FileCheck --check-prefix=NESTS %s
// RUN: not %cxx-clang %cxxflags -DGEN=nested -DARG=N -fsyntax-only %t.cpp 2>&1 | FileCheck --check-prefix=NESTS %s
// RUN: not %cxx-gcc %cxxflags -DGEN=list_array -DARG=ListArray -fsyntax-only %t.cpp 2>&1 | FileCheck --check-prefix=NESTS %s
// RUN: not %cxx-clang %cxxflags -DGEN=list_array -DARG=ListArray -fsyntax-only %t.cpp 2>&1 | FileCheck --check-prefix=NESTS %s
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck --check-prefix=OUT %s
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck --check-prefix=OUT %s
// Each of the five generators is refused (each compile instantiates one):
// CHECK: corogen: this local lives across a suspension and is an aggregate made from a braced list, which may bind a reference member to a temporary
// A list with a braced list inside may make a std::initializer_list
// member, whose array C++ keeps alive as long as the local (N's, here):
// every aggregate made so is refused, and so is a std::array of
// std::initializer_lists (before, kept: its elements' arrays died at the
// end of the declaration); a std::array of std::arrays of ints is not.
// NESTS: corogen: this local lives across a suspension and is an aggregate made from a braced list with a braced list inside, which may make a std::initializer_list member
// Each generator yields 0, then the value its local holds: for P, the
// member S's v plus the length of the name "p"; for C, the S's v.
// OUT: {{^}}0 2 0 3 0 4 0 5 0 6 0 1 0 2 0 3 0 4 0 5
// The known P from a list naming t: 6 + strlen("pq"), plus S{}.v, plus the
// known K's 6.
// OUT-NEXT: {{^}}0 14
// A class with a constructor made from a list with a list inside (V: S's
// v plus the vector's size), and an array of P whose elements' lists are
// the lists inside (both P's v plus the lengths of their names).
// OUT-NEXT: {{^}}0 9 0 12
// A std::array of std::arrays from lists inside a list (4 + 1).
// OUT-NEXT: {{^}}0 5
#include <corogen/corogen.hpp>

#include <array>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

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
};
struct P {
  S s;
  std::string name = "p";
};
struct C {
  C(const S &s) : v(s.v) {}
  int v;
};
struct K {
  const int k;
};
struct Assigned {
  const S &r = S{9};
  Assigned &operator=(const Assigned &) { return *this; }
};
struct HoldsAssigned {
  Assigned a;
  int k;
};
struct N {
  S s;
  std::initializer_list<int> l;
};
struct V {
  V(const S &s, std::vector<int> l) : v(s.v + static_cast<int>(l.size())) {}
  int v;
};
int value(const A &a) { return a.r.v; }
int value(const Assigned &a) { return a.r.v; }
int value(const HoldsAssigned &h) { return h.a.r.v + h.k; }
int value(const N &n) { return n.s.v + static_cast<int>(n.l.size()); }
int value(const V &v) { return v.v; }
int value(const P &p) { return p.s.v + static_cast<int>(p.name.size()); }
int value(const C &c) { return c.v; }

template <class T> corogen::generator<int> own() {
  T a{S{1}};
  CORO_YIELD(0);
  CORO_YIELD(value(a));
}
template <class T> corogen::generator<int> copy_list() {
  T a = {S{2}};
  CORO_YIELD(0);
  CORO_YIELD(value(a));
}
template <class T> corogen::generator<int> from_prvalue() {
  auto a = T{S{3}};
  CORO_YIELD(0);
  CORO_YIELD(value(a));
}
template <class T> corogen::generator<int> reference() {
  const T &a = T{S{4}};
  CORO_YIELD(0);
  CORO_YIELD(value(a));
}
template <class T> corogen::generator<int> array() {
  T a[1] = {{S{5}}};
  CORO_YIELD(0);
  CORO_YIELD(value(a[0]));
}

template <class T> corogen::generator<int> nested() {
  T a{S{7}, {1, 2}};
  CORO_YIELD(0);
  CORO_YIELD(value(a));
}
template <class T> corogen::generator<int> array_of_lists() {
  T a[2] = {{S{3}}, {S{4}, "four"}};
  CORO_YIELD(0);
  CORO_YIELD(value(a[0]) + value(a[1]));
}

using ListArray = std::array<std::initializer_list<int>, 1>;
using Grid = std::array<std::array<int, 2>, 2>;
template <class T> corogen::generator<int> list_array() {
  T a{{{1, 2}}};
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(a[0].size()));
}
template <class T> corogen::generator<int> grid() {
  T g{{{1, 2}, {3, 4}}};
  CORO_YIELD(0);
  CORO_YIELD(g[1][1] + g[0][0]);
}

template <class T> corogen::generator<int> others(T t) {
  P p{t, "pq"};
  T empty{};
  K known{t.v};
  CORO_YIELD(0);
  CORO_YIELD(value(p) + empty.v + known.k);
}

int main() {
#ifdef OTHERS
  for (auto g : {own<P>, copy_list<P>, from_prvalue<P>, reference<P>, array<P>, own<C>,
                 copy_list<C>, from_prvalue<C>, reference<C>, array<C>})
    for (int v : g())
      std::printf("%d ", v);
  std::printf("\n");
  for (int v : others(S{6}))
    std::printf("%d ", v);
  std::printf("\n");
  for (auto g : {nested<V>, array_of_lists<P>})
    for (int v : g())
      std::printf("%d ", v);
  std::printf("\n");
  for (int v : grid<Grid>())
    std::printf("%d ", v);
  std::printf("\n");
#else
  for (int v : GEN<ARG>())
    (void)v;
#endif
}
