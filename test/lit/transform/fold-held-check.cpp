// A value of a fold's pattern that outlives its element's turn (here the
// value of a call's expansion) may refer to a temporary that an operand
// makes, which C++ keeps to the end of the whole fold. corogen keeps such a
// temporary of a scalar type known in the template in the frame
// (run/yield-in-fold-held-temporaries.cpp); one that an operand of a type
// that depends on a template parameter makes, `ts + 0` bound to `wrap`'s
// `const T &`, it cannot, and the output checks at instantiation that the
// value is of an arithmetic type, which refers to nothing: a `Holder` that
// keeps the reference is refused, with corogen's message.
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: this part of a fold's pattern keeps its value past the element's turn, and that value may refer to a temporary that an operand of a type that depends on a template parameter makes, which C++ keeps to the end of the whole fold but the turn ends: make that operand a variable first, or loop over the elements instead
#include <corogen/corogen.hpp>

template <class T> struct Holder {
  const T &r;
};
template <class T> Holder<T> wrap(int, const T &t) { return Holder<T>{t}; }
template <class... H> int count(const H &...) { return sizeof...(H); }

template <class... Ts> corogen::generator<int, int> refers(Ts... ts) {
  int n = count(wrap(int(CORO_YIELD(ts)), ts + 0)...);
  CORO_YIELD(n);
}

int main() {
  for (int v : refers(1, 2.5))
    (void)v;
}
