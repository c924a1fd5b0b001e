// A generator defined in a header given to corogen as its input; the output
// is a header that this file includes (it has no generator of its own).
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %corogen %S/Inputs/gen.hpp -o %t.dir/gen.hpp -- %cxxflags
// RUN: %cxx-gcc %cxxflags -I%t.dir %s -o %t-gcc && %t-gcc | FileCheck %s
// RUN: %cxx-clang %cxxflags -I%t.dir %s -o %t-clang && %t-clang | FileCheck %s
#include "gen.hpp"

#include <cstdio>

int main() {
  for (int v : squares(3))
    std::printf("%d\n", v);
  // CHECK:      1
  // CHECK-NEXT: 4
  // CHECK-NEXT: 9
}
