// A `for` loop's condition variable that lives across suspensions, or whose
// initialiser suspends: as C++ defines it ([stmt.for], [stmt.while]), the
// variable is made at the top of each iteration and destroyed at its end,
// after the increment; a `continue` runs the increment while it is alive;
// the loop ends, destroying it, when it converts to false; a marker in the
// increment suspends while it lives. Closing the
// generator inside the body destroys it. Python twin (Cond(t, v) holds a
// Tracer t, which prints "ctor"/"dtor" where the C++ object is made/dies):
//   def gen():
//       i = 0
//       while True:
//           c = Cond(Tracer("c" + str(i)), 3 - i)
//           if not c.v: c.t.dtor(); break
//           if i != 1: yield c.v
//           say("step ", i); i += 1; c.t.dtor()
//       k = 0
//       while True:
//           w = (yield -k)
//           if not w: break
//           say("w ", w); k += 1
//       i = 0
//       while True:
//           e = Cond(Tracer("e" + str(i)), 2 - i)
//           if not e.v: e.t.dtor(); break
//           say("e body ", i); i += (yield 100 + i); e.t.dtor()
//       say("end")
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

struct Cond {
  Tracer t;
  int v;
  explicit operator bool() const { return v != 0; }
};

int step(int &i) {
  say("step ", i);
  return ++i;
}

corogen::generator<int, int> gen() {
  for (int i = 0; Cond c = Cond{Tracer("c" + std::to_string(i)), 3 - i}; step(i)) {
    if (i == 1)
      continue;
    CORO_YIELD(c.v);
  }
  for (int k = 0; int w = CORO_YIELD(-k); ++k)
    say("w ", w);
  for (int i = 0; Cond e = Cond{Tracer("e" + std::to_string(i)), 2 - i};
       i += int(CORO_YIELD(100 + i)))
    say("e body ", i);
  say("end");
}

int main() {
  {
    auto g = gen();
    say("got ", g.next());
    // CHECK:      ctor c0
    // CHECK-NEXT: got 3
    say("got ", g.next());
    // CHECK-NEXT: step 0
    // CHECK-NEXT: dtor c0
    // CHECK-NEXT: ctor c1
    // CHECK-NEXT: step 1
    // CHECK-NEXT: dtor c1
    // CHECK-NEXT: ctor c2
    // CHECK-NEXT: got 1
    say("got ", g.next());
    // CHECK-NEXT: step 2
    // CHECK-NEXT: dtor c2
    // CHECK-NEXT: ctor c3
    // CHECK-NEXT: dtor c3
    // CHECK-NEXT: got 0
    say("got ", g.send(5));
    // CHECK-NEXT: w 5
    // CHECK-NEXT: got -1
    say("got ", g.send(0));
    // CHECK-NEXT: ctor e0
    // CHECK-NEXT: e body 0
    // CHECK-NEXT: got 100
    say("got ", g.send(1));
    // CHECK-NEXT: dtor e0
    // CHECK-NEXT: ctor e1
    // CHECK-NEXT: e body 1
    // CHECK-NEXT: got 101
    try {
      g.send(1);
    } catch (const corogen::stop_iteration &) {
      say("stop");
    }
    // CHECK-NEXT: dtor e1
    // CHECK-NEXT: ctor e2
    // CHECK-NEXT: dtor e2
    // CHECK-NEXT: end
    // CHECK-NEXT: stop
  }
  {
    auto g = gen();
    say("got ", g.next());
    // CHECK-NEXT: ctor c0
    // CHECK-NEXT: got 3
    g.close();
    // CHECK-NEXT: dtor c0
    say("closed");
    // CHECK-NEXT: closed
  }
}
