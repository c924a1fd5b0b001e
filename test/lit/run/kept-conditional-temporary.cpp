// A class temporary kept across a suspension that is made by a branch of
// `?:`, by the right operand of a comma, by an explicit cast or by a GNU
// statement expression: it is the result of that expression, made once
// (only the branch taken), kept to the end of the statement, and destroyed
// once (the statement expression's own local dies at its end). Python twin (the statements in
// turn):
//   r = use(("a" if flag else "b"), (yield 1))
//   q = use((f(), "c")[1], (yield r))
//   p = use("d", (yield q)); o = use("e", (yield p)); n = use("f", (yield o))
//   yield n
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

int use(const std::string &s, int v) {
  say("use ", s, " ", v);
  return v;
}
int f() {
  say("f");
  return 0;
}

corogen::generator<int, int> gen(bool flag) {
  int r = use((flag ? Tracer("a") : Tracer("b")).name(), int(CORO_YIELD(1)));
  int q = use((f(), Tracer("c")).name(), int(CORO_YIELD(r)));
  int p = use(static_cast<Tracer>(std::string("d")).name(), int(CORO_YIELD(q)));
  int o = use(((Tracer)std::string("e")).name(), int(CORO_YIELD(p)));
  int n = use(({
                Tracer t("f");
                t;
              }).name(),
              int(CORO_YIELD(o)));
  CORO_YIELD(n);
}

int main() {
  // With flag false, then true: only the branch taken is made.
  // CHECK: ctor b
  // CHECK-NEXT: yielded 1
  // CHECK-NEXT: use b 10
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: f
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: yielded 10
  // CHECK-NEXT: use c 20
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: yielded 20
  // CHECK-NEXT: use d 30
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: ctor e
  // CHECK-NEXT: yielded 30
  // CHECK-NEXT: use e 40
  // CHECK-NEXT: dtor e
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: copy f
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: yielded 40
  // CHECK-NEXT: use f 50
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: yielded 50
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: yielded 1
  // CHECK-NEXT: use a 10
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: f
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: yielded 10
  // CHECK-NEXT: use c 20
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: yielded 20
  // CHECK-NEXT: use d 30
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: ctor e
  // CHECK-NEXT: yielded 30
  // CHECK-NEXT: use e 40
  // CHECK-NEXT: dtor e
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: copy f
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: yielded 40
  // CHECK-NEXT: use f 50
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: yielded 50
  for (bool flag : {false, true}) {
    auto g = gen(flag);
    say("yielded ", g.next());
    say("yielded ", g.send(10));
    say("yielded ", g.send(20));
    say("yielded ", g.send(30));
    say("yielded ", g.send(40));
    say("yielded ", g.send(50));
  }
  // Closed while the temporary is kept: the close destroys it.
  {
    auto g = gen(false);
    // CHECK-NEXT: ctor b
    g.next();
    // CHECK-NEXT: closing
    // CHECK-NEXT: dtor b
    // CHECK-NEXT: closed
    say("closing");
    g.close();
    say("closed");
  }
}
