// A reference bound to a temporary whose lifetime it extends, living across
// a yield, keeps the temporary in a slot of its own: the temporary dies with
// the reference wherever the reference's scope is left ([stmt.jump] p2), also
// when a goto jumps back past the declaration, which then makes a new one
// (the slot used to stay out of such jumps: the temporary was made again
// over the live one, and destroyed once at the end).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

struct Derived : Tracer {
  explicit Derived(std::string n) : Tracer(std::move(n)) {}
  ~Derived() { say("~Derived ", name()); }
};
struct Holder {
  Tracer t;
  int k;
};
struct Two {
  Tracer a;
  Tracer b;
};

std::string num(const char *s, int n) { return s + std::to_string(n); }

// Back past the declarations, from the same block and from a nested one.
corogen::generator<int> back() {
  int n = 0;
again:
  const Tracer &r = Tracer(num("r", n));
  const Tracer &m = Holder{Tracer(num("h", n)), n}.t;
  const Tracer &b = static_cast<const Tracer &>(Derived(num("d", n)));
  auto &&[x, y] = Two{Tracer(num("x", n)), Tracer(num("y", n))};
  CORO_YIELD(n);
  if (++n == 1)
    goto again;
  {
    if (n == 2)
      goto again;
  }
  say("end ", r.name(), m.name(), b.name(), x.name(), y.name());
}

// The same in a template, with a structured binding whose type depends on
// a template parameter (the runtime's bound_reference keeps its temporary).
template <class T> corogen::generator<int> backInTemplate() {
  int n = 0;
again:
  const Tracer &r = Tracer(num("r", n));
  auto &&[x, y] = T{Tracer(num("x", n)), Tracer(num("y", n))};
  CORO_YIELD(n);
  if (++n < 2)
    goto again;
  say("end ", r.name(), x.name(), y.name());
}

// Forward out of the loop's block, break and continue.
corogen::generator<int> leave() {
  for (int i = 0;; ++i) {
    const Tracer &r = Tracer(num("g", i));
    CORO_YIELD(i);
    if (i == 1) {
      say("goto ", r.name());
      goto done;
    }
  }
done:
  for (int i = 0; i < 10; ++i) {
    const Tracer &r = Tracer(num("c", i));
    CORO_YIELD(i);
    if (i == 0)
      continue;
    say("break ", r.name());
    break;
  }
  say("after loop");
}

// Closed after a jump back has made the temporary again.
corogen::generator<int> closing() {
  Tracer a("a");
  int n = 0;
again:
  const Tracer &r = Tracer(num("r", n));
  CORO_YIELD(n);
  say("resumed ", r.name());
  ++n;
  goto again;
}

// An exception thrown in at the yield, caught in the generator, which then
// jumps back; rethrown the second time.
corogen::generator<int> throwing() {
  Tracer a("a");
  int n = 0;
again:
  try {
    const Tracer &r = Tracer(num("r", n));
    CORO_YIELD(n);
    say("not reached ", r.name());
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
    if (++n < 2)
      goto again;
    throw;
  }
}

int main() {
  for (int v : back())
    say("got ", v);
  // CHECK:      ctor r0
  // CHECK-NEXT: ctor h0
  // CHECK-NEXT: ctor d0
  // CHECK-NEXT: ctor x0
  // CHECK-NEXT: ctor y0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor y0
  // CHECK-NEXT: dtor x0
  // CHECK-NEXT: ~Derived d0
  // CHECK-NEXT: dtor d0
  // CHECK-NEXT: dtor h0
  // CHECK-NEXT: dtor r0
  // CHECK-NEXT: ctor r1
  // CHECK-NEXT: ctor h1
  // CHECK-NEXT: ctor d1
  // CHECK-NEXT: ctor x1
  // CHECK-NEXT: ctor y1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor y1
  // CHECK-NEXT: dtor x1
  // CHECK-NEXT: ~Derived d1
  // CHECK-NEXT: dtor d1
  // CHECK-NEXT: dtor h1
  // CHECK-NEXT: dtor r1
  // CHECK-NEXT: ctor r2
  // CHECK-NEXT: ctor h2
  // CHECK-NEXT: ctor d2
  // CHECK-NEXT: ctor x2
  // CHECK-NEXT: ctor y2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: end r2h2d2x2y2
  // CHECK-NEXT: dtor y2
  // CHECK-NEXT: dtor x2
  // CHECK-NEXT: ~Derived d2
  // CHECK-NEXT: dtor d2
  // CHECK-NEXT: dtor h2
  // CHECK-NEXT: dtor r2
  say("--");
  for (int v : backInTemplate<Two>())
    say("got ", v);
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor r0
  // CHECK-NEXT: ctor x0
  // CHECK-NEXT: ctor y0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor y0
  // CHECK-NEXT: dtor x0
  // CHECK-NEXT: dtor r0
  // CHECK-NEXT: ctor r1
  // CHECK-NEXT: ctor x1
  // CHECK-NEXT: ctor y1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: end r1x1y1
  // CHECK-NEXT: dtor y1
  // CHECK-NEXT: dtor x1
  // CHECK-NEXT: dtor r1
  say("--");
  for (int v : leave())
    say("got ", v);
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor g0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor g0
  // CHECK-NEXT: ctor g1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: goto g1
  // CHECK-NEXT: dtor g1
  // CHECK-NEXT: ctor c0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor c0
  // CHECK-NEXT: ctor c1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: break c1
  // CHECK-NEXT: dtor c1
  // CHECK-NEXT: after loop
  say("--");
  {
    corogen::generator<int> g = closing();
    say("got ", g.next());
    say("got ", g.next());
    g.close();
    say("closed");
  }
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: ctor r0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: resumed r0
  // CHECK-NEXT: dtor r0
  // CHECK-NEXT: ctor r1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor r1
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: closed
  say("--");
  {
    corogen::generator<int> g = throwing();
    say("got ", g.next());
    say("got ", g.throw_exception(std::runtime_error("one")));
    try {
      g.throw_exception(std::runtime_error("two"));
    } catch (const std::runtime_error &e) {
      say("propagated ", e.what());
    }
  }
  // CHECK-NEXT: --
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: ctor r0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor r0
  // CHECK-NEXT: caught one
  // CHECK-NEXT: ctor r1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor r1
  // CHECK-NEXT: caught two
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: propagated two
}
