// Locals of an enumeration declared in the generator's body (scoped or not,
// named or not: `decltype(one) n;`), living across suspensions: the frame cannot name their
// types, so each is kept in a box, as a local of a class defined in the
// body is (run/unnameable-locals.cpp); in a template too, where the
// enumeration's type depends on the template, and so do types made of a
// class of the body (std::vector<Box>, std::function<int(const Box &)>).
// Before, the output named these types outside the body and did not
// compile.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <functional>
#include <vector>

using trace::say;

corogen::generator<int, int> colours() {
  enum Colour { red, green, blue };
  Colour c = green;
  enum class Mode { slow, fast };
  Mode m = Mode::fast;
  enum { one = 1, two };
  decltype(one) n = two;
  int sent = CORO_YIELD(int(c));
  c = sent > 0 ? blue : red;
  CORO_YIELD(int(c) + (m == Mode::fast ? 10 : 20) + 100 * n);
  switch (c) {
  case blue:
    CORO_YIELD(1000);
    break;
  default:
    CORO_YIELD(2000);
  }
}
// CHECK-LABEL: colours
// CHECK-NEXT: got 1
// CHECK-NEXT: got 212
// CHECK-NEXT: got 1000
// CHECK-NEXT: end

// An unnamed enumeration that the declaration defines: its definition goes
// before the declaration, which names it by decltype of an enumerator.
corogen::generator<int, int> unnamed() {
  enum { first = 1, second } e = second, f = first;
  const enum : long { low = 5, high } arr[] = {high, low};
  CORO_YIELD(e * 10 + f);
  e = first;
  CORO_YIELD(e + int(arr[0]) * 100 + int(sizeof(arr[0]) == sizeof(long)) * 1000);
  if (enum { no, yes } v = yes; v)
    CORO_YIELD(v);
}
// CHECK-LABEL: unnamed
// CHECK-NEXT: got 21
// CHECK-NEXT: got 1601
// CHECK-NEXT: got 1
// CHECK-NEXT: end

template <class T> corogen::generator<int> templated(T t) {
  enum Colour { red, green };
  Colour c = t ? green : red;
  enum class Mode { slow, fast };
  Mode m = Mode::fast;
  // Types made of a class of the body, which depend on the template too.
  struct Box {
    T v;
  };
  std::vector<Box> boxes{Box{t}};
  std::function<int(const Box &)> get = [](const Box &b) { return int(b.v); };
  CORO_YIELD(int(c));
  CORO_YIELD(int(c) + (m == Mode::fast ? 10 : 20) + 100 * get(boxes[0]));
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 1
// CHECK-NEXT: got 111
// CHECK-NEXT: got 0
// CHECK-NEXT: got 10
// CHECK-NEXT: end

int main() {
  say("colours");
  {
    auto g = colours();
    say("got ", g.next());
    say("got ", g.send(5));
    say("got ", g.send(0));
  }
  say("end");
  say("unnamed");
  for (int v : unnamed())
    say("got ", v);
  say("end");
  say("templated");
  for (int v : templated(1))
    say("got ", v);
  for (int v : templated(0))
    say("got ", v);
  say("end");
}
