// The names of structured bindings whose object corogen keeps in a box,
// in text that corogen wraps in a lambda (another boxed local's
// initialiser, a reference's temporary made in its slot, in a range-for
// too, and in a template): where the text takes `decltype(a)` of one or
// names a bit-field, which the init-capture by reference that other names
// get would not keep (clang before 16 lets no lambda capture a structured
// binding), the lambda declares the bindings again, bound to the boxed
// object, as the body does on each resume. Before, each was refused.
// (What stays refused: diagnostics/boxed-binding-in-lambda.cpp.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> plain() {
  struct L {
    Tracer t;
    int v;
  };
  struct Bits {
    int f : 4;
    int g : 4;
  };
  const auto [t, v] = L{Tracer("a"), 1};
  auto [f, g] = Bits{3, 5};
  CORO_YIELD(v + f);
  // decltype(v) is the binding's declared type, const int, not a
  // reference's; f and g are bit-fields, read as they are.
  auto [u, w] = L{Tracer(t.name() + "2"), std::is_same<decltype(v), const int>::value ? 10 : 20};
  L k{Tracer("k"), f * 10 + g};
  CORO_YIELD(w + k.v);
  f = 7; // (the boxed object's member)
  const std::string &s =
      std::to_string(f) + (std::is_reference<decltype(g)>::value ? "r" : "v");
  CORO_YIELD(int(s.size()));
  say("names ", u.name(), " ", k.t.name(), " s ", s);
}
// CHECK-LABEL: plain
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 4
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor k
// CHECK-NEXT: got 45
// CHECK-NEXT: got 2
// CHECK-NEXT: names a2 k s 7v
// CHECK-NEXT: dtor k
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop

// Declared again beside bindings the lambda captures, of a structured
// binding that hides one of their names.
corogen::generator<int, int> mixed() {
  struct L {
    int x, y;
  };
  auto [a, c] = L{1, 2};
  CORO_YIELD(a);
  {
    auto [a, d] = L{5, 6};
    L o{decltype(c)(d), std::is_same<decltype(c), int>::value};
    CORO_YIELD(o.x * 10 + o.y + a * 100);
  }
}
// CHECK-LABEL: mixed
// CHECK-NEXT: got 1
// CHECK-NEXT: got 561
// CHECK-NEXT: stop

// A range-for's loop variable, kept in a box: in a boxed local's
// initialiser in the loop's body.
corogen::generator<int, int> loops() {
  struct Bits {
    int f : 4;
    int g : 4;
  };
  struct P {
    int x, y;
  };
  std::vector<Bits> bits{{1, 2}, {3, 4}};
  for (const auto [f, g] : bits) {
    P p{g, f};
    CORO_YIELD(p.x * 10 + p.y);
    P q{std::is_same<decltype(f), const int>::value, 0};
    CORO_YIELD(q.x);
  }
}
// CHECK-LABEL: loops
// CHECK-NEXT: got 21
// CHECK-NEXT: got 1
// CHECK-NEXT: got 43
// CHECK-NEXT: got 1
// CHECK-NEXT: stop

// In a template, where only the instantiation shows a bit-field: the
// bindings of a dependent type are declared again wherever they may be.
template <class T> corogen::generator<int, int> templated(T t) {
  struct L {
    T x, y;
  };
  struct Bits {
    T f : 4;
    T g : 4;
  };
  auto [f, g] = Bits{t, 2};
  CORO_YIELD(int(f));
  L l{g, f};
  CORO_YIELD(int(l.x * 10 + l.y));
  L m{std::is_same<decltype(f), T>::value, 0};
  CORO_YIELD(int(m.x));
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 3
// CHECK-NEXT: got 23
// CHECK-NEXT: got 1
// CHECK-NEXT: stop

int main() {
  say("plain");
  drive(plain());
  say("mixed");
  drive(mixed());
  say("loops");
  drive(loops());
  say("templated");
  drive(templated(3));
}
