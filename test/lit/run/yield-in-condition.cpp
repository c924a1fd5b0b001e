// CORO_YIELD in the condition of a while loop (evaluated before every
// iteration, also after a `continue`) and of an if statement whose branches
// suspend too; locals of the branches and of the loop body are destroyed at
// the end of their scopes. Python twin:
//   def loop():
//       total = 0
//       while int((yield total)) != 0:
//           t = Tracer("body")
//           total += 1
//           if total == 2: continue
//           yield -total
//       if int((yield 100)) > 0:
//           u = Tracer("then"); yield 101
//       else:
//           yield 102
//       print("end %d" % total)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int, int> loop() {
  int total = 0;
  while (int(CORO_YIELD(total)) != 0) {
    Tracer t("body");
    total += 1;
    if (total == 2)
      continue;
    CORO_YIELD(-total);
  }
  if (int(CORO_YIELD(100)) > 0) {
    Tracer u("then");
    CORO_YIELD(101);
  } else {
    CORO_YIELD(102);
  }
  say("end ", total);
}

int main() {
  auto g = loop();
  int sends[] = {1, 0, 1, 0, 1, 0, 0, 5, 0};
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK:      got 0
  // CHECK-NEXT: ctor body
  // CHECK-NEXT: got -1
  // CHECK-NEXT: dtor body
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor body
  // CHECK-NEXT: dtor body
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 100
  // CHECK-NEXT: ctor then
  // CHECK-NEXT: got 101
  // CHECK-NEXT: dtor then
  // CHECK-NEXT: end 2
  // CHECK-NEXT: StopIteration
}
