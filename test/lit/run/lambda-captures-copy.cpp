// Lambdas that copy, by an explicit capture or through [=], a generator's
// arrays, const and volatile variables, and parameters: the closure's copy
// keeps the variable's type, as in C++. An array is copied element by
// element when the lambda is made, first to last, and destroyed last to
// first (if an element's copy throws, the elements copied are destroyed); a
// const variable stays const in a mutable lambda (the const overload is
// called); sizeof and decltype see the array and the const; moving or
// copying the closure moves or copies the elements; nested lambdas copy the
// copy, or refer to it. Also decltype(x) in a lambda: the type x was
// declared with, also for a capture by reference, a copy of a reference,
// and a copy of a reference to a function; and frame variables named in a
// lambda's parameter and return types.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

using trace::say;
using trace::Tracer;

// Which overload a call picks.
struct Probe {
  const char *which() { return "non-const"; }
  const char *which() const { return "const"; }
};

// Whether an lvalue is const.
template <class T> const char *constness(T &) {
  return std::is_const<T>::value ? "const" : "non-const";
}

// An element whose copy throws for the one named "f1".
struct Fragile {
  Tracer t;
  explicit Fragile(const char *n) : t(n) {}
  Fragile(const Fragile &o) : t(o.t) {
    if (o.t.name() == "f1")
      throw std::runtime_error("cannot copy f1");
  }
};

corogen::generator<int> arrays() {
  Tracer arr[2] = {Tracer("a0"), Tracer("a1")};
  int nums[3] = {1, 2, 3};
  CORO_YIELD(1);
  {
    say("-- copy");
    auto l = [arr] {
      say("in l: ", arr[0].name(), " ", arr[1].name(), " ", sizeof(arr) / sizeof(arr[0]), " ",
          constness(arr[0]), " ", std::is_same<decltype(arr), Tracer[2]>::value, " ",
          std::is_same<decltype((arr)), const Tracer(&)[2]>::value);
    };
    l();
    say("-- move");
    auto m = std::move(l);
    m();
    say("-- end of block");
  }
  CORO_YIELD(2);
  say("-- mutable, by [=]");
  int sum = [=]() mutable {
    nums[0] += 10;
    say("in mutable: ", constness(arr[1]), " ", nums[0]);
    int s = 0;
    for (int v : nums)
      s += v;
    return s;
  }();
  say("sum ", sum, ", nums[0] still ", nums[0]);
  CORO_YIELD(3);
  say("-- nested");
  [arr] {
    [arr]() mutable { say("inner copy: ", constness(arr[0])); }();
    [&] { say("inner by reference: ", constness(arr[0])); }();
    [=] { say("inner [=]: ", constness(arr[0])); }();
  }();
  say("-- an element's copy throws");
  Fragile fr[3] = {Fragile("f0"), Fragile("f1"), Fragile("f2")};
  CORO_YIELD(4);
  try {
    [fr] { say("not reached ", fr[0].t.name()); }();
  } catch (const std::exception &e) {
    say("caught: ", e.what());
  }
  CORO_YIELD(5);
}

corogen::generator<int> constants(const Tracer &who, const int limit) {
  const Probe probe{};
  const Tracer ct("ct");
  volatile int vol = 7;
  CORO_YIELD(limit);
  {
    auto m = [probe, limit, ct, vol]() mutable {
      say("mutable: ", probe.which(), " ", constness(limit), " ", constness(ct), " ",
          std::is_volatile<decltype(vol)>::value, " ", vol + limit);
    };
    m();
    say("-- copy the closure");
    auto m2 = m;
    m2();
    say("-- end of block");
  }
  [who]() mutable { say("parameter: ", constness(who), " ", who.name()); }();
  [probe, limit] {
    say("not mutable: ", probe.which(), " ", std::is_same<decltype(limit), const int>::value);
  }();
  [=]() mutable { say("by [=]: ", probe.which(), " ", constness(limit), " ", ct.name()); }();
  CORO_YIELD(limit + 1);
}

void hello() { say("hello"); }

corogen::generator<int> references() {
  int x = 1;
  int &r = x;
  void (&fn)() = hello;
  CORO_YIELD(x);
  [&x] {
    decltype(x) y = x;
    ++y;
    say("decltype of a reference capture: ", y, ", x ", x);
  }();
  [r] {
    say("a copy of a reference: ", std::is_same<decltype(r), int &>::value, " ", constness(r),
        " ", r);
  }();
  [fn] {
    say("a copy of a function reference: ", std::is_same<decltype((fn)), void (&)()>::value);
    fn();
  }();
  int bumped = [](decltype(x) &v) -> decltype(r) { return ++v; }(x);
  say("in a lambda's parameter and return types: ", bumped, " ", x);
  CORO_YIELD(r + 1);
}

