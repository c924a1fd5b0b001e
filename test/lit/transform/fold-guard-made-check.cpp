// The condition of a fold's pattern that runs its marker under `?:`,
// `&&` or `||` is tested in the element's turn, which ends what it makes;
// C++ keeps that to the end of the whole fold, past the later elements'
// suspensions. A part of it whose type depends on a template parameter is
// checked at instantiation, as the rest of the pattern is
// (fold-made-check.cpp): an object with a destructor that the condition
// makes is refused.
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: this part of a fold's pattern makes an object whose type has a destructor, which C++ keeps to the end of the whole fold, past the later elements' suspensions: loop over the elements instead
#include <corogen/corogen.hpp>

struct Flag {
  bool on;
  ~Flag() {}
  explicit operator bool() const { return on; }
};
template <class T> Flag flag(T t) { return Flag{t > 1}; }

template <class... Ts> corogen::generator<int, int> named(Ts... ts) {
  ((flag(ts) ? CORO_YIELD(1) : 0), ...);
}

int main() {
  for (int v : named(1, 22))
    (void)v;
}
