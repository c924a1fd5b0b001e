// An `auto` local whose type depends on a template parameter, living across
// a suspension, is kept when the frame can name its type from decltype of the
// initialiser, where the locals it names are read as lvalues of their types
// (run/local-auto-in-template.cpp, run/auto-from-locals-in-template.cpp).
// An initialiser that holds a lambda or names a local inside a macro goes
// whole into a lambda whose parameters are those locals and structured
// bindings (run/auto-from-lambda-in-template.cpp,
// run/auto-helper-bindings-in-template.cpp); `decltype(x)` of a local or a
// binding is spelled as its declared type either way
// (run/auto-decltype-local-in-template.cpp).
// Where neither reading can carry the initialiser (`decltype(x)` of a local
// written inside a macro, which corogen cannot rewrite and where the
// lambda's parameter `x` would be a reference, or a local whose type the
// frame cannot name, kept in a box), an object is kept in a box itself,
// made by its own initialiser, and a reference binds to what its box keeps
// as the instantiation says, also where its initialiser holds a lambda
// (run/auto-boxed-in-template.cpp, run/unnameable-in-template.cpp).
// (An `auto` reference initialised by `(e)` or `{e}` binds as `= e`, and a
// `decltype(auto)` local is kept in a box as what decltype(e) says:
// run/auto-boxed-in-template.cpp, also where e is a structured binding's
// name or an `auto &&` variable: its declared type is spelled.)
// (A braced list after `=` makes a std::initializer_list, which no frame
// can keep: diagnostics/initializer-list-local.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

#define TYPE_OF(x) decltype(x)

template <class T> corogen::generator<int> sizes(T t) {
  T copy = t;
  const auto &k([&] { return TYPE_OF(copy)(t); }());
  auto &&l = TYPE_OF(copy)(t);
  // CHECK: :[[@LINE+1]]:8: error: 'p' lives across a suspension and is a std::initializer_list made from a braced list
  auto p = {copy.size()};
  auto f = [&] { return copy.size(); };
  const auto &r = f();
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(k.size() + l.size() + p.size() + r + f()));
}

#define KEEP(n, e) auto n = e;

template <class T, T N> corogen::generator<int> constant(T t) {
  // (A class of the body, which the frame cannot name from decltype of the
  // initialiser, in a declaration that a macro writes, which corogen
  // cannot rewrite, as any such declaration: diagnostics/declared-in-macro.cpp.)
  struct Local { T t; };
  Local l{t};
  // CHECK: :[[@LINE+1]]:8: error: 'h' lives across a suspension and is declared by a macro's expansion, which corogen cannot rewrite; declare it outside the macro
  KEEP(h, l)
  // (The name of a template parameter: decltype(auto) deduces in the box
  // as here. A volatile local is kept as written:
  // run/volatile-auto-in-template.cpp.)
  decltype(auto) n = N;
  volatile auto v = t;
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(h.t + n + v));
}
// CHECK-NOT: error:
