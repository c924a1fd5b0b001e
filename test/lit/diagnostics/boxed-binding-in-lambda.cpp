// The bindings of a structured binding whose object corogen keeps in a box
// stay the body's names: they are declared again, bound to the boxed
// object, on each resume (run/unnameable-structured-bindings.cpp). corogen
// moves the initialiser of a boxed local (and, in a template, of a local
// that the runtime helps make) into a lambda, where clang before 16 lets
// no structured binding be named, so one that names such a binding is
// refused: copy the binding into a variable first.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  struct L {
    int x, y;
  };
  auto [a, b] = L{1, 2};
  CORO_YIELD(a);
  // CHECK: :[[@LINE+2]]:19: error: 'a' is a structured binding whose object corogen keeps in a box, so the name stays the body's, and corogen moves this initialiser into a lambda, where clang before 16 lets no structured binding be named; copy 'a' into a variable first
  // CHECK: :[[@LINE+1]]:22: error: 'b' is a structured binding whose object
  auto [c, d] = L{a, b};
  CORO_YIELD(c + d);
  // Copied into a variable first, it works.
  int x = a;
  L l{x, 3};
  // And in the body, outside such initialisers.
  CORO_YIELD(l.x + a + b);
}
