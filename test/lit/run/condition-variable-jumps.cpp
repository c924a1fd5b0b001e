// Condition variables that live across suspensions in nested statements
// (an `else if` inside an `if`, an `if` inside a loop whose condition
// suspends), left by break, continue and goto: each is destroyed once,
// where its scope ends or where a jump leaves it, innermost first. Python
// twin (a Flag is true when its value is):
//   def jumps():
//       for i in range(4):
//           f = Flag("f", i % 2)
//           if f.v:
//               yield 10 + i
//               if i == 3:
//                   f.dtor(); break
//               say("f ", i)
//           else:
//               g = Flag("g", int((yield 20 + i)))
//               if g.v:
//                   yield 30 + i
//                   if g.v == 7:
//                       say("goto"); g.dtor(); f.dtor(); break   # goto out
//                   if g.v == 5:
//                       g.dtor(); f.dtor(); continue
//                   say("g ", g.v)
//               g.dtor()
//           f.dtor()
//       say("out")
//       while int((yield 40)) > 0:
//           h = Flag("h", int((yield 41)))
//           if h.v:
//               yield 42
//               say("h ", h.v)
//           h.dtor()
//       say("end")
//   drive([5, 0, 0, 0, 0, 2, 1, 0, 3, 0, 0])
//   drive([7, 0, 0])
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;

// A condition that says when it is made and destroyed.
struct Flag {
  const char *name;
  int v;
  Flag(const char *n, int value) : name(n), v(value) { say("ctor ", name); }
  Flag(const Flag &) = delete;
  ~Flag() { say("dtor ", name); }
  explicit operator bool() const { return v != 0; }
};

corogen::generator<int, int> jumps() {
  for (int i = 0; i < 4; ++i) {
    if (Flag f{"f", i % 2}) {
      CORO_YIELD(10 + i);
      if (i == 3)
        break;
      say("f ", i);
    } else if (Flag g{"g", CORO_YIELD(20 + i)}) {
      CORO_YIELD(30 + i);
      if (g.v == 7) {
        say("goto");
        goto out;
      }
      if (g.v == 5)
        continue;
      say("g ", g.v);
    }
  }
out:
  say("out");
  while (int(CORO_YIELD(40)) > 0)
    if (Flag h{"h", CORO_YIELD(41)}) {
      CORO_YIELD(42);
      say("h ", h.v);
    }
  say("end");
}

void drive(std::vector<int> sends) {
  auto g = jumps();
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
}

int main() {
  drive({5, 0, 0, 0, 0, 2, 1, 0, 3, 0, 0});
  drive({7, 0, 0});
  // CHECK:      ctor f
  // CHECK-NEXT: got 20
  // CHECK-NEXT: ctor g
  // CHECK-NEXT: got 30
  // CHECK-NEXT: dtor g
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: got 11
  // CHECK-NEXT: f 1
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: got 22
  // CHECK-NEXT: ctor g
  // CHECK-NEXT: dtor g
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: got 13
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: out
  // CHECK-NEXT: got 40
  // CHECK-NEXT: got 41
  // CHECK-NEXT: ctor h
  // CHECK-NEXT: got 42
  // CHECK-NEXT: h 1
  // CHECK-NEXT: dtor h
  // CHECK-NEXT: got 40
  // CHECK-NEXT: got 41
  // CHECK-NEXT: ctor h
  // CHECK-NEXT: dtor h
  // CHECK-NEXT: got 40
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: got 20
  // CHECK-NEXT: ctor g
  // CHECK-NEXT: got 30
  // CHECK-NEXT: goto
  // CHECK-NEXT: dtor g
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: out
  // CHECK-NEXT: got 40
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
}
