// A local of a type that depends on a template parameter, made from a
// braced list and living across a suspension, may be a
// std::initializer_list, whose array C++ keeps alive only as long as a
// variable of the function and the frame cannot keep
// (diagnostics/initializer-list-local.cpp): only the instantiation shows
// it, and the output then refuses to compile, with a message from corogen.
// Any other type works (the std::vector here). So may the temporary that a
// reference binds, made from a braced list (`referred`).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: %cxx-gcc %cxxflags -DVECTOR -fsyntax-only %t.cpp
// RUN: %cxx-clang %cxxflags -DVECTOR -fsyntax-only %t.cpp
// RUN: not %cxx-gcc %cxxflags -DREFERENCE -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DREFERENCE -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: %cxx-gcc %cxxflags -DREFERENCE -DVECTOR -fsyntax-only %t.cpp
// RUN: %cxx-clang %cxxflags -DREFERENCE -DVECTOR -fsyntax-only %t.cpp
// CHECK: corogen: this local lives across a suspension and is a std::initializer_list made from a braced list
#include <corogen/corogen.hpp>

#include <initializer_list>
#include <vector>

template <class L> corogen::generator<int> elements(int a) {
  const L list = {a, 2};
  CORO_YIELD(0);
  for (int x : list)
    CORO_YIELD(x);
}

template <class L> corogen::generator<int> referred(int a) {
  const L &list{a, 2};
  CORO_YIELD(0);
  for (int x : list)
    CORO_YIELD(x);
}

#ifdef REFERENCE
#define GEN referred
#else
#define GEN elements
#endif

int main() {
#ifdef VECTOR
  for (int v : GEN<std::vector<int>>(1))
#else
  for (int v : GEN<std::initializer_list<int>>(1))
#endif
    (void)v;
}
