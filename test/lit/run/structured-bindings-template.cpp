// Structured bindings whose type depends on a template parameter, living
// across suspensions. One function template, instantiated with a pair, a
// struct and an array, copies its argument into a binding and refers to it
// through another; a tuple-like type of its own has a member get that
// prints whether it is called on an lvalue or an xvalue (once per binding,
// as the declaration says: an lvalue for `auto &` and for `auto &&` bound to
// an lvalue, an xvalue otherwise); another's get, found by argument-dependent
// lookup, returns a new object, which lives as long as its binding (and is
// destroyed when a later get throws); range-fors over dependent ranges bind
// each element; a member of a class template binds a member. The order is
// C++'s ([dcl.struct.bind]): the hidden object first, then each get<I> in
// turn; where the scope ends, what the gets made, last first, then the
// hidden object. Python has no such bindings: the lines below follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

using trace::say;
using trace::Tracer;

struct Two {
  Tracer a, b;
};

/// Tuple-like, with a member get.
struct Twin {
  Tracer first, second;
  template <std::size_t I> Tracer &get() & {
    say("get<", I, "> of an lvalue");
    return I == 0 ? first : second;
  }
  template <std::size_t I> Tracer &&get() && {
    say("get<", I, "> of an xvalue");
    return std::move(I == 0 ? first : second);
  }
};

namespace box {
/// Tuple-like, with a get found by argument-dependent lookup that makes a
/// Tracer of each name (and throws for "boom").
struct Names {
  std::string first, second;
};
template <std::size_t I> Tracer get(const Names &n) {
  const std::string &name = I == 0 ? n.first : n.second;
  say("get<", I, "> of ", name);
  if (name == "boom")
    throw std::runtime_error(name);
  return Tracer(name);
}
} // namespace box

namespace std {
template <> struct tuple_size<Twin> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Twin> {
  using type = trace::Tracer;
};
template <> struct tuple_size<box::Names> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, box::Names> {
  using type = trace::Tracer;
};
} // namespace std

template <class T> corogen::generator<std::string> views(T &whole) {
  auto [x, y] = whole;
  static_assert(std::is_same<decltype(x), Tracer>::value, "the referenced type");
  static_assert(std::is_same<decltype((x)), Tracer &>::value, "an lvalue");
  CORO_YIELD("copy " + x.name() + y.name());
  {
    const auto &[u, v] = whole;
    static_assert(std::is_same<decltype(u), const Tracer>::value, "const");
    CORO_YIELD("ref " + u.name() + v.name());
    decltype(v) &same = v;
    say("same ", same.name());
  }
  say("end of views");
}

template <class T> corogen::generator<std::string> twins(T &pair) {
  auto &[a, b] = pair;
  CORO_YIELD(a.name());
  CORO_YIELD(b.name());
  auto [c, d] = pair;
  CORO_YIELD(c.name() + d.name());
  auto &&[e, f] = std::move(pair);
  auto &&[g, h] = pair;
  CORO_YIELD(e.name() + f.name() + g.name() + h.name());
}

template <class T> corogen::generator<std::string> made(T names) {
  {
    auto [x, y] = names;
    CORO_YIELD(x.name() + y.name());
    say("leaving the block");
  }
  const auto &[z, w] = names;
  CORO_YIELD(z.name() + w.name());
}

template <class Range> corogen::generator<std::string> entries(Range &range) {
  for (auto &[key, value] : range)
    CORO_YIELD(key + "=" + value.name());
  for (auto [key, value] : range) {
    CORO_YIELD(key + value.name());
  }
}

template <class Range> corogen::generator<std::string> firsts(Range &range) {
  for (auto &[left, right] : range)
    CORO_YIELD(left.name());
}

template <class T> struct Holder {
  T held;
  corogen::generator<std::string> parts() {
    auto &[first, second] = held;
    CORO_YIELD(first.name());
    CORO_YIELD(second.name());
  }
};

