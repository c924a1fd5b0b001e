// The seed notebook's coroutine1 (In [2], [8]-[10]): a generator that yields
// nothing and is sent an int. next() runs it to its yield; send(100) resumes
// it with 100, and it then returns: StopIteration.
//   def coroutine1():
//       print('>>> coroutine started.')
//       i = yield
//       print('>>> coroutine received : {}'.format(i))
//   c1 = coroutine1(); next(c1); c1.send(100)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <iostream>

corogen::generator<void, int> coroutine1() {
  std::cout << ">>> coroutine started." << std::endl;
  int i = CORO_YIELD();
  std::cout << ">>> coroutine received : " << i << std::endl;
}

int main() {
  corogen::generator<void, int> c1 = coroutine1();
  c1.next();
  // CHECK:      >>> coroutine started.
  try {
    c1.send(100);
  } catch (const corogen::stop_iteration &e) {
    std::cout << e.what() << std::endl;
  }
  // CHECK-NEXT: >>> coroutine received : 100
  // CHECK-NEXT: StopIteration
}
