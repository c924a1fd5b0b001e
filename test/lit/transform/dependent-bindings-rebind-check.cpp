// In a template, a structured binding whose object's type the frame cannot
// name is boxed, and its bindings are declared again, bound to the boxed
// object, on each resume (run/unnameable-in-template.cpp). Only the
// instantiation shows whether the object is tuple-like with a `get` other
// than std::get's, which that would call again: the output then refuses
// to compile, with a message from corogen's runtime.
// RUN: %corogen %s -o %t.cpp -- %cxxflags -I%inputs
// RUN: not %cxx-gcc %cxxflags -I%inputs -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -I%inputs -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: a structured binding that lives across a suspension, whose object is of a type the frame cannot name, is declared again, bound to the object, on each resume; here it would call again a 'get' other than std::get
#include <corogen/corogen.hpp>
#include "user-get.hpp"

#include <cstddef>
#include <utility>


template <class T> corogen::generator<int> gen(T t) {
  struct Local {
    T v;
  };
  auto [w] = Wrap<Local>{{t}};
  CORO_YIELD(int(w.v));
}

int main() {
  for (int v : gen(1))
    (void)v;
}
