// --no-line-directives: no #line at all in the output.
// RUN: %corogen %s -o %t.cpp --no-line-directives -- %cxxflags
// RUN: FileCheck %s < %t.cpp
// CHECK-NOT: {{^}}#line
// CHECK: corogen::generator<int> gen()
// CHECK-NOT: {{^}}#line
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  CORO_YIELD(1);
}
