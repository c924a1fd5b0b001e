// In a fold over `,` whose pattern goes on after its marker, the marker's
// value would live, in C++, to the end of the whole fold, past the later
// elements' suspensions, which a step of corogen's loop cannot keep: where
// only the instantiation shows its type (a delegation's result, in a
// pack), corogen's runtime refuses there a type with a destructor
// (run/yield-in-fold-pattern.cpp: an int is fine).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: the value of this marker, in the pattern of a fold, would live in C++ to the end of the whole fold, past the later elements' suspensions, and its type has a destructor: loop over the elements instead
#include <corogen/corogen.hpp>

#include <string>

corogen::generator<int, void, std::string> word(int n) {
  CORO_YIELD(n);
  CORO_RETURN(std::string(n, 'x'));
}

template <class... Gs> corogen::generator<int, void, std::string> last(Gs... gs) {
  std::string word;
  ((word = CORO_YIELD_FROM(gs)), ...);
  CORO_RETURN(word);
}

int main() {
  for (int v : last(word(1), word(2)))
    (void)v;
}
