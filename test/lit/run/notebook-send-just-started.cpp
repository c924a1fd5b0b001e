// The seed notebook's In [11]: sending a value to a generator that has not
// reached its first yield is a TypeError; the generator stays created and
// can still be started with next().
//   c2 = coroutine1(); c2.send(100)
//   # TypeError: can't send non-None value to a just-started generator
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <iostream>

corogen::generator<void, int> coroutine1() {
  std::cout << ">>> coroutine started." << std::endl;
  int i = CORO_YIELD();
  std::cout << ">>> coroutine received : " << i << std::endl;
}

int main() {
  corogen::generator<void, int> c2 = coroutine1();
  try {
    c2.send(100);
  } catch (const corogen::generator_error &e) {
    std::cout << "TypeError: " << e.what() << std::endl;
  }
  // CHECK:      TypeError: can't send non-None value to a just-started generator
  std::cout << "'" << corogen::getgeneratorstate(c2) << "'" << std::endl;
  // CHECK-NEXT: 'GEN_CREATED'
  c2.next();
  // CHECK-NEXT: >>> coroutine started.
}
