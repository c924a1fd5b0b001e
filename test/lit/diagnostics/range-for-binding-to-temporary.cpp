// A range-for that suspends whose loop variable is a structured binding
// declared as a reference (`auto &&[a, b]`, `const auto &[a, b]`) over an
// iterator whose `*begin` is a prvalue binds its hidden variable to a
// temporary. corogen keeps the temporary in a box and declares the
// bindings again, bound to it, each time the box is entered
// (run/range-for-loop-variable-temporary.cpp), where that names the same
// objects: for a tuple-like object, where each binding is a reference
// that `std::get` returns. Here `get` is the class's own, and returns a
// value, which the binding keeps alive: refused, where before the frame
// kept only the temporary's address and the bindings dangled across the
// suspension. By value, or over an iterator whose `*begin` is an lvalue,
// it works.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <cstddef>
#include <utility>
#include <vector>

struct Two {
  int a, b;
  template <std::size_t I> int get() const { return I == 0 ? a : b; }
};
namespace std {
template <> struct tuple_size<::Two> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, ::Two> {
  using type = int;
};
} // namespace std

struct Twos {
  int n;
  struct It {
    int i;
    Two operator*() const { return {i, i + 1}; }
    It &operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const It &o) const { return i != o.i; }
  };
  It begin() const { return {0}; }
  It end() const { return {n}; }
};

corogen::generator<int> loops() {
  // CHECK: :[[@LINE+1]]:15: error: the reference '[a, b]' lives across a suspension but is bound to a temporary
  for (auto &&[a, b] : Twos{2}) {
    CORO_YIELD(a);
    CORO_YIELD(b);
  }
  // CHECK: :[[@LINE+1]]:20: error: the reference '[a, b]' lives across a suspension but is bound to a temporary
  for (const auto &[a, b] : Twos{2}) {
    CORO_YIELD(a);
    CORO_YIELD(b);
  }
  for (auto [a, b] : Twos{2}) {
    CORO_YIELD(a);
    CORO_YIELD(b);
  }
  std::vector<Two> v{{1, 2}};
  for (auto &&[a, b] : v) {
    CORO_YIELD(a);
    CORO_YIELD(b);
  }
}
