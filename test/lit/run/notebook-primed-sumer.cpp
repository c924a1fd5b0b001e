// The seed notebook's priming decorator (In [21], [22]) with sumer:
// corogen::primed runs a new generator to its first yield, so that it can
// be sent values at once. (The notebook's `coroutine` decorator lacks its
// final `return primer`; with it:)
//   @coroutine
//   def sumer():
//       total = 0
//       term = 0
//       while True:
//           term = yield total
//           total += term
//   su = sumer(); getgeneratorstate(su)   # 'GEN_SUSPENDED'
//   su.send(100); su.send(40); su.send(60)  # 100, 140, 200
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <iostream>

corogen::generator<int, int> sumer() {
  int total = 0;
  int term = 0;
  while (true) {
    term = CORO_YIELD(total);
    total += term;
  }
}

int main() {
  corogen::generator<int, int> su = corogen::primed(sumer());
  std::cout << "'" << corogen::getgeneratorstate(su) << "'" << std::endl;
  // CHECK:      'GEN_SUSPENDED'
  std::cout << su.send(100) << std::endl;
  // CHECK-NEXT: 100
  std::cout << su.send(40) << std::endl;
  // CHECK-NEXT: 140
  std::cout << su.send(60) << std::endl;
  // CHECK-NEXT: 200
}
