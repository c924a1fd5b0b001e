// In a template, range-fors that suspend over ranges whose types depend on
// a template parameter, where only the instantiation shows that a
// temporary is involved: a temporary range, which lives through the loop
// (kept in the runtime's bound_value), and a reference loop variable bound
// to the temporary that `*begin` makes (a std::vector<bool>'s proxy, an
// iterator that returns by value), which lives through its iteration
// (kept in the runtime's kept_reference). Before, the instantiation failed
// with a static_assert from the runtime.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <vector>

using trace::say;
using trace::Tracer;

template <class T> struct Names {
  int n;
  struct It {
    int i;
    T operator*() const { return T("t" + std::to_string(i)); }
    It &operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const It &o) const { return i != o.i; }
  };
  It begin() const { return {0}; }
  It end() const { return {n}; }
};

template <class T> std::vector<T> twice(T t) { return {t, t}; }

template <class T> corogen::generator<int> bits(std::vector<T> v) {
  for (auto &&b : v) {
    CORO_YIELD(10);
    CORO_YIELD(int(b));
  }
  for (const auto &b : v)
    CORO_YIELD(int(b) + 100);
  for (auto x : twice(v[0]))
    CORO_YIELD(int(x) + 1000);
}
// CHECK-LABEL: bits
// CHECK-NEXT: got 10
// CHECK-NEXT: got 1
// CHECK-NEXT: got 10
// CHECK-NEXT: got 0
// CHECK-NEXT: got 101
// CHECK-NEXT: got 100
// CHECK-NEXT: got 1001
// CHECK-NEXT: got 1001
// CHECK-NEXT: end

template <class T> corogen::generator<int> names() {
  for (const auto &t : Names<T>{2}) {
    CORO_YIELD(1);
    say("name ", t.name());
  }
  Names<T> ns{1};
  for (auto &&t : ns) {
    CORO_YIELD(2);
    say("name ", t.name());
  }
}
// Each temporary lives through its iteration, across the suspension.
// CHECK-LABEL: names
// CHECK-NEXT: ctor t0
// CHECK-NEXT: got 1
// CHECK-NEXT: name t0
// CHECK-NEXT: dtor t0
// CHECK-NEXT: ctor t1
// CHECK-NEXT: got 1
// CHECK-NEXT: name t1
// CHECK-NEXT: dtor t1
// CHECK-NEXT: ctor t0
// CHECK-NEXT: got 2
// CHECK-NEXT: name t0
// CHECK-NEXT: dtor t0
// CHECK-NEXT: end
// Closed at the marker: the iteration's temporary dies.
// CHECK-LABEL: names closed
// CHECK-NEXT: ctor t0
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor t0
// CHECK-NEXT: closed

template <class T> corogen::generator<int> temporary_range(T t) {
  for (const auto &x : twice(t)) {
    CORO_YIELD(int(x.name().size()));
    say("x ", x.name());
  }
}
// The range, a temporary vector, lives through the loop. (The argument
// is moved into the frame; twice() copies it into its parameter, into the
// list's array twice, and from there into the vector twice; the array and
// the parameter die before the loop. The frame's `t` dies with the
// generator.)
// CHECK-LABEL: temporary range
// CHECK-NEXT: ctor r
// CHECK-NEXT: move r
// CHECK-NEXT: dtor (moved-from) r
// CHECK-NEXT: copy r
// CHECK-NEXT: copy r
// CHECK-NEXT: copy r
// CHECK-NEXT: copy r
// CHECK-NEXT: copy r
// CHECK-NEXT: dtor r
// CHECK-NEXT: dtor r
// CHECK-NEXT: dtor r
// CHECK-NEXT: got 1
// CHECK-NEXT: x r
// CHECK-NEXT: got 1
// CHECK-NEXT: x r
// CHECK-NEXT: dtor r
// CHECK-NEXT: dtor r
// CHECK-NEXT: dtor r
// CHECK-NEXT: end

int main() {
  say("bits");
  for (int v : bits(std::vector<bool>{true, false}))
    say("got ", v);
  say("end");
  say("names");
  for (int v : names<Tracer>())
    say("got ", v);
  say("end");
  say("names closed");
  trace::close_at_first(names<Tracer>());
  say("temporary range");
  {
    auto g = temporary_range(Tracer("r"));
    for (int v : g)
      say("got ", v);
  }
  say("end");
}
