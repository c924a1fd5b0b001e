// A fold's or an expansion's pattern that names its element's type through
// a pack: a type parameter pack, `(use(Ts(CORO_YIELD(ts))), ...);`, or
// decltype of the parameter pack, `static_cast<decltype(ts)>(...)`, alone
// or inside a type, `typename std::make_unsigned<Ts>::type` (Python has no
// such types; its `for t in ts: use(type(t)((yield t)))`). Each element's
// turn names its own element's type, as C++'s expansion does: corogen
// writes `std::tuple_element_t<i, std::tuple<Ts...>>` in the turn, i being
// the element's place. In a fold over `,`, a value fold, a call's
// expansion of per-element types, a kept operand and a guard's condition;
// of by-value and of const reference parameters. A type that expands the
// pack itself, `std::tuple<Ts...>`, stays as written, and so does the
// count, `sizeof...(ts)`.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <tuple>
#include <type_traits>

using trace::drive;
using trace::say;

template <class T> const char *name_of() {
  if (std::is_same<T, int>::value)
    return "int";
  if (std::is_same<T, long>::value)
    return "long";
  if (std::is_same<T, short>::value)
    return "short";
  if (std::is_same<T, unsigned>::value)
    return "unsigned";
  if (std::is_same<T, unsigned long>::value)
    return "unsigned long";
  if (std::is_same<T, unsigned short>::value)
    return "unsigned short";
  if (std::is_same<T, const int &>::value)
    return "const int &";
  if (std::is_same<T, const long &>::value)
    return "const long &";
  return "other";
}
template <class T> void use(T v) { say(name_of<T>(), " ", v); }
template <class... A> int count(A... a) {
  (use(a), ...);
  return int(sizeof...(a));
}
template <class T> T twice(T t) {
  say("twice ", name_of<T>(), " ", t);
  return T(2 * t);
}
long sum(long a, long b) { return a + b; }

template <class... Ts> corogen::generator<int, int> typed(Ts... ts) {
  (use(Ts(CORO_YIELD(int(ts)))), ...);
  (use(static_cast<decltype(ts)>(CORO_YIELD(int(ts) + 10))), ...);
  (use(typename std::make_unsigned<Ts>::type(CORO_YIELD(int(ts) + 20))), ...);
  // (A value fold, and a call's expansion whose values are of the
  // elements' own types.)
  int n = (0 + ... + int(Ts(CORO_YIELD(int(ts) + 30)) * sizeof(Ts)));
  say("n ", n);
  say("count ", count(Ts(CORO_YIELD(int(ts) + 40))...));
  // (A kept operand of the element's type, and a guard's condition.)
  (say("sum ", sum(twice(Ts(ts)), int(CORO_YIELD(int(ts) + 50)))), ...);
  ((sizeof(Ts) == sizeof(long) && CORO_YIELD(int(ts) + 60)), ...);
  // (A type that expands the pack itself, as written.)
  (say(std::tuple_size<std::tuple<Ts...>>::value, " ", int(CORO_YIELD(int(ts) + 70))), ...);
  // (Nor does the count.)
  (CORO_YIELD(int(ts) + int(sizeof...(ts) + sizeof...(Ts)) * 100), ...);
}

template <class... Ts> corogen::generator<int, int> referenced(const Ts &...ts) {
  (say(name_of<decltype(ts)>(), " ", int(CORO_YIELD(int(ts)))), ...);
}

int main() {
  drive(typed(1, 2L, short(3)));
  // CHECK:      got 1
  // CHECK-NEXT: int 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: long 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: short 4
  // CHECK-NEXT: got 11
  // CHECK-NEXT: int 12
  // CHECK-NEXT: got 12
  // CHECK-NEXT: long 13
  // CHECK-NEXT: got 13
  // CHECK-NEXT: short 14
  // CHECK-NEXT: got 21
  // CHECK-NEXT: unsigned 22
  // CHECK-NEXT: got 22
  // CHECK-NEXT: unsigned long 23
  // CHECK-NEXT: got 23
  // CHECK-NEXT: unsigned short 24
  // (32 * 4 + 33 * 8 + 34 * 2, on Debian's 64-bit targets, whose long has
  // 8 bytes.)
  // CHECK-NEXT: got 31
  // CHECK-NEXT: got 32
  // CHECK-NEXT: got 33
  // CHECK-NEXT: n 460{{$}}
  // CHECK-NEXT: got 41
  // CHECK-NEXT: got 42
  // CHECK-NEXT: got 43
  // CHECK-NEXT: int 42
  // CHECK-NEXT: long 43
  // CHECK-NEXT: short 44
  // CHECK-NEXT: count 3
  // CHECK-NEXT: twice int 1
  // CHECK-NEXT: got 51
  // CHECK-NEXT: sum 54
  // CHECK-NEXT: twice long 2
  // CHECK-NEXT: got 52
  // CHECK-NEXT: sum 57
  // CHECK-NEXT: twice short 3
  // CHECK-NEXT: got 53
  // CHECK-NEXT: sum 60
  // (Only the long's turn yields.)
  // CHECK-NEXT: got 62
  // CHECK-NEXT: got 71
  // CHECK-NEXT: 3 72
  // CHECK-NEXT: got 72
  // CHECK-NEXT: 3 73
  // CHECK-NEXT: got 73
  // CHECK-NEXT: 3 74
  // CHECK-NEXT: got 601
  // CHECK-NEXT: got 602
  // CHECK-NEXT: got 603
  // CHECK-NEXT: stop

  drive(referenced(1, 2L));
  // CHECK-NEXT: got 1
  // CHECK-NEXT: const int & 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: const long & 3
  // CHECK-NEXT: stop
}
