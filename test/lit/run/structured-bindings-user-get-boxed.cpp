// Structured bindings of tuple-like objects whose `get` is the user's, kept
// across a suspension where the frame cannot name the object's type (a
// template of a class of the body), or where the object is the temporary a
// range-for's `*begin` makes. The box keeps the object; each binding is
// kept in a box of its own, made once where the declaration stands: get<I>
// is called once per binding, in order, and what a binding's hidden
// reference extends lives as long as the binding. On each resume the names
// are declared again as references to what the bindings refer to, and
// `decltype(a)` still names tuple_element's type. Before, each was refused
// (get<I> would have been called again on each resume).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

// get<I> makes a new Tracer, named after the element's with a `'`; the
// second element's get throws where its `fail` is set.
template <class T> struct Pair {
  T first, second;
  template <std::size_t I> Tracer get() const {
    say("get<", I, ">");
    const T &e = I == 0 ? first : second;
    if (e.fail)
      throw std::runtime_error("get failed");
    return Tracer(e.t.name() + "'");
  }
};
// get<0> gives the element itself, by reference.
template <class T> struct Ref {
  T t;
  template <std::size_t I> T &get() {
    say("get ", I);
    return t;
  }
};
namespace std {
template <class T> struct tuple_size<::Pair<T>> : integral_constant<size_t, 2> {};
template <size_t I, class T> struct tuple_element<I, ::Pair<T>> {
  using type = trace::Tracer;
};
template <class T> struct tuple_size<::Ref<T>> : integral_constant<size_t, 1> {};
template <class T> struct tuple_element<0, ::Ref<T>> {
  using type = T;
};
} // namespace std

corogen::generator<int, int> values() {
  struct Named {
    Tracer t;
    bool fail;
  };
  auto [a, b] = Pair<Named>{{Tracer("a"), false}, {Tracer("b"), false}};
  static_assert(std::is_same<decltype(a), Tracer>::value, "tuple_element's type");
  CORO_YIELD(1);
  say("names ", a.name(), " ", b.name());
  {
    const auto &[c, d] = Pair<Named>{{Tracer("c"), false}, {Tracer("d"), false}};
    CORO_YIELD(2);
    say("names ", c.name(), " ", d.name());
  }
  CORO_YIELD(3);
}
// CHECK-LABEL: values
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: get<0>
// CHECK-NEXT: ctor a'
// CHECK-NEXT: get<1>
// CHECK-NEXT: ctor b'
// CHECK-NEXT: got 1
// CHECK-NEXT: names a' b'
// CHECK-NEXT: ctor c
// CHECK-NEXT: ctor d
// CHECK-NEXT: get<0>
// CHECK-NEXT: ctor c'
// CHECK-NEXT: get<1>
// CHECK-NEXT: ctor d'
// CHECK-NEXT: got 2
// CHECK-NEXT: names c' d'
// CHECK-NEXT: dtor d'
// CHECK-NEXT: dtor c'
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor c
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor b'
// CHECK-NEXT: dtor a'
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop
// CHECK-LABEL: values closed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: get<0>
// CHECK-NEXT: ctor a'
// CHECK-NEXT: get<1>
// CHECK-NEXT: ctor b'
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor b'
// CHECK-NEXT: dtor a'
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed

// get<1> throws after get<0>'s object is made: it dies, then the object,
// before the handler runs.
corogen::generator<int, int> throwing() {
  struct Named {
    Tracer t;
    bool fail;
  };
  try {
    CORO_YIELD(1);
    auto [a, b] = Pair<Named>{{Tracer("a"), false}, {Tracer("b"), true}};
    CORO_YIELD(2);
    say("not reached ", a.name(), b.name());
  } catch (const std::exception &e) {
    say("caught ", e.what());
  }
  CORO_YIELD(3);
}
// CHECK-LABEL: throwing
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: get<0>
// CHECK-NEXT: ctor a'
// CHECK-NEXT: get<1>
// CHECK-NEXT: dtor a'
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: caught get failed
// CHECK-NEXT: got 3
// CHECK-NEXT: stop

