// In a template, a reference living across a suspension initialised by a
// braced list of one element, `const T &r = {e};` or `const T &r{e};`,
// binds as `= e` does where e's type is reference-related to T (by
// address to an object, or keeping a prvalue's temporary), which only the
// instantiation shows: the runtime's kept_reference decides then. A list
// that converts e to a new temporary follows a list's rules (no narrowing,
// no explicit constructor for `= {e}`), which corogen does not carry over:
// the output then refuses to compile, with a message from corogen.
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -DGEN=copy_list -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=copy_list -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-gcc %cxxflags -DGEN=direct_list -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -DGEN=direct_list -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck --check-prefix=OUT %s
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck --check-prefix=OUT %s
// CHECK: corogen: this reference that lives across a suspension in a template binds to the result of a conversion from a class type, or of a braced list
// Each generator yields the size of what its references name (an object
// and a temporary), and whether the first is the variable itself.
// OUT: {{^}}3 4 1 3 4 1
#include <corogen/corogen.hpp>

#include <cstdio>
#include <string>

#ifndef GEN
#define GEN copy_list
#endif

template <class T, class U> corogen::generator<int> copy_list(U u) {
  const T &r = {u};
  const T &s = {T(u) + "x"};
  CORO_YIELD(static_cast<int>(r.size()));
  CORO_YIELD(static_cast<int>(s.size()));
  CORO_YIELD(static_cast<const void *>(&r) == static_cast<const void *>(&u));
}
template <class T, class U> corogen::generator<int> direct_list(U u) {
  const T &r{u};
  const T &s{T(u) + "x"};
  CORO_YIELD(static_cast<int>(r.size()));
  CORO_YIELD(static_cast<int>(s.size()));
  CORO_YIELD(static_cast<const void *>(&r) == static_cast<const void *>(&u));
}

void print(corogen::generator<int> g) {
  for (int v : g)
    std::printf("%d ", v);
}

int main() {
#ifdef OTHERS
  print(copy_list<std::string>(std::string("abc")));
  print(direct_list<std::string>(std::string("abc")));
  std::printf("\n");
#else
  // (A const char * that converts to a new std::string.)
  print(GEN<std::string>("abc"));
#endif
}
