// In a template, a `volatile` `auto` local living across a suspension keeps
// its qualifiers: where the frame spells its type from decltype of the
// initialiser, as `volatile` (and `const volatile`) of what `auto` deduces;
// a `volatile auto &` or `const auto &` reference refers to the object with
// the qualifiers that deduction gives (`const auto &r = v;` of a volatile v
// is `const volatile &`); and where the type cannot be spelled (a class of
// the body), the local is kept in a box made by its own initialiser, as
// the volatile object it is, destroyed where its scope ends. Outside
// templates, a volatile local of a class of the body is boxed the same
// way. (Before, refused.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>

using trace::say;
using trace::Tracer;

template <class T> corogen::generator<int> spelled(T t) {
  volatile auto h = t;
  const volatile auto k = t + 1;
  static_assert(std::is_same<decltype(h), volatile T>::value, "volatile T");
  static_assert(std::is_same<decltype(k), const volatile T>::value, "const volatile T");
  T plain = t;
  volatile T vol = t;
  volatile auto &w = plain;
  const volatile auto &c = plain;
  const auto &r = vol;
  CORO_YIELD(h + k);
  static_assert(std::is_same<decltype(h), volatile T>::value, "volatile T");
  static_assert(std::is_same<decltype(w), volatile T &>::value, "volatile T &");
  static_assert(std::is_same<decltype(c), const volatile T &>::value, "const volatile T &");
  static_assert(std::is_same<decltype(r), const volatile T &>::value, "const volatile T &");
  h = h * 10;
  // w, c and r name plain and vol themselves: 10 + 2 + 20 + 20 + 30.
  w = 20;
  vol = 30;
  CORO_YIELD(h + k + plain + c + r);
}
// CHECK-LABEL: spelled
// CHECK-NEXT: got 3
// CHECK-NEXT: got 82
// CHECK-NEXT: end

template <class T> corogen::generator<int> boxed(T t) {
  struct Local {
    Tracer tracer;
    T value;
    int get() const volatile { return value; }
  };
  volatile auto a = Local{Tracer("a"), t};
  {
    const volatile auto b = Local{Tracer("b"), t + 1};
    volatile Local c{Tracer("c"), t + 2};
    static_assert(std::is_same<decltype(b), const volatile Local>::value, "const volatile");
    CORO_YIELD(a.get() + b.get() + c.get());
    static_assert(std::is_same<decltype(c), volatile Local>::value, "volatile");
    say("inner end");
  }
  CORO_YIELD(a.get());
}
// CHECK-LABEL: boxed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 6
// CHECK-NEXT: inner end
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor b
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor a
// CHECK-NEXT: end

corogen::generator<int> outside(int t) {
  struct Local {
    Tracer tracer;
    int value;
    int get() const volatile { return value; }
  };
  volatile Local a{Tracer("outside"), t};
  CORO_YIELD(a.get());
  a.value = 5;
  CORO_YIELD(a.get());
}
// CHECK-LABEL: outside
// CHECK-NEXT: ctor outside
// CHECK-NEXT: got 7
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor outside
// CHECK-NEXT: end

// close() at the suspension destroys the boxed volatile objects.
// CHECK-LABEL: closed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 6
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: end

int main() {
  say("spelled");
  for (int v : spelled(1))
    say("got ", v);
  say("end");
  say("boxed");
  for (int v : boxed(1))
    say("got ", v);
  say("end");
  say("outside");
  for (int v : outside(7))
    say("got ", v);
  say("end");
  say("closed");
  {
    auto g = boxed(1);
    say("got ", g.next());
    g.close();
  }
  say("end");
}
