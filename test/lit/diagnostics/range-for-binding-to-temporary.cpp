// A range-for that suspends whose loop variable is a structured binding
// declared as a reference (`auto &&[k, v]`, `const auto &[k, v]`) over an
// iterator whose `*begin` is a prvalue: its hidden variable binds to a
// temporary, which corogen does not keep for a structured binding (a
// reference loop variable gets a box: run/range-for-loop-variable-temporary.cpp).
// Refused, where before the frame kept only the temporary's address and the
// bindings dangled across the suspension. By value, or over an iterator
// whose `*begin` is an lvalue, it works.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <map>
#include <string>
#include <utility>

struct Pairs {
  int n;
  struct It {
    int i;
    std::pair<int, std::string> operator*() const { return {i, "s"}; }
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
  // CHECK: :[[@LINE+1]]:15: error: the reference '[k, s]' lives across a suspension but is bound to a temporary
  for (auto &&[k, s] : Pairs{2}) {
    CORO_YIELD(k);
    CORO_YIELD(int(s.size()));
  }
  // CHECK: :[[@LINE+1]]:20: error: the reference '[k, s]' lives across a suspension but is bound to a temporary
  for (const auto &[k, s] : Pairs{2}) {
    CORO_YIELD(k);
    CORO_YIELD(int(s.size()));
  }
  for (auto [k, s] : Pairs{2}) {
    CORO_YIELD(k);
    CORO_YIELD(int(s.size()));
  }
  std::map<int, std::string> m{{1, "a"}};
  for (auto &&[k, s] : m) {
    CORO_YIELD(k);
    CORO_YIELD(int(s.size()));
  }
}
