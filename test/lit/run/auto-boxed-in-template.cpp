// In a template, an `auto` local living across a suspension whose type the
// frame cannot spell from its initialiser (it names a boxed local, a class
// of the body, or `decltype(x)` of a local inside a macro) is kept in a box,
// made by its own initialiser where its declaration runs, with the type it
// deduces; it keeps its address, and dies where its scope ends. An `auto`
// reference so declared binds to what its box keeps, as the instantiation
// says (the runtime's bound_value): the temporary its initialiser makes,
// kept alive as long as the reference, or the object it names.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::say;
using trace::Tracer;

#define TYPE_OF(x) decltype(x)

template <class T> corogen::generator<std::size_t> sizes(T t) {
  T copy = t;
  auto l = TYPE_OF(copy)(t);
  auto f = [&] { return copy.size(); };
  auto r = f();
  const void *where = &r;
  struct Named {
    Tracer tracer;
    T value;
  };
  auto n = Named{Tracer("n"), t};
  std::vector<Named> all;
  all.push_back(Named{Tracer("in vector"), t + t});
  auto it = all.begin();
  auto pair = std::make_pair(n.value.size(), it->value);
  CORO_YIELD(l.size() + r);
  say(where == &r ? "same address" : "moved");
  copy += "!";
  CORO_YIELD(f() + it->value.size() + pair.first + pair.second.size());
}
// CHECK-LABEL: sizes
// CHECK-NEXT: ctor n
// CHECK-NEXT: ctor in vector
// CHECK-NEXT: move in vector
// CHECK-NEXT: dtor (moved-from) in vector
// CHECK-NEXT: got 4
// CHECK-NEXT: same address
// CHECK-NEXT: got 13
// CHECK-NEXT: dtor in vector
// CHECK-NEXT: dtor n
// CHECK-NEXT: end

template <class T> corogen::generator<std::size_t> references(T t) {
  T copy = t;
  auto &&l = TYPE_OF(copy)(t);
  auto f = [&] { return copy.size(); };
  const auto &r = f();
  auto g = [&]() -> T & { return copy; };
  auto &&named = g();
  struct Local {
    Tracer tracer;
  };
  const auto &made = Local{Tracer("made")};
  CORO_YIELD(l.size() + r);
  // `named` is `copy`; `l` and `r` keep the values they were made with.
  named += "!";
  CORO_YIELD(l.size() + r + copy.size() * 10);
  say("made ", made.tracer.name());
}
// CHECK-LABEL: references
// CHECK-NEXT: ctor made
// CHECK-NEXT: got 4
// CHECK-NEXT: got 34
// CHECK-NEXT: made made
// CHECK-NEXT: dtor made
// CHECK-NEXT: end

// Initialised by `(e)` or `{e}`: an `auto` reference deduces its type from
// e and binds as `= e` does, and so it does here. (Before, refused.)
template <class T> corogen::generator<std::size_t> parenthesised(T t) {
  T copy = t;
  struct Local {
    Tracer tracer;
    T value;
  };
  const auto &k(Local{Tracer("paren"), copy});
  auto &&m{Local{Tracer("braced"), t}};
  auto g = [&]() -> T & { return copy; };
  auto &named(g());
  CORO_YIELD(k.value.size());
  // `named` is `copy`; `k` keeps the value it was made with.
  named += "!";
  CORO_YIELD(k.value.size() + copy.size() * 10);
  say("m ", m.tracer.name());
}
// CHECK-LABEL: parenthesised
// CHECK-NEXT: ctor paren
// CHECK-NEXT: ctor braced
// CHECK-NEXT: got 2
// CHECK-NEXT: got 32
// CHECK-NEXT: m braced
// CHECK-NEXT: dtor braced
// CHECK-NEXT: dtor paren
// CHECK-NEXT: end

