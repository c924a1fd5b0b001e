// A fold whose pattern expands no function parameter pack, but a template
// parameter pack of types or of constants: `(CORO_YIELD(Ns), ...);`,
// `(CORO_YIELD(name_of<Ts>()), ...);` (Python: `for n in ns: yield n`).
// The loop goes over the pack's elements, each turn naming its own
// through its place: `nth_value<i>(Ns...)`, a constant expression still
// (a template argument here), and `std::tuple_element_t<i,
// std::tuple<Ts...>>`. In a fold over `,` with a pattern around the
// marker, a value fold, a call's expansion, a braced list's, a guard; a
// class template's pack too.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <type_traits>

using trace::drive;
using trace::say;

template <class T> const char *name_of() {
  if (std::is_same<T, int>::value)
    return "int";
  if (std::is_same<T, char>::value)
    return "char";
  if (std::is_same<T, double>::value)
    return "double";
  return "other";
}
template <int N> int squared() { return N * N; }
int sum3(int a, int b, int c) {
  say("sum3 ", a, " ", b, " ", c);
  return a + b + c;
}

template <int... Ns> corogen::generator<int, int> constants() {
  (CORO_YIELD(Ns), ...);
  // (A constant expression in its turn: a template argument.)
  (say("squared ", squared<Ns>(), " sent ", int(CORO_YIELD(Ns + 10))), ...);
  int total = (0 + ... + (Ns * int(CORO_YIELD(Ns + 20))));
  say("total ", total);
  say("sum3 ", sum3(int(CORO_YIELD(Ns + 30))...));
  std::array<int, sizeof...(Ns)> got{int(CORO_YIELD(Ns + 40))...};
  say("got ", got[0], " ", got[1], " ", got[2]);
  ((Ns % 2 == 1 && CORO_YIELD(Ns + 50)), ...);
  say("end");
}

template <class... Ts> corogen::generator<int, int> types() {
  (say(name_of<Ts>(), " ", int(CORO_YIELD(int(sizeof(Ts))))), ...);
  // (A braced list's expansion of a type pack.)
  int sizes[] = {int(CORO_YIELD(int(sizeof(Ts)) + 10))...};
  say("sizes ", sizes[0], " ", sizes[1], " ", sizes[2]);
}

template <int... Ns> corogen::generator<int, int> just() {
  (CORO_YIELD(Ns), ...);
  say("none left");
}

template <class... Ts> struct Table {
  corogen::generator<int, int> widths() const { (CORO_YIELD(int(sizeof(Ts))), ...); }
};

int main() {
  drive(constants<1, 2, 3>());
  // CHECK:      got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 11
  // CHECK-NEXT: squared 1 sent 12
  // CHECK-NEXT: got 12
  // CHECK-NEXT: squared 4 sent 13
  // CHECK-NEXT: got 13
  // CHECK-NEXT: squared 9 sent 14
  // (1 * 22 + 2 * 23 + 3 * 24)
  // CHECK-NEXT: got 21
  // CHECK-NEXT: got 22
  // CHECK-NEXT: got 23
  // CHECK-NEXT: total 140
  // CHECK-NEXT: got 31
  // CHECK-NEXT: got 32
  // CHECK-NEXT: got 33
  // CHECK-NEXT: sum3 32 33 34
  // CHECK-NEXT: sum3 99
  // CHECK-NEXT: got 41
  // CHECK-NEXT: got 42
  // CHECK-NEXT: got 43
  // CHECK-NEXT: got 42 43 44
  // (The odd ones only.)
  // CHECK-NEXT: got 51
  // CHECK-NEXT: got 53
  // CHECK-NEXT: end
  // CHECK-NEXT: stop

  drive(types<int, char, double>());
  // CHECK-NEXT: got 4
  // CHECK-NEXT: int 5
  // CHECK-NEXT: got 1
  // CHECK-NEXT: char 2
  // CHECK-NEXT: got 8
  // CHECK-NEXT: double 9
  // CHECK-NEXT: got 14
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 18
  // CHECK-NEXT: sizes 15 12 19
  // CHECK-NEXT: stop

  drive(Table<char, int>().widths());
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 4
  // CHECK-NEXT: stop

  // (An empty pack: no turn.)
  drive(just<>());
  // CHECK-NEXT: none left
  // CHECK-NEXT: stop
}