int main() {
  {
    std::pair<Tracer, Tracer> p(std::piecewise_construct, std::forward_as_tuple("a"),
                                std::forward_as_tuple("b"));
    for (const std::string &s : views(p))
      say(s);
  }
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: copy a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: copy ab
  // CHECK-NEXT: ref ab
  // CHECK-NEXT: same b
  // CHECK-NEXT: end of views
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  {
    Two s{Tracer("c"), Tracer("d")};
    for (const std::string &v : views(s))
      say(v);
  }
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: copy c
  // CHECK-NEXT: copy d
  // CHECK-NEXT: copy cd
  // CHECK-NEXT: ref cd
  // CHECK-NEXT: same d
  // CHECK-NEXT: end of views
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: dtor c
  {
    Tracer arr[2] = {Tracer("e"), Tracer("f")};
    for (const std::string &v : views(arr))
      say(v);
  }
  // CHECK-NEXT: ctor e
  // CHECK-NEXT: ctor f
  // CHECK-NEXT: copy e
  // CHECK-NEXT: copy f
  // CHECK-NEXT: copy ef
  // CHECK-NEXT: ref ef
  // CHECK-NEXT: same f
  // CHECK-NEXT: end of views
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: dtor e
  // CHECK-NEXT: dtor f
  // CHECK-NEXT: dtor e
  {
    Twin tw{Tracer("p"), Tracer("q")};
    for (const std::string &v : twins(tw))
      say(v);
  }
  // CHECK-NEXT: ctor p
  // CHECK-NEXT: ctor q
  // CHECK-NEXT: get<0> of an lvalue
  // CHECK-NEXT: get<1> of an lvalue
  // CHECK-NEXT: p
  // CHECK-NEXT: q
  // CHECK-NEXT: copy p
  // CHECK-NEXT: copy q
  // CHECK-NEXT: get<0> of an xvalue
  // CHECK-NEXT: get<1> of an xvalue
  // CHECK-NEXT: pq
  // CHECK-NEXT: get<0> of an xvalue
  // CHECK-NEXT: get<1> of an xvalue
  // CHECK-NEXT: get<0> of an lvalue
  // CHECK-NEXT: get<1> of an lvalue
  // CHECK-NEXT: pqpq
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: dtor p
  // CHECK-NEXT: dtor q
  // CHECK-NEXT: dtor p
  for (const std::string &v : made(box::Names{"m", "n"}))
    say(v);
  // CHECK-NEXT: get<0> of m
  // CHECK-NEXT: ctor m
  // CHECK-NEXT: get<1> of n
  // CHECK-NEXT: ctor n
  // CHECK-NEXT: mn
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: dtor n
  // CHECK-NEXT: dtor m
  // CHECK-NEXT: get<0> of m
  // CHECK-NEXT: ctor m
  // CHECK-NEXT: get<1> of n
  // CHECK-NEXT: ctor n
  // CHECK-NEXT: mn
  // CHECK-NEXT: dtor n
  // CHECK-NEXT: dtor m
  try {
    for (const std::string &v : made(box::Names{"k", "boom"}))
      say(v);
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: get<0> of k
  // CHECK-NEXT: ctor k
  // CHECK-NEXT: get<1> of boom
  // CHECK-NEXT: dtor k
  // CHECK-NEXT: caught boom
  {
    std::pair<std::string, Tracer> items[2] = {
        {std::piecewise_construct, std::forward_as_tuple("k1"), std::forward_as_tuple("v1")},
        {std::piecewise_construct, std::forward_as_tuple("k2"), std::forward_as_tuple("v2")}};
    for (const std::string &v : entries(items))
      say(v);
  }
  // CHECK-NEXT: ctor v1
  // CHECK-NEXT: ctor v2
  // CHECK-NEXT: k1=v1
  // CHECK-NEXT: k2=v2
  // CHECK-NEXT: copy v1
  // CHECK-NEXT: k1v1
  // CHECK-NEXT: dtor v1
  // CHECK-NEXT: copy v2
  // CHECK-NEXT: k2v2
  // CHECK-NEXT: dtor v2
  // CHECK-NEXT: dtor v2
  // CHECK-NEXT: dtor v1
  {
    Twin tws[2] = {{Tracer("t1"), Tracer("u1")}, {Tracer("t2"), Tracer("u2")}};
    for (const std::string &v : firsts(tws))
      say(v);
  }
  // CHECK-NEXT: ctor t1
  // CHECK-NEXT: ctor u1
  // CHECK-NEXT: ctor t2
  // CHECK-NEXT: ctor u2
  // CHECK-NEXT: get<0> of an lvalue
  // CHECK-NEXT: get<1> of an lvalue
  // CHECK-NEXT: t1
  // CHECK-NEXT: get<0> of an lvalue
  // CHECK-NEXT: get<1> of an lvalue
  // CHECK-NEXT: t2
  // CHECK-NEXT: dtor u2
  // CHECK-NEXT: dtor t2
  // CHECK-NEXT: dtor u1
  // CHECK-NEXT: dtor t1
  {
    Holder<Two> h{{Tracer("h1"), Tracer("h2")}};
    for (const std::string &v : h.parts())
      say(v);
  }
  // CHECK-NEXT: ctor h1
  // CHECK-NEXT: ctor h2
  // CHECK-NEXT: h1
  // CHECK-NEXT: h2
  // CHECK-NEXT: dtor h2
  // CHECK-NEXT: dtor h1
}
