// A yield in a range-for whose variable is a reference: no copies, and
// writes through it reach the caller's container. Python twin:
//   def scale(v):
//       for i in range(len(v)): v[i] *= 10; yield v[i]
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;

corogen::generator<int> scale(std::vector<int> &v) {
  for (int &x : v) {
    x *= 10;
    CORO_YIELD(x);
  }
}

int main() {
  std::vector<int> v{1, 2, 3};
  corogen::generator<int> g = scale(v);
  say("got ", g.next());
  say("v = ", v[0], " ", v[1], " ", v[2]);
  // CHECK:      got 10
  // CHECK-NEXT: v = 10 2 3
  say("got ", g.next());
  say("v = ", v[0], " ", v[1], " ", v[2]);
  // CHECK-NEXT: got 20
  // CHECK-NEXT: v = 10 20 3
  say("got ", g.next());
  say("v = ", v[0], " ", v[1], " ", v[2]);
  // CHECK-NEXT: got 30
  // CHECK-NEXT: v = 10 20 30
}
