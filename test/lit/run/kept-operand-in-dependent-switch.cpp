// In a template, a switch whose condition has a type that depends on a
// template parameter and keeps an operand with a destructor across a
// suspension: the condition's value is kept first, in the type decltype of
// the condition's text names (the runtime's switch_condition), so that the
// operand dies where the condition's full-expression ends, before a branch
// runs; then the switch runs over the kept value. Also with an
// init-statement (C++17), with an enumeration, where a resume jumps into
// the switch's body past the kept value, and where close() unwinds the
// operand while the condition is suspended; and where the condition holds
// a lambda, whose type is named through a never-called lambda at the top
// that returns the condition (decltype may hold no lambda before C++20;
// before, this was refused). No Python twin: Python has no
// destructors; the order is C++'s ([intro.execution] p5, [class.temporary]
// p4: a temporary dies at the end of its full-expression, and a condition
// is one, [stmt.select] p2).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

enum class Colour { red, green, blue };

template <class T> T pick(const Tracer &t, int i) {
  say("pick ", t.name(), " ", i);
  return static_cast<T>(i);
}

template <class T> corogen::generator<int, int> gen(T base) {
  switch (pick<T>(Tracer("a"), int(CORO_YIELD(1)))) {
  case T(1):
    say("case 1");
    CORO_YIELD(10);
    say("after 10");
    break;
  default:
    say("default a");
  }
  switch (T b = base; pick<T>(Tracer("b"), static_cast<int>(b) + int(CORO_YIELD(2)))) {
  case T(2):
    say("case 2");
    break;
  default:
    say("default b");
  }
}

template <class T> corogen::generator<int, int> lambdas(T base) {
  switch (pick<T>(Tracer("l"), int(CORO_YIELD(3))) + [&] { return base; }()) {
  case T(5):
    say("case 5");
    CORO_YIELD(50);
    break;
  default:
    say("default l");
  }
  switch (T c = base; pick<T>(Tracer("m"), int(CORO_YIELD(4))) + [&] { return c; }()) {
  case T(3):
    say("case 3");
    break;
  default:
    say("default m");
  }
}

template <class G> void finish(G &g, int v) {
  try {
    g.send(v);
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
}

int main() {
  {
    auto g = gen<int>(1);
    // CHECK: ctor a
    // CHECK-NEXT: next 1
    say("next ", g.next());
    // The operand dies before the branch, which suspends: the resume jumps
    // past the kept value.
    // CHECK-NEXT: pick a 1
    // CHECK-NEXT: dtor a
    // CHECK-NEXT: case 1
    // CHECK-NEXT: send 10
    say("send ", g.send(1));
    // CHECK-NEXT: after 10
    // CHECK-NEXT: ctor b
    // CHECK-NEXT: next 2
    say("next ", g.next());
    // b is 1: 1 + 1 picks case 2.
    // CHECK-NEXT: pick b 2
    // CHECK-NEXT: dtor b
    // CHECK-NEXT: case 2
    // CHECK-NEXT: stop
    finish(g, 1);
  }
  {
    auto g = gen<Colour>(Colour::green);
    // CHECK-NEXT: ctor a
    // CHECK-NEXT: next 1
    say("next ", g.next());
    // CHECK-NEXT: pick a 2
    // CHECK-NEXT: dtor a
    // CHECK-NEXT: default a
    // CHECK-NEXT: ctor b
    // CHECK-NEXT: send 2
    say("send ", g.send(2));
    // b is green (1): 1 + 1 is blue (2), which is T(2).
    // CHECK-NEXT: pick b 2
    // CHECK-NEXT: dtor b
    // CHECK-NEXT: case 2
    // CHECK-NEXT: stop
    finish(g, 1);
  }
  {
    auto g = gen<long>(0);
    // CHECK-NEXT: ctor a
    // CHECK-NEXT: next 1
    say("next ", g.next());
    // Closed while the condition is suspended: the operand dies.
    // CHECK-NEXT: dtor a
    // CHECK-NEXT: closed
    g.close();
    say("closed");
  }
  {
    auto g = lambdas<int>(1);
    // CHECK-NEXT: ctor l
    // CHECK-NEXT: next 3
    say("next ", g.next());
    // 4 + base (1) picks case 5.
    // CHECK-NEXT: pick l 4
    // CHECK-NEXT: dtor l
    // CHECK-NEXT: case 5
    // CHECK-NEXT: send 50
    say("send ", g.send(4));
    // CHECK-NEXT: ctor m
    // CHECK-NEXT: next 4
    say("next ", g.next());
    // 2 + c (1) picks case 3.
    // CHECK-NEXT: pick m 2
    // CHECK-NEXT: dtor m
    // CHECK-NEXT: case 3
    // CHECK-NEXT: stop
    finish(g, 2);
  }
}
