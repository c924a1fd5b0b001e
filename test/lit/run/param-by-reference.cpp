// Reference parameters stay references: nothing is copied, the generator
// sees what the caller changes between resumptions, and the caller sees
// what the generator writes. Python twin (a list stands for the reference):
//   def accumulate(total, step):
//       while True: total[0] += step; yield total[0]
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> accumulate(int &total, const int &step, const Tracer &t) {
  for (;;) {
    total += step;
    say(t.name(), " total ", total);
    CORO_YIELD(total);
  }
}

int main() {
  Tracer t("ref");
  // CHECK:      ctor ref
  int total = 0;
  int step = 1;
  corogen::generator<int> g = accumulate(total, step, t);
  g.next();
  // CHECK-NEXT: ref total 1
  step = 10;
  g.next();
  // CHECK-NEXT: ref total 11
  total = 100;
  int got = g.next();
  say("got ", got, ", caller sees ", total);
  // CHECK-NEXT: ref total 110
  // CHECK-NEXT: got 110, caller sees 110
}
// CHECK-NEXT: dtor ref
