// The elements of a braced list that makes an aggregate with a reference
// member, where the expansion's values are objects: C++ binds each member
// to its temporary and keeps it alive as long as the variable, but the
// frame keeps the objects to the statement's end only, and would bind the
// members to them. Refused, where the made type may have such a member
// (also where only the instantiation shows the type); a list of objects
// that makes an array, or an aggregate of values, works
// (run/yield-in-expansion-objects.cpp, run/yield-in-list-expansion.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

struct Held {
  explicit Held(int) {}
  ~Held() {}
};
struct Refs {
  const Held &a, &b;
};
struct Outer {
  Refs refs;
};
template <class T> struct Same {
  T a, b;
};

template <class... Ts> corogen::generator<int, int> objects(Ts... ts) {
  // CHECK: :[[@LINE+1]]:22: error: CORO_YIELD in a pack expansion
  Refs refs{Held(int(CORO_YIELD(ts)))...};
  // CHECK: :[[@LINE+1]]:30: error: CORO_YIELD in a pack expansion
  auto again = Refs{Held(int(CORO_YIELD(ts)))...};
  // (A member that is an aggregate with one.)
  // CHECK: :[[@LINE+1]]:25: error: CORO_YIELD in a pack expansion
  Outer outer{{Held(int(CORO_YIELD(ts)))...}};
  // (A type that only the instantiation shows.)
  // CHECK: :[[@LINE+1]]:36: error: CORO_YIELD in a pack expansion
  Same<const Held &> same{Held(int(CORO_YIELD(ts)))...};
  (void)refs, (void)again, (void)outer, (void)same;
}

int main() { objects(1, 2); }
