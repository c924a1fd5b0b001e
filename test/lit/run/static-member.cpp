// A static member generator reaches the class's private static members.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

class Ids {
public:
  static corogen::generator<int> fresh(int n) {
    for (int i = 0; i < n; ++i)
      CORO_YIELD(next_id());
  }
  static int issued() { return s_next; }

private:
  static int next_id() { return s_next++; }
  static int s_next;
};
int Ids::s_next = 100;

int main() {
  for (int v : Ids::fresh(2))
    say("got ", v);
  // CHECK:      got 100
  // CHECK-NEXT: got 101
  say("issued up to ", Ids::issued());
  // CHECK-NEXT: issued up to 102
}
