// A lambda that names a generator's parameter, or a local that lives
// across a suspension, only in an unevaluated operand other than sizeof
// and decltype(x), so that it captures nothing: in `decltype((x))` the
// name has the type of the member a capture by copy would declare under
// `[=]` (const unless the lambda is mutable), and is an lvalue of x's type
// otherwise ([expr.prim.id.unqual] p3); in noexcept, or decltype of a
// longer expression, g++ and clang read it as an lvalue of x's type in
// every mode. In a template too, where clang lists no implicit capture; and
// for a boxed local (a lambda's closure). No Python twin: the point is
// C++'s types.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>

using trace::say;

struct Box {
  int v;
};

template <class T> struct type_name;
template <> struct type_name<Box &> {
  static std::string get() { return "Box &"; }
};
template <> struct type_name<const Box &> {
  static std::string get() { return "const Box &"; }
};

inline bool pick(Box &) noexcept { return true; }
inline bool pick(const Box &) { return false; }
template <class U> U &ident(U &u) { return u; }

template <class T> corogen::generator<std::string> gen(T p) {
  T x{1};
  const T c{2};
  CORO_YIELD("start");
  CORO_YIELD("[=] " + [=] { return type_name<decltype((x))>::get(); }());
  CORO_YIELD("[=] mutable " + [=]() mutable { return type_name<decltype((x))>::get(); }());
  CORO_YIELD("[&] " + [&] { return type_name<decltype((x))>::get(); }());
  CORO_YIELD("[] " + [] { return type_name<decltype((x))>::get(); }());
  CORO_YIELD("[&] const " + [&] { return type_name<decltype((c))>::get(); }());
  CORO_YIELD("[=] parameter " + [=] { return type_name<decltype((p))>::get(); }());
  CORO_YIELD([=] { return noexcept(pick(x)) ? "noexcept: Box &" : "const Box &"; }());
  CORO_YIELD("[=] call " + [=] { return type_name<decltype(ident(x))>::get(); }());
  CORO_YIELD("[=] const call " + [=] { return type_name<decltype(ident(c))>::get(); }());
  CORO_YIELD(std::to_string(x.v + c.v + p.v));
}

corogen::generator<std::string> plain(Box p) {
  Box x{1};
  CORO_YIELD("start");
  CORO_YIELD("[=] " + [=] { return type_name<decltype((x))>::get(); }());
  CORO_YIELD("[=] parameter " + [=] { return type_name<decltype((p))>::get(); }());
  CORO_YIELD("[&] " + [&] { return type_name<decltype((x))>::get(); }());
  CORO_YIELD([=] { return noexcept(pick(p)) ? "noexcept: Box &" : "const Box &"; }());
  CORO_YIELD(std::to_string(x.v + p.v));
}

// A local whose type the frame cannot name (a lambda's closure) is kept in
// a box, and the body names it through a reference: `decltype((f))` still
// has the type C++ gives the closure object there, captured or not (const
// under `[=]` or a capture by copy, unless mutable).
template <class D> std::string constness() {
  return std::is_const<typename std::remove_reference<D>::type>::value ? "const" : "non-const";
}

template <class T> corogen::generator<std::string> boxed(T t) {
  auto f = [t](int k) noexcept { return t.v + k; };
  CORO_YIELD("boxed");
  CORO_YIELD("[=] " + [=] { return constness<decltype((f))>(); }());
  CORO_YIELD("[=] mutable " + [=]() mutable { return constness<decltype((f))>(); }());
  CORO_YIELD("[&] " + [&] { return constness<decltype((f))>(); }());
  CORO_YIELD("[=, &f] " + [=, &f] { return constness<decltype((f))>() + std::to_string(f(0)); }());
  CORO_YIELD("[f] " + [f] { return constness<decltype((f))>() + std::to_string(f(1)); }());
  CORO_YIELD([=] { return noexcept(f(1)) ? "noexcept" : "may throw"; }());
}

int main() {
  // CHECK: start
  // CHECK-NEXT: [=] const Box &
  // CHECK-NEXT: [=] mutable Box &
  // CHECK-NEXT: [&] Box &
  // CHECK-NEXT: [] Box &
  // CHECK-NEXT: [&] const const Box &
  // CHECK-NEXT: [=] parameter const Box &
  // CHECK-NEXT: noexcept: Box &
  // CHECK-NEXT: [=] call Box &
  // CHECK-NEXT: [=] const call const Box &
  // CHECK-NEXT: 3
  for (const std::string &s : gen(Box{0}))
    say(s);
  // CHECK-NEXT: start
  // CHECK-NEXT: [=] const Box &
  // CHECK-NEXT: [=] parameter const Box &
  // CHECK-NEXT: [&] Box &
  // CHECK-NEXT: noexcept: Box &
  // CHECK-NEXT: 6
  for (const std::string &s : plain(Box{5}))
    say(s);
  // CHECK-NEXT: boxed
  // CHECK-NEXT: [=] const
  // CHECK-NEXT: [=] mutable non-const
  // CHECK-NEXT: [&] non-const
  // CHECK-NEXT: [=, &f] non-const7
  // CHECK-NEXT: [f] const8
  // CHECK-NEXT: noexcept
  for (const std::string &s : boxed(Box{7}))
    say(s);
}
