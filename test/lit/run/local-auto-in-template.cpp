// `auto` locals whose type depends on a template parameter, living across
// yields: the frame spells each type from decltype of the initialiser, which
// names only parameters, members and globals. `auto` decays, `auto &&` and
// `const auto &` keep referring to what they were bound to, a class with a
// destructor is destroyed in order. Python twin:
//   def sizes(t, ref, tag):
//       n = len(t); first = ref[0]; last = t   # last: t's last element, by reference
//       tr = Tracer(tag)
//       yield n; yield first
//       t[-1] += 5; yield t[-1]
//       del tr; yield 0
//   for v in sizes([1, 2, 3], [7, 8], 'a'): print('got', v)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <vector>

using trace::say;
using trace::Tracer;

const char greeting[] = "hello";

template <class T> Tracer tracerFor(const T &, const std::string &tag) { return Tracer(tag); }

template <class T> corogen::generator<int> sizes(T t, const T &ref, std::string tag) {
  auto n = t.size();
  const auto &first = ref.front();
  auto &&last = t.back();
  auto text = greeting;
  static_assert(std::is_same<decltype(text), const char *>::value, "auto decays an array");
  {
    auto tr = tracerFor(t, tag);
    CORO_YIELD(static_cast<int>(n));
    CORO_YIELD(first);
    last += 5;
    CORO_YIELD(t.back());
  }
  CORO_YIELD(static_cast<int>(std::string(text).size()));
  static_assert(std::is_same<decltype(n), typename T::size_type>::value, "auto from size()");
  static_assert(std::is_same<decltype(first), const typename T::value_type &>::value, "");
}

template <class T> struct Box {
  T items;
  corogen::generator<int> count() {
    auto k = items.size();
    CORO_YIELD(static_cast<int>(k));
    items.push_back(0);
    CORO_YIELD(static_cast<int>(k + items.size()));
  }
};

int main() {
  std::vector<int> ref{7, 8};
  for (int v : sizes(std::vector<int>{1, 2, 3}, ref, "a"))
    say("got ", v);
  Box<std::vector<int>> box{{4, 5}};
  for (int v : box.count())
    say("box ", v);
}
// CHECK:      ctor a
// CHECK-NEXT: got 3
// CHECK-NEXT: got 7
// CHECK-NEXT: got 8
// CHECK-NEXT: dtor a
// CHECK-NEXT: got 5
// CHECK-NEXT: box 2
// CHECK-NEXT: box 5
