// In a left fold over `<<` whose pattern yields, each step is made in its
// element's turn, and the frame points to what it gives back, the next
// step's object: that must be an lvalue of the type of the object on the
// left. A std::ostringstream's `<<` gives back a std::ostream (its
// base), which the frame's pointer, of the ostringstream's type, cannot
// hold (and converting would pick the next step's `<<` for the wrong
// type): corogen's runtime refuses it at instantiation, with the way out
// (run/yield-in-stream-fold.cpp names the std::ostream first).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: a step of this fold over << or >>, made in its element's turn, must give back an lvalue of the type of the object on the left, as a stream's << does; where it gives another object (a base class of it, say), name that first, `std::ostream &out = s; (out << ... << CORO_YIELD(ts));`, or loop over the elements
#include <corogen/corogen.hpp>

#include <sstream>

template <class... Ts> corogen::generator<int, int> text(Ts... ts) {
  std::ostringstream os;
  (os << ... << int(CORO_YIELD(int(ts))));
  CORO_YIELD(int(os.str().size()));
}

int main() {
  for (int v : text(1, 2))
    (void)v;
}
