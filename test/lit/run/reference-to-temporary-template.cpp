// References that live across suspensions in templates, bound to what a
// template parameter decides: an lvalue (the reference refers to it), a
// prvalue (the temporary it materialises lives as long as the reference),
// a prvalue of a derived class (the whole object is kept, and its own
// destructor runs), or a value of another type (a new temporary of the
// reference's type is copy-initialised from it) ([dcl.init.ref] p5,
// [class.temporary] p6). Each temporary is made where the declaration
// runs and destroyed where the reference's scope ends, in reverse order of
// construction with the other locals: at the end of a block, of a loop's
// iteration, before a goto that jumps back past the declaration, and when
// close() or an exception thrown in unwinds the generator. One function
// template, instantiated with a class whose get() returns a reference and
// one whose get() returns a new object, binds `auto &&` and `const Tracer
// &` to get(). Python has no references: the lines below follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <utility>

using trace::say;
using trace::Tracer;

template <class T> T make(std::string name) { return T(std::move(name)); }

struct ByRef {
  Tracer t{"kept"};
  Tracer &get() { return t; }
};

struct ByValue {
  int made = 0;
  Tracer get() { return Tracer("fresh" + std::to_string(++made)); }
};

struct Derived : Tracer {
  explicit Derived(std::string n) : Tracer(std::move(n)) { say("Derived ", name()); }
  ~Derived() { say("~Derived ", name()); }
};

struct Named {
  Tracer t;
  Named(const char *n) : t(n) {} // (converting)
};

template <class H> corogen::generator<std::string> views(H &h) {
  Tracer outer("outer");
  auto &&g = h.get();
  say("bound g");
  CORO_YIELD(g.name());
  {
    const Tracer &c = h.get();
    Tracer inner("inner");
    CORO_YIELD(c.name() + " " + inner.name());
    say("leaving the block");
  }
  CORO_YIELD("last " + g.name());
}

template <class T> corogen::generator<int> made() {
  const T &a = make<T>("a");
  Tracer between("between");
  T &&b(make<T>("b"));
  auto &&q{make<T>("q")};
  CORO_YIELD(1);
  say(a.name(), b.name(), q.name());
  CORO_YIELD(2);
}

template <class B, class D> corogen::generator<std::string> base(std::string n) {
  const B &b = D(n);
  CORO_YIELD(b.name());
  say("end of base");
}

template <class T, class C> corogen::generator<std::string> converted(C c) {
  const T &n = c;
  CORO_YIELD(n.t.name());
  say("end of converted");
}

template <class T> corogen::generator<std::string> loops() {
  for (int i = 0; i < 2; ++i) {
    const T &r = make<T>("loop" + std::to_string(i));
    CORO_YIELD(r.name());
  }
  int round = 0;
again:
  const T &r = make<T>("round" + std::to_string(round));
  CORO_YIELD(r.name());
  if (++round < 2)
    goto again;
  say("end of loops");
}

int main() {
  {
    ByRef h;
    for (const std::string &s : views(h))
      say(s);
  }
  // CHECK:      ctor kept
  // CHECK-NEXT: ctor outer
  // CHECK-NEXT: bound g
  // CHECK-NEXT: kept
  // CHECK-NEXT: ctor inner
  // CHECK-NEXT: kept inner
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: dtor inner
  // CHECK-NEXT: last kept
  // CHECK-NEXT: dtor outer
  // CHECK-NEXT: dtor kept
  {
    ByValue h;
    for (const std::string &s : views(h))
      say(s);
  }
  // CHECK-NEXT: ctor outer
  // CHECK-NEXT: ctor fresh1
  // CHECK-NEXT: bound g
  // CHECK-NEXT: fresh1
  // CHECK-NEXT: ctor fresh2
  // CHECK-NEXT: ctor inner
  // CHECK-NEXT: fresh2 inner
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: dtor inner
  // CHECK-NEXT: dtor fresh2
  // CHECK-NEXT: last fresh1
  // CHECK-NEXT: dtor fresh1
  // CHECK-NEXT: dtor outer
  {
    auto g = made<Tracer>();
    say(g.next());
    g.close();
    say("closed");
  }
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: ctor between
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: 1
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor between
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: closed
  {
    auto g = made<Tracer>();
    say(g.next());
    say(g.next());
    try {
      g.throw_exception(std::runtime_error("boom"));
    } catch (const std::runtime_error &e) {
      say("caught ", e.what());
    }
  }
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: ctor between
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: 1
  // CHECK-NEXT: abq
  // CHECK-NEXT: 2
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor between
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: caught boom
  for (const std::string &s : base<Tracer, Derived>("derived"))
    say(s);
  // CHECK-NEXT: ctor derived
  // CHECK-NEXT: Derived derived
  // CHECK-NEXT: derived
  // CHECK-NEXT: end of base
  // CHECK-NEXT: ~Derived derived
  // CHECK-NEXT: dtor derived
  for (const std::string &s : converted<Named>("conv"))
    say(s);
  // CHECK-NEXT: ctor conv
  // CHECK-NEXT: conv
  // CHECK-NEXT: end of converted
  // CHECK-NEXT: dtor conv
  for (const std::string &s : loops<Tracer>())
    say(s);
  // CHECK-NEXT: ctor loop0
  // CHECK-NEXT: loop0
  // CHECK-NEXT: dtor loop0
  // CHECK-NEXT: ctor loop1
  // CHECK-NEXT: loop1
  // CHECK-NEXT: dtor loop1
  // CHECK-NEXT: ctor round0
  // CHECK-NEXT: round0
  // CHECK-NEXT: dtor round0
  // CHECK-NEXT: ctor round1
  // CHECK-NEXT: round1
  // CHECK-NEXT: end of loops
  // CHECK-NEXT: dtor round1
}
