// `decltype(r)` of a reference that lives across a suspension names its
// declared type wherever the body writes it: in an expression (a template
// argument, `std::forward<decltype(r)>(r)`), in an alias declaration, in
// another local's type. The frame keeps such a reference through a pointer,
// whose use `(*p)` is an lvalue: before, `decltype(r)` of an rvalue
// reference became an lvalue reference in an expression (forwarding copied
// where the source moved), and an alias declaration was left naming the
// old local (the output did not compile), and so were the members of a
// class of the body and a handler's exception type. In a template, an `auto &&`
// bound to something other than a variable (a call, `*begin` of a
// range-for) is an lvalue or an rvalue reference as the instantiation
// says, which the runtime's kept_reference tells; a local declared
// `decltype(r)` is a reference of r's declared type (before, refused in
// templates).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::say;

std::string make(const std::string &s) { return s; }
void sink(const std::string &) { say("copied"); }
void sink(std::string &&) { say("moved"); }

corogen::generator<int> plain(std::string s) {
  auto &&fw = make(s);
  std::string &lv = s;
  CORO_YIELD(1);
  sink(std::forward<decltype(fw)>(fw));
  sink(std::forward<decltype(lv)>(lv));
  using F = decltype(fw);
  CORO_YIELD(std::is_same<F, std::string &&>::value);
  CORO_YIELD(std::is_same<decltype(lv), std::string &>::value);
  decltype(fw) again = std::move(fw);
  say("again ", again);
  // In the members of a class of the body (before, left naming the old
  // local: the output did not compile).
  struct Holder {
    decltype(lv) ref;
    typedef decltype(fw) Moved;
  };
  Holder h{lv};
  CORO_YIELD(std::is_same<Holder::Moved, std::string &&>::value && &h.ref == &s);
  // In a handler's exception type (before, left naming the old local).
  try {
    throw std::string("thrown");
  } catch (const std::remove_reference_t<decltype(fw)> &e) {
    say("caught ", e);
  }
}
// CHECK-LABEL: plain
// CHECK-NEXT: got 1
// CHECK-NEXT: moved
// CHECK-NEXT: copied
// CHECK-NEXT: got 1
// CHECK-NEXT: got 1
// CHECK-NEXT: again x
// CHECK-NEXT: got 1
// CHECK-NEXT: caught thrown

template <class T> corogen::generator<int> templated(T t) {
  auto &&fw = make(t);
  auto &&named = t;
  CORO_YIELD(1);
  sink(std::forward<decltype(fw)>(fw));
  sink(std::forward<decltype(named)>(named));
  using F = decltype(fw);
  CORO_YIELD(std::is_same<F, T &&>::value);
  std::vector<bool> bits{true};
  std::vector<int> ints{1};
  for (auto &&b : bits) {
    CORO_YIELD(2);
    CORO_YIELD(std::is_rvalue_reference<decltype(b)>::value);
  }
  for (auto &&i : ints) {
    CORO_YIELD(3);
    CORO_YIELD(std::is_rvalue_reference<decltype(i)>::value);
  }
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 1
// CHECK-NEXT: moved
// CHECK-NEXT: copied
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 1
// CHECK-NEXT: got 3
// CHECK-NEXT: got 0

// A local declared `decltype(r)` of a reference `r` is a reference itself,
// of r's declared type, in a template too (before, refused there): it
// refers to what it is bound to, and one bound to a temporary keeps it
// alive until it goes out of scope. (`const` on it does nothing.)
template <class T> T made(const char *name) { return T(name); }

template <class T> corogen::generator<int> declared(T t) {
  T &r = t;
  decltype(r) q = r;
  const decltype(r) cq = q;
  const T &cr = t;
  decltype(cr) kept = made<T>("temporary");
  T &&rr = made<T>("rvalue");
  decltype(rr) rw = made<T>("other");
  static_assert(std::is_same<decltype(rw), T &&>::value, "rw is a T &&");
  static_assert(std::is_same<decltype(q), T &>::value, "q is a T &");
  static_assert(std::is_same<decltype(cq), T &>::value, "cq is a T &");
  static_assert(std::is_same<decltype(kept), const T &>::value, "kept is a const T &");
  CORO_YIELD(&q == &t);
  CORO_YIELD(&cq == &t);
  say("kept ", kept.name(), " ", rr.name(), " ", rw.name());
  T taken = std::forward<decltype(rw)>(rw);
  CORO_YIELD(3);
}
// CHECK-LABEL: declared
// CHECK-NEXT: ctor d
// CHECK-NEXT: move d
// CHECK-NEXT: dtor (moved-from) d
// CHECK-NEXT: ctor temporary
// CHECK-NEXT: ctor rvalue
// CHECK-NEXT: ctor other
// CHECK-NEXT: got 1
// CHECK-NEXT: got 1
// CHECK-NEXT: kept temporary rvalue other
// std::forward<decltype(rw)> moves, as in the source.
// CHECK-NEXT: move other
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor other
// CHECK-NEXT: dtor (moved-from) other
// CHECK-NEXT: dtor rvalue
// CHECK-NEXT: dtor temporary
// CHECK-NEXT: dtor d

int main() {
  say("plain");
  for (int v : plain("x"))
    say("got ", v);
  say("templated");
  for (int v : templated(std::string("y")))
    say("got ", v);
  say("declared");
  for (int v : declared(trace::Tracer("d")))
    say("got ", v);
}
