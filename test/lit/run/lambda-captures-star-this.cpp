// Lambdas in member generators that capture `*this` (C++17): the closure
// holds a copy of the object, made when the lambda is made (in the order of
// the capture list) and destroyed with the closure; `this` in the lambda,
// explicit or implied by a member's name, points to the copy, which is
// const unless the lambda is mutable (the const overload is called). Nested
// lambdas that capture `this` point to the copy too, and a nested `[*this]`
// copies the copy: in a lambda that is not mutable that copy is const, and
// so is the copy made in a const member generator, also in a mutable lambda
// (the standard's rule and g++'s; clang 14 makes both non-const, llvm-project
// issue 50866). A member of a class template works too.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>

using trace::say;
using trace::Tracer;

class Counter {
public:
  explicit Counter(const char *name) : t(name) {}
  const char *which() { return "non-const"; }
  const char *which() const { return "const"; }

  corogen::generator<int> gen() {
    const Counter *self = this;
    Tracer before("b");
    int k = 5;
    CORO_YIELD(n);
    say("-- [*this]");
    [*this, self] {
      say("copy: ", which(), " ", t.name(), " ", n, " ", this == self, " ",
          std::is_same<decltype(this), const Counter *>::value);
    }();
    say("-- mutable");
    int r = [*this]() mutable {
      ++n;
      return n * 10 + (std::is_same<decltype(this), Counter *>::value ? 1 : 0);
    }();
    say("r ", r, ", n ", n);
    CORO_YIELD(r);
    say("-- nested");
    [*this] {
      [this] { say("inner [this]: ", which(), " ", n); }();
      [=] { say("inner [=]: ", which()); }();
      [*this]() mutable { say("inner [*this], mutable: ", which()); }();
      [&] { say("inner [&]: ", this->which()); }();
    }();
    say("-- with other captures");
    Tracer after("a");
    CORO_YIELD(k);
    [before, *this, after] { say("order: ", before.name(), " ", t.name(), " ", after.name()); }();
    int sum = [=, *this]() mutable {
      n += k;
      return n;
    }();
    say("sum ", sum, ", n ", n);
    CORO_YIELD(sum);
  }

  corogen::generator<int> cgen() const {
    CORO_YIELD(n);
    [*this]() mutable { say("in a const member, mutable: ", which()); }();
    CORO_YIELD(n + 1);
  }

private:
  Tracer t;
  int n = 0;
};

template <class T> struct Holder {
  T value;
  corogen::generator<T> gen() {
    CORO_YIELD(value);
    CORO_YIELD([*this]() mutable {
      value += 1;
      return value;
    }());
    CORO_YIELD(value);
  }
};

int main() {
  Counter c("obj");
  for (int v : c.gen())
    say("got ", v);
  for (int v : c.cgen())
    say("got ", v);
  Holder<int> h{5};
  for (int v : h.gen())
    say("got ", v);
}

// CHECK:      ctor obj
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 0
// CHECK-NEXT: -- [*this]
// CHECK-NEXT: copy obj
// CHECK-NEXT: copy: const obj 0 0 1
// CHECK-NEXT: dtor obj
// CHECK-NEXT: -- mutable
// CHECK-NEXT: copy obj
// CHECK-NEXT: dtor obj
// CHECK-NEXT: r 11, n 0
// CHECK-NEXT: got 11
// CHECK-NEXT: -- nested
// CHECK-NEXT: copy obj
// CHECK-NEXT: inner [this]: const 0
// CHECK-NEXT: inner [=]: const
// CHECK-NEXT: copy obj
// CHECK-NEXT: inner [*this], mutable: const
// CHECK-NEXT: dtor obj
// CHECK-NEXT: inner [&]: const
// CHECK-NEXT: dtor obj
// CHECK-NEXT: -- with other captures
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 5
// CHECK-NEXT: copy b
// CHECK-NEXT: copy obj
// CHECK-NEXT: copy a
// CHECK-NEXT: order: b obj a
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor obj
// CHECK-NEXT: dtor b
// CHECK-NEXT: copy obj
// CHECK-NEXT: dtor obj
// CHECK-NEXT: sum 5, n 0
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor b
//
// CHECK-NEXT: got 0
// CHECK-NEXT: copy obj
// CHECK-NEXT: in a const member, mutable: const
// CHECK-NEXT: dtor obj
// CHECK-NEXT: got 1
//
// CHECK-NEXT: got 5
// CHECK-NEXT: got 6
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor obj
