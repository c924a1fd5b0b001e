// The output compiles without warnings with both compilers at -Wall -Wextra
// from -std=c++14 to -std=c++2b (SPEC section 6), for an input that is
// itself C++14.
// RUN: %corogen %s -o %t14.cpp -- -std=c++14 -I%runtime-include
// RUN: %cxx-gcc -std=c++14 -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t14.cpp
// RUN: %cxx-clang -std=c++14 -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t14.cpp
// RUN: %corogen %s -o %t17.cpp -- -std=c++17 -I%runtime-include
// RUN: %cxx-gcc -std=c++17 -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t17.cpp
// RUN: %cxx-clang -std=c++17 -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t17.cpp
// RUN: %corogen %s -o %t20.cpp -- -std=c++20 -I%runtime-include
// RUN: %cxx-gcc -std=c++20 -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t20.cpp
// RUN: %cxx-clang -std=c++20 -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t20.cpp
// RUN: %corogen %s -o %t2b.cpp -- -std=c++2b -I%runtime-include
// RUN: %cxx-gcc -std=c++2b -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t2b.cpp
// RUN: %cxx-clang -std=c++2b -Wall -Wextra -Werror -I%runtime-include -fsyntax-only %t2b.cpp
#include <corogen/corogen.hpp>

#include <memory>
#include <string>
#include <vector>

struct Widget {
  std::string name;
  ~Widget() {}
};

corogen::generator<int, void, int> inner(int n) {
  for (int i = 0; i < n; ++i)
    CORO_YIELD(i);
  CORO_RETURN(n);
}

corogen::generator<int, int, std::string> outer(std::unique_ptr<int> p, const std::vector<int> &v) {
  Widget w{"w"};
  int got = CORO_YIELD(*p);
  int total = CORO_YIELD_FROM(inner(got));
  CORO_YIELD_FROM(v);
  for (int x : v) {
    std::string s = w.name;
    total = CORO_YIELD(x + total);
    if (total < 0)
      break;
  }
  CORO_RETURN(w.name);
}

template <class T> class Box {
  T m_value;

public:
  explicit Box(T v) : m_value(v) {}
  corogen::generator<T> twice() {
    T copy = m_value;
    CORO_YIELD(copy);
    CORO_YIELD(m_value);
  }
};

int use(const Widget &w, int a, int b) { return static_cast<int>(w.name.size()) + a + b; }
std::vector<int> make(int n) { return std::vector<int>(static_cast<std::size_t>(n), 1); }

// Several markers in one expression, one in another's operand, on the
// assigned side, in condition variables and init-statements.
corogen::generator<int, int> exprs(std::vector<int> v) {
  int s = use(Widget{"k"}, CORO_YIELD(1), CORO_YIELD(2)) + int(CORO_YIELD(int(CORO_YIELD(3)) + 1));
  v[static_cast<std::size_t>(int(CORO_YIELD(s)))] = int(CORO_YIELD(4));
  if (int c = CORO_YIELD(5))
    CORO_YIELD(c);
  while (int w = use(Widget{"w"}, CORO_YIELD(6), 0))
    s += w;
  for (int i = CORO_YIELD(7); i < 3; ++i)
    s += int(CORO_YIELD(i)) > 0 && int(CORO_YIELD(-i)) > 0;
  for (int x : make(CORO_YIELD(8)))
    CORO_YIELD(x + s);
}

int main() {
  std::vector<int> v{1, 2};
  exprs(v).next();
  auto g = outer(std::make_unique<int>(3), v);
  g.next();
  Box<long> b(4);
  long sum = 0;
  for (long x : b.twice())
    sum += x;
  return static_cast<int>(sum) - 8;
}
