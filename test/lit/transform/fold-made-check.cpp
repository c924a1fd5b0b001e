// In a fold's pattern, what a part whose type depends on a template
// parameter makes lives, in C++, to the end of the whole fold, past the
// later elements' suspensions, which a turn of corogen's loop cannot keep:
// corogen's runtime checks each such part at instantiation and refuses an
// object whose type has a destructor (a glvalue, or an int, passes:
// run/yield-in-fold-kept-operand.cpp). Before, every such part was
// refused by the tool.
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: this part of a fold's pattern makes an object whose type has a destructor, which C++ keeps to the end of the whole fold, past the later elements' suspensions: loop over the elements instead
#include <corogen/corogen.hpp>

#include <string>

template <class T> std::string text(const T &, int v) { return std::to_string(v); }
void print(const std::string &) {}

template <class... Ts> corogen::generator<int, int> shown(Ts... ts) {
  (print(text(ts, int(CORO_YIELD(1)))), ...);
}

int main() {
  for (int v : shown(1, 2))
    (void)v;
}
