// In a template, the object of a member function's call through `.`, a
// variable or a member of one, whose type depends on a template parameter,
// before a marker in the call's arguments: `items.push_back(CORO_YIELD(i))`
// with `std::vector<T> items;`. C++ evaluates the object first, but binds it
// to the call by reference and reads no value of it, so after the resume
// it is the same object: corogen names it there again. (It looks the
// member up in the class template's definition and its specialisations,
// and refuses where it may be anything but a member function there:
// diagnostics/member-call-object-in-template.cpp.)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <map>
#include <string>
#include <vector>

using trace::say;

template <class T> struct Bag {
  std::vector<T> items;
  void add(const T &t) {
    say("add ", t);
    items.push_back(t);
  }
};

template <class T> corogen::generator<int, T> collect(std::vector<T> &out) {
  std::vector<T> items;
  std::map<int, T> by_index;
  struct Local {
    std::vector<T> kept;
  } local;
  Bag<T> bag;
  for (int i = 0; i < 2; ++i) {
    items.push_back(CORO_YIELD(i));
    by_index.emplace(i, CORO_YIELD(10 + i));
    local.kept.push_back(CORO_YIELD(20 + i));
    bag.add(CORO_YIELD(30 + i));
    out.push_back(CORO_YIELD(40 + i));
  }
  say("items ", items.size(), " ", items[0], items[1]);
  say("by_index ", by_index.size(), " ", by_index[0], by_index[1]);
  say("kept ", local.kept[0], local.kept[1]);
  say("bag ", bag.items.size());
}

int main() {
  std::vector<std::string> out;
  auto g = collect(out);
  int asked = g.next();
  try {
    for (;;) {
      say("asked ", asked);
      asked = g.send(std::string(1, char('a' + asked % 10)) + std::to_string(asked / 10));
    }
  } catch (corogen::stop_iteration &) {
    say("out ", out[0], " ", out[1]);
  }
  // CHECK:      asked 0
  // CHECK-NEXT: asked 10
  // CHECK-NEXT: asked 20
  // CHECK-NEXT: asked 30
  // CHECK-NEXT: add a3
  // CHECK-NEXT: asked 40
  // CHECK-NEXT: asked 1
  // CHECK-NEXT: asked 11
  // CHECK-NEXT: asked 21
  // CHECK-NEXT: asked 31
  // CHECK-NEXT: add b3
  // CHECK-NEXT: asked 41
  // CHECK-NEXT: items 2 a0b0
  // CHECK-NEXT: by_index 2 a1b1
  // CHECK-NEXT: kept a2b2
  // CHECK-NEXT: bag 2
  // CHECK-NEXT: out a4 b4
}
