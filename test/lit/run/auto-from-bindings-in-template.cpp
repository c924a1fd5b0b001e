// In a template, `auto` locals and suspending range-fors whose initialiser
// or range names structured bindings kept in the frame, of a type that
// depends on a template parameter or not: the frame names each type
// through decltype of the text, with each binding read as an lvalue of its
// referenced type. `auto` copies, `auto &` refers to the object the
// binding names (a write through it is seen through the binding), and a
// range-for over a binding iterates that very vector. Python twin:
//   def walk(p):
//       n, words = p[0], list(p[1]); total = n + len(words); yield str(total)
//       first = words; first.append("c"); yield str(len(words))
//       for w in words: yield w
//       k, v = "k", 1; both = k + str(v) + str(n); yield both
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>
#include <vector>

using trace::say;

template <class P> corogen::generator<std::string> walk(P p) {
  auto [n, words] = p;
  auto total = n + words.size();
  CORO_YIELD(std::to_string(total));
  auto &first = words;
  first.push_back("c");
  CORO_YIELD(std::to_string(words.size()));
  for (const auto &w : words)
    CORO_YIELD(w);
  std::pair<std::string, int> q("k", 1);
  auto [k, v] = q;
  auto both = k + std::to_string(v) + std::to_string(n);
  CORO_YIELD(both);
}

int main() {
  for (const std::string &s : walk(std::make_pair(2, std::vector<std::string>{"a", "b"})))
    say(s);
  // CHECK:      4
  // CHECK-NEXT: 3
  // CHECK-NEXT: a
  // CHECK-NEXT: b
  // CHECK-NEXT: c
  // CHECK-NEXT: k12
}