// `decltype(auto)`: kept in a box as what decltype(e) is at instantiation,
// an object made by e (and made once), or a reference to what e names;
// `decltype(d)` is that type. (Before, refused.)
template <class T> corogen::generator<std::size_t> declared(T t) {
  struct Local {
    Tracer tracer;
    T value;
  };
  Local keep{Tracer("keep"), t};
  auto make = [&] { return Local{Tracer("made"), t + t}; };
  auto ref = [&]() -> Local & { return keep; };
  decltype(auto) d = make();
  static_assert(std::is_same<decltype(d), Local>::value, "an object");
  decltype(auto) r = ref();
  static_assert(std::is_same<decltype(r), Local &>::value, "an lvalue reference");
  decltype(auto) p = (keep);
  static_assert(std::is_same<decltype(p), Local &>::value, "decltype((keep))");
  decltype(auto) m = keep.value;
  static_assert(std::is_same<decltype(m), T>::value, "the member's declared type");
  // (`(e)` deduces as `= e`.)
  decltype(auto) q(keep.value);
  static_assert(std::is_same<decltype(q), T>::value, "(e): the member's declared type");
  // A variable of the generator: its declared type (a copy of an object, a
  // reference for a reference).
  auto &alias = keep;
  decltype(auto) copied = keep;
  static_assert(std::is_same<decltype(copied), Local>::value, "a boxed object");
  decltype(auto) same = alias;
  static_assert(std::is_same<decltype(same), Local &>::value, "a boxed reference");
  decltype(auto) param = t;
  static_assert(std::is_same<decltype(param), T>::value, "a parameter");
  CORO_YIELD(d.value.size());
  // r and p are keep; m is a copy of its value.
  r.value += "!";
  CORO_YIELD(p.value.size() * 10 + m.size() + q.size() * 100);
  say("d ", d.tracer.name());
  say("copied ", copied.value, " same ", same.value, " param ", param);
}
// CHECK-LABEL: declared
// CHECK-NEXT: ctor keep
// CHECK-NEXT: ctor made
// CHECK-NEXT: copy keep
// CHECK-NEXT: got 4
// CHECK-NEXT: got 232
// CHECK-NEXT: d made
// CHECK-NEXT: copied ab same ab! param ab
// CHECK-NEXT: dtor keep
// CHECK-NEXT: dtor made
// CHECK-NEXT: dtor keep
// CHECK-NEXT: end

// `decltype(auto)` of a structured binding's name, or of an `auto &&`
// variable: the declared type, spelled (a binding's referenced type, the
// reference `auto &&` deduces). (Before, refused.)
template <class T> corogen::generator<std::size_t> named(T t) {
  std::pair<T, T &> pair{t + "c", t};
  auto [first, second] = pair;
  decltype(auto) a = first;
  static_assert(std::is_same<decltype(a), T>::value, "the binding's type");
  decltype(auto) b = second;
  static_assert(std::is_same<decltype(b), T &>::value, "the binding's reference");
  std::vector<T> v{t, t + t};
  auto &&element = v[1];
  auto &&variable = t;
  decltype(auto) e = element;
  static_assert(std::is_same<decltype(e), T &>::value, "auto && of an lvalue");
  decltype(auto) w = variable;
  static_assert(std::is_same<decltype(w), T &>::value, "auto && of a variable");
  CORO_YIELD(a.size());
  // b is t; e is v[1]; a is a copy of first.
  first += "!";
  t += "?";
  v[1] += "#";
  say("a ", a, " b ", b, " e ", e, " w ", w);
  CORO_YIELD(b.size() + e.size() * 10);
}
// CHECK-LABEL: named
// CHECK-NEXT: got 3
// CHECK-NEXT: a abc b ab? e abab# w ab?
// CHECK-NEXT: got 53
// CHECK-NEXT: end

// `decltype(auto)` of a non-type template parameter of a dependent type:
// the box deduces it as the source does. (Before, refused.)
template <class T, T N> corogen::generator<std::size_t> constant() {
  decltype(auto) n = N;
  static_assert(std::is_same<decltype(n), T>::value, "the parameter's type");
  CORO_YIELD(static_cast<std::size_t>(n));
  CORO_YIELD(static_cast<std::size_t>(n) + 1);
}
// CHECK-LABEL: constant
// CHECK-NEXT: got 7
// CHECK-NEXT: got 8
// CHECK-NEXT: end

int main() {
  say("sizes");
  for (std::size_t v : sizes(std::string("ab")))
    say("got ", v);
  say("end");
  say("references");
  for (std::size_t v : references(std::string("ab")))
    say("got ", v);
  say("end");
  say("parenthesised");
  for (std::size_t v : parenthesised(std::string("ab")))
    say("got ", v);
  say("end");
  say("declared");
  for (std::size_t v : declared(std::string("ab")))
    say("got ", v);
  say("end");
  say("named");
  for (std::size_t v : named(std::string("ab")))
    say("got ", v);
  say("end");
  say("constant");
  for (std::size_t v : constant<long, 7>())
    say("got ", v);
  say("end");
}
