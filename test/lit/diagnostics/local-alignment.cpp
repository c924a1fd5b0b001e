// In a template, a local living across a suspension whose alignment
// depends on a template parameter keeps it where `alignas(...)` gives it
// (run/local-alignment.cpp); a GNU attribute, or an `alignas` a macro
// writes, which corogen cannot repeat on the frame's member, is refused.
// (Where the alignment is known, any spelling is: the member is declared
// with the number.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#define ALIGNED_AS(T) alignas(T)

template <class T> corogen::generator<int> gnu() {
  // CHECK: :[[@LINE+1]]:47: error: 'raw' lives across a suspension with an alignment that depends on a template parameter, given by an attribute corogen cannot repeat on its frame member; write it as 'alignas(...)', outside a macro
  unsigned char raw[sizeof(T)] __attribute__((aligned(alignof(T))));
  CORO_YIELD(raw[0]);
}

template <class T> corogen::generator<int> macro() {
  // CHECK: :[[@LINE+1]]:3: error: 'raw' lives across a suspension with an alignment that depends on a template parameter
  ALIGNED_AS(T) unsigned char raw[sizeof(T)];
  CORO_YIELD(raw[0]);
}

// A local kept in a box (the frame cannot name its type) keeps its
// type's alignment only: one declared with more is refused.
corogen::generator<int> boxed() {
  int k = 3;
  // CHECK: :[[@LINE+1]]:20: error: 'f' lives across a suspension in a box (the frame cannot name its type), which keeps its type's alignment, not the one its declaration gives
  alignas(64) auto f = [k](int a) { return a + k; };
  struct L {
    int v;
  };
  // CHECK: :[[@LINE+1]]:18: error: 'l' lives across a suspension in a box
  alignas(128) L l{4};
  CORO_YIELD(f(1) + l.v);
}

corogen::generator<int> known() {
  unsigned char raw[8] __attribute__((aligned(16)));
  raw[0] = 1;
  CORO_YIELD(raw[0]);
}
