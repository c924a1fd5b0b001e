// Structured bindings whose type depends on a template parameter, declared
// as references or with `(e)` and `{e}`, living across suspensions. A
// reference bound to a prvalue (`const auto &`, `auto &&`) extends the
// temporary's lifetime to its own ([class.temporary] p6): the pair is made
// once, in place (no move), and dies where the binding's scope ends; a
// binding by value from a prvalue is that prvalue, made in place too; a
// reference to an lvalue makes nothing. At the end of the body the objects
// die in reverse order of construction. Python has no such bindings: the
// lines below follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

using trace::say;
using trace::Tracer;

template <class T> std::pair<T, T> make(const char *first, const char *second) {
  return std::pair<T, T>(std::piecewise_construct, std::forward_as_tuple(first),
                         std::forward_as_tuple(second));
}

template <class T> corogen::generator<std::string> temporaries() {
  const auto &[a, b] = make<T>("a", "b");
  static_assert(std::is_same<decltype(a), const T>::value, "const");
  CORO_YIELD(a.name() + b.name());
  {
    auto &&[c, d] = make<T>("c", "d");
    static_assert(std::is_same<decltype(c), T>::value, "not const");
    CORO_YIELD(c.name() + d.name());
    say("leaving the block");
  }
  auto [e, f]{make<T>("e", "f")};
  CORO_YIELD(e.name() + f.name());
  const auto &[k, l]{make<T>("k", "l")};
  CORO_YIELD(k.name() + l.name());
  std::pair<T, T> local = make<T>("m", "n");
  auto &[m, n](local);
  auto &&[o, p](local);
  CORO_YIELD(m.name() + n.name() + o.name() + p.name());
  auto [q, r](make<T>("q", "r"));
  CORO_YIELD(q.name() + r.name());
  say("end of the body");
}

int main() {
  for (const std::string &v : temporaries<Tracer>())
    say(v);
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: ab
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: cd
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: ctor e
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: ef
  // CHECK-NEXT: ctor k
  // CHECK-NEXT: ctor l
  // CHECK-NEXT: kl
  // CHECK-NEXT: ctor m
  // CHECK-NEXT: ctor n
  // CHECK-NEXT: mnmn
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: ctor r
  // CHECK-NEXT: qr
  // CHECK-NEXT: end of the body
  // CHECK-NEXT: dtor r
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: dtor n
  // CHECK-NEXT: dtor m
  // CHECK-NEXT: dtor l
  // CHECK-NEXT: dtor k
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: dtor e
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
}
