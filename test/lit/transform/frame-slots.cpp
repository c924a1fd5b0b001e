// Only locals whose lifetime spans a suspension become frame slots; a local
// that lives and dies between two suspensions stays an ordinary local.
// Parameters are slots (they move in when the generator is created).
// RUN: %corogen %s --dump-ir -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

corogen::generator<int, int> sumer(std::string name) {
  // CHECK: generator sumer line [[#@LINE-1]]
  // CHECK: slot param name
  int total = 0;
  // CHECK: slot local {{.*}}(total) : int
  {
    // A block without a suspension.
    std::string scratch = name + "!";
    total += static_cast<int>(scratch.size());
  }
  for (;;) {
    // Declared after the loop body's only suspension: never spans one.
    int term = CORO_YIELD(total);
    total += term;
  }
  // CHECK-NOT: (scratch)
  // CHECK-NOT: (term)
  // CHECK: state 1 yield
}

corogen::generator<std::string> spans() {
  std::string before = "a";
  // CHECK-LABEL: generator spans line
  // CHECK: slot local {{.*}}(before)
  CORO_YIELD(before);
  {
    std::string inner = "b";
    // CHECK: slot local {{.*}}(inner)
    CORO_YIELD(inner);
  }
  std::string after_last = "c";
  // CHECK-NOT: (after_last)
  // CHECK: state 1 yield
  (void)after_last;
}

// A parameter pack is one slot, a tuple of the parameters' declared types;
// the body runs in a lambda whose parameter pack has the source's name.
template <class... Ts> corogen::generator<int> count(int first, Ts &&...rest) {
  // CHECK-LABEL: generator count line
  // CHECK: slot param first : decltype(first)
  // CHECK: slot pack corogen_rest (rest) : ::std::tuple<decltype(rest)...> live 1 prev 0
  CORO_YIELD(first);
  CORO_YIELD(static_cast<int>(sizeof...(rest)));
}
