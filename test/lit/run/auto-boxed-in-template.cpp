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

int main() {
  say("sizes");
  for (std::size_t v : sizes(std::string("ab")))
    say("got ", v);
  say("end");
  say("references");
  for (std::size_t v : references(std::string("ab")))
    say("got ", v);
  say("end");
}
