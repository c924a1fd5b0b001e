// A marker in a function that does not return corogen::generator.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int not_a_generator() {
  // CHECK: marker-outside-generator.cpp:[[@LINE+1]]:3: error: CORO_YIELD used in a function that does not return 'corogen::generator'
  CORO_YIELD(1);
  return 0;
}

struct S {
  void method() {
    // CHECK: :[[@LINE+1]]:5: error: CORO_RETURN used in a function that does not return 'corogen::generator'
    CORO_RETURN();
  }
};
