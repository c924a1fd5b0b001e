// By default the output maps back to the annotated file with #line: it
// starts with `#line 1 "<input>"`, so that __LINE__, and the compilers'
// diagnostics, give the input's lines, in and after a generator.
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: head -n 1 %t.cpp | FileCheck --check-prefix=FIRST %s
// FIRST: #line 1 "{{.*}}line-directives.cpp"
// RUN: %cxx-gcc %cxxflags -Wno-unused-variable %t.cpp -o %t-gcc && %t-gcc | FileCheck %s
// RUN: %cxx-clang %cxxflags -Wno-unused-variable %t.cpp -o %t-clang && %t-clang | FileCheck %s
// RUN: %cxx-gcc -std=c++17 -Wall -I%runtime-include -fsyntax-only %t.cpp 2>&1 | FileCheck --check-prefix=WARN %s
// RUN: %cxx-clang -std=c++17 -Wall -I%runtime-include -fsyntax-only %t.cpp 2>&1 | FileCheck --check-prefix=WARN %s
#include <corogen/corogen.hpp>

#include <cstdio>

corogen::generator<int> lines() {
  CORO_YIELD(__LINE__);
  // CHECK: [[#@LINE-1]]
  int here = __LINE__;
  CORO_YIELD(here);
  // CHECK-NEXT: [[#@LINE-2]]
  // WARN: line-directives.cpp:[[#@LINE+1]]:{{[0-9]+}}: warning: unused variable 'unused'
  int unused = 0;
}

int after_generator() { return __LINE__; }
// CHECK-NEXT: [[#@LINE-1]]

int main() {
  for (int v : lines())
    std::printf("%d\n", v);
  std::printf("%d\n", after_generator());
}
