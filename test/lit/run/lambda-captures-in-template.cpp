// Lambdas with a capture-default in generators that are templates: clang
// lists no implicit capture of a variable there (it works them out when the
// template is instantiated), so corogen captures what the lambda's body
// names outside unevaluated operands. A copy is made when the lambda is
// made, a reference sees later changes; generic and nested lambdas too, and
// a member of a class template. A constant whose value alone is read, which
// C++ does not capture, is captured all the same (unobservably), also
// outside templates, and so is, by reference, a reference bound to a
// global; in sizeof, a name needs no capture.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <functional>
#include <type_traits>

using trace::say;
using trace::Tracer;

template <class T> const char *constness(T &) {
  return std::is_const<T>::value ? "const" : "non-const";
}

template <class T> corogen::generator<int> tmpl(T p) {
  Tracer t("t");
  int k = 1;
  const int limit = 10;
  CORO_YIELD(p);
  {
    auto byCopy = [=] { say("by copy: ", p, " ", k, " ", t.name(), " ", constness(k)); };
    auto byRef = [&] { say("by reference: ", p, " ", k, " ", t.name()); };
    p += 100;
    k += 100;
    byCopy();
    byRef();
  }
  int g = [=](auto extra) { return p + k + extra; }(1000);
  say("generic: ", g);
  int h = [&] { return [=]() mutable { return ++k; }(); }();
  say("nested: ", h, " ", k);
  say("constant: ", [=] { return limit * 2; }());
  say("sizeof: ", [] { return sizeof(t) == sizeof(Tracer); }());
  CORO_YIELD(k);
}

template <class T> struct Acc {
  T total{};
  corogen::generator<T> add(T step) {
    T local = step;
    CORO_YIELD(total);
    CORO_YIELD([=]() mutable {
      local += step;
      total += local;
      return total;
    }());
    CORO_YIELD(local);
  }
};

int global = 1;

corogen::generator<int> constant() {
  const int n = 4;
  int &g = global;
  CORO_YIELD(n);
  CORO_YIELD([&] { return n * 3; }());
  std::function<int()> f = [&] { return g; };
  global = 7;
  CORO_YIELD(f());
}

int main() {
  for (int v : tmpl(5))
    say("got ", v);
  Acc<int> a;
  for (int v : a.add(2))
    say("got ", v);
  say("total ", a.total);
  for (int v : constant())
    say("got ", v);
}

// CHECK:      ctor t
// CHECK-NEXT: got 5
// CHECK-NEXT: copy t
// CHECK-NEXT: by copy: 5 1 t const
// CHECK-NEXT: by reference: 105 101 t
// CHECK-NEXT: dtor t
// CHECK-NEXT: generic: 1206
// CHECK-NEXT: nested: 102 101
// CHECK-NEXT: constant: 20
// CHECK-NEXT: sizeof: 1
// CHECK-NEXT: got 101
// CHECK-NEXT: dtor t
// CHECK-NEXT: got 0
// CHECK-NEXT: got 4
// CHECK-NEXT: got 2
// CHECK-NEXT: total 4
// CHECK-NEXT: got 4
// CHECK-NEXT: got 12
// CHECK-NEXT: got 7
