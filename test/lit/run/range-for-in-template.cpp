// A range-for that suspends over a range whose type depends on a template
// parameter: in a function template (by const reference, over a vector and
// a list) and in members of a class template (by value, and by reference,
// writing through it). Python twin:
//   def doubled(c):
//       for x in c: yield x * 2
//   def each(items):
//       for item in items: yield item
//   def refs(items):
//       for i in range(len(items)): yield items[i]; items[i] += items[i]
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <list>
#include <string>
#include <vector>

using trace::say;

template <class Container> corogen::generator<int> doubled(const Container &c) {
  for (const auto &x : c) {
    CORO_YIELD(x * 2);
  }
}

template <class T> struct Bag {
  std::vector<T> items;
  corogen::generator<T> each() {
    for (T item : items)
      CORO_YIELD(item);
  }
  corogen::generator<T> refs() {
    for (auto &item : items) {
      CORO_YIELD(item);
      item = item + item;
    }
  }
};

int main() {
  std::vector<int> v{1, 2};
  for (int x : doubled(v))
    say("vector ", x);
  // CHECK:      vector 2
  // CHECK-NEXT: vector 4
  std::list<int> l{5};
  for (int x : doubled(l))
    say("list ", x);
  // CHECK-NEXT: list 10
  Bag<std::string> b{{"a", "b"}};
  for (auto &s : b.each())
    say("each ", s);
  // CHECK-NEXT: each a
  // CHECK-NEXT: each b
  for (auto &s : b.refs())
    say("refs ", s);
  // CHECK-NEXT: refs a
  // CHECK-NEXT: refs b
  for (auto &s : b.each())
    say("each ", s);
  // CHECK-NEXT: each aa
  // CHECK-NEXT: each bb
}
