// The bindings of a structured binding whose object corogen keeps in a box
// stay the body's names: they are declared again, bound to the boxed
// object, on each resume (run/unnameable-structured-bindings.cpp). Where
// corogen wraps text that names one in a lambda (a boxed local's
// initialiser, say), the lambda init-captures it by reference, since clang
// before 16 lets no lambda capture a structured binding, or, where the
// text takes `decltype(a)` or names a bit-field, which a reference would
// not keep, declares the bindings again inside
// (run/boxed-bindings-declared-in-lambda.cpp). Refused where it cannot:
// where declaring them again would hide another name the text reads, where
// two structured bindings declared again would share a name, and where
// corogen wraps a part of the text in a lambda of its own (for a marker,
// a lambda-expression, a temporary kept in a box), which could not capture
// them either. Copy the binding into a variable first.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  struct L {
    int x, y;
  };
  struct Bits {
    int f : 4;
    int g;
  };
  auto [a, c] = L{1, 2};
  auto [f, g] = Bits{3, 4};
  CORO_YIELD(a + f);
  {
    int c = 7; // (which `auto [a, c]` declared again would hide)
    // CHECK: :[[@LINE+1]]:9: error: 'a' is a structured binding whose object corogen keeps in a box, so the name stays the body's, and corogen moves this initialiser into a lambda, which captures it by reference (clang before 16 lets no lambda capture a structured binding), as declaring the bindings again there would hide another name it reads, or a lambda of corogen's in it (for a marker, a lambda-expression or a temporary in a box) could not capture them; a reference would change 'decltype(a)', or cannot bind a bit-field: copy 'a' into a variable first
    L l{decltype(a)(c), 1};
    CORO_YIELD(l.x);
  }
  // CHECK: :[[@LINE+1]]:7: error: 'a' is a structured binding whose object
  L m{decltype(a)(int(CORO_YIELD(1))), c};
  // CHECK: :[[@LINE+1]]:31: error: 'f' is a structured binding whose object
  L n{[] { return 1; }(), int(f)};
  CORO_YIELD(m.x + n.x);
  {
    auto [a, d] = L{5, 6}; // (shares `a` with `auto [a, c]`)
    // CHECK: :[[@LINE+2]]:9: error: 'c' is a structured binding whose object
    // CHECK: :[[@LINE+1]]:25: error: 'd' is a structured binding whose object
    L o{decltype(c)(d), decltype(d)(0)};
    CORO_YIELD(o.x + a);
  }
  // Copied into a variable first, it works; and where no other name is
  // hidden, the bindings are declared again.
  int x = f;
  L p{decltype((a))(x), decltype(g)(g)};
  CORO_YIELD(p.x + a + c);
}
