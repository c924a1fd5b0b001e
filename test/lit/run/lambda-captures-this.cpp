// Lambdas in a member generator that capture `this` (explicitly, through
// [=] and [&], and from a nested lambda) reach the generator's object: its
// members and member functions. A lambda that outlives the generator still
// works, since what it captures is the object's pointer, not the frame's.
// Python twin:
//   class Counter:
//       def __init__(self): self.n = 0
//       def bump(self, k): self.n += k; return self.n
//       def gen(self):
//           k0 = 1
//           yield (lambda: self.bump(k0))()
//           yield (lambda: (lambda: self.bump(10))() + self.n)()
//           f = lambda: self.n
//           yield f()
//           self.bump(5)
//           yield f()
//           self.cb = lambda: self.n * 100
//           yield self.n
//   c = Counter(); g = c.gen()
//   for v in g: print('got', v)
//   del g; print('cb', c.cb())
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <functional>

using trace::say;

class Counter {
public:
  corogen::generator<int> gen() {
    int k0 = 1;
    CORO_YIELD([this, k0] { return bump(k0); }());
    CORO_YIELD([&] { return [this] { return bump(10); }() + n; }());
    std::function<int()> f = [this] { return n; };
    CORO_YIELD(f());
    bump(5);
    CORO_YIELD(f());
    cb = [=] { return this->n * 100; };
    CORO_YIELD(n);
  }
  int bump(int k) {
    n += k;
    return n;
  }
  std::function<int()> cb;

private:
  int n = 0;
};

int main() {
  Counter c;
  {
    corogen::generator<int> g = c.gen();
    for (int v : g)
      say("got ", v);
  }
  say("cb ", c.cb());
}
// CHECK:      got 1
// CHECK-NEXT: got 22
// CHECK-NEXT: got 11
// CHECK-NEXT: got 16
// CHECK-NEXT: got 16
// CHECK-NEXT: cb 1600
