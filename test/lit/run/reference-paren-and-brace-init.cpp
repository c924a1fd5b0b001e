// References initialised by `(e)`, by `{e}` or by `= {e}` (e of a type
// reference-related to the reference's), living across a suspension, bind as `= e` does: to
// an object by address, to a temporary that the frame then keeps (whole,
// or through a member or a cast), with the types the frame can name and
// with types it cannot (boxed). Before, `(e)` and `{e}` bound to a
// temporary were refused, and `{e}` and `= {e}` of a type the frame can
// name, or in a template bound to a variable, gave output that did not
// compile.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

struct Base {
  Tracer t;
};
struct Derived : Base {
  int x;
};

corogen::generator<int, int> named() {
  Tracer s("s");
  const Tracer &a(s);
  const Tracer &b{s};
  const Tracer &c(Tracer("c"));
  const Tracer &d{Tracer("d")};
  const int &v(std::make_pair(Tracer("p"), 3).second);
  const Base &e{static_cast<const Base &>(Derived{{Tracer("e")}, 1})};
  const Tracer &f = {Tracer("f")};
  CORO_YIELD(v);
  say(a.name(), b.name(), c.name(), d.name(), e.t.name(), f.name(), " same ", &a == &s,
      &b == &s);
}
// CHECK-LABEL: named
// CHECK-NEXT: ctor s
// CHECK-NEXT: ctor c
// CHECK-NEXT: ctor d
// CHECK-NEXT: ctor p
// CHECK-NEXT: move p
// CHECK-NEXT: dtor (moved-from) p
// CHECK-NEXT: ctor e
// CHECK-NEXT: ctor f
// CHECK-NEXT: got 3
// CHECK-NEXT: sscdef same 11
// CHECK-NEXT: dtor f
// CHECK-NEXT: dtor e
// CHECK-NEXT: dtor p
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor s
// CHECK-NEXT: stop

corogen::generator<int, int> unnamed() {
  struct Local {
    Tracer t;
    int v;
  };
  Local l{Tracer("l"), 1};
  auto &r(l);
  const Local &w(Local{Tracer("w"), 4});
  const Local &x{Local{Tracer("x"), 5}};
  auto f = [&] { return r.v + w.v + x.v; };
  auto &&g(f);
  CORO_YIELD(g());
  say(r.t.name(), w.t.name(), x.t.name(), " same ", &r == &l, &g == &f);
}
// CHECK-LABEL: unnamed
// CHECK-NEXT: ctor l
// CHECK-NEXT: ctor w
// CHECK-NEXT: ctor x
// CHECK-NEXT: got 10
// CHECK-NEXT: lwx same 11
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor w
// CHECK-NEXT: dtor l
// CHECK-NEXT: stop
// CHECK-LABEL: unnamed closed
// CHECK-NEXT: ctor l
// CHECK-NEXT: ctor w
// CHECK-NEXT: ctor x
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor w
// CHECK-NEXT: dtor l
// CHECK-NEXT: closed

// In a template: of known types as above; of a dependent type, one bound
// by address to a variable of its type (`auto &&d{t};` gave output that did
// not compile), and `auto` ones, and `= {e}` ones (refused before), that
// keep what the runtime's kept_reference decides at instantiation.
Tracer make(const char *name) { return Tracer(name); }
template <class T> corogen::generator<int, int> templated(T t) {
  const Tracer &a{Tracer("a")};
  auto &&b{make("b")};
  const auto &c(make("c"));
  auto &&d{t};
  const T &e(t);
  const T &f = {t};
  const T &g = {T(make("g"))};
  CORO_YIELD(1);
  say(a.name(), b.name(), c.name(), d.name(), e.name(), f.name(), g.name(), " same ", &d == &e,
      &f == &e);
}
// CHECK-LABEL: templated
// CHECK-NEXT: ctor t
// CHECK-NEXT: move t
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: ctor c
// CHECK-NEXT: ctor g
// CHECK-NEXT: got 1
// CHECK-NEXT: abctttg same 11
// CHECK-NEXT: dtor g
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor t
// CHECK-NEXT: stop
// CHECK-NEXT: dtor (moved-from) t

int main() {
  say("named");
  drive(named());
  say("unnamed");
  drive(unnamed());
  say("unnamed closed");
  trace::close_at_first(unnamed());
  say("templated");
  drive(templated(Tracer("t")));
}
