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

int main() {
  std::vector<int> v{1, 2};
  auto g = outer(std::make_unique<int>(3), v);
  g.next();
  Box<long> b(4);
  long sum = 0;
  for (long x : b.twice())
    sum += x;
  return static_cast<int>(sum) - 8;
}
