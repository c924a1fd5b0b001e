// In a template, a switch whose condition keeps an operand with a
// destructor across a suspension keeps the condition's value before the
// branches run, in the type decltype of the condition names
// (run/kept-operand-in-dependent-switch.cpp). Where the instantiation makes
// that a class, which the switch would convert to an integral or
// enumeration type through a conversion function corogen cannot name, the
// output refuses to compile, with a message from corogen's runtime.
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: this switch's condition keeps an operand with a destructor across a suspension
#include <corogen/corogen.hpp>

#include <string>

struct Number {
  int v;
  operator int() const { return v; }
};

template <class T> T make(const std::string &, int v) { return T{v}; }

template <class T> corogen::generator<int, int> gen() {
  switch (make<T>(std::string("s"), int(CORO_YIELD(1)))) {
  case 1:
    CORO_YIELD(2);
  }
}

int main() {
  auto g = gen<Number>();
  (void)g;
}
