// A local declared with an alignment beyond its type's, `alignas(64) char
// buf[64];`, keeps it across a suspension: its frame member is declared
// with it (before, the member had its type's alignment only, and the
// address moved). In a template, where the alignment depends on a template
// parameter, `alignas(T) unsigned char storage[sizeof(T)];`, the member
// repeats the specifier as written. So does a local whose type is an alias
// declared with GNU's `aligned`, which the frame spells without the alias.
// The frame is allocated with C++17's aligned new where it is
// over-aligned.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstdint>
#include <new>

using trace::say;

int misalignment(const void *p, std::uintptr_t a) {
  return static_cast<int>(reinterpret_cast<std::uintptr_t>(p) % a);
}

typedef int aligned_int __attribute__((aligned(32)));

corogen::generator<int> aligned() {
  char pad = 1;
  aligned_int wide = 4;
  alignas(64) char buf[64];
  alignas(32) int x = 5;
  alignas(16) char a = 2, b = 3;
  buf[0] = pad;
  CORO_YIELD(misalignment(buf, 64));
  CORO_YIELD(misalignment(&x, 32) + misalignment(&a, 16) + misalignment(&b, 16) +
             misalignment(&wide, 32));
  CORO_YIELD(buf[0] + x + a + b + wide);
}

// CHECK: got 0
// CHECK-NEXT: got 0
// CHECK-NEXT: got 15

struct alignas(32) Wide {
  double v[4];
};

template <class T, std::size_t A> corogen::generator<int> storage() {
  alignas(T) unsigned char raw[sizeof(T)];
  alignas(A) int n = 7;
  T *made = ::new (static_cast<void *>(raw)) T{};
  CORO_YIELD(misalignment(raw, alignof(T)) + misalignment(&n, A));
  made->~T();
  CORO_YIELD(n);
}

// CHECK: got 0
// CHECK-NEXT: got 7

int main() {
  for (int v : aligned())
    say("got ", v);
  for (int v : storage<Wide, 64>())
    say("got ", v);
}
