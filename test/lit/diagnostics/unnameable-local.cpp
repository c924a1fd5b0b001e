// A local that lives across a suspension with a type that cannot be named
// outside the generator's body (a local class, a lambda's closure type) is
// kept in a box, made by its own declaration, which must then declare it
// in a statement of a block, an init-statement or a condition, as an object, an array
// made from a braced list or by default, or as a reference to an object or
// to a whole temporary, with other such locals only
// (run/unnameable-locals.cpp, run/unnameable-arrays.cpp,
// run/unnameable-locals-declared-together.cpp,
// run/unnameable-condition-variables.cpp). Refused: a reference to a
// part of a temporary; one of an unnamed enumeration with no enumerator
// that its declaration defines (decltype of an enumerator names the type
// of one that has one); several of an unnamed class that their declaration defines (each
// box would define a class of its own); one of a class that a variable of
// its name hides (the declaration of each local names the class); and, in
// a template, one declared with a local that the frame keeps in a slot of
// its own.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  struct Local {
    int v;
  };
  struct Outer {
    Local in;
  };
  Local pair[2] = {{1}, {2}};
  // CHECK: :[[@LINE+2]]:21: error: 'a' lives across a suspension, but its type cannot be named outside the generator's body, and corogen keeps such a local only when it is declared by a statement of a block, or the init-statement or condition of a for, an if or a switch, or the condition of a while, as an object, or an array made from a braced list or by default (not 'static'), or as a reference bound to an object or to a whole temporary, with no other variables but such locals, and the declaration defines no unnamed enumeration without enumerators, no unnamed class for several variables, and no class that a variable of its name in the same block hides; declare it so, or with a type defined outside the generator
  // CHECK: :[[@LINE+1]]:27: error: 'b' lives across a suspension, but its type cannot be named
  struct { int v; } a{1}, b{2};
  int Hidden = 1;
  // CHECK: :[[@LINE+1]]:28: error: 'h' lives across a suspension, but its type cannot be named
  struct Hidden { int v; } h{Hidden};
  // CHECK: :[[@LINE+1]]:16: error: 'part' lives across a suspension, but its type cannot be named
  const Local &part = Outer{{3}}.in;
  // An unnamed enumeration with no enumerator that the declaration defines
  // (nothing names its type):
  // CHECK: :[[@LINE+1]]:17: error: 'e' lives across a suspension, but its type cannot be named
  enum : int {} e{};
  CORO_YIELD(pair[1].v + a.v + b.v + part.v + h.v + int(e));
}
// CHECK-NOT: error:

template <class T> T made(T t) { return t; }

template <class T> corogen::generator<int> mixed(T t) {
  // `m` has a type the frame spells (decltype of its initialiser), `l`
  // one it cannot (it names a local class): they would be kept apart.
  struct Local {
    T v;
  };
  // CHECK: :[[@LINE+1]]:21: error: 'l' lives across a suspension, but its type cannot be named
  auto m = made(t), l = made(Local{t}).v;
  CORO_YIELD(int(m + l));
}
// CHECK-NOT: error:
