// A local whose type names an alias with GNU's `may_alias` attribute keeps
// the alias in its frame member's type: the canonical type, which the
// frame spells otherwise, drops the attribute, and an access through
// `unsigned *` to a float is then undefined (strict aliasing). An alias
// of the generator's own body, which the frame cannot name where it
// declares its members, is refused (-DLOCAL).
// RUN: %corogen %s --no-line-directives -o %t.cpp -- %cxxflags
// RUN: FileCheck %s < %t.cpp
// RUN: %cxx-gcc %cxxflags -O2 %t.cpp -o %t.gcc && %t.gcc | FileCheck %s --check-prefix=OUT
// RUN: %cxx-clang %cxxflags -O2 %t.cpp -o %t.clang && %t.clang | FileCheck %s --check-prefix=OUT
// RUN: not %corogen %s -- %cxxflags -DLOCAL 2>&1 | FileCheck %s --check-prefix=LOCAL --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <cstdio>

typedef unsigned __attribute__((may_alias)) aliasing_u32;
namespace bits {
typedef unsigned short __attribute__((may_alias)) aliasing_u16;
}

// CHECK: using corogen_type_{{[0-9]+}} = aliasing_u32 *;
// CHECK: using corogen_type_{{[0-9]+}} = bits::aliasing_u16 *;
corogen::generator<int> bits_of(float *f) {
  aliasing_u32 *p = reinterpret_cast<aliasing_u32 *>(f);
  bits::aliasing_u16 *h = reinterpret_cast<bits::aliasing_u16 *>(f);
  CORO_YIELD(1);
  *p = 0x40000000u; // 2.0f
  CORO_YIELD(static_cast<int>(*f));
  CORO_YIELD(static_cast<int>(h[0] + h[1]));
}

#ifdef LOCAL
corogen::generator<int> local(float *f) {
  typedef unsigned __attribute__((may_alias)) mine;
  // LOCAL: :[[@LINE+1]]:9: error: 'p' lives across a suspension, and its type names 'mine', an alias of the generator's body with the 'may_alias' attribute
  mine *p = reinterpret_cast<mine *>(f);
  CORO_YIELD(1);
  *p = 0;
}
#endif

// OUT: 1
// OUT-NEXT: 2
// OUT-NEXT: 16384
int main() {
  float x = 1.0f;
  for (int v : bits_of(&x))
    std::printf("%d\n", v);
}