// A get that gives a reference: the binding names the object's member
// (written through it, read after a resume), and decltype of its name,
// also where corogen wraps the text in a lambda (the initialiser of
// another boxed local), names tuple_element's type.
corogen::generator<int, int> references() {
  struct Count {
    int n;
  };
  auto &&[c] = Ref<Count>{{1}};
  static_assert(std::is_same<decltype(c), Count>::value, "tuple_element's type");
  c.n = CORO_YIELD(c.n);
  CORO_YIELD(c.n);
  Ref<Count> r{{5}};
  auto &[d] = r;
  d.n = CORO_YIELD(d.n);
  say("r ", r.t.n);
  auto [e] = Ref<Count>{decltype(c){c.n + d.n}};
  CORO_YIELD(e.n);
}
// CHECK-LABEL: references
// CHECK-NEXT: get 0
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: get 0
// CHECK-NEXT: got 5
// CHECK-NEXT: r 6
// CHECK-NEXT: get 0
// CHECK-NEXT: got 8
// CHECK-NEXT: stop

// Range-fors: by value over a vector of such objects (each iteration's copy
// and its bindings die at the end of the iteration), and by reference over
// an iterator whose `*begin` is a prvalue of a type the frame can name: the
// box keeps that temporary, and each binding what get<I> gives for it.
struct Two {
  int a, b;
  template <std::size_t I> int get() const {
    say("get<", I, "> of ", a);
    return I == 0 ? a : b;
  }
};
namespace std {
template <> struct tuple_size<::Two> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, ::Two> {
  using type = int;
};
} // namespace std
struct Twos {
  int n;
  struct It {
    int i;
    Two operator*() const {
      say("make ", i);
      return {i, i + 10};
    }
    It &operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const It &o) const { return i != o.i; }
  };
  It begin() const { return {0}; }
  It end() const { return {n}; }
};

corogen::generator<int, int> loops() {
  struct Named {
    Tracer t;
    bool fail;
  };
  std::vector<Pair<Named>> ps;
  ps.reserve(1);
  ps.push_back({{Tracer("x"), false}, {Tracer("y"), false}});
  say("loop");
  for (auto [x, y] : ps) {
    CORO_YIELD(int(x.name().size()));
    say("names ", x.name(), " ", y.name());
  }
  for (auto &&[a, b] : Twos{2}) {
    CORO_YIELD(a);
    CORO_YIELD(b);
  }
}
// CHECK-LABEL: loops
// CHECK-NEXT: ctor x
// CHECK-NEXT: ctor y
// CHECK-NEXT: move x
// CHECK-NEXT: move y
// CHECK-NEXT: dtor (moved-from) y
// CHECK-NEXT: dtor (moved-from) x
// CHECK-NEXT: loop
// CHECK-NEXT: copy x
// CHECK-NEXT: copy y
// CHECK-NEXT: get<0>
// CHECK-NEXT: ctor x'
// CHECK-NEXT: get<1>
// CHECK-NEXT: ctor y'
// CHECK-NEXT: got 2
// CHECK-NEXT: names x' y'
// CHECK-NEXT: dtor y'
// CHECK-NEXT: dtor x'
// CHECK-NEXT: dtor y
// CHECK-NEXT: dtor x
// CHECK-NEXT: make 0
// CHECK-NEXT: get<0> of 0
// CHECK-NEXT: get<1> of 0
// CHECK-NEXT: got 0
// CHECK-NEXT: got 10
// CHECK-NEXT: make 1
// CHECK-NEXT: get<0> of 1
// CHECK-NEXT: get<1> of 1
// CHECK-NEXT: got 1
// CHECK-NEXT: got 11
// CHECK-NEXT: dtor y
// CHECK-NEXT: dtor x
// CHECK-NEXT: stop

int main() {
  say("values");
  drive(values());
  say("values closed");
  trace::close_at_first(values());
  say("throwing");
  drive(throwing());
  say("references");
  drive(references());
  say("loops");
  drive(loops());
}
