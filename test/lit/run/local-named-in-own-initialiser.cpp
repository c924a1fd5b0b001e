// A local that lives across a suspension and that its own initialiser
// names: a lambda stored in a std::function that calls itself through it,
// a pointer to itself, its size. The name in the initialiser is the frame's
// object, as the name after it is; before, the lambda's and the
// initialiser's name was left undeclared and the output did not compile.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"
#include <functional>

using trace::say;

corogen::generator<int, int> countdown() {
  int depth = 0;
  std::function<void(int)> rec = [&](int n) {
    say("rec ", n);
    depth += 1;
    if (n > 0)
      rec(n - 1);
  };
  rec(CORO_YIELD(2));
  say("depth ", depth);
  const void *self = &self;
  unsigned long size = sizeof(size);
  CORO_YIELD(int(size));
  say("self ", self == &self);
}

template <class T> corogen::generator<T, T> in_template() {
  T total = 0;
  std::function<T(T)> sum = [&](T n) { return n <= 0 ? total : (total += n, sum(n - 1)); };
  CORO_YIELD(sum(CORO_YIELD(T(3))));
}

int main() {
  auto g = countdown();
  say("got ", g.next());
  say("got ", g.send(2));
  try {
    g.next();
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK:      got 2
  // CHECK-NEXT: rec 2
  // CHECK-NEXT: rec 1
  // CHECK-NEXT: rec 0
  // CHECK-NEXT: depth 3
  // CHECK-NEXT: got 8
  // CHECK-NEXT: self 1
  // CHECK-NEXT: stop

  auto t = in_template<long>();
  say("got ", t.next());
  say("got ", t.send(4));
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 10
}
