// CORO_YIELD with a value when the yield type is void, and CORO_RETURN with
// a value when the return type is void: the annotated file compiles, but the
// runtime has no place for the value. Before, the output failed to compile
// inside the runtime's header (found by the fuzzer, docs/testing.md).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<void> ticks() {
  // CHECK: :[[@LINE+1]]:3: error: CORO_YIELD with a value in a generator whose yield type is 'void'; write 'CORO_YIELD()', or give the yield type in 'corogen::generator<Y, S, R>'
  CORO_YIELD(1);
  CORO_YIELD();
}

corogen::generator<int> numbers() {
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:3: error: CORO_RETURN with a value in a generator whose return type is 'void'; write 'CORO_RETURN()', or give the return type in 'corogen::generator<Y, S, R>'
  CORO_RETURN(2);
}

template <class T> corogen::generator<T, void, void> first(T t) {
  // CHECK: :[[@LINE+1]]:3: error: CORO_RETURN with a value in a generator whose return type is 'void'
  CORO_RETURN(t);
}

// Allowed: no value, and a return type that depends on a template parameter.
corogen::generator<int, void, int> counted() {
  CORO_YIELD(1);
  CORO_RETURN(1);
}
template <class R> corogen::generator<int, void, R> later(R r) {
  CORO_YIELD(1);
  CORO_RETURN(r);
}
corogen::generator<void> done() {
  CORO_YIELD();
  CORO_RETURN();
}
// CHECK: 3 errors generated.
