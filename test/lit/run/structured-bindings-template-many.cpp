// Structured bindings of more than 16 names whose type depends on a
// template parameter, living across suspensions. corogen reaches a
// class's members through a structured binding of as many names as the
// source's, which it declares with the count it knows.
// One function template binds a copy of its argument, then a reference to
// it, instantiated with a class of 20 members, a std::tuple of 20 ints and
// an array of 20 ints; a range-for binds 17 names of each row of a vector.
// The class's two Tracer members are copied in member order where the
// copy's declaration runs, and the copy is destroyed in reverse member order
// when close() unwinds the generator (C++'s order: [dcl.struct.bind],
// [class.dtor]). Python has no structured bindings: the lines below follow
// C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using trace::say;
using trace::Tracer;

template <class T> struct Wide {
  T first;
  int m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16, m17, m18;
  T last;
};

template <class T> struct Row {
  T c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16;
};

std::string show(int v) { return std::to_string(v); }
std::string show(const Tracer &t) { return t.name(); }

template <class W> corogen::generator<std::string> wide(W &w) {
  auto [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19] = w;
  static_assert(std::is_same<decltype(a1), int>::value, "the member's type");
  CORO_YIELD(show(a0) + " " + show(a1) + " " + show(a18) + " " + show(a19));
  {
    auto &[r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19] = w;
    r1 = 10 + a1;
    CORO_YIELD(show(r1) + " " + show(r19));
    say("leaving the block");
  }
  CORO_YIELD(show(a0) + " again");
  say("end of wide");
}

template <class Range> corogen::generator<int> sums(Range &range) {
  for (const auto &[b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16] : range)
    CORO_YIELD(b0 + b8 + b16);
}

int main() {
  {
    Wide<Tracer> w{Tracer("first"), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                   Tracer("last")};
    auto g = wide(w);
    say(g.next());
    say(g.next());
    say(g.next());
    g.close();
    say("closed, m1 = ", w.m1);
  }
  // CHECK:      ctor first
  // CHECK-NEXT: ctor last
  // CHECK-NEXT: copy first
  // CHECK-NEXT: copy last
  // CHECK-NEXT: first 1 18 last
  // CHECK-NEXT: 11 last
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: first again
  // CHECK-NEXT: dtor last
  // CHECK-NEXT: dtor first
  // CHECK-NEXT: closed, m1 = 11
  // CHECK-NEXT: dtor last
  // CHECK-NEXT: dtor first
  {
    std::tuple<int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int> t(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    for (const std::string &s : wide(t))
      say(s);
    say("t1 = ", std::get<1>(t));
  }
  // CHECK-NEXT: 0 1 18 19
  // CHECK-NEXT: 11 19
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: 0 again
  // CHECK-NEXT: end of wide
  // CHECK-NEXT: t1 = 11
  {
    int arr[20] = {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39};
    for (const std::string &s : wide(arr))
      say(s);
    say("arr[1] = ", arr[1]);
  }
  // CHECK-NEXT: 20 21 38 39
  // CHECK-NEXT: 31 39
  // CHECK-NEXT: leaving the block
  // CHECK-NEXT: 20 again
  // CHECK-NEXT: end of wide
  // CHECK-NEXT: arr[1] = 31
  {
    std::vector<Row<int>> rows{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
                               {100, 0, 0, 0, 0, 0, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0, 300}};
    for (int s : sums(rows))
      say("sum ", s);
  }
  // CHECK-NEXT: sum 24
  // CHECK-NEXT: sum 600
}
