// In a template, a reference living across a suspension initialised by a
// braced list of one element, `const T &r = {e};` or `const T &r{e};`,
// binds as `= e` does where e's type is reference-related to T (by
// address to an object, or keeping a prvalue's temporary), which only the
// instantiation shows: the runtime's kept_reference decides then. Where e
// converts, the list makes a new temporary by its own rules, which the
// kept_reference makes in place by a function corogen gives it, `return
// {e};` (copy-list-initialisation: no explicit constructor) or `return
// T{e};` (direct-list-initialisation, explicit constructors too), and
// keeps as long as the reference. (Before, the runtime refused it.)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <cstdio>
#include <string>

struct Loud {
  std::string s;
  Loud(const char *p) : s(p) { std::printf("make %s\n", s.c_str()); }
  explicit Loud(int n) : s(std::to_string(n)) { std::printf("make explicit %s\n", s.c_str()); }
  Loud(const Loud &) = delete;
  ~Loud() { std::printf("drop %s\n", s.c_str()); }
};

// Each yields the sizes of what its references name, and whether the first
// is the variable itself.
template <class T, class U> corogen::generator<int> copy_list(U u) {
  const T &r = {u};
  const T &s = {T(u) + "x"};
  CORO_YIELD(static_cast<int>(r.size()));
  CORO_YIELD(static_cast<int>(s.size()));
  CORO_YIELD(static_cast<const void *>(&r) == static_cast<const void *>(&u));
}
template <class T, class U> corogen::generator<int> direct_list(U u) {
  const T &r{u};
  const T &s{T(u) + "x"};
  CORO_YIELD(static_cast<int>(r.size()));
  CORO_YIELD(static_cast<int>(s.size()));
  CORO_YIELD(static_cast<const void *>(&r) == static_cast<const void *>(&u));
}
// A class that the list makes in place (it cannot be copied), by a
// converting constructor after `=`, by an explicit one in direct-list
// form; destroyed with the references, in reverse order.
template <class T, class U> corogen::generator<int> made(U u) {
  const T &r = {u};
  const T &s{7};
  CORO_YIELD(static_cast<int>(r.s.size()));
  CORO_YIELD(static_cast<int>(s.s.size()));
  std::printf("end of made\n");
}

void print(const char *name, corogen::generator<int> g) {
  std::printf("%s:", name);
  for (int v : g)
    std::printf(" %d", v);
  std::printf("\n");
}

int main() {
  // (The variable itself, then a const char * that converts to a new
  // std::string.)
  print("copy_list same", copy_list<std::string>(std::string("abc")));
  print("direct_list same", direct_list<std::string>(std::string("abc")));
  print("copy_list converted", copy_list<std::string>("abc"));
  print("direct_list converted", direct_list<std::string>("abc"));
  auto g = made<Loud>("abc");
  for (int v : g)
    std::printf("got %d\n", v);
}
// CHECK: {{^}}copy_list same: 3 4 1
// CHECK-NEXT: {{^}}direct_list same: 3 4 1
// CHECK-NEXT: {{^}}copy_list converted: 3 4 0
// CHECK-NEXT: {{^}}direct_list converted: 3 4 0
// CHECK-NEXT: {{^}}make abc
// CHECK-NEXT: {{^}}make explicit 7
// CHECK-NEXT: {{^}}got 3
// CHECK-NEXT: {{^}}got 1
// CHECK-NEXT: {{^}}end of made
// CHECK-NEXT: {{^}}drop 7
// CHECK-NEXT: {{^}}drop abc
