// A generator's parameter taken by value is moved into the frame when the
// generator is made: a type that cannot be moved is refused (in a
// template, where the type depends on a template parameter, by the
// runtime at instantiation, -DTEMPLATE). A type with a copy constructor
// only is copied, and a reference parameter binds: those pass, and run
// (-DOTHERS).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: %corogen %s -o %t.template.cpp -- %cxxflags -DTEMPLATE
// RUN: not %cxx-gcc %cxxflags -DTEMPLATE -fsyntax-only %t.template.cpp 2>&1 | FileCheck %s --check-prefix=TEMPLATE
// RUN: not %cxx-clang %cxxflags -DTEMPLATE -fsyntax-only %t.template.cpp 2>&1 | FileCheck %s --check-prefix=TEMPLATE
// RUN: %corogen %s -o %t.cpp -- %cxxflags -DOTHERS
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck %s --check-prefix=OUT
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck %s --check-prefix=OUT
// TEMPLATE: corogen: this parameter of a generator is moved into its frame when the generator is made, and its type cannot be moved
#include <corogen/corogen.hpp>

#include <cstdio>

struct Pinned {
  int v;
  Pinned(int v) : v(v) {}
  Pinned(Pinned &&) = delete;
};
struct Old {
  Old(int v) : v(v) {}
  Old(const Old &o) : v(o.v) { std::puts("old copy"); }
  int v;
};

template <class T> corogen::generator<int> of(T p) {
  CORO_YIELD(p.v);
}

#if !defined(OTHERS) && !defined(TEMPLATE)
// CHECK: :[[@LINE+1]]:39: error: the generator's parameter 'p' is moved into its frame when the generator is made, and its type cannot be moved; take it by reference
corogen::generator<int> pinned(Pinned p) {
  CORO_YIELD(p.v);
}
#endif

#ifdef TEMPLATE
corogen::generator<int> pinned() { return of<Pinned>(Pinned(1)); }
#endif

corogen::generator<int> by_reference(const Pinned &p) {
  CORO_YIELD(p.v);
}
corogen::generator<int> old(Old o) {
  CORO_YIELD(o.v);
}

// OUT: got 1
// OUT-NEXT: old copy
// OUT-NEXT: got 2
// OUT-NEXT: old copy
// OUT-NEXT: got 3
int main() {
  Pinned p(1);
  for (int v : by_reference(p))
    std::printf("got %d\n", v);
  for (int v : old(Old(2)))
    std::printf("got %d\n", v);
  for (int v : of(Old(3)))
    std::printf("got %d\n", v);
}
