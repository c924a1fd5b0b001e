// A generator that is a member of a class template: it uses the class's
// members and its template parameter, with a local of that type across
// yields. Python twin:
//   def pop_all(items):
//       while items: top = items.pop(); yield top
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <limits>
#include <string>
#include <type_traits>
#include <vector>

using trace::say;

template <class T> class Stack {
public:
  void push(T v) { m_items.push_back(v); }
  corogen::generator<T> pop_all() {
    while (!m_items.empty()) {
      T top = m_items.back();
      m_items.pop_back();
      CORO_YIELD(top);
    }
  }
  std::size_t size() const { return m_items.size(); }

private:
  std::vector<T> m_items;
};

// Qualified names whose qualifier depends on a template parameter, which
// clang reads as possible members of `this` (the qualifier might name a
// base): a dependent base's members are the object's, through the frame's
// pointer to it; a trait's value is not a member.
template <class T> struct Base {
  T m = 5;
  static constexpr int k = 3;
};
template <class T> struct Derived : Base<T> {
  corogen::generator<int> walk() {
    CORO_YIELD(int(Base<T>::m));
    Base<T>::m = 6;
    CORO_YIELD(int(Base<T>::m) + std::is_same<T, int>::value + Base<T>::k);
    CORO_YIELD(int(std::numeric_limits<T>::digits));
  }
};

int main() {
  Stack<std::string> s;
  s.push("a");
  s.push("b");
  s.push("c");
  corogen::generator<std::string> g = s.pop_all();
  std::string top = g.next();
  say("got ", top, ", left ", s.size());
  // CHECK:      got c, left 2
  for (const std::string &v : g)
    say("got ", v);
  // CHECK-NEXT: got b
  // CHECK-NEXT: got a
  Stack<int> n;
  n.push(1);
  for (int v : n.pop_all())
    say("int ", v);
  // CHECK-NEXT: int 1
  Derived<int> d;
  for (int v : d.walk())
    say("qualified ", v);
  say("m ", d.m);
  // CHECK-NEXT: qualified 5
  // CHECK-NEXT: qualified 10
  // CHECK-NEXT: qualified 31
  // CHECK-NEXT: m 6
}
