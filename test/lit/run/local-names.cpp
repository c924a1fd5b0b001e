// In a template, the frame's types are spelled as written, at the top of the
// function, outside the body: a local alias, a constant or a
// using-directive of the body that such a type names (`using V =
// std::vector<T>; V v;`, `std::array<T, N> a;`, `using namespace std;
// vector<T> v;`) is declared there too, by its own text, before the frame's
// types; the body keeps its own declaration, and a use of it, since the
// frame now holds the locals that named it. Before, the output named them
// where they were not in scope and did not compile. Built with -Wall -Wextra
// -Werror, so an alias or a constant left unused there would fail. Outside
// templates the frame's types are spelled canonically, but the body's alias
// or constant may still lose its only use to them: a use follows it there
// too (before, -Wunused-local-typedefs and -Wunused-variable fired).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

using trace::say;

template <class T> corogen::generator<std::size_t> sizes(T t) {
  using V = std::vector<T>;
  typedef T Elem;
  using Pair = std::pair<V, Elem>;
  constexpr std::size_t N = 3;
  V v{t, t};
  Elem e = t;
  auto w = V{t};
  std::array<Elem, N> a{{t, t, t}};
  Pair p{v, e};
  CORO_YIELD(v.size() + w.size());
  CORO_YIELD(a.size() + p.first.size());
  // Declared after the first suspension, and in a nested block.
  {
    using Inner = std::basic_string<char>;
    Inner s = Inner(N, 'x');
    CORO_YIELD(s.size());
  }
}
// CHECK-LABEL: sizes
// CHECK-NEXT: got 3
// CHECK-NEXT: got 5
// CHECK-NEXT: got 3
// CHECK-NEXT: end

template <class T> corogen::generator<std::size_t> directive(T t) {
  using namespace std;
  using std::vector;
  vector<T> v{t};
  basic_string<char> s = "ab";
  CORO_YIELD(v.size());
  CORO_YIELD(s.size());
}
// CHECK-LABEL: directive
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: end

// An alias of a type made of a class of the body names what the top cannot:
// the local is boxed, as one of that type written out is.
template <class T> corogen::generator<std::size_t> aliasOfLocal(T t) {
  struct L {
    T v;
  };
  using LV = std::vector<L>;
  LV lv{L{t}, L{t}};
  CORO_YIELD(lv.size());
  CORO_YIELD(std::size_t(lv[1].v));
}
// CHECK-LABEL: aliasOfLocal
// CHECK-NEXT: got 2
// CHECK-NEXT: got 7
// CHECK-NEXT: end

corogen::generator<std::size_t> plain() {
  using V = std::vector<int>;
  constexpr std::size_t N = 4;
  V v{1, 2};
  std::array<int, N> a{};
  CORO_YIELD(v.size());
  CORO_YIELD(a.size());
}
// CHECK-LABEL: plain
// CHECK-NEXT: got 2
// CHECK-NEXT: got 4
// CHECK-NEXT: end

int main() {
  say("sizes");
  for (std::size_t v : sizes(1))
    say("got ", v);
  say("end");
  say("directive");
  for (std::size_t v : directive(2.5))
    say("got ", v);
  say("end");
  say("aliasOfLocal");
  for (std::size_t v : aliasOfLocal(7))
    say("got ", v);
  say("end");
  say("plain");
  for (std::size_t v : plain())
    say("got ", v);
  say("end");
}
