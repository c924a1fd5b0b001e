// A structured binding that copies an array, living across yields: the
// hidden copy is made element by element, first to last (copied from an
// lvalue, moved from an rvalue, `=` or parentheses), the bindings name its
// elements, and it dies at the end of its scope, last element first. When an
// element's copy throws, the elements already made are destroyed, last first,
// and the exception reaches the caller. Python has no array copies; the
// order is C++'s ([dcl.struct.bind], [dcl.init]: elements in order).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <utility>

using trace::say;
using trace::Tracer;

struct Fragile {
  int n;
  Fragile(int n) : n(n) {}
  Fragile(const Fragile &o) : n(o.n) {
    if (n == 3)
      throw std::runtime_error("copy of 3");
    say("copy fragile ", n);
  }
  ~Fragile() { say("dtor fragile ", n); }
};

corogen::generator<std::string> gen() {
  Tracer arr[2] = {Tracer("a"), Tracer("b")};
  {
    auto [x, y] = arr;
    CORO_YIELD(x.name() + y.name());
    auto [m, n](std::move(arr));
    CORO_YIELD(m.name() + n.name());
    int grid[2][2] = {{1, 2}, {3, 4}};
    auto [r0, r1] = grid;
    grid[0][0] = 9;
    CORO_YIELD(std::to_string(r0[0] + r1[1]));
  }
  CORO_YIELD("after");
  Fragile fs[3] = {1, 2, 3};
  auto [f1, f2, f3] = fs;
  CORO_YIELD(std::to_string(f1.n + f2.n + f3.n));
}

int main() {
  try {
    for (const std::string &v : gen())
      say("got ", v);
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
}
// CHECK:      ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: copy a
// CHECK-NEXT: copy b
// CHECK-NEXT: got ab
// CHECK-NEXT: move a
// CHECK-NEXT: move b
// CHECK-NEXT: got ab
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: got after
// CHECK-NEXT: copy fragile 1
// CHECK-NEXT: copy fragile 2
// CHECK-NEXT: dtor fragile 2
// CHECK-NEXT: dtor fragile 1
// CHECK-NEXT: dtor fragile 3
// CHECK-NEXT: dtor fragile 2
// CHECK-NEXT: dtor fragile 1
// CHECK-NEXT: dtor (moved-from) b
// CHECK-NEXT: dtor (moved-from) a
// CHECK-NEXT: caught copy of 3
