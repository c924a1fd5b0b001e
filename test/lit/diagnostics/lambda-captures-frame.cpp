// A lambda that captures `*this` (a copy of the object) in a member
// generator is not carried over yet. Other captures work: copies of frame
// variables, run/lambda-captures.cpp and run/lambda-captures-copy.cpp, and
// `this`: run/lambda-captures-this.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

struct Counter {
  int n = 0;
  corogen::generator<int> count() {
    CORO_YIELD(n);
    // CHECK: :[[@LINE+1]]:14: error: this lambda captures '*this', a copy of the generator's object, which corogen cannot carry over yet
    int c = [*this] { return n + 1; }();
    CORO_YIELD(c);
  }
};
