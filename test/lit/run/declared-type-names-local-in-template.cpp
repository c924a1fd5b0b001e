// In a template, locals that live across a suspension whose written type
// depends on a template parameter and names a local or a structured
// binding of the body (`decltype(x) y("y");`): the frame declares its
// members outside the body, where `x` is not in scope, so it spells the
// type from its text with `decltype(x)` replaced by x's declared type (and
// a binding's by its referenced type), the qualifiers, pointers and
// references around it kept. Each is constructed where its declaration
// runs and destroyed in reverse order, a reference refers to the very
// object and a pointer points to it. Arrays of such a type too, their
// bounds written (a template parameter's name) or given by the braced
// list where each of its elements is a braced list (`decltype(x) a[][1] =
// {{...}};`: elsewhere brace elision, which only the instantiation shows,
// may make fewer elements than the list has; refused:
// diagnostics/local-in-declared-type.cpp): elements made in order,
// destroyed in reverse (before, refused). A macro may write `decltype(x)`
// (before, refused). No Python twin: the point is C++'s types and
// lifetimes.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::say;
using trace::Tracer;

template <class T> corogen::generator<std::string> gen(T t) {
  T x("x");
  decltype(x) y("y");
  const decltype(x) &cy = y;
  decltype(x) const *p = &x;
  std::vector<decltype(y)> v;
  v.reserve(1);
  v.emplace_back("v0");
  typename decltype(v)::size_type n = v.size();
  auto [a, b] = std::make_pair(41, t.name());
  decltype(a) c = a + 1;
  static_assert(std::is_same<decltype(y), T>::value, "decltype(x) is T");
  static_assert(std::is_same<decltype(cy), const T &>::value, "a reference to const T");
  static_assert(std::is_same<decltype(p), const T *>::value, "a pointer to const T");
  static_assert(std::is_same<decltype(c), int>::value, "decltype(a) is int");
  CORO_YIELD(y.name());
  CORO_YIELD(cy.name() + (&cy == &y ? " is y" : " is a copy"));
  CORO_YIELD(p->name() + (p == &x ? " is x" : " is a copy"));
  CORO_YIELD(v[0].name());
  CORO_YIELD(std::to_string(n) + " " + std::to_string(c) + " " + b);
}

template <class T, int N> corogen::generator<std::string> arrays(T t) {
  T x("x");
  decltype(x) pair[2] = {T("p0"), T("p1")};
  const decltype(x) row[N] = {T("r0"), T("r1")};
  decltype(x) open[][1] = {{T("o0")}};
  decltype(x)(*to)[2] = &pair;
  static_assert(std::is_same<decltype(pair), T[2]>::value, "an array of T");
  static_assert(std::is_same<decltype(row), const T[N]>::value, "an array of const T");
  static_assert(std::is_same<decltype(open), T[1][1]>::value, "the list's bound");
  CORO_YIELD(pair[1].name() + " " + row[0].name());
  CORO_YIELD((*to)[0].name() + (to == &pair ? " in pair" : " elsewhere") + " " + open[0][0].name() +
             " " + t.name());
}

// `decltype(x)` written by a macro's whole use, `TYPE_OF(x)`: replaced
// whole by x's declared type (before, refused).
#define TYPE_OF(x) decltype(x)

template <class T> corogen::generator<std::string> macros(T t) {
  T x("mx");
  TYPE_OF(x) y("my");
  const TYPE_OF(x) &cy = y;
  TYPE_OF(x) *p = &x;
  std::vector<TYPE_OF(y)> v;
  v.reserve(1);
  v.emplace_back("mv");
  auto [a, b] = std::make_pair(1, t.name());
  TYPE_OF(a) c = a + 1;
  static_assert(std::is_same<decltype(y), T>::value, "TYPE_OF(x) is T");
  static_assert(std::is_same<decltype(cy), const T &>::value, "a reference to const T");
  static_assert(std::is_same<decltype(p), T *>::value, "a pointer to T");
  static_assert(std::is_same<decltype(v), std::vector<T>>::value, "a vector of T");
  static_assert(std::is_same<decltype(c), int>::value, "TYPE_OF(a) is int");
  CORO_YIELD(cy.name() + (&cy == &y ? " is y" : " is a copy"));
  CORO_YIELD(p->name() + (p == &x ? " is x " : " is a copy ") + v[0].name() + " " +
             std::to_string(c) + " " + b);
}