template <class T> corogen::generator<int> templated() {
  T v{};
  T pair[2] = {v, v};
  CORO_YIELD(0);
  [v, pair]() mutable {
    say("template: ", constness(v), " ", constness(pair[0]), " ", sizeof(pair) / sizeof(v));
  }();
  CORO_YIELD(1);
}

int main() {
  for (int v : arrays())
    say("got ", v);
  {
    Tracer w("w");
    for (int v : constants(w, 3))
      say("got ", v);
  }
  for (int v : references())
    say("got ", v);
  for (int v : templated<int>())
    say("got ", v);
  for (int v : templated<const int>())
    say("got ", v);
}

// CHECK:      ctor a0
// CHECK-NEXT: ctor a1
// CHECK-NEXT: got 1
// CHECK-NEXT: -- copy
// CHECK-NEXT: copy a0
// CHECK-NEXT: copy a1
// CHECK-NEXT: in l: a0 a1 2 const 1 1
// CHECK-NEXT: -- move
// CHECK-NEXT: move a0
// CHECK-NEXT: move a1
// CHECK-NEXT: in l: a0 a1 2 const 1 1
// CHECK-NEXT: -- end of block
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: dtor (moved-from) a1
// CHECK-NEXT: dtor (moved-from) a0
// CHECK-NEXT: got 2
// CHECK-NEXT: -- mutable, by [=]
// CHECK-NEXT: copy a0
// CHECK-NEXT: copy a1
// CHECK-NEXT: in mutable: non-const 11
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: sum 16, nums[0] still 1
// CHECK-NEXT: got 3
// CHECK-NEXT: -- nested
// CHECK-NEXT: copy a0
// CHECK-NEXT: copy a1
// CHECK-NEXT: copy a0
// CHECK-NEXT: copy a1
// CHECK-NEXT: inner copy: non-const
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: inner by reference: const
// CHECK-NEXT: copy a0
// CHECK-NEXT: copy a1
// CHECK-NEXT: inner [=]: const
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
// CHECK-NEXT: -- an element's copy throws
// CHECK-NEXT: ctor f0
// CHECK-NEXT: ctor f1
// CHECK-NEXT: ctor f2
// CHECK-NEXT: got 4
// CHECK-NEXT: copy f0
// CHECK-NEXT: copy f1
// CHECK-NEXT: dtor f1
// CHECK-NEXT: dtor f0
// CHECK-NEXT: caught: cannot copy f1
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor f2
// CHECK-NEXT: dtor f1
// CHECK-NEXT: dtor f0
// CHECK-NEXT: dtor a1
// CHECK-NEXT: dtor a0
//
// CHECK-NEXT: ctor w
// CHECK-NEXT: ctor ct
// CHECK-NEXT: got 3
// CHECK-NEXT: copy ct
// CHECK-NEXT: mutable: const const const 1 10
// CHECK-NEXT: -- copy the closure
// CHECK-NEXT: copy ct
// CHECK-NEXT: mutable: const const const 1 10
// CHECK-NEXT: -- end of block
// CHECK-NEXT: dtor ct
// CHECK-NEXT: dtor ct
// CHECK-NEXT: copy w
// CHECK-NEXT: parameter: const w
// CHECK-NEXT: dtor w
// CHECK-NEXT: not mutable: const 1
// CHECK-NEXT: copy ct
// CHECK-NEXT: by [=]: const const ct
// CHECK-NEXT: dtor ct
// CHECK-NEXT: got 4
// CHECK-NEXT: dtor ct
// CHECK-NEXT: dtor w
//
// CHECK-NEXT: got 1
// CHECK-NEXT: decltype of a reference capture: 2, x 1
// CHECK-NEXT: a copy of a reference: 1 const 1
// CHECK-NEXT: a copy of a function reference: 1
// CHECK-NEXT: hello
// CHECK-NEXT: in a lambda's parameter and return types: 2 2
// CHECK-NEXT: got 3
//
// CHECK-NEXT: got 0
// CHECK-NEXT: template: non-const non-const 2
// CHECK-NEXT: got 1
// CHECK-NEXT: got 0
// CHECK-NEXT: template: const const 2
// CHECK-NEXT: got 1
