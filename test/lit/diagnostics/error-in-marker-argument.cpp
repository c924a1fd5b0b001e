// An error in a CORO_YIELD's argument is clang's alone: corogen does not
// blame the marker's value for it. Two of them once made corogen read freed
// memory (found by the fuzzer, docs/testing.md).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:14: error: use of undeclared identifier 'undeclared'
  CORO_YIELD(undeclared());
  // CHECK: :[[@LINE+1]]:22: error: use of undeclared identifier 'undeclared'
  CORO_YIELD(1 + 2 * undeclared);
  // CHECK: 2 errors generated.
}
