// The same input and flags give the same bytes, and the same IR dump.
// RUN: %corogen %s -o %t.1.cpp -- %cxxflags
// RUN: %corogen %s -o %t.2.cpp -- %cxxflags
// RUN: cmp %t.1.cpp %t.2.cpp
// RUN: %corogen %s --dump-ir -- %cxxflags > %t.1.ir
// RUN: %corogen %s --dump-ir -- %cxxflags > %t.2.ir
// RUN: cmp %t.1.ir %t.2.ir
#include <corogen/corogen.hpp>

#include <map>
#include <string>
#include <vector>

struct Node {
  int value;
  std::vector<Node> children;
};

corogen::generator<int> walk(const Node &n) {
  CORO_YIELD(n.value);
  for (const Node &c : n.children) {
    CORO_YIELD_FROM(walk(c));
  }
}

template <class K>
corogen::generator<K, int, std::size_t> keys(const std::map<K, int> &m, std::string tag) {
  std::size_t seen = 0;
  std::string a = tag;
  std::string b = tag + "b";
  for (typename std::map<K, int>::const_iterator it = m.begin(); it != m.end(); ++it) {
    std::string note = tag;
    int skip = CORO_YIELD(it->first);
    if (skip != 0) {
      std::vector<int> pad(3);
      CORO_YIELD(it->first);
      continue;
    }
    ++seen;
  }
  CORO_RETURN(seen);
}

class Holder {
  int m_x = 0;

public:
  corogen::generator<int> values(int n) {
    for (int i = 0; i < n; ++i) {
      std::string s(static_cast<std::size_t>(i), 'x');
      CORO_YIELD(m_x + i + static_cast<int>(s.size()));
    }
  }
};
