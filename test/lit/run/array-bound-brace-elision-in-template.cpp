// In a template, an array that lives across a suspension whose bound its
// braced list gives, of an element type that may be an aggregate (it
// depends on a template parameter): brace elision may make fewer elements
// than the list has (`T a[] = {x, y};` is one T of two members where T is
// such an aggregate), which only the instantiation shows. The frame counts
// the elements as the instantiation does, by declaring such an array from
// the list's text in a lambda that is never called (its locals and pack
// expansions as they are), so the array has the bound it has in the source.
// (Before, the frame gave it one element per initialiser: two Pairs here,
// the second made from nothing.) A list of braced lists needs no count.
// (Brace elision is what clang's -Wmissing-braces warns of.)
// RUN: %run-both %s %t -Wno-missing-braces | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>

using trace::say;

// (Default-constructible and copy-assignable, as the runtime asks of an
// aggregate made from a braced list: one with a reference member is not.)
struct Loud {
  int v;
  Loud(int v = 0) : v(v) { say("make ", v); }
  Loud(const Loud &o) : v(o.v) { say("copy of ", v); }
  Loud &operator=(const Loud &) = default;
  ~Loud() { say("drop ", v); }
};
struct Pair {
  Loud first;
  Loud second;
};

struct Two {
  int a, b;
};

template <class T, class... I> corogen::generator<std::size_t> elided(I... is) {
  T pairs[] = {Loud(1), Loud(2)};
  int x = 5;
  Two twos[] = {x, 6, is...};
  T braced[] = {{Loud(3), Loud(4)}, {Loud(5), Loud(6)}};
  CORO_YIELD(sizeof(pairs) / sizeof(pairs[0]));
  CORO_YIELD(sizeof(twos) / sizeof(twos[0]));
  CORO_YIELD(sizeof(braced) / sizeof(braced[0]));
  say(pairs[0].first.v, pairs[0].second.v, " ", twos[0].a, twos[0].b, " ", twos[1].a, twos[1].b,
      " ", braced[1].second.v);
}
// (Each element is made in place from its prvalue: no copy.)
// CHECK-LABEL: elided
// CHECK-NEXT: make 1
// CHECK-NEXT: make 2
// CHECK-NEXT: make 3
// CHECK-NEXT: make 4
// CHECK-NEXT: make 5
// CHECK-NEXT: make 6
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 2
// CHECK-NEXT: 12 56 70 6
// CHECK-NEXT: drop 6
// CHECK-NEXT: drop 5
// CHECK-NEXT: drop 4
// CHECK-NEXT: drop 3
// CHECK-NEXT: drop 2
// CHECK-NEXT: drop 1
// CHECK-NEXT: end

int main() {
  say("elided");
  for (std::size_t n : elided<Pair>(7, 0))
    say("got ", n);
  say("end");
}
