// The bindings of a structured binding whose object corogen keeps in a box
// stay the body's names: they are declared again, bound to the boxed
// object, on each resume (run/unnameable-structured-bindings.cpp). Where
// corogen wraps text that names one in a lambda (a boxed local's
// initialiser, say), the lambda init-captures it by reference, since clang
// before 16 lets no lambda capture a structured binding. Refused where
// that would change what the text means: `decltype(a)` of the binding
// (which would name the reference's type), and a binding of a bit-field
// (which no reference binds). Copy the binding into a variable first.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  struct L {
    int x, y;
  };
  struct Bits {
    int f : 4;
    int g;
  };
  auto [a, b] = L{1, 2};
  auto [f, g] = Bits{3, 4};
  CORO_YIELD(a + f);
  // CHECK: :[[@LINE+1]]:19: error: 'a' is a structured binding whose object corogen keeps in a box, so the name stays the body's, and corogen moves this initialiser into a lambda, which captures it by reference (clang before 16 lets no lambda capture a structured binding); that would change 'decltype(a)', or cannot bind a bit-field: copy 'a' into a variable first
  auto [c, d] = L{decltype(a)(5), b};
  // CHECK: :[[@LINE+1]]:10: error: 'f' is a structured binding whose object
  L l{g, f};
  CORO_YIELD(c + d + l.x);
  // Copied into a variable first, it works; and decltype((a)), which the
  // capture does not change, and other names of the bindings, are kept.
  int x = f;
  L m{decltype((a))(x), g};
  CORO_YIELD(m.x + a + b);
}