int main() {
  {
    // CHECK-LABEL: arrays
    // CHECK-NEXT: ctor a
    // CHECK-NEXT: move a
    // CHECK-NEXT: dtor (moved-from) a
    // CHECK-NEXT: ctor x
    // CHECK-NEXT: ctor p0
    // CHECK-NEXT: ctor p1
    // CHECK-NEXT: ctor r0
    // CHECK-NEXT: ctor r1
    // CHECK-NEXT: ctor o0
    // CHECK-NEXT: p1 r0
    // CHECK-NEXT: p0 in pair o0 a
    // CHECK-NEXT: dtor o0
    // CHECK-NEXT: dtor r1
    // CHECK-NEXT: dtor r0
    // CHECK-NEXT: dtor p1
    // CHECK-NEXT: dtor p0
    // CHECK-NEXT: dtor x
    // CHECK-NEXT: dtor a
    // CHECK-NEXT: done
    say("arrays");
    for (const std::string &s : arrays<Tracer, 2>(Tracer("a")))
      say(s);
    say("done");
  }
  {
    // The argument is moved into the frame; the parameter dies when the
    // call's full-expression ends.
    // CHECK-NEXT: ctor t
    // CHECK-NEXT: move t
    // CHECK-NEXT: dtor (moved-from) t
    auto g = gen(Tracer("t"));
    // CHECK-NEXT: ctor x
    // CHECK-NEXT: ctor y
    // CHECK-NEXT: ctor v0
    // CHECK-NEXT: y
    // CHECK-NEXT: y is y
    // CHECK-NEXT: x is x
    // CHECK-NEXT: v0
    // CHECK-NEXT: 1 42 t
    // At the end, in reverse order of construction, the parameter last.
    // CHECK-NEXT: dtor v0
    // CHECK-NEXT: dtor y
    // CHECK-NEXT: dtor x
    // CHECK-NEXT: dtor t
    // CHECK-NEXT: done
    for (const std::string &s : g)
      say(s);
    say("done");
  }
  {
    // CHECK-NEXT: ctor u
    // CHECK-NEXT: move u
    // CHECK-NEXT: dtor (moved-from) u
    auto g = gen(Tracer("u"));
    // CHECK-NEXT: ctor x
    // CHECK-NEXT: ctor y
    // CHECK-NEXT: ctor v0
    // CHECK-NEXT: y
    // CHECK-NEXT: y is y
    say(g.next());
    say(g.next());
    // Closed at the second suspension: the same order.
    // CHECK-NEXT: dtor v0
    // CHECK-NEXT: dtor y
    // CHECK-NEXT: dtor x
    // CHECK-NEXT: dtor u
    // CHECK-NEXT: closed
    g.close();
    say("closed");
  }
  {
    // CHECK-LABEL: macros
    // CHECK-NEXT: ctor m
    // CHECK-NEXT: move m
    // CHECK-NEXT: dtor (moved-from) m
    // CHECK-NEXT: ctor mx
    // CHECK-NEXT: ctor my
    // CHECK-NEXT: ctor mv
    // CHECK-NEXT: my is y
    // CHECK-NEXT: mx is x mv 2 m
    // CHECK-NEXT: dtor mv
    // CHECK-NEXT: dtor my
    // CHECK-NEXT: dtor mx
    // CHECK-NEXT: dtor m
    // CHECK-NEXT: done
    say("macros");
    for (const std::string &s : macros(Tracer("m")))
      say(s);
    say("done");
  }
}
