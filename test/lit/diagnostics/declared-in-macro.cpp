// A local that lives across a suspension declared by a macro's expansion
// (its name written by the macro, or passed to it): its declaration becomes
// the construction of its frame member, or of its box, which corogen
// cannot write into the macro's text. Before, the output did not compile
// (a frame member), or a box was refused with another reason. Declaring
// it outside the macro works; a macro in its type or its initialiser is
// fine (`UINT n = MAX(a, b);`), and so is a handler's exception variable
// that a macro declares (the handler keeps its text).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#define DECLARE(n, x) int n = x
#define KEEP(n, e) auto n = e;
#define UINT unsigned
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define CATCH(T, n) catch (T n)
#define FOR(i, n) for (int i = 0; i < n; ++i)

corogen::generator<int> plain(int t) {
  int x = t;
  // CHECK: :[[@LINE+1]]:11: error: 'z' lives across a suspension and is declared by a macro's expansion, which corogen cannot rewrite; declare it outside the macro
  DECLARE(z, x);
  UINT n = MAX(x, 2);
  CORO_YIELD(1);
  CORO_YIELD(int(z + n));
  // CHECK: :[[@LINE+1]]:7: error: 'k' lives across a suspension and is declared by a macro's expansion
  FOR(k, 3) {
    CORO_YIELD(k);
  }
  try {
    throw 5;
  } CATCH(int, e) {
    CORO_YIELD(e);
    CORO_YIELD(e + 1);
  }
}

template <class T> corogen::generator<int> dependent(T t) {
  struct Local {
    T t;
  };
  Local l{t};
  // CHECK: :[[@LINE+1]]:8: error: 'h' lives across a suspension and is declared by a macro's expansion
  KEEP(h, l)
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(h.t));
}
