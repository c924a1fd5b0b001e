// A GNU vector living across a suspension and made from a braced list is
// refused: the frame makes its locals by new-expressions, and g++ cannot
// make a vector from a braced list in one. One made from a vector value
// is kept (-DOTHERS runs it).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: %corogen %s -o %t.cpp -- %cxxflags -DOTHERS
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck %s --check-prefix=OUT
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck %s --check-prefix=OUT
#include <corogen/corogen.hpp>

#include <cstdio>

typedef float vec4 __attribute__((vector_size(16)));

#ifndef OTHERS
corogen::generator<int> listed() {
  // CHECK: :[[@LINE+1]]:8: error: 'v' lives across a suspension and is a GNU vector made from a braced list
  vec4 v = {1, 2, 3, 4};
  // CHECK: :[[@LINE+1]]:8: error: 'w' lives across a suspension and is a GNU vector made from a braced list
  vec4 w{5, 6, 7, 8};
  CORO_YIELD(1);
  CORO_YIELD(static_cast<int>(v[2] + w[0]));
}
#endif

corogen::generator<int> valued() {
  vec4 v = vec4{1, 2, 3, 4};
  CORO_YIELD(1);
  v += v;
  CORO_YIELD(static_cast<int>(v[2]));
}

// OUT: 1
// OUT-NEXT: 6
int main() {
  for (int x : valued())
    std::printf("%d\n", x);
}
