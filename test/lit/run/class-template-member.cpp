// A generator that is a member of a class template: it uses the class's
// members and its template parameter, with a local of that type across
// yields. Python twin:
//   def pop_all(items):
//       while items: top = items.pop(); yield top
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
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
}
