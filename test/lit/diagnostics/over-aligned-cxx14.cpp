// Before C++17, `new` ignores an alignment beyond max_align_t's: a frame
// that keeps an over-aligned local across a suspension (of an over-aligned
// type, or declared with alignas) would not be aligned, so the runtime
// refuses it there. From C++17, aligned new keeps the alignment
// (run/local-alignment.cpp), and this file builds and runs.
// RUN: %corogen %s -o %t14.cpp -- -std=c++14 -I%runtime-include
// RUN: not %cxx-gcc -std=c++14 -I%runtime-include -fsyntax-only %t14.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang -std=c++14 -I%runtime-include -fsyntax-only %t14.cpp 2>&1 | FileCheck %s
// RUN: %corogen %s -o %t17.cpp -- -std=c++17 -I%runtime-include
// RUN: %cxx-gcc -std=c++17 -I%runtime-include %t17.cpp -o %t.gcc && %t.gcc | FileCheck %s --check-prefix=OUT
// RUN: %cxx-clang -std=c++17 -I%runtime-include %t17.cpp -o %t.clang && %t.clang | FileCheck %s --check-prefix=OUT
// CHECK: corogen: this generator keeps a local of an over-aligned type (or declared with alignas) across a suspension, and its frame needs C++17's aligned new
// OUT: 0
// OUT-NEXT: 1
#include <corogen/corogen.hpp>

#include <cstdint>
#include <cstdio>

struct alignas(64) Wide {
  int v;
};

corogen::generator<int> g() {
  Wide w;
  w.v = 1;
  CORO_YIELD(static_cast<int>(reinterpret_cast<std::uintptr_t>(&w) % 64));
  CORO_YIELD(w.v);
}

int main() {
  for (int v : g())
    std::printf("%d\n", v);
}
