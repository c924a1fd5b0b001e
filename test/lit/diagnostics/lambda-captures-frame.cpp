// Lambda captures that an init-capture of the same name would not carry over
// faithfully: a copy of an array (an init-capture's would decay to a
// pointer), a const variable copied into a mutable lambda (an init-capture's
// copy would not be const), and `*this` in a member generator (its members
// would need renaming inside the lambda). Other captures of frame variables
// work: run/lambda-captures.cpp, and `this`: run/lambda-captures-this.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  int arr[2] = {1, 2};
  const int limit = 3;
  CORO_YIELD(arr[0]);
  // CHECK: :[[@LINE+1]]:12: error: this lambda captures 'arr' in a way corogen cannot carry over yet
  int a = [arr] { return arr[1]; }();
  // CHECK: :[[@LINE+1]]:12: error: this lambda captures 'limit' in a way corogen cannot carry over yet
  int b = [limit]() mutable { return limit; }();
  CORO_YIELD(a + b);
}

struct Counter {
  int n = 0;
  corogen::generator<int> count() {
    CORO_YIELD(n);
    // CHECK: :[[@LINE+1]]:14: error: this lambda captures '*this' in a way corogen cannot carry over yet
    int c = [*this] { return n + 1; }();
    CORO_YIELD(c);
  }
};
