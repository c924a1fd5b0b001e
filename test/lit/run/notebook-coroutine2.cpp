// The seed notebook's coroutine2 (In [12]-[20]) through the generator
// states, printed as the notebook shows them:
//   def coroutine2(x):
//       print('>>> coroutine started: {}'.format(x))
//       y = yield x
//       print('>>> coroutine received: {}'.format(y))
//       z = yield x + y
//       print('>>> coroutine received: {}'.format(z))
//   c3 = coroutine2(10)
//   getgeneratorstate(c3); next(c3); getgeneratorstate(c3)
//   c3.send(15); c3.send(20); getgeneratorstate(c3)
// and GEN_RUNNING, which only the generator itself can see:
//   def watcher(): print(repr(getgeneratorstate(w))); yield
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <iostream>

corogen::generator<int, int> coroutine2(int x) {
  std::cout << ">>> coroutine started: " << x << std::endl;
  int y = CORO_YIELD(x);
  std::cout << ">>> coroutine received: " << y << std::endl;
  int z = CORO_YIELD(x + y);
  std::cout << ">>> coroutine received: " << z << std::endl;
}

void show(const char *state) { std::cout << "'" << state << "'" << std::endl; }

corogen::generator<void> *watched = nullptr;

corogen::generator<void> watcher() {
  show(corogen::getgeneratorstate(*watched));
  CORO_YIELD();
}

int main() {
  corogen::generator<int, int> c3 = coroutine2(10);
  show(corogen::getgeneratorstate(c3));
  // CHECK:      'GEN_CREATED'
  std::cout << c3.next() << std::endl;
  // CHECK-NEXT: >>> coroutine started: 10
  // CHECK-NEXT: 10
  show(corogen::getgeneratorstate(c3));
  // CHECK-NEXT: 'GEN_SUSPENDED'
  std::cout << c3.send(15) << std::endl;
  // CHECK-NEXT: >>> coroutine received: 15
  // CHECK-NEXT: 25
  try {
    c3.send(20);
  } catch (const corogen::stop_iteration &e) {
    std::cout << e.what() << std::endl;
  }
  // CHECK-NEXT: >>> coroutine received: 20
  // CHECK-NEXT: StopIteration
  show(corogen::getgeneratorstate(c3));
  // CHECK-NEXT: 'GEN_CLOSED'

  corogen::generator<void> w = watcher();
  watched = &w;
  w.next();
  // CHECK-NEXT: 'GEN_RUNNING'
}
