// The end of a block, a jump or CORO_RETURN that leaves a local kept in the
// frame (it lives across a yield) and an ordinary local constructed after it
// (it does not) destroys the ordinary one first, as C++ does: reverse order
// of construction. Found by the differential tests. Python twin:
//   def gen():
//       x = T('x'); yield 0; y = T('y')  # try/finally around the rest
//       for i in range(2):
//           a = T('a%d' % i)            # try/finally a.done() around the rest
//           yield 1
//           b = T('b%d' % i)            # try/finally b.done()
//           if i == 0: continue
//           break
//       c = T('c'); yield 2; d = T('d') # goto out
//       print('out')
//       e = T('e'); yield 3; f = T('f'); return 4
//   for v in gen(): print('got', v)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int, void, int> gen() {
  {
    Tracer x("x");
    CORO_YIELD(0);
    Tracer y("y");
  }
  for (int i = 0; i < 2; ++i) {
    Tracer a("a" + std::to_string(i));
    CORO_YIELD(1);
    Tracer b("b" + std::to_string(i));
    if (i == 0)
      continue;
    break;
  }
  {
    Tracer c("c");
    CORO_YIELD(2);
    Tracer d("d");
    goto out;
  }
out:
  say("out");
  Tracer e("e");
  CORO_YIELD(3);
  Tracer f("f");
  CORO_RETURN(4);
}

int main() {
  for (int v : gen())
    say("got ", v);
}
// CHECK:      ctor x
// CHECK-NEXT: got 0
// CHECK-NEXT: ctor y
// CHECK-NEXT: dtor y
// CHECK-NEXT: dtor x
// CHECK-NEXT: ctor a0
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor b0
// CHECK-NEXT: dtor b0
// CHECK-NEXT: dtor a0
// CHECK-NEXT: ctor a1
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor a1
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor d
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor c
// CHECK-NEXT: out
// CHECK-NEXT: ctor e
// CHECK-NEXT: got 3
// CHECK-NEXT: ctor f
// CHECK-NEXT: dtor f
// CHECK-NEXT: dtor e
