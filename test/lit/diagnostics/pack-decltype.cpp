// decltype of a generator's parameter pack: the frame keeps the pack in a
// tuple and the body names the elements through references, so decltype
// would name reference types (here `std::forward` would copy where the
// source moves). decltype((args)), an lvalue's type, and the template
// parameter are fine.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <utility>

template <class... Ts> int consume(Ts &&...) { return 0; }

template <class... Ts> corogen::generator<int> relay(Ts &&...args) {
  CORO_YIELD(0);
  // CHECK: :[[@LINE+1]]:44: error: 'decltype(args)' of the generator's parameter pack 'args': the generator keeps the pack in its frame and names its elements through references, so 'decltype' would name a reference type; name the type through the template parameter instead, as in 'std::forward<Ts>(args)...'
  CORO_YIELD(consume(std::forward<decltype(args)>(args)...));
  CORO_YIELD(consume(std::forward<Ts>(args)...));
  CORO_YIELD(consume(static_cast<decltype((args))>(args)...));
  // CHECK: :[[@LINE+1]]:44: error: 'decltype(args)'
  CORO_YIELD([&] { return consume(decltype(args)(args)...); }());
}
