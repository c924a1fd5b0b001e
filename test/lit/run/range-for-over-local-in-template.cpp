// A range-for that suspends in a template, over a local of the body whose
// type depends on the template parameter (a container, and a reference to
// one): the frame names the range's type from the local's. Writes through a
// reference loop variable reach the container. Python twin:
//   def copies(a, b):
//       local = [a, b]
//       for i in range(len(local)): yield local[i]; local[i] += 10
//       alias = local
//       for x in alias: yield x
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;

template <class T> corogen::generator<T> copies(T a, T b) {
  std::vector<T> local{a, b};
  for (auto &x : local) {
    CORO_YIELD(x);
    x += 10;
  }
  std::vector<T> &alias = local;
  for (const auto x : alias)
    CORO_YIELD(x);
}

int main() {
  for (int v : copies(1, 2))
    say("got ", v);
  for (long v : copies(3L, 4L))
    say("long ", v);
}
// CHECK:      got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 11
// CHECK-NEXT: got 12
// CHECK-NEXT: long 3
// CHECK-NEXT: long 4
// CHECK-NEXT: long 13
// CHECK-NEXT: long 14
